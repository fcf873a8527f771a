"""The one object every view shares: the open carrier, the as-of date, undo, and signals.

Views never talk to each other; they ask the context and listen to it. Every edit goes
through a method here so that it lands in the store, on the undo stack, and in every view.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from dispatcher.rules import Driver, DriverDays, Trip
from dispatcher.store import StoreError
from dispatcher.ui import commands
from dispatcher.workspace import SETTING_APPROACHING, Workspace

DEFAULT_APPROACHING_DAYS = 10


class AppContext(QObject):
    #: a driver's days changed ("" means anything may have changed: reload everything)
    dataChanged = Signal(str)
    #: the date everything is computed against
    asOfChanged = Signal(object)
    #: a view wants a driver shown (roster selection, timeline row)
    driverSelected = Signal(str)
    #: a view wants a day shown (timeline and month view scroll to it)
    dayRequested = Signal(object)
    #: a planned route (a trip without a driver) was added, edited, assigned or deleted
    plannedChanged = Signal()
    #: a different database file was opened
    workspaceReplaced = Signal()

    def __init__(self, workspace: Workspace, as_of: date | None = None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self._as_of = as_of or date.today()
        self.undo_stack = QUndoStack(self)

    # ----- reading -----------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self._as_of

    def set_as_of(self, day: date) -> None:
        if day != self._as_of:
            self._as_of = day
            self.asOfChanged.emit(day)

    @property
    def store(self):
        return self.workspace.store

    def fleet(self) -> dict[str, DriverDays]:
        return self.workspace.fleet()

    def days(self, driver_id: str) -> DriverDays | None:
        return self.workspace.fleet().get(driver_id)

    def approaching_days(self) -> int:
        return int(self.store.setting(SETTING_APPROACHING, DEFAULT_APPROACHING_DAYS))

    def replace_workspace(self, workspace: Workspace) -> None:
        old = self.workspace
        self.workspace = workspace
        self.undo_stack.clear()
        old.close()
        self.workspaceReplaced.emit()
        self.dataChanged.emit("")

    # ----- editing (all undoable) --------------------------------------------------------

    def changed(self, driver_ids: list[str], planned: bool = False) -> None:
        """Called by the undo commands after every store write, undo and redo included:
        only the drivers the edit touched are counted again."""
        for driver_id in driver_ids:
            self.workspace.refresh(driver_id)
            self.dataChanged.emit(driver_id)
        if planned:
            self.plannedChanged.emit()

    def save_driver(self, driver: Driver) -> None:
        before = self.store.driver(driver.id)
        self.store.save_driver(driver)  # validates and raises StoreError before anything else
        self.undo_stack.push(commands.SaveDriver(self, before, driver))

    def delete_driver(self, driver_id: str) -> None:
        record = self.store.delete_driver(driver_id)
        self.undo_stack.push(commands.DeleteDriver(self, record))

    def save_trip(self, trip: Trip) -> None:
        before = self.store.trip(trip.id)
        problems = self.store.trip_problems(trip)
        if problems:
            raise StoreError("; ".join(problems))
        self.store.save_trip(trip)
        self.undo_stack.push(commands.SaveTrip(self, before, trip))

    def delete_trip(self, trip_id: str) -> None:
        trip = self.store.delete_trip(trip_id)
        self.undo_stack.push(commands.DeleteTrip(self, trip))
