"""A month on one page: for each day, who is where (both countries on a crossing day)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, fill
from dispatcher.rules.levels import Level, days_over, driver_level, whereabouts
from dispatcher.ui import style
from dispatcher.ui.context import AppContext

MonthText = Context("MonthText")

Index = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class Person(NamedTuple):
    """One driver away on one day: who, where, and their level that day."""

    name: str
    where: str
    over: bool  # a day over a limit (a violation day)
    level: Level


class MonthModel(QAbstractTableModel):
    """Weeks as rows, Monday to Sunday as columns; each cell the people away that day."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.year, self.month = ctx.as_of.year, ctx.as_of.month
        self._by_driver: dict[str, dict[date, Person]] = {}
        self._cells: dict[date, list[Person]] = {}
        self._stale = True  # worked out when first shown: every driver's month is costly
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.asOfChanged.connect(lambda _d: self.reload())
        self.reload()

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.reload()

    def first_shown(self) -> date:
        first = date(self.year, self.month, 1)
        return first - timedelta(days=first.weekday())

    def _driver_days(self, driver_id: str) -> dict[date, Person]:
        """Where one driver is on each shown day, and whether that day is over a limit."""
        days = self.ctx.days(driver_id)
        if days is None:
            return {}
        first = self.first_shown()
        last = first + timedelta(days=7 * 6 - 1)
        where = whereabouts(days, first, last)
        if not where:
            return {}
        surname = days.driver.name.split()[-1] if days.driver.name else days.driver.id
        threshold = self.ctx.approaching_days()
        over = [(a, b) for a, b in days_over(days) if b >= first and a <= last]
        return {
            day: Person(
                surname,
                "/".join(here.countries),
                any(a <= day <= b for a, b in over),
                driver_level(days, day, threshold),
            )
            for day, here in where.items()
        }

    def _merge(self) -> None:
        self.beginResetModel()
        self._sort_cells()
        self.endResetModel()

    def _sort_cells(self) -> None:
        cells: dict[date, list[Person]] = {}
        for per_day in self._by_driver.values():
            for day, entry in per_day.items():
                cells.setdefault(day, []).append(entry)
        self._cells = {
            day: sorted(people, key=lambda p: (p.name, p.where)) for day, people in cells.items()
        }

    def reload(self) -> None:
        self.beginResetModel()
        self._stale = True
        self.endResetModel()

    def _ensure(self) -> None:
        if self._stale:
            self._stale = False
            self._by_driver = {d: self._driver_days(d) for d in self.ctx.fleet()}
            self._sort_cells()

    def _on_data_changed(self, driver_id: str) -> None:
        if not driver_id:
            self.reload()
            return
        if self._stale:
            return  # worked out whole when next shown
        found = self._driver_days(driver_id)
        if found == self._by_driver.get(driver_id):
            return  # nothing this driver does shows in this month: no need to redo the cells
        self._by_driver[driver_id] = found
        self._merge()

    def day(self, index: Index) -> date:
        return self.first_shown() + timedelta(days=index.row() * 7 + index.column())

    def people(self, day: date) -> list[Person]:
        self._ensure()
        return self._cells.get(day, [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 7:
            return None
        return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.day(index)
        people = self.people(day)
        if role == DAY_ROLE:
            return day
        if role == Qt.ItemDataRole.DisplayRole:
            shown = people if len(people) <= 6 else people[:5]  # six lines fit a cell
            lines = [f"{day.day}"] + [
                f"{'⚠ ' if p.over else ''}{p.name} — {p.where}" for p in shown
            ]
            if len(shown) < len(people):
                lines.append(fill(MonthText.tr("… and %1 more"), len(people) - len(shown)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and people:
            return "\n".join(f"{p.name} — {p.where}" for p in people)
        if role == Qt.ItemDataRole.ForegroundRole:
            if day.month != self.month:
                return QColor("#9e9e9e")
            worst = max((p.level for p in people), default=Level.FINE)
            if worst is not Level.FINE:
                return style.level_colours(worst)[0]
        if role == Qt.ItemDataRole.BackgroundRole and day == self.ctx.as_of:
            return QColor("#e3f0ff")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None


class MonthView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = MonthModel(ctx, self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt")
        back, forward = QPushButton("◀"), QPushButton("▶")
        back.setToolTip(MonthText.tr("Previous month"))
        forward.setToolTip(MonthText.tr("Next month"))
        back.clicked.connect(lambda: self.step(-1))
        forward.clicked.connect(lambda: self.step(1))
        today = QPushButton(MonthText.tr("As-of month"))
        today.clicked.connect(lambda: self.show_day(self.ctx.as_of))
        bar = QHBoxLayout()
        for w in (back, self.title, forward):
            bar.addWidget(w)
        bar.addStretch()
        bar.addWidget(today)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        ctx.dayRequested.connect(self.show_day)
        self._update_title()

    def _update_title(self) -> None:
        name = self.locale().standaloneMonthName(self.model.month)
        self.title.setText(f"{name} {self.model.year}")

    def step(self, months: int) -> None:
        total = self.model.year * 12 + self.model.month - 1 + months
        self.model.set_month(total // 12, total % 12 + 1)
        self._update_title()

    def show_day(self, day: date) -> None:
        if (day.year, day.month) != (self.model.year, self.model.month):
            self.model.set_month(day.year, day.month)
            self._update_title()
