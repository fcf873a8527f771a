"""Who can take this route? Every driver's verdict, ok ones first, best fit on top.

Assigning a driver the route would push over a limit asks first (the guard), naming the
consequence.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
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

from dispatcher.i18n import Context, language
from dispatcher.rules import TIGHT, Trip, WhatIf, assess
from dispatcher.rules.countries import country_name
from dispatcher.rules.wording import clash_text, left_after_text, margin_verdict_text
from dispatcher.store import StaleRecord, StoreError
from dispatcher.ui import dialogs, style
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import day_text
from dispatcher.ui.margin import margin_days
from dispatcher.ui.words import fill

AssignText = Context("AssignText")

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class VerdictModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.verdicts: list[WhatIf] = []

    def set_route(self, trip: Trip) -> None:
        self.beginResetModel()
        fleet = self.ctx.fleet()
        as_of, margin = self.ctx.as_of, margin_days(self.ctx.store)  # tight: after ok
        self.verdicts = assess(fleet.values(), trip.legs, as_of, margin) if trip.legs else []
        self.endResetModel()

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
        verdict = self.verdicts[index.row()]
        days = self.ctx.days(verdict.driver_id)
        if days is None:
            return None
        driver = days.driver
        col = index.column()
        left = verdict.least_left
        values = [
            index.row() + 1,
            f"{driver.name} ({driver.id})",
            country_name(driver.citizenship, language()),
            left_after_text(verdict),
            margin_verdict_text(self.ctx.workspace.book, verdict),
        ]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[col]
        if role == SORT_ROLE:
            return [index.row(), driver.name, driver.citizenship,
                    10_000 if left is None else left, index.row()][col]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and col in (3, 4):
            return style.verdict_colours(verdict.verdict)[0]
        if role == Qt.ItemDataRole.BackgroundRole and verdict.verdict == TIGHT:
            return style.verdict_colours(TIGHT)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return values[4]
        if role == Qt.ItemDataRole.UserRole:
            return verdict.driver_id
        return None


class AssignDialog(QDialog):
    def __init__(self, ctx: AppContext, trip_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.trip_id = trip_id
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
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.assign_selected())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
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
        ctx.dataChanged.connect(lambda _d: self.refresh())
        ctx.plannedChanged.connect(self.refresh)
        ctx.asOfChanged.connect(lambda _d: self.refresh())
        self.resize(980, 560)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the verdict column has its real width only now

    def trip(self) -> Trip | None:
        return self.ctx.store.trip(self.trip_id)

    def refresh(self) -> None:
        """Re-check every driver; called again whenever the route or anyone's trips change."""
        trip = self.trip()
        if trip is None:
            self.route.setText(fill(AssignText.tr("The route %1 no longer exists."), self.trip_id))
            self.model.set_route(Trip(self.trip_id, None, ()))
            return
        legs = ", ".join(
            f"{country_name(leg.country, language())} {day_text(leg.entry)} – {day_text(leg.exit)}"
            for leg in trip.legs
        )
        self.model.set_route(trip)
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
        self.table.resizeRowsToContents()

    def verdict_of(self, driver_id: str) -> WhatIf | None:
        return next((v for v in self.model.verdicts if v.driver_id == driver_id), None)

    def select_driver(self, driver_id: str) -> None:
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
        verdict = self.verdict_of(driver_id)
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
