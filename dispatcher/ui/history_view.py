"""What changed, when and by whom, per driver or per trip, with an undo of any one change."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context, fill, language
from dispatcher.rules.countries import country_name
from dispatcher.rules.wording import category_text
from dispatcher.store import StaleRecord, StoreError
from dispatcher.store.history import Change
from dispatcher.ui import dialogs
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import day_text, moment_text

HistoryText = Context("HistoryText")

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 7


def local_time(at: str) -> str:
    """The log keeps UTC; a dispatcher reads their own clock."""
    try:
        return moment_text(datetime.fromisoformat(at), seconds=True)
    except ValueError:
        return at.replace("T", " ")[:19]


def _iso_day(text) -> str:
    """A day kept as ISO in the log, written the way the language writes dates."""
    try:
        return day_text(date.fromisoformat(str(text)))
    except ValueError:
        return str(text)


def _legs(snap) -> str:
    snap = {"legs": snap.get("legs") or []}
    lang = language()
    return (
        ", ".join(
            f"{country_name(c, lang)} {_iso_day(a)}–{_iso_day(b)}"
            for c, a, b in snap.get("legs", [])
        )
        or "—"
    )


def _field_value(field: str, value) -> str:
    if field == "citizenship" and isinstance(value, str):
        return country_name(value, language())
    if field == "category" and isinstance(value, str):
        return category_text(value)
    return str(value)


def describe(change: Change) -> str:
    """Old → new in a dispatcher's words: the fields that differ, not the whole record."""
    old, new = change.old or {}, change.new or {}
    if change.entity == "setting":
        return f"{change.entity_id}: {change.old!r} → {change.new!r}"
    if change.entity == "trip":
        if change.action == "insert":
            driver = new.get("driver_id") or HistoryText.tr("planned route")
            return f"{_legs(new)} ({driver})"
        if change.action == "delete":
            return _legs(old)
        parts = []
        if old.get("driver_id") != new.get("driver_id"):
            parts.append(
                fill(
                    HistoryText.tr("driver %1 → %2"),
                    old.get("driver_id") or "—",
                    new.get("driver_id") or "—",
                )
            )
        if old.get("legs") != new.get("legs"):
            parts.append(f"{_legs(old)} → {_legs(new)}")
        if old.get("note") != new.get("note"):
            parts.append(
                fill(HistoryText.tr("note %1 → %2"), repr(old.get("note")), repr(new.get("note")))
            )
        return "; ".join(parts)
    labels = {
        "name": HistoryText.tr("name"),
        "citizenship": HistoryText.tr("citizenship"),
        "category": HistoryText.tr("category"),
        "permits": HistoryText.tr("permits"),
    }
    if change.action != "update":
        snap = new or old
        return " · ".join(_field_value(f, snap.get(f)) for f in ("name", "citizenship", "category"))
    return "; ".join(
        f"{labels[f]}: {_field_value(f, old.get(f))} → {_field_value(f, new.get(f))}"
        for f in labels
        if old.get(f) != new.get(f)
    )


class HistoryModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, driver_id=None, trip_id=None, parent=None):
        super().__init__(parent)
        self.ctx, self.driver_id, self.trip_id = ctx, driver_id, trip_id
        self.changes: list[Change] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.changes = self.ctx.store.history(driver_id=self.driver_id, trip_id=self.trip_id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            labels = [
                HistoryText.tr("No."),
                HistoryText.tr("When"),
                HistoryText.tr("Who"),
                HistoryText.tr("What"),
                HistoryText.tr("Change"),
                HistoryText.tr("Details"),
                HistoryText.tr("Reason"),
            ]
            return labels[section] if 0 <= section < COLUMNS else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.changes):
            return None
        c = self.changes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            actions = {"insert": HistoryText.tr("added"), "update": HistoryText.tr("changed"),
                       "delete": HistoryText.tr("deleted")}  # fmt: skip
            what = {"driver": HistoryText.tr("driver"), "trip": HistoryText.tr("trip"),
                    "setting": HistoryText.tr("setting")}[c.entity]  # fmt: skip
            cells = [str(c.operation), local_time(c.at), f"{c.user}@{c.host}",
                     f"{what} {c.entity_id}", actions[c.action], describe(c),
                     c.reason or ""]  # fmt: skip
            return cells[index.column()]
        return None


class HistoryDialog(QDialog):
    def __init__(
        self, ctx: AppContext, driver_id=None, trip_id=None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        subject = (
            fill(HistoryText.tr("driver %1"), driver_id) if driver_id
            else fill(HistoryText.tr("trip %1"), trip_id) if trip_id
            else HistoryText.tr("all records")
        )  # fmt: skip
        self.setWindowTitle(fill(HistoryText.tr("History of %1"), subject))
        self.model = HistoryModel(ctx, driver_id, trip_id, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        undo = box.addButton(
            HistoryText.tr("Undo this change"), QDialogButtonBox.ButtonRole.ActionRole
        )
        undo.clicked.connect(self.undo_selected)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.resize(1000, 520)

    def undo_selected(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        return self.undo(self.model.changes[index.row()].operation)

    def undo(self, operation: int) -> bool:
        question = fill(
            HistoryText.tr("Undo change number %1 (every record it touched)?"), operation
        )
        if not dialogs.ask(self, HistoryText.tr("Undo a change"), question):
            return False
        try:
            if not self.ctx.revert(operation, parent=self):
                return False
        except StaleRecord as exc:
            self.message.setText(str(exc))
            return False
        except StoreError as exc:
            self.message.setText(str(exc))
            return False
        self.model.reload()
        self.message.setText(fill(HistoryText.tr("Change %1 undone."), operation))
        return True
