"""The fast engine agrees with the day-by-day reference on random fleets."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import Driver, DriverDays, Leg, Permit, RuleSettings, Trip, load_rulebook
from tests.reference import Reference

BOOK = load_rulebook(BUILTIN_RULES)
START = date(2024, 6, 1)
COUNTRIES = ["RU", "BY", "KZ", "PL", "DE", "LT"]

day_offsets = st.integers(min_value=0, max_value=900)


@st.composite
def drivers(draw) -> Driver:
    permits = []
    for _ in range(draw(st.integers(0, 2))):
        first = START + timedelta(days=draw(day_offsets))
        permits.append(
            Permit(
                draw(st.sampled_from(["RU", "BY", "KZ", "PL"])),
                draw(st.sampled_from(["residence", "temporary_residence", "work", "visa"])),
                first,
                first + timedelta(days=draw(st.integers(0, 400))),
            )
        )
    return Driver(
        "D1",
        "Тест",
        draw(st.sampled_from(["KZ", "UZ", "RU", "AM", "DE", "IE"])),
        draw(st.sampled_from(["freight", "bus", "other"])),
        tuple(permits),
    )


@st.composite
def trips(draw) -> list[Trip]:
    """Trips one after another; legs of a trip meet on a crossing day or with a gap."""
    out, day = [], START + timedelta(days=draw(st.integers(0, 200)))
    for n in range(draw(st.integers(1, 5))):
        legs = []
        for _ in range(draw(st.integers(1, 3))):
            length = draw(st.integers(1, 70))
            legs.append(Leg(draw(st.sampled_from(COUNTRIES)), day, day + timedelta(length - 1)))
            day += timedelta(days=length - 1 + draw(st.sampled_from([0, 0, 1, 5])))
        out.append(Trip(f"T{n}", "D1", tuple(legs)))
        day += timedelta(days=draw(st.sampled_from([0, 1, 10, 60])))  # 0: a shared crossing day
    return out


books = st.sampled_from(
    [
        BOOK,
        BOOK.with_settings(RuleSettings(strict=True)),
        BOOK.with_settings(RuleSettings(disabled=frozenset({"stay-permits"}))),
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
@given(book=books, driver=drivers(), trips=trips(), day=day_offsets)
def test_status_and_longest_stay_match_the_day_by_day_count(book, driver, trips, day):
    when = START + timedelta(days=day)
    got = {
        s.rule_id: (s.used, s.limit, s.left, s.max_stay, s.last_day)
        for s in DriverDays(book, driver, trips).status(when)
    }
    assert got == Reference(book, driver, trips).status(when)
