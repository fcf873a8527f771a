"""Before an import writes anything: the rows it would add, change and refuse, then confirm.

The window builds an ``ImportPreview`` (dispatcher.store.preview) from the chosen files and
shows it here; the import runs only on "Import", and not at all while a row is refused (an
import is all or nothing, so one bad row stops every other).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dispatcher.i18n import Context
from dispatcher.store.preview import ImportPreview, PreviewRow

PreviewText = Context("PreviewText")


def _table_name(table: str) -> str:
    return {
        "drivers": PreviewText.tr("Driver"),
        "permits": PreviewText.tr("Permit"),
        "trips": PreviewText.tr("Trip"),
    }.get(table, table)


def _field_name(name: str) -> str:
    return {
        "id": PreviewText.tr("Id"),
        "trip_id": PreviewText.tr("Trip"),
        "name": PreviewText.tr("Name"),
        "citizenship": PreviewText.tr("Citizenship"),
        "category": PreviewText.tr("Category"),
        "country": PreviewText.tr("Country"),
        "kind": PreviewText.tr("Kind"),
        "valid_from": PreviewText.tr("Valid from"),
        "valid_to": PreviewText.tr("Valid to"),
        "entry": PreviewText.tr("Entry"),
        "exit": PreviewText.tr("Exit"),
        "driver_id": PreviewText.tr("Driver"),
        "legs": PreviewText.tr("Legs"),
        "note": PreviewText.tr("Note"),
    }.get(name, name)


def _values(row: PreviewRow) -> str:
    return "; ".join(
        PreviewText.tr("%1: %2").replace("%1", _field_name(k)).replace("%2", v)
        for k, v in row.new.items()
    )


def _table(header: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(header))
    table.setHorizontalHeaderLabels(header)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportPreviewDialog(QDialog):
    """Accepted means: import these files. Rejected: change nothing."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(PreviewText.tr("Import preview"))

        self.added = _table(
            [PreviewText.tr("What"), PreviewText.tr("Id"), PreviewText.tr("Values")],
            [[_table_name(r.table), r.key, _values(r)] for r in preview.added],
        )
        self.changed = _table(
            [
                PreviewText.tr("What"),
                PreviewText.tr("Id"),
                PreviewText.tr("Field"),
                PreviewText.tr("Now"),
                PreviewText.tr("After the import"),
            ],
            [
                [_table_name(r.table), r.key, _field_name(name), r.old.get(name, ""),
                 r.new.get(name, "")]
                for r in preview.changed
                for name in r.changed_fields
            ],
        )  # fmt: skip
        self.refused = _table(
            [
                PreviewText.tr("File"),
                PreviewText.tr("Sheet"),
                PreviewText.tr("Line"),
                PreviewText.tr("Column"),
                PreviewText.tr("Why"),
            ],
            [
                [p.path.name, p.sheet or "", "" if p.line is None else str(p.line),
                 _field_name(p.field or ""), p.reason]
                for p in preview.refused
            ],
        )  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.addTab(self.added, PreviewText.tr("Added (%n)", "", len(preview.added)))
        self.tabs.addTab(self.changed, PreviewText.tr("Changed (%n)", "", len(preview.changed)))
        self.tabs.addTab(self.refused, PreviewText.tr("Refused (%n)", "", len(preview.refused)))

        if preview.refused:
            self.summary = QLabel(
                PreviewText.tr(
                    "%n row(s) are refused. Nothing can be imported until the files are "
                    "corrected: an import is all or nothing.",
                    "",
                    len(preview.refused),
                )
            )
            self.tabs.setCurrentWidget(self.refused)
        else:
            self.summary = QLabel(
                PreviewText.tr("%1 new, %2 changed, %3 unchanged. Import?")
                .replace("%1", str(len(preview.added)))
                .replace("%2", str(len(preview.changed)))
                .replace("%3", str(preview.unchanged))
            )
        self.summary.setWordWrap(True)

        box = QDialogButtonBox()
        self.import_button = box.addButton(
            PreviewText.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = box.addButton(
            PreviewText.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setEnabled(preview.can_import)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)
        layout.addWidget(box)
        self.resize(760, 420)
