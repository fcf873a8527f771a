"""The window on a 500-driver × 2-year carrier: first window shown, re-check after an edit,
timeline repaint after scrolling a month. Offscreen; prints the figures.

    .venv/bin/python benchmarks/ui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synthetic import make_database  # noqa: E402

FIRST_PAINT = textwrap.dedent(
    """
    import os, sys, time
    start = float(sys.argv[2])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject, QTimer
    from dispatcher.ui.app import application, build_window
    app = application()
    window = build_window(sys.argv[1])
    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print(f"{time.time() - start:.3f}", flush=True)
                os._exit(0)
            return False
    watcher = Painted()
    window.timeline.viewport().installEventFilter(watcher)
    window.show()
    app.exec()
    """
)


def first_window(db: Path) -> float:
    runs = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", FIRST_PAINT, str(db), repr(time.time())],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(HERE.parent)},
            check=True,
        )  # fmt: skip
        runs.append(float(done.stdout.strip().splitlines()[-1]))
    return min(runs)


def in_window(db: Path) -> dict[str, float]:
    from dispatcher.rules import Leg, Trip
    from dispatcher.ui.app import application, build_window

    app = application()
    window = build_window(db)
    window.set_as_of(date(2026, 6, 1))
    window.show()
    app.processEvents()
    ctx = window.ctx
    driver = next(iter(ctx.fleet()))
    trip = ctx.store.trips(driver)[-1]
    timings = []
    for n in range(10):  # move the driver's last trip by a day and back, each a full re-check
        shift = timedelta(days=1 if n % 2 == 0 else 0)
        legs = tuple(Leg(leg.country, leg.entry + shift, leg.exit + shift) for leg in trip.legs)
        start = time.perf_counter()
        ctx.save_trip(Trip(trip.id, driver, legs, trip.note))
        window.roster.table.viewport().repaint()
        window.warnings.table.viewport().repaint()
        window.timeline.viewport().repaint()
        app.processEvents()
        timings.append(time.perf_counter() - start)
    repaints = []
    timeline = window.timeline
    timeline.scroll_to(date(2025, 3, 1))  # twelve months of dense trips ahead
    for _ in range(10):
        start = time.perf_counter()
        timeline.scroll_days(30)
        timeline.viewport().repaint()
        repaints.append(time.perf_counter() - start)
    window.close()
    return {
        "re-check after editing one trip": statistics.median(timings),
        "timeline: scroll a month and repaint": statistics.median(repaints),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp
        db = make_database(Path(tmp) / "fleet.sqlite", 500, 2)
        figures = {"first window shown (whole process)": first_window(db)}
        figures.update(in_window(db))
    targets = {"first window shown (whole process)": 1.5}
    for name, seconds in figures.items():
        target = targets.get(name, 0.1)
        verdict = "ok" if seconds <= target else "OVER"
        print(f"{name:<40}{seconds * 1000:>8.0f} ms  (target {target * 1000:.0f} ms) {verdict}")


if __name__ == "__main__":
    main()
