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
        self.asked: list[str] = []
        self.told: list[str] = []
        self.shown: list[object] = []

    def run_modal(self, dialog) -> int:
        self.shown.append(dialog)
        return 0

    def ask(self, _parent, _title, text) -> bool:
        self.asked.append(text)
        return self.yes

    def inform(self, _parent, _title, text, error=False) -> None:
        self.told.append(text)


def demo_context(tmp_path, demo: bool = True) -> AppContext:
    store = Store(tmp_path / "carrier.sqlite")
    if demo:
        load_demo(store)
    return AppContext(Workspace(store, rules_dir=tmp_path / "rules"), as_of=AS_OF)
