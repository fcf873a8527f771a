"""Reading the carrier's CSV files the way offices actually write them.

Excel and friends write UTF-8 with or without a BOM, Windows-1251 (Russian Excel's "CSV"),
UTF-16 with a BOM ("Unicode text", tab-separated), ``,`` ``;`` or tab separators and CRLF;
all are read. What cannot be read right is refused whole and named: a device or pipe, a file
over the size limit, a NUL byte anywhere, a record whose cells the header does not explain.
A stray quote that would swallow the next rows into one cell is caught by the table reader
(ids, codes and dates never hold a line break) and named by the line where the quote opened.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dispatcher.i18n import Context

MAX_FILE_BYTES = 64 * 1024 * 1024
SEPARATORS = (",", ";", "\t")

Import = Context("Import")


@dataclass(frozen=True)
class Source:
    """Where rows come from: a file, and for a workbook the sheet in it."""

    path: Path
    sheet: str | None = None

    def problem(self, line: int | None, field: str | None, message: str) -> CsvProblem:
        return CsvProblem(self.path, line, field, message, self.sheet)


class CsvProblem(ValueError):
    """One thing wrong with one place in one file (or one sheet of a workbook)."""

    def __init__(
        self,
        path: Path | str,
        line: int | None,
        field: str | None,
        message: str,
        sheet: str | None = None,
    ):
        self.path = Path(path)
        self.line = line
        self.field = field
        self.sheet = sheet
        self.reason = message
        where = self.path.name
        if sheet is not None:
            where = Import.tr("%1, sheet '%2'").replace("%1", where).replace("%2", sheet)
            if line is not None:
                where = Import.tr("%1, row %2").replace("%1", where).replace("%2", str(line))
            if field:
                where = Import.tr("%1, column '%2'").replace("%1", where).replace("%2", field)
        else:
            if line is not None:
                where = Import.tr("%1, line %2").replace("%1", where).replace("%2", str(line))
            if field:
                where = Import.tr("%1, field '%2'").replace("%1", where).replace("%2", field)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]
    source: Source


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, refusing at once what is not a plain file and, while reading, what
    is over ``limit``: a pipe would hang the import and /dev/zero would fill the memory."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise CsvProblem(
            path, None, None, Import.tr("cannot be read (%1)").replace("%1", str(exc.strerror))
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise CsvProblem(path, None, None, Import.tr("is not a regular file"))
    if info.st_size > limit:
        raise CsvProblem(path, None, None, _too_big(info.st_size, limit))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise CsvProblem(
            path, None, None, Import.tr("cannot be read (%1)").replace("%1", str(exc.strerror))
        ) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped after the stat
            raise CsvProblem(path, None, None, Import.tr("is not a regular file"))
        raw = handle.read(limit + 1)
    if len(raw) > limit:  # it grew while we looked
        raise CsvProblem(path, None, None, _too_big(len(raw), limit))
    return raw


def _too_big(size: int, limit: int) -> str:
    return (
        Import.tr("is %1 MB; the limit is %2 MB")
        .replace("%1", str(size // 2**20))
        .replace("%2", str(limit // 2**20))
    )


def decode(path: Path, raw: bytes) -> str:
    return decode_as(path, raw)[0]


def decode_as(path: Path, raw: bytes) -> tuple[str, str]:
    """Text by its BOM (UTF-8, UTF-16), else UTF-8, else Windows-1251 (Russian Excel)."""
    encodings: tuple[str, ...]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    elif raw.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "cp1251")
        _refuse_damaged_utf8(path, raw)
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            failure = exc
            continue
        break
    else:
        line = raw[: failure.start].count(b"\n") + 1
        raise CsvProblem(
            path, line, None, Import.tr("is not text in UTF-8, UTF-16 or Windows-1251")
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise CsvProblem(
            path,
            text.count("\n", 0, nul) + 1,
            None,
            Import.tr("is a binary file, not CSV text (it holds a NUL byte)"),
        )
    return text, encoding


def _refuse_damaged_utf8(path: Path, raw: bytes) -> None:
    """A UTF-8 file with one broken byte must not be read as Windows-1251: every Cyrillic
    name in it would turn into mojibake. Real cp1251 text is almost never valid UTF-8 past
    a letter or two, so more well-formed UTF-8 letters than broken bytes means damage."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        broken = text.count("\ufffd")
        letters = sum(1 for ch in text if ch > "\x7f") - broken
        if letters > broken:
            line = raw[: exc.start].count(b"\n") + 1
            raise CsvProblem(
                path,
                line,
                None,
                Import.tr("is UTF-8 text with a damaged byte; save it again as CSV UTF-8"),
            ) from None


def separator(header_line: str) -> str:
    """The separator the header row uses most: ``,``, ``;`` or tab (a comma on a tie)."""
    counts = {sep: header_line.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def load(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read in."""
    return decode_as(Path(path), read_file(Path(path)))


def records(path: Path, text: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the line it starts on (the header too), blank lines skipped."""
    path = Path(path)
    if text is None:
        text = load(path)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(text.split("\n", 1)[0]))
    start = 1
    try:
        for values in reader:
            # a blank line, or one of separators only, is skipped (a first cell with
            # something in it tells a row at once)
            if (values and values[0].strip()) or "".join(values).strip():
                yield start, values
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvProblem(
            path,
            start,
            None,
            Import.tr("cannot be read as CSV (%1); a quote may be left open on this line").replace(
                "%1", str(exc)
            ),
        ) from None


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
    """Write through a temporary file so that a crash never leaves half a file. The BOM
    makes Excel open the file as UTF-8 instead of garbling Cyrillic names."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([neutralise_cell(str(cell)) for cell in row] for row in rows)
    tmp.replace(path)
