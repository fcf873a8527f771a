"""Database files as earlier versions of dispatcher wrote them, kept as SQL text in
tests/data (diffable, nothing binary in the repository) and built into a file on demand."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
VERSIONS = sorted(int(p.stem.removeprefix("schema-v")) for p in DATA.glob("schema-v*.sql"))


def old_database(version: int, path: Path) -> Path:
    """A file of schema ``version`` at ``path``, byte for byte what that version would read."""
    script = (DATA / f"schema-v{version}.sql").read_text(encoding="utf-8")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.executescript(script)
    return path
