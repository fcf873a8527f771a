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

from dispatcher.i18n import Context, fill
from dispatcher.store import Store, StoreError, backup
from dispatcher.ui import dialogs
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import moment_text
from dispatcher.workspace import Workspace

BackupsText = Context("BackupsText")


class RestoreBackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(BackupsText.tr("Restore a backup"))
        self.backups = backup.list_backups(ctx.store.path)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels(
            [BackupsText.tr("Taken"), BackupsText.tr("Why"), BackupsText.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        reasons = {
            "before-import": BackupsText.tr("before an import"),
            "daily": BackupsText.tr("daily"),
            "before-upgrade": BackupsText.tr("before an upgrade"),
            "before-restore": BackupsText.tr("before a restore"),
        }
        for row, b in enumerate(self.backups):
            cells = [
                moment_text(b.taken_at, seconds=True),
                reasons.get(b.reason, b.reason),
                fill(BackupsText.tr("%1 KB"), f"{b.size / 1024:.0f}"),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = box.addButton(BackupsText.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        question = fill(
            BackupsText.tr(
                "Replace the database with the copy of %1? The current data is saved as a backup "
                "first, so this can be undone the same way."
            ),
            moment_text(chosen.taken_at),
        )
        if not dialogs.ask(self, BackupsText.tr("Restore a backup"), question):
            return False
        path, rules_dir = self.ctx.store.path, self.ctx.workspace.rules_dir
        self.ctx.workspace.close()
        restored = True
        try:
            backup.restore_backup(path, chosen.path)
        except (StoreError, OSError, sqlite3.Error) as exc:
            restored = False
            dialogs.inform(self, BackupsText.tr("Restore failed"), str(exc), error=True)
        self.ctx.workspace = Workspace(Store(path), rules_dir=rules_dir)
        self.ctx.undo_stack.clear()
        self.ctx.workspaceReplaced.emit()
        self.ctx.dataChanged.emit("")
        if restored:
            self.accept()
        return restored
