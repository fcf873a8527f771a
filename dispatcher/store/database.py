"""The one SQLite file of a carrier: reads shaped for the engine, validated writes.

Every write runs in one ``BEGIN IMMEDIATE`` transaction, so another process on the same
file waits for it (up to the busy timeout) instead of reading half of it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from sqlite_utils import Database

from dispatcher.rules.model import Driver, Leg, Permit, Trip
from dispatcher.rules.trip_check import TripProblem, check_trip
from dispatcher.store import backup, history, schema, validate
from dispatcher.store.changelog import ChangeLog
from dispatcher.store.settings import Settings
from dispatcher.store.validate import StaleRecord, StoreError

BUSY_TIMEOUT_S = 10.0
BUSY_MESSAGE = (
    "the database is busy in another window or program; nothing was changed, try again ({0})"
)


@dataclass(frozen=True)
class DriverRecord:
    """A driver with every trip, as taken out by a delete and put back by its undo."""

    driver: Driver
    trips: tuple[Trip, ...]


class Unchecked(Enum):
    """A write that states no version it was based on (the command line, an import)."""

    ANY = "any"


UNCHECKED = Unchecked.ANY


class Store(ChangeLog, Settings):
    """Reads and writes of one file; the change log and the settings have their own parts."""

    def __init__(self, path: Path | str, *, create: bool = True, timeout: float = BUSY_TIMEOUT_S):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such database file")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._operation: int | None = None
        self._reason: str | None = None
        self._commits = 0  # this connection's own commits (data_version counts the others')
        try:
            conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            self.db = Database(conn)
            schema.refuse_newer(schema.version(self.db))  # before anything touches the file
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            schema.migrate(self.db, self._before_upgrade)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(BUSY_MESSAGE.format(exc)) from None
            raise StoreError(
                f"{self.path}: cannot be opened as a dispatcher database ({exc})"
            ) from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot be opened as a dispatcher database ({exc})"
            ) from None

    def _before_upgrade(self, old_version: int) -> None:
        """An older file is copied aside before it is upgraded."""
        backup.take_backup(self.path, "before-upgrade", source=self.db.conn)

    def backup(self, reason: str) -> Path:
        return backup.take_backup(self.path, reason, source=self.db.conn)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing; nests as a savepoint."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(BUSY_MESSAGE.format(exc)) from None
        self._operation = None
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
                self._commits += 1
            except sqlite3.OperationalError as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise StoreError(BUSY_MESSAGE.format(exc)) from None
        finally:
            self._operation = None

    def checked_token(self) -> tuple[int, int]:
        """Changes whenever anything is committed, here or elsewhere: a trip checked under
        one token need not be checked again while the token is the same."""
        return self.data_version(), self._commits

    def data_version(self) -> int:
        """Changes when another connection commits: the window polls it to refresh."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    # ----- reads -------------------------------------------------------------------------

    def _permits_by_driver(self, driver_id: str | None = None) -> dict[str, list[Permit]]:
        sql = "SELECT driver_id, country, kind, valid_from, valid_to FROM permits"
        args: tuple = ()
        if driver_id is not None:
            sql += " WHERE driver_id = ?"
            args = (driver_id,)
        out: dict[str, list[Permit]] = {}
        for did, country, kind, vf, vt in self.db.execute(sql + " ORDER BY valid_from", args):
            out.setdefault(did, []).append(
                Permit(country, kind, date.fromisoformat(vf), date.fromisoformat(vt))
            )
        return out

    def drivers(self) -> list[Driver]:
        permits = self._permits_by_driver()
        return [
            Driver(did, name, cit, cat, tuple(permits.get(did, ())))
            for did, name, cit, cat in self.db.execute(
                "SELECT id, name, citizenship, category FROM drivers ORDER BY id"
            )
        ]

    def driver(self, driver_id: str) -> Driver | None:
        row = self.db.execute(
            "SELECT id, name, citizenship, category FROM drivers WHERE id = ?", (driver_id,)
        ).fetchone()
        if row is None:
            return None
        permits = self._permits_by_driver(driver_id).get(driver_id, [])
        return Driver(row[0], row[1], row[2], row[3], permits=tuple(permits))

    def driver_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM drivers")}

    def _trips(self, where: str = "", args: tuple = ()) -> list[Trip]:
        rows = self.db.execute(
            "SELECT t.id, t.driver_id, t.note, l.country, l.entry, l.exit "
            "FROM trips t LEFT JOIN legs l ON l.trip_id = t.id "
            f"{where} ORDER BY t.id, l.seq",
            args,
        )
        trips: list[Trip] = []
        current: tuple | None = None
        legs: list[Leg] = []
        days: dict[str, date] = {}  # a fleet repeats the same dates many times over
        for tid, did, note, country, entry, exit_ in rows:
            if current is None or current[0] != tid:
                if current is not None:
                    trips.append(Trip(current[0], current[1], tuple(legs), current[2]))
                current, legs = (tid, did, note), []
            if country is not None:
                first = days.get(entry) or days.setdefault(entry, date.fromisoformat(entry))
                last = days.get(exit_) or days.setdefault(exit_, date.fromisoformat(exit_))
                legs.append(Leg(country, first, last))
        if current is not None:
            trips.append(Trip(current[0], current[1], tuple(legs), current[2]))
        return trips

    def trips(self, driver_id: str | None = None) -> list[Trip]:
        if driver_id is None:
            return self._all_assigned_trips()
        return self._trips("WHERE t.driver_id = ?", (driver_id,))

    def _all_assigned_trips(self) -> list[Trip]:
        """The whole fleet's trips: legs read in index order, no join to sort (a fleet's
        hundred thousand legs load in a fraction of the join's time)."""
        heads = {
            tid: (did, note)
            for tid, did, note in self.db.execute(
                "SELECT id, driver_id, note FROM trips WHERE driver_id IS NOT NULL"
            )
        }
        legs: dict[str, list[Leg]] = {tid: [] for tid in heads}
        days: dict[str, date] = {}
        for tid, country, entry, exit_ in self.db.execute(
            "SELECT trip_id, country, entry, exit FROM legs ORDER BY trip_id, seq"
        ):
            found = legs.get(tid)
            if found is None:
                continue  # a planned route's legs
            first = days.get(entry) or days.setdefault(entry, date.fromisoformat(entry))
            last = days.get(exit_) or days.setdefault(exit_, date.fromisoformat(exit_))
            found.append(Leg(country, first, last))
        return [Trip(tid, heads[tid][0], tuple(legs[tid]), heads[tid][1]) for tid in sorted(heads)]

    def unassigned_trips(self) -> list[Trip]:
        """Planned routes still waiting for a driver."""
        return self._trips("WHERE t.driver_id IS NULL")

    def trip(self, trip_id: str) -> Trip | None:
        found = self._trips("WHERE t.id = ?", (trip_id,))
        return found[0] if found else None

    def fleet(self) -> list[tuple[Driver, list[Trip]]]:
        by_driver: dict[str, list[Trip]] = {}
        for trip in self.trips():
            by_driver.setdefault(trip.driver_id or "", []).append(trip)
        return [(d, by_driver.get(d.id, [])) for d in self.drivers()]

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("drivers", "permits", "trips", "legs")
        }

    def _next_id(self, table: str, prefix: str, width: int) -> str:
        used = {r[0] for r in self.db.execute(f"SELECT id FROM {table}")}
        n = len(used) + 1
        while f"{prefix}{n:0{width}d}" in used:
            n += 1
        return f"{prefix}{n:0{width}d}"

    def next_driver_id(self) -> str:
        return self._next_id("drivers", "D", 3)

    def next_trip_id(self) -> str:
        return self._next_id("trips", "T", 4)

    # ----- writes ------------------------------------------------------------------------

    def _write_driver(self, driver: Driver) -> None:
        self.db.execute(
            "INSERT INTO drivers (id, name, citizenship, category) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "citizenship = excluded.citizenship, category = excluded.category",
            (driver.id, driver.name, driver.citizenship, driver.category),
        )

    def _write_permits(self, driver_id: str, permits: Iterable[Permit]) -> None:
        self.db.execute("DELETE FROM permits WHERE driver_id = ?", (driver_id,))
        self.db.conn.executemany(
            "INSERT INTO permits (driver_id, country, kind, valid_from, valid_to) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (driver_id, p.country, p.kind, p.valid_from.isoformat(), p.valid_to.isoformat())
                for p in permits
            ],
        )

    def _write_trip(self, trip: Trip) -> None:
        self.db.execute(
            "INSERT INTO trips (id, driver_id, note) VALUES (?, ?, ?) ON CONFLICT(id) "
            "DO UPDATE SET driver_id = excluded.driver_id, note = excluded.note",
            (trip.id, trip.driver_id, trip.note),
        )
        self.db.execute("DELETE FROM legs WHERE trip_id = ?", (trip.id,))
        self.db.conn.executemany(
            "INSERT INTO legs (trip_id, seq, country, entry, exit) VALUES (?, ?, ?, ?, ?)",
            [
                (trip.id, i, leg.country, leg.entry.isoformat(), leg.exit.isoformat())
                for i, leg in enumerate(trip.legs)
            ],
        )

    def operation(self) -> int:
        """The id grouping the changes of this transaction in the log."""
        if self._operation is None:
            self._operation = history.next_operation(self.db)
        return self._operation

    def _logged(self, entity: str, entity_id: str, write: Callable[[], object]) -> None:
        """Run ``write`` and log the entity's snapshot before and after, in one transaction."""
        snapshot = history.SNAPSHOTS[entity]
        old = snapshot(self.db, entity_id)
        write()
        new = snapshot(self.db, entity_id)
        owner = entity_id if entity == "driver" else None
        if entity == "trip":
            owner = (new or old or {}).get("driver_id")
        history.record(self.db, self.operation(), entity, entity_id, old, new, owner, self._reason)

    @contextlib.contextmanager
    def _because(self, reason: str | None) -> Iterator[None]:
        """Every change logged inside carries ``reason`` (a change made over a limit)."""
        before, self._reason = self._reason, reason or self._reason
        try:
            yield
        finally:
            self._reason = before

    def _check_version(self, entity: str, entity_id: str, based_on: object) -> None:
        """Refuse a write based on a record that has changed since it was read."""
        if based_on is UNCHECKED:
            return
        now = history.SNAPSHOTS[entity](self.db, entity_id)
        expected = None if based_on is None else history.snapshot_of(based_on)
        if now != expected:
            raise StaleRecord(history.what_changed(entity, entity_id, expected, now))

    def _put_driver(self, driver: Driver) -> None:
        def write() -> None:
            self._write_driver(driver)
            self._write_permits(driver.id, driver.permits)

        self._logged("driver", driver.id, write)

    def _put_trip(self, trip: Trip) -> None:
        self._logged("trip", trip.id, lambda: self._write_trip(trip))

    def _remove_trip(self, trip_id: str) -> None:
        self._logged(
            "trip", trip_id, lambda: self.db.execute("DELETE FROM trips WHERE id = ?", (trip_id,))
        )

    def _remove_driver(self, driver_id: str) -> None:
        for (trip_id,) in self.db.execute(
            "SELECT id FROM trips WHERE driver_id = ?", (driver_id,)
        ).fetchall():
            self._remove_trip(trip_id)  # logged one by one, not lost to the cascade
        self._logged(
            "driver",
            driver_id,
            lambda: self.db.execute("DELETE FROM drivers WHERE id = ?", (driver_id,)),
        )

    def import_driver(self, driver: Driver) -> None:
        """Upsert a driver's own fields, keeping their permits (an import of drivers.csv)."""
        self._logged("driver", driver.id, lambda: self._write_driver(driver))

    def import_permits(self, driver_id: str, permits: Iterable[Permit]) -> None:
        """Upsert permits by driver, country, kind and start: a re-import updates the end."""

        def write() -> None:
            for p in permits:
                self.db.execute(
                    "INSERT INTO permits (driver_id, country, kind, valid_from, valid_to) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(driver_id, country, kind, valid_from) "
                    "DO UPDATE SET valid_to = excluded.valid_to",
                    (driver_id, p.country, p.kind, p.valid_from.isoformat(),
                     p.valid_to.isoformat()),
                )  # fmt: skip

        self._logged("driver", driver_id, write)

    # Every edit from the window says which version of the record it was based on
    # (``based_on``: the record as read, None for a new one); the command line and imports
    # write unchecked. ``reason`` is kept in the log with every change the write makes.

    def save_driver(
        self,
        driver: Driver,
        based_on: Driver | Unchecked | None = UNCHECKED,
        reason: str | None = None,
    ) -> None:
        """Insert or update a driver together with the full list of their permits."""
        validate.raise_first(validate.driver_problems(driver))
        with self.transaction(), self._because(reason):
            self._check_version("driver", driver.id, based_on)
            self._put_driver(driver)

    def delete_driver(
        self,
        driver_id: str,
        based_on: Driver | Unchecked | None = UNCHECKED,
        reason: str | None = None,
    ) -> DriverRecord:
        with self.transaction(), self._because(reason):
            driver = self.driver(driver_id)
            if driver is None:
                raise StoreError(f"driver {driver_id!r} does not exist")
            self._check_version("driver", driver_id, based_on)
            record = DriverRecord(driver, tuple(self.trips(driver_id)))
            self._remove_driver(driver_id)
        return record

    def restore_driver(self, record: DriverRecord, reason: str | None = None) -> None:
        """Put a deleted driver back with their trips; refused if the id was taken since."""
        with self.transaction(), self._because(reason):
            self._check_version("driver", record.driver.id, None)
            for trip in record.trips:
                self._check_version("trip", trip.id, None)
            self._put_driver(record.driver)
            for trip in record.trips:
                self._put_trip(trip)

    def check_trip(self, trip: Trip) -> list[TripProblem]:
        """What makes a trip impossible if it were saved now, beside the driver's other trips."""
        problems = []
        if problem := validate.text_problem(trip.id, "trip id"):
            problems.append(TripProblem(problem, field="id"))
        if trip.driver_id is None:
            return problems + check_trip(trip)
        known = self.driver(trip.driver_id) is not None
        return problems + check_trip(trip, self.trips(trip.driver_id), driver_known=known)

    def trip_problems(self, trip: Trip) -> list[str]:
        """The same problems, in the words the editor shows."""
        return [p.text for p in self.check_trip(trip)]

    def save_trip(
        self,
        trip: Trip,
        based_on: Trip | Unchecked | None = UNCHECKED,
        reason: str | None = None,
        checked_at: tuple[int, int] | None = None,
    ) -> None:
        """Insert or replace a trip and all its legs, checked inside the transaction unless
        the caller checked it under ``checked_at`` and nothing was committed since."""
        with self.transaction(), self._because(reason):
            self._check_version("trip", trip.id, based_on)
            if checked_at is None or checked_at != self.checked_token():
                validate.raise_first(self.trip_problems(trip))
            self._put_trip(trip)

    def delete_trip(
        self,
        trip_id: str,
        based_on: Trip | Unchecked | None = UNCHECKED,
        reason: str | None = None,
    ) -> Trip:
        with self.transaction(), self._because(reason):
            trip = self.trip(trip_id)
            if trip is None:
                raise StoreError(f"trip {trip_id!r} does not exist")
            self._check_version("trip", trip_id, based_on)
            self._remove_trip(trip_id)
        return trip
