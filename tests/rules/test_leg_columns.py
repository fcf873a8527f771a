"""Counting from legs as columns of day numbers: the same answers whatever order the legs
come in, and the shortcuts (runs merged in order, ledgers read from the legs of a rule's
days, bounds that spare a pass, days a rule applies shared by drivers) never change one."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatcher.rules import PROPOSED_TRIP_ID, Driver, DriverDays, Trip, intervals, what_if
from dispatcher.rules.ledger import Ledger, _applicable_runs, applicable_runs
from dispatcher.rules.legs import LegDays
from dispatcher.rules.permits import permit_endings
from dispatcher.rules.ruleset import Rule, Window
from tests.rules.test_properties import BOOK, START, books, day_offsets, drivers, routes, trips

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

runs = st.lists(
    st.tuples(st.integers(0, 400), st.integers(-3, 40)).map(lambda r: (r[0], r[0] + r[1])),
    max_size=30,
)


def shuffled(legs: LegDays, seed: int, listed_by_id: bool) -> LegDays:
    """The same legs in another order, as another reading of the file could give them."""
    rows = list(zip(legs.countries, legs.entries, legs.exits, legs.trip_ids, strict=True))
    random.Random(seed).shuffle(rows)
    countries, entries = [r[0] for r in rows], [r[1] for r in rows]
    exits, ids = [r[2] for r in rows], [r[3] for r in rows]
    return LegDays(countries, entries, exits, lambda: ids, len(ids) if listed_by_id else 0)


@SETTINGS
@given(
    book=books,
    driver=drivers(),
    trips=trips(),
    as_of=day_offsets,
    seed=st.integers(0, 3),
    route=routes(),
)
def test_legs_in_any_order_count_as_the_trips_do(book, driver, trips, as_of, seed, route):
    day = START + timedelta(days=as_of)
    trips = sorted(trips, key=lambda t: t.id)  # as the store lists them
    by_trips = DriverDays(book, driver, trips)
    # seed 0 keeps the order of the trips (cut by bisection), the others mix every leg
    columns = LegDays.of_trips(trips)
    legs = columns if seed == 0 else shuffled(columns, seed, listed_by_id=True)
    by_legs = DriverDays.of_legs(book, driver, legs, lambda: trips)
    assert by_legs.findings(day) == by_trips.findings(day)
    assert by_legs.status(day, 10, upcoming=True) == by_trips.status(day, 10, upcoming=True)
    assert permit_endings([by_legs], day, 400) == permit_endings([by_trips], day, 400)
    after_legs = what_if(by_legs, route, day, margin=5)
    after_trips = what_if(by_trips, route, day, margin=5)
    assert after_legs == after_trips


@SETTINGS
@given(trips=trips(), seed=st.integers(1, 5))
def test_trips_read_by_id_are_listed_by_id_and_a_proposed_trip_after_them(trips, seed):
    columns = shuffled(LegDays.of_trips(trips), seed, listed_by_id=True)
    assert list(columns.spans()) == sorted(t.id for t in trips)
    proposed = Trip(PROPOSED_TRIP_ID, "D1", trips[0].legs)
    assert list(columns.plus(proposed).spans())[-1] == PROPOSED_TRIP_ID
    for trip in trips:  # the trips a route from a day can clash with, in the same order
        day = trip.end.toordinal()
        reaching = {t: span for t, span in columns.spans().items() if span[1] >= day}
        assert list(columns.spans_reaching(day).items()) == list(reaching.items())


@settings(max_examples=300, deadline=None)
@given(runs=runs)
def test_runs_merged_in_order_are_runs_normalised(runs):
    firsts, lasts = [r[0] for r in runs], [r[1] for r in runs]
    assert intervals.merge_in_order(firsts, lasts) == intervals.normalise(runs)
    ordered = sorted(runs, key=lambda r: r[0])
    firsts, lasts = [r[0] for r in ordered], [r[1] for r in ordered]
    assert intervals.merge_in_order(firsts, lasts) == intervals.normalise(runs)


def plain_split_at_years(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for first, last in runs:
        while first <= last:
            year_end = date(date.fromordinal(first).year, 12, 31).toordinal()
            out.append((first, min(last, year_end)))
            first = year_end + 1
    return out


@settings(max_examples=300, deadline=None)
@given(
    runs=st.lists(
        st.tuples(st.integers(738000, 739500), st.integers(-3, 800)).map(
            lambda r: (r[0], r[0] + r[1])
        ),
        max_size=12,
    )
)
def test_runs_cut_at_new_year_in_any_order(runs):
    assert intervals.split_at_years(runs) == plain_split_at_years(runs)
    assert intervals.split_at_years(sorted(runs)) == plain_split_at_years(sorted(runs))


@SETTINGS
@given(
    trips=trips(),
    seed=st.integers(0, 2),
    first=day_offsets,
    length=st.integers(0, 500),
    countries=st.sets(st.sampled_from(["RU", "BY", "KZ", "PL", "DE", "LT"]), min_size=1),
)
def test_the_legs_of_some_days_give_those_days_as_all_the_legs_do(
    trips, seed, first, length, countries
):
    columns = LegDays.of_trips(trips)
    legs = columns if seed == 0 else shuffled(columns, seed, listed_by_id=False)
    lo = (START + timedelta(days=first)).toordinal()
    hi = lo + length
    wanted = frozenset(countries)
    whole = intervals.clip(legs.in_countries(wanted), lo, hi)
    assert intervals.clip(legs.in_countries(wanted, lo, hi), lo, hi) == whole


class Unbounded(Ledger):
    def _may_go_over(self) -> bool:
        return True


@SETTINGS
@given(book=books, driver=drivers(), trips=trips())
def test_a_ledger_said_never_over_has_no_day_over(book, driver, trips):
    """The bounds that spare the pass over the runs, against the pass itself."""
    days = DriverDays(book, driver, trips)
    for rule in book.rules:
        ledger = days.ledger(rule)
        full = Unbounded(rule, ledger.runs, ledger.applicable)
        assert ledger.violation_runs() == full.violation_runs()


@settings(max_examples=400, deadline=None)
@given(
    runs=st.lists(
        st.tuples(st.integers(739000, 739900), st.integers(0, 12)).map(
            lambda r: (r[0], r[0] + r[1])
        ),
        max_size=25,
    ),
    kind=st.sampled_from(["rolling", "calendar_year", "stay"]),
    limit=st.integers(1, 20),
    width=st.integers(5, 60),
)
def test_the_bounds_never_spare_a_ledger_with_a_day_over(runs, kind, limit, width):
    """Small limits and windows: days over the limit by one are common."""
    rule = Rule(
        "r", "r", frozenset({"RU"}), limit, Window(kind, width if kind == "rolling" else None)
    )
    counted = intervals.normalise(runs)
    always = [(intervals.NEVER_BEFORE, intervals.NEVER_AFTER)]
    ledger = Ledger(rule, counted, always)
    assert ledger.violation_runs() == Unbounded(rule, counted, always).violation_runs()


def test_drivers_of_one_kind_without_permits_share_the_days_a_rule_applies():
    a = Driver("D1", "А", "KZ", "freight")
    b = Driver("D2", "Б", "KZ", "freight")
    other = Driver("D3", "В", "UZ", "freight")
    for rule in BOOK.rules:
        shared = applicable_runs(BOOK, rule, a)
        assert applicable_runs(BOOK, rule, b) is shared
        assert shared == _applicable_runs(BOOK, rule, b)
        assert applicable_runs(BOOK, rule, other) == _applicable_runs(BOOK, rule, other)


def test_a_book_with_other_settings_does_not_reuse_the_days_worked_out_before():
    """The announced exemption of Kazakhstani drivers: off under strict settings."""
    from dispatcher.rules import RuleSettings

    driver = Driver("D1", "А", "KZ", "freight")
    rule = BOOK.rule("ru-by-90-year")
    lenient = applicable_runs(BOOK, rule, driver)
    strict = BOOK.with_settings(RuleSettings(strict=True))
    assert applicable_runs(strict, rule, driver) == _applicable_runs(strict, rule, driver)
    assert applicable_runs(strict, rule, driver) != lenient


def test_a_set_of_countries_picks_its_legs_whenever_the_countries_were_first_seen(monkeypatch):
    """Countries are picked by one byte each; a set asked for before any driver went to one
    of its countries still picks that country's legs later, and past 255 countries every
    leg is tested on its own."""
    from dispatcher.rules import legs as module

    monkeypatch.setattr(module, "_BYTE", {})
    monkeypatch.setattr(module, "_NEXT_BYTE", itertools.count(1))
    monkeypatch.setattr(module, "_PICKERS", {})
    wanted = frozenset({"PL", "DE"})
    nobody = LegDays(["KZ"], [10], [12], ["T1"])
    assert nobody.in_countries(wanted) == []  # its table made before anyone went to PL
    later = LegDays(["KZ", "PL", "DE", "RU"], [10, 12, 20, 30], [12, 19, 25, 31], ["T"] * 4)
    assert later.in_countries(wanted) == [(12, 25)]
    monkeypatch.setattr(module, "_BYTE", {f"X{n}": n + 1 for n in range(255)})
    monkeypatch.setattr(module, "_NEXT_BYTE", itertools.count(256))
    monkeypatch.setattr(module, "_PICKERS", {})
    crowded = LegDays(["KZ", "PL", "DE", "RU"], [10, 12, 20, 30], [12, 19, 25, 31], ["T"] * 4)
    assert crowded.in_countries(wanted) == [(12, 25)]
    assert crowded.in_countries(frozenset({"X3", "RU"})) == [(30, 31)]
