"""Whole-process timings of the command line on a synthetic fleet, as ratios to floors
measured in the same run, so that a busy or slow machine moves both alike.

    .venv/bin/python benchmarks/engine.py [--drivers 1000] [--years 3] [--runs 5]

Floors: ``python -c pass``; a process that opens the file with ``sqlite3`` and reads every leg
row (what any fleet-wide answer must at least do); one that reads one driver's legs. Each
figure is the median of --runs fresh processes of the installed ``dispatcher`` script. The
engine is also timed in process against the day-by-day reference of the tests (on a sample of
drivers, the reference being slow; see ``in_process`` for what the engine is timed from), and
the memory ``check`` holds per driver is measured.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from as_installed import use_compiled_modules  # noqa: E402
from synthetic import write_csvs  # noqa: E402

AS_OF = "2026-11-23"
ROUTE = ["--leg", "KZ:2026-12-01:2026-12-02", "--leg", "RU:2026-12-02:2026-12-12"]

READ_ALL = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT id, name, citizenship, category FROM drivers").fetchall()
con.execute("SELECT driver_id, country, kind, valid_from, valid_to FROM permits").fetchall()
con.execute("SELECT id, driver_id, note FROM trips").fetchall()
con.execute("SELECT trip_id, country, entry, exit FROM legs ORDER BY trip_id, seq").fetchall()
"""
READ_ONE = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT * FROM drivers WHERE id = ?", (sys.argv[2],)).fetchall()
con.execute("SELECT * FROM permits WHERE driver_id = ?", (sys.argv[2],)).fetchall()
con.execute("SELECT l.trip_id, l.country, l.entry, l.exit FROM legs l JOIN trips t "
            "ON t.id = l.trip_id WHERE t.driver_id = ?", (sys.argv[2],)).fetchall()
"""


def timed(argv: list[str], runs: int) -> float:
    """The median of ``runs`` after one run that compiles the modules it imports."""
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def child_cpu(argv: list[str]) -> float:
    """CPU seconds (user + system) of one child process; POSIX only."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def in_process(db: Path, sample: int) -> dict[str, float]:
    """Engine against the day-by-day reference, and memory held per driver by check.

    The engine is timed from what a fleet-wide check hands it: each driver's legs as day
    numbers, read by the store (``Store.fleet_legs``; the trips themselves are never read
    for this fleet). The reference counts from the same drivers' trips, as it always has;
    the engine from those trips is timed too. As the answers would, the rounds share one
    rule book (and so the days each rule applies to each kind of driver)."""
    from dispatcher.rules import DriverDays, check
    from dispatcher.store import Store
    from dispatcher.workspace import Workspace
    from tests.reference import Reference

    as_of = date.fromisoformat(AS_OF)
    with Store(db) as store:
        workspace = Workspace(store, rules_dir=db.parent / "no-rules")
        fleet = store.fleet()
        legs = store.fleet_legs()
        book = workspace.book
    part = fleet[:sample]
    start = time.perf_counter()
    for driver, trips in part:
        Reference(book, driver, trips).findings(as_of)
    reference = time.perf_counter() - start

    def fastest(days: Callable[[], list[DriverDays]]) -> float:
        rounds = []
        for _ in range(5):
            start = time.perf_counter()
            check(days(), as_of)
            rounds.append(time.perf_counter() - start)
        return min(rounds)

    def unread() -> list:
        raise AssertionError("check read a driver's trips")

    engine = fastest(lambda: [DriverDays.of_legs(book, d, ls, unread) for d, ls in legs[:sample]])
    from_trips = fastest(lambda: [DriverDays(book, driver, trips) for driver, trips in part])
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    everyone = [DriverDays.of_legs(book, driver, ls, unread) for driver, ls in legs]
    check(everyone, as_of)
    held = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    del everyone
    gc.collect()
    tracemalloc.start()  # the window counts from Trip objects: what that holds beside them
    base = tracemalloc.get_traced_memory()[0]
    everyone = [DriverDays(book, driver, trips) for driver, trips in fleet]
    check(everyone, as_of)
    held_by_trips = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    return {
        "reference_s": reference,
        "engine_s": engine,
        "from_trips_s": from_trips,
        "bytes_per_driver": held / len(fleet),
        "trips_bytes_per_driver": held_by_trips / len(fleet),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drivers", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=40, help="drivers for the reference")
    args = parser.parse_args()
    use_compiled_modules()
    script = Path(sys.executable).with_name("dispatcher")  # the installed console script
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "dispatcher"]
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_csvs(folder / "csv", args.drivers, args.years)
        legs = sum(1 for _ in files["trips"].open(encoding="utf-8")) - 1
        db = folder / "fleet.sqlite"
        sources = [f"--{k}={v}" for k, v in files.items()]
        # the first process compiles the modules an import uses: it imports into a scratch file
        warm_up = [*cli, "--db", str(folder / "warm-up.sqlite"), "import", *sources]
        subprocess.run(warm_up, check=True, stdout=subprocess.DEVNULL)
        imports = [*cli, "--db", str(db), "import", *sources]
        if os.name == "posix":  # each into a new file, as the fleet's own import below
            cpus = []
            for _ in range(args.runs):
                scratch = folder / "import.sqlite"
                cpus.append(child_cpu([*cli, "--db", str(scratch), "import", *sources]))
                for part in folder.glob("import.sqlite*"):
                    part.unlink()
            import_cpu = statistics.median(cpus)
        else:
            import_cpu = float("nan")
        subprocess.run(imports, check=True, stdout=subprocess.DEVNULL)
        base = timed([py, "-c", "pass"], args.runs)
        read_all = timed([py, "-c", READ_ALL, str(db)], args.runs)
        read_one = timed([py, "-c", READ_ONE, str(db), "D00007"], args.runs)
        d = ["--db", str(db)]
        fleet_wide = {
            "check": timed([*cli, *d, "check", "--as-of", AS_OF, "--json"], args.runs),
            "suggest": timed([*cli, *d, "suggest", *ROUTE, "--as-of", AS_OF, "--json"], args.runs),
        }
        one_driver = {
            "status": timed([*cli, *d, "status", "--driver", "D00007", "--date", AS_OF], args.runs),
            "what-if": timed(
                [*cli, *d, "what-if", "--driver", "D00007", *ROUTE, "--as-of", AS_OF], args.runs
            ),
        }
        inside = in_process(db, min(args.sample, args.drivers))
    print(
        f"fleet: {args.drivers} drivers × {args.years} years, {legs} legs; medians of {args.runs}"
    )
    print(f"floor  python -c pass                 {base:7.3f} s")
    print(f"floor  python + read every leg row     {read_all:7.3f} s")
    print(f"floor  python + read one driver        {read_one:7.3f} s")
    print(f"{'what':<28}{'seconds':>9}{'ratio':>9}{'target':>9}")
    for name, seconds in fleet_wide.items():
        ratio = seconds / read_all
        print(f"{name + ' ÷ read every leg':<28}{seconds:>9.3f}{ratio:>8.1f}×{'≤2.5×':>9}")
    for name, seconds in one_driver.items():
        ratio = seconds / (base + read_one)
        print(f"{name + ' ÷ (pass + one driver)':<28}{seconds:>9.3f}{ratio:>8.1f}×{'≤2×':>9}")
    speedup = inside["reference_s"] / inside["engine_s"]
    print(f"{'engine vs reference (check)':<28}{inside['engine_s']:>9.4f}{speedup:>7.1f}× faster"
          f"{'≥20×':>8}")  # fmt: skip
    speedup = inside["reference_s"] / inside["from_trips_s"]
    print(f"{'  the same, from Trip objects':<28}{inside['from_trips_s']:>9.4f}"
          f"{speedup:>7.1f}× faster")  # fmt: skip
    print(f"{'memory held by check':<28}{inside['bytes_per_driver'] / 1024:>8.1f} KB per driver"
          f"{'≤15 KB':>8}")  # fmt: skip
    print(f"{'  the same, from Trip objects':<28}"
          f"{inside['trips_bytes_per_driver'] / 1024:>8.1f} KB per driver")  # fmt: skip
    print(f"{'import, cpu (median)':<28}{import_cpu:>9.2f}{'':>9}{'≤1 s':>9}")


if __name__ == "__main__":
    main()
