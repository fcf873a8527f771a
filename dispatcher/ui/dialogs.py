"""The one seam through which every modal dialog and question is shown.

A modal ``exec()`` blocks a test; tests replace these functions, the app never does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def run_modal(dialog: QDialog) -> int:
    return dialog.exec()


def question_box(
    parent: QWidget | None, title: str, text: str, default_yes: bool = False
) -> QMessageBox:
    """The Yes/No question, built apart so the screenshots can show it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      parent)  # fmt: skip
    box.setDefaultButton(
        QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    )
    return box


def ask(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    return question_box(parent, title, text, default_yes).exec() == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget | None, title: str, label: str) -> str | None:
    """A short line of text, or None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal)
    return text if ok else None


def inform(parent: QWidget | None, title: str, text: str, error: bool = False) -> None:
    if error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)
