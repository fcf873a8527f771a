"""Every finding as of the as-of date, most urgent first, then who is at or close to a
limit, permits about to end, and last the overstays of earlier years (history, not a task
for today). A permit that ends during a planned trip is listed with the trip's findings: the
day the rule starts to count and the day the trip then goes over.

Findings are kept per driver so that an edit recomputes one driver's, not the fleet's. The
window counts them after it is shown, a slice of the fleet at a time between events: the
first screen needs none of them, and a large fleet's take a second.
"""

from __future__ import annotations

import gc
import time
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

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
from dispatcher.rules.levels import Level, finding_level, has_happened, is_past
from dispatcher.rules.permits import NOTICE_DAYS, permit_endings
from dispatcher.rules.wording import (
    approaching_text,
    finding_text,
    level_label,
    permit_ending_text,
    permit_trip_text,
)
from dispatcher.store.database import bulk
from dispatcher.ui import style
from dispatcher.ui.context import AppContext

WarningsText = Context("WarningsText")

Index = QModelIndex | QPersistentModelIndex
PERMIT_GROUP = 3.5  # after the drivers close to a limit, before the overstays of past years
# time one slice of the counting may hold the event loop: input stays answered meanwhile
SLICE_SECONDS = 0.025


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
        # the rows' sort keys: (order, the driver's place, the warning's place among theirs),
        # the order a stable sort of every driver's warnings in turn gives, so that one
        # driver's warnings are taken out and put back in by bisection after an edit
        self._keys: list[tuple] = []
        self._place: dict[str, int] = {}
        self._worst: dict[str, tuple[Level, bool]] = {}  # each driver's worst kind of warning
        self._tally: dict[tuple[Level, bool], int] = {}  # drivers by their worst kind
        self._queue: list[str] = []  # drivers still to count, last first
        self._whole_fleet = False  # the queue is the fleet, once its trips are read
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(0)
        self._slice.timeout.connect(self._count_slice)
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.asOfChanged.connect(lambda _day: self._again())
        ctx.fleetRead.connect(self.start_counting)  # the slices are read: count them
        if later:
            self.reload_later(start=False)  # the window starts it once it has painted
        else:
            self.reload()

    @property
    def counting(self) -> bool:
        """Warnings are still being counted: the rows and counts are not complete yet."""
        return self._slice.isActive() or bool(self._queue) or self._whole_fleet

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
        for status in self.ctx.levels(days).values():  # the roster's sort asks the same
            if status.level in (Level.AT_LIMIT, Level.APPROACHING):
                text = approaching_text(book, days.driver.name, driver_id, status)
                group = 2 if status.level is Level.AT_LIMIT else 3
                out.append(
                    Warning(status.level, False, driver_id, as_of, text, (group, status.left))
                )
        out.extend(permit_warnings(days, book, as_of))
        return out

    def drivers_by_level(self) -> dict[tuple[Level, bool], int]:
        """How many drivers have each kind of warning as their worst (the status bar); kept
        up to date per driver, where counting every row again took 10 ms an edit."""
        return {kind: n for kind, n in self._tally.items() if n}

    @staticmethod
    def _worst_of(warnings: list[Warning]) -> tuple[Level, bool] | None:
        """The worst kind: the higher level, and on one level a warning that has happened
        before one that is only planned."""
        best: tuple[int, Level, bool] | None = None
        for w in warnings:
            rank = w.level.rank * 2 + (0 if w.planned else 1)
            if best is None or rank > best[0]:
                best = (rank, w.level, w.planned)
        return None if best is None else (best[1], best[2])

    def _count_worst(self, driver_id: str, warnings: list[Warning]) -> None:
        before = self._worst.pop(driver_id, None)
        if before is not None:
            self._tally[before] -= 1
        after = self._worst_of(warnings)
        if after is not None:
            self._worst[driver_id] = after
            self._tally[after] = self._tally.get(after, 0) + 1

    def reload(self) -> None:
        self._slice.stop()
        self._queue = []
        self._whole_fleet = False
        self._by_driver = {d: self._warnings_of(d) for d in self.ctx.fleet()}
        self._resort()

    def reload_later(self, start: bool = True) -> None:
        """Empty now; every driver counted in slices between events, then ``counted``.
        ``start`` False: only when ``start_counting`` is called."""
        self._slice.stop()
        self.beginResetModel()
        self._by_driver, self._rows, self._keys = {}, [], []
        self._place, self._worst, self._tally = {}, {}, {}
        # while only the names are read, the fleet is read by the first slice (after the
        # window's first paint), not here
        self._whole_fleet = self.ctx.fleet_waiting
        self._queue = [] if self._whole_fleet else list(reversed(self.ctx.fleet()))
        self.endResetModel()
        if start:
            self._slice.start()

    def start_counting(self) -> None:
        if (self._queue or self._whole_fleet) and not self._slice.isActive():
            self._slice.start()

    def stop(self) -> None:
        """Count nothing more (a window given up before it was shown)."""
        self._slice.stop()
        self._queue, self._whole_fleet = [], False

    def finish(self) -> None:
        """Count what is left now (for a caller that needs every warning at once)."""
        if self.counting:
            self._count(None)

    def _again(self) -> None:
        if self.counting or self.ctx.fleet_waiting:  # counted once the slices are read
            self.reload_later()
        else:
            self.reload()

    def _count_slice(self) -> None:
        self._count(time.perf_counter() + SLICE_SECONDS)

    def _count(self, until: float | None) -> None:
        self._slice.stop()
        if self._whole_fleet:
            if until is not None and self.ctx.fleet_waiting:
                self.ctx.read_in_slices()  # between events too; ``fleetRead`` comes back here
                return
            self._whole_fleet = False
            self._queue = list(reversed(self.ctx.fleet()))
        fleet = self.ctx.fleet()
        queue = self._queue
        # Each driver's ledgers are new objects in no cycle: the cycle collector walking
        # them again and again during the count took a third of its time on 10,000 drivers.
        with bulk():
            while queue and (until is None or time.perf_counter() < until):
                driver_id = queue.pop()
                if driver_id in fleet:
                    self._by_driver[driver_id] = self._warnings_of(driver_id)
        # They live as long as the driver's days: left to the collector, it walked them all
        # again every dozen slices (a stall of a twentieth of a second on 10,000 drivers).
        gc.freeze()
        if queue:
            self._slice.start()
            return
        self._resort()
        self.counted.emit()

    def _on_data_changed(self, driver_id: str) -> None:
        if not driver_id:
            self._again()
            return
        before = self._by_driver.get(driver_id, [])
        after = self._by_driver[driver_id] = self._warnings_of(driver_id)
        if self.counting:
            return  # sorted in with the rest when the counting ends
        if after != before:
            self._replace(driver_id, before, after)

    def _replace(self, driver_id: str, before: list[Warning], after: list[Warning]) -> None:
        """One driver's warnings out of the rows and the new ones in, each at its place:
        the rest of the table (and the selection in it) stays as it is."""
        place = self._place.setdefault(driver_id, len(self._place))
        keys, rows = self._keys, self._rows
        for i in reversed(range(len(before))):
            key = (before[i].order, place, i)
            row = bisect_left(keys, key)
            if row >= len(keys) or keys[row] != key:  # never expected: sort it all again
                self._resort()
                return
            self.beginRemoveRows(QModelIndex(), row, row)
            del keys[row], rows[row]
            self.endRemoveRows()
        for i, w in enumerate(after):
            key = (w.order, place, i)
            row = bisect_left(keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            keys.insert(row, key)
            rows.insert(row, w)
            self.endInsertRows()
        self._count_worst(driver_id, after)

    def _resort(self) -> None:
        """Every driver's warnings in one list: the most urgent first, equal ones by driver
        in the fleet's order (a driver edited while the count ran was counted out of turn)."""
        self.beginResetModel()
        fleet, counted = self.ctx.fleet(), self._by_driver
        self._by_driver = {d: counted[d] for d in fleet if d in counted}
        self._place = {d: n for n, d in enumerate(self._by_driver)}
        keyed = sorted(
            (((w.order, n, i), w) for n, ws in enumerate(self._by_driver.values())
             for i, w in enumerate(ws)),
            key=itemgetter(0),
        )  # fmt: skip
        self._keys = [k for k, _w in keyed]
        self._rows = [w for _k, w in keyed]
        self._worst, self._tally = {}, {}
        for driver_id, ws in self._by_driver.items():
            self._count_worst(driver_id, ws)
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
        # as wide as the longest level word: sized to its contents, the column measured a
        # thousand rows again after every edit
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, self._level_width())
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

    def _level_width(self) -> int:
        metrics = self.table.fontMetrics()
        words = [level_label(level, planned) for level in Level for planned in (False, True)]
        widest = max(metrics.horizontalAdvance(word) for word in words)
        return max(widest + 2 * metrics.averageCharWidth() + 4,
                   self.table.horizontalHeader().sectionSizeHint(0))  # fmt: skip

    def open_row(self, index: QModelIndex) -> None:
        """Show the driver and the day the warning is about."""
        if not index.isValid():
            return
        w = self.model.warning(index.row())
        self.ctx.driverSelected.emit(w.driver_id)
        self.ctx.dayRequested.emit(w.day)
