"""One driver at a glance: for each rule, days used and left, how long they can still stay
without breaking a later planned trip, when a stay of N days can next begin, and when the
rule stops (or starts) limiting them. Every figure is the engine's ``status``: the card only
words it, so the command line's ``status`` and the card never disagree."""

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

from dispatcher.i18n import Context, fill, format_date, language
from dispatcher.rules import RuleStatus
from dispatcher.rules.countries import country_name
from dispatcher.rules.levels import rule_levels, visited_first
from dispatcher.rules.wording import (
    applies_text,
    can_enter_again_text,
    category_text,
    left_text,
    longest_stay_text,
    next_entry_text,
    region_text,
    rule_name,
    rule_short_name,
)
from dispatcher.ui import style
from dispatcher.ui.context import AppContext

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3
RULE, USED, LEFT, LONGEST, LAST_DAY, NEXT_ENTRY, APPLIES = range(7)

StatusCardText = Context("StatusCardText")


class StatusCard(QWidget):
    reportRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.driver_id: str | None = None
        self.statuses: list[RuleStatus] = []  # as shown, for tests and the notes below
        self.title = QLabel(StatusCardText.tr("Select a driver"))
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt")
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                StatusCardText.tr("Rule"),
                StatusCardText.tr("Used"),
                StatusCardText.tr("Left"),
                StatusCardText.tr("Longest stay"),
                StatusCardText.tr("Last day"),
                StatusCardText.tr("Next entry"),
                StatusCardText.tr("Applies"),
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
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(QLabel(StatusCardText.tr("Next entry for a stay of")))
        row.addWidget(self.stay_length)
        row.addStretch()
        row.addWidget(self.report)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.notes)
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

    def cell(self, rule_id: str, column: int) -> str:
        """The text shown for one rule in one column ("" when the rule is not listed)."""
        for row, status in enumerate(self.statuses):
            if status.rule_id == rule_id:
                item = self.table.item(row, column)
                return item.text() if item is not None else ""
        return ""

    def refresh(self) -> None:
        days = self.ctx.days(self.driver_id) if self.driver_id else None
        self.table.setRowCount(0)
        self.statuses = []
        self.notes.clear()
        self.notes.hide()
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
                category_text(driver.category),
                format_date(as_of),
            )
        )
        book = self.ctx.workspace.book
        length = self.stay_length.value()
        levels = rule_levels(days, as_of, self.ctx.approaching_days())
        visited = visited_first(days)
        notes = []
        # One call: longest stay, next entry for the card's N days and the stay from then,
        # and the rules a permit keeps off until later (they limit the driver from then on).
        self.statuses = days.status(as_of, length=length, upcoming=True)
        for status in self.statuses:
            level = levels.get(status.rule_id)
            later = level is None  # applies only from a later day
            cells = [
                rule_short_name(book, status.rule_id),
                "—" if later else f"{status.used} / {status.limit}",
                "—" if later or level is None else left_text(level),
                longest_stay_text(status),
                format_date(status.last_day, "—") if status.max_stay else "—",
                next_entry_text(status, length),
                applies_text(status, as_of),
            ]
            region = region_text(book, status.rule_id, visited)
            again = can_enter_again_text(region, status)
            if again and status.next_entry is not None and status.next_entry > as_of:
                notes.append(f"{rule_short_name(book, status.rule_id)}: {again}")
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == RULE:
                    item.setToolTip(rule_name(book, status.rule_id))
                if col == LEFT and level is not None:
                    item.setForeground(style.level_colours(level.level)[0])
                    item.setData(LEVEL_ROLE, level.level)
                if col == NEXT_ENTRY and again:
                    item.setToolTip(again)
                self.table.setItem(row, col, item)
        # the column says something only for a rule that stops or starts limiting the driver
        self.table.setColumnHidden(APPLIES, not any(s.applies_until or (
            s.applies_from and s.applies_from > as_of) for s in self.statuses))  # fmt: skip
        if notes:
            self.notes.setText("\n".join(notes))
            self.notes.show()
        self.table.resizeRowsToContents()
        if not self.table.rowCount():
            self.table.insertRow(0)
            self.table.setItem(
                0, 0, QTableWidgetItem(StatusCardText.tr("No stay limit applies on this date"))
            )
