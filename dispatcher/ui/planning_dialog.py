"""Planning → Assign routes…: a driver for every open route of a period at once.

The engine's ``plan`` proposes; the dispatcher ticks all, some or none of the proposals and
accepts them as one step. A subset of a sound plan is sound too (leaving a route out only
takes days away), yet the change still goes through the guard like any other, and is
written in one transaction, so one Ctrl+Z takes all of it back or, when any of the routes
changed since, none of it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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

from dispatcher.i18n import Context, format_date
from dispatcher.rules import OK, OVER, Trip
from dispatcher.rules.planning import Plan, Proposal, plan
from dispatcher.store import StaleRecord, StoreError
from dispatcher.ui import dialogs, guard, style
from dispatcher.ui.commands import AssignRoutes
from dispatcher.ui.context import AppContext
from dispatcher.ui.margin import MAX_MARGIN_DAYS, margin_days
from dispatcher.ui.widgets import DayEdit

PlanningText = Context("PlanningText")

PERIOD_DAYS = 30  # the period a dialog opens with: the month ahead of the as-of date
TRIP_ROLE = Qt.ItemDataRole.UserRole
TICK, ROUTE, WHEN, DRIVER, LEFT = range(5)


def route_text(trip: Trip) -> str:
    """ "01.12.2026 – 10.12.2026 · KZ → RU": when and where, as the planned routes list it."""
    countries = " → ".join(leg.country for leg in trip.legs)
    return (
        PlanningText.tr("%1 – %2 · %3")
        .replace("%1", format_date(trip.start))
        .replace("%2", format_date(trip.end))
        .replace("%3", countries)
    )


def left_text(proposal: Proposal) -> str:
    if proposal.least_left is None:
        return PlanningText.tr("no rule counts it")
    return PlanningText.tr("%n day(s)", "", proposal.least_left)


class PlanningDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        first: date | None = None,
        last: date | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(PlanningText.tr("Assign routes"))
        self.plan = Plan()
        self.routes: dict[str, Trip] = {}  # the routes as read when the plan was made
        self.stale = False  # the period or margin changed since the plan shown was made
        first = first or ctx.as_of
        self.first = DayEdit(first)
        self.last = DayEdit(last or first + timedelta(days=PERIOD_DAYS))
        self.margin = QSpinBox()
        self.margin.setRange(0, MAX_MARGIN_DAYS)
        self.margin.setValue(margin_days(ctx.store))
        self.margin.setSuffix(PlanningText.tr(" days"))
        self.margin.setToolTip(
            PlanningText.tr("Propose only drivers who keep at least this many days left")
        )
        propose = QPushButton(PlanningText.tr("Propose"))
        propose.clicked.connect(lambda _c=False: self.propose())
        period = QHBoxLayout()
        for label, widget in (
            (PlanningText.tr("Routes leaving from"), self.first),
            (PlanningText.tr("to"), self.last),
            (PlanningText.tr("Margin"), self.margin),
        ):
            period.addWidget(QLabel(label))
            period.addWidget(widget)
        period.addWidget(propose)
        period.addStretch()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.proposals = QTableWidget(0, 5)
        self.proposals.setHorizontalHeaderLabels(
            ["", PlanningText.tr("Route"), PlanningText.tr("When and where"),
             PlanningText.tr("Driver"), PlanningText.tr("Days left after")]
        )  # fmt: skip
        self._table_look(self.proposals)
        self.proposals.itemChanged.connect(lambda _i: self._update_buttons())
        ticks = QHBoxLayout()
        for text, ticked in ((PlanningText.tr("Tick all"), True),
                             (PlanningText.tr("Tick none"), False)):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, t=ticked: self.tick_all(t))
            ticks.addWidget(button)
        ticks.addStretch()

        self.unassigned = QTableWidget(0, 3)
        self.unassigned.setHorizontalHeaderLabels(
            [PlanningText.tr("Route"), PlanningText.tr("When and where"),
             PlanningText.tr("Why no driver")]
        )  # fmt: skip
        self._table_look(self.unassigned)
        self.unassigned.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.assign_button = self.box.addButton(
            PlanningText.tr("Assign ticked routes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.box.accepted.connect(self.assign_ticked)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(PlanningText.tr("Proposed drivers")))
        layout.addWidget(self.proposals, 3)
        layout.addLayout(ticks)
        layout.addWidget(QLabel(PlanningText.tr("Routes without a driver")))
        layout.addWidget(self.unassigned, 2)
        layout.addWidget(self.box)
        self.resize(860, 560)
        self.propose()
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self._mark_stale())
        self.margin.valueChanged.connect(lambda _v: self._mark_stale())

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # ----- proposing ---------------------------------------------------------------------

    def _mark_stale(self) -> None:
        """A plan for another period or margin than the one shown is never accepted."""
        self.stale = True
        self.summary.setText(PlanningText.tr("The period or margin changed: press Propose."))
        self._update_buttons()

    def open_routes(self) -> list[Trip]:
        """Routes without a driver leaving within the period (the command line's choice)."""
        first, last = self.first.day(), self.last.day()
        return [
            trip
            for trip in self.ctx.store.unassigned_trips()
            if trip.legs and first <= trip.start <= last
        ]

    def propose(self) -> Plan:
        """Ask the engine again, for the period and margin as they are set now; proposals
        that stay the same keep their tick."""
        kept = {(p.trip_id, p.driver_id): self.is_ticked(p.trip_id) for p in self.plan.proposals}
        self.stale = False
        first, last = self.first.day(), self.last.day()
        if last < first:
            self.plan, self.routes = Plan(), {}
            self.summary.setText(
                PlanningText.tr("The period ends (%1) before it starts (%2).")
                .replace("%1", format_date(last))
                .replace("%2", format_date(first))
            )
            self._fill()
            return self.plan
        routes = self.open_routes()
        self.routes = {t.id: t for t in routes}
        fleet = self.ctx.fleet()
        self.plan = plan(fleet.values(), routes, self.ctx.as_of, self.margin.value())
        self.summary.setText(
            PlanningText.tr("%n route(s) without a driver leave from %1 to %2.", "", len(routes))
            .replace("%1", format_date(first))
            .replace("%2", format_date(last))
            + " "
            + PlanningText.tr("Drivers found for %n of them.", "", self.plan.covered)
        )
        self._fill(kept)
        return self.plan

    def _fill(self, kept: dict[tuple[str, str], bool] | None = None) -> None:
        kept = kept or {}
        fleet = self.ctx.fleet()
        self.proposals.blockSignals(True)
        self.proposals.setRowCount(0)
        for proposal in self.plan.proposals:
            trip = self.routes[proposal.trip_id]
            days = fleet.get(proposal.driver_id)
            name = days.driver.name if days else proposal.driver_id
            row = self.proposals.rowCount()
            self.proposals.insertRow(row)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            ticked = kept.get((proposal.trip_id, proposal.driver_id), True)
            tick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            tick.setData(TRIP_ROLE, proposal.trip_id)
            cells = [proposal.trip_id, route_text(trip), f"{name} ({proposal.driver_id})",
                     left_text(proposal)]  # fmt: skip
            self.proposals.setItem(row, TICK, tick)
            for col, text in enumerate(cells, start=ROUTE):
                item = QTableWidgetItem(text)
                if col == LEFT:
                    item.setForeground(style.verdict_colours(OK)[0])
                self.proposals.setItem(row, col, item)
        self.proposals.blockSignals(False)
        self.unassigned.setRowCount(0)
        for open_route in self.plan.unassigned:
            trip = self.routes[open_route.trip_id]
            row = self.unassigned.rowCount()
            self.unassigned.insertRow(row)
            reason = QTableWidgetItem(open_route.text())
            reason.setForeground(style.verdict_colours(OVER)[0])
            for col, item in enumerate(
                [QTableWidgetItem(trip.id), QTableWidgetItem(route_text(trip)), reason]
            ):
                self.unassigned.setItem(row, col, item)
        self._update_buttons()

    # ----- ticking -----------------------------------------------------------------------

    def _tick_item(self, trip_id: str) -> QTableWidgetItem | None:
        for row in range(self.proposals.rowCount()):
            item = self.proposals.item(row, TICK)
            if item is not None and item.data(TRIP_ROLE) == trip_id:
                return item
        return None

    def is_ticked(self, trip_id: str) -> bool:
        item = self._tick_item(trip_id)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_ticked(self, trip_id: str, ticked: bool) -> None:
        item = self._tick_item(trip_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def tick_all(self, ticked: bool) -> None:
        for proposal in self.plan.proposals:
            self.set_ticked(proposal.trip_id, ticked)

    def ticked(self) -> list[Proposal]:
        return [p for p in self.plan.proposals if self.is_ticked(p.trip_id)]

    def _update_buttons(self) -> None:
        count = len(self.ticked())
        self.assign_button.setEnabled(count > 0 and not self.stale)
        self.assign_button.setText(
            PlanningText.tr("Assign %n ticked route(s)", "", count)
            if count
            else PlanningText.tr("Assign ticked routes")
        )

    # ----- accepting ---------------------------------------------------------------------

    def assign_ticked(self) -> bool:
        """Every ticked proposal in one undoable step, after the guard; False: nothing
        changed (nothing ticked, the guard said no, or a route changed meanwhile)."""
        chosen = self.ticked()
        if not chosen or self.stale:
            return False
        pairs = [
            (self.routes[p.trip_id], replace(self.routes[p.trip_id], driver_id=p.driver_id))
            for p in chosen
        ]
        title = PlanningText.tr("Assign routes")
        approval = guard.confirm(self, self.ctx, saves=[after for _b, after in pairs], title=title)
        if approval is None:
            return False
        command = AssignRoutes(self.ctx, pairs)
        try:
            command.apply(approval.reason)
        except StaleRecord as exc:  # a route was edited or assigned elsewhere since
            self.ctx.offer_reload(self, str(exc))
            self.propose()
            return False
        except StoreError as exc:
            dialogs.inform(self, title, str(exc), error=True)
            return False
        self.ctx.undo_stack.push(command)
        self.accept()
        return True
