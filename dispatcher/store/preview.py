"""What an import would do, found without writing: so the window can show the rows that
would be added, changed (old and new values side by side) and refused before anyone
confirms. It reads the same files through the same checks as the import itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dispatcher.rules.model import Driver, Permit, Trip
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.database import Store
from dispatcher.store.transfer import import_sources, read_incoming


@dataclass(frozen=True)
class PreviewRow:
    """One driver, permit or trip the import touches."""

    table: str  # drivers, permits or trips
    key: str  # the driver id, the trip id, or a permit's driver, country, kind and start
    old: dict[str, str]  # empty when the row is new
    new: dict[str, str]

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(name for name, value in self.new.items() if self.old.get(name) != value)


@dataclass
class ImportPreview:
    added: list[PreviewRow] = field(default_factory=list)
    changed: list[PreviewRow] = field(default_factory=list)
    refused: list[CsvProblem] = field(default_factory=list)
    unchanged: int = 0

    @property
    def can_import(self) -> bool:
        """An import is all or nothing: one refused row stops it."""
        return not self.refused


def _driver(d: Driver) -> dict[str, str]:
    return {"name": d.name, "citizenship": d.citizenship, "category": d.category}


def _permit(p: Permit) -> dict[str, str]:
    return {"valid_to": p.valid_to.isoformat()}


def _permit_key(driver_id: str, p: Permit) -> str:
    return f"{driver_id} {p.country} {p.kind} {p.valid_from.isoformat()}"


def _trip(t: Trip) -> dict[str, str]:
    return {
        "driver_id": t.driver_id or "",
        "legs": "; ".join(
            f"{leg.country} {leg.entry.isoformat()} – {leg.exit.isoformat()}" for leg in t.legs
        ),
        "note": t.note,
    }


def preview_import(
    store: Store,
    drivers: Path | None = None,
    permits: Path | None = None,
    trips: Path | None = None,
    workbook: Path | None = None,
) -> ImportPreview:
    preview = ImportPreview()
    try:
        incoming = read_incoming(store, import_sources(drivers, permits, trips, workbook))
    except CsvProblem as problem:  # the file as a whole cannot be read
        preview.refused.append(problem)
        return preview
    preview.refused.extend(incoming.problems)

    def sort(table: str, key: str, old: dict[str, str] | None, new: dict[str, str]) -> None:
        if old is None:
            preview.added.append(PreviewRow(table, key, {}, new))
        elif old != new:
            preview.changed.append(PreviewRow(table, key, old, new))
        else:
            preview.unchanged += 1

    stored = {d.id: d for d in store.drivers()}
    for d in incoming.drivers:
        sort("drivers", d.id, _driver(stored[d.id]) if d.id in stored else None, _driver(d))
    for did, permits_of in incoming.permits.items():
        held = {
            _permit_key(did, p): _permit(p) for p in (stored[did].permits if did in stored else ())
        }
        for p in permits_of:
            key = _permit_key(did, p)
            sort("permits", key, held.get(key), _permit(p))
    for t in incoming.trips:
        old = store.trip(t.id)
        sort("trips", t.id, _trip(old) if old else None, _trip(t))
    return preview
