"""The import preview dialog: what would be added, changed and refused; confirm or cancel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from dispatcher.store import Store
from dispatcher.store.preview import preview_import
from dispatcher.store.transfer import import_files
from dispatcher.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.gui

DRIVERS = "id,name,citizenship,category\n"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "carrier.sqlite") as opened:
        (tmp_path / "first.csv").write_text(DRIVERS + "D1,Ерлан,KZ,freight\n", encoding="utf-8")
        import_files(opened, drivers=tmp_path / "first.csv")
        yield opened


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_added_and_changed_rows_are_shown_and_import_confirms(qtbot, store, tmp_path):
    (tmp_path / "d.csv").write_text(
        DRIVERS + "D1,Ерлан Сейтқали,KZ,freight\nD2,Иван,RU,bus\n", encoding="utf-8"
    )
    dialog = ImportPreviewDialog(preview_import(store, drivers=tmp_path / "d.csv"))
    qtbot.addWidget(dialog)
    assert cells(dialog.added) == [["Driver", "D2", "Name: Иван; Citizenship: RU; Category: bus"]]
    assert cells(dialog.changed) == [["Driver", "D1", "Name", "Ерлан", "Ерлан Сейтқали"]]
    assert dialog.refused.rowCount() == 0
    assert dialog.tabs.tabText(0) == "Added (1)"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.driver("D1").name == "Ерлан"  # the dialog itself writes nothing


def test_a_refused_row_is_named_and_import_is_disabled(qtbot, store, tmp_path):
    (tmp_path / "d.csv").write_text(
        DRIVERS + "D2,Иван,RU,bus\nD3,Ольга,Атлантида,bus\n", encoding="utf-8"
    )
    dialog = ImportPreviewDialog(preview_import(store, drivers=tmp_path / "d.csv"))
    qtbot.addWidget(dialog)
    ((name, sheet, line, column, why),) = cells(dialog.refused)
    assert (name, sheet, line, column) == ("d.csv", "", "3", "Citizenship")
    assert "Атлантида" in why
    assert dialog.tabs.currentWidget() is dialog.refused
    assert not dialog.import_button.isEnabled()
    assert "all or nothing" in dialog.summary.text()


def test_cancel_rejects(qtbot, store, tmp_path):
    (tmp_path / "d.csv").write_text(DRIVERS + "D2,Иван,RU,bus\n", encoding="utf-8")
    dialog = ImportPreviewDialog(preview_import(store, drivers=tmp_path / "d.csv"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected):
        dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
