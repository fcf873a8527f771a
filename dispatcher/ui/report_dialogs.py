"""Reports from the window: pick the period, then preview, print or save as PDF.

The preview and the printer use the same render function as the PDF file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, fill
from dispatcher.reports.command import day_sheet, driver_report
from dispatcher.reports.driver_report import ReportError, default_period
from dispatcher.reports.printing import page_layout, render, write_pdf
from dispatcher.ui import dialogs
from dispatcher.ui.context import AppContext
from dispatcher.ui.widgets import DayEdit

ReportDialogText = Context("ReportDialogText")


class ReportDialog(QDialog):
    def __init__(self, ctx: AppContext, driver_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.driver_id = driver_id
        self.printer: QPrinter | None = None  # kept alive while a preview shows it
        form = QFormLayout()
        if driver_id:
            days = ctx.days(driver_id)
            name = days.driver.name if days else driver_id
            self.setWindowTitle(fill(ReportDialogText.tr("Driver day report — %1"), name))
            first, last = default_period(ctx.as_of)
            self.first, self.last = DayEdit(first), DayEdit(last)
            form.addRow(ReportDialogText.tr("From"), self.first)
            form.addRow(ReportDialogText.tr("To"), self.last)
        else:
            self.setWindowTitle(ReportDialogText.tr("Fleet day sheet"))
            self.first = self.last = DayEdit(ctx.as_of)
            form.addRow(ReportDialogText.tr("Date"), self.first)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        for text, handler in (
            (ReportDialogText.tr("Preview…"), self.preview),
            (ReportDialogText.tr("Print…"), self.print_),
            (ReportDialogText.tr("Save as PDF…"), self.save_pdf_as),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, h=handler: h())
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(box)

    def html(self) -> str:
        ws, today = self.ctx.workspace, self.ctx.as_of
        if self.driver_id:
            return driver_report(ws, self.driver_id, self.first.day(), self.last.day(), today)
        return day_sheet(ws, self.first.day(), today)

    def _checked_html(self) -> str | None:
        try:
            html = self.html()
        except ReportError as exc:
            self.problem.setText(str(exc))
            return None
        self.problem.setText("")
        return html

    def _printer(self) -> QPrinter:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(page_layout())
        return self.printer

    def preview(self) -> None:
        html = self._checked_html()
        if html is None:
            return
        preview = QPrintPreviewDialog(self._printer(), self)
        preview.paintRequested.connect(lambda printer: render(html, printer))
        view = preview.findChild(QPrintPreviewWidget)
        if view is not None:  # open readable: the page as wide as the window, not a thumbnail
            view.fitToWidth()
        dialogs.run_modal(preview)

    def print_(self) -> None:
        html = self._checked_html()
        printer = self._printer()
        if html is not None and dialogs.run_modal(QPrintDialog(printer, self)):
            render(html, printer)

    def choose_pdf(self) -> Path | None:
        name = f"{self.driver_id or 'fleet'}-{self.first.day()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self,
            ReportDialogText.tr("Save as PDF"),
            str(Path.home() / name),
            ReportDialogText.tr("PDF (*.pdf)"),
        )
        return Path(path) if path else None

    def save_pdf(self, path: Path) -> int:
        html = self._checked_html()
        return 0 if html is None else write_pdf(html, path)

    def save_pdf_as(self) -> None:
        path = self.choose_pdf()
        if path is not None:
            pages = self.save_pdf(path)
            if pages:
                dialogs.inform(
                    self,
                    ReportDialogText.tr("Saved"),
                    fill(ReportDialogText.tr("%1 (%n page(s))", "", pages), path),
                )


def show_driver_report(parent: QWidget | None, ctx: AppContext, driver_id: str) -> ReportDialog:
    dialog = ReportDialog(ctx, driver_id, parent)
    dialogs.run_modal(dialog)
    return dialog


def show_day_sheet(parent: QWidget | None, ctx: AppContext) -> ReportDialog:
    dialog = ReportDialog(ctx, None, parent)
    dialogs.run_modal(dialog)
    return dialog


__all__ = ["ReportDialog", "show_day_sheet", "show_driver_report"]
