"""Lay report HTML out on A4 pages and paint it with a page number on every page.

One render function serves the PDF file, the printer and the print preview, so what the
preview shows is what the paper gets.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from dispatcher.reports.html import FONT
from dispatcher.reports.words import Reports

MARGIN_MM = 14


def page_layout(landscape: bool = False) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def render(html: str, device: QPagedPaintDevice) -> int:
    """Paint ``html`` onto ``device`` page by page; returns the number of pages."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(FONT)
    font.setPointSizeF(8.5)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    dpi = device.logicalDpiY()
    resolution = cast(QPdfWriter, device).resolution()  # QPdfWriter and QPrinter both have it
    paint = device.pageLayout().paintRectPixels(resolution)
    footer = dpi * 0.35
    body = QSizeF(paint.width(), paint.height() - footer)
    doc.setDocumentMargin(0)
    doc.setPageSize(body)
    pages = doc.pageCount()
    painter = QPainter(device)
    small = QFont(FONT)
    small.setPointSizeF(7.5)
    for number in range(pages):
        if number:
            device.newPage()
        painter.save()
        painter.translate(0, -number * body.height())
        doc.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
        painter.restore()
        painter.setFont(small)
        painter.drawText(
            QRectF(0, body.height(), body.width(), footer),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            Reports.tr("page %1 of %2").replace("%1", str(number + 1)).replace("%2", str(pages)),
        )
    painter.end()
    return pages


def write_pdf(html: str, path: Path, landscape: bool = False) -> int:
    """Write the report to a PDF file (through a temporary file, never half-written)."""
    part = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(part))
    writer.setResolution(300)
    writer.setPageLayout(page_layout(landscape))
    writer.setTitle(path.stem)
    writer.setCreator("dispatcher")
    pages = render(html, writer)
    del writer  # closes the file
    part.replace(path)
    return pages
