"""The one place the window turns a refused file operation into plain words.

The store already raises its own errors for a read-only file, a full disk, a busy or a
damaged file; anything SQLite or the system raises past it is worded the same way here, so
an import, an export, a saved driver or a saved copy never ends in a traceback on stderr
while the window shows nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QWidget

from dispatcher.i18n import Context
from dispatcher.store import SchemaError, StoreError
from dispatcher.store.errors import file_error
from dispatcher.ui import dialogs

WindowErrors = Context("WindowErrors")

#: What a write path catches and hands to ``describe`` / ``report``.
FILE_ERRORS = (StoreError, SchemaError, sqlite3.Error, OSError)


def describe(exc: BaseException, path: Path) -> str | None:
    """The sentence to show, or None when the error is a bug (it is raised again)."""
    if isinstance(exc, StoreError | SchemaError):
        return str(exc)
    mapped = file_error(path, exc)
    return None if mapped is None else str(mapped)


def report(parent: QWidget | None, title: str, exc: BaseException, path: Path) -> None:
    """Show the error in a dialog; a bug goes on to the caller."""
    text = describe(exc, path)
    if text is None:
        raise exc
    dialogs.inform(parent, title, WindowErrors.tr("Nothing was changed.") + "\n\n" + text,
                   error=True)  # fmt: skip
