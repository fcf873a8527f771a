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
        self.reason: str | None = "urgent cargo, agreed with the client"
        self.asked: list[str] = []
        self.reasons_asked: list[str] = []
        self.told: list[str] = []
        self.shown: list[object] = []

    def install(self, monkeypatch) -> Answers:
        from dispatcher.ui import dialogs

        for name in ("run_modal", "ask", "ask_reason", "inform"):
            monkeypatch.setattr(dialogs, name, getattr(self, name))
        return self

    def run_modal(self, dialog) -> int:
        self.shown.append(dialog)
        return 0

    def ask(self, _parent, _title, text, default_yes=False) -> bool:
        self.asked.append(text)
        return self.yes

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
