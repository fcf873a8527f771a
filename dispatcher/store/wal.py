"""A ``-wal`` file left beside the database, and whether it belongs to it.

SQLite replays whatever ``-wal`` it finds beside a file into that file; the log carries no
mark of the database it came from. A ``-wal`` left by a crash must be replayed (it holds the
last edits), but one from another database — a file copied over ours after a crash, or a
pair copied together from two places — would silently replace pages of ours with pages of
the other. The change log tells them apart: it is append-only and written in the same
transaction as the tables, so with the file's own ``-wal`` applied the log continues the log
the file holds without it and replays to exactly the tables; with a foreign one it does not.

The check runs on copies in a temporary folder, only when a ``-wal`` with frames is there
and no other program has the database open (a live ``-wal`` is always its own).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import sys
from datetime import datetime
from pathlib import Path

from dispatcher.store import errors, history
from dispatcher.store.errors import FileProblem

WAL_HEADER = 32
SHM_DMS_BYTE = 128  # every open connection holds a shared lock on this byte of ``-shm``


def _sibling(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def in_use(path: Path) -> bool:
    """Whether another program has the database open (True when it cannot be told)."""
    shm = _sibling(path, "-shm")
    if not shm.exists():
        return False  # an open connection to a WAL file always has its -shm
    if sys.platform == "win32":
        return True
    import fcntl

    layout = "hhqqi4x" if struct.calcsize("hhqqi") == 28 else "hhqqi"
    query = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, SHM_DMS_BYTE, 1, 0)
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return True
    try:
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
    except OSError:
        return True
    finally:
        os.close(fd)
    return struct.unpack(layout, answer)[0] != fcntl.F_UNLCK


def _log(path: Path) -> list[tuple]:
    """The change log of a copy; raises when the copy is not whole or its tables are not
    what its log says (which a file of ours always is after every transaction)."""
    conn = sqlite3.connect(str(path))
    try:
        if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
            raise sqlite3.DatabaseError("integrity_check failed")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "changes" not in tables:
            return []
        from sqlite_utils import Database  # written only by the commands that write

        db = Database(conn)
        if history.replay(history.changes(db)) != history.current_state(db):
            raise sqlite3.DatabaseError("the tables are not what the change log says")
        return conn.execute("SELECT * FROM changes ORDER BY id").fetchall()
    finally:
        conn.close()


def foreign_log(path: Path) -> bool:
    """True when a ``-wal`` beside ``path`` would put another database's pages into it."""
    wal = _sibling(path, "-wal")
    try:
        if wal.stat().st_size <= WAL_HEADER or in_use(path):
            return False
    except FileNotFoundError:
        return False
    import shutil  # a rare path: every command opens a file, few meet a stray -wal
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dispatcher-wal-") as tmp:
        alone, joined = Path(tmp) / "alone.sqlite", Path(tmp) / "joined.sqlite"
        shutil.copyfile(path, alone)
        shutil.copyfile(path, joined)
        shutil.copyfile(wal, _sibling(joined, "-wal"))
        try:
            before = _log(alone)
        except sqlite3.Error:
            return (
                False  # the file is damaged without the -wal: SQLite's replay may be all there is
            )
        try:
            after = _log(joined)
        except sqlite3.Error:
            return True
    return after[: len(before)] != before


def set_aside_foreign_log(path: Path) -> Path | None:
    """Move a foreign ``-wal`` (and its ``-shm``) into the backups folder; where it went."""
    if not foreign_log(path):
        return None
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-foreign.sqlite-wal"
    _sibling(path, "-wal").replace(target)
    with contextlib.suppress(FileNotFoundError):
        _sibling(path, "-shm").unlink()
    return target


def foreign_error(path: Path) -> errors.FileError:
    return errors.FileError(
        FileProblem.tr(
            "%1: a -wal file beside it belongs to another database. Open the file in the window "
            "or import into it: the stray -wal is then moved into the backups folder. Nothing "
            "was changed."
        ).replace("%1", str(path))
    )
