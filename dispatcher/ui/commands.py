"""Undoable edits. Each command has already been applied once when it is pushed.

QUndoStack calls ``redo()`` on push; the first call is skipped because the context wrote the
change itself (so a refused write raises to the caller instead of vanishing inside Qt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from dispatcher.rules import Driver, Trip
from dispatcher.store import DriverRecord

if TYPE_CHECKING:
    from dispatcher.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class _Applied(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, *trips_or_driver: Trip | str | None):
        super().__init__(text)
        self.ctx = ctx
        # the drivers whose days the edit changes, and whether a planned route changed
        self.drivers = sorted(
            {t if isinstance(t, str) else t.driver_id for t in trips_or_driver if t} - {None}
        )
        self.planned = any(isinstance(t, Trip) and t.driver_id is None for t in trips_or_driver)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.apply()
        self.ctx.changed(self.drivers, self.planned)

    def undo(self) -> None:
        self.revert()
        self.ctx.changed(self.drivers, self.planned)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class SaveDriver(_Applied):
    def __init__(self, ctx: AppContext, before: Driver | None, after: Driver):
        text = tr("Add driver {0}") if before is None else tr("Edit driver {0}")
        super().__init__(ctx, text.format(after.name), after.id)
        self.before, self.after = before, after

    def apply(self) -> None:
        self.ctx.store.save_driver(self.after)

    def revert(self) -> None:
        if self.before is None:
            self.ctx.store.delete_driver(self.after.id)
        else:
            self.ctx.store.save_driver(self.before)


class DeleteDriver(_Applied):
    def __init__(self, ctx: AppContext, record: DriverRecord):
        super().__init__(ctx, tr("Delete driver {0}").format(record.driver.name), record.driver.id)
        self.record = record

    def apply(self) -> None:
        self.ctx.store.delete_driver(self.record.driver.id)

    def revert(self) -> None:
        self.ctx.store.restore_driver(self.record)


class SaveTrip(_Applied):
    def __init__(self, ctx: AppContext, before: Trip | None, after: Trip):
        text = tr("Add trip {0}") if before is None else tr("Edit trip {0}")
        super().__init__(ctx, text.format(after.id), before, after)
        self.before, self.after = before, after

    def apply(self) -> None:
        self.ctx.store.save_trip(self.after)

    def revert(self) -> None:
        if self.before is None:
            self.ctx.store.delete_trip(self.after.id)
        else:
            self.ctx.store.save_trip(self.before)


class DeleteTrip(_Applied):
    def __init__(self, ctx: AppContext, trip: Trip):
        super().__init__(ctx, tr("Delete trip {0}").format(trip.id), trip)
        self.trip = trip

    def apply(self) -> None:
        self.ctx.store.delete_trip(self.trip.id)

    def revert(self) -> None:
        self.ctx.store.save_trip(self.trip)
