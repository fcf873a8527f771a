"""Start the window: the application object, the database, the first-start demo offer."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from dispatcher.ui import dialogs

SETTING_DEMO_OFFERED = "demo.offered"


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("dispatcher")
    app.setApplicationName("dispatcher")
    return app


def offer_demo(window) -> bool:
    """On an empty database, offer the demo carrier once."""
    store = window.ctx.store
    if store.counts()["drivers"] or store.setting(SETTING_DEMO_OFFERED, False):
        return False
    store.set_setting(SETTING_DEMO_OFFERED, True)
    question = tr(
        "This database is empty. Load the demo carrier (16 drivers, a year and a half of trips) "
        "to see how dispatcher works? You can start a new database later from File → New."
    )
    if dialogs.ask(window, tr("Welcome to dispatcher"), question):
        window.load_demo()
        return True
    return False


def build_window(db: Path, rules_dir: Path | None = None):
    from dispatcher.store import Store
    from dispatcher.ui.context import AppContext
    from dispatcher.ui.main_window import MainWindow
    from dispatcher.workspace import Workspace

    workspace = Workspace(Store(db), rules_dir=rules_dir)
    return MainWindow(AppContext(workspace))


def run_app(db: Path, rules_dir: Path | None = None) -> int:
    app = application()
    from dispatcher.rules.loader import NoRulesError
    from dispatcher.store.backup import daily_backup
    from dispatcher.ui.main_window import OPEN_ERRORS
    from dispatcher.workspace import require_builtin_rules

    try:
        require_builtin_rules()
    except NoRulesError as exc:  # no window on an empty rule book: it would show all clean
        dialogs.inform(None, tr("dispatcher cannot start"), str(exc), error=True)
        return 2
    try:
        daily_backup(db)
        window = build_window(db, rules_dir)
    except (*OPEN_ERRORS, sqlite3.Error) as exc:
        dialogs.inform(None, tr("Cannot open the database"), str(exc), error=True)
        return 1
    window.show()
    if os.environ.get("DISPATCHER_QUIT_AFTER_SHOW") == "1":
        # Packaging checks: the frozen program starts, loads Qt's plugins, shows, leaves.
        QTimer.singleShot(0, app.quit)
        return app.exec()
    offer_demo(window)
    return app.exec()
