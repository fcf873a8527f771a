"""Edit a trip leg by leg; the trip check and a live what-if are shown as you type, and OK
goes through the guard (a change over a limit asks first) with the version first read."""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

from PySide6.QtGui import QColor
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, fill
from dispatcher.rules import DriverDays, Leg, Trip, what_if
from dispatcher.rules.trip_check import TripProblem
from dispatcher.rules.wording import margin_verdict_text
from dispatcher.store import StaleRecord, StoreError
from dispatcher.ui import dialogs, style
from dispatcher.ui.context import AppContext
from dispatcher.ui.margin import margin_days
from dispatcher.ui.widgets import CountryBox, DayEdit

TripEditorText = Context("TripEditorText")

COUNTRY, ENTRY, EXIT, DAYS = range(4)


class TripEditor(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        trip: Trip | None = None,
        driver_id: str | None = None,
        start: date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.original = trip
        self.setWindowTitle(
            fill(TripEditorText.tr("Edit trip %1"), trip.id)
            if trip
            else TripEditorText.tr("New trip")
        )
        self.trip_id = QLineEdit(trip.id if trip else ctx.store.next_trip_id())
        self.trip_id.setReadOnly(trip is not None)
        self.driver = QComboBox()
        self.driver.addItem(TripEditorText.tr("— planned route, no driver yet —"), None)
        for days in sorted(ctx.fleet().values(), key=lambda d: d.driver.name):
            self.driver.addItem(f"{days.driver.name} ({days.driver.id})", days.driver.id)
        wanted = trip.driver_id if trip else driver_id
        self.driver.setCurrentIndex(max(0, self.driver.findData(wanted)))
        self.note = QLineEdit(trip.note if trip else "")
        self.note.setPlaceholderText(TripEditorText.tr("Cargo, client, truck…"))
        form = QFormLayout()
        form.addRow(TripEditorText.tr("Trip"), self.trip_id)
        form.addRow(TripEditorText.tr("Driver"), self.driver)
        form.addRow(TripEditorText.tr("Note"), self.note)

        self.legs = QTableWidget(0, 4)
        self.legs.setHorizontalHeaderLabels(
            [
                TripEditorText.tr("Country"),
                TripEditorText.tr("Entry"),
                TripEditorText.tr("Exit"),
                TripEditorText.tr("Days"),
            ]
        )
        header = self.legs.horizontalHeader()
        header.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.Stretch)
        for col in (ENTRY, EXIT, DAYS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.legs.verticalHeader().setDefaultSectionSize(30)
        buttons = QHBoxLayout()
        for text, handler in (
            (TripEditorText.tr("Add leg"), self.add_leg),
            (TripEditorText.tr("Remove leg"), self.remove_leg),
            (TripEditorText.tr("Move up"), self.move_up),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, h=handler: h())
            buttons.addWidget(button)
        buttons.addStretch()
        if trip is not None:
            history = QPushButton(TripEditorText.tr("History…"))
            history.clicked.connect(self.show_history)
            buttons.addWidget(history)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.legs)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.verdict)
        layout.addWidget(self.box)
        self.driver.currentIndexChanged.connect(lambda _i: self.recheck())

        if trip and trip.legs:
            for leg in trip.legs:
                self.add_leg(leg)
        else:
            first = start or ctx.as_of
            self.add_leg(Leg("KZ", first, first + timedelta(days=1)))
            self.add_leg(Leg("RU", first + timedelta(days=1), first + timedelta(days=10)))
        self.resize(640, 480)
        self.recheck()

    # ----- legs --------------------------------------------------------------------------

    def add_leg(self, leg: Leg | None = None) -> None:
        if leg is None:  # the next leg starts on the previous exit, the crossing day
            row = self.legs.rowCount()
            start = self._day(row - 1, EXIT) if row else self.ctx.as_of
            leg = Leg("RU", start, start + timedelta(days=3))
        row = self.legs.rowCount()
        self.legs.insertRow(row)
        country = CountryBox(leg.country)
        entry, exit_ = DayEdit(leg.entry), DayEdit(leg.exit)
        country.currentIndexChanged.connect(lambda _i: self.recheck())
        entry.dateChanged.connect(lambda _d: self.recheck())
        exit_.dateChanged.connect(lambda _d: self.recheck())
        self.legs.setCellWidget(row, COUNTRY, country)
        self.legs.setCellWidget(row, ENTRY, entry)
        self.legs.setCellWidget(row, EXIT, exit_)
        self.legs.setItem(row, DAYS, QTableWidgetItem(""))
        self.recheck()

    def remove_leg(self) -> None:
        row = self.legs.currentRow()
        if row < 0:
            row = self.legs.rowCount() - 1
        if row >= 0:
            self.legs.removeRow(row)
            self.recheck()

    def move_up(self) -> None:
        row = self.legs.currentRow()
        if row <= 0:
            return
        legs = self.leg_list()
        legs[row - 1], legs[row] = legs[row], legs[row - 1]
        self.legs.setRowCount(0)
        for leg in legs:
            self.add_leg(leg)
        self.legs.setCurrentCell(row - 1, COUNTRY)

    def leg_list(self) -> list[Leg]:
        return [
            Leg(self._country(r).code(), self._day(r, ENTRY), self._day(r, EXIT))
            for r in range(self.legs.rowCount())
        ]

    def _country(self, row: int) -> CountryBox:
        return cast(CountryBox, self.legs.cellWidget(row, COUNTRY))

    def _day_edit(self, row: int, col: int) -> DayEdit:
        return cast(DayEdit, self.legs.cellWidget(row, col))

    def _day(self, row: int, col: int) -> date:
        return self._day_edit(row, col).day()

    def set_leg(self, row: int, leg: Leg) -> None:
        """Used by tests and by keyboard users alike: fill one row in one go."""
        self._country(row).set_code(leg.country)
        self._day_edit(row, ENTRY).set_day(leg.entry)
        self._day_edit(row, EXIT).set_day(leg.exit)

    def trip(self) -> Trip:
        return Trip(
            self.trip_id.text().strip(),
            self.driver.currentData(),
            tuple(self.leg_list()),
            self.note.text().strip(),
        )

    # ----- checking ----------------------------------------------------------------------

    def recheck(self) -> list[str]:
        if not hasattr(self, "box"):
            return []
        trip = self.trip()
        for row, leg in enumerate(trip.legs):
            item = self.legs.item(row, DAYS)
            if item is not None:
                item.setText(str(leg.days) if leg.exit >= leg.entry else "—")
        found = self.ctx.store.check_trip(trip)
        self.mark_rows(found)
        problems = [p.text for p in found]
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.verdict.setText(self._verdict(trip) if not problems else "")
        return problems

    def mark_rows(self, problems: list[TripProblem]) -> None:
        """Point at the legs a problem names: their day counts turn red."""
        bad = {p.leg for p in problems if p.leg is not None}
        bad |= {p.other_leg for p in problems if p.other_leg is not None}
        for row in range(self.legs.rowCount()):
            item = self.legs.item(row, DAYS)
            if item is not None:
                item.setForeground(QColor("#c62828") if row + 1 in bad else QColor("#000000"))
                item.setToolTip(
                    "\n".join(p.text for p in problems if row + 1 in (p.leg, p.other_leg))
                )

    def _verdict(self, trip: Trip) -> str:
        days = self.ctx.days(trip.driver_id) if trip.driver_id else None
        if days is None or not trip.legs:
            return TripEditorText.tr("Planned route: use Assign… to see who can take it.")
        others = DriverDays(days.book, days.driver, [t for t in days.trips if t.id != trip.id])
        verdict = what_if(others, trip.legs, self.ctx.as_of, margin_days(self.ctx.store))
        colour = style.verdict_colours(verdict.verdict)[0].name()
        self.verdict.setStyleSheet(f"color: {colour}")
        return fill(
            TripEditorText.tr("For %1: %2"),
            days.driver.name,
            margin_verdict_text(self.ctx.workspace.book, verdict),
        )

    def show_history(self) -> None:
        from dispatcher.ui.history_view import HistoryDialog

        trip_id = self.original.id if self.original else self.trip_id.text()
        dialogs.run_modal(HistoryDialog(self.ctx, trip_id=trip_id, parent=self))

    def accept(self) -> None:
        """Checked once on the way (the context refuses what the store would), then asked."""
        try:
            saved = self.ctx.save_trip(self.trip(), based_on=self.original, parent=self)
        except StaleRecord as exc:
            self.problems.setText(str(exc))
            self.problems.setVisible(True)
            self.offer_reload(str(exc))
            return
        except StoreError as exc:
            self.problems.setText(str(exc))
            self.problems.setVisible(True)
            return
        if saved:  # "No" at the guard's question keeps the editor open, nothing saved
            super().accept()

    def offer_reload(self, message: str) -> None:
        """The trip was changed elsewhere since the editor opened: show it as it is now."""
        question = (
            message + "\n\n" + TripEditorText.tr("Load the trip as it is now? Your edits are lost.")
        )
        if not dialogs.ask(
            self, TripEditorText.tr("Changed elsewhere"), question, default_yes=True
        ):
            return
        self.ctx.reload()
        self.original = self.ctx.store.trip(self.trip_id.text().strip())
        self.legs.setRowCount(0)
        if self.original is not None:
            for leg in self.original.legs:
                self.add_leg(leg)
            self.driver.setCurrentIndex(max(0, self.driver.findData(self.original.driver_id)))
            self.note.setText(self.original.note)
        self.recheck()


def edit_trip(
    parent: QWidget | None,
    ctx: AppContext,
    trip_id: str | None = None,
    driver_id: str | None = None,
    start: date | None = None,
) -> bool:
    """Open the editor on a trip (or a new one); True when it was saved."""
    trip = ctx.store.trip(trip_id) if trip_id else None
    editor = TripEditor(ctx, trip, driver_id=driver_id, start=start, parent=parent)
    return dialogs.run_modal(editor) == QDialog.DialogCode.Accepted
