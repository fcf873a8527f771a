"""One stream of rows from a CSV file or a workbook sheet, so the import checks both alike.

The header row is read in the program's words or in the words offices use (``ФИО``,
``Въезд``); a column the program knows may appear once. Cells of ids, codes, dates and
categories never hold a line break or a control character: one that does is refused,
because it is nearly always a stray quote that swallowed the rows after it.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dispatcher.i18n import Context
from dispatcher.store import csvfiles, headers, workbooks
from dispatcher.store.csvfiles import CsvProblem, Row, Source, restore_cell

REQUIRED = {
    "drivers": ("id", "name", "citizenship", "category"),
    "permits": ("driver_id", "country", "kind", "valid_from", "valid_to"),
    "trips": ("trip_id", "driver_id", "country", "entry", "exit"),
}
FREE_TEXT = frozenset({"note"})  # may hold line breaks and tabs
# Names and ids never hold "?"; in a cp1251 file one is a letter Excel could not save.
NAMES = frozenset({"id", "name", "driver_id", "trip_id"})

Import = Context("Import")


def source_for(path: Path, table: str) -> Source:
    """The place one table is read from: the file, or the right sheet of a workbook."""
    path = Path(path)
    return workbooks.sheet_for(path, table) if workbooks.is_workbook(path) else Source(path)


def read_table(source: Source, table: str) -> Iterator[Row]:
    """Each record as a ``Row`` of the program's column names."""
    names, found = read_cells(source, table)
    for line, cells in found:
        yield Row(line, dict(zip(names, cells, strict=True)), source)


def read_cells(
    source: Source, table: str
) -> tuple[tuple[str, ...], Iterator[tuple[int, tuple[str, ...]]]]:
    """The column names the header gives (the required ones and any other the program
    knows) and each record's line and cells in that order, checked as ``read_table``
    describes. A fleet's trips file has a hundred thousand records: a tuple per record, not
    a dictionary and a ``Row``, is what lets the import check them in a fraction of the
    time. The header is read, and refused, at once."""
    lossy = plain = apostrophes = False
    if source.sheet is not None:
        found = workbooks.records(source)
        from_csv = False
    else:
        text, encoding = csvfiles.load(source.path)
        found = csvfiles.records(source.path, text)
        from_csv = True
        lossy = encoding == "cp1251"
        # No quote in the whole file: no cell can hold a line break (only a quoted one can),
        # so with no other control character anywhere (nor a "?" in a Windows-1251 file) no
        # row needs looking at for them, one by one
        plain = '"' not in text and _CONTROL_IN_FILE.search(text) is None
        plain = plain and not (lossy and "?" in text)
        apostrophes = "'" in text
    required = REQUIRED[table]
    try:
        header_line, header = next(found)
    except StopIteration:
        raise source.problem(1, None, Import.tr("is empty; expected a header row")) from None
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        name = headers.column(table, cell)
        if name is None:
            continue
        if name in index:
            raise source.problem(
                header_line,
                name,
                Import.tr("the column is in the header twice (as '%1' and '%2'); "
                          "remove one so that no value is silently ignored")
                .replace("%1", header[index[name]].strip())
                .replace("%2", cell.strip()),
            )  # fmt: skip
        index[name] = i
    missing = [c for c in required if c not in index]
    if missing:
        raise source.problem(
            header_line,
            missing[0],
            Import.tr("column is missing; the header must have %1").replace(
                "%1", ",".join(required)
            ),
        )
    last_needed = max(index[c] for c in required)
    form = _Form(len(header), index, last_needed, from_csv, lossy, plain, apostrophes)
    return tuple(index), _records(source, found, form)


@dataclass(frozen=True)
class _Form:
    """What the header and a look at the whole file tell about every record in it."""

    width: int
    index: dict[str, int]
    last_needed: int
    from_csv: bool
    lossy: bool
    plain: bool  # a CSV file with no quote and no control character but line ends
    apostrophes: bool  # (of a plain file) some cell may start with one: restore it


def _records(
    source: Source, found: Iterator[tuple[int, list[str]]], form: _Form
) -> Iterator[tuple[int, tuple[str, ...]]]:
    width, last_needed, lossy = form.width, form.last_needed, form.lossy
    positions = list(form.index.values())
    widest = max(positions)
    # the cells of a full row in one C call (itemgetter of one index gives no tuple)
    pick = operator.itemgetter(*positions) if len(positions) > 1 else None
    control, strip = _CONTROL.search, str.strip
    for line, values in found:
        cells = len(values)
        if cells != width:  # the common row has exactly the header's cells
            if cells > width and any(v.strip() for v in values[width:]):
                raise source.problem(
                    line,
                    None,
                    Import.tr("has %1 cells but the header has %2")
                    .replace("%1", str(cells))
                    .replace("%2", str(width)),
                )
            if cells <= last_needed:
                raise source.problem(
                    line,
                    None,
                    Import.tr("has %1 cells; expected %2")
                    .replace("%1", str(cells))
                    .replace("%2", str(width)),
                )
        if form.plain:
            restore = form.apostrophes
        else:
            joined = "".join(values)
            if control(joined) is not None or (lossy and "?" in joined):
                yield line, _checked(source, line, values, form)
                continue
            # the common row: no cell holds a control character (nor, in a Windows-1251
            # file, a "?"), so none has a problem: one search per row, not one per cell
            restore = form.from_csv and "'" in joined
        if pick is not None and cells > widest:
            picked = tuple(map(strip, pick(values)))
        else:
            picked = tuple(values[i].strip() if i < cells else "" for i in positions)
        if restore:
            picked = tuple(map(restore_cell, picked))
        yield line, picked


def _checked(source: Source, line: int, values: list[str], form: _Form) -> tuple[str, ...]:
    """The cells of a row that holds a control character (or a "?"), each looked at."""
    checked = []
    for name, i in form.index.items():
        value = values[i].strip() if i < len(values) else ""
        if form.from_csv:
            value = restore_cell(value)
        problem = _control_problem(value, name in FREE_TEXT)
        if problem is None and form.from_csv and name in FREE_TEXT:
            problem = _swallowed_rows(value, form.width)
        if problem is None and form.lossy and name in NAMES and "?" in value:
            problem = Import.tr(
                "the file is in Windows-1251, which has no Kazakh letters: Excel wrote '?' "
                "in their place. Save the file as CSV UTF-8 and import it again"
            )
        if problem:
            raise source.problem(line, name, problem)
        checked.append(value)
    return tuple(checked)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_IN_FILE = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")  # all but line ends


def _control_problem(value: str, free_text: bool) -> str | None:
    if _CONTROL.search(value) is None:
        return None
    for ch in value:
        if ch >= " " and ch != "\x7f":
            continue
        if ch in "\r\n":
            if free_text:
                continue
            return Import.tr(
                "the cell holds a line break: a quote opened on this line is probably not "
                "closed, and the rows after it would be read into this cell"
            )
        if free_text and ch == "\t":
            continue
        return Import.tr("the cell holds a control character (U+%1)").replace(
            "%1", f"{ord(ch):04X}"
        )
    return None


def _swallowed_rows(value: str, width: int) -> str | None:
    """A note may span lines, but a line inside it that has as many separators as a record
    is rows read into the note by a quote left open."""
    for text in value.splitlines()[1:]:
        if width > 1 and max(text.count(sep) for sep in csvfiles.SEPARATORS) >= width - 1:
            return Import.tr(
                "the cell holds whole rows of the file: a quote opened on this line is "
                "probably not closed"
            )
    return None


def workbook_sources(path: Path) -> dict[str, Source]:
    return workbooks.sheets(Path(path))


__all__ = ["CsvProblem", "Row", "Source", "read_table", "source_for", "workbook_sources"]
