"""Add or edit a driver with their permits; problems are shown in the dialog, never raised."""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from dispatcher.i18n import Context, fill
from dispatcher.rules import CATEGORIES, PERMIT_KINDS, Driver, Permit
from dispatcher.rules.wording import category_text, permit_kind_text
from dispatcher.store import StoreError
from dispatcher.store.validate import driver_problems
from dispatcher.ui import errors as ui_errors
from dispatcher.ui.context import AppContext
from dispatcher.ui.widgets import CountryBox, DayEdit

DriverDialogText = Context("DriverDialogText")


class DriverDialog(QDialog):
    def __init__(self, ctx: AppContext, driver: Driver | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.is_new = driver is None
        self.original = driver  # the version the edit is based on
        self.setWindowTitle(
            DriverDialogText.tr("New driver")
            if driver is None
            else DriverDialogText.tr("Edit driver")
        )
        self.id_edit = QLineEdit(driver.id if driver else ctx.store.next_driver_id())
        self.id_edit.setReadOnly(driver is not None)
        self.name_edit = QLineEdit(driver.name if driver else "")
        self.name_edit.setPlaceholderText(DriverDialogText.tr("Full name as in the passport"))
        self.citizenship = CountryBox(driver.citizenship if driver else "KZ")
        self.category = QComboBox()
        for cat in CATEGORIES:
            self.category.addItem(category_text(cat), cat)
        if driver:
            self.category.setCurrentIndex(CATEGORIES.index(driver.category))
        form = QFormLayout()
        form.addRow(DriverDialogText.tr("ID"), self.id_edit)
        form.addRow(DriverDialogText.tr("Name"), self.name_edit)
        form.addRow(DriverDialogText.tr("Citizenship"), self.citizenship)
        form.addRow(DriverDialogText.tr("Category"), self.category)

        self.permits = QTableWidget(0, 4)
        self.permits.setHorizontalHeaderLabels(
            [
                DriverDialogText.tr("Country"),
                DriverDialogText.tr("Kind"),
                DriverDialogText.tr("Valid from"),
                DriverDialogText.tr("Valid to"),
            ]
        )
        self.permits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.permits.verticalHeader().hide()
        for permit in driver.permits if driver else ():
            self.add_permit(permit)
        add = QPushButton(DriverDialogText.tr("Add permit"))
        add.clicked.connect(lambda: self.add_permit())
        remove = QPushButton(DriverDialogText.tr("Remove permit"))
        remove.clicked.connect(self.remove_permit)
        permit_buttons = QHBoxLayout()
        permit_buttons.addWidget(add)
        permit_buttons.addWidget(remove)
        permit_buttons.addStretch()

        self.problems = QLabel()
        self.problems.setStyleSheet("color: #c62828")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = DriverDialogText.tr(
            "Permits: a residence or work permit exempts from that country's limit"
        )
        layout.addWidget(QLabel(note))
        layout.addWidget(self.permits)
        layout.addLayout(permit_buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(620, 460)

    def add_permit(self, permit: Permit | None = None) -> None:
        row = self.permits.rowCount()
        self.permits.insertRow(row)
        kind = QComboBox()
        for k in PERMIT_KINDS:
            kind.addItem(permit_kind_text(k), k)
        if permit:
            kind.setCurrentIndex(PERMIT_KINDS.index(permit.kind))
        today = date.today()
        self.permits.setCellWidget(row, 0, CountryBox(permit.country if permit else "RU"))
        self.permits.setCellWidget(row, 1, kind)
        self.permits.setCellWidget(row, 2, DayEdit(permit.valid_from if permit else today))
        end = permit.valid_to if permit else today + timedelta(days=364)
        self.permits.setCellWidget(row, 3, DayEdit(end))

    def remove_permit(self) -> None:
        row = self.permits.currentRow()
        if row < 0:
            row = self.permits.rowCount() - 1
        if row >= 0:
            self.permits.removeRow(row)

    def driver(self) -> Driver:
        permits = []
        for row in range(self.permits.rowCount()):
            cell = self.permits.cellWidget
            country, kind = cast(CountryBox, cell(row, 0)), cast(QComboBox, cell(row, 1))
            first, last = cast(DayEdit, cell(row, 2)), cast(DayEdit, cell(row, 3))
            permits.append(Permit(country.code(), kind.currentData(), first.day(), last.day()))
        return Driver(
            self.id_edit.text().strip(),
            self.name_edit.text().strip(),
            self.citizenship.code(),
            self.category.currentData(),
            tuple(permits),
        )

    def accept(self) -> None:
        driver = self.driver()
        problems = driver_problems(driver)
        if self.is_new and self.ctx.store.driver(driver.id) is not None:
            problems.append(fill(DriverDialogText.tr("ID %1 is already used"), driver.id))
        if problems:
            self.problems.setText("\n".join(problems))
            return
        try:
            saved = self.ctx.save_driver(driver, based_on=self.original, parent=self)
        except StoreError as exc:  # refused, or stale: in the store's words
            self.problems.setText(str(exc))
            return
        except ui_errors.FILE_ERRORS as exc:  # read-only, full, busy, damaged: in plain words
            text = ui_errors.describe(exc, self.ctx.store.path)
            if text is None:
                raise
            self.problems.setText(text)
            return
        if saved:
            super().accept()
