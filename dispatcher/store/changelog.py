"""The change log as the store offers it: read it, and undo one logged operation.

Apart from the plain reads and writes so that the rule "a late undo never overwrites newer
work" sits next to the log it reads.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from dispatcher.rules.model import Driver, Leg, Permit, Trip
from dispatcher.store import history
from dispatcher.store.history import Change
from dispatcher.store.validate import StaleRecord, StoreError

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from sqlite_utils import Database


class ChangeLog:
    """The history part of ``Store``; it needs the store's connection and writes."""

    if TYPE_CHECKING:

        @property
        def db(self) -> Database: ...

    if TYPE_CHECKING:

        def transaction(self) -> AbstractContextManager[Database]: ...

        def _because(self, reason: str | None) -> AbstractContextManager[None]: ...

        def operation(self) -> int: ...

        def _logged(self, entity: str, entity_id: str, write: Callable[[], object]) -> None: ...

        def _write_setting(self, key: str, value: Any) -> None: ...

        def _delete_setting(self, key: str) -> None: ...

        def _put_driver(self, driver: Driver) -> None: ...

        def _put_trip(self, trip: Trip) -> None: ...

        def _remove_driver(self, driver_id: str) -> None: ...

        def _remove_trip(self, trip_id: str) -> None: ...

    def history(
        self, driver_id: str | None = None, trip_id: str | None = None, limit: int | None = 500
    ) -> list[Change]:
        return history.changes(self.db, driver_id=driver_id, trip_id=trip_id, limit=limit)

    def operation_changes(self, operation: int) -> list[Change]:
        """The changes of one logged operation, newest first."""
        return history.changes(self.db, operation=operation)

    def revert(self, operation: int, reason: str | None = None) -> int:
        """Put back the values one logged operation replaced; logged as a new operation.

        Refused when anything it touched has changed since, so a late undo never overwrites
        newer work.
        """
        with self.transaction(), self._because(reason):
            done = history.changes(self.db, operation=operation)
            if not done:
                raise StoreError(f"there is no change number {operation}")
            for change in done:
                now = history.SNAPSHOTS[change.entity](self.db, change.entity_id)
                if now != change.new:
                    raise StaleRecord(
                        f"cannot undo change {operation}: {change.entity} {change.entity_id} "
                        "was changed again since"
                    )
            for change in done:  # newest first: trips go before their driver, and come back after
                self._put_snapshot(change.entity, change.entity_id, change.old)
            return self.operation()

    def _put_snapshot(self, entity: str, entity_id: str, snap: Any) -> None:
        if entity == "setting":
            if snap is None:
                self._delete_setting(entity_id)
            else:
                self._write_setting(entity_id, snap)
        elif entity == "driver":
            if snap is None:
                self._remove_driver(entity_id)
            else:
                self._put_driver(driver_from_snapshot(snap))
        elif snap is None:
            self._remove_trip(entity_id)
        else:
            self._put_trip(trip_from_snapshot(snap))


def driver_from_snapshot(snap: dict[str, Any]) -> Driver:
    permits = tuple(
        Permit(c, k, date.fromisoformat(f), date.fromisoformat(t)) for c, k, f, t in snap["permits"]
    )
    return Driver(snap["id"], snap["name"], snap["citizenship"], snap["category"], permits)


def trip_from_snapshot(snap: dict[str, Any]) -> Trip:
    legs = tuple(Leg(c, date.fromisoformat(a), date.fromisoformat(b)) for c, a, b in snap["legs"])
    return Trip(snap["id"], snap["driver_id"], legs, snap["note"])
