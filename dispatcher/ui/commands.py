"""Undoable edits. Each command has already been applied once when it is pushed.

QUndoStack calls ``redo()`` on push; the first call is skipped because the context wrote the
change itself (so a refused write raises to the caller instead of vanishing inside Qt). Undo
and redo from the window go through ``AppContext.undo``/``redo`` too: they ask the guard,
write with the version the command last wrote (so newer data elsewhere is never
overwritten), and only then move the stack, which then skips its own write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from dispatcher.i18n import Context
from dispatcher.rules import Driver, Trip
from dispatcher.store import DriverRecord

if TYPE_CHECKING:
    from dispatcher.ui.context import AppContext

Commands = Context("Commands")
Change = tuple[list[Trip], list[str]]  # trips saved, trip ids deleted


class _Applied(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, *trips_or_driver: Trip | str | None):
        super().__init__(text)
        self.ctx = ctx
        # the drivers whose days the edit changes, and whether a planned route changed
        ids = {t if isinstance(t, str) else t.driver_id for t in trips_or_driver if t}
        self.drivers = sorted(d for d in ids if d is not None)
        self.planned = any(isinstance(t, Trip) and t.driver_id is None for t in trips_or_driver)
        self._skip = True  # the first redo (on push) was written by the context

    def redo(self) -> None:
        if self._skip:
            self._skip = False
        else:
            self.apply()
        self.ctx.changed(self.drivers, self.planned)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
        else:
            self.revert()
        self.ctx.changed(self.drivers, self.planned)

    def written(self) -> None:
        """The context wrote the next undo or redo itself; the stack only moves."""
        self._skip = True

    def apply(self, reason: str | None = None) -> None:
        raise NotImplementedError

    def revert(self, reason: str | None = None) -> None:
        raise NotImplementedError

    def undo_change(self) -> Change:
        return [], []

    def redo_change(self) -> Change:
        return [], []

    def undo_driver(self) -> Driver | None:
        """The driver as an undo would put them back (their permits count too)."""
        return None

    def redo_driver(self) -> Driver | None:
        return None


class SaveDriver(_Applied):
    def __init__(self, ctx: AppContext, before: Driver | None, after: Driver):
        text = Commands.tr("Add driver %1") if before is None else Commands.tr("Edit driver %1")
        super().__init__(ctx, text.replace("%1", after.name), after.id)
        self.before, self.after = before, after

    def apply(self, reason: str | None = None) -> None:
        self.ctx.store.save_driver(self.after, based_on=self.before, reason=reason)

    def revert(self, reason: str | None = None) -> None:
        if self.before is None:
            self.ctx.store.delete_driver(self.after.id, based_on=self.after, reason=reason)
        else:
            self.ctx.store.save_driver(self.before, based_on=self.after, reason=reason)

    def undo_driver(self) -> Driver | None:
        return self.before

    def redo_driver(self) -> Driver | None:
        return self.after


class DeleteDriver(_Applied):
    def __init__(self, ctx: AppContext, record: DriverRecord):
        text = Commands.tr("Delete driver %1").replace("%1", record.driver.name)
        super().__init__(ctx, text, record.driver.id)
        self.record = record

    def apply(self, reason: str | None = None) -> None:
        self.ctx.store.delete_driver(
            self.record.driver.id, based_on=self.record.driver, reason=reason
        )

    def revert(self, reason: str | None = None) -> None:
        self.ctx.store.restore_driver(self.record, reason=reason)

    def undo_change(self) -> Change:
        return list(self.record.trips), []


class SaveTrip(_Applied):
    def __init__(self, ctx: AppContext, before: Trip | None, after: Trip):
        text = Commands.tr("Add trip %1") if before is None else Commands.tr("Edit trip %1")
        super().__init__(ctx, text.replace("%1", after.id), before, after)
        self.before, self.after = before, after

    def apply(self, reason: str | None = None) -> None:
        self.ctx.store.save_trip(self.after, based_on=self.before, reason=reason)

    def revert(self, reason: str | None = None) -> None:
        if self.before is None:
            self.ctx.store.delete_trip(self.after.id, based_on=self.after, reason=reason)
        else:
            self.ctx.store.save_trip(self.before, based_on=self.after, reason=reason)

    def undo_change(self) -> Change:
        return ([], [self.after.id]) if self.before is None else ([self.before], [])

    def redo_change(self) -> Change:
        return [self.after], []


class DeleteTrip(_Applied):
    def __init__(self, ctx: AppContext, trip: Trip):
        super().__init__(ctx, Commands.tr("Delete trip %1").replace("%1", trip.id), trip)
        self.trip = trip

    def apply(self, reason: str | None = None) -> None:
        self.ctx.store.delete_trip(self.trip.id, based_on=self.trip, reason=reason)

    def revert(self, reason: str | None = None) -> None:
        self.ctx.store.save_trip(self.trip, based_on=None, reason=reason)

    def undo_change(self) -> Change:
        return [self.trip], []

    def redo_change(self) -> Change:
        return [], [self.trip.id]


class AssignRoutes(_Applied):
    """Several planned routes given to drivers at once (Planning → Assign routes…): one
    step, written in one transaction, so undo takes back all of them or, when any of them
    changed since, none."""

    def __init__(self, ctx: AppContext, pairs: list[tuple[Trip, Trip]]):
        text = Commands.tr("Assign %n route(s)", "", len(pairs))
        super().__init__(ctx, text, *(t for pair in pairs for t in pair))
        self.pairs = pairs  # (the route as read, the route with its driver)

    def apply(self, reason: str | None = None) -> None:
        with self.ctx.store.transaction():
            for before, after in self.pairs:
                self.ctx.store.save_trip(after, based_on=before, reason=reason)

    def revert(self, reason: str | None = None) -> None:
        with self.ctx.store.transaction():
            for before, after in self.pairs:
                self.ctx.store.save_trip(before, based_on=after, reason=reason)

    def undo_change(self) -> Change:
        return [before for before, _after in self.pairs], []

    def redo_change(self) -> Change:
        return [after for _before, after in self.pairs], []
