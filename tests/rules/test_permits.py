"""Permits about to end, and trips during which one ends, counted by hand."""

from __future__ import annotations

from datetime import date

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import Driver, DriverDays, Leg, Permit, Trip, load_rulebook
from dispatcher.rules.permits import permit_endings

BOOK = load_rulebook(BUILTIN_RULES)
D = date.fromisoformat
AS_OF = D("2026-11-23")


def days(*permits: Permit, trips: tuple[Trip, ...] = ()) -> DriverDays:
    return DriverDays(BOOK, Driver("D1", "Бекзод Рахимов", "UZ", "freight", permits), trips)


def test_a_permit_ending_within_the_threshold_is_listed_with_the_rules_it_kept_off():
    # Ends 3 December: 10 days after 23 November. From 4 December both Russian rules count.
    permit = Permit("RU", "work", D("2026-01-01"), D("2026-12-03"))
    (ending,) = permit_endings([days(permit)], AS_OF)
    assert ending.ends_in_days == 10 and ending.during_trips == ()
    assert sorted((r.rule_id, r.applies_from) for r in ending.rules) == [
        ("ru-by-90-stay", D("2026-12-04")),
        ("ru-by-90-year", D("2026-12-04")),
    ]
    # 31 days away is beyond the 30-day threshold unless asked for more.
    later = Permit("RU", "work", D("2026-01-01"), D("2026-12-24"))
    assert permit_endings([days(later)], AS_OF) == []
    assert len(permit_endings([days(later)], AS_OF, within=31)) == 1


def test_a_visa_ending_soon_is_listed_but_changes_no_rule():
    visa = Permit("PL", "visa", D("2026-01-01"), D("2026-11-30"))
    (ending,) = permit_endings([days(visa)], AS_OF)
    assert ending.rules == () and ending.as_json()["kind"] == "visa"


def test_a_permit_ending_during_a_planned_trip_far_ahead_is_listed_with_the_day_over():
    # The permit ends 31 March 2027; the trip is in Russia 1 March-30 June 2027. Counted from
    # 1 April: 30 + 31 + 30 = 91 days to 30 June, so day 91 (over) is 30 June under both rules.
    permit = Permit("RU", "residence", D("2020-01-01"), D("2027-03-31"))
    trip = Trip("T7", "D1", (Leg("RU", D("2027-03-01"), D("2027-06-30")),))
    (ending,) = permit_endings([days(permit, trips=(trip,))], AS_OF)
    assert ending.ends_in_days == 128  # 7 + 31 + 31 + 28 + 31 days to 31 March 2027
    assert sorted(
        (t.trip_id, t.rule_id, t.applies_from, t.over_from) for t in ending.during_trips
    ) == [
        ("T7", "ru-by-90-stay", D("2027-04-01"), D("2027-06-30")),
        ("T7", "ru-by-90-year", D("2027-04-01"), D("2027-06-30")),
    ]
    # A trip that has left Russia by the time the permit ends is not listed.
    home = Trip(
        "T8",
        "D1",
        (Leg("RU", D("2027-03-01"), D("2027-03-20")), Leg("KZ", D("2027-03-20"), D("2027-04-10"))),
    )
    assert permit_endings([days(permit, trips=(home,))], AS_OF) == []
