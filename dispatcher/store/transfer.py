"""Import and export of the carrier's three tables: drivers, permits, trips.

Import upserts by id: a driver's row replaces the driver, a trip's rows replace all legs of
that trip, a permit is keyed by driver, country, kind and start. Everything is checked
first (including clashes with trips already in the file) and written in one transaction:
a file with one bad cell changes nothing.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, pairwise
from pathlib import Path

from dispatcher.i18n import Context, format_date
from dispatcher.rules.countries import country_code
from dispatcher.rules.model import Driver, Leg, Permit, Trip, spans_clash
from dispatcher.store import headers, history, validate
from dispatcher.store.csvfiles import CsvProblem, Row, Source, write_rows
from dispatcher.store.database import Store, bulk
from dispatcher.store.tables import read_cells, read_table, source_for, workbook_sources

DRIVER_COLUMNS = ("id", "name", "citizenship", "category")
PERMIT_COLUMNS = ("driver_id", "country", "kind", "valid_from", "valid_to")
TRIP_COLUMNS = ("trip_id", "driver_id", "country", "entry", "exit")
TRIP_EXPORT_COLUMNS = (*TRIP_COLUMNS, "note")
MAX_PROBLEMS = 20

Import = Context("Import")


class ImportProblems(ValueError):
    """Everything wrong with an import, up to ``MAX_PROBLEMS``; nothing was written."""

    def __init__(self, problems: list[CsvProblem]):
        self.problems = problems
        lines = [str(p) for p in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            lines.append(Import.tr("... and %n more problem(s)", "", len(problems) - MAX_PROBLEMS))
        super().__init__("\n".join(lines))


@dataclass
class ImportSummary:
    drivers: int = 0
    permits: int = 0
    trips: int = 0
    legs: int = 0


@dataclass
class _Reader:
    problems: list[CsvProblem]
    # dates already read: a fleet's file has hundreds of thousands of date cells and about
    # a thousand distinct dates (only good ones are kept: a refusal is worded each time)
    _days: dict[str, date] = field(default_factory=dict)
    _codes: dict[str, str] = field(default_factory=dict)  # and countries, the same way

    def fail(self, row: Row, column: str | None, message: str) -> None:
        self.problems.append(row.source.problem(row.line, column, message))

    def check(self, row: Row, column: str, problem: str | None) -> bool:
        if problem:
            self.fail(row, column, problem)
        return problem is None

    def country(self, row: Row, column: str) -> str | None:
        """A code in any case or a country's name in English, Russian or Kazakh."""
        text = row.values[column]
        code = self._codes.get(text)
        if code is not None:
            return code
        code = country_code(text)
        if code is not None:
            self._codes[text] = code
        else:
            self.fail(
                row,
                column,
                Import.tr("%1 is neither an ISO 3166-1 alpha-2 country code nor a country name")
                .replace("%1", repr(text)),
            )  # fmt: skip
        return code

    def category(self, row: Row) -> str | None:
        text = row.values["category"]
        found = headers.category(text)
        if found is None:
            self.fail(row, "category", validate.category_problem(text.lower()) or "")
        return found

    def kind(self, row: Row) -> str | None:
        text = row.values["kind"]
        found = headers.permit_kind(text)
        if found is None:
            self.fail(row, "kind", validate.kind_problem(text.lower()) or "")
        return found

    def day(self, row: Row, column: str) -> date | None:
        text = row.values[column]
        found = self._days.get(text)
        if found is not None:
            return found
        try:
            found = self._days[text] = validate.parse_file_date(text)
            return found
        except ValueError as exc:
            self.fail(row, column, str(exc))
            return None


def _unknown_driver(driver_id: str) -> str:
    return Import.tr("unknown driver %1").replace("%1", repr(driver_id))


def _read_drivers(source: Source, problems: list[CsvProblem]) -> tuple[list[Driver], set[str]]:
    """The valid drivers, and every id the file names (so a bad row's trips are not blamed)."""
    reader = _Reader(problems)
    drivers: dict[str, Driver] = {}
    first_line: dict[str, int] = {}
    for row in read_table(source, "drivers"):
        did, name = row.values["id"], row.values["name"]
        ok = reader.check(row, "id", validate.text_problem(did, "driver id"))
        ok &= reader.check(row, "name", validate.text_problem(name, "name"))
        citizenship, category = reader.country(row, "citizenship"), reader.category(row)
        if did in first_line:
            reader.fail(
                row,
                "id",
                Import.tr("driver id %1 is already on line %2")
                .replace("%1", repr(did))
                .replace("%2", str(first_line[did])),
            )
            continue
        first_line[did] = row.line
        if ok and citizenship and category:
            drivers[did] = Driver(did, name, citizenship, category)
    return list(drivers.values()), set(first_line)


def _read_permits(
    source: Source, problems: list[CsvProblem], known_driver: Callable[[str], bool]
) -> dict[str, list[Permit]]:
    reader = _Reader(problems)
    permits: dict[str, list[Permit]] = {}
    first_line: dict[tuple, int] = {}
    for row in read_table(source, "permits"):
        did = row.values["driver_id"]
        ok = reader.check(row, "driver_id", None if known_driver(did) else _unknown_driver(did))
        country, kind = reader.country(row, "country"), reader.kind(row)
        valid_from, valid_to = reader.day(row, "valid_from"), reader.day(row, "valid_to")
        if valid_from and valid_to and valid_to < valid_from:
            reader.fail(
                row,
                "valid_to",
                Import.tr("%1 is before valid_from %2")
                .replace("%1", format_date(valid_to))
                .replace("%2", format_date(valid_from)),
            )
            ok = False
        if not (ok and country and kind and valid_from and valid_to):
            continue
        key = (did, country, kind, valid_from)
        if key in first_line:
            reader.fail(
                row,
                "valid_from",
                Import.tr("the same permit is already on line %1").replace(
                    "%1", str(first_line[key])
                ),
            )
            continue
        first_line[key] = row.line
        permits.setdefault(did, []).append(Permit(country, kind, valid_from, valid_to))
    return permits


@dataclass
class _Trips:
    trips: list[Trip]
    lines: dict[str, int]
    notes: dict[str, str] | None  # None: the file has no note column, keep what is stored


def _read_trips(
    source: Source, problems: list[CsvProblem], known_driver: Callable[[str], bool]
) -> _Trips:
    names, found = read_cells(source, "trips")
    rows = list(found)
    return _clean_trips(names, rows, known_driver) or _check_trips(
        source, problems, known_driver, names, rows
    )


def _clean_trips(
    names: tuple[str, ...], rows: list[tuple[int, tuple[str, ...]]], known: Callable[[str], bool]
) -> _Trips | None:
    """A file with nothing wrong in it, read column by column: what ``_check_trips`` would
    read from it, or None when anything in it is not plainly right (a bad value, a trip whose
    rows are apart or whose legs are not in order, notes that differ), for ``_check_trips``
    to find and name. Each distinct id, driver, country and date is checked once, and the
    rows are compared a column at a time, so a fleet's hundred thousand rows are not walked
    one by one in Python (they were a third of an import's time)."""
    if not rows:
        return None
    lines, cells = zip(*rows, strict=True)
    columns = dict(zip(names, zip(*cells, strict=True), strict=True))
    tids, dids = columns["trip_id"], columns["driver_id"]
    countries, entries, exits = columns["country"], columns["entry"], columns["exit"]
    if any(validate.text_problem(tid, "trip id") for tid in set(tids)):
        return None
    if not all(known(did) for did in set(dids) if did):
        return None
    codes = {text: country_code(text) for text in set(countries)}
    if None in codes.values():
        return None
    days: dict[str, date] = {}
    for text in set(entries) | set(exits):
        try:
            days[text] = validate.parse_file_date(text)
        except ValueError:
            return None
    entry_days = list(map(days.__getitem__, entries))
    exit_days = list(map(days.__getitem__, exits))
    if not all(map(operator.le, entry_days, exit_days)):
        return None
    # each trip's rows one after another, with one driver, its legs in order
    same_trip = list(map(operator.eq, tids[1:], tids[:-1]))
    starts = [0, *compress(range(1, len(tids)), map(operator.not_, same_trip))]
    if len(starts) != len(set(tids)):
        return None
    if any(map(operator.and_, same_trip, map(operator.ne, dids[1:], dids[:-1]))):
        return None
    if any(map(operator.and_, same_trip, map(operator.gt, exit_days[:-1], entry_days[1:]))):
        return None
    # one Leg for each stay; its key holds the objects the lookups above gave, so the
    # stays of a hundred thousand rows are told apart by identity, not by their text
    stays = list(zip(map(codes.__getitem__, countries), entry_days, exit_days, strict=True))
    made = {stay: Leg(stay[0] or "", stay[1], stay[2]) for stay in set(stays)}
    legs = list(map(made.__getitem__, stays))
    notes = columns.get("note")
    trips = []
    for start, end in pairwise([*starts, len(tids)]):
        note = ""
        if notes is not None and any(notes[start:end]):
            written = {text for text in notes[start:end] if text}
            if len(written) > 1 or len(note := written.pop()) > NOTE_LIMIT:
                return None
        trips.append(Trip(tids[start], dids[start] or None, tuple(legs[start:end]), note))
    return _Trips(
        trips,
        {tids[start]: lines[start] for start in starts},
        {trip.id: trip.note for trip in trips} if notes is not None else None,
    )


def _check_trips(
    source: Source,
    problems: list[CsvProblem],
    known_driver: Callable[[str], bool],
    names: tuple[str, ...],
    rows: list[tuple[int, tuple[str, ...]]],
) -> _Trips:
    """Every row checked on its own, each problem named with its line and field."""
    reader = _Reader(problems)
    legs: dict[str, list[Leg]] = {}
    owner: dict[str, tuple[str, int]] = {}
    leg_lines: dict[str, list[int]] = {}
    notes: dict[str, tuple[str, int]] = {}
    made: dict[tuple[str, date, date], Leg] = {}  # a fleet repeats its stays: one Leg each
    has_note = False
    for line, cells in rows:
        row = Row(line, dict(zip(names, cells, strict=True)), source)
        tid, did = row.values["trip_id"], row.values["driver_id"]
        ok = reader.check(row, "trip_id", validate.text_problem(tid, "trip id"))
        ok &= reader.check(  # an empty driver is a planned route nobody has taken yet
            row, "driver_id", None if not did or known_driver(did) else _unknown_driver(did)
        )
        country = reader.country(row, "country")
        entry, exit_ = reader.day(row, "entry"), reader.day(row, "exit")
        if entry and exit_ and exit_ < entry:
            reader.fail(
                row,
                "exit",
                Import.tr("%1 is before entry %2")
                .replace("%1", format_date(exit_))
                .replace("%2", format_date(entry)),
            )
            ok = False
        if tid in owner and owner[tid][0] != did:
            reader.fail(
                row,
                "driver_id",
                Import.tr("trip %1 belongs to %2 on line %3")
                .replace("%1", repr(tid))
                .replace("%2", repr(owner[tid][0]))
                .replace("%3", str(owner[tid][1])),
            )
            ok = False
        if "note" in row.values:
            has_note = True
            note = row.values["note"]
            if len(note) > NOTE_LIMIT:
                reader.fail(
                    row,
                    "note",
                    Import.tr("the note is longer than %1 characters").replace(
                        "%1", str(NOTE_LIMIT)
                    ),
                )
                ok = False
            elif note and tid in notes and notes[tid][0] and notes[tid][0] != note:
                reader.fail(
                    row,
                    "note",
                    Import.tr("trip %1 has a different note on line %2")
                    .replace("%1", repr(tid))
                    .replace("%2", str(notes[tid][1])),
                )
                ok = False
            elif note or tid not in notes:
                notes[tid] = (note, row.line)
        if not (ok and country and entry and exit_):
            continue
        owner.setdefault(tid, (did, row.line))
        key = (country, entry, exit_)
        leg = made.get(key)
        if leg is None:
            leg = made[key] = Leg(country, entry, exit_)
        legs.setdefault(tid, []).append(leg)
        leg_lines.setdefault(tid, []).append(row.line)
    for tid, trip_legs in legs.items():
        for n, m in validate.overlapping_legs(trip_legs):
            problems.append(
                source.problem(
                    leg_lines[tid][m - 1],
                    "entry",
                    Import.tr(
                        "this leg of trip %1 (%2 to %3) overlaps its leg on line %4 (%5 to %6); "
                        "legs may share only a crossing day"
                    )
                    .replace("%1", repr(tid))
                    .replace("%2", format_date(trip_legs[m - 1].entry))
                    .replace("%3", format_date(trip_legs[m - 1].exit))
                    .replace("%4", str(leg_lines[tid][n - 1]))
                    .replace("%5", format_date(trip_legs[n - 1].entry))
                    .replace("%6", format_date(trip_legs[n - 1].exit)),
                )
            )
    trips = [
        Trip(tid, owner[tid][0] or None, tuple(ls), notes.get(tid, ("", 0))[0])
        for tid, ls in legs.items()
    ]
    return _Trips(
        trips,
        {tid: line for tid, (_, line) in owner.items()},
        {tid: note for tid, (note, _) in notes.items()} if has_note else None,
    )


NOTE_LIMIT = 2000


def _clashes(
    store: Store, trips: list[Trip], lines: dict[str, int], source: Source
) -> list[CsvProblem]:
    """Overlapping stays of one driver in different trips, against the file and the database.

    Each trip's first and last day are found once: a fleet's twenty thousand trips are
    sorted and compared by them (planned routes without a driver cannot clash)."""
    incoming = {t.id: t for t in trips}
    by_driver: dict[str, list[tuple[date, date, Trip]]] = {}
    entry_of, exit_of = operator.attrgetter("entry"), operator.attrgetter("exit")

    def add(trip: Trip) -> None:
        if trip.driver_id:
            span = (min(map(entry_of, trip.legs)), max(map(exit_of, trip.legs)), trip)
            by_driver.setdefault(trip.driver_id, []).append(span)

    for trip in store.trips():
        if trip.id not in incoming:
            add(trip)
    for trip in trips:
        add(trip)
    problems = []
    for driver_trips in by_driver.values():
        driver_trips.sort(key=operator.itemgetter(0, 1))
        latest: tuple[date, date, Trip] | None = None
        for start, end, trip in driver_trips:
            if latest is not None and spans_clash(start, end, latest[0], latest[1]):
                culprit, other = (trip, latest[2]) if trip.id in incoming else (latest[2], trip)
                where = (
                    Import.tr("in the database")
                    if other.id not in incoming
                    else Import.tr("line %1").replace("%1", str(lines[other.id]))
                )
                problems.append(
                    source.problem(
                        lines.get(culprit.id),
                        "entry",
                        Import.tr(
                            "trip %1 (%2 to %3) overlaps trip %4 (%5 to %6, %7) of driver %8; "
                            "trips may share only a crossing day"
                        )
                        .replace("%1", repr(culprit.id))
                        .replace("%2", format_date(culprit.start))
                        .replace("%3", format_date(culprit.end))
                        .replace("%4", repr(other.id))
                        .replace("%5", format_date(other.start))
                        .replace("%6", format_date(other.end))
                        .replace("%7", where)
                        .replace("%8", repr(trip.driver_id)),
                    )
                )
            if latest is None or end > latest[1]:
                latest = (start, end, trip)
    return problems


def import_sources(
    drivers: Path | None = None,
    permits: Path | None = None,
    trips: Path | None = None,
    workbook: Path | None = None,
) -> dict[str, Source]:
    """Where each table is read from: files of their own (CSV or workbook) and the sheets of
    a carrier workbook. A table named twice is refused rather than one of them ignored."""
    found = workbook_sources(workbook) if workbook else {}
    for table, path in (("drivers", drivers), ("permits", permits), ("trips", trips)):
        if path is None:
            continue
        if table in found:
            raise CsvProblem(
                path,
                None,
                None,
                Import.tr("the workbook %1 has a %2 sheet too; give the %2 once")
                .replace("%1", Path(workbook or "").name)
                .replace("%2", table),
            )
        found[table] = source_for(path, table)
    return found


@dataclass
class Incoming:
    """What a set of files would write, checked, and every problem found in them."""

    drivers: list[Driver]
    permits: dict[str, list[Permit]]
    trips: list[Trip]
    problems: list[CsvProblem]


def read_incoming(store: Store, sources: dict[str, Source]) -> Incoming:
    problems: list[CsvProblem] = []
    new_drivers, named = (
        _read_drivers(sources["drivers"], problems) if "drivers" in sources else ([], set())
    )
    known = store.driver_ids() | named

    def known_driver(did: str) -> bool:
        return did in known

    new_permits = (
        _read_permits(sources["permits"], problems, known_driver) if "permits" in sources else {}
    )
    new_trips: list[Trip] = []
    if "trips" in sources:
        read = _read_trips(sources["trips"], problems, known_driver)
        stored_notes = (
            dict(store.db.execute("SELECT id, note FROM trips").fetchall())
            if read.notes is None
            else {}
        )
        new_trips = [  # a file with no note column keeps the notes already written
            Trip(t.id, t.driver_id, t.legs, stored_notes[t.id])
            if read.notes is None and stored_notes.get(t.id)
            else t
            for t in read.trips
        ]
        if not problems:
            problems.extend(_clashes(store, new_trips, read.lines, sources["trips"]))
    return Incoming(new_drivers, new_permits, new_trips, problems)


def check_import(
    store: Store,
    drivers: Path | None = None,
    permits: Path | None = None,
    trips: Path | None = None,
    workbook: Path | None = None,
) -> Incoming:
    """Read and check the files against ``store`` without writing anything: what an import
    would write, or ImportProblems naming everything wrong."""
    with bulk():
        incoming = read_incoming(store, import_sources(drivers, permits, trips, workbook))
    if incoming.problems:
        raise ImportProblems(incoming.problems)
    return incoming


def import_files(
    store: Store,
    drivers: Path | None = None,
    permits: Path | None = None,
    trips: Path | None = None,
    workbook: Path | None = None,
    *,
    reason: str | None = None,
    backup: bool = True,
    checked: Incoming | None = None,
) -> ImportSummary:
    """All or nothing; ``reason`` is logged with every change (an import that the window
    was told goes over a limit). ``checked``: what ``check_import`` returned for the same
    files against a store holding what this one holds (an empty one), so they are not read
    twice."""
    with bulk():
        return _import(store, drivers, permits, trips, workbook, reason, backup, checked)


def _import(
    store: Store,
    drivers: Path | None,
    permits: Path | None,
    trips: Path | None,
    workbook: Path | None,
    reason: str | None,
    backup: bool,
    checked: Incoming | None = None,
) -> ImportSummary:
    incoming = checked
    read_at = None
    if incoming is None:
        read_at = store.checked_token()
        incoming = read_incoming(store, import_sources(drivers, permits, trips, workbook))
    if incoming.problems:
        raise ImportProblems(incoming.problems)

    summary = ImportSummary()
    if backup and store.counts()["drivers"]:
        store.backup("before-import")
    with store.transaction(), store._because(reason):
        # Checked before the write lock was taken: if another program wrote since (or the
        # check was made against an empty file that is no longer empty), check again against
        # what is there now, so that its trips are never overlapped unseen.
        changed = (
            read_at != store.checked_token()
            if read_at is not None
            else any(store.counts().values())
        )
        if changed:
            incoming = read_incoming(store, import_sources(drivers, permits, trips, workbook))
            if incoming.problems:
                raise ImportProblems(incoming.problems)
        _write_drivers(store, incoming.drivers)
        summary.drivers += len(incoming.drivers)
        for did, driver_permits in incoming.permits.items():
            store.import_permits(did, driver_permits)
            summary.permits += len(driver_permits)
        _write_trips(store, incoming.trips)
        summary.trips += len(incoming.trips)
        summary.legs += sum(len(trip.legs) for trip in incoming.trips)
    return summary


class _IsoDays(dict[date, str]):
    """Each day's ISO text, made on first use (a lookup, not a call, for each leg)."""

    def __missing__(self, day: date) -> str:
        text = self[day] = day.isoformat()
        return text


def _write_drivers(store: Store, drivers: list[Driver]) -> None:
    """Every driver of an import in one statement, logged as ``Store.import_driver`` logs
    each: the driver's own fields replaced, their permits kept (and shown in the snapshot)."""
    db = store.db
    conn = db.conn
    permits: dict[str, list[list[str]]] = {}
    for did, *permit in conn.execute(
        "SELECT driver_id, country, kind, valid_from, valid_to FROM permits "
        "ORDER BY driver_id, country, kind, valid_from"
    ):
        permits.setdefault(did, []).append(permit)
    stored = {
        row[0]: {"id": row[0], "name": row[1], "citizenship": row[2], "category": row[3],
                 "permits": permits.get(row[0], [])}
        for row in conn.execute("SELECT id, name, citizenship, category FROM drivers")
    }  # fmt: skip
    conn.executemany(
        "INSERT INTO drivers (id, name, citizenship, category) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "citizenship = excluded.citizenship, category = excluded.category",
        [(d.id, d.name, d.citizenship, d.category) for d in drivers],
    )
    changes = []
    for d in drivers:
        new = {"id": d.id, "name": d.name, "citizenship": d.citizenship, "category": d.category,
               "permits": permits.get(d.id, [])}  # fmt: skip
        changes.append((d.id, stored.get(d.id), new, d.id))
    history.record_many(db, store.operation(), "driver", changes, store._reason)


def _write_trips(store: Store, trips: list[Trip]) -> None:
    """Every trip of an import in a few statements, logged as the store logs one trip: the
    snapshot before (only a trip already in the file has one), the trip as written after.
    One statement per trip and table took most of an import's time."""
    db = store.db
    conn = db.conn
    stored = {row[0] for row in conn.execute("SELECT id FROM trips")}
    before = {t.id: history.trip_snapshot(db, t.id) for t in trips if t.id in stored}
    conn.executemany(
        "INSERT INTO trips (id, driver_id, note) VALUES (?, ?, ?) ON CONFLICT(id) "
        "DO UPDATE SET driver_id = excluded.driver_id, note = excluded.note",
        [(t.id, t.driver_id, t.note) for t in trips],
    )
    conn.executemany("DELETE FROM legs WHERE trip_id = ?", [(tid,) for tid in before])
    iso = _IsoDays()  # a fleet's legs share about a thousand distinct days
    conn.executemany(
        "INSERT INTO legs (trip_id, seq, country, entry, exit) VALUES (?, ?, ?, ?, ?)",
        [
            (t.id, i, leg.country, iso[leg.entry], iso[leg.exit])
            for t in trips
            for i, leg in enumerate(t.legs)
        ],
    )
    history.record_texts(
        db,
        store.operation(),
        "trip",
        (
            (trip.id, history.encode(before.get(trip.id)), new, trip.driver_id)
            for trip, new in zip(trips, history.trip_texts(trips), strict=True)
        ),
        store._reason,
    )


import_csv = import_files  # the name the window and older callers know


def export_csv(
    store: Store,
    drivers: Path | None = None,
    permits: Path | None = None,
    trips: Path | None = None,
) -> None:
    everyone = store.drivers()
    if drivers:
        write_rows(
            drivers,
            list(DRIVER_COLUMNS),
            [[d.id, d.name, d.citizenship, d.category] for d in everyone],
        )
    if permits:
        write_rows(
            permits,
            list(PERMIT_COLUMNS),
            [
                [d.id, p.country, p.kind, p.valid_from.isoformat(), p.valid_to.isoformat()]
                for d in everyone
                for p in d.permits
            ],
        )
    if trips:
        write_rows(
            trips,
            list(TRIP_EXPORT_COLUMNS),
            [
                [
                    t.id,
                    t.driver_id or "",
                    leg.country,
                    leg.entry.isoformat(),
                    leg.exit.isoformat(),
                    t.note,
                ]
                # planned routes too: an export must hold everything an import needs
                for t in sorted([*store.trips(), *store.unassigned_trips()], key=lambda t: t.id)
                for leg in t.legs
            ],
        )
