"""Start the window: the application object, the database, the first-start demo offer."""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dispatcher.i18n import Context, fill
from dispatcher.ui import dialogs
from dispatcher.ui.language import apply_language, moment_text, wanted_language

AppText = Context("AppText")

SETTING_DEMO_OFFERED = "demo.offered"


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("dispatcher")
    app.setApplicationName("dispatcher")
    if not _language_applied:
        use_language(wanted_language())
    return app


_language_applied = False


def use_language(lang: str) -> str:
    """Apply ``lang`` before any widget is built (widgets read the locale when made)."""
    global _language_applied
    _language_applied = True
    return apply_language(lang)


def offer_demo(window) -> bool:
    """On an empty database, offer the demo carrier once."""
    store = window.ctx.store
    if store.counts()["drivers"] or store.setting(SETTING_DEMO_OFFERED, False):
        return False
    store.set_setting(SETTING_DEMO_OFFERED, True)
    question = AppText.tr(
        "This database is empty. Load the demo carrier (16 drivers, a year and a half of trips) "
        "to see how dispatcher works? You can start a new database later from File → New."
    )
    if dialogs.ask(window, AppText.tr("Welcome to dispatcher"), question, default_yes=True):
        window.load_demo()
        return True
    return False


def build_window(db: Path, rules_dir: Path | None = None):
    from dispatcher.store.database import bulk
    from dispatcher.ui.context import AppContext
    from dispatcher.ui.file_actions import open_checking
    from dispatcher.ui.main_window import MainWindow
    from dispatcher.workspace import Workspace

    # A damaged file is refused, not shown: its pages are checked beside the first reading,
    # and the window is handed out only once the check has passed.
    store, check = open_checking(db)
    window = None
    try:
        try:
            for notice in store.notices:
                dialogs.inform(None, AppText.tr("The database was opened"), notice)
            ctx = AppContext(Workspace(store, rules_dir=rules_dir))
            ctx.show_names_first()  # the trips are read after the first paint
            ctx.fleetRead.connect(gc.freeze)  # the fleet lives as long as the window
            with bulk():
                window = MainWindow(ctx, count_warnings_later=True)
        except BaseException:
            check.refuse_damaged(store)  # a damaged file explains a failed reading best
            raise
        check.refuse_damaged(store)
    except BaseException:
        if window is not None:
            window.abandon()
        store.close()
        raise
    gc.freeze()  # what the window opened with lives as long as it: later collections skip it
    return window


def offer_restore(db: Path, damage: Exception) -> bool:
    """A damaged file at start: offer its newest good backup, which the window cannot reach
    through File → Restore backup… while it cannot open the file."""
    from dispatcher.store import backup

    good = backup.newest_good(db)
    if good is None:
        text = str(damage) + "\n\n" + AppText.tr("There is no backup of it that passes the check.")
        dialogs.inform(None, AppText.tr("The database is damaged"), text, error=True)
        return False
    question = (
        str(damage)
        + "\n\n"
        + fill(
            AppText.tr(
                "Put back the newest backup that passes the check, taken %1? The damaged file is "
                "kept in the backups folder."
            ),
            moment_text(good.taken_at),
        )
    )
    if not dialogs.ask(None, AppText.tr("The database is damaged"), question):
        return False
    backup.restore_backup(db, good.path)
    return True


def open_window(db: Path, rules_dir: Path | None = None):
    """The window on ``db``, or None after telling the user why not (in a dialog)."""
    from dispatcher.store.backup import daily_backup
    from dispatcher.store.errors import FileDamaged
    from dispatcher.ui import errors as ui_errors
    from dispatcher.ui.main_window import OPEN_ERRORS

    title = AppText.tr("Cannot open the database")
    for attempt in range(2):
        try:
            window = build_window(db, rules_dir)
        except FileDamaged as exc:
            try:
                if attempt or not offer_restore(db, exc):
                    return None
            except ui_errors.FILE_ERRORS as failed:
                ui_errors.report(None, title, failed, db)
                return None
            continue
        except (*OPEN_ERRORS, sqlite3.Error) as exc:
            text = ui_errors.describe(exc, db) if isinstance(exc, sqlite3.Error) else str(exc)
            dialogs.inform(None, title, text or str(exc), error=True)
            return None
        try:
            daily_backup(db)
        except ui_errors.FILE_ERRORS as exc:  # the window still opens: tell, do not block
            ui_errors.report(None, AppText.tr("The daily backup was not taken"), exc, db)
        return window
    return None


def run_app(db: Path, rules_dir: Path | None = None) -> int:
    app = application()
    from dispatcher.rules.loader import NoRulesError
    from dispatcher.workspace import require_builtin_rules

    try:
        require_builtin_rules()
    except NoRulesError as exc:  # no window on an empty rule book: it would show all clean
        dialogs.inform(None, AppText.tr("dispatcher cannot start"), str(exc), error=True)
        return 2
    window = open_window(db, rules_dir)
    if window is None:
        return 1
    window.show()
    if os.environ.get("DISPATCHER_QUIT_AFTER_SHOW") == "1":
        # Packaging checks: the frozen program starts, loads Qt's plugins, shows, leaves.
        QTimer.singleShot(0, app.quit)
        return app.exec()
    offer_demo(window)
    return app.exec()
