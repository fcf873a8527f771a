"""Copies of the database in ``backups/`` beside it, taken with SQLite's online backup API.

Taken before every schema upgrade, before every import, before a restore, and once a day
on the first start of the window. A copy made by the backup API is a consistent snapshot
even while another program writes, and a restore writes through the same API, so the live
file is never half-copied.

A file that fails SQLite's ``quick_check`` is never copied: an import retried twenty times
on a damaged file would otherwise push every good copy out. What is kept: the newest
``KEEP`` copies, the newest copy of each of the last ``WEEKS`` weeks, and always the newest
copy that passes ``quick_check``.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dispatcher.store import errors
from dispatcher.store.errors import FileProblem

KEEP = 20
WEEKS = 13  # one copy per week for three months
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int
    reason: str


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _problems(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def _cut_short(path: Path) -> list[str]:
    """A file whose size is not a whole number of pages was cut short; ``quick_check`` does
    not see it when the missing bytes fall in a page's unused space (SQLite reads zeros)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(100)
            size = handle.seek(0, 2)
    except OSError:
        return []
    page = int.from_bytes(head[16:18], "big") if len(head) >= 18 else 0
    page = 65536 if page == 1 else page
    if size and page >= 512 and size % page:
        return [FileProblem.tr("its size is not a whole number of pages: it was cut short")]
    return []


def passes_check(path: Path) -> bool:
    """Whether a file opens and passes ``quick_check`` (read-only: the copy is not touched)."""
    try:
        conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
        try:
            return not _problems(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def take_backup(db_path: Path, reason: str, source: sqlite3.Connection | None = None) -> Path:
    """Copy the database (through ``source`` if given: the caller's own connection).

    Raises ``FileDamaged`` and copies nothing when the file fails ``quick_check``.
    """
    if source is not None and source.in_transaction:
        # SQLite's backup of a connection in the middle of its own write never finishes
        # (the copy restarts forever): a caller's bug, said at once rather than a hang.
        raise RuntimeError("a backup was asked for inside an open transaction")
    folder = backup_dir(db_path)
    target = folder / f"{Path(db_path).stem}-{_stamp()}-{reason}.sqlite"
    part = target.with_name(target.name + ".part")
    own = source is None
    with errors.plain(Path(db_path)):
        src = sqlite3.connect(str(db_path), timeout=10) if source is None else source
        try:
            problems = (_cut_short(Path(db_path)) if own else []) or _problems(src)
            if problems:
                raise errors.damaged(
                    Path(db_path),
                    FileProblem.tr("%1; no backup was taken, the good copies are kept")
                    .replace("%1", "; ".join(problems[:3])),
                )  # fmt: skip
            folder.mkdir(parents=True, exist_ok=True)
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


def newest_good(db_path: Path) -> Backup | None:
    return next((b for b in list_backups(db_path) if passes_check(b.path)), None)


def to_keep(backups: list[Backup], now: datetime, keep: int = KEEP) -> set[Path]:
    """The newest ``keep``, and the newest of each of the last ``WEEKS`` weeks."""
    kept = {b.path for b in backups[:keep]}
    weeks: set[int] = set()
    for b in backups:  # newest first: the first seen in a week is its newest
        week = (now - b.taken_at).days // 7
        if 0 <= week < WEEKS and week not in weeks:
            weeks.add(week)
            kept.add(b.path)
    return kept


def prune(db_path: Path, keep: int = KEEP, now: datetime | None = None) -> None:
    backups = list_backups(db_path)
    kept = to_keep(backups, now or datetime.now(), keep)
    good = next((b for b in backups if passes_check(b.path)), None)
    if good is not None:
        kept.add(good.path)  # however old: it may be the only way back
    for old in backups:
        if old.path not in kept:
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
    """Put a backup back; the current file is first saved as a 'before-restore' backup.

    A current file too damaged to be backed up is kept aside as it is, under a name the list
    of backups does not show, and the backup replaces it whole.
    """
    db_path = Path(db_path)
    if not passes_check(backup):
        raise errors.damaged(Path(backup), FileProblem.tr("this backup fails the check"))
    try:
        saved = take_backup(db_path, "before-restore")
    except errors.FileDamaged:
        return _replace_damaged(db_path, backup)
    with errors.plain(db_path):
        src = sqlite3.connect(str(backup))
        dst = sqlite3.connect(str(db_path), timeout=10)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    return saved


def _replace_damaged(db_path: Path, backup: Path) -> Path:
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{db_path.stem}-{_stamp()}-damaged.sqlite-damaged"
    part = db_path.with_name(db_path.name + ".part")
    import shutil  # restoring is rare; every command imports this module

    with errors.plain(db_path):
        shutil.copyfile(db_path, aside)
        shutil.copyfile(backup, part)
        for suffix in ("-wal", "-shm"):  # they belong to the damaged file, not the copy
            old = Path(f"{db_path}{suffix}")
            if old.exists():
                old.replace(Path(f"{aside}{suffix}"))
        part.replace(db_path)
    return aside
