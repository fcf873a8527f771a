"""The one SQLite file of a carrier: reads shaped for the engine, validated writes.

Every write runs in one ``BEGIN IMMEDIATE`` transaction, so another process on the same
file waits for it (up to the busy timeout) instead of reading half of it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from operator import gt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from dispatcher.rules.legs import LegDays
from dispatcher.rules.model import Driver, Leg, Permit, Trip
from dispatcher.rules.trip_check import TripProblem, check_trip
from dispatcher.store import backup, checked, errors, history, schema, validate, wal
from dispatcher.store.changelog import ChangeLog
from dispatcher.store.errors import FileProblem
from dispatcher.store.rows import RowReader
from dispatcher.store.settings import Settings
from dispatcher.store.validate import StaleRecord, StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_S = 10.0
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DriverRecord:
    """A driver with every trip, as taken out by a delete and put back by its undo."""

    driver: Driver
    trips: tuple[Trip, ...]


def _look_at_settled_header(path: Path, waits: int = 10) -> bool:
    """``_look_at_header``, but a file caught while another program is creating it (its
    first page half written) is looked at again before it is called damaged."""
    for _ in range(waits):
        try:
            return _look_at_header(path)
        except errors.FileDamaged:
            time.sleep(0.05)
    return _look_at_header(path)


def _look_at_header(path: Path) -> bool:
    """Refuse from the first bytes what SQLite would misread; True for an empty file.

    A file cut short by a copy or a full disk has a size that is not a whole number of pages:
    SQLite would read the missing bytes as zeros and answer with different values.
    """
    with path.open("rb") as handle:
        head = handle.read(100)
        size = handle.seek(0, 2)
    if size == 0:
        return True
    if not head.startswith(SQLITE_MAGIC[: min(len(head), len(SQLITE_MAGIC))]):
        raise errors.not_ours(path, FileProblem.tr("it is not an SQLite file"))
    if size < 100:
        raise errors.damaged(path, FileProblem.tr("it is cut short"))
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1) or size % page:
        raise errors.damaged(
            path, FileProblem.tr("its size is not a whole number of pages: it was cut short")
        )
    return False


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """A fleet's read or import makes legs by the hundred thousand and none of them is in a
    cycle: the cycle collector would walk them over and over for nothing (a fifth of a
    read, two fifths of an import)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# Each driver's legs in four texts, a comma between values (no checked date or country holds
# one) and the unit separator between trip ids. A value stored as a blob would read as text
# there: one scan, cheaper than asking each value its type inside the grouping, finds any.
_FLEET_LEGS = (
    "SELECT t.driver_id, count(*), group_concat(l.country), group_concat(l.entry), "
    "group_concat(l.exit), group_concat(t.id, char(31)) "
    "FROM trips t JOIN legs l ON l.trip_id = t.id WHERE t.driver_id IS NOT NULL "
    "GROUP BY t.driver_id"
)
_NOT_TEXT = (
    "SELECT EXISTS (SELECT 1 FROM legs WHERE typeof(country) != 'text' "
    "OR typeof(entry) != 'text' OR typeof(exit) != 'text') "
    "OR EXISTS (SELECT 1 FROM trips WHERE typeof(id) != 'text')"
)
_IDS = "\x1f"


def _leg_columns(
    parse: RowReader,
    codes: dict[str, str],
    ordinals: dict[str, int],
    count: object,
    countries: object,
    entries: object,
    exits: object,
    trip_ids: object,
) -> LegDays | None:
    """One driver's row of ``_FLEET_LEGS`` as columns; None when any value would not pass
    the checks of a leg read one by one, or the texts do not split into ``count`` values."""
    if not isinstance(count, int):
        return None
    if not (
        isinstance(countries, str)
        and isinstance(entries, str)
        and isinstance(exits, str)
        and isinstance(trip_ids, str)
    ):
        return None
    where, first_days, last_days = countries.split(","), entries.split(","), exits.split(",")
    if not len(where) == len(first_days) == len(last_days) == count:
        return None
    if trip_ids.count(_IDS) != count - 1:
        return None
    checked = list(map(codes.get, where))
    if None in checked:
        return None
    known = ordinals.get
    firsts = cast(list[int], list(map(known, first_days)))  # None where not seen before
    lasts = cast(list[int], list(map(known, last_days)))
    if None in firsts or None in lasts:
        for text in {*first_days, *last_days}.difference(ordinals):
            day = parse.valid_day(text)
            if day is None:
                return None
            ordinals[text] = day.toordinal()
        firsts = list(map(ordinals.__getitem__, first_days))
        lasts = list(map(ordinals.__getitem__, last_days))
    if any(map(gt, firsts, lasts)):
        return None
    return LegDays(
        cast(list[str], checked),
        firsts,
        lasts,
        lambda: trip_ids.split(_IDS),
        listed_by_id=count,
    )


class Unchecked(Enum):
    """A write that states no version it was based on (the command line, an import)."""

    ANY = "any"


UNCHECKED = Unchecked.ANY


class Store(ChangeLog, Settings):
    """One open database file; the change log and the settings have their own parts.

    ``Store(path)`` opens for writing: it creates a missing file, upgrades an older one and
    marks it. ``Store.open_readonly(path)`` opens through SQLite's read-only mode and never
    creates, upgrades or switches the journal: what the read-only commands use.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = True,
        timeout: float | None = None,
        readonly: bool = False,
    ):
        timeout = BUSY_TIMEOUT_S if timeout is None else timeout
        self.path = Path(path)
        self.readonly = readonly
        self._timeout = timeout
        #: what the user should be told about the opening (a stray -wal set aside)
        self.notices: list[str] = []
        self._operation: int | None = None
        self._reason: str | None = None
        self._commits = 0  # this connection's own commits (data_version counts the others')
        # what a read in slices has parsed so far: dates, and one Leg per stay (as ``fleet``)
        self._slices: tuple[RowReader, dict[tuple[str, str, str], Leg]] | None = None
        exists = self.path.exists()
        if not exists and (readonly or not create):
            raise errors.missing(self.path)
        empty = _look_at_settled_header(self.path) if exists else True
        if readonly and empty:
            raise errors.not_ours(self.path, FileProblem.tr("it is empty"))
        with errors.plain(self.path):
            if not readonly:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                moved = wal.set_aside_foreign_log(self.path)
                if moved is not None:
                    self.notices.append(
                        FileProblem.tr(
                            "A -wal file beside %1 belonged to another database; it was moved "
                            "to %2 and not applied."
                        )
                        .replace("%1", str(self.path))
                        .replace("%2", str(moved))
                    )
            elif wal.foreign_log(self.path):
                raise wal.foreign_error(self.path)
            conn = self._connect(timeout)
            self.conn = conn
            self._db: Database | None = None
            try:
                self._prepare()
            except BaseException:
                conn.close()
                raise

    @property
    def db(self) -> Database:
        """sqlite-utils over the connection, for writes and migrations: made on first use,
        so a command that only reads never imports it (a fifth of a read's start-up)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    @classmethod
    def open_readonly(cls, path: Path | str, *, timeout: float | None = None) -> Store:
        return cls(path, readonly=True, timeout=timeout)

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if self.readonly:
            uri = self.path.absolute().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                conn.close()
                if not self._unchangeable():
                    raise
                # A WAL file needs its -shm to be read, which a read-only folder cannot hold;
                # with no -wal and no way for anyone to write, the file cannot change.
                conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _unchangeable(self) -> bool:
        wal_file = Path(f"{self.path}-wal")
        return not wal_file.exists() and not os.access(self.path.parent, os.W_OK)

    def _prepare(self) -> None:
        """Tell our files from others before anything is written, then create or upgrade."""
        db = self.conn  # reading the marks needs only the plain connection
        if not schema.is_blank(db):
            if not schema.is_ours(db):
                raise errors.not_ours(self.path, FileProblem.tr(
                    "it holds another program's tables or mark"))  # fmt: skip
            schema.refuse_newer(schema.version(db))
        if self.readonly:
            current = schema.version(db)
            if current == 0:
                raise errors.not_ours(self.path, FileProblem.tr("it is empty"))
            if current < schema.LATEST:
                raise errors.OlderSchema(
                    FileProblem.tr(
                        "%1 was written by an older version of dispatcher; open it in the "
                        "window or import to upgrade it (a backup is taken first). It was not "
                        "changed."
                    ).replace("%1", str(self.path))
                )
            return
        self._switch_to_wal()
        schema.migrate(self.db, self._before_upgrade)

    def _switch_to_wal(self) -> None:
        """Write-ahead logging, switched on by whichever program gets there first.

        Two programs switching one new file at once can each hold the shared lock the other
        needs; SQLite then refuses one at once instead of letting it wait, so it tries again
        until the busy timeout has passed."""
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                if self.db.journal_mode != "wal":
                    self.db.enable_wal()
                return
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)

    def _before_upgrade(self, old_version: int) -> None:
        """An older file is copied aside before it is upgraded."""
        backup.take_backup(self.path, "before-upgrade", source=self.db.conn)

    def backup(self, reason: str) -> Path:
        return backup.take_backup(self.path, reason, source=self.db.conn)

    def close(self) -> None:
        """Fold the write-ahead log into the file first, so the file alone holds everything."""
        if not self.readonly:
            with contextlib.suppress(sqlite3.Error, StoreError):
                self.checkpoint(wait_s=1.0)
        self.conn.close()

    def checkpoint(self, wait_s: float | None = None) -> bool:
        """Copy the write-ahead log into the file and empty it; False when a reader held it.

        Called after every import and on close: until then recent writes sit in ``-wal``
        and a copy of the file alone would miss them.
        """
        conn = self.db.conn
        with errors.plain(self.path):
            if wait_s is not None:
                conn.execute(f"PRAGMA busy_timeout = {int(wait_s * 1000)}")
            try:
                blocked, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                if wait_s is not None:
                    conn.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
        return blocked == 0

    def quick_check(self) -> list[str]:
        """SQLite's own check of every page (without the slower index cross-check)."""
        with errors.plain(self.path):
            rows = [r[0] for r in self.conn.execute("PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows

    def refuse_damaged(self) -> None:
        """Refuse a file whose pages fail ``quick_check``; one that passed and has not been
        written since is not read through again (see ``checked``)."""
        before = checked.identity(self.path)
        if before is not None and checked.already_checked(self.path, before):
            return
        problems = self.quick_check()
        if problems:
            raise errors.damaged(self.path, "; ".join(problems[:3]))
        if before is not None:
            checked.remember(self.path, before)

    def save_copy(self, target: Path | str) -> Path:
        """A consistent copy of the whole database, recent writes included, as one file."""
        target = Path(target)
        if target.absolute() == self.path.absolute():
            raise StoreError(FileProblem.tr("a copy cannot replace the file it is made of"))
        part = target.with_name(target.name + ".part")
        with errors.plain(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            dst = sqlite3.connect(str(part))
            try:
                self.db.conn.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # the copy travels without a -wal
            finally:
                dst.close()
            part.replace(target)
        return target

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
        with errors.plain(self.path):
            conn.execute("BEGIN IMMEDIATE")
        self._operation = None
        try:
            with errors.plain(self.path):
                yield self.db
        except BaseException:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
        else:
            try:
                with errors.plain(self.path):
                    conn.execute("COMMIT")
                self._commits += 1
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
        finally:
            self._operation = None

    def checked_token(self) -> tuple[int, int]:
        """Changes whenever anything is committed, here or elsewhere: a trip checked under
        one token need not be checked again while the token is the same."""
        return self.data_version(), self._commits

    def data_version(self) -> int:
        """Changes when another connection commits: the window polls it to refresh."""
        with errors.plain(self.path):
            return self.conn.execute("PRAGMA data_version").fetchone()[0]

    # ----- reads -------------------------------------------------------------------------

    def _rows(self) -> RowReader:
        return RowReader(self.path)

    def _permits_by_driver(self, driver_id: str | None = None) -> dict[str, list[Permit]]:
        sql = "SELECT id, driver_id, country, kind, valid_from, valid_to FROM permits"
        args: tuple = ()
        if driver_id is not None:
            sql += " WHERE driver_id = ?"
            args = (driver_id,)
        out: dict[str, list[Permit]] = {}
        parse = self._rows()
        with errors.plain(self.path):
            for pid, did, country, kind, vf, vt in self.conn.execute(
                sql + " ORDER BY valid_from", args
            ):
                first, last = parse.span("permits", pid, ("valid_from", "valid_to"), vf, vt)
                permit = Permit(parse.country("permits", pid, "country", country),
                                parse.kind("permits", pid, kind), first, last)  # fmt: skip
                out.setdefault(did, []).append(permit)
        return out

    def _driver(self, parse: RowReader, row: tuple, permits: list[Permit]) -> Driver:
        did, name, citizenship, category = row
        return Driver(did, name, parse.country("drivers", did, "citizenship", citizenship),
                      parse.category("drivers", did, category), tuple(permits))  # fmt: skip

    def drivers(self) -> list[Driver]:
        permits = self._permits_by_driver()
        parse = self._rows()
        with errors.plain(self.path):
            return [
                self._driver(parse, row, permits.get(row[0], []))
                for row in self.conn.execute(
                    "SELECT id, name, citizenship, category FROM drivers ORDER BY id"
                )
            ]

    def driver(self, driver_id: str) -> Driver | None:
        with errors.plain(self.path):
            row = self.conn.execute(
                "SELECT id, name, citizenship, category FROM drivers WHERE id = ?", (driver_id,)
            ).fetchone()
        if row is None:
            return None
        permits = self._permits_by_driver(driver_id).get(driver_id, [])
        return self._driver(self._rows(), row, permits)

    def driver_ids(self) -> set[str]:
        with errors.plain(self.path):
            return {r[0] for r in self.conn.execute("SELECT id FROM drivers")}

    def _leg(self, parse: RowReader, lid: int, country: str, entry: str, exit_: str) -> Leg:
        first, last = parse.span("legs", lid, ("entry", "exit"), entry, exit_)
        return Leg(parse.country("legs", lid, "country", country), first, last)

    def _new_leg(self, parse: RowReader, lid: int, country: str, entry: str, exit_: str) -> Leg:
        """A stay first met in a fleet read: values already seen good are looked up; anything
        else goes through ``_leg``, which checks each value and names a damaged one."""
        first, last = parse.days.get(entry), parse.days.get(exit_)
        if first is None or last is None or last < first or country not in parse.codes:
            return self._leg(parse, lid, country, entry, exit_)
        return Leg(country, first, last)

    def _trips(self, where: str = "", args: tuple = ()) -> list[Trip]:
        trips: list[Trip] = []
        current: tuple | None = None
        legs: list[Leg] = []
        parse = self._rows()
        with errors.plain(self.path):
            rows = self.conn.execute(
                "SELECT t.id, t.driver_id, t.note, l.id, l.country, l.entry, l.exit "
                "FROM trips t LEFT JOIN legs l ON l.trip_id = t.id "
                f"{where} ORDER BY t.id, l.seq",
                args,
            )
            for tid, did, note, lid, country, entry, exit_ in rows:
                if current is None or current[0] != tid:
                    if current is not None:
                        trips.append(Trip(current[0], current[1], tuple(legs), current[2]))
                    current, legs = (tid, did, note), []
                if lid is not None:
                    legs.append(self._leg(parse, lid, country, entry, exit_))
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
        parse = self._rows()
        with errors.plain(self.path):
            heads = {
                tid: (did, note)
                for tid, did, note in self.conn.execute(
                    "SELECT id, driver_id, note FROM trips WHERE driver_id IS NOT NULL"
                )
            }
            odd = next((tid for tid in heads if not isinstance(tid, str)), None)
            if odd is not None:  # bytes for an id: no order of trips, no name for a finding
                raise errors.damaged_value(self.path, "trips", odd, "id", odd)
            legs: dict[str, list[Leg]] = {tid: [] for tid in heads}
            # A fleet repeats the same stay (country, entry, exit) four times over on average:
            # one frozen Leg serves them all, made once.
            made: dict[tuple[str, str, str], Leg] = {}
            for lid, tid, country, entry, exit_ in self.conn.execute(
                "SELECT id, trip_id, country, entry, exit FROM legs ORDER BY trip_id, seq"
            ):
                found = legs.get(tid)
                if found is None:
                    continue  # a planned route's legs
                key = (country, entry, exit_)
                leg = made.get(key)
                if leg is None:
                    leg = made[key] = self._new_leg(parse, lid, country, entry, exit_)
                found.append(leg)
        return [Trip(tid, heads[tid][0], tuple(legs[tid]), heads[tid][1]) for tid in sorted(heads)]

    def unassigned_trips(self) -> list[Trip]:
        """Planned routes still waiting for a driver."""
        return self._trips("WHERE t.driver_id IS NULL")

    def trip(self, trip_id: str) -> Trip | None:
        found = self._trips("WHERE t.id = ?", (trip_id,))
        return found[0] if found else None

    def fleet_legs(self) -> list[tuple[Driver, LegDays]]:
        """Every driver with his legs as day numbers, for the fleet-wide answers: one pass
        that SQLite groups by driver, no ``Trip`` or ``Leg`` object made. Each driver's trips
        are read only if something asks for them (``DriverDays.of_legs``).

        Every value is checked as strictly as ``fleet`` checks it; a value that would not
        pass there (or one the columns cannot carry, such as a separator inside a trip id)
        sends the whole read through ``fleet``, which names it or reads it as it is.
        """
        parse = self._rows()
        codes = {code: code for code in parse.codes}  # one string per code, checked
        ordinals: dict[str, int] = {}
        by_driver: dict[str, LegDays] = {}
        with self._snapshot():
            with errors.plain(self.path):
                odd = self.conn.execute(_NOT_TEXT).fetchone()[0]
                rows = [] if odd else self.conn.execute(_FLEET_LEGS).fetchall()
            for driver_id, count, countries, entries, exits, trip_ids in rows:
                legs = _leg_columns(parse, codes, ordinals, count, countries, entries, exits,
                                    trip_ids)  # fmt: skip
                if legs is None:
                    odd = True
                    break
                by_driver[driver_id] = legs
            if odd:
                return [(driver, LegDays.of_trips(trips)) for driver, trips in self.fleet()]
            none = LegDays([], [], [], [])
            return [(d, by_driver.get(d.id, none)) for d in self.drivers()]

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Reads that see one state of the file, whatever another program commits meanwhile."""
        conn = self.conn
        if conn.in_transaction:
            yield
            return
        with errors.plain(self.path):
            conn.execute("BEGIN")
        try:
            yield
        finally:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("COMMIT")

    def fleet(self) -> list[tuple[Driver, list[Trip]]]:
        by_driver: dict[str, list[Trip]] = {}
        with bulk():
            for trip in self.trips():
                by_driver.setdefault(trip.driver_id or "", []).append(trip)
            return [(d, by_driver.get(d.id, [])) for d in self.drivers()]

    def fleet_after(self, after: str, limit: int) -> list[tuple[Driver, list[Trip]]]:
        """Up to ``limit`` drivers with ids after ``after``, in id order, with their permits
        and trips, read in one transaction with the checks ``fleet`` makes: the window reads
        a large fleet a slice at a time between events, where ``fleet`` held it for seconds.
        A read from the first slice (``after`` empty) on shares the parsed dates and stays."""
        if not after or self._slices is None:
            self._slices = (self._rows(), {})
        parse, made = self._slices
        with errors.plain(self.path), bulk():
            in_transaction = self.conn.in_transaction
            if not in_transaction:
                self.conn.execute("BEGIN")  # one slice: drivers, permits and trips as one
            try:
                rows = self.conn.execute(
                    "SELECT id, name, citizenship, category FROM drivers WHERE id > ? "
                    "ORDER BY id LIMIT ?",
                    (after, limit),
                ).fetchall()
                if not rows:
                    return []
                span = (after, rows[-1][0])
                permits: dict[str, list[Permit]] = {}
                for pid, did, country, kind, vf, vt in self.conn.execute(
                    "SELECT id, driver_id, country, kind, valid_from, valid_to FROM permits "
                    "WHERE driver_id > ? AND driver_id <= ? ORDER BY valid_from, id",
                    span,
                ):
                    first, last = parse.span("permits", pid, ("valid_from", "valid_to"), vf, vt)
                    where = parse.country("permits", pid, "country", country)
                    permit = Permit(where, parse.kind("permits", pid, kind), first, last)
                    permits.setdefault(did, []).append(permit)
                heads = {
                    tid: (did, note)
                    for tid, did, note in self.conn.execute(
                        "SELECT id, driver_id, note FROM trips "
                        "WHERE driver_id > ? AND driver_id <= ?",
                        span,
                    )
                }
                legs: dict[str, list[Leg]] = {tid: [] for tid in heads}
                for lid, tid, country, entry, exit_ in self.conn.execute(
                    "SELECT l.id, l.trip_id, l.country, l.entry, l.exit FROM trips t "
                    "JOIN legs l ON l.trip_id = t.id WHERE t.driver_id > ? AND t.driver_id <= ? "
                    "ORDER BY l.trip_id, l.seq",
                    span,
                ):
                    key = (country, entry, exit_)
                    leg = made.get(key)
                    if leg is None:
                        leg = made[key] = self._new_leg(parse, lid, country, entry, exit_)
                    legs[tid].append(leg)
                trips: dict[str, list[Trip]] = {}
                for tid in sorted(heads):
                    did, note = heads[tid]
                    trips.setdefault(did, []).append(Trip(tid, did, tuple(legs[tid]), note))
            finally:
                if not in_transaction:
                    self.conn.execute("COMMIT")
        return [
            (self._driver(parse, row, permits.get(row[0], [])), trips.get(row[0], []))
            for row in rows
        ]

    def driver_count(self) -> int:
        with errors.plain(self.path):
            return int(self.conn.execute("SELECT count(*) FROM drivers").fetchone()[0])

    def counts(self) -> dict[str, int]:
        with errors.plain(self.path):
            return {
                table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("drivers", "permits", "trips", "legs")
            }

    def _next_id(self, table: str, prefix: str, width: int) -> str:
        used = {r[0] for r in self.conn.execute(f"SELECT id FROM {table}")}
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
                raise StoreError(
                    FileProblem.tr("driver %1 does not exist").replace("%1", repr(driver_id))
                )
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
                raise StoreError(
                    FileProblem.tr("trip %1 does not exist").replace("%1", repr(trip_id))
                )
            self._check_version("trip", trip_id, based_on)
            self._remove_trip(trip_id)
        return trip
