"""Undo never overwrites newer data: every write states the version it was based on."""

from __future__ import annotations

from datetime import date

import pytest

from dispatcher.rules import Leg, Trip
from dispatcher.store import StaleRecord, Store, StoreError
from dispatcher.ui.history_view import HistoryDialog
from dispatcher.ui.trip_editor import TripEditor
from tests.ui_helpers import russia, small_context

pytestmark = pytest.mark.gui
D = date.fromisoformat


def test_ctrl_z_after_an_outside_write_keeps_the_newer_version(tmp_path, answers):
    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 10)])
    ctx.save_trip(russia("A", D("2026-03-01"), 12))
    outside = russia("A", D("2026-03-05"), 3)
    with Store(ctx.store.path) as other:  # the command line or another window
        other.save_trip(outside)
    answers.yes = False  # "reload?" — no: the window keeps its view, the file keeps its data
    assert ctx.undo() is False
    assert ctx.store.trip("A") == outside
    assert "changed elsewhere" in answers.asked[-1] and "legs" in answers.asked[-1]
    assert ctx.undo_stack.canUndo()  # nothing moved
    answers.yes = True
    assert ctx.undo() is False and not ctx.undo_stack.canUndo()  # reloaded, steps cleared
    assert ctx.days("X1").trips == (outside,)


def test_an_editor_left_open_across_undo_this_change_does_not_save_its_stale_copy(
    tmp_path, answers, qtbot
):
    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 10)])
    longer = russia("A", D("2026-03-01"), 15)
    ctx.save_trip(longer)
    editor = TripEditor(ctx, ctx.store.trip("A"))
    qtbot.addWidget(editor)
    operation = ctx.store.history(trip_id="A")[0].operation
    assert HistoryDialog(ctx, trip_id="A").undo(operation)
    reverted = ctx.store.trip("A")
    assert reverted == russia("A", D("2026-03-01"), 10)
    editor.note.setText("typed while the change was undone")
    answers.yes = False  # do not reload: the editor stays with the user's edits
    editor.accept()
    assert ctx.store.trip("A") == reverted
    assert "changed elsewhere" in editor.problems.text()
    answers.yes = True  # reload: the editor now shows the trip as it is
    editor.accept()
    assert ctx.store.trip("A") == reverted and editor.trip().legs == reverted.legs


def test_the_store_refuses_writes_based_on_an_old_version(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        from dispatcher.rules import Driver

        store.save_driver(Driver("X1", "A", "UZ", "freight"))
        first = Trip("A", "X1", (Leg("RU", D("2026-01-01"), D("2026-01-02")),))
        store.save_trip(first, based_on=None)
        with pytest.raises(StaleRecord, match="added elsewhere"):
            store.save_trip(first, based_on=None)
        second = Trip("A", "X1", first.legs, "note")
        store.save_trip(second, based_on=first)
        with pytest.raises(StaleRecord, match=r"changed elsewhere .*\(note\)"):
            store.save_trip(first, based_on=first)
        with pytest.raises(StaleRecord):
            store.delete_trip("A", based_on=first)
        store.delete_trip("A", based_on=second)
        driver = store.driver("X1")
        store.save_driver(Driver("X1", "B", "UZ", "freight"), based_on=driver)
        with pytest.raises(StaleRecord, match="name"):
            store.save_driver(Driver("X1", "C", "UZ", "freight"), based_on=driver)
        with pytest.raises(StaleRecord):
            store.delete_driver("X1", based_on=driver)


def test_deleting_a_driver_changed_elsewhere_is_refused_and_offers_a_reload(tmp_path, answers):
    from dispatcher.rules import Driver

    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 10)])
    ctx.fleet()  # the window shows the driver as read now
    with Store(ctx.store.path) as other:
        other.save_driver(Driver("X1", "Алишер Каримов-Ли", "UZ", "freight"))
    answers.yes = True  # reload
    assert ctx.delete_driver("X1") is False
    assert ctx.store.driver("X1").name == "Алишер Каримов-Ли"
    assert "name" in answers.asked[-1]
    assert ctx.days("X1").driver.name == "Алишер Каримов-Ли"  # reloaded
    assert ctx.delete_driver("X1") is True and ctx.store.driver("X1") is None


def test_saving_one_trip_from_the_editor_checks_it_once(tmp_path, answers, qtbot, monkeypatch):
    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 10)])
    editor = TripEditor(ctx, ctx.store.trip("A"))
    qtbot.addWidget(editor)
    editor.note.setText("held at the border")
    checks = []
    real = type(ctx.store).check_trip
    monkeypatch.setattr(
        type(ctx.store), "check_trip", lambda store, trip: checks.append(trip) or real(store, trip)
    )
    editor.accept()
    assert ctx.store.trip("A").note == "held at the border"
    assert len(checks) == 1


def test_a_check_made_before_another_program_wrote_is_made_again(tmp_path):
    from dispatcher.rules import Driver

    with Store(tmp_path / "s.sqlite") as store:
        store.save_driver(Driver("X1", "A", "UZ", "freight"))
        mine = russia("A", D("2026-03-01"), 10)
        token = store.checked_token()
        assert store.trip_problems(mine) == []
        with Store(store.path) as other:  # a clashing trip arrives meanwhile
            other.save_trip(russia("B", D("2026-03-05"), 3))
        with pytest.raises(StoreError, match="overlaps trip B"):
            store.save_trip(mine, checked_at=token)
