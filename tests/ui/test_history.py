"""History and backups from the window: see a change, undo it, restore a copy."""

from __future__ import annotations

from datetime import date

import pytest

from dispatcher.rules import Leg, Trip
from dispatcher.store import backup
from dispatcher.ui.app import application
from dispatcher.ui.backups_dialog import RestoreBackupDialog
from dispatcher.ui.history_view import HistoryDialog
from dispatcher.ui.main_window import MainWindow
from tests.ui_helpers import Answers, demo_context

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch) -> MainWindow:
    Answers().install(monkeypatch)
    application()
    win = MainWindow(demo_context(tmp_path))
    qtbot.addWidget(win)
    return win


def test_history_shows_who_changed_a_trip_and_undoes_it(window, qtmodeltester):
    ctx = window.ctx
    before = ctx.store.trip("T0099")
    last = before.legs[-1]  # come home two days later
    longer = Leg(last.country, last.entry, last.exit.replace(day=last.exit.day + 2))
    ctx.save_trip(Trip("T0099", "D005", (*before.legs[:-1], longer), "held at the border"))
    dialog = HistoryDialog(ctx, trip_id="T0099", parent=window)
    qtmodeltester.check(dialog.model)
    latest = dialog.model.changes[0]
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(6)]
    assert row[3] == "trip T0099" and row[4] == "changed"
    assert str(longer.exit) in row[5] and "held at the border" in row[5]
    assert dialog.undo(latest.operation)
    assert ctx.store.trip("T0099") == before
    assert ctx.days("D005").trips and any(t == before for t in ctx.days("D005").trips)


def test_restoring_a_backup_brings_the_data_back_into_the_window(window):
    ctx = window.ctx
    ctx.store.backup("daily")
    ctx.delete_driver("D005")
    assert window.roster.model.row_of("D005") == -1
    dialog = RestoreBackupDialog(ctx, window)
    assert [b.reason for b in dialog.backups] == ["daily"]
    assert dialog.restore(0)
    assert ctx.store.driver("D005") is not None
    assert window.roster.model.row_of("D005") >= 0
    assert backup.list_backups(ctx.store.path)[0].reason == "before-restore"
    assert date(2026, 6, 16) in {f.date for f in ctx.days("D005").findings(date(2026, 11, 23))}
