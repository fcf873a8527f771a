"""The schema as a list of numbered steps; ``PRAGMA user_version`` says how many ran.

A step is never edited once released: a change to the schema is a new step at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the open transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise SchemaError(f"incomplete SQL statement in a migration: {statement.strip()[:60]}")


def _v1_tables(db: Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE drivers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            citizenship TEXT NOT NULL,
            category TEXT NOT NULL
        );
        CREATE TABLE permits (
            id INTEGER PRIMARY KEY,
            driver_id TEXT NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
            country TEXT NOT NULL,
            kind TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL,
            UNIQUE (driver_id, country, kind, valid_from)
        );
        CREATE TABLE trips (
            id TEXT PRIMARY KEY,
            driver_id TEXT REFERENCES drivers(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE legs (
            id INTEGER PRIMARY KEY,
            trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            country TEXT NOT NULL,
            entry TEXT NOT NULL,
            exit TEXT NOT NULL,
            CHECK (exit >= entry)
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE INDEX permits_driver ON permits(driver_id);
        CREATE INDEX trips_driver ON trips(driver_id);
        CREATE INDEX legs_trip ON legs(trip_id, seq);
        """,
    )


def _v2_change_log(db: Database) -> None:
    """Append-only history: every write leaves old and new values here, in its transaction."""
    run_script(
        db,
        """
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            operation INTEGER NOT NULL,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            host TEXT NOT NULL,
            entity TEXT NOT NULL CHECK (entity IN ('driver', 'trip', 'setting')),
            entity_id TEXT NOT NULL,
            driver_id TEXT,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old TEXT,
            new TEXT
        );
        CREATE INDEX changes_entity ON changes(entity, entity_id);
        CREATE INDEX changes_driver ON changes(driver_id);
        CREATE INDEX changes_operation ON changes(operation);
        CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
        CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
        """,
    )
    # What the file held before the log existed, as its first operation, so that replaying
    # the log rebuilds an upgraded file too.
    from dispatcher.store import history

    for (driver_id,) in db.execute("SELECT id FROM drivers ORDER BY id").fetchall():
        history.record(db, 1, "driver", driver_id, None,
                       history.driver_snapshot(db, driver_id), driver_id)  # fmt: skip
    for (trip_id,) in db.execute("SELECT id FROM trips ORDER BY id").fetchall():
        snap = history.trip_snapshot(db, trip_id) or {}
        history.record(db, 1, "trip", trip_id, None, snap, snap.get("driver_id"))
    for (key,) in db.execute("SELECT key FROM settings ORDER BY key").fetchall():
        history.record(db, 1, "setting", key, None, history.setting_snapshot(db, key))


def _v3_reasons(db: Database) -> None:
    """Why a change was made anyway: the reason typed when it went over a limit."""
    db.execute("ALTER TABLE changes ADD COLUMN reason TEXT")


MIGRATIONS: list[Callable[[Database], None]] = [_v1_tables, _v2_change_log, _v3_reasons]
LATEST = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """The file cannot be used by this version of the program."""


def version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer(current: int) -> None:
    if current > LATEST:
        raise SchemaError(
            f"this database was written by a newer version of dispatcher (schema {current}; "
            f"this program knows up to {LATEST}); it was not changed"
        )


def migrate(db: Database, before_upgrade: Callable[[int], None] | None = None) -> int:
    """Bring the file up to ``LATEST`` in one transaction; refuse files from the future."""
    current = version(db)
    refuse_newer(current)
    if current == LATEST:
        return current
    if before_upgrade is not None and current > 0:
        before_upgrade(current)
    try:
        db.execute("BEGIN IMMEDIATE")
        for step in MIGRATIONS[current:]:
            step(db)
        db.execute(f"PRAGMA user_version = {LATEST}")
        db.execute("COMMIT")
    except sqlite3.Error:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    return LATEST
