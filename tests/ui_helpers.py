"""A main window on the demo carrier, with every modal question answered by the test."""

from __future__ import annotations

from datetime import date

from dispatcher.demo import load_demo
from dispatcher.store import Store
from dispatcher.ui.context import AppContext
from dispatcher.workspace import Workspace

AS_OF = date(2026, 11, 23)


class Answers:
    """Stands in for the user at every dialog: records what was asked, answers as told."""

    def __init__(self):
        self.yes = True
        self.replies: list[bool] = []  # answers to the next questions, then ``yes``
        self.reason: str | None = "urgent cargo, agreed with the client"
        self.asked: list[str] = []
        self.reasons_asked: list[str] = []
        self.defaults: list[bool] = []  # was Yes the default button of each question
        self.told: list[str] = []
        self.shown: list[object] = []
        # dialogs a person would confirm; any other modal dialog is cancelled
        self.confirmed: set[str] = {"ImportPreviewDialog"}

    def install(self, monkeypatch) -> Answers:
        from dispatcher.ui import dialogs

        for name in ("run_modal", "ask", "ask_reason", "inform"):
            monkeypatch.setattr(dialogs, name, getattr(self, name))
        return self

    def run_modal(self, dialog) -> int:
        self.shown.append(dialog)
        return 1 if type(dialog).__name__ in self.confirmed else 0

    def ask(self, _parent, _title, text, default_yes=False) -> bool:
        self.asked.append(text)
        self.defaults.append(default_yes)
        return self.replies.pop(0) if self.replies else self.yes

    def ask_reason(self, _parent, _title, label) -> str | None:
        self.reasons_asked.append(label)
        return self.reason

    def inform(self, _parent, _title, text, error=False) -> None:
        self.told.append(text)


def demo_context(tmp_path, demo: bool = True) -> AppContext:
    store = Store(tmp_path / "carrier.sqlite")
    if demo:
        load_demo(store)
    return AppContext(Workspace(store, rules_dir=tmp_path / "rules"), as_of=AS_OF)


def small_context(tmp_path, trips=(), as_of: date = AS_OF, driver_id: str = "X1") -> AppContext:
    """One Uzbek driver (every Russian rule applies) with the given trips, nothing else."""
    from dispatcher.rules import Driver

    store = Store(tmp_path / "small.sqlite")
    store.save_driver(Driver(driver_id, "Алишер Каримов", "UZ", "freight"))
    for trip in trips:
        store.save_trip(trip)
    return AppContext(Workspace(store, rules_dir=tmp_path / "rules"), as_of=as_of)


def russia(trip_id: str, first: date, days: int, driver_id: str | None = "X1"):
    """A trip of ``days`` days in Russia from ``first``."""
    from datetime import timedelta

    from dispatcher.rules import Leg, Trip

    return Trip(trip_id, driver_id, (Leg("RU", first, first + timedelta(days=days - 1)),))


I18N = __import__("pathlib").Path(__file__).resolve().parent.parent / "resources" / "i18n"


def compile_catalogs(folder) -> None:
    """Every catalog of each language (``*_<lang>.ts``) into ``folder/dispatcher_<lang>.qm``,
    as the build does, with Qt's own ``pyside6-lrelease``."""
    import subprocess
    import sys
    from pathlib import Path

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("ru", "kk"):
        sources = sorted(str(p) for p in I18N.glob(f"*_{lang}.ts"))
        target = Path(folder) / f"dispatcher_{lang}.qm"
        subprocess.run([str(lrelease), *sources, "-qm", str(target)], check=True,
                       capture_output=True)  # fmt: skip
