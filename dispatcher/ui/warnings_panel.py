"""Every finding as of the as-of date, most urgent first, then who is close to a limit.

Findings are kept per driver so that an edit recomputes one driver's, not the fleet's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from dispatcher.rules import EXCEEDED, urgency
from dispatcher.ui import style
from dispatcher.ui.context import AppContext
from dispatcher.ui.wording import finding_text, rule_name

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Warning:
    level: str  # exceeded | would_exceed | approaching
    driver_id: str
    day: date
    text: str
    order: tuple


class WarningsModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._by_driver: dict[str, list[Warning]] = {}
        self._rows: list[Warning] = []
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.asOfChanged.connect(lambda _day: self.reload())
        self.reload()

    def _warnings_of(self, driver_id: str) -> list[Warning]:
        days = self.ctx.days(driver_id)
        if days is None:
            return []
        as_of, book = self.ctx.as_of, self.ctx.workspace.book
        out = [
            Warning(f.level, driver_id, f.date, finding_text(book, f, days.driver.name),
                    (0, *urgency(f)))
            for f in days.findings(as_of)
        ]  # fmt: skip
        threshold = self.ctx.approaching_days()
        for status in days.counters(as_of):
            if 0 < status.left <= threshold:
                text = self.tr("{name} ({driver}): {rule} — {left} days left").format(
                    name=days.driver.name,
                    driver=driver_id,
                    rule=rule_name(book, status.rule_id),
                    left=status.left,
                )
                out.append(Warning("approaching", driver_id, as_of, text, (1, status.left)))
        return out

    def reload(self) -> None:
        self._by_driver = {d: self._warnings_of(d) for d in self.ctx.fleet()}
        self._resort()

    def _on_data_changed(self, driver_id: str) -> None:
        if not driver_id:
            self.reload()
            return
        self._by_driver[driver_id] = self._warnings_of(driver_id)
        self._resort()

    def _resort(self) -> None:
        self.beginResetModel()
        self._rows = sorted(
            (w for ws in self._by_driver.values() for w in ws), key=lambda w: w.order
        )
        self.endResetModel()

    def warning(self, row: int) -> Warning:
        return self._rows[row]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for w in self._rows:
            out[w.level] = out.get(w.level, 0) + 1
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Level"), self.tr("Warning")][section] if section < 2 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        w = self._rows[index.row()]
        labels = {
            EXCEEDED: self.tr("OVER"),
            "would_exceed": self.tr("would go over"),
            "approaching": self.tr("approaching"),
        }
        if role == Qt.ItemDataRole.DisplayRole:
            return labels[w.level] if index.column() == 0 else w.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return w.text
        if role == Qt.ItemDataRole.ForegroundRole:
            return style.OVER if w.level != "approaching" else style.APPROACHING
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return style.OVER_BG if w.level == EXCEEDED else style.APPROACHING_BG
        return None


class WarningsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = WarningsModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.clicked.connect(self.open_row)
        self.table.activated.connect(self.open_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def open_row(self, index: QModelIndex) -> None:
        """Show the driver and the day the warning is about."""
        if not index.isValid():
            return
        w = self.model.warning(index.row())
        self.ctx.driverSelected.emit(w.driver_id)
        self.ctx.dayRequested.emit(w.day)
