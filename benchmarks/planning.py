"""The fast plan against every assignment on small random cases, and its time on a fleet.

    .venv/bin/python benchmarks/planning.py [--cases 300] [--seed 1]

Prints the share of small cases where the fast plan covers as many routes as the exact
search, and where it also leaves as many days spare; then the fast plan's time for 30 routes
on a 200-driver fleet as a ratio to a floor measured in the same run (one what-if per
driver and route, which any plan must at least do).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import Driver, DriverDays, Leg, Trip, load_rulebook, what_if
from dispatcher.rules.planning import plan, plan_exact

BOOK = load_rulebook(BUILTIN_RULES)
START = date(2026, 1, 1)
AS_OF = date(2026, 5, 1)
COUNTRIES = ["RU", "BY", "KZ", "PL"]


def driver_days(rng: random.Random, did: str, trips: int) -> DriverDays:
    out, day = [], START + timedelta(days=rng.randint(0, 60))
    for k in range(trips):
        length = rng.randint(5, 60)
        out.append(
            Trip(f"{did}-T{k}", did, (Leg(rng.choice(COUNTRIES), day, day + timedelta(length)),))
        )
        day += timedelta(days=length + rng.randint(1, 60))
    citizenship = rng.choice(["UZ", "UZ", "KZ", "RU"])
    return DriverDays(BOOK, Driver(did, "x", citizenship, rng.choice(["freight", "other"])), out)


def routes(rng: random.Random, count: int) -> list[Trip]:
    out = []
    for k in range(count):
        first = START + timedelta(days=rng.randint(60, 330))
        legs = []
        for _ in range(rng.randint(1, 2)):
            length = rng.randint(1, 40)
            legs.append(Leg(rng.choice(COUNTRIES), first, first + timedelta(length)))
            first += timedelta(days=length)
        out.append(Trip(f"R{k + 1}", None, tuple(legs)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    covered = both = 0
    for _ in range(args.cases):
        fleet = [driver_days(rng, f"D{n}", rng.randint(0, 3)) for n in range(rng.randint(1, 3))]
        todo = routes(rng, rng.randint(1, 4))
        margin = rng.choice([0, 0, 5, 20])
        fast, exact = plan(fleet, todo, AS_OF, margin), plan_exact(fleet, todo, AS_OF, margin)
        covered += fast.covered == exact.covered
        both += fast.covered == exact.covered and fast.spare(90) == exact.spare(90)
    print(f"{args.cases} small cases (1-3 drivers, 1-4 routes, margin 0/5/20):")
    print(f"  same routes covered as the exact search: {covered / args.cases:.1%}")
    print(f"  same routes covered and days spare:      {both / args.cases:.1%}")
    fleet = [driver_days(rng, f"D{n}", 6) for n in range(200)]
    todo = routes(rng, 30)
    start = time.perf_counter()
    for route in todo:
        for days in fleet:
            what_if(days, route.legs, AS_OF)
    floor = time.perf_counter() - start
    start = time.perf_counter()
    result = plan(fleet, todo, AS_OF)
    seconds = time.perf_counter() - start
    print(
        f"200 drivers, 30 routes: floor {floor:.2f} s, plan {seconds:.2f} s "
        f"({seconds / floor:.1f} × floor), {result.covered} routes covered"
    )


if __name__ == "__main__":
    main()
