"""The carrier's settings (rule switches, thresholds, the carrier's name): one JSON value per
key, logged like any other change so an undo of a setting works as an undo of a trip."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dispatcher.store import errors

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from sqlite_utils import Database


class Settings:
    """The settings part of ``Store``; it needs the store's connection, log and transaction."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:

        @property
        def db(self) -> Database: ...

    path: Path

    if TYPE_CHECKING:

        def transaction(self) -> AbstractContextManager[Database]: ...

        def _logged(self, entity: str, entity_id: str, write: Callable[[], object]) -> None: ...

    def setting(self, key: str, default: Any = None) -> Any:
        with errors.plain(self.path):
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except (TypeError, ValueError):  # a damaged value is said so, never read as another
            raise errors.damaged_value(self.path, "settings", key, "value", row[0]) from None

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self._write_setting(key, value)

    def _write_setting(self, key: str, value: Any) -> None:
        self._logged("setting", key, lambda: self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        ))  # fmt: skip

    def _delete_setting(self, key: str) -> None:
        self._logged(
            "setting", key, lambda: self.db.execute("DELETE FROM settings WHERE key = ?", (key,))
        )
