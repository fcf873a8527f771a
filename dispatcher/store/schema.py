"""The schema as a list of numbered steps; ``PRAGMA user_version`` says how many ran.

``PRAGMA application_id`` marks the file as a dispatcher database; it is a mark in the file's
header, set with the steps or on the first write to an older file, not a step.

A step is never edited once released: a change to the schema is a new step at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only by the commands that write
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

#: ``PRAGMA application_id`` of every file this program creates or upgrades ("DSPT"), so that
#: another program's SQLite file is told apart before anything is written to it.
APPLICATION_ID = 0x44535054
#: The tables every released schema has: a file without the mark but with these is ours.
OUR_TABLES = frozenset({"drivers", "permits", "trips", "legs", "settings"})


class SchemaError(RuntimeError):
    """The file cannot be used by this version of the program."""


def version(db: Database | sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def application_id(db: Database | sqlite3.Connection) -> int:
    return db.execute("PRAGMA application_id").fetchone()[0]


def table_names(db: Database | sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def is_blank(db: Database | sqlite3.Connection) -> bool:
    """A file nobody has put anything in yet: a new database may be created in it."""
    return version(db) == 0 and application_id(db) == 0 and not table_names(db)


def is_ours(db: Database | sqlite3.Connection) -> bool:
    """Marked as ours, or written by a version from before the mark (its tables say so)."""
    marked = application_id(db)
    if marked:
        return marked == APPLICATION_ID
    return version(db) >= 1 and table_names(db) >= OUR_TABLES


def refuse_newer(current: int) -> None:
    if current > LATEST:
        raise SchemaError(
            f"this database was written by a newer version of dispatcher (schema {current}; "
            f"this program knows up to {LATEST}); it was not changed"
        )


def migrate(db: Database, before_upgrade: Callable[[int], None] | None = None) -> int:
    """Bring the file up to ``LATEST`` in one transaction; refuse files from the future.

    The version is read again inside ``BEGIN IMMEDIATE``: two programs creating or upgrading
    the same file at once then run the steps once, the second finding them done.
    """
    seen = version(db)
    refuse_newer(seen)
    if seen == LATEST and application_id(db) == APPLICATION_ID:
        return seen
    if before_upgrade is not None and 0 < seen < LATEST:
        before_upgrade(seen)
    try:
        db.execute("BEGIN IMMEDIATE")
        current = version(db)
        refuse_newer(current)
        if current == 0 and not is_blank(db):
            raise SchemaError("the file holds tables of another program; it was not changed")
        for step in MIGRATIONS[current:]:
            step(db)
        if current < LATEST:
            db.execute(f"PRAGMA user_version = {LATEST}")
        if application_id(db) != APPLICATION_ID:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("COMMIT")
    except (sqlite3.Error, SchemaError):
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    return LATEST
