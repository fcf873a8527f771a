"""Import and export of the three CSV files of RULES.md.

Import upserts by id: a driver's row replaces the driver, a trip's rows replace all legs of
that trip, a permit is keyed by driver, country, kind and start. Everything is checked
first (including clashes with trips already in the file) and written in one transaction:
a file with one bad cell changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dispatcher.rules.model import Driver, Leg, Permit, Trip
from dispatcher.store import validate
from dispatcher.store.csvfiles import CsvProblem, Row, read_rows, write_rows
from dispatcher.store.database import Store

DRIVER_COLUMNS = ("id", "name", "citizenship", "category")
PERMIT_COLUMNS = ("driver_id", "country", "kind", "valid_from", "valid_to")
TRIP_COLUMNS = ("trip_id", "driver_id", "country", "entry", "exit")
MAX_PROBLEMS = 20


class ImportProblems(ValueError):
    """Everything wrong with an import, up to ``MAX_PROBLEMS``; nothing was written."""

    def __init__(self, problems: list[CsvProblem]):
        self.problems = problems
        lines = [str(p) for p in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            lines.append(f"... and {len(problems) - MAX_PROBLEMS} more problems")
        super().__init__("\n".join(lines))


@dataclass
class ImportSummary:
    drivers: int = 0
    permits: int = 0
    trips: int = 0
    legs: int = 0


@dataclass
class _Reader:
    path: Path
    problems: list[CsvProblem] = field(default_factory=list)

    def fail(self, row: Row, column: str | None, message: str) -> None:
        self.problems.append(CsvProblem(self.path, row.line, column, message))

    def check(self, row: Row, column: str, problem: str | None) -> bool:
        if problem:
            self.fail(row, column, problem)
        return problem is None

    def code(self, row: Row, column: str) -> str:
        return row.values[column].upper()

    def day(self, row: Row, column: str) -> date | None:
        try:
            return validate.parse_date(row.values[column])
        except ValueError as exc:
            self.fail(row, column, str(exc))
            return None


def _read_drivers(path: Path, problems: list[CsvProblem]) -> tuple[list[Driver], set[str]]:
    """The valid drivers, and every id the file names (so a bad row's trips are not blamed)."""
    reader = _Reader(path, problems)
    drivers: dict[str, Driver] = {}
    first_line: dict[str, int] = {}
    for row in read_rows(path, DRIVER_COLUMNS):
        did, name = row.values["id"], row.values["name"]
        citizenship, category = reader.code(row, "citizenship"), row.values["category"].lower()
        ok = reader.check(row, "id", validate.text_problem(did, "driver id"))
        ok &= reader.check(row, "name", validate.text_problem(name, "name"))
        ok &= reader.check(row, "citizenship", validate.country_problem(citizenship))
        ok &= reader.check(row, "category", validate.category_problem(category))
        if did in first_line:
            reader.fail(row, "id", f"driver id {did!r} is already on line {first_line[did]}")
            continue
        first_line[did] = row.line
        if ok:
            drivers[did] = Driver(did, name, citizenship, category)
    return list(drivers.values()), set(first_line)


def _read_permits(
    path: Path, problems: list[CsvProblem], known_driver: Callable[[str], bool]
) -> dict[str, list[Permit]]:
    reader = _Reader(path, problems)
    permits: dict[str, list[Permit]] = {}
    first_line: dict[tuple, int] = {}
    for row in read_rows(path, PERMIT_COLUMNS):
        did, country, kind = (
            row.values["driver_id"],
            reader.code(row, "country"),
            row.values["kind"],
        )
        kind = kind.lower()
        ok = reader.check(
            row, "driver_id", None if known_driver(did) else f"unknown driver {did!r}"
        )
        ok &= reader.check(row, "country", validate.country_problem(country))
        ok &= reader.check(row, "kind", validate.kind_problem(kind))
        valid_from, valid_to = reader.day(row, "valid_from"), reader.day(row, "valid_to")
        if valid_from and valid_to and valid_to < valid_from:
            reader.fail(row, "valid_to", f"{valid_to} is before valid_from {valid_from}")
            ok = False
        if not (ok and valid_from and valid_to):
            continue
        key = (did, country, kind, valid_from)
        if key in first_line:
            reader.fail(row, "valid_from", f"the same permit is already on line {first_line[key]}")
            continue
        first_line[key] = row.line
        permits.setdefault(did, []).append(Permit(country, kind, valid_from, valid_to))
    return permits


def _read_trips(
    path: Path, problems: list[CsvProblem], known_driver: Callable[[str], bool]
) -> tuple[list[Trip], dict[str, int]]:
    reader = _Reader(path, problems)
    legs: dict[str, list[Leg]] = {}
    owner: dict[str, tuple[str, int]] = {}
    leg_lines: dict[str, list[int]] = {}
    for row in read_rows(path, TRIP_COLUMNS):
        tid, did, country = (
            row.values["trip_id"],
            row.values["driver_id"],
            reader.code(row, "country"),
        )
        ok = reader.check(row, "trip_id", validate.text_problem(tid, "trip id"))
        ok &= reader.check(  # an empty driver is a planned route nobody has taken yet
            row, "driver_id", None if not did or known_driver(did) else f"unknown driver {did!r}"
        )
        ok &= reader.check(row, "country", validate.country_problem(country))
        entry, exit_ = reader.day(row, "entry"), reader.day(row, "exit")
        if entry and exit_ and exit_ < entry:
            reader.fail(row, "exit", f"{exit_} is before entry {entry}")
            ok = False
        if tid in owner and owner[tid][0] != did:
            reader.fail(
                row,
                "driver_id",
                f"trip {tid!r} belongs to {owner[tid][0]!r} on line {owner[tid][1]}",
            )
            ok = False
        if not (ok and entry and exit_):
            continue
        owner.setdefault(tid, (did, row.line))
        legs.setdefault(tid, []).append(Leg(country, entry, exit_))
        leg_lines.setdefault(tid, []).append(row.line)
    for tid, trip_legs in legs.items():
        for n, m in validate.overlapping_legs(trip_legs):
            problems.append(
                CsvProblem(
                    path,
                    leg_lines[tid][m - 1],
                    "entry",
                    f"this leg of trip {tid!r} ({trip_legs[m - 1].entry} to "
                    f"{trip_legs[m - 1].exit}) overlaps its leg on line {leg_lines[tid][n - 1]} "
                    f"({trip_legs[n - 1].entry} to {trip_legs[n - 1].exit}); "
                    "legs may share only a crossing day",
                )
            )
    trips = [Trip(tid, owner[tid][0] or None, tuple(ls)) for tid, ls in legs.items()]
    return trips, {tid: line for tid, (_, line) in owner.items()}


def _clashes(
    store: Store, trips: list[Trip], lines: dict[str, int], path: Path
) -> list[CsvProblem]:
    """Overlapping stays of one driver in different trips, against the file and the database."""
    incoming = {t.id: t for t in trips}
    by_driver: dict[str, list[Trip]] = {}
    for trip in store.trips():
        if trip.id not in incoming:
            by_driver.setdefault(trip.driver_id or "", []).append(trip)
    for trip in trips:
        by_driver.setdefault(trip.driver_id or "", []).append(trip)
    problems = []
    by_driver.pop("", None)  # planned routes without a driver cannot clash with each other
    for driver_trips in by_driver.values():
        driver_trips.sort(key=lambda t: (t.start, t.end))
        latest: Trip | None = None
        for trip in driver_trips:
            if latest is not None and trip.clashes_with(latest):
                culprit, other = (trip, latest) if trip.id in incoming else (latest, trip)
                where = "in the database" if other.id not in incoming else f"line {lines[other.id]}"
                problems.append(
                    CsvProblem(
                        path,
                        lines.get(culprit.id),
                        "entry",
                        f"trip {culprit.id!r} ({culprit.start} to {culprit.end}) overlaps trip "
                        f"{other.id!r} ({other.start} to {other.end}, {where}) of driver "
                        f"{trip.driver_id!r}; trips may share only a crossing day",
                    )
                )
            if latest is None or trip.end > latest.end:
                latest = trip
    return problems


def import_csv(
    store: Store,
    drivers: Path | None = None,
    permits: Path | None = None,
    trips: Path | None = None,
) -> ImportSummary:
    problems: list[CsvProblem] = []
    new_drivers, named = _read_drivers(drivers, problems) if drivers else ([], set())
    known = store.driver_ids() | named

    def known_driver(did: str) -> bool:
        return did in known

    new_permits = _read_permits(permits, problems, known_driver) if permits else {}
    new_trips, lines = _read_trips(trips, problems, known_driver) if trips else ([], {})
    if trips and not problems:
        problems.extend(_clashes(store, new_trips, lines, trips))
    if problems:
        raise ImportProblems(problems)

    summary = ImportSummary()
    if store.counts()["drivers"]:
        store.backup("before-import")
    with store.transaction():
        for driver in new_drivers:
            store.import_driver(driver)
            summary.drivers += 1
        for did, driver_permits in new_permits.items():
            store.import_permits(did, driver_permits)
            summary.permits += len(driver_permits)
        for trip in new_trips:
            store._put_trip(trip)
            summary.trips += 1
            summary.legs += len(trip.legs)
    return summary


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
            list(TRIP_COLUMNS),
            [
                [t.id, t.driver_id or "", leg.country, leg.entry.isoformat(), leg.exit.isoformat()]
                # planned routes too: an export must hold everything an import needs
                for t in sorted([*store.trips(), *store.unassigned_trips()], key=lambda t: t.id)
                for leg in t.legs
            ],
        )
