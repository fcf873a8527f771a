"""File → Restore backup…: the copies beside the database, newest first, and putting one back."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatcher.store import Store, StoreError, backup
from dispatcher.ui import dialogs
from dispatcher.ui.context import AppContext
from dispatcher.workspace import Workspace


class RestoreBackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups = backup.list_backups(ctx.store.path)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        reasons = {"before-import": self.tr("before an import"), "daily": self.tr("daily"),
                   "before-upgrade": self.tr("before an upgrade"),
                   "before-restore": self.tr("before a restore")}  # fmt: skip
        for row, b in enumerate(self.backups):
            cells = [b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), reasons.get(b.reason, b.reason),
                     f"{b.size / 1024:.0f} KB"]  # fmt: skip
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = box.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.clicked.connect(self.restore_selected)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(box)
        self.resize(560, 360)

    def restore_selected(self) -> bool:
        row = self.table.currentRow()
        return row >= 0 and self.restore(row)

    def restore(self, row: int) -> bool:
        chosen = self.backups[row]
        question = self.tr(
            "Replace the database with the copy of {0}? The current data is saved as a backup "
            "first, so this can be undone the same way."
        ).format(chosen.taken_at.strftime("%Y-%m-%d %H:%M"))
        if not dialogs.ask(self, self.tr("Restore a backup"), question):
            return False
        path, rules_dir = self.ctx.store.path, self.ctx.workspace.rules_dir
        self.ctx.workspace.close()
        restored = True
        try:
            backup.restore_backup(path, chosen.path)
        except (StoreError, OSError, sqlite3.Error) as exc:
            restored = False
            dialogs.inform(self, self.tr("Restore failed"), str(exc), error=True)
        self.ctx.workspace = Workspace(Store(path), rules_dir=rules_dir)
        self.ctx.undo_stack.clear()
        self.ctx.workspaceReplaced.emit()
        self.ctx.dataChanged.emit("")
        if restored:
            self.accept()
        return restored
