"""Longest stay and next entry for one driver with a full year of trips.

    .venv/bin/python benchmarks/stays.py [--runs 200]

Prints microseconds per answer and the ratio to a floor measured in the same run: building
one rule's ledger of counted days for the same driver (the least any answer must do).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date, timedelta

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import Driver, DriverDays, Leg, Trip, load_rulebook
from dispatcher.rules.ledger import Ledger

BOOK = load_rulebook(BUILTIN_RULES)


def full_year(year: int = 2026) -> list[Trip]:
    """A round every 16 days all year: Kazakhstan, Russia, Belarus, Poland, Germany, back."""
    trips, day, n = [], date(year, 1, 1), 0
    while day.year == year:
        plan = [("KZ", 2), ("RU", 3), ("BY", 1), ("PL", 2), ("DE", 2), ("PL", 1), ("RU", 2)]
        legs = []
        for country, length in plan:
            legs.append(Leg(country, day, day + timedelta(days=length)))
            day += timedelta(days=length)
        trips.append(Trip(f"T{n}", "D1", tuple(legs)))
        n += 1
        day += timedelta(days=3)
    return trips


def best(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    trips = full_year()
    driver = Driver("D1", "Бекзод Рахимов", "UZ", "other")
    days = DriverDays(BOOK, driver, trips)
    on = date(2026, 7, 1)
    rules = days.rules_applying(on)
    year = BOOK.rule("ru-by-90-year")
    floor = best(lambda: Ledger.build(BOOK, year, driver, days.legs), args.runs)
    print(f"driver: {len(trips)} trips, {len(days.legs)} legs in 2026; day {on}")
    print(f"floor (one rule's ledger): {floor * 1e6:.0f} µs")
    print(f"{'answer':<20}{'rule':<18}{'µs':>7}{'× floor':>9}{'µs warm':>9}")
    for rule in rules:
        for name, fn, warm in (
            (
                "longest stay",
                lambda r=rule: DriverDays(BOOK, driver, trips).max_stay(r, on),
                lambda r=rule: days.max_stay(r, on),
            ),
            (
                "next entry N=60",
                lambda r=rule: DriverDays(BOOK, driver, trips).next_entry(r, on, 60),
                lambda r=rule: days.next_entry(r, on, 60),
            ),
        ):
            # Cold: a fresh DriverDays each time, so the answer includes building what it
            # reads. Warm: the driver's days already built (the window asking again).
            seconds, again = best(fn, args.runs), best(warm, args.runs)
            print(
                f"{name:<20}{rule.id:<18}{seconds * 1e6:>7.0f}{seconds / floor:>9.1f}"
                f"{again * 1e6:>9.0f}"
            )
    whole = best(lambda: DriverDays(BOOK, driver, trips).status(on, 60), args.runs)
    print(f"{'status, every rule, N=60':<38}{whole * 1e6:>7.0f}{whole / floor:>9.1f}")
    for rule in rules:
        print(
            f"  {rule.id}: next entry {days.next_entry(rule, on, 60)}, "
            f"longest stay from {on}: {days.max_stay(rule, on)}"
        )


if __name__ == "__main__":
    main()
