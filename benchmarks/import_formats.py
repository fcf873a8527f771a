"""Whole-process import of one synthetic fleet (1,000 drivers × 3 years) from the formats
offices bring, as ratios to the clean UTF-8 CSV measured in the same run, and the time of
``export --xlsx``.

    .venv/bin/python benchmarks/import_formats.py [--drivers 1000] [--years 3] [--runs 3]

Targets: each format within 1.5× of the UTF-8 CSV; ``export --xlsx`` under 5 s.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_csvs

RATIO_TARGET = 1.5
EXPORT_TARGET = 5.0


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


# cp1251 has no Kazakh letters; a Russian office types the nearest Russian ones.
KAZAKH_TO_RUSSIAN = str.maketrans("ҚқҰұҮүӘәӨөҒғҢңҺһІі", "КкУуУуАаОоГгНнХхИи")


def russian_excel(files: dict[str, Path], folder: Path) -> dict[str, Path]:
    """The same files as Russian Excel saves them: cp1251, ``;``, dd.MM.yyyy dates."""
    folder.mkdir()
    out = {}
    for name, path in files.items():
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle.read().translate(KAZAKH_TO_RUSSIAN).splitlines()))
        for row in rows[1:]:
            for i, cell in enumerate(row):
                if len(cell) == 10 and cell[4] == "-" and cell[7] == "-":
                    row[i] = date.fromisoformat(cell).strftime("%d.%m.%Y")
        out[name] = folder / path.name
        with out[name].open("w", encoding="cp1251", newline="") as handle:
            csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out


def best(runs: int, folder: Path, cli: list[str], args: list[str]) -> float:
    times = []
    for n in range(runs):
        db = folder / f"bench-{time.monotonic_ns()}-{n}.sqlite"
        times.append(timed([*cli, "--db", str(db), "import", *args]))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drivers", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    script = Path(sys.executable).with_name("dispatcher")
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "dispatcher"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_csvs(folder / "csv", args.drivers, args.years)
        legs = sum(1 for _ in files["trips"].open(encoding="utf-8")) - 1
        cp1251 = russian_excel(files, folder / "cp1251")

        floor = best(args.runs, folder, cli, [f"--{k}={v}" for k, v in files.items()])
        source = folder / "source.sqlite"
        subprocess.run(
            [*cli, "--db", str(source), "import", *(f"--{k}={v}" for k, v in files.items())],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        book = folder / "carrier.xlsx"
        export = min(
            timed([*cli, "--db", str(source), "export", "--xlsx", str(book),
                   "--as-of", "2026-11-23"])
            for _ in range(args.runs)
        )  # fmt: skip
        figures = {
            "cp1251 ; CSV": best(args.runs, folder, cli, [f"--{k}={v}" for k, v in cp1251.items()]),
            ".xlsx workbook": best(args.runs, folder, cli, ["--workbook", str(book)]),
        }
    print(f"fleet: {args.drivers} drivers × {args.years} years, {legs} legs")
    print(f"import UTF-8 CSV (floor): {floor:.2f} s")
    for name, seconds in figures.items():
        ratio = seconds / floor
        verdict = "ok" if ratio <= RATIO_TARGET else f"over the {RATIO_TARGET}× target"
        print(f"import {name}: {seconds:.2f} s = {ratio:.2f}× the floor ({verdict})")
    verdict = "ok" if export < EXPORT_TARGET else f"over the {EXPORT_TARGET} s target"
    print(f"export --xlsx with findings: {export:.2f} s ({verdict})")


if __name__ == "__main__":
    main()
