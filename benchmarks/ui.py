"""The window on a synthetic carrier: first window shown, the Assign dialog's verdicts shown,
re-check and repaint after an edit, timeline repaint after scrolling a month. Offscreen;
prints each figure with a floor measured in the same run where one makes sense.

    .venv/bin/python benchmarks/ui.py [--drivers 1000] [--years 3]

Floors: a process that imports Qt and shows an empty table window (what any window costs
before it holds a driver); an empty dialog with a table shown and painted in the running
window. The Assign dialog is timed from the click that opens it to the verdicts painted (the
first slice of the fleet, sorted), and to every driver's verdict in; the window to its first
paint (the drivers' names: their trips are read after it, the day cells say so meanwhile),
to every driver's days shown, and to every warning counted (both after the first paint).

Stalls: a 10 ms timer ticks in the window's event loop; the longest gap between two ticks is
the longest the window could not answer a click or a key (target: 100 ms). Measured from the
first paint until every warning is counted; from a click on a rule column's header (days
left) made just after the first paint, while the trips are read, until every warning is
counted and every row is in its place; and from such a click once everything is counted.
"""

from __future__ import annotations

import argparse
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

from as_installed import use_compiled_modules  # noqa: E402
from synthetic import make_database  # noqa: E402

# ``watcher`` prints the seconds since ``start`` at the first paint of what it watches, and
# ends the process.
PRINT_AT_PAINT = textwrap.dedent(
    """
    from PySide6.QtCore import QEvent, QObject
    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print(f"{time.time() - start:.3f}", flush=True)
                os._exit(0)
            return False
    watcher = Painted()
    """
)

# A window process that prints the seconds since ``start`` at the first paint ``watcher``
# is installed on; each script below says where and when.
PAINTED = (
    textwrap.dedent(
        """
    import os, sys, time
    start = float(sys.argv[2])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from dispatcher.ui.app import application, build_window
    app = application()
    window = build_window(sys.argv[1])
    """
    )
    + PRINT_AT_PAINT
)

FIRST_PAINT = PAINTED + textwrap.dedent(
    """
    window.timeline.viewport().installEventFilter(watcher)
    window.show()
    app.exec()
    """
)

DAYS_SHOWN = PAINTED + textwrap.dedent(
    """
    def read():  # after the views' own reloads: their next paint shows the days
        window.roster.table.viewport().installEventFilter(watcher)
    window.ctx.fleetRead.connect(read)
    window.show()
    app.exec()
    """
)

COUNTED = textwrap.dedent(
    """
    import os, sys, time
    start = float(sys.argv[2])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from dispatcher.ui.app import application, build_window
    app = application()
    window = build_window(sys.argv[1])
    def done():
        print(f"{time.time() - start:.3f}", flush=True)
        os._exit(0)
    window.warnings.model.counted.connect(done)
    window.show()
    if not window.warnings.model.counting:
        done()
    app.exec()
    """
)

STALLS = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from dispatcher.ui.app import application, build_window
    from dispatcher.ui.roster import FIXED
    when = sys.argv[2]  # "start": no click; "reading": a click at the first paint; "after"
    app = application()
    window = build_window(sys.argv[1])
    roster, warnings = window.roster, window.warnings.model
    ticks = []
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(10)
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
    def click():
        header = roster.table.horizontalHeader()
        x = header.sectionViewportPosition(len(FIXED)) + header.sectionSize(len(FIXED)) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert roster.model._sort_column == len(FIXED)
    def measure():
        ticks.append(time.perf_counter())
        tick.start()
        if when != "start":
            click()
        check.start()
    def done():
        return not warnings.counting and not roster.model.counting
    def finished():
        if not done():
            return
        check.stop()
        ticks.append(time.perf_counter())
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        print(f"{max(gaps):.4f}", flush=True)
        os._exit(0)
    check = QTimer()
    check.setInterval(0)
    check.timeout.connect(finished)
    def ready():  # everything counted: the click alone is measured
        if done():
            waiting.stop()
            QTimer.singleShot(200, measure)
    waiting = QTimer()
    waiting.setInterval(20)
    waiting.timeout.connect(ready)
    painted = []
    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
                if when == "after":
                    waiting.start()
                else:
                    QTimer.singleShot(0, measure)  # after the paint itself
            return False
    watcher = Painted()
    window.timeline.viewport().installEventFilter(watcher)
    window.show()
    app.exec()
    """
)

EMPTY_WINDOW = (
    textwrap.dedent(
        """
    import os, sys, time
    start = float(sys.argv[2])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    app = QApplication([])
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(1280, 800)
    """
    )
    + PRINT_AT_PAINT
    + textwrap.dedent(
        """
    table.viewport().installEventFilter(watcher)
    window.show()
    app.exec()
    """
    )
)


def _painted_after(script: str, db: Path, runs: int = 3) -> float:
    """The best of ``runs`` after one run that compiles the modules it imports."""
    times = []
    for _ in range(runs + 1):
        done = subprocess.run(
            [sys.executable, "-c", script, str(db), repr(time.time())],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(HERE.parent)},
            check=True,
        )  # fmt: skip
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return min(times[1:])


def _longest_stall(db: Path, when: str, runs: int = 3) -> float:
    """The median of ``runs`` longest gaps (after one run that compiles the modules)."""
    stalls = []
    for _ in range(runs + 1):
        done = subprocess.run(
            [sys.executable, "-c", STALLS, str(db), when],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(HERE.parent)},
            check=True,
        )  # fmt: skip
        stalls.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(stalls[1:])


def _until_painted(app, widget, action) -> float:
    """Seconds from ``action()`` to the next paint of ``widget`` (events processed)."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    start = time.perf_counter()
    target = action()
    view = widget(target)
    watch = Watch()
    view.installEventFilter(watch)
    deadline = time.perf_counter() + 60
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    view.removeEventFilter(watch)
    return painted[0] - start if painted else float("nan")


def in_window(db: Path) -> dict[str, float]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QDialog, QTableView, QVBoxLayout

    from dispatcher.rules import Leg, Trip, assess
    from dispatcher.ui.app import application, build_window
    from dispatcher.ui.assign_dialog import AssignDialog

    app = application()
    window = build_window(db)
    window.set_as_of(date(2026, 11, 23))
    window.show()
    app.processEvents()
    window.warnings.model.finish()  # counted after the first paint: done before the figures
    ctx = window.ctx
    route = (Leg("KZ", date(2026, 12, 1), date(2026, 12, 2)),
             Leg("RU", date(2026, 12, 2), date(2026, 12, 12)))  # fmt: skip
    ctx.save_trip(Trip("P-BENCH", None, route))
    app.processEvents()

    def empty_dialog():
        dialog = QDialog(window)
        layout = QVBoxLayout(dialog)
        table = QTableView()
        layout.addWidget(table)
        dialog.resize(980, 560)
        dialog.show()
        dialog.table = table
        return dialog

    def assign_dialog():
        dialog = AssignDialog(ctx, "P-BENCH", window, later=True)  # as the window opens it
        dialog.show()
        return dialog

    def close_dialogs():
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog):
                widget.close()
                widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # gone, as after exec()
        app.processEvents()

    floors, dialogs, complete = [], [], []
    engine = []
    for _ in range(3):
        floors.append(_until_painted(app, lambda d: d.table.viewport(), empty_dialog))
        dialogs.append(_until_painted(app, lambda d: d.table.viewport(), assign_dialog))
        close_dialogs()  # the one above would go on checking beside the next
        start = time.perf_counter()
        dialog = assign_dialog()
        while dialog.model.checking:
            app.processEvents()
        complete.append(time.perf_counter() - start)
        start = time.perf_counter()
        assess(ctx.fleet().values(), route, ctx.as_of)
        engine.append(time.perf_counter() - start)
        close_dialogs()

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
        "dialog floor": min(floors),
        "assign": min(dialogs),
        "assign all": min(complete),
        "assess": min(engine),
        "edit": statistics.median(timings),
        "scroll": statistics.median(repaints),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drivers", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    args = parser.parse_args()
    targets = {1000: (0.6, 0.1), 10000: (2.0, 0.5)}
    window_target, dialog_target = targets.get(args.drivers, (None, None))
    use_compiled_modules()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp
        db = make_database(Path(tmp) / "fleet.sqlite", args.drivers, args.years)
        empty = _painted_after(EMPTY_WINDOW, db)
        first = _painted_after(FIRST_PAINT, db)
        days = _painted_after(DAYS_SHOWN, db)
        counted = _painted_after(COUNTED, db)
        stalls = {when: _longest_stall(db, when) for when in ("start", "reading", "after")}
        inside = in_window(db)

    def line(name: str, seconds: float, floor: float | None, target: float | None) -> None:
        ratio = f"{seconds / floor:6.1f}×" if floor else " " * 7
        goal = f"≤{target * 1000:.0f} ms" if target else ""
        verdict = "" if target is None else ("ok" if seconds <= target else "OVER")
        print(f"{name:<44}{seconds * 1000:>8.0f} ms {ratio}  {goal:>10} {verdict}")

    print(f"fleet: {args.drivers} drivers × {args.years} years, offscreen")
    line("floor  empty table window (whole process)", empty, None, None)
    line("window first shown (whole process)", first, empty, window_target)
    line("window: every driver's days shown (process)", days, empty, None)
    line("window: every warning counted (process)", counted, empty, None)
    line("longest stall: first paint → all counted", stalls["start"], None, 0.1)
    line("longest stall: sort by days left while read", stalls["reading"], None, 0.1)
    line("longest stall: sort by days left, counted", stalls["after"], None, 0.1)
    line("floor  empty dialog with a table, painted", inside["dialog floor"], None, None)
    line("engine alone: assess every driver", inside["assess"], None, None)
    line("Assign dialog: verdicts shown", inside["assign"], inside["dialog floor"], dialog_target)
    line("Assign dialog: every driver's verdict in", inside["assign all"], None, None)
    line("re-check + repaint after editing a trip", inside["edit"], None, 0.05)
    line("timeline: scroll a month and repaint", inside["scroll"], None, 0.1)


if __name__ == "__main__":
    main()
