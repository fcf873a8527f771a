"""Remake the screenshots in docs/ from the demo carrier, as of 23 November 2026: every
screen in English, then the main window and the assign dialog in Russian and the main window
in Kazakh (from the catalogs in resources/i18n, compiled here when the build has not).

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from dispatcher.demo import load_demo  # noqa: E402
from dispatcher.resources import RESOURCES  # noqa: E402
from dispatcher.rules import Leg, Trip  # noqa: E402
from dispatcher.store import Store  # noqa: E402
from dispatcher.ui import dialogs, guard, language  # noqa: E402
from dispatcher.ui.app import application  # noqa: E402
from dispatcher.ui.assign_dialog import AssignDialog  # noqa: E402
from dispatcher.ui.context import AppContext  # noqa: E402
from dispatcher.ui.main_window import MainWindow  # noqa: E402
from dispatcher.ui.margin import set_margin_days  # noqa: E402
from dispatcher.ui.planning_dialog import PlanningDialog  # noqa: E402
from dispatcher.ui.status_card import StatusCard  # noqa: E402
from dispatcher.ui.trip_editor import TripEditor  # noqa: E402
from dispatcher.workspace import Workspace  # noqa: E402

AS_OF = date(2026, 11, 23)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def suffix() -> str:
    """``-ru`` / ``-kk`` on the file name of a shot in another language than English."""
    lang = language.i18n.language()
    return "" if lang == "en" else f"-{lang}"


def main_window(window: MainWindow, app: QApplication) -> None:
    window.ctx.driverSelected.emit("D004")
    settle(app)
    window.grab().save(str(DOCS / f"screenshot-main{suffix()}.png"))


def assign(window: MainWindow, app: QApplication) -> None:
    dialog = AssignDialog(window.ctx, "P0003", window)
    dialog.select_driver("D004")
    dialog.show()
    settle(app)
    dialog.grab().save(str(DOCS / f"screenshot-assign{suffix()}.png"))
    dialog.close()


def trip_editor(window: MainWindow, app: QApplication) -> None:
    trip = window.ctx.store.trip("T0110")  # D005's planned trip that would go over
    editor = TripEditor(window.ctx, trip, parent=window)
    editor.show()
    settle(app)
    editor.grab().save(str(DOCS / "screenshot-trip-editor.png"))
    editor.close()


def question(window: MainWindow, app: QApplication, saves: list[Trip], name: str) -> None:
    """The guard's question, as a drag or the trip editor's OK shows it."""
    found = guard.consequences(window.ctx, saves)
    text = guard.question_text(found) + "\n\n" + guard.Guard.tr("Go ahead anyway?")
    box = dialogs.question_box(window, guard.Guard.tr("Go over the limit?"), text)
    box.show()
    settle(app)
    box.grab().save(str(DOCS / name))
    box.close()


def drag_question(window: MainWindow, app: QApplication) -> None:
    trip = window.ctx.store.trip("T0084")  # D004's planned New Year trip, dragged 20 days back
    shift = timedelta(days=-20)
    legs = tuple(Leg(leg.country, leg.entry + shift, leg.exit + shift) for leg in trip.legs)
    question(window, app, [Trip(trip.id, trip.driver_id, legs, trip.note)],
             "screenshot-guard-drag.png")  # fmt: skip


def editor_question(window: MainWindow, app: QApplication) -> None:
    new = Trip("T0999", "D004", (Leg("RU", date(2026, 12, 1), date(2026, 12, 10)),))
    question(window, app, [new], "screenshot-guard-editor.png")


def status_card(window: MainWindow, app: QApplication) -> None:
    """D005 has used the year: the card says from when he can enter again, and for how long."""
    card = StatusCard(window.ctx)
    card.show_driver("D005")
    card.resize(900, 250)
    card.show()
    settle(app)
    card.grab().save(str(DOCS / "screenshot-status-card.png"))
    card.close()


def assign_tight(window: MainWindow, app: QApplication) -> None:
    """With a safety margin of 10 days, D007 keeps only 9 on P0003: tight, after the ok ones."""
    set_margin_days(window.ctx.store, 10)
    dialog = AssignDialog(window.ctx, "P0003", window)
    dialog.select_driver("D007")
    dialog.show()
    settle(app)
    dialog.grab().save(str(DOCS / "screenshot-assign-tight.png"))
    dialog.close()
    set_margin_days(window.ctx.store, 0)


def planning(window: MainWindow, app: QApplication) -> None:
    """Open routes of December to February with a margin of 10 days."""
    dialog = PlanningDialog(window.ctx, window, first=date(2026, 12, 1), last=date(2027, 2, 28))
    dialog.margin.setValue(10)
    dialog.propose()
    dialog.show()
    settle(app)
    dialog.grab().save(str(DOCS / "screenshot-planning.png"))
    dialog.close()


def catalogs(tmp: Path) -> Path:
    """The built catalogs, or ones compiled into ``tmp`` from the .ts files."""
    built = RESOURCES / "i18n"
    if all((built / f"dispatcher_{lang}.qm").exists() for lang in ("ru", "kk")):
        return built
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("ru", "kk"):
        sources = sorted(str(p) for p in built.glob(f"*_{lang}.ts"))
        subprocess.run([str(lrelease), *sources, "-qm", str(tmp / f"dispatcher_{lang}.qm")],
                       check=True, capture_output=True)  # fmt: skip
    return tmp


SHOTS = {
    "en": (
        main_window,
        assign,
        trip_editor,
        drag_question,
        editor_question,
        status_card,
        assign_tight,
        planning,
    ),
    "ru": (main_window, assign),
    "kk": (main_window,),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # default layout and language, not the user's own
        os.environ["DISPATCHER_LANG"] = "en"
        app = application()
        dialogs.ask = lambda *_a: False  # no first-start question in a screenshot
        folder = catalogs(Path(tmp))
        store = Store(Path(tmp) / "demo.sqlite")
        load_demo(store)
        for lang, shots in SHOTS.items():
            language.apply_language(lang, folder)  # before the widgets: they read the locale
            ctx = AppContext(Workspace(store, rules_dir=Path(tmp) / "rules"), as_of=AS_OF)
            window = MainWindow(ctx)
            window.resize(1500, 900)
            window.show()
            settle(app)
            for shot in shots:
                shot(window, app)
            window.close()
            window.deleteLater()
            settle(app)
        store.close()
    print("screenshots written to", DOCS)


if __name__ == "__main__":
    main()
