"""What can go wrong with the file itself, in the words a dispatcher needs to act on it.

SQLite and the operating system report a full disk, a read-only folder, another program
holding the file or a damaged page as exceptions with codes. The store turns every one of
them into one of the errors below, so the command line (exit code 2) and the window (a
dialog) say the same plain sentence, and nothing shows a traceback for a problem the user
can fix.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from dispatcher.i18n import Context
from dispatcher.store.validate import StoreError

FileProblem = Context("FileProblem")

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class FileError(StoreError):
    """The database file cannot be used as asked; nothing was changed."""


class FileMissing(FileError):
    pass


class FileReadOnly(FileError):
    pass


class DiskFull(FileError):
    pass


class FileBusy(FileError):
    pass


class FileDamaged(FileError):
    pass


class NotOurFile(FileError):
    pass


class OlderSchema(FileError):
    """A file of an older schema opened only to read: it is upgraded by a writing command."""


def restore_hint(path: Path) -> str:
    folder = Path(path).parent / "backups"
    return FileProblem.tr(
        "To go back to a backup, start the window (it offers the newest good copy) or use "
        "File → Restore backup…; the copies are in %1."
    ).replace("%1", str(folder))


def damaged(path: Path, detail: str) -> FileDamaged:
    text = FileProblem.tr("%1 is damaged (%2). Nothing was changed.").replace("%1", str(path))
    return FileDamaged(text.replace("%2", detail) + " " + restore_hint(path))


def damaged_value(path: Path, table: str, row: object, column: str, value: object) -> FileDamaged:
    """A value no write of this program could have stored: the bytes changed on disk."""
    detail = (
        FileProblem.tr("table %1, row %2, column %3 holds %4")
        .replace("%1", table)
        .replace("%2", str(row))
        .replace("%3", column)
        .replace("%4", repr(value))
    )
    return damaged(path, detail)


def not_ours(path: Path, detail: str) -> NotOurFile:
    return NotOurFile(
        FileProblem.tr("%1 is not a dispatcher database (%2); it was not changed.")
        .replace("%1", str(path))
        .replace("%2", detail)
    )


def missing(path: Path) -> FileMissing:
    return FileMissing(
        FileProblem.tr(
            "%1: no such database file. Create it with an import, or in the window."
        ).replace("%1", str(path))
    )


def read_only(path: Path) -> FileReadOnly:
    return FileReadOnly(
        FileProblem.tr(
            "%1 is read-only (or its folder is): nothing was changed. Copy it to a folder you "
            "can write to, or ask for write access."
        ).replace("%1", str(path))
    )


def disk_full(path: Path) -> DiskFull:
    return DiskFull(
        FileProblem.tr(
            "The disk holding %1 is full: nothing was changed. Free some space and try again."
        ).replace("%1", str(path))
    )


def busy(path: Path) -> FileBusy:
    return FileBusy(
        FileProblem.tr(
            "%1 is busy in another window or program: nothing was changed. Try again in a moment."
        ).replace("%1", str(path))
    )


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def file_error(path: Path, exc: BaseException) -> FileError | None:
    """The plain error for a low-level one, or None when it is not about the file (a bug)."""
    if isinstance(exc, FileError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        text = str(exc)
        if code in (_BUSY, _LOCKED) or "database is locked" in text:
            return busy(path)
        if code == _READONLY or "readonly database" in text:
            return read_only(path)
        if code == _FULL or "disk is full" in text:
            return disk_full(path)
        if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
            return damaged(path, text)
        if code == _IOERR:  # the disk or the share failed us, or refused a write
            if not _writable(Path(path)):
                return read_only(path)
            return FileError(
                FileProblem.tr(
                    "%1 could not be read or written (%2): check the disk or the network "
                    "share and try again. Nothing was changed."
                )
                .replace("%1", str(path))
                .replace("%2", text)
            )
        if code == _CANTOPEN:
            if not _writable(Path(path)):
                return read_only(path)
            return FileError(
                FileProblem.tr("%1 cannot be opened (%2).")
                .replace("%1", str(path))
                .replace("%2", text)
            )
        return None
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return disk_full(path)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return read_only(Path(exc.filename) if exc.filename else path)
        if exc.errno == errno.ENOENT:
            return missing(Path(exc.filename) if exc.filename else path)
        return FileError(
            FileProblem.tr("%1 cannot be used: %2").replace("%1", str(path)).replace("%2", str(exc))
        )
    return None


@contextlib.contextmanager
def plain(path: Path) -> Iterator[None]:
    """Raise the plain error for anything the file itself caused; let a bug through."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        mapped = file_error(path, exc)
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc
