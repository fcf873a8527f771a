"""Remake docs/report-driver.png and docs/report-day.png from the demo carrier.

The pages are printed through the command line exactly as a user would print them, then
turned into PNG with poppler's pdftoppm (apt-get install -y poppler-utils):

.venv/bin/python docs/report_pages.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from dispatcher.cli import main  # noqa: E402
from dispatcher.demo import load_demo  # noqa: E402
from dispatcher.store import Store  # noqa: E402

DRIVER = "report driver --driver D005 --from 2026-06-01 --to 2026-06-30 --date 2026-11-23"
DAY = "report day --date 2026-11-23"
PAGES = {"report-driver": DRIVER.split(), "report-day": DAY.split()}


def remake() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        with Store(db) as store:
            load_demo(store)
        for name, args in PAGES.items():
            pdf = Path(tmp) / f"{name}.pdf"
            if main(["--db", str(db), *args, "--pdf", str(pdf)]) != 0:
                raise SystemExit(f"could not print {name}")
            stem = Path(tmp) / name
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
            (DOCS / f"{name}.png").write_bytes(stem.with_suffix(".png").read_bytes())
            print(f"docs/{name}.png")


if __name__ == "__main__":
    remake()
