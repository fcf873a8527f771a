"""The one seam through which every modal dialog and question is shown.

A modal ``exec()`` blocks a test; tests replace these three functions, the app never does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def run_modal(dialog: QDialog) -> int:
    return dialog.exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str, error: bool = False) -> None:
    if error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)
