"""The window a dispatcher lives in: roster, calendar, warnings, planned routes, status card."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from dispatcher.rules import RuleFileError
from dispatcher.store import SchemaError, Store, StoreError
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.transfer import ImportProblems, export_csv, import_csv
from dispatcher.ui import dialogs
from dispatcher.ui import errors as ui_errors
from dispatcher.ui.context import AppContext
from dispatcher.ui.driver_dialog import DriverDialog
from dispatcher.ui.month_view import MonthView
from dispatcher.ui.planned_routes import PlannedRoutesPanel
from dispatcher.ui.roster import RosterPanel
from dispatcher.ui.status_card import StatusCard
from dispatcher.ui.timeline import TimelineView
from dispatcher.ui.warnings_panel import WarningsPanel
from dispatcher.workspace import Workspace

POLL_MS = 2000
OPEN_ERRORS = (StoreError, SchemaError, RuleFileError, OSError)


def open_checked(path: Path) -> Store:
    """Open for the window: a file that fails ``quick_check`` is refused, never shown."""
    store = Store(path)
    try:
        store.refuse_damaged()
    except BaseException:
        store.close()
        raise
    return store


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.roster = RosterPanel(ctx)
        self.timeline = TimelineView(ctx)
        self.month = MonthView(ctx)
        self.warnings = WarningsPanel(ctx)
        self.planned = PlannedRoutesPanel(ctx)
        self.status_card = StatusCard(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.month, self.tr("Month"))
        self.setCentralWidget(self.tabs)
        self.docks = {
            "roster": self._dock("roster", self.tr("Drivers"), self.roster,
                                 Qt.DockWidgetArea.LeftDockWidgetArea),
            "status": self._dock("status", self.tr("Status card"), self.status_card,
                                 Qt.DockWidgetArea.LeftDockWidgetArea),
            "warnings": self._dock("warnings", self.tr("Warnings"), self.warnings,
                                   Qt.DockWidgetArea.BottomDockWidgetArea),
            "planned": self._dock("planned", self.tr("Planned routes"), self.planned,
                                  Qt.DockWidgetArea.BottomDockWidgetArea),
        }  # fmt: skip
        self.splitDockWidget(self.docks["warnings"], self.docks["planned"],
                             Qt.Orientation.Horizontal)  # fmt: skip
        self.roster.addRequested.connect(self.new_driver)
        self.roster.editRequested.connect(self.edit_driver)
        self.roster.deleteRequested.connect(self.delete_driver)
        self.roster.reportRequested.connect(self.driver_report)
        self.status_card.reportRequested.connect(self.driver_report)
        self._build_actions()
        self.summary = QLabel()
        self.statusBar().addPermanentWidget(self.summary)
        ctx.dataChanged.connect(lambda _d: self._update_summary())
        ctx.dataChanged.connect(lambda d: d or self._update_title())  # settings, imports
        ctx.asOfChanged.connect(lambda _d: self._update_summary())
        ctx.workspaceReplaced.connect(self._update_title)
        self._update_summary()
        self._update_title()
        self._seen_version = ctx.store.data_version()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.notice_outside_changes)
        self.poll.start()
        self.resize(1400, 860)
        self._restore_layout()

    # ----- layout ------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.docks["roster"]], [560], Qt.Orientation.Horizontal)
            self.resizeDocks(
                [self.docks["warnings"], self.docks["planned"]],
                [1000, 400],
                Qt.Orientation.Horizontal,
            )
            self.resizeDocks([self.docks["warnings"]], [200], Qt.Orientation.Vertical)
            self.resizeDocks(
                [self.docks["roster"], self.docks["status"]], [460, 230], Qt.Orientation.Vertical
            )

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.poll.stop()
        with contextlib.suppress(StoreError, sqlite3.Error):
            self.ctx.store.checkpoint(wait_s=1.0)  # the file alone holds everything once closed
        super().closeEvent(event)

    def _update_title(self) -> None:
        carrier = self.ctx.workspace.carrier_name()
        name = self.ctx.store.path.name
        self.setWindowTitle(f"{carrier + ' — ' if carrier else ''}{name} — dispatcher")

    def _update_summary(self) -> None:
        counts = self.warnings.model.counts()
        self.summary.setText(
            self.tr("{0} drivers · {1} over · {2} would go over · {3} approaching").format(
                len(self.ctx.fleet()),
                counts.get("exceeded", 0),
                counts.get("would_exceed", 0),
                counts.get("approaching", 0),
            )
        )

    # ----- actions -----------------------------------------------------------------------

    def _action(self, menu, text: str, handler, shortcut=None, toolbar=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: handler())
        menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("toolbar-main")
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New database…"), self.new_database)
        self._action(
            file, self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open
        )
        file.addSeparator()
        self._action(file, self.tr("&Import CSV…"), self.import_files, "Ctrl+I")
        self._action(file, self.tr("&Export CSV…"), self.export_files, "Ctrl+E")
        self._action(file, self.tr("Load &demo carrier"), self.load_demo)
        self._action(file, self.tr("Save a &copy…"), self.save_copy)
        self._action(file, self.tr("&Restore backup…"), self.restore_backup)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, self.tr("New &driver…"), self.new_driver, "Ctrl+N", tools)
        self._action(
            edit,
            self.tr("&Edit driver…"),
            lambda: self.edit_driver(self.roster.selected_driver()),
            "Ctrl+Return",
        )
        self._action(
            edit,
            self.tr("De&lete driver"),
            lambda: self.delete_driver(self.roster.selected_driver()),
            QKeySequence.StandardKey.Delete,
        )
        self._action(edit, self.tr("New &trip…"), self.new_trip, "Ctrl+T", tools)
        self._action(
            edit, self.tr("New &planned route…"), self.planned.new_route, "Ctrl+Shift+T", tools
        )
        self._action(edit, self.tr("&Assign planned route…"), self.planned.assign, "Ctrl+Shift+A")
        self._action(
            edit,
            self.tr("&Find driver"),
            self.roster.search.setFocus,
            QKeySequence.StandardKey.Find,
        )
        tools.addSeparator()
        tools.addAction(undo)
        tools.addAction(redo)
        tools.addSeparator()

        view = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        self._action(
            view,
            self.tr("Go to the as-of date"),
            lambda: self.ctx.dayRequested.emit(self.ctx.as_of),
            "Ctrl+Home",
        )

        reports = bar.addMenu(self.tr("&Reports"))
        self._action(
            reports,
            self.tr("&Driver day report…"),
            lambda: self.driver_report(self.roster.selected_driver()),
            "Ctrl+P",
            tools,
        )
        self._action(reports, self.tr("&Fleet day sheet…"), self.day_sheet, "Ctrl+Shift+P", tools)

        rules = bar.addMenu(self.tr("R&ules"))
        self._action(rules, self.tr("Rules in &force…"), self.show_rules)
        self._action(rules, self.tr("&Settings…"), self.show_settings)

        tools.addSeparator()
        tools.addWidget(QLabel(self.tr(" As of: ")))
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        day = self.ctx.as_of
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))
        self.as_of_edit.dateChanged.connect(lambda d: self.ctx.set_as_of(d.toPython()))
        self.as_of_edit.setToolTip(self.tr("Every figure is computed as of this date"))
        tools.addWidget(self.as_of_edit)
        today = QAction(self.tr("Today"), self)
        today.triggered.connect(lambda: self.set_as_of(date.today()))
        tools.addAction(today)

    def set_as_of(self, day: date) -> None:
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))

    # ----- drivers and trips -------------------------------------------------------------

    def new_driver(self) -> None:
        dialogs.run_modal(DriverDialog(self.ctx, None, self))

    def edit_driver(self, driver_id: str | None) -> None:
        driver = self.ctx.store.driver(driver_id) if driver_id else None
        if driver is not None:
            dialogs.run_modal(DriverDialog(self.ctx, driver, self))

    def delete_driver(self, driver_id: str | None) -> None:
        days = self.ctx.days(driver_id) if driver_id else None
        if days is None:
            return
        question = self.tr(
            "Delete {0} ({1}) and their {2} trips? You can undo this with Ctrl+Z."
        ).format(days.driver.name, days.driver.id, len(days.trips))
        if dialogs.ask(self, self.tr("Delete driver"), question):
            self.ctx.delete_driver(driver_id)
            self.statusBar().showMessage(
                self.tr("Deleted {0}. Ctrl+Z brings them back.").format(days.driver.name), 8000
            )

    def new_trip(self) -> None:
        from dispatcher.ui.trip_editor import edit_trip

        edit_trip(self, self.ctx, driver_id=self.roster.selected_driver())

    def show_history(self, driver_id: str | None) -> None:
        from dispatcher.ui.history_view import HistoryDialog

        dialogs.run_modal(HistoryDialog(self.ctx, driver_id=driver_id, parent=self))

    def restore_backup(self) -> None:
        from dispatcher.ui.backups_dialog import RestoreBackupDialog

        dialogs.run_modal(RestoreBackupDialog(self.ctx, self))
        self._seen_version = self.ctx.store.data_version()

    # ----- reports -----------------------------------------------------------------------

    def driver_report(self, driver_id: str | None) -> None:
        if not driver_id:
            dialogs.inform(self, self.tr("Driver day report"), self.tr("Select a driver first."))
            return
        from dispatcher.ui.report_dialogs import show_driver_report

        show_driver_report(self, self.ctx, driver_id)

    def day_sheet(self) -> None:
        from dispatcher.ui.report_dialogs import show_day_sheet

        show_day_sheet(self, self.ctx)

    # ----- rules and settings ------------------------------------------------------------

    def show_rules(self) -> None:
        from dispatcher.ui.rules_view import RulesDialog

        dialogs.run_modal(RulesDialog(self.ctx, self))

    def show_settings(self) -> None:
        from dispatcher.ui.settings_dialog import SettingsDialog

        dialogs.run_modal(SettingsDialog(self.ctx, self))
        self._update_title()

    # ----- files -------------------------------------------------------------------------

    def choose_open_file(self, title: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(self.ctx.store.path.parent), pattern)
        return Path(path) if path else None

    def choose_save_file(self, title: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(self.ctx.store.path.parent), pattern)
        return Path(path) if path else None

    def choose_import_files(self) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import CSV: drivers.csv, permits.csv, trips.csv"),
            str(Path.home()), self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        return [Path(p) for p in paths]

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        return Path(path) if path else None

    def switch_to(self, path: Path) -> bool:
        try:
            workspace = Workspace(open_checked(path), rules_dir=self.ctx.workspace.rules_dir)
        except (*OPEN_ERRORS, sqlite3.Error) as exc:
            dialogs.inform(self, self.tr("Cannot open the database"), str(exc), error=True)
            return False
        self.ctx.replace_workspace(workspace)
        self._seen_version = self.ctx.store.data_version()
        QSettings().setValue("last_database", str(path))
        return True

    def new_database(self) -> None:
        path = self.choose_save_file(self.tr("New database"), self.tr("Databases (*.sqlite)"))
        if path is not None:
            if path.suffix != ".sqlite":
                path = path.with_suffix(".sqlite")
            self.switch_to(path)

    def open_database(self) -> None:
        path = self.choose_open_file(self.tr("Open database"), self.tr("Databases (*.sqlite)"))
        if path is not None:
            self.switch_to(path)

    def import_files(self) -> None:
        chosen = {p.stem.lower(): p for p in self.choose_import_files()}
        if not chosen:
            return
        unknown = sorted(set(chosen) - {"drivers", "permits", "trips"})
        if unknown:
            dialogs.inform(self, self.tr("Import refused"), self.tr(
                "Name the files drivers.csv, permits.csv and trips.csv; not known: {0}"
            ).format(", ".join(unknown)), error=True)  # fmt: skip
            return
        try:
            summary = import_csv(
                self.ctx.store, chosen.get("drivers"), chosen.get("permits"), chosen.get("trips")
            )
            self.ctx.store.checkpoint()  # the file alone holds the import from now on
        except (ImportProblems, CsvProblem) as exc:
            text = self.tr("Nothing was changed.") + "\n\n" + str(exc)
            dialogs.inform(self, self.tr("Import refused"), text, error=True)
            return
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, self.tr("Import refused"), exc, self.ctx.store.path)
            return
        self.ctx.undo_stack.clear()  # an import is undone from a backup, not step by step
        self.ctx.workspace.refresh(None)
        self.ctx.dataChanged.emit("")
        done = self.tr("Imported {0} drivers, {1} permits, {2} trips.")
        self.statusBar().showMessage(
            done.format(summary.drivers, summary.permits, summary.trips), 8000
        )

    def export_files(self) -> None:
        folder = self.choose_folder(self.tr("Export CSV into folder"))
        if folder is None:
            return
        try:
            export_csv(self.ctx.store, folder / "drivers.csv", folder / "permits.csv",
                       folder / "trips.csv")  # fmt: skip
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, self.tr("Export failed"), exc, folder)
            return
        self.statusBar().showMessage(self.tr("Exported to {0}").format(folder), 8000)

    def save_copy(self) -> None:
        """One file that holds everything, recent edits included, to carry or send."""
        path = self.choose_save_file(self.tr("Save a copy"), self.tr("Databases (*.sqlite)"))
        if path is None:
            return
        if path.suffix != ".sqlite":
            path = path.with_suffix(".sqlite")
        try:
            self.ctx.store.save_copy(path)
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, self.tr("Copy not saved"), exc, path)
            return
        self.statusBar().showMessage(self.tr("Saved a copy to {0}").format(path), 8000)

    def load_demo(self) -> None:
        from dispatcher.demo import load_demo

        try:
            load_demo(self.ctx.store)
        except (ImportProblems, StoreError) as exc:
            dialogs.inform(self, self.tr("Demo not loaded"), str(exc), error=True)
            return
        self.ctx.workspace.refresh(None)
        self.ctx.dataChanged.emit("")
        self._update_title()

    def notice_outside_changes(self) -> None:
        """Another window or the command line wrote to the file: show what it wrote."""
        try:
            version = self.ctx.store.data_version()
        except Exception:
            return
        if version != self._seen_version:
            self._seen_version = version
            self.ctx.workspace.refresh(None)
            self.ctx.dataChanged.emit("")
            self.statusBar().showMessage(
                self.tr("The database was changed elsewhere; refreshed."), 6000
            )
