"""The fast plan against every assignment on small random cases, and its time on a fleet.

    .venv/bin/python benchmarks/planning.py [--cases 300] [--seed 1] [--drivers 1000]
        [--years 3] [--runs 3] [--json-out FILE]

Prints the share of small cases where the fast plan covers as many routes as the exact
search, and where it also leaves as many days spare; then the fast plan's time for 30 routes
on a 200-driver fleet as a ratio to a floor measured in the same run (one what-if per
driver and route, the way a plan worked before it learned to refuse without counting).

Then the whole ``dispatcher plan`` process on the synthetic fleet (1,000 drivers × 3 years)
with 30 open routes in one month, as the median of --runs fresh processes and as a ratio to
the floor of a process that reads every leg row. Two months: October 2026, inside the
fleet's trips (many drivers on the road), and January 2027, after them (everyone free).
``--json-out`` keeps each month's ``plan --json`` output, to compare answers across changes.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from engine import READ_ALL, timed  # noqa: E402
from synthetic import ROUTES, write_csvs  # noqa: E402

from dispatcher.resources import BUILTIN_RULES  # noqa: E402
from dispatcher.rules import Driver, DriverDays, Leg, Trip, load_rulebook, what_if  # noqa: E402
from dispatcher.rules.planning import plan, plan_exact  # noqa: E402

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


# Each month's first and last day, and the as-of day the plan is made on.
MONTHS = {
    "2026-10": (date(2026, 10, 1), date(2026, 10, 31), date(2026, 9, 25)),
    "2027-01": (date(2027, 1, 1), date(2027, 1, 31), date(2026, 12, 20)),
}


def open_routes(first: date, count: int, seed: int) -> list[str]:
    """Rows of trips.csv: ``count`` routes without a driver leaving within the month."""
    rng = random.Random(seed)
    rows = []
    for k in range(count):
        entry = first + timedelta(days=rng.randint(0, 27))
        for country, length in rng.choice(ROUTES):
            exit_ = entry + timedelta(days=length - 1)
            rows.append(f"P{first:%Y%m}-{k + 1:02d},,{country},{entry},{exit_}")
            entry = exit_
    return rows


def whole_process(args: argparse.Namespace) -> None:
    """``dispatcher plan`` on the synthetic fleet, against the floor of reading every leg."""
    script = Path(sys.executable).with_name("dispatcher")
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "dispatcher"]
    outputs = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_csvs(folder / "csv", args.drivers, args.years)
        with files["trips"].open("a", encoding="utf-8") as trips:
            for month, (first, _, _) in MONTHS.items():
                for row in open_routes(first, 30, int(month.replace("-", ""))):
                    trips.write(row + "\n")
        db = folder / "fleet.sqlite"
        imports = [*cli, "--db", str(db), "import", *(f"--{k}={v}" for k, v in files.items())]
        subprocess.run(imports, check=True, stdout=subprocess.DEVNULL)
        read_all = timed([sys.executable, "-c", READ_ALL, str(db)], args.runs)
        print(
            f"{args.drivers} drivers × {args.years} years, 30 open routes in one month; "
            f"medians of {args.runs} processes"
        )
        print(f"  floor: python + read every leg row {read_all:7.3f} s")
        for month, (first, last, as_of) in MONTHS.items():
            argv = [*cli, "--db", str(db), "plan", "--from", str(first), "--to", str(last),
                    "--as-of", str(as_of), "--json"]  # fmt: skip
            seconds = timed(argv, args.runs)
            outputs[month] = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
            covered = outputs[month].count('"driver_id"')
            print(
                f"  plan {month} (as of {as_of}): {seconds:6.3f} s "
                f"({seconds / read_all:.1f} × read every leg), {covered} routes covered"
            )
    if args.json_out:
        Path(args.json_out).write_text("".join(outputs[m] for m in MONTHS), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--drivers", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json-out", help="file for each month's plan --json output")
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
        f"200 drivers, 30 routes: a what-if per driver and route {floor:.2f} s, "
        f"plan {seconds:.2f} s ({seconds / floor:.2f} × that), {result.covered} routes covered"
    )
    whole_process(args)


if __name__ == "__main__":
    main()
