"""Reading the carrier's CSV files the way people actually write them.

Excel writes a BOM, ``;`` separators and CRLF; all are accepted. A file that is binary or
absurdly large is refused before it is parsed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 64 * 1024 * 1024


class CsvProblem(ValueError):
    """One thing wrong with one place in one file."""

    def __init__(self, path: Path | str, line: int | None, field: str | None, message: str):
        self.path = Path(path)
        self.line = line
        self.field = field
        where = self.path.name
        if line is not None:
            where += f", line {line}"
        if field:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[Row]:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CsvProblem(path, None, None, f"cannot be read ({exc.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise CsvProblem(path, None, None, f"is {size // 2**20} MB; the limit is 64 MB")
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise CsvProblem(path, None, None, "is a binary file, not CSV text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CsvProblem(path, line, None, "is not UTF-8 text (save it as CSV UTF-8)") from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise CsvProblem(path, 1, None, "is empty; expected a header row") from None
    except csv.Error as exc:
        raise CsvProblem(path, 1, None, f"cannot be read as CSV ({exc})") from None
    columns = [h.strip().lower() for h in header]
    missing = [c for c in required if c not in columns]
    if missing:
        raise CsvProblem(
            path, 1, missing[0], "column is missing; the header must have " + ",".join(required)
        )
    index = {name: columns.index(name) for name in columns}
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            line = reader.line_num
            if len(values) < len(required):
                raise CsvProblem(
                    path, line, None, f"has {len(values)} cells; expected at least {len(required)}"
                )
            yield Row(
                line,
                {
                    name: restore_cell(values[i].strip()) if i < len(values) else ""
                    for name, i in index.items()
                },
            )
    except csv.Error as exc:
        raise CsvProblem(path, reader.line_num, None, f"cannot be read as CSV ({exc})") from None


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def restore_cell(value: str) -> str:
    """Undo ``neutralise_cell`` so that an exported file imports back unchanged."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def write_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write through a temporary file so that a crash never leaves half a file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([neutralise_cell(str(cell)) for cell in row] for row in rows)
    tmp.replace(path)
