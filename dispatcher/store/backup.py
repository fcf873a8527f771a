"""Copies of the database in ``backups/`` beside it, taken with SQLite's online backup API.

Taken before every schema upgrade, before every import, before a restore, and once a day
on the first start of the window. The newest ``KEEP`` copies are kept; older ones are
deleted when a new one is taken. A copy made by the backup API is a consistent snapshot even
while another program writes, and a restore writes through the same API, so the live file is
never half-copied.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP = 20
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int
    reason: str


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def take_backup(db_path: Path, reason: str, source: sqlite3.Connection | None = None) -> Path:
    """Copy the database (through ``source`` if given: the caller's own connection)."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite"
    part = target.with_name(target.name + ".part")
    own = source is None
    src = sqlite3.connect(str(db_path), timeout=10) if own else source
    try:
        dst = sqlite3.connect(str(part))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        if own:
            src.close()
    part.replace(target)
    prune(db_path)
    return target


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for path in backup_dir(db_path).glob("*.sqlite"):
        match = _NAME.search(path.name)
        if match:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            found.append(Backup(path, taken, path.stat().st_size, match.group(2)))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def prune(db_path: Path, keep: int = KEEP) -> None:
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)


def daily_backup(db_path: Path) -> Path | None:
    """One copy per day, on the first start; None when today's copy exists or no file yet."""
    if not Path(db_path).exists():
        return None
    today = datetime.now().date()
    if any(b.reason == "daily" and b.taken_at.date() == today for b in list_backups(db_path)):
        return None
    return take_backup(db_path, "daily")


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put a backup back; the current file is first saved as a 'before-restore' backup."""
    saved = take_backup(db_path, "before-restore")
    src = sqlite3.connect(str(backup))
    dst = sqlite3.connect(str(db_path), timeout=10)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return saved
