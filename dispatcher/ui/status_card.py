"""One driver at a glance: for each rule, days used and left, how long they can still stay,
and the earliest day a stay of N days can start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, language
from dispatcher.rules.countries import country_name
from dispatcher.rules.levels import rule_levels
from dispatcher.rules.wording import category_name, left_text, rule_name
from dispatcher.ui import style
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import day_text
from dispatcher.ui.roster import rule_header
from dispatcher.ui.words import fill

StatusCardText = Context("StatusCardText")

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3


class StatusCard(QWidget):
    reportRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.driver_id: str | None = None
        self.title = QLabel(StatusCardText.tr("Select a driver"))
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt")
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                StatusCardText.tr("Rule"),
                StatusCardText.tr("Used"),
                StatusCardText.tr("Left"),
                StatusCardText.tr("Longest stay"),
                StatusCardText.tr("Last day"),
                StatusCardText.tr("Earliest start"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stay_length = QSpinBox(self)
        self.stay_length.setRange(1, 365)
        self.stay_length.setValue(14)
        self.stay_length.setSuffix(StatusCardText.tr(" days"))
        self.stay_length.valueChanged.connect(lambda _v: self.refresh())
        self.report = QPushButton(StatusCardText.tr("Day report…"), self)
        self.report.clicked.connect(
            lambda: self.driver_id and self.reportRequested.emit(self.driver_id)
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(StatusCardText.tr("Earliest start of a stay of")))
        row.addWidget(self.stay_length)
        row.addStretch()
        row.addWidget(self.report)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(row)
        ctx.driverSelected.connect(self.show_driver)
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.asOfChanged.connect(lambda _d: self.refresh())

    def _on_data_changed(self, driver_id: str) -> None:
        if not driver_id or driver_id == self.driver_id:
            self.refresh()

    def show_driver(self, driver_id: str) -> None:
        if driver_id != self.driver_id:
            self.driver_id = driver_id
            self.refresh()

    def refresh(self) -> None:
        days = self.ctx.days(self.driver_id) if self.driver_id else None
        self.table.setRowCount(0)
        if days is None:
            self.title.setText(StatusCardText.tr("Select a driver"))
            return
        driver, as_of = days.driver, self.ctx.as_of
        self.title.setText(
            fill(
                StatusCardText.tr("%1 (%2, %3, %4) on %5"),
                driver.name,
                driver.id,
                country_name(driver.citizenship, language()),
                category_name(driver.category),
                day_text(as_of),
            )
        )
        book = self.ctx.workspace.book
        levels = rule_levels(days, as_of, self.ctx.approaching_days())
        for status in days.status(as_of):
            level = levels[status.rule_id]
            rule = book.rule(status.rule_id)
            start = days.earliest_start(rule, self.stay_length.value(), as_of)
            stay = (
                StatusCardText.tr("no limit") if status.max_stay is None else str(status.max_stay)
            )
            cells = [
                rule_header(book, rule),
                f"{status.used} / {status.limit}",
                left_text(level),
                stay,
                day_text(status.last_day) if status.max_stay else "—",
                day_text(start) if start else StatusCardText.tr("not within 3 years"),
            ]
            row = self.table.rowCount()
            self.table.insertRow(row)
            fg, _bg = style.level_colours(level.level)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == 0:
                    item.setToolTip(rule_name(book, status.rule_id))
                if col == 2:
                    item.setForeground(fg)
                    item.setData(LEVEL_ROLE, level.level)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if not self.table.rowCount():
            self.table.insertRow(0)
            self.table.setItem(
                0, 0, QTableWidgetItem(StatusCardText.tr("No stay limit applies on this date"))
            )
