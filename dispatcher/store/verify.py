"""``dispatcher verify``: is the file whole, and do its tables say what its change log says?

SQLite's ``integrity_check`` finds damaged pages and indexes, but not a date digit changed
inside a row: the row is still well formed. The change log holds every record as it was
written, so replaying it and comparing with the tables names the record whose bytes
changed since; reading every row through the store's checks names values that no write
could have stored.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dispatcher.i18n import Context
from dispatcher.store import errors, history
from dispatcher.store.database import Store

Verify = Context("Verify")
MAX_LISTED = 20


@dataclass
class Difference:
    entity: str
    entity_id: str
    tables: Any
    log: Any

    def as_json(self) -> dict:
        return {"entity": self.entity, "id": self.entity_id, "tables": self.tables,
                "log": self.log}  # fmt: skip

    def text(self) -> str:
        if self.log is None:
            sentence = Verify.tr("%1 %2 is in the tables but not in the change log")
        elif self.tables is None:
            sentence = Verify.tr("%1 %2 is in the change log but missing from the tables")
        else:
            sentence = Verify.tr("%1 %2 differs: the tables hold %3, the change log says %4")
            sentence = sentence.replace("%3", _short(self.tables, self.log)).replace(
                "%4", _short(self.log, self.tables)
            )
        return sentence.replace("%1", self.entity).replace("%2", self.entity_id)


def _short(value: Any, other: Any) -> str:
    """The fields of ``value`` that differ from ``other``, not the whole record."""
    if isinstance(value, dict) and isinstance(other, dict):
        keys = [k for k in value if value.get(k) != other.get(k)]
        return json.dumps({k: value[k] for k in keys}, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


@dataclass
class VerifyReport:
    path: str
    integrity: list[str] = field(default_factory=list)
    damaged_rows: list[str] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    changes: int = 0

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.damaged_rows or self.differences)

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "file": self.path,
            "integrity": self.integrity or ["ok"],
            "damaged_rows": self.damaged_rows,
            "differences": [d.as_json() for d in self.differences],
            "changes": self.changes,
        }

    def text(self) -> str:
        if self.ok:
            return (
                Verify.tr(
                    "%1: all well: integrity_check ok; the %2 logged changes replay to "
                    "exactly the tables"
                )
                .replace("%1", self.path)
                .replace("%2", str(self.changes))
            )
        lines = [Verify.tr("%1 is damaged:").replace("%1", self.path)]
        lines += [f"  integrity_check: {p}" for p in self.integrity[:MAX_LISTED]]
        lines += [f"  {p}" for p in self.damaged_rows]
        lines += [f"  {d.text()}" for d in self.differences[:MAX_LISTED]]
        if len(self.differences) > MAX_LISTED:
            more = len(self.differences) - MAX_LISTED
            lines.append("  " + Verify.tr("… and %n more record(s)", "", more))
        lines.append(errors.restore_hint(Path(self.path)))
        return "\n".join(lines)


def verify(store: Store) -> VerifyReport:
    report = VerifyReport(str(store.path))
    db = store.db
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        report.integrity.append(str(exc))
        return report
    if rows != ["ok"]:
        report.integrity.extend(rows)
    for read in (store.drivers, store.trips, store.unassigned_trips):
        try:
            read()
        except errors.FileDamaged as exc:
            report.damaged_rows.append(str(exc).split(". ")[0])
            break
        except sqlite3.DatabaseError as exc:
            report.integrity.append(str(exc))
            return report
    try:
        log = history.changes(db)
        tables = history.current_state(db)
    except (sqlite3.DatabaseError, ValueError) as exc:
        report.damaged_rows.append(Verify.tr("the change log cannot be read: %1").replace(
            "%1", str(exc)))  # fmt: skip
        return report
    report.changes = len(log)
    replayed = history.replay(log)
    for entity in ("driver", "trip", "setting"):
        now, said = tables[entity], replayed[entity]
        for entity_id in sorted(set(now) | set(said)):
            if now.get(entity_id) != said.get(entity_id):
                report.differences.append(
                    Difference(entity, entity_id, now.get(entity_id), said.get(entity_id))
                )
    return report
