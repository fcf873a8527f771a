"""The carrier's tables written as one Excel workbook, and an empty template to fill in.

Sheets, headers, categories and permit kinds are written in the reader's language with words
the import reads (``store/headers.py``), so a workbook written here imports back unchanged
(``import --workbook``); dates are real Excel dates, ids and names are text cells (an id 007
stays 007, a name starting with = is never run as a formula).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from dispatcher.i18n import Context, language
from dispatcher.rules.countries import country_names
from dispatcher.rules.engine import Finding
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS
from dispatcher.rules.wording import engine_level_text
from dispatcher.store import headers
from dispatcher.store.database import Store
from dispatcher.store.transfer import (
    DRIVER_COLUMNS,
    PERMIT_COLUMNS,
    TRIP_EXPORT_COLUMNS,
)

Workbook = Context("Workbook")
DATE_FORMAT = "dd.mm.yyyy"
MAX_WIDTH = 60
TEMPLATE_ROWS = 2000


EXCEL_EPOCH = date(1899, 12, 30)


def _serial(day: date) -> int:
    """Excel's day number (1900 date system); XlsxWriter's own conversion is slower."""
    return (day - EXCEL_EPOCH).days


class _Sheet:
    """One sheet written row by row, remembering how wide each column has to be."""

    def __init__(self, book: Any, name: str, header: Sequence[str], formats: dict[str, Any]):
        self.sheet = book.add_worksheet(name)
        self.formats = formats
        self.widths = [len(h) + 2 for h in header]
        self.row = 0
        self.sheet.write_row(0, 0, header, formats["header"])
        self.sheet.freeze_panes(1, 0)

    def write(self, cells: Sequence[object]) -> None:
        self.row += 1
        for col, cell in enumerate(cells):
            if isinstance(cell, date):  # a serial day number with a date format is a real date
                self.sheet.write_number(self.row, col, _serial(cell), self.formats["date"])
                width = 10
            elif isinstance(cell, int):
                self.sheet.write_number(self.row, col, cell)
                width = len(str(cell))
            elif cell is None or cell == "":
                continue
            else:
                text = str(cell)
                self.sheet.write_string(self.row, col, text)
                width = max(len(line) for line in text.splitlines() or [""])
            if width + 2 > self.widths[col]:
                self.widths[col] = min(width + 2, MAX_WIDTH)

    def close(self) -> None:
        for col, width in enumerate(self.widths):
            self.sheet.set_column(col, col, width)


def _write_trips(sheet: _Sheet, store: Store, date_format: Any) -> None:
    """The fleet's hundred thousand legs: the general ``_Sheet.write`` made plain, since
    this loop is most of an export's time."""
    write_string, write_number = sheet.sheet.write_string, sheet.sheet.write_number
    serials: dict[date, int] = {}
    widths = sheet.widths
    row = 0
    for t in sorted([*store.trips(), *store.unassigned_trips()], key=lambda t: t.id):
        widths[0] = max(widths[0], len(t.id) + 2)
        if t.driver_id:
            widths[1] = max(widths[1], len(t.driver_id) + 2)
        if t.note:
            longest = max(len(line) for line in t.note.splitlines() or [""])
            widths[5] = max(widths[5], min(longest + 2, MAX_WIDTH))
        for leg in t.legs:
            row += 1
            write_string(row, 0, t.id)
            if t.driver_id:
                write_string(row, 1, t.driver_id)
            write_string(row, 2, leg.country)
            for col, day in ((3, leg.entry), (4, leg.exit)):
                serial = serials.get(day)
                if serial is None:
                    serial = serials[day] = _serial(day)
                write_number(row, col, serial, date_format)
            if t.note:
                write_string(row, 5, t.note)
    widths[3] = widths[4] = max(widths[3], 12)
    sheet.close()


def _book(path: Path) -> tuple[Any, dict[str, Any]]:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    formats = {
        "header": book.add_format({"bold": True, "bottom": 1}),
        "date": book.add_format({"num_format": DATE_FORMAT}),
    }
    return book, formats


def export_xlsx(
    store: Store,
    path: Path,
    findings: Iterable[Finding] = (),
    as_of: date | None = None,
) -> None:
    """drivers, permits, trips and the findings as of ``as_of``; written through a
    temporary file so a crash never leaves half a workbook."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    book, formats = _book(tmp)
    everyone = store.drivers()
    names = {d.id: d.name for d in everyone}
    lang = language()

    def sheet_of(table: str, columns: Sequence[str]) -> _Sheet:
        shown = [headers.shown_column(table, c, lang) for c in columns]
        return _Sheet(book, headers.shown_sheet(table, lang), shown, formats)

    sheet = sheet_of("drivers", DRIVER_COLUMNS)
    for d in everyone:
        sheet.write([d.id, d.name, d.citizenship, headers.shown_category(d.category, lang)])
    sheet.close()

    sheet = sheet_of("permits", PERMIT_COLUMNS)
    for d in everyone:
        for p in d.permits:
            kind = headers.shown_kind(p.kind, lang)
            sheet.write([d.id, p.country, kind, p.valid_from, p.valid_to])
    sheet.close()

    _write_trips(sheet_of("trips", TRIP_EXPORT_COLUMNS), store, formats["date"])

    sheet = _Sheet(book, Workbook.tr("findings"), _finding_header(), formats)
    for f in findings:
        sheet.write(
            [engine_level_text(f.level), f.driver_id, names.get(f.driver_id, ""), f.rule_id,
             f.trip_id, f.date, f.days_used, f.over_by, f.last_date, f.days_over, as_of]
        )  # fmt: skip
    sheet.close()
    if as_of is not None:
        book.set_custom_property("as_of", as_of.isoformat())
        book.set_properties({"comments": f"findings as of {as_of.isoformat()}"})
    book.close()
    tmp.replace(path)


def _finding_header() -> list[str]:
    """The findings sheet is read by people, not imported: its headers are translated."""
    return [
        Workbook.tr("level"), Workbook.tr("driver"), Workbook.tr("name"), Workbook.tr("rule"),
        Workbook.tr("trip"), Workbook.tr("first day over"), Workbook.tr("days used"),
        Workbook.tr("over by"), Workbook.tr("last day over"), Workbook.tr("days over"),
        Workbook.tr("as of"),
    ]  # fmt: skip


def write_template(path: Path) -> None:
    """An empty workbook to fill in: the three sheets with their headers, and drop-down
    lists for category, country and permit kind so a typo cannot get in."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    book = xlsxwriter.Workbook(str(tmp))
    header = book.add_format({"bold": True, "bottom": 1})
    dated = book.add_format({"num_format": DATE_FORMAT})
    codes = sorted(country_names())
    sheets = {
        "drivers": DRIVER_COLUMNS,
        "permits": PERMIT_COLUMNS,
        "trips": TRIP_EXPORT_COLUMNS,
    }
    written = {}
    lang = language()
    for name, columns in sheets.items():
        sheet = book.add_worksheet(headers.shown_sheet(name, lang))
        shown = [headers.shown_column(name, c, lang) for c in columns]
        sheet.write_row(0, 0, shown, header)
        sheet.freeze_panes(1, 0)
        for col, column in enumerate(columns):
            is_date = column in ("valid_from", "valid_to", "entry", "exit")
            sheet.set_column(col, col, max(len(column) + 4, 14), dated if is_date else None)
        written[name] = (sheet, columns)
    lists = book.add_worksheet("lists")
    lists.write_column(0, 0, codes)
    lists.hide()
    country_range = f"=lists!$A$1:$A${len(codes)}"
    choices = {
        "category": [headers.shown_category(c, lang) for c in CATEGORIES],
        "kind": [headers.shown_kind(k, lang) for k in PERMIT_KINDS],
        "citizenship": country_range,
        "country": country_range,
    }
    for sheet, columns in written.values():
        for col, column in enumerate(columns):
            if column in choices:
                source = choices[column]
                sheet.data_validation(
                    1, col, TEMPLATE_ROWS, col, {"validate": "list", "source": source}
                )
            elif column in ("valid_from", "valid_to", "entry", "exit"):
                sheet.data_validation(
                    1, col, TEMPLATE_ROWS, col,
                    {"validate": "date", "criteria": ">", "value": date(1990, 1, 1)},
                )  # fmt: skip
    book.close()
    tmp.replace(path)
