"""The one SQLite file of a carrier: reads shaped for the engine, validated writes.

Every write runs in one ``BEGIN IMMEDIATE`` transaction, so another process on the same
file waits for it (up to the busy timeout) instead of reading half of it.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from dispatcher.rules.model import Driver, Leg, Permit, Trip
from dispatcher.store import schema, validate
from dispatcher.store.validate import StoreError

BUSY_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class DriverRecord:
    """A driver with every trip, as taken out by a delete and put back by its undo."""

    driver: Driver
    trips: tuple[Trip, ...]


class Store:
    def __init__(self, path: Path | str, *, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such database file")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            self.db = Database(conn)
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            schema.migrate(self.db, self._before_upgrade)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot be opened as a dispatcher database ({exc})"
            ) from None

    def _before_upgrade(self, old_version: int) -> None:
        """Hook for a backup before an older file is upgraded."""

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
            raise StoreError(f"the database is busy in another window or program ({exc})") from None
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

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
        return Driver(*row, permits=tuple(permits))

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
            return self._trips("WHERE t.driver_id IS NOT NULL")
        return self._trips("WHERE t.driver_id = ?", (driver_id,))

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

    def save_driver(self, driver: Driver) -> None:
        """Insert or update a driver together with the full list of their permits."""
        validate.raise_first(validate.driver_problems(driver))
        with self.transaction():
            self._write_driver(driver)
            self._write_permits(driver.id, driver.permits)

    def delete_driver(self, driver_id: str) -> DriverRecord:
        with self.transaction():
            driver = self.driver(driver_id)
            if driver is None:
                raise StoreError(f"driver {driver_id!r} does not exist")
            record = DriverRecord(driver, tuple(self.trips(driver_id)))
            self.db.execute("DELETE FROM drivers WHERE id = ?", (driver_id,))
        return record

    def restore_driver(self, record: DriverRecord) -> None:
        with self.transaction():
            self._write_driver(record.driver)
            self._write_permits(record.driver.id, record.driver.permits)
            for trip in record.trips:
                self._write_trip(trip)

    def trip_problems(self, trip: Trip) -> list[str]:
        """What is wrong with a trip if it were saved now, in the words the editor shows."""
        problems = validate.trip_problems(trip)
        if trip.driver_id is not None:
            if self.driver(trip.driver_id) is None:
                problems.append(f"driver {trip.driver_id!r} does not exist")
            for other in self.trips(trip.driver_id):
                if other.id != trip.id and other.clashes_with(trip):
                    problems.append(
                        f"overlaps trip {other.id} ({other.start} to {other.end}) of this driver"
                    )
        return problems

    def save_trip(self, trip: Trip) -> None:
        """Insert or replace a trip and all its legs."""
        with self.transaction():
            validate.raise_first(self.trip_problems(trip))
            self._write_trip(trip)

    def delete_trip(self, trip_id: str) -> Trip:
        with self.transaction():
            trip = self.trip(trip_id)
            if trip is None:
                raise StoreError(f"trip {trip_id!r} does not exist")
            self.db.execute("DELETE FROM trips WHERE id = ?", (trip_id,))
        return trip

    # ----- settings ----------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
