"""Remake the report pages in docs/ from the demo carrier, in English and in Russian
(report-driver.png, report-day.png, report-driver-ru.png, report-day-ru.png).

The pages are printed through the command line exactly as a user would print them, then
turned into PNG with poppler's pdftoppm (apt-get install -y poppler-utils):

.venv/bin/python docs/report_pages.py
"""

from __future__ import annotations

import itertools
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
LANGUAGES = {"en": "", "ru": "-ru"}  # language and the file name's ending


def remake() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        with Store(db) as store:
            load_demo(store)
        for (page, args), lang in itertools.product(PAGES.items(), LANGUAGES):
            name = page + LANGUAGES[lang]
            pdf = Path(tmp) / f"{name}.pdf"
            if main(["--lang", lang, "--db", str(db), *args, "--pdf", str(pdf)]) != 0:
                raise SystemExit(f"could not print {name}")
            stem = Path(tmp) / name
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
            (DOCS / f"{name}.png").write_bytes(stem.with_suffix(".png").read_bytes())
            print(f"docs/{name}.png")


if __name__ == "__main__":
    remake()
