"""The change log: whole-entity snapshots before and after every write, and their replay.

A snapshot is the driver with all permits, the trip with all legs, or a setting's value, as
JSON; a log of snapshots replays into the tables without knowing what the edit was.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from json.encoder import encode_basestring as _quote  # json.dumps's, ensure_ascii=False
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # sqlite-utils is imported only by the commands that write
    from sqlite_utils import Database

    from dispatcher.rules.model import Trip

Snapshot = dict[str, Any]


@dataclass(frozen=True)
class Change:
    id: int
    operation: int
    at: str
    user: str
    host: str
    entity: str
    entity_id: str
    driver_id: str | None
    action: str
    old: Any
    new: Any
    reason: str | None = None


@cache
def _who() -> tuple[str, str]:
    """The user and the computer a change is written from; asked on the first write only,
    because ``socket`` costs every read command 4 ms to import."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name on some service accounts
        user = "unknown"
    return user, socket.gethostname()


def driver_snapshot(db: Database, driver_id: str) -> Snapshot | None:
    row = db.execute(
        "SELECT id, name, citizenship, category FROM drivers WHERE id = ?", (driver_id,)
    ).fetchone()
    if row is None:
        return None
    permits = db.execute(
        "SELECT country, kind, valid_from, valid_to FROM permits WHERE driver_id = ? "
        "ORDER BY country, kind, valid_from",
        (driver_id,),
    ).fetchall()
    return {
        "id": row[0],
        "name": row[1],
        "citizenship": row[2],
        "category": row[3],
        "permits": [list(p) for p in permits],
    }


def trip_snapshot(db: Database, trip_id: str) -> Snapshot | None:
    row = db.execute("SELECT id, driver_id, note FROM trips WHERE id = ?", (trip_id,)).fetchone()
    if row is None:
        return None
    legs = db.execute(
        "SELECT country, entry, exit FROM legs WHERE trip_id = ? ORDER BY seq", (trip_id,)
    ).fetchall()
    return {"id": row[0], "driver_id": row[1], "note": row[2], "legs": [list(x) for x in legs]}


def setting_snapshot(db: Database, key: str) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


SNAPSHOTS = {"driver": driver_snapshot, "trip": trip_snapshot, "setting": setting_snapshot}


def next_operation(db: Database) -> int:
    return db.execute("SELECT coalesce(max(operation), 0) + 1 FROM changes").fetchone()[0]


def record(
    db: Database,
    operation: int,
    entity: str,
    entity_id: str,
    old: Any,
    new: Any,
    driver_id: str | None = None,
    reason: str | None = None,
) -> None:
    """Append one change; nothing when the write changed nothing."""
    record_many(db, operation, entity, [(entity_id, old, new, driver_id)], reason)


def record_many(
    db: Database,
    operation: int,
    entity: str,
    changes: Iterable[tuple[str, Any, Any, str | None]],
    reason: str | None = None,
) -> None:
    """Append the changes ``(entity_id, old, new, driver_id)`` of one operation in one
    statement: an import of thousands of trips is one ``executemany``, not thousands."""
    record_texts(
        db,
        operation,
        entity,
        ((entity_id, encode(old), encode(new), driver_id)
         for entity_id, old, new, driver_id in changes if old != new),
        reason,
    )  # fmt: skip


def encode(snapshot: Any) -> str | None:
    """A snapshot as the log keeps it; None stays None (nothing before, or nothing after)."""
    return None if snapshot is None else json.dumps(snapshot, ensure_ascii=False)


def record_texts(
    db: Database,
    operation: int,
    entity: str,
    changes: Iterable[tuple[str, str | None, str | None, str | None]],
    reason: str | None = None,
) -> None:
    """``record_many`` for snapshots already encoded as ``encode`` does (so the same snapshot
    is the same text): nothing for a change whose old and new text are the same."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    user, host = _who()
    rows: list[tuple[object, ...]] = []
    for entity_id, old, new, driver_id in changes:
        if old == new:
            continue
        action = "insert" if old is None else "delete" if new is None else "update"
        values = (operation, at, user, host, entity, entity_id, driver_id, action, old, new)
        rows.append(values if reason is None else (*values, reason))
    if not rows:
        return
    columns = "operation, at, user, host, entity, entity_id, driver_id, action, old, new"
    if reason is not None:  # (the column comes with schema step 3; step 2 logs without it)
        columns += ", reason"
    marks = ", ".join("?" * len(rows[0]))
    db.conn.executemany(f"INSERT INTO changes ({columns}) VALUES ({marks})", rows)


def trip_texts(trips: Sequence[Trip]) -> Iterator[str]:
    """``encode(snapshot_of(trip))`` of each trip, the same text, made from pieces: a fleet's
    trips share their legs (one ``Leg`` for each stay), whose text is made once, and the
    strings are quoted by the encoder ``json.dumps`` itself uses. Building and encoding a
    dictionary for each of an import's twenty thousand trips was a tenth of the import."""
    # by identity (a Leg's own hash is a Python call); this dictionary holds every Leg, so no
    # two of them share an id while it lives
    legs = {id(leg): leg for trip in trips for leg in trip.legs}
    piece = {
        key: f'[{_quote(leg.country)}, "{leg.entry.isoformat()}", "{leg.exit.isoformat()}"]'
        for key, leg in legs.items()
    }.__getitem__
    for trip in trips:
        driver = "null" if trip.driver_id is None else _quote(trip.driver_id)
        yield (
            f'{{"id": {_quote(trip.id)}, "driver_id": {driver}, "note": {_quote(trip.note)}, '
            f'"legs": [{", ".join(map(piece, map(id, trip.legs)))}]}}'
        )


def changes(
    db: Database,
    driver_id: str | None = None,
    trip_id: str | None = None,
    operation: int | None = None,
    limit: int | None = None,
) -> list[Change]:
    """Newest first, filtered by driver (their record and their trips), trip or operation."""
    where: list[str] = []
    args: list[object] = []
    if driver_id is not None:
        where.append("(driver_id = ? OR (entity = 'driver' AND entity_id = ?))")
        args += [driver_id, driver_id]
    if trip_id is not None:
        where.append("entity = 'trip' AND entity_id = ?")
        args.append(trip_id)
    if operation is not None:
        where.append("operation = ?")
        args.append(operation)
    sql = (
        "SELECT id, operation, at, user, host, entity, entity_id, driver_id, action, old, new, "
        "reason FROM changes"
    ) + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
    return [
        Change(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
               json.loads(row[9]) if row[9] else None,
               json.loads(row[10]) if row[10] else None, row[11])
        for row in db.execute(sql, args)
    ]  # fmt: skip


def replay(log: list[Change]) -> dict[str, dict[str, Any]]:
    """The tables as the log says they are: apply every change's new value, oldest first."""
    state: dict[str, dict[str, Any]] = {"driver": {}, "trip": {}, "setting": {}}
    for change in sorted(log, key=lambda c: c.id):
        if change.new is None:
            state[change.entity].pop(change.entity_id, None)
        else:
            state[change.entity][change.entity_id] = change.new
    return state


def current_state(db: Database) -> dict[str, dict[str, Any]]:
    """The tables now, in the shape ``replay`` returns."""
    return {
        "driver": {r[0]: driver_snapshot(db, r[0]) for r in db.execute("SELECT id FROM drivers")},
        "trip": {r[0]: trip_snapshot(db, r[0]) for r in db.execute("SELECT id FROM trips")},
        "setting": {r[0]: json.loads(r[1]) for r in db.execute("SELECT key, value FROM settings")},
    }


def snapshot_of(record: Any) -> Snapshot:
    """A driver or trip as the log would snapshot it, to compare with what is stored."""
    if hasattr(record, "legs"):
        return {
            "id": record.id,
            "driver_id": record.driver_id,
            "note": record.note,
            "legs": [[leg.country, leg.entry.isoformat(), leg.exit.isoformat()]
                     for leg in record.legs],
        }  # fmt: skip
    permits = sorted(
        [p.country, p.kind, p.valid_from.isoformat(), p.valid_to.isoformat()]
        for p in record.permits
    )
    return {
        "id": record.id,
        "name": record.name,
        "citizenship": record.citizenship,
        "category": record.category,
        "permits": permits,
    }


FIELD_WORDS = {"driver_id": "driver"}


def what_changed(entity: str, entity_id: str, expected: Any, now: Any) -> str:
    """Why a write based on ``expected`` is refused, naming what changed meanwhile."""
    if now is None:
        return f"{entity} {entity_id} was deleted elsewhere since it was opened; nothing was saved"
    if expected is None:
        return f"{entity} {entity_id} was added elsewhere meanwhile; nothing was saved"
    fields = [FIELD_WORDS.get(k, k) for k in now if k != "id" and now.get(k) != expected.get(k)]
    return (
        f"{entity} {entity_id} was changed elsewhere since it was opened "
        f"({', '.join(fields)}); nothing was saved"
    )
