"""The window a dispatcher lives in: roster, calendar, warnings, planned routes, status card."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from dispatcher.i18n import Context, fill
from dispatcher.rules.levels import Level
from dispatcher.store import StoreError
from dispatcher.ui import dialogs
from dispatcher.ui.context import AppContext
from dispatcher.ui.driver_dialog import DriverDialog
from dispatcher.ui.file_actions import OPEN_ERRORS, FileActions
from dispatcher.ui.language import date_format
from dispatcher.ui.month_view import MonthView
from dispatcher.ui.planned_routes import PlannedRoutesPanel
from dispatcher.ui.roster import RosterPanel
from dispatcher.ui.status_card import StatusCard
from dispatcher.ui.timeline import TimelineView
from dispatcher.ui.warnings_panel import WarningsPanel

MainWindowText = Context("MainWindowText")

MenuText = Context("MenuText")
POLL_MS = 2000
# a window not painted at once (started minimised) counts its warnings all the same
COUNT_AT_THE_LATEST_MS = 500
__all__ = ["OPEN_ERRORS", "MainWindow"]


class MainWindow(FileActions, QMainWindow):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, count_warnings_later: bool = False
    ):
        """``count_warnings_later``: show first, count the fleet's warnings after (the
        status bar and the warnings panel say so meanwhile); the start of the program."""
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.roster = RosterPanel(ctx)
        self.timeline = TimelineView(ctx)
        self.month = MonthView(ctx)
        self.warnings = WarningsPanel(ctx, later=count_warnings_later)
        self.planned = PlannedRoutesPanel(ctx)
        self.status_card = StatusCard(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, MainWindowText.tr("Timeline"))
        self.tabs.addTab(self.month, MainWindowText.tr("Month"))
        self.setCentralWidget(self.tabs)
        self.docks = {
            "roster": self._dock("roster", MainWindowText.tr("Drivers"), self.roster,
                                 Qt.DockWidgetArea.LeftDockWidgetArea),
            "status": self._dock("status", MainWindowText.tr("Status card"), self.status_card,
                                 Qt.DockWidgetArea.LeftDockWidgetArea),
            "warnings": self._dock("warnings", MainWindowText.tr("Warnings"), self.warnings,
                                   Qt.DockWidgetArea.BottomDockWidgetArea),
            "planned": self._dock("planned", MainWindowText.tr("Planned routes"), self.planned,
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
        self.strict = QLabel(MainWindowText.tr("Strict rules"))
        self.strict.setToolTip(
            MainWindowText.tr("Exemptions that are not law are ignored (Settings)")
        )
        self.strict.setStyleSheet("color: #b26a00; font-weight: bold")
        self.statusBar().addPermanentWidget(self.strict)
        self.statusBar().addPermanentWidget(self.summary)
        ctx.dataChanged.connect(lambda _d: self._update_summary())
        ctx.dataChanged.connect(lambda d: None if d else self._update_title())  # settings
        ctx.asOfChanged.connect(lambda _d: self._update_summary())
        ctx.workspaceReplaced.connect(self._update_title)
        self.warnings.model.counted.connect(self._update_summary)
        self._update_summary()
        self._update_title()
        self._seen_version = ctx.store.data_version()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.notice_outside_changes)
        self.poll.start()
        self.resize(1400, 860)
        self._restore_layout()
        if count_warnings_later:  # after the first paint; at the latest in a moment
            self._count_after_paint = True
            QTimer.singleShot(COUNT_AT_THE_LATEST_MS, self.warnings.model.start_counting)

    def abandon(self) -> None:
        """Never to be shown (its file failed the page check): nothing it had planned to do
        later reads the file, which is closed next."""
        self.poll.stop()
        self.warnings.model.stop()
        self.deleteLater()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if getattr(self, "_count_after_paint", False):
            self._count_after_paint = False
            QTimer.singleShot(0, self.warnings.model.start_counting)

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
        """Drivers, not findings: a driver with three findings is one person to call."""
        self.strict.setVisible(self.ctx.workspace.book.settings.strict)
        if self.warnings.model.counting:
            drivers = len(self.ctx.drivers())  # the names only, while the trips are read
            text = MainWindowText.tr("%1 drivers: counting the warnings…")
            self.summary.setText(fill(text, drivers))
            return
        counts = self.warnings.model.drivers_by_level()
        self.summary.setText(
            fill(
                MainWindowText.tr(
                    "%1 drivers: %2 over · %3 would go over · %4 at the limit · %5 approaching"
                ),
                len(self.ctx.fleet()),
                counts.get((Level.OVER, False), 0),
                counts.get((Level.OVER, True), 0),
                counts.get((Level.AT_LIMIT, False), 0),
                counts.get((Level.APPROACHING, False), 0),
            )
        )
        self.strict.setVisible(self.ctx.workspace.book.settings.strict)

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
        tools = self.addToolBar(MainWindowText.tr("Main"))
        tools.setObjectName("toolbar-main")
        file = bar.addMenu(MainWindowText.tr("&File"))
        self._action(file, MainWindowText.tr("&New database…"), self.new_database)
        self._action(
            file,
            MainWindowText.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
        )
        file.addSeparator()
        self._action(file, MainWindowText.tr("&Import…"), self.import_files, "Ctrl+I")
        self._action(file, MainWindowText.tr("&Export CSV…"), self.export_files, "Ctrl+E")
        self._action(file, MenuText.tr("Export to E&xcel…"), self.export_excel)
        self._action(file, MenuText.tr("Save import &template…"), self.save_template)
        self._action(file, MainWindowText.tr("Load &demo carrier"), self.load_demo)
        self._action(file, MainWindowText.tr("Save a &copy…"), self.save_copy)
        self._action(file, MainWindowText.tr("&Restore backup…"), self.restore_backup)
        file.addSeparator()
        self._action(file, MainWindowText.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(MainWindowText.tr("&Edit"))
        stack = self.ctx.undo_stack
        undo = self._action(edit, MainWindowText.tr("&Undo"), lambda: self.ctx.undo(self),
                            QKeySequence.StandardKey.Undo)  # fmt: skip
        redo = self._action(edit, MainWindowText.tr("&Redo"), lambda: self.ctx.redo(self))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(undo.setToolTip)
        stack.redoTextChanged.connect(redo.setToolTip)
        edit.addSeparator()
        self._action(edit, MainWindowText.tr("New &driver…"), self.new_driver, "Ctrl+N", tools)
        self._action(
            edit,
            MainWindowText.tr("&Edit driver…"),
            lambda: self.edit_driver(self.roster.selected_driver()),
            "Ctrl+Return",
        )
        self._action(
            edit,
            MainWindowText.tr("De&lete driver"),
            lambda: self.delete_driver(self.roster.selected_driver()),
            QKeySequence.StandardKey.Delete,
        )
        self._action(edit, MainWindowText.tr("New &trip…"), self.new_trip, "Ctrl+T", tools)
        self._action(
            edit,
            MainWindowText.tr("New &planned route…"),
            self.planned.new_route,
            "Ctrl+Shift+T",
            tools,
        )
        self._action(
            edit, MainWindowText.tr("&Assign planned route…"), self.planned.assign, "Ctrl+Shift+A"
        )
        self._action(
            edit,
            MainWindowText.tr("&History of the driver…"),
            lambda: self.show_history(self.roster.selected_driver()),
            "Ctrl+H",
        )
        self._action(
            edit,
            MainWindowText.tr("&Find driver"),
            self.roster.search.setFocus,
            QKeySequence.StandardKey.Find,
        )
        tools.addSeparator()
        tools.addAction(undo)
        tools.addAction(redo)
        tools.addSeparator()

        view = bar.addMenu(MainWindowText.tr("&View"))
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        self._action(view, MainWindowText.tr("Next pane"), self.next_pane, "F6")
        self._action(
            view, MainWindowText.tr("&Warnings"), lambda: self.focus_pane("warnings"), "Alt+1"
        )
        self._action(
            view, MainWindowText.tr("&Planned routes"), lambda: self.focus_pane("planned"), "Alt+2"
        )
        self._action(
            view,
            MainWindowText.tr("Go to the as-of date"),
            lambda: self.ctx.dayRequested.emit(self.ctx.as_of),
            "Ctrl+Home",
        )

        reports = bar.addMenu(MainWindowText.tr("&Reports"))
        self._action(
            reports,
            MainWindowText.tr("&Driver day report…"),
            lambda: self.driver_report(self.roster.selected_driver()),
            "Ctrl+P",
            tools,
        )
        self._action(
            reports, MainWindowText.tr("&Fleet day sheet…"), self.day_sheet, "Ctrl+Shift+P", tools
        )

        planning = bar.addMenu(MenuText.tr("P&lanning"))
        self._action(planning, MenuText.tr("&Assign routes…"), self.plan_routes, "Ctrl+Shift+L")

        rules = bar.addMenu(MainWindowText.tr("R&ules"))
        self._action(rules, MainWindowText.tr("Rules in &force…"), self.show_rules)
        self._action(rules, MainWindowText.tr("&Settings…"), self.show_settings)

        tools.addSeparator()
        tools.addWidget(QLabel(MainWindowText.tr(" As of: ")))
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat(date_format())
        day = self.ctx.as_of
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))
        self.as_of_edit.dateChanged.connect(lambda d: self.ctx.set_as_of(d.toPython()))
        self.as_of_edit.setToolTip(MainWindowText.tr("Every figure is computed as of this date"))
        tools.addWidget(self.as_of_edit)
        today = QAction(MainWindowText.tr("Today"), self)
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
        if days is None or driver_id is None:
            return
        question = fill(
            MainWindowText.tr(
                "Delete %1 (%2) and their %n trip(s)? You can undo this with Ctrl+Z.",
                "",
                len(days.trips),
            ),
            days.driver.name,
            days.driver.id,
        )
        if dialogs.ask(self, MainWindowText.tr("Delete driver"), question):
            if not self.ctx.delete_driver(driver_id, parent=self):
                return
            self.statusBar().showMessage(
                fill(MainWindowText.tr("Deleted %1. Ctrl+Z brings them back."), days.driver.name),
                8000,
            )

    def new_trip(self) -> None:
        from dispatcher.ui.trip_editor import edit_trip

        edit_trip(self, self.ctx, driver_id=self.roster.selected_driver())

    def panes(self) -> list[QWidget]:
        return [self.roster.table, self.tabs.currentWidget(), self.warnings.table,
                self.planned.list, self.status_card.table]  # fmt: skip

    def next_pane(self) -> None:
        """F6: roster, calendar, warnings, planned routes, status card, round again."""
        panes = self.panes()
        focused = self.focusWidget()
        current = next((i for i, p in enumerate(panes) if p is focused or p.isAncestorOf(
            focused)), -1) if focused else -1  # fmt: skip
        self._focus(panes[(current + 1) % len(panes)])

    def focus_pane(self, name: str) -> None:
        widget = {"warnings": self.warnings.table, "planned": self.planned.list}[name]
        self._focus(widget)

    def _focus(self, widget: QWidget) -> None:
        for dock in self.docks.values():
            if dock.isAncestorOf(widget):
                dock.show()
                dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(widget, QAbstractItemView):  # land on a row, not on nothing
            model = widget.model()
            if model is not None and model.rowCount() and not widget.currentIndex().isValid():
                widget.setCurrentIndex(model.index(0, 0))

    def show_history(self, driver_id: str | None) -> None:
        if not driver_id:
            dialogs.inform(
                self, MainWindowText.tr("History"), MainWindowText.tr("Select a driver first.")
            )
            return
        from dispatcher.ui.history_view import HistoryDialog

        dialogs.run_modal(HistoryDialog(self.ctx, driver_id=driver_id, parent=self))

    def restore_backup(self) -> None:
        from dispatcher.ui.backups_dialog import RestoreBackupDialog

        dialogs.run_modal(RestoreBackupDialog(self.ctx, self))
        self._seen_version = self.ctx.store.data_version()

    # ----- reports -----------------------------------------------------------------------

    def driver_report(self, driver_id: str | None) -> None:
        if not driver_id:
            dialogs.inform(
                self,
                MainWindowText.tr("Driver day report"),
                MainWindowText.tr("Select a driver first."),
            )
            return
        from dispatcher.ui.report_dialogs import show_driver_report

        show_driver_report(self, self.ctx, driver_id)

    def day_sheet(self) -> None:
        from dispatcher.ui.report_dialogs import show_day_sheet

        show_day_sheet(self, self.ctx)

    # ----- planning ----------------------------------------------------------------------

    def plan_routes(self) -> None:
        from dispatcher.ui.planning_dialog import PlanningDialog

        dialogs.run_modal(PlanningDialog(self.ctx, self))

    # ----- rules and settings ------------------------------------------------------------

    def show_rules(self) -> None:
        from dispatcher.ui.rules_view import RulesDialog

        dialogs.run_modal(RulesDialog(self.ctx, self))

    def show_settings(self) -> None:
        from dispatcher.ui.settings_dialog import SettingsDialog

        dialogs.run_modal(SettingsDialog(self.ctx, self))
        self._update_title()
