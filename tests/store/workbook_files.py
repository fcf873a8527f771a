"""Writers of the workbook formats offices bring, for import tests: .xlsx by XlsxWriter,
.xls by xlwt (test extra), .ods by hand (a zip of a few XML parts; no library needed)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

Cell = str | int | float | date | None


def write_xlsx(path: Path, sheets: dict[str, list[list[Cell]]]) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    dotted = book.add_format({"num_format": "dd.mm.yyyy"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if isinstance(cell, date):
                    sheet.write_datetime(r, c, cell, dotted)
                elif isinstance(cell, (int, float)):
                    sheet.write_number(r, c, cell)
                elif cell:
                    sheet.write_string(r, c, cell)
    book.close()
    return path


def write_xls(path: Path, sheets: dict[str, list[list[Cell]]]) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    dotted = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if isinstance(cell, date):
                    sheet.write(r, c, cell, dotted)
                elif cell is not None and cell != "":
                    sheet.write(r, c, cell)
    book.save(str(path))
    return path


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)


def _ods_cell(cell: Cell) -> str:
    if cell is None or cell == "":
        return "<table:table-cell/>"
    if isinstance(cell, date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{cell.isoformat()}">'
            f"<text:p>{cell.strftime('%d.%m.%Y')}</text:p></table:table-cell>"
        )
    if isinstance(cell, (int, float)):
        return (
            f'<table:table-cell office:value-type="float" office:value="{cell}">'
            f"<text:p>{cell}</text:p></table:table-cell>"
        )
    return (
        '<table:table-cell office:value-type="string">'
        f"<text:p>{escape(cell)}</text:p></table:table-cell>"
    )


def write_ods(path: Path, sheets: dict[str, list[list[Cell]]]) -> Path:
    tables = "".join(
        f"<table:table table:name={quoteattr(name)}>"
        + "".join(
            "<table:table-row>" + "".join(_ods_cell(c) for c in row) + "</table:table-row>"
            for row in rows
        )
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}>'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
