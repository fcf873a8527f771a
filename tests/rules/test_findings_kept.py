"""Findings asked again, for every rule or a few, are what counting afresh gives."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import Driver, DriverDays, Leg, Trip, load_rulebook

BOOK = load_rulebook(BUILTIN_RULES)
START = date(2025, 1, 1).toordinal()
AS_OF = date(2026, 1, 1)

stays = st.lists(
    st.tuples(st.sampled_from(["RU", "BY", "KZ", "PL", "DE"]), st.integers(0, 700),
              st.integers(1, 60)),
    min_size=1, max_size=12,
)  # fmt: skip


def _trips(found: list[tuple[str, int, int]]) -> list[Trip]:
    trips, day = [], START
    for n, (country, gap, length) in enumerate(sorted(found, key=lambda s: s[1])):
        first = max(day, START + gap)
        last = first + length - 1
        trips.append(Trip(f"T{n}", "D1", (Leg(country, date.fromordinal(first),
                                                 date.fromordinal(last)),)))  # fmt: skip
        day = last + 1
    return trips


@settings(max_examples=60, deadline=None)
@given(stays, st.sets(st.sampled_from([r.id for r in BOOK.rules])))
def test_a_few_rules_after_all_of_them(found, chosen) -> None:
    trips = _trips(found)
    driver = Driver("D1", "A", "UZ", "freight")
    rules = [r for r in BOOK.rules if r.id in chosen]
    fresh = DriverDays(BOOK, driver, trips).findings(AS_OF, rules)
    kept = DriverDays(BOOK, driver, trips)
    assert kept.findings(AS_OF) == DriverDays(BOOK, driver, trips).findings(AS_OF)
    assert kept.findings(AS_OF, rules) == fresh
    assert kept.findings(AS_OF) == kept.findings(AS_OF)  # a copy each time, the same answer
