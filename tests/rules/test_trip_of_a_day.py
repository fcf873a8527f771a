"""Which trip a day over the limit belongs to, counted by hand."""

from __future__ import annotations

from datetime import date

import pytest

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import Driver, DriverDays, Leg, Trip, load_rulebook, what_if

BOOK = load_rulebook(BUILTIN_RULES)
D = date.fromisoformat
UZ = Driver("D1", "Бекзод Рахимов", "UZ", "freight")


def trip(tid: str, *legs: tuple[str, str, str]) -> Trip:
    return Trip(tid, "D1", tuple(Leg(c, D(a), D(b)) for c, a, b in legs))


def year_findings(*trips: Trip) -> list[tuple[str, str, int, int]]:
    found = DriverDays(BOOK, UZ, trips).findings(D("2026-11-23"))
    return sorted(
        (f.trip_id, f.date.isoformat(), f.days_used, f.over_by)
        for f in found
        if f.rule_id == "ru-by-90-year"
    )


# 1 Jan-31 Mar 2026 = 31 + 28 + 31 = 90 days: every later Russian day of 2026 is over.
SPENT = ("RU", "2026-01-01", "2026-03-31")


def test_equal_entry_and_exit_go_to_the_smaller_id_in_natural_order():
    # T10 ends with a one-day Russian leg on 20 April; T9 begins with one the same day and
    # goes on in Belarus 21-25 April. 20 April is day 91 (T9's by natural order: 9 < 10),
    # 21-25 April are days 92-96: one finding, T9's, from 20 April, 96 used, 6 over.
    t10 = trip("T10", ("KZ", "2026-04-10", "2026-04-20"), ("RU", "2026-04-20", "2026-04-20"))
    t9 = trip("T9", ("RU", "2026-04-20", "2026-04-20"), ("BY", "2026-04-21", "2026-04-25"))
    assert year_findings(trip("T1", SPENT), t10, t9) == [("T9", "2026-04-20", 96, 6)]


def test_on_equal_entry_days_the_leg_that_exits_later_takes_the_day():
    # A: Russia on 20 April only. B: Russia 20-25 April. Both entered on 20 April; B's leg
    # exits later, so all six days over (91-96) are B's.
    a = trip("A", ("KZ", "2026-04-15", "2026-04-20"), ("RU", "2026-04-20", "2026-04-20"))
    b = trip("B", ("RU", "2026-04-20", "2026-04-25"))
    assert year_findings(trip("T1", SPENT), a, b) == [("B", "2026-04-20", 96, 6)]


@pytest.mark.parametrize("names", [("w1", "w2"), ("A1", "A2"), ("T10", "T9")])
def test_a_route_that_adds_no_counted_day_is_ok_whatever_the_trips_are_called(names):
    # The second trip is in Russia on 10 April only (day 91: over) and then in Belarus
    # 11-14 April (days 92-95). The route ends in Russia on 10 April, the crossing day the
    # second trip starts on: a day already counted, so it adds nothing and moves nothing.
    first, second = names
    trips = [
        trip(first, SPENT),
        trip(second, ("RU", "2026-04-10", "2026-04-10"), ("BY", "2026-04-11", "2026-04-14")),
    ]
    days = DriverDays(BOOK, UZ, trips)
    route = [
        Leg("KZ", D("2026-04-05"), D("2026-04-10")),
        Leg("RU", D("2026-04-10"), D("2026-04-10")),
    ]
    verdict = what_if(days, route, D("2026-04-01"))
    assert verdict.findings == [] and verdict.clashes == [] and verdict.ok
