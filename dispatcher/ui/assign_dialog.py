"""Who can take this route? Every driver's verdict, ok ones first, best fit on top.

Assigning a driver the route would push over a limit asks first (the guard), naming the
consequence. Opened from the window, the dialog shows at once and checks the fleet a slice
at a time between events, sorting in each slice's verdicts as they come: with thousands of
drivers the first candidates are on screen long before the last driver is checked.
"""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, fill, language
from dispatcher.rules import OK, OVER, TIGHT, DriverDays, Leg, Trip, WhatIf, assess, what_if
from dispatcher.rules.countries import country_name
from dispatcher.rules.wording import clash_text, left_after_text, margin_verdict_text
from dispatcher.store import StaleRecord, StoreError
from dispatcher.ui import dialogs, style
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import day_text
from dispatcher.ui.margin import margin_days

AssignText = Context("AssignText")

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
    }
)
#: rows a column is fitted to (of a fleet of thousands); the rows in sight fit their text
SIZED_ROWS = 50
# time one slice of the check may hold the event loop (``VerdictModel.start_route``)
SLICE_SECONDS = 0.03
# how often verdicts checked since are sorted in and shown while the check goes on
PUBLISH_SECONDS = 0.5
_ORDER = {OK: 0, TIGHT: 1, OVER: 2}


def best_first(verdict: WhatIf) -> tuple:
    """The order ``assess`` gives (ok, tight, over; most days left first; the driver id last,
    so the order is total): slices checked apart and sorted in end in the same order."""
    return (
        _ORDER[verdict.verdict],
        bool(verdict.clashes),
        verdict.least_left is not None,
        -(verdict.least_left or 0),
        min((f.date for f in verdict.findings), default=date.max),
        verdict.driver_id,
    )


class VerdictModel(QAbstractTableModel):
    """One row per verdict; a row's texts are worded once, when the view first asks for
    them (a view asks a cell for a dozen roles, and a fleet has thousands of rows)."""

    # every driver of the fleet has a verdict (after ``start_route``)
    finished = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.verdicts: list[WhatIf] = []
        self._rows: dict[int, tuple[list, list, WhatIf] | None] = {}
        self._queue: list[DriverDays] = []  # drivers still to check, last first
        self._waiting: list[WhatIf] = []  # checked, not shown yet
        self._shown_at = 0.0
        self._showing_took = 0.0  # seconds the last showing of new verdicts took
        self._legs: tuple[Leg, ...] = ()
        self._as_of, self._margin = ctx.as_of, 0
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(0)
        self._slice.timeout.connect(lambda: self._check(time.perf_counter() + SLICE_SECONDS))

    @property
    def checking(self) -> bool:
        """Drivers are still being checked: ``verdicts`` holds only those checked so far."""
        return bool(self._queue) or self._slice.isActive()

    def set_route(self, trip: Trip) -> None:
        self._slice.stop()
        self._queue, self._waiting = [], []
        self.beginResetModel()
        fleet = self.ctx.fleet()
        as_of, margin = self.ctx.as_of, margin_days(self.ctx.store)  # tight: after ok
        self.verdicts = assess(fleet.values(), trip.legs, as_of, margin) if trip.legs else []
        self._rows = {}
        self.endResetModel()

    def start_route(self, trip: Trip) -> None:
        """Check the fleet in slices between events; ``finished`` when every driver is in."""
        self._slice.stop()
        self.beginResetModel()
        self.verdicts, self._rows, self._waiting = [], {}, []
        self._legs = tuple(trip.legs)
        self._as_of, self._margin = self.ctx.as_of, margin_days(self.ctx.store)
        self._queue = list(reversed(self.ctx.fleet().values())) if trip.legs else []
        self.endResetModel()
        self._slice.start()

    def finish(self) -> None:
        """Check the drivers left now (for a caller that needs every verdict)."""
        if self.checking:
            self._check(None)

    def _check(self, until: float | None) -> None:
        self._slice.stop()
        queue, new = self._queue, self._waiting
        while queue and (until is None or time.perf_counter() < until):
            new.append(what_if(queue.pop(), self._legs, self._as_of, self._margin))
        # shown at once after the first slice, then at the end and in between only now and
        # then: each showing sorts and lays out the whole table again, which for thousands
        # of rows costs more than checking a slice
        now = time.perf_counter()
        wait = max(PUBLISH_SECONDS, 5 * self._showing_took)
        if new and (not queue or not self.verdicts or now - self._shown_at > wait):
            self.beginResetModel()
            self.verdicts = sorted([*self.verdicts, *new], key=best_first)
            self._rows, self._waiting = {}, []
            self.endResetModel()
            self._shown_at = time.perf_counter()
            self._showing_took = self._shown_at - now
        if queue:
            self._slice.start()
        else:
            self.finished.emit()

    def _row(self, row: int) -> tuple[list, list, WhatIf] | None:
        """The row's shown values, its sort keys and its verdict; None: no driver."""
        if row in self._rows:
            return self._rows[row]
        verdict = self.verdicts[row]
        days = self.ctx.days(verdict.driver_id)
        found = None
        if days is not None:
            driver = days.driver
            left = verdict.least_left
            values = [
                row + 1,
                f"{driver.name} ({driver.id})",
                country_name(driver.citizenship, language()),
                left_after_text(verdict),
                margin_verdict_text(self.ctx.workspace.book, verdict),
            ]
            keys = [row, driver.name, driver.citizenship, 10_000 if left is None else left, row]
            found = (values, keys, verdict)
        self._rows[row] = found
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.verdicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            labels = [
                AssignText.tr("#"),
                AssignText.tr("Driver"),
                AssignText.tr("Citizen"),
                AssignText.tr("Left after"),
                AssignText.tr("Verdict"),
            ]
            return labels[section] if 0 <= section < len(labels) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.verdicts):
            return None
        if role not in _ROLES:
            return None
        if role == SORT_ROLE and index.column() == 0:
            return index.row()  # the order itself: a sort needs no row worded
        found = self._row(index.row())
        if found is None:
            return None
        values, keys, verdict = found
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return values[col]
        if role == SORT_ROLE:
            return keys[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in (3, 4):
            return style.verdict_colours(verdict.verdict)[0]
        if role == Qt.ItemDataRole.BackgroundRole and verdict.verdict == TIGHT:
            return style.verdict_colours(TIGHT)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return values[4]
        if role == Qt.ItemDataRole.UserRole:
            return self.verdicts[index.row()].driver_id
        return None


class AssignDialog(QDialog):
    def __init__(
        self, ctx: AppContext, trip_id: str, parent: QWidget | None = None, later: bool = False
    ):
        """``later``: show at once and check the fleet in slices (``model.finished`` when
        done); otherwise every verdict is there when the dialog is made."""
        super().__init__(parent)
        self.ctx = ctx
        self.trip_id = trip_id
        self._later = later
        self._keep: str | None = None  # the selected driver, kept while verdicts come in
        self.setWindowTitle(fill(AssignText.tr("Assign route %1"), trip_id))
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.model = VerdictModel(ctx, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(AssignText.tr("Filter drivers…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts once, by the indicator
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.assign_selected())
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalScrollBar().valueChanged.connect(self._fit_rows)
        self.proxy.layoutChanged.connect(self._fit_rows)  # sorted
        self.proxy.modelReset.connect(self._fit_rows)
        self.model.modelAboutToBeReset.connect(self._remember_selected)
        self.model.modelReset.connect(self._select_remembered)
        self.model.finished.connect(self._show_route)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.assign_button = self.box.addButton(
            AssignText.tr("Assign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.box.accepted.connect(self.assign_selected)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.route)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.box)
        # Bound methods, not lambdas: Qt drops them when the dialog is deleted.
        self._stale = False
        ctx.dataChanged.connect(self._on_changed)
        ctx.plannedChanged.connect(self._on_changed)
        ctx.asOfChanged.connect(self._on_changed)
        self.resize(980, 560)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._fit_rows()  # the verdict column has its real width only now

    def _on_changed(self, *_args) -> None:
        """Re-check at once when open; a closed dialog (kept by its parent) re-checks the
        fleet only when it is asked again, not on every edit made after it."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _fresh(self) -> None:
        if self._stale:
            self.refresh()

    def _fit_rows(self, *_args) -> None:
        """Fit the rows in sight to their wrapped verdicts; the others as they come into
        sight (fitting every row of a fleet measured every verdict's text first)."""
        view = self.table
        rows = self.proxy.rowCount()
        if not rows:
            return
        first = max(0, view.rowAt(0))
        last = view.rowAt(view.viewport().height() - 1)
        if last < 0:
            last = rows - 1
        for row in range(first, min(rows, max(last + 1, first + SIZED_ROWS))):
            view.resizeRowToContents(row)

    def trip(self) -> Trip | None:
        return self.ctx.store.trip(self.trip_id)

    def refresh(self) -> None:
        """Re-check every driver; called again whenever the route or anyone's trips change."""
        self._stale = False
        trip = self.trip()
        if trip is None:
            self.route.setText(fill(AssignText.tr("The route %1 no longer exists."), self.trip_id))
            self.model.set_route(Trip(self.trip_id, None, ()))
            return
        if self._later:
            self.model.start_route(trip)
            self._show_route()
            return
        self.model.set_route(trip)
        self._show_route()

    def _show_route(self) -> None:
        trip = self.trip()
        if trip is None:
            return
        legs = ", ".join(
            f"{country_name(leg.country, language())} {day_text(leg.entry)} – {day_text(leg.exit)}"
            for leg in trip.legs
        )
        if self.model.checking:
            self.route.setText(
                fill(
                    AssignText.tr("Route %1: %2. As of %3: checking %4 drivers…"),
                    trip.id,
                    legs,
                    day_text(self.ctx.as_of),
                    len(self.ctx.fleet()),
                )
            )
            return
        ok = sum(1 for v in self.model.verdicts if v.ok)
        self.route.setText(
            fill(
                AssignText.tr("Route %1: %2. As of %3: %4 of %5 drivers can take it."),
                trip.id,
                legs,
                day_text(self.ctx.as_of),
                ok,
                len(self.model.verdicts),
            )
        )
        self.table.resizeColumnsToContents()
        self._fit_rows()

    def _remember_selected(self) -> None:
        selected = self.selected_driver()
        if selected is not None:
            self._keep = selected

    def _select_remembered(self) -> None:
        """Select the remembered driver again once their verdict is in (a re-check starts
        empty); forgotten when every driver is checked."""
        keep = self._keep
        if not self.model.checking:
            self._keep = None
        if keep is None:
            return
        row = next((n for n, v in enumerate(self.model.verdicts) if v.driver_id == keep), -1)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.table.selectRow(index.row())

    def verdict_of(self, driver_id: str) -> WhatIf | None:
        self._fresh()
        self.model.finish()
        return next((v for v in self.model.verdicts if v.driver_id == driver_id), None)

    def select_driver(self, driver_id: str) -> None:
        self._fresh()
        self.model.finish()
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), Qt.ItemDataRole.UserRole) == driver_id:
                self.table.selectRow(row)
                return

    def selected_driver(self) -> str | None:
        index = self.table.currentIndex()
        return (
            self.proxy.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)
            if index.isValid()
            else None
        )

    def assign_selected(self) -> bool:
        driver_id = self.selected_driver()
        if driver_id is None:
            return False
        return self.assign(driver_id)

    def assign(self, driver_id: str) -> bool:
        verdict = self.verdict_of(driver_id)  # (re-checked first if anything changed)
        trip = self.trip()
        if verdict is None or trip is None:
            return False
        if verdict.clashes:
            days = self.ctx.days(driver_id)
            name = days.driver.name if days else driver_id
            dialogs.inform(
                self, AssignText.tr("Cannot assign"), clash_text(name, verdict.clashes), error=True
            )
            return False
        try:
            saved = self.ctx.save_trip(
                Trip(trip.id, driver_id, trip.legs, trip.note), based_on=trip, parent=self
            )
        except StaleRecord as exc:
            self.ctx.offer_reload(self, str(exc))
            return False
        except StoreError as exc:
            dialogs.inform(self, AssignText.tr("Cannot assign"), str(exc), error=True)
            return False
        if saved:
            self.accept()
        return saved
