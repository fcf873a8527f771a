"""Every finding as of the as-of date, most urgent first, then who is at or close to a
limit, permits about to end, and last the overstays of earlier years (history, not a task
for today). A permit that ends during a planned trip is listed with the trip's findings: the
day the rule starts to count and the day the trip then goes over.

Findings are kept per driver so that an edit recomputes one driver's, not the fleet's. The
window counts them after it is shown, a slice of the fleet at a time between events: the
first screen needs none of them, and a large fleet's take a second.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context
from dispatcher.rules import DriverDays, RuleBook, urgency
from dispatcher.rules.levels import Level, finding_level, has_happened, is_past, rule_levels
from dispatcher.rules.permits import NOTICE_DAYS, permit_endings
from dispatcher.rules.wording import (
    approaching_text,
    finding_text,
    level_label,
    permit_ending_text,
    permit_trip_text,
)
from dispatcher.ui import style
from dispatcher.ui.context import AppContext

WarningsText = Context("WarningsText")

Index = QModelIndex | QPersistentModelIndex
PERMIT_GROUP = 3.5  # after the drivers close to a limit, before the overstays of past years
# time one slice of the counting may hold the event loop: input stays answered meanwhile
SLICE_SECONDS = 0.03


@dataclass(frozen=True)
class Warning:
    level: Level
    planned: bool  # over only on a planned trip (it has not happened yet)
    driver_id: str
    day: date
    text: str
    order: tuple


def permit_warnings(days: DriverDays, book: RuleBook, as_of: date) -> list[Warning]:
    """Permits of the driver that end within the notice period (as ``check`` lists them),
    and each planned trip during which one ends: over, when the trip then goes over."""
    out = []
    name, driver_id = days.driver.name, days.driver.id
    for ending in permit_endings([days], as_of, NOTICE_DAYS):
        if not ending.during_trips:
            text = permit_ending_text(book, ending, name)
            day = ending.permit.valid_to
            # "planned": it has not happened, and the status bar's counts of drivers close
            # to a limit leave it out
            out.append(Warning(Level.APPROACHING, True, driver_id, day, text,
                               (PERMIT_GROUP, ending.ends_in_days, driver_id)))  # fmt: skip
        for during in ending.during_trips:
            text = permit_trip_text(book, ending, during, name)
            if during.over_from is None:
                out.append(Warning(Level.APPROACHING, True, driver_id, during.applies_from, text,
                                   (PERMIT_GROUP, ending.ends_in_days, driver_id)))  # fmt: skip
            else:  # with the planned findings, just after the finding itself on that day
                order = (1, True, during.over_from, 1, driver_id)
                out.append(Warning(Level.OVER, True, driver_id, during.over_from, text, order))
    return out


class WarningsModel(QAbstractTableModel):
    # every driver's warnings are known (after counting started by ``reload_later``)
    counted = Signal()

    def __init__(self, ctx: AppContext, parent=None, later: bool = False):
        """``later``: start empty and count between events (``counting`` until ``counted``)."""
        super().__init__(parent)
        self.ctx = ctx
        self._by_driver: dict[str, list[Warning]] = {}
        self._rows: list[Warning] = []
        self._queue: list[str] = []  # drivers still to count, last first
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(0)
        self._slice.timeout.connect(self._count_slice)
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.asOfChanged.connect(lambda _day: self._again())
        if later:
            self.reload_later(start=False)  # the window starts it once it has painted
        else:
            self.reload()

    @property
    def counting(self) -> bool:
        """Warnings are still being counted: the rows and counts are not complete yet."""
        return self._slice.isActive() or bool(self._queue)

    def _warnings_of(self, driver_id: str) -> list[Warning]:
        days = self.ctx.days(driver_id)
        if days is None:
            return []
        as_of, book = self.ctx.as_of, self.ctx.workspace.book
        out = []
        for f in days.findings(as_of):
            group = 4 if is_past(f, as_of) else 0 if has_happened(f) else 1
            text = finding_text(book, f, days.driver.name)
            out.append(Warning(finding_level(f), not has_happened(f), driver_id, f.date, text,
                               (group, *urgency(f))))  # fmt: skip
        for status in rule_levels(days, as_of, self.ctx.approaching_days()).values():
            if status.level in (Level.AT_LIMIT, Level.APPROACHING):
                text = approaching_text(book, days.driver.name, driver_id, status)
                group = 2 if status.level is Level.AT_LIMIT else 3
                out.append(
                    Warning(status.level, False, driver_id, as_of, text, (group, status.left))
                )
        out.extend(permit_warnings(days, book, as_of))
        return out

    def drivers_by_level(self) -> dict[tuple[Level, bool], int]:
        """How many drivers have each kind of warning as their worst (the status bar)."""
        worst: dict[str, tuple[int, Level, bool]] = {}
        for w in self._rows:
            current = worst.get(w.driver_id)
            key = (w.level.rank * 2 + (0 if w.planned else 1), w.level, w.planned)
            if current is None or key[0] > current[0]:
                worst[w.driver_id] = key
        out: dict[tuple[Level, bool], int] = {}
        for _rank, level, planned in worst.values():
            out[(level, planned)] = out.get((level, planned), 0) + 1
        return out

    def reload(self) -> None:
        self._slice.stop()
        self._queue = []
        self._by_driver = {d: self._warnings_of(d) for d in self.ctx.fleet()}
        self._resort()

    def reload_later(self, start: bool = True) -> None:
        """Empty now; every driver counted in slices between events, then ``counted``.
        ``start`` False: only when ``start_counting`` is called."""
        self._slice.stop()
        self.beginResetModel()
        self._by_driver, self._rows = {}, []
        self._queue = list(reversed(self.ctx.fleet()))
        self.endResetModel()
        if start:
            self._slice.start()

    def start_counting(self) -> None:
        if self._queue and not self._slice.isActive():
            self._slice.start()

    def finish(self) -> None:
        """Count what is left now (for a caller that needs every warning at once)."""
        if self.counting:
            self._count(None)

    def _again(self) -> None:
        if self.counting:
            self.reload_later()
        else:
            self.reload()

    def _count_slice(self) -> None:
        self._count(time.perf_counter() + SLICE_SECONDS)

    def _count(self, until: float | None) -> None:
        self._slice.stop()
        queue, fleet = self._queue, self.ctx.fleet()
        while queue and (until is None or time.perf_counter() < until):
            driver_id = queue.pop()
            if driver_id in fleet:
                self._by_driver[driver_id] = self._warnings_of(driver_id)
        if queue:
            self._slice.start()
            return
        self._resort()
        self.counted.emit()

    def _on_data_changed(self, driver_id: str) -> None:
        if not driver_id:
            self._again()
            return
        self._by_driver[driver_id] = self._warnings_of(driver_id)
        if self.counting:
            return  # sorted in with the rest when the counting ends
        self._resort()

    def _resort(self) -> None:
        self.beginResetModel()
        self._rows = sorted(
            (w for ws in self._by_driver.values() for w in ws), key=lambda w: w.order
        )
        self.endResetModel()

    def warning(self, row: int) -> Warning:
        return self._rows[row]

    def counts(self) -> dict[tuple[Level, bool], int]:
        """Warnings of each kind (level, planned)."""
        out: dict[tuple[Level, bool], int] = {}
        for w in self._rows:
            out[(w.level, w.planned)] = out.get((w.level, w.planned), 0) + 1
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                [WarningsText.tr("Level"), WarningsText.tr("Warning")][section]
                if section < 2
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        w = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return level_label(w.level, w.planned) if index.column() == 0 else w.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return w.text
        fg, bg = style.level_colours(w.level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return fg
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return bg if not w.planned else style.level_colours(Level.APPROACHING)[1]
        return None


class WarningsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None, later: bool = False):
        """``later``: shown at once, the warnings counted after (the window's start)."""
        super().__init__(parent)
        self.ctx = ctx
        self.model = WarningsModel(ctx, self, later=later)
        self.counting = QLabel(WarningsText.tr("Counting the warnings…"), self)
        self.counting.setVisible(self.model.counting)
        self.model.modelReset.connect(lambda: self.counting.setVisible(self.model.counting))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # readable at 1024 × 768 too
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # two lines a row, fixed: sizing each row to its text would ask every row's text on
        # every repaint, and a 500-driver fleet has thousands of warnings
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 6)
        self.table.clicked.connect(self.open_row)
        self.table.activated.connect(self.open_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.counting)
        layout.addWidget(self.table)

    def open_row(self, index: QModelIndex) -> None:
        """Show the driver and the day the warning is about."""
        if not index.isValid():
            return
        w = self.model.warning(index.row())
        self.ctx.driverSelected.emit(w.driver_id)
        self.ctx.dayRequested.emit(w.day)
