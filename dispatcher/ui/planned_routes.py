"""Routes waiting for a driver: create, edit, delete, and Assign… to see who can take them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, fill, language
from dispatcher.rules.countries import country_name
from dispatcher.ui import dialogs
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import day_text

PlannedText = Context("PlannedText")


class PlannedRoutesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(lambda _i: self.assign())  # double click or Enter
        buttons = QHBoxLayout()
        for text, handler in (
            (PlannedText.tr("New…"), self.new_route),
            (PlannedText.tr("Edit…"), self.edit),
            (PlannedText.tr("Delete"), self.delete),
            (PlannedText.tr("Assign…"), self.assign),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, h=handler: h())
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        ctx.dataChanged.connect(lambda _d: self.reload())
        ctx.plannedChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.selected()
        self.list.clear()
        for trip in sorted(self.ctx.store.unassigned_trips(), key=lambda t: (t.start, t.id)):
            if not trip.legs:
                continue
            route = " → ".join(country_name(leg.country, language()) for leg in trip.legs)
            days = (trip.end - trip.start).days + 1
            text = fill(
                PlannedText.tr("%1 · %2 – %3 · %n day(s)\n%4", "", days),
                trip.id,
                day_text(trip.start),
                day_text(trip.end),
                route,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, trip.id)
            self.list.addItem(item)
            if trip.id == current:
                self.list.setCurrentItem(item)

    def trip_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def new_route(self) -> None:
        from dispatcher.ui.trip_editor import edit_trip

        edit_trip(self, self.ctx)

    def edit(self) -> None:
        from dispatcher.ui.trip_editor import edit_trip

        if self.selected():
            edit_trip(self, self.ctx, trip_id=self.selected())

    def delete(self) -> None:
        trip_id = self.selected()
        if trip_id and dialogs.ask(
            self,
            PlannedText.tr("Delete route"),
            fill(PlannedText.tr("Delete planned route %1?"), trip_id),
        ):
            self.ctx.delete_trip(trip_id, parent=self)

    def assign(self) -> None:
        from dispatcher.ui.assign_dialog import AssignDialog

        trip_id = self.selected()
        if trip_id:
            dialogs.run_modal(AssignDialog(self.ctx, trip_id, self, later=True))
