"""Reading .xlsx, .xls and .ods workbooks into the same records a CSV file gives.

Cells come back typed: an id typed as a number (1001, stored as 1001.0) becomes ``1001``,
a date cell becomes ``YYYY-MM-DD``; dates typed as text are left for the same date rules a
CSV cell follows. Row numbers are the sheet's own, so an error points at the row Excel shows.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import python_calamine

from dispatcher.i18n import Context
from dispatcher.store import headers
from dispatcher.store.csvfiles import CsvProblem, Source, read_file

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

Import = Context("Import")


def is_workbook(path: Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


def _open(path: Path) -> python_calamine.CalamineWorkbook:
    raw = read_file(path)  # the same refusals as a CSV: devices, pipes, size
    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(raw))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # calamine's errors, and a Rust panic on a damaged file
        raise CsvProblem(
            path,
            None,
            None,
            Import.tr("cannot be read as a workbook (%1)").replace("%1", str(exc)),
        ) from None


def sheets(path: Path) -> dict[str, Source]:
    """The sheets of a carrier workbook by table, found by English, Russian or Kazakh name."""
    path = Path(path)
    found: dict[str, Source] = {}
    for name in _open(path).sheet_names:
        table = headers.sheet_table(name)
        if table is None:
            continue  # a findings sheet, notes, anything else is not imported
        if table in found:
            raise CsvProblem(
                path,
                None,
                None,
                Import.tr("has two sheets for %1: '%2' and '%3'")
                .replace("%1", table)
                .replace("%2", found[table].sheet or "")
                .replace("%3", name),
            )
        found[table] = Source(path, name)
    if not found:
        raise CsvProblem(
            path,
            None,
            None,
            Import.tr("has no sheet named drivers, permits or trips (or водители, документы, "
                      "рейсы; жүргізушілер, рұқсаттар, рейстер)"),
        )  # fmt: skip
    return found


def sheet_for(path: Path, table: str) -> Source:
    """The sheet a one-table workbook (``--drivers drivers.xlsx``) holds: the one named for
    the table if there is one, else the first."""
    names = _open(path).sheet_names
    if not names:
        raise CsvProblem(path, None, None, Import.tr("has no sheets"))
    for name in names:
        if headers.sheet_table(name) == table:
            return Source(Path(path), name)
    return Source(Path(path), names[0])


def records(source: Source) -> Iterator[tuple[int, list[str]]]:
    """Each non-blank row of the sheet with its row number, cells as text."""
    book = _open(source.path)
    try:
        rows = book.get_sheet_by_name(source.sheet or "").to_python(skip_empty_area=False)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # as above: a damaged sheet is refused, not a crash
        raise source.problem(
            None, None, Import.tr("cannot be read (%1)").replace("%1", str(exc))
        ) from None
    for number, cells in enumerate(rows, start=1):
        values = [cell_text(cell) for cell in cells]
        if any(v.strip() for v in values):
            yield number, values


def cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat()  # a time of day on an entry date means nothing here
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, (time, timedelta)):
        return str(cell)
    return str(cell)
