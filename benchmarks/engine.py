"""Whole-process timings of the command line on a synthetic fleet of 1,000 drivers × 3 years.

    .venv/bin/python benchmarks/engine.py [--drivers 1000] [--years 3] [--runs 3]

Each figure is the best of --runs wall-clock times of a fresh process of the installed
`dispatcher` console script, as a dispatcher would see it from the shell (interpreter start
and reading the database included).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_csvs

TARGETS = {"import": 10.0, "check": 2.0, "what-if": 0.5, "suggest": 1.0}


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drivers", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    script = Path(sys.executable).with_name("dispatcher")  # the installed console script
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "dispatcher"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_csvs(folder / "csv", args.drivers, args.years)
        legs = sum(1 for _ in files["trips"].open(encoding="utf-8")) - 1
        figures: dict[str, float] = {}
        imports = []
        for n in range(args.runs):
            db = folder / f"import-{n}.sqlite"
            imports.append(
                timed([*cli, "--db", str(db), "import", *(f"--{k}={v}" for k, v in files.items())])
            )
        figures["import"] = min(imports)
        db = str(folder / "import-0.sqlite")
        route = ["--leg", "KZ:2026-12-01:2026-12-02", "--leg", "RU:2026-12-02:2026-12-12"]
        commands = {
            "check": ["check", "--as-of", "2026-11-23"],
            "what-if": ["what-if", "--driver", "D00007", *route, "--as-of", "2026-11-23"],
            "suggest": ["suggest", *route, "--as-of", "2026-11-23"],
        }
        for name, argv in commands.items():
            figures[name] = min(timed([*cli, "--db", db, *argv]) for _ in range(args.runs))
    print(f"fleet: {args.drivers} drivers × {args.years} years, {legs} legs")
    print(f"{'command':<10}{'seconds':>9}{'target':>9}")
    for name, seconds in figures.items():
        verdict = "ok" if seconds <= TARGETS[name] else "OVER"
        print(f"{name:<10}{seconds:>9.2f}{TARGETS[name]:>9.1f}  {verdict}")


if __name__ == "__main__":
    main()
