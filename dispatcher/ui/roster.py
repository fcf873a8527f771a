"""The driver roster: one row per driver, days used and left under each rule in force.

The model holds only driver ids and asks the engine for a row's figures when the view first
paints it, so a large fleet opens at once and an edit recomputes one driver, not all.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, fill, language
from dispatcher.rules import Rule
from dispatcher.rules.countries import country_name
from dispatcher.rules.levels import RuleLevel
from dispatcher.rules.wording import category_text, left_text, rule_name, rule_short_name
from dispatcher.ui.context import AppContext
from dispatcher.ui.next_entry_column import NextEntryColumn
from dispatcher.ui.style import level_colours

RosterText = Context("RosterText")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DRIVER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3
FIXED = ("name", "id", "citizenship", "category")
BEING_READ = "…"  # a day cell whose driver's trips are still being read
# rows the columns are fitted to: about the rows in sight (each asks a driver's levels)
SIZED_ROWS = 20
# Sorted by a rule or by "from", each driver's key needs their days counted: a slice of
# drivers is keyed at a time between events, and the rows are put in place every so often.
KEY_SLICE_SECONDS = 0.02
PLACE_EVERY_SECONDS = 0.3
SHOW_READ_EVERY_SECONDS = 0.15
Index = QModelIndex | QPersistentModelIndex


def rule_header(book, rule: Rule) -> str:
    """A rule column's title: the rule's short name (РФ+РБ 90/год), its last word on a line
    of its own, so many columns fit a narrow dock in every language."""
    where, _space, what = rule_short_name(book, rule.id).rpartition(" ")
    return f"{where}\n{what}" if where else what


class RosterModel(QAbstractTableModel):
    """Sorts and filters itself: keys are worked out once per driver in Python and the ids
    ordered by them, where a sorting proxy asked ``data()`` n log n times for each sort (a
    second before a fleet of 10,000 could show)."""

    # the fleet was read again (not a filter change): the panel fits its columns
    reloaded = Signal()
    # rows are about to move to their places as their sort keys are counted (not a click)
    placing = Signal()
    placed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._order: list[str] = []  # every driver, in the order of the sort
        self._ids: list[str] = []  # the rows: the drivers the filter lets through, in order
        self._known: set[str] = set()  # every driver in the fleet, shown or filtered out
        self._keys: dict[str, Any] = {}  # each driver's key under the current sort
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._needle = ""
        self._rules: list[Rule] = []
        self.next_entry = NextEntryColumn(ctx)  # the last column, after the rules
        self._fixed: dict[str, tuple[str, str, str, str]] = {}
        self._names_only = False  # the drivers' days are still being read
        # sorted by a column of counted figures: the drivers whose key is not counted yet
        # (placed after the others, their cell in that column saying so), and the keys
        # counted since the rows were last put in order
        self._pending: list[str] = []
        self._unread: list[str] = []  # pending, their trips not read yet
        self._counted: dict[str, Any] = {}
        self._before: dict[str, int] = {}  # each driver's row before this sort
        self._placed_at = 0.0
        self._shown_at = 0.0  # when the rows in sight last showed the days read
        self._keying = QTimer(self)
        self._keying.setSingleShot(True)
        self._keying.setInterval(0)
        self._keying.timeout.connect(self._key_slice)
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.asOfChanged.connect(lambda _day: self.reload())
        ctx.fleetRead.connect(self._on_fleet_read)
        ctx.fleetSliceRead.connect(self._on_slice_read)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._names_only = self.ctx.fleet_waiting
        drivers = self.ctx.drivers()
        self._known = {d.id for d in drivers}
        as_of = self.ctx.as_of
        order = {"calendar_year": 0, "rolling": 1, "stay": 2}  # the tightest rules first
        self._rules = sorted(
            (r for r in self.ctx.workspace.book.rules if r.in_force(as_of)),
            key=lambda r: (order.get(r.window.kind, 3), r.id),
        )
        self.next_entry.clear()
        self._fixed = {d.id: (d.name, d.id, d.citizenship, d.category) for d in drivers}
        self._order = self._sorted([d.id for d in drivers])
        self._ids = self._filtered()
        self.endResetModel()
        self.reloaded.emit()

    # ----- sorting and filtering ---------------------------------------------------------

    def sort_value(self, driver_id: str, column: int) -> Any:
        """What the column sorts by: the text of the name, id, citizenship and category
        columns, days left (10,000 where the rule does not apply), the next entry's day."""
        if column < len(FIXED):
            fixed = self._fixed_of(driver_id)
            if fixed is None:
                return ""
            return fixed[column] if column != 3 else category_text(fixed[3])
        if column == len(FIXED) + len(self._rules):
            return self.next_entry.data(driver_id, self.status(driver_id), SORT_ROLE)
        status = self.status(driver_id).get(self._rules[column - len(FIXED)].id)
        return 10_000 if status is None else status.left

    def _sortable(self) -> bool:
        return 0 <= self._sort_column < self.columnCount()

    def _counts(self, column: int) -> bool:
        """The column sorts by counted figures (a rule's days left, the next entry)."""
        return column >= len(FIXED)

    def _later(self) -> tuple[int, int]:
        """The key of a driver not counted yet: after every counted one, either way."""
        return (-1, 0) if self._sort_order == Qt.SortOrder.DescendingOrder else (1, 0)

    def _key(self, driver_id: str, count: bool) -> Any:
        """The driver's key under the current sort; a column of counted figures gives
        (0, value), or the key of "not counted yet" when the figures are not at hand
        (``count`` False) or the driver's trips are not read yet."""
        column = self._sort_column
        if not self._counts(column):
            return self.sort_value(driver_id, column)
        days = self.ctx.read_yet(driver_id)
        if days is None:
            return self._later()
        if not count:
            levels = self.ctx.levels_known(driver_id)
            last = column == len(FIXED) + len(self._rules)
            if levels is None or (last and not self.next_entry.known(driver_id)):
                return self._later()
        return (0, self.sort_value(driver_id, column))

    @property
    def counting(self) -> bool:
        """Some rows' sort keys are still being counted (the rows not in place yet)."""
        return bool(self._pending or self._unread or self._counted) or self._keying.isActive()

    def is_placed(self, driver_id: str) -> bool:
        """The driver's row is where the sort puts it (false while their key is counted)."""
        key = self._keys.get(driver_id)
        return not (self._counts(self._sort_column) and (key is None or key[0] != 0))

    def _sorted(self, ids: list[str]) -> list[str]:
        """``ids`` by the current sort, keys worked out afresh (those at hand: the others
        are counted a slice at a time, their rows placed after the counted ones meanwhile)."""
        self._keying.stop()
        self._pending, self._unread, self._counted = [], [], {}
        if not self._sortable():
            return ids
        self._keys = {d: self._key(d, count=False) for d in ids}
        self._before = {d: n for n, d in enumerate(ids)}
        if self._counts(self._sort_column):
            self._pending = [d for d in reversed(ids) if self._keys[d][0] != 0]
            if self._pending:
                self._placed_at = time.perf_counter()
                self._keying.start()
        return self._ordered(ids)

    def _key_slice(self) -> None:
        until = time.perf_counter() + KEY_SLICE_SECONDS
        pending, counted = self._pending, self._counted
        while pending and time.perf_counter() < until:
            driver_id = pending.pop()
            if driver_id not in self._known:
                continue
            if self.ctx.read_yet(driver_id) is None:
                self._unread.append(driver_id)  # keyed when a slice of the fleet brings it
                continue
            counted[driver_id] = self._key(driver_id, count=True)
        if pending:
            self._keying.start()
        if counted and (
            not pending or time.perf_counter() - self._placed_at >= PLACE_EVERY_SECONDS
        ):
            self._place_counted()

    def _place_counted(self) -> None:
        """The rows counted since last time to their places; the selected driver stays
        selected (the panel also keeps their row where it was on the screen)."""
        self._placed_at = time.perf_counter()
        if not self._counted:
            return
        self._keys.update(self._counted)
        self._counted = {}
        # sorted from the order before the sort: drivers with equal keys stay in that order,
        # whichever was counted first (as sorting with every key known)
        before, last = self._before, len(self._before)
        order = self._ordered(sorted(self._order, key=lambda d: before.get(d, last)))
        self.placing.emit()
        self._relayout(order)
        self.placed.emit()

    def _on_fleet_read(self) -> None:
        """Every driver is read: the rows stay as they are when the drivers are the ones
        listed by name (a reload sorted 10,000 rows again at once); else all afresh."""
        fleet = self.ctx.fleet()
        same = len(fleet) == len(self._fixed) and all(
            self._fixed.get(d) == (days.driver.name, d, days.driver.citizenship,
                                   days.driver.category)
            for d, days in fleet.items()
        )  # fmt: skip
        if not self._names_only or not same:
            self.reload()
            return
        self._names_only = False
        self._shown_at = 0.0
        self._on_slice_read([])  # every day cell shows; the keys not counted yet are
        self.reloaded.emit()

    def _on_slice_read(self, ids: list[str]) -> None:
        """A slice of the fleet is read: its drivers' day cells show (a few times a second:
        the rows in sight painted after every slice were a twentieth of the reading), its
        keys are counted."""
        now = time.perf_counter()
        if self._ids and now - self._shown_at >= SHOW_READ_EVERY_SECONDS:
            self._shown_at = now
            first, last = len(FIXED), self.columnCount() - 1
            self.dataChanged.emit(self.index(0, first), self.index(len(self._ids) - 1, last))
        if self._unread:
            self._pending.extend(self._unread)
            self._unread = []
            if not self._keying.isActive():
                self._keying.start()

    def _ordered(self, ids: list[str]) -> list[str]:
        """``ids`` by the keys known; equal keys keep their order, so a sort by days left
        lists the drivers with equal days by the column sorted before (as Qt's stable sort)."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(ids, key=self._keys.__getitem__, reverse=descending)

    def _lets_through(self, driver_id: str) -> bool:
        """Type-to-filter on name, id and citizenship (case does not matter)."""
        if not self._needle:
            return True
        fixed = self._fixed_of(driver_id)
        return fixed is not None and any(self._needle in text.casefold() for text in fixed[:3])

    def _filtered(self) -> list[str]:
        if not self._needle:
            return list(self._order)
        return [d for d in self._order if self._lets_through(d)]

    def _relayout(self, order: list[str]) -> None:
        """New row order (the same rows): selection and current row follow their drivers."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [self._ids[i.row()] if i.row() < len(self._ids) else None for i in old]
        self._order = order
        self._ids = self._filtered()
        rows = {d: r for r, d in enumerate(self._ids)}
        new = [
            self.index(rows[d], i.column()) if d in rows else QModelIndex()
            for d, i in zip(held, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._sort_column, self._sort_order):
            return  # sorted so already: the keys follow every change
        self._sort_column, self._sort_order = column, order
        self._relayout(self._sorted(self._order))

    def set_needle(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginResetModel()
            self._needle = needle
            self._ids = self._filtered()
            self.endResetModel()

    def _on_data_changed(self, driver_id: str) -> None:
        if (
            not driver_id
            or self._names_only
            or driver_id not in self._known
            or self.ctx.days(driver_id) is None
        ):
            self.reload()  # a driver came or went, or everything changed
            return
        self.next_entry.forget(driver_id)
        self._fixed.pop(driver_id, None)
        order = self._order
        if self._sortable():
            self._counted.pop(driver_id, None)  # counted on the days before the edit
            key = self._key(driver_id, count=True)
            if key != self._keys.get(driver_id):  # the driver moves; the others' keys hold
                self._keys[driver_id] = key
                order = self._ordered(order)
        if self._lets_through(driver_id) != (driver_id in self._ids):  # renamed in or out
            self.beginResetModel()
            self._order = order
            self._ids = self._filtered()
            self.endResetModel()
            return
        if order is not self._order:
            self._relayout(order)
        row = self.row_of(driver_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ----- reading -----------------------------------------------------------------------

    def driver_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, driver_id: str) -> int:
        """The driver's row as shown (-1: not in the fleet, or filtered out)."""
        return self._ids.index(driver_id) if driver_id in self._ids else -1

    def rules(self) -> list[Rule]:
        return list(self._rules)

    def status(self, driver_id: str) -> dict[str, RuleLevel]:
        days = self.ctx.read_yet(driver_id) if self._names_only else self.ctx.days(driver_id)
        return {} if days is None else self.ctx.levels(days)

    def _fixed_of(self, driver_id: str) -> tuple[str, str, str, str] | None:
        fixed = self._fixed.get(driver_id)
        if fixed is None:
            days = self.ctx.days(driver_id)
            if days is None:
                return None
            driver = days.driver
            fixed = (driver.name, driver.id, driver.citizenship, driver.category)
            self._fixed[driver_id] = fixed
        return fixed

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self._rules) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < len(FIXED):
            if role == Qt.ItemDataRole.DisplayRole:
                return [
                    RosterText.tr("Driver"),
                    RosterText.tr("ID"),
                    RosterText.tr("Citizen"),
                    RosterText.tr("Category"),
                ][section]
            return None
        if section == len(FIXED) + len(self._rules):
            return self.next_entry.header(role)
        rule = self._rules[section - len(FIXED)]
        if role == Qt.ItemDataRole.DisplayRole:
            return rule_header(self.ctx.workspace.book, rule)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(
                RosterText.tr("%1: days used / days left as of the as-of date"),
                rule_name(self.ctx.workspace.book, rule.id),
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        driver_id = self._ids[index.row()]
        if role == DRIVER_ID_ROLE:
            return driver_id
        column = index.column()
        if column < len(FIXED):
            if role == Qt.ItemDataRole.ToolTipRole and column == 2:
                fixed = self._fixed_of(driver_id)  # the code fits the column, the name not
                return None if fixed is None else country_name(fixed[2], language())
            if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return None
            return self.sort_value(driver_id, column)
        # never a level before it is counted: the trips are still being read, or the row
        # is not in its place in the order of this column yet
        read = not self._names_only or self.ctx.read_yet(driver_id) is not None
        placed = column != self._sort_column or self.is_placed(driver_id)
        if (not read or not placed) and role != SORT_ROLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return BEING_READ
            if role == Qt.ItemDataRole.ToolTipRole:
                if not read:
                    return RosterText.tr("The driver's trips are being read; the days follow.")
                return RosterText.tr(
                    "Being counted: the driver takes their place in this order once counted."
                )
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#90a4ae")
            return None
        days = self.ctx.days(driver_id)
        if days is None:
            return None
        if column == len(FIXED) + len(self._rules):
            return self.next_entry.data(driver_id, self.status(driver_id), role)
        rule = self._rules[column - len(FIXED)]
        status = self.status(driver_id).get(rule.id)
        if role == SORT_ROLE:
            return 10_000 if status is None else status.left
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if status is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                return fill(
                    RosterText.tr("%1 does not apply to this driver on this date"),
                    rule_name(self.ctx.workspace.book, rule.id),
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{status.used} / {max(0, status.left)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(
                RosterText.tr("%1: %2 of %3 days used, left: %4"),
                rule_name(self.ctx.workspace.book, rule.id),
                status.used,
                status.limit,
                left_text(status),
            )
        if role == LEVEL_ROLE:
            return status.level
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            fg, bg = level_colours(status.level)
            return fg if role == Qt.ItemDataRole.ForegroundRole else bg
        return None


class RosterPanel(QWidget):
    editRequested = Signal(str)
    addRequested = Signal()
    deleteRequested = Signal(str)
    reportRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RosterModel(ctx, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(RosterText.tr("Search drivers (name, ID, citizenship)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_needle)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts once, by the indicator (by name: no counting)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _i: self._emit_selected(self.editRequested))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.reloaded.connect(self._fit_columns)
        # a filter or a reload starts the rows afresh: the driver selected stays selected
        self._kept: str | None = None
        self.model.modelAboutToBeReset.connect(self._keep_selected)
        self.model.modelReset.connect(self._select_kept)
        # rows put in place as their keys are counted: the selected row stays where it is
        self._held: tuple[str, int] | None = None
        self.model.placing.connect(self._hold_selected)
        self.model.placed.connect(self._keep_selected_in_place)
        buttons = QHBoxLayout()
        for text, handler in (
            (RosterText.tr("Add…"), self.addRequested.emit),
            (RosterText.tr("Edit…"), lambda: self._emit_selected(self.editRequested)),
            (RosterText.tr("Delete"), lambda: self._emit_selected(self.deleteRequested)),
            (RosterText.tr("Day report…"), lambda: self._emit_selected(self.reportRequested)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        ctx.driverSelected.connect(self.select_driver)
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Fitted to the first rows, not the whole fleet: every row measured meant every
        # driver's days counted before the window could show (the widths are capped below).
        header.setResizeContentsPrecision(SIZED_ROWS)
        self.table.resizeColumnsToContents()
        # every rule column fits a 1024-pixel screen: long names elide, codes need little
        self.table.setColumnWidth(0, min(112, self.table.columnWidth(0)))
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 44))
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 58))
        for col in range(len(FIXED), len(FIXED) + len(self.model.rules())):  # "85 / 5" fits
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 58))

    def _keep_selected(self) -> None:
        self._kept = self.selected_driver()

    def _select_kept(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None:
            self.select_driver(kept)

    def _hold_selected(self) -> None:
        self._held = None
        index = self.table.currentIndex()
        if index.isValid():
            y = self.table.rowViewportPosition(index.row())
            if 0 <= y < self.table.viewport().height():
                self._held = (self.model.driver_id(index.row()), y)

    def _keep_selected_in_place(self) -> None:
        held, self._held = self._held, None
        row = -1 if held is None else self.model.row_of(held[0])
        if held is None or row < 0:
            return
        moved = self.table.rowViewportPosition(row) - held[1]
        if self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            moved = round(moved / max(1, self.table.rowHeight(row)))
        bar = self.table.verticalScrollBar()
        bar.setValue(bar.value() + moved)

    def selected_driver(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, DRIVER_ID_ROLE)

    def _emit_selected(self, signal) -> None:
        driver_id = self.selected_driver()
        if driver_id:
            signal.emit(driver_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            driver_id = self.model.data(current, DRIVER_ID_ROLE)
            if driver_id:
                self.ctx.driverSelected.emit(driver_id)

    def select_driver(self, driver_id: str) -> None:
        row = self.model.row_of(driver_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        if index.isValid() and index.row() != self.table.currentIndex().row():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
