"""The one object every view shares: the open carrier, the as-of date, undo, and signals.

Views never talk to each other; they ask the context and listen to it. Every edit goes
through a method here so that it lands in the store, on the undo stack, and in every view.
"""

from __future__ import annotations

import weakref
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from dispatcher.i18n import Context
from dispatcher.rules import Driver, DriverDays, Trip
from dispatcher.rules.levels import RuleLevel, rule_levels
from dispatcher.store import UNCHECKED, StaleRecord, StoreError
from dispatcher.store.changelog import trip_from_snapshot
from dispatcher.store.database import Unchecked
from dispatcher.ui import commands, dialogs, fleet_reading, guard
from dispatcher.ui import errors as ui_errors
from dispatcher.ui.fleet_reading import FleetReading
from dispatcher.workspace import Workspace

Editing = Context("Editing")

# Drivers: a fleet this large is read again as at the start (names at once, trips in slices
# between events) after a change made outside the window's own edits; read whole, 10,000
# drivers held the window still for seconds. A smaller fleet is read at once (a quarter of a
# second for 1,000), so what was changed shows without a moment of "…".
SLICED_FROM = 2_000


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
    # the fleet's trips were read, after views listed the drivers by name only
    fleetRead = Signal()
    # while the fleet is read in slices: the drivers one slice read (``read_yet`` has them)
    fleetSliceRead = Signal(list)

    def __init__(self, workspace: Workspace, as_of: date | None = None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self._as_of = as_of or date.today()
        self.undo_stack = QUndoStack(self)
        self._waiting = False  # views list names only until the fleet is first asked for
        self._names: list[Driver] | None = None
        self._reading: FleetReading | None = None  # the fleet read in slices, while waiting
        self.dataChanged.connect(self._forget_names)  # first: before any view reloads
        # each driver's trip ids, as long as the driver's days are the same object
        self._trip_ids: dict[str, tuple[weakref.ref[DriverDays], frozenset[str]]] = {}
        # each driver's levels on the as-of date, as long as their days are the same object
        self._levels: dict[str, tuple[weakref.ref[DriverDays], dict[str, RuleLevel]]] = {}
        self._threshold: int | None = None

    # ----- reading -----------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self._as_of

    def set_as_of(self, day: date) -> None:
        if day != self._as_of:
            self._as_of = day
            self._levels = {}
            self.asOfChanged.emit(day)

    @property
    def store(self):
        return self.workspace.store

    def fleet(self) -> dict[str, DriverDays]:
        """Every driver's days. Asked for while the slices are read, the rest is read at
        once: a dialog that needs the whole fleet waits for it."""
        if self._waiting and self._reading is not None:
            self._reading.stop()  # one read from the file as it is now: newer than any slice
            self._reading = None
        fleet = self.workspace.fleet()
        if self._waiting:
            self._waiting, self._names = False, None
            QTimer.singleShot(0, self, self.fleetRead.emit)  # views reload after, not in, a read
        return fleet

    def days(self, driver_id: str) -> DriverDays | None:
        """One driver's days; while the fleet waits, that driver alone is read if no slice
        has read them yet (selecting a driver does not wait for the fleet)."""
        if not self._waiting:
            return self.fleet().get(driver_id)
        reading = self._reader()
        found = reading.read_yet(driver_id)
        if found is None:
            found = self.workspace.driver_days(driver_id)
            reading.settle(driver_id, found)
        return found

    def read_yet(self, driver_id: str) -> DriverDays | None:
        """The driver's days if they are read, reading nothing (None: not yet, or gone)."""
        if not self._waiting:
            return self.fleet().get(driver_id)
        return None if self._reading is None else self._reading.read_yet(driver_id)

    def read_in_slices(self) -> None:
        """While the fleet waits: read it a slice of drivers at a time between events, then
        ``fleetRead``; ``fleetSliceRead`` after each slice. Starts once; asks nothing more
        once the fleet is read."""
        if self._waiting:
            self._reader().start()

    @property
    def reading(self) -> bool:
        """The slices are being read (started and not finished)."""
        return self._waiting and self._reading is not None and self._reading.running

    def _reader(self) -> FleetReading:
        if self._reading is None:
            reading = self._reading = FleetReading(self.workspace, self)
            reading.sliceRead.connect(self.fleetSliceRead)
            reading.finished.connect(lambda: self._read(reading))
            reading.failed.connect(self._read_failed)
        return self._reading

    def _read_failed(self, exc: BaseException) -> None:
        """The days stay unknown (shown so) and the user is told why."""
        ui_errors.report(None, fleet_reading.failure_title(), exc, self.store.path)

    def _read(self, reading: FleetReading) -> None:
        if reading is not self._reading or not self._waiting:
            return  # given up for a newer reading, or the fleet was read at once meanwhile
        self.workspace.adopt(reading.fleet())
        self._reading = None
        self._waiting, self._names = False, None
        self.fleetRead.emit()

    def levels(self, days: DriverDays) -> dict[str, RuleLevel]:
        """The driver's level under each rule on the as-of date, worked out once per
        driver's days: the warnings' count and the roster's sort by days left ask the same
        (the workspace makes new days whenever the driver changes)."""
        driver_id = days.driver.id
        known = self._levels.get(driver_id)
        if known is not None and known[0]() is days:
            return known[1]
        if self._threshold is None:
            self._threshold = self.approaching_days()
        found = rule_levels(days, self._as_of, self._threshold)
        self._levels[driver_id] = (weakref.ref(days), found)
        return found

    def levels_known(self, driver_id: str) -> dict[str, RuleLevel] | None:
        """The driver's levels if already worked out for their days as read, else None."""
        known = self._levels.get(driver_id)
        if known is None:
            return None
        days = known[0]()
        return known[1] if days is not None and days is self.read_yet(driver_id) else None

    def show_names_first(self) -> None:
        """The window's start: views list the drivers (read without their trips) and show
        that their days are being read, until the first call of ``fleet`` (after the first
        paint) reads everything; ``fleetRead`` then tells them to show it. A fleet of 10,000
        takes seconds to read; its names a few hundredths."""
        self._waiting = True

    @property
    def fleet_waiting(self) -> bool:
        """Only the names are read yet: no view may show a level or a day meanwhile."""
        return self._waiting

    def drivers(self) -> list[Driver]:
        """Every driver, in the fleet's order; read without trips while the fleet waits."""
        if not self._waiting:
            return [days.driver for days in self.fleet().values()]
        if self._names is None:
            self._names = self.store.drivers()
        return self._names

    def _forget_names(self, driver_id: str) -> None:
        if not driver_id:  # anything may have changed: the settings too
            self._names = None
            self._levels, self._threshold = {}, None
            if self._reading is not None:  # what the slices read may be stale: read again
                started = self._reading.started
                self._reading.stop()
                self._reading = None
                if started and self._waiting:
                    self._reader().start()

    def drivers_holding(self, trip_ids: set[str]) -> set[str]:
        """The drivers whose trips, as this window shows them, include one of ``trip_ids``.

        The guard asks this on every edit (a trip moved off a driver changes them too);
        walking every trip of a fleet of 10,000 was half an edit's time. A driver's ids are
        kept while their days are the very object they were read from: the workspace makes
        a new one whenever the driver changes, however it learnt of the change."""
        found: set[str] = set()
        if not trip_ids:
            return found
        held = self._trip_ids
        for driver_id, days in self.fleet().items():
            known = held.get(driver_id)
            if known is None or known[0]() is not days:
                known = (weakref.ref(days), frozenset(t.id for t in days.trips))
                held[driver_id] = known
            if not known[1].isdisjoint(trip_ids):
                found.add(driver_id)
        return found

    def approaching_days(self) -> int:
        return self.workspace.approaching_days()

    def replace_workspace(self, workspace: Workspace) -> None:
        old = self.workspace
        self.workspace = workspace
        self.undo_stack.clear()
        old.close()
        self.workspaceReplaced.emit()
        self.dataChanged.emit("")

    # ----- editing (all undoable, all through the guard) --------------------------------

    def changed(self, driver_ids: list[str], planned: bool = False) -> None:
        """Called by the undo commands after every store write, undo and redo included:
        only the drivers the edit touched are counted again."""
        for driver_id in driver_ids:
            self.workspace.refresh(driver_id)
            if self._waiting:  # the names, and the driver as the slices have them, change
                self._names = None
                self._reader().settle(driver_id, self.workspace.driver_days(driver_id))
            self.dataChanged.emit(driver_id)
        if planned:
            self.plannedChanged.emit()

    def save_driver(
        self,
        driver: Driver,
        based_on: Driver | Unchecked | None = UNCHECKED,
        parent: QWidget | None = None,
    ) -> bool:
        """``based_on``: the driver as the editor read them (None: a new one). Permits that
        exempt less can put the driver over a limit: the guard asks first."""
        before = self.store.driver(driver.id) if based_on is UNCHECKED else based_on
        approval = guard.confirm(parent, self, drivers=[driver]) if before else guard.Approval()
        if approval is None:
            return False
        self.store.save_driver(driver, based_on=before, reason=approval.reason)
        self.undo_stack.push(commands.SaveDriver(self, before, driver))
        return True

    def delete_driver(self, driver_id: str, parent: QWidget | None = None) -> bool:
        """Delete the driver as this window shows them; changed elsewhere: offer a reload."""
        shown = self.days(driver_id)
        try:
            record = self.store.delete_driver(
                driver_id, based_on=shown.driver if shown else UNCHECKED
            )
        except StaleRecord as exc:
            self.offer_reload(parent, str(exc))
            return False
        self.undo_stack.push(commands.DeleteDriver(self, record))
        return True

    def save_trip(
        self,
        trip: Trip,
        based_on: Trip | Unchecked | None = UNCHECKED,
        parent: QWidget | None = None,
    ) -> bool:
        """Save after the guard's question, if the change goes over a limit; False: the user
        said no and nothing changed. ``based_on``: the trip as it was read (None: new)."""
        before = self.store.trip(trip.id) if based_on is UNCHECKED else based_on
        checked = self.store.checked_token()
        problems = self.store.trip_problems(trip)  # never a question about an impossible trip
        if problems:
            raise StoreError("; ".join(problems))
        approval = guard.confirm(parent, self, [trip])
        if approval is None:
            return False
        self.store.save_trip(trip, based_on=before, reason=approval.reason, checked_at=checked)
        self.undo_stack.push(commands.SaveTrip(self, before, trip))
        return True

    def delete_trip(self, trip_id: str, parent: QWidget | None = None) -> bool:
        approval = guard.confirm(parent, self, deletes=[trip_id])
        if approval is None:
            return False
        holders = [self.fleet()[d] for d in sorted(self.drivers_holding({trip_id}))]
        shown = next((t for d in holders for t in d.trips if t.id == trip_id), None)
        try:
            trip = self.store.delete_trip(
                trip_id, based_on=shown or UNCHECKED, reason=approval.reason
            )
        except StaleRecord as exc:
            self.offer_reload(parent, str(exc))
            return False
        self.undo_stack.push(commands.DeleteTrip(self, trip))
        return True

    def undo(self, parent: QWidget | None = None) -> bool:
        return self._step(parent, undo=True)

    def redo(self, parent: QWidget | None = None) -> bool:
        return self._step(parent, undo=False)

    def _step(self, parent: QWidget | None, undo: bool) -> bool:
        """Undo or redo one step: ask the guard, write with the version the step expects,
        then move the stack. Newer data written elsewhere is never overwritten."""
        stack = self.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return False
        command = stack.command(stack.index() - 1 if undo else stack.index())
        if not isinstance(command, commands._Applied):
            return False
        saves, deletes = command.undo_change() if undo else command.redo_change()
        driver = command.undo_driver() if undo else command.redo_driver()
        title = Editing.tr("Undo") if undo else Editing.tr("Redo")
        drivers = [driver] if driver is not None and self.days(driver.id) else []
        approval = guard.confirm(parent, self, saves, deletes, title=title, drivers=drivers)
        if approval is None:
            return False
        try:
            if undo:
                command.revert(approval.reason)
            else:
                command.apply(approval.reason)
        except StaleRecord as exc:
            self.offer_reload(parent, str(exc))
            return False
        except StoreError as exc:
            dialogs.inform(parent, title, str(exc), error=True)
            return False
        command.written()
        if undo:
            stack.undo()
        else:
            stack.redo()
        return True

    def revert(self, operation: int, parent: QWidget | None = None) -> bool:
        """Undo one logged operation (History), after the guard's question."""
        saves, deletes = [], []
        for change in self.store.operation_changes(operation):
            if change.entity != "trip":
                continue
            if change.old is None:
                deletes.append(change.entity_id)
            else:
                saves.append(trip_from_snapshot(change.old))
        approval = guard.confirm(parent, self, saves, deletes)
        if approval is None:
            return False
        self.store.revert(operation, reason=approval.reason)
        self.undo_stack.clear()  # the in-session undo steps no longer match the file
        self.reload()
        return True

    def reload(self) -> None:
        """Read everything again, planned routes too: the file was changed outside this
        window's edits."""
        self.reread()
        self.plannedChanged.emit()

    def reread(self) -> None:
        """Every driver read again (another program wrote, an import, a restored setting)."""
        self.workspace.refresh(None)
        if self.store.driver_count() >= SLICED_FROM:
            self._waiting = True
        self.dataChanged.emit("")
        self.read_in_slices()  # nothing to do unless the fleet waits

    def offer_reload(self, parent: QWidget | None, message: str) -> None:
        """A write was refused because the record changed elsewhere: show it as it is now."""
        question = (
            message
            + "\n\n"
            + Editing.tr(
                "Reload the data as it is now? The undo steps are cleared, since they no longer "
                "match the file."
            )
        )
        if dialogs.ask(parent, Editing.tr("Changed elsewhere"), question, default_yes=True):
            self.undo_stack.clear()
            self.reload()
