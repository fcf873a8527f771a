"""The fast engine agrees with the day-by-day reference on random fleets."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import (
    PROPOSED_TRIP_ID,
    Driver,
    DriverDays,
    Leg,
    Permit,
    RuleSettings,
    Trip,
    load_rulebook,
    suggest,
    what_if,
)
from tests.reference import Reference

BOOK = load_rulebook(BUILTIN_RULES)
# The January 2026 draft as a user would add it: 180 a year for transport_notice holders.
DRAFT_BOOK = load_rulebook(BUILTIN_RULES, BUILTIN_RULES.parent / "rule-examples")
START = date(2024, 6, 1)
COUNTRIES = ["RU", "BY", "KZ", "PL", "DE", "LT"]

day_offsets = st.integers(min_value=0, max_value=900)


@st.composite
def drivers(draw, did: str = "D1") -> Driver:
    permits = []
    for _ in range(draw(st.integers(0, 2))):
        first = START + timedelta(days=draw(day_offsets))
        permits.append(
            Permit(
                draw(st.sampled_from(["RU", "BY", "KZ", "PL"])),
                draw(
                    st.sampled_from(
                        ["residence", "temporary_residence", "work", "visa", "transport_notice"]
                    )
                ),
                first,
                first + timedelta(days=draw(st.integers(0, 400))),
            )
        )
    return Driver(
        did,
        "Тест",
        draw(st.sampled_from(["KZ", "UZ", "RU", "AM", "DE", "IE"])),
        draw(st.sampled_from(["freight", "bus", "other"])),
        tuple(permits),
    )


def legs(draw, day: date, most: int = 4) -> tuple[list[Leg], date]:
    """Legs meeting on a crossing day or with a gap; returns them and the day after."""
    out = []
    for _ in range(draw(st.integers(1, most))):
        length = draw(st.one_of(st.just(1), st.integers(1, 70)))  # one-day legs tie entries
        out.append(Leg(draw(st.sampled_from(COUNTRIES)), day, day + timedelta(length - 1)))
        day += timedelta(days=length - 1 + draw(st.sampled_from([0, 0, 1, 5])))
    return out, day


@st.composite
def trips(draw, did: str = "D1") -> list[Trip]:
    """Trips one after another, sharing a crossing day or apart."""
    out, day = [], START + timedelta(days=draw(st.integers(0, 200)))
    # Ids whose natural order differs from their character order (T9 before T10).
    numbers = draw(st.permutations([1, 2, 9, 10, 11]))
    for n in range(draw(st.integers(1, 5))):
        trip_legs, day = legs(draw, day)
        out.append(Trip(f"{did}-T{numbers[n]}", did, tuple(trip_legs)))
        day += timedelta(days=draw(st.sampled_from([0, 1, 10, 60])))  # 0: a shared crossing day
    return out


books = st.sampled_from(
    [
        BOOK,
        BOOK.with_settings(RuleSettings(strict=True)),
        BOOK.with_settings(RuleSettings(disabled=frozenset({"stay-permits"}))),
        DRAFT_BOOK,
        DRAFT_BOOK.with_settings(RuleSettings(strict=True)),
    ]
)

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(book=books, driver=drivers(), trips=trips(), as_of=day_offsets)
def test_findings_match_the_day_by_day_count(book, driver, trips, as_of):
    as_of_day = START + timedelta(days=as_of)
    engine = DriverDays(book, driver, trips).findings(as_of_day)
    got = {
        (f.driver_id, f.rule_id, f.trip_id, f.date, f.level, f.days_used, f.over_by) for f in engine
    }
    assert got == Reference(book, driver, trips).findings(as_of_day)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    book=books,
    driver=drivers(),
    trips=trips(),
    day=day_offsets,
    length=st.sampled_from([1, 10, 60]),
)
def test_status_longest_stay_and_next_entry_match_the_day_by_day_count(
    book, driver, trips, day, length
):
    when = START + timedelta(days=day)
    days = DriverDays(book, driver, trips)
    got = {
        s.rule_id: (
            s.used, s.limit, s.left, s.max_stay, s.last_day, s.next_entry, s.next_entry_stay
        )
        for s in days.status(when, length)
    }  # fmt: skip
    reference = Reference(book, driver, trips)
    assert got == reference.status(when, length)
    for rule_id, (*_, stay, _last, _entry, _entry_stay) in got.items():
        rule = book.rule(rule_id)
        if stay is not None:  # the stay fits and one day more does not (or the rule ends)
            assert reference.fits(rule, when, stay)
            outlasts = reference.stay(rule, when)[1]
            assert outlasts or not reference.fits(rule, when, stay + 1)
            assert days.stay(rule, when).outlasts_rule == outlasts


@st.composite
def routes(draw) -> list[Leg]:
    """A proposed route of 1-3 legs starting anywhere in the years the trips cover."""
    route, _ = legs(draw, START + timedelta(days=draw(day_offsets)), most=3)
    return route


def engine_findings(found) -> set[tuple]:
    return {
        (f.driver_id, f.rule_id, f.trip_id, f.date, f.level, f.days_used, f.over_by) for f in found
    }


@SETTINGS
@given(
    book=books,
    driver=drivers(),
    trips=trips(),
    route=routes(),
    as_of=day_offsets,
    margin=st.sampled_from([0, 1, 5, 20]),
)
def test_what_if_matches_the_day_by_day_count_before_and_after(
    book, driver, trips, route, as_of, margin
):
    as_of_day = START + timedelta(days=as_of)
    verdict = what_if(DriverDays(book, driver, trips), route, as_of_day, margin)
    proposed = Trip(PROPOSED_TRIP_ID, driver.id, tuple(route))
    ok, worse, left, word = Reference(book, driver, trips).what_if(proposed, as_of_day, margin)
    assert verdict.ok == ok
    assert engine_findings(verdict.findings) == worse
    assert verdict.left_after == left
    assert verdict.verdict == word


@st.composite
def fleets(draw) -> list[tuple[Driver, list[Trip]]]:
    ids = [f"D{n}" for n in range(draw(st.integers(1, 4)))]
    return [(draw(drivers(did)), draw(trips(did))) for did in ids]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=books, fleet=fleets(), route=routes(), as_of=day_offsets)
def test_suggest_offers_exactly_the_drivers_the_reference_finds_ok(book, fleet, route, as_of):
    as_of_day = START + timedelta(days=as_of)
    offered = suggest([DriverDays(book, d, ts) for d, ts in fleet], route, as_of_day)
    expected = []
    for driver, driver_trips in fleet:
        proposed = Trip(PROPOSED_TRIP_ID, driver.id, tuple(route))
        ok, _, left, _ = Reference(book, driver, driver_trips).what_if(proposed, as_of_day)
        if ok:
            least = min(left.values()) if left else None
            expected.append((least is not None, -(least or 0), driver.id))
    # Most days left first; a driver no rule counts on this route ranks above everyone.
    assert [v.driver_id for v in offered] == [key[2] for key in sorted(expected)]
