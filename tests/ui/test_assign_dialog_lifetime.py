"""An Assign dialog that was closed or deleted does no work, and fails nothing, on later edits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from dispatcher.rules import Leg, Trip
from dispatcher.ui.app import application
from dispatcher.ui.assign_dialog import AssignDialog
from dispatcher.ui.main_window import MainWindow
from tests.ui_helpers import Answers, demo_context

D = date.fromisoformat
ROUTE = Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-10")),))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch) -> MainWindow:
    Answers().install(monkeypatch)
    application()
    win = MainWindow(demo_context(tmp_path))
    qtbot.addWidget(win)
    win.resize(1024, 768)  # the size the window's saved layout is kept at for later tests
    win.show()
    win.ctx.save_trip(ROUTE)
    return win


def _move_a_trip(window: MainWindow) -> None:
    ctx = window.ctx
    trip = ctx.store.trips("D001")[0]
    legs = tuple(Leg(leg.country, leg.entry, leg.exit) for leg in trip.legs)
    ctx.save_trip(Trip(trip.id, trip.driver_id, legs[:1], trip.note))


def test_a_deleted_dialog_is_not_called_on_later_edits(window, qtbot):
    dialog = AssignDialog(window.ctx, "P9", window)
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    with qtbot.captureExceptions() as raised:
        _move_a_trip(window)
    assert raised == []


def test_a_closed_dialog_rechecks_only_when_asked_again(window, monkeypatch):
    dialog = AssignDialog(window.ctx, "P9", window)
    dialog.show()
    dialog.close()
    routes = []
    monkeypatch.setattr(dialog.model, "set_route", routes.append)
    _move_a_trip(window)
    _move_a_trip(window)
    assert routes == []  # two edits, no fleet-wide re-check for a dialog nobody sees
    dialog.verdict_of("D004")
    assert [t.id for t in routes] == ["P9"]


def test_an_open_dialog_rechecks_at_once(window, monkeypatch):
    dialog = AssignDialog(window.ctx, "P9", window)
    dialog.show()
    routes = []
    monkeypatch.setattr(dialog.model, "set_route", routes.append)
    _move_a_trip(window)
    assert [t.id for t in routes] == ["P9"]
    dialog.close()
