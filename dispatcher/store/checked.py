"""Which database files already passed ``quick_check`` and have not changed since.

Every command checks a file's pages before it answers, so that a damaged file is refused
instead of counted. The check reads every page: 20 ms for 1,000 drivers, 200 ms for 10,000,
paid by every ``status`` of one driver. A file that passed and has not been written since
cannot have been damaged by a write, so it is checked once after each change, not on every
read.

"Not written since" is judged by what the file system records of the database and its
``-wal``: device, inode, size, modification and change times. A file whose last write is
younger than ``SETTLED_S`` is never remembered: a write in the same tick of a coarse clock
(two seconds on FAT) could leave the times as they were. The list lives in the user's data
folder, not in the database, so read-only commands still never write the file they read;
a list that is missing, unreadable or foreign means "check again", never "trust".
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from dispatcher import paths

SETTLED_S = 3.0
KEPT = 32  # files remembered; the oldest is forgotten first

Identity = list[list[int] | None]


def identity(db_path: Path) -> Identity | None:
    """The database's and its ``-wal``'s file-system facts, or None when there is no file."""
    found: Identity = []
    for path in (db_path, Path(f"{db_path}-wal")):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            found.append(None)
            continue
        if st.st_size == 0 and found:  # an empty -wal holds no pages (a reader makes one)
            found.append(None)
            continue
        found.append([st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return found if found[0] is not None else None


def _list_path() -> Path:
    return paths.data_dir() / "checked-files.json"


def _key(db_path: Path) -> str:
    return str(db_path.resolve())


def _read() -> dict[str, Identity]:
    try:
        found = json.loads(_list_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def already_checked(db_path: Path, now: Identity) -> bool:
    return _read().get(_key(db_path)) == now


def remember(db_path: Path, before: Identity) -> None:
    """Note that the file as ``before`` describes it passed; only when it is still so after
    the check and its last write has settled. A failure to write the list costs a check."""
    if identity(db_path) != before:
        return
    newest_ns = max(part[3] for part in before if part is not None)
    if time.time_ns() - newest_ns < SETTLED_S * 1e9:
        return
    found = _read()
    found.pop(_key(db_path), None)
    found[_key(db_path)] = before
    kept = dict(list(found.items())[-KEPT:])
    target = _list_path()
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part.write_text(json.dumps(kept), encoding="utf-8")
        part.replace(target)
    except OSError:
        part.unlink(missing_ok=True)
