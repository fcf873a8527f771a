"""Time a year-long driver report and a 500-driver day sheet, HTML to PDF, in process, as
the report commands build them (engine results and settings in, pages out).

.venv/bin/python benchmarks/reports.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication
from synthetic import make_database

from dispatcher.reports.command import day_sheet, driver_report
from dispatcher.reports.printing import write_pdf
from dispatcher.store import Store
from dispatcher.workspace import Workspace

TARGET_S = 3.0


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = make_database(folder / "fleet.sqlite", 500, 2)
        figures = {}
        start = time.perf_counter()
        ws = Workspace(Store(db), rules_dir=folder / "rules")
        html = driver_report(ws, "D00007", date(2026, 1, 1), date(2026, 12, 31), date(2026, 12, 31))
        pages = write_pdf(html, folder / "driver.pdf")
        figures[f"driver report, one year ({pages} pages)"] = time.perf_counter() - start
        start = time.perf_counter()
        ws = Workspace(Store(db), rules_dir=folder / "rules")
        html = day_sheet(ws, date(2026, 6, 1), date(2026, 6, 1))
        pages = write_pdf(html, folder / "day.pdf")
        figures[f"day sheet, 500 drivers ({pages} pages)"] = time.perf_counter() - start
    for name, seconds in figures.items():
        verdict = "ok" if seconds <= TARGET_S else "OVER"
        print(f"{name:<40}{seconds:>7.2f} s  (target {TARGET_S:.0f} s) {verdict}")
    app.quit()


if __name__ == "__main__":
    main()
