"""Every change that creates or worsens a finding asks first; "No" changes nothing; going
ahead keeps the reason, which History and the driver's report show."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from dispatcher.reports.command import driver_report
from dispatcher.rules import Leg, Trip
from dispatcher.store import Store
from dispatcher.ui import guard
from dispatcher.ui.history_view import HistoryDialog
from dispatcher.ui.main_window import MainWindow
from dispatcher.ui.timeline import DAY_W, ROW_H, TOP, TimelineView
from dispatcher.ui.trip_editor import TripEditor
from tests.ui_helpers import AS_OF, russia, small_context

pytestmark = pytest.mark.gui
D = date.fromisoformat

# 90 days in Russia from 1 January 2026: at the limit of the calendar year, nothing over.
FULL_YEAR = russia("A", D("2026-01-01"), 90)
# Five days in January 2027: a new year, fine; dragged 20 days back it lands in December 2026.
NEXT_YEAR = russia("B", D("2027-01-10"), 5)


@pytest.fixture
def ctx(tmp_path, answers):
    return small_context(tmp_path, [FULL_YEAR, NEXT_YEAR])


def reason_in_history(ctx, trip_id: str, reason: str) -> bool:
    dialog = HistoryDialog(ctx, trip_id=trip_id)
    model = dialog.model
    return any(model.data(model.index(r, 6)) == reason for r in range(model.rowCount()))


def drag(timeline: TimelineView, trip: Trip, days: int) -> None:
    timeline.resize(1200, 500)
    timeline.scroll_to(D("2027-01-05"))
    timeline.verticalScrollBar().setValue(0)
    y = TOP + timeline.row_of(trip.driver_id) * ROW_H + ROW_H // 2
    x = timeline.x_of(trip.start.toordinal() + 1) + DAY_W // 2
    port = timeline.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    QTest.mouseMove(port, QPoint(x + days * DAY_W, y))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, pos=QPoint(x + days * DAY_W, y))


def test_a_drag_over_the_limit_asks_and_no_changes_nothing(ctx, answers, qtbot):
    timeline = TimelineView(ctx)
    qtbot.addWidget(timeline)
    timeline.show()
    answers.yes = False
    drag(timeline, NEXT_YEAR, -20)
    (question,) = answers.asked
    # who, which rule, first day over, by how much
    assert "Алишер Каримов" in question and "calendar year" in question
    assert "2026-12-21" in question and "5 day(s) over the limit" in question
    assert ctx.store.trip("B") == NEXT_YEAR and not ctx.undo_stack.canUndo()
    assert answers.reasons_asked == []


def test_a_drag_over_the_limit_goes_ahead_with_a_reason(ctx, answers, qtbot):
    timeline = TimelineView(ctx)
    qtbot.addWidget(timeline)
    timeline.show()
    drag(timeline, NEXT_YEAR, -20)
    assert ctx.store.trip("B").start == D("2026-12-21")
    assert reason_in_history(ctx, "B", answers.reason)
    html = driver_report(ctx.workspace, "X1", D("2026-12-01"), D("2026-12-31"), AS_OF)
    today = date.today().strftime("%d.%m.%Y")
    assert f"assigned over the limit on {today} by " in html and answers.reason in html


def test_a_drag_that_breaks_nothing_asks_nothing(ctx, answers, qtbot):
    timeline = TimelineView(ctx)
    qtbot.addWidget(timeline)
    timeline.show()
    drag(timeline, NEXT_YEAR, 3)
    assert ctx.store.trip("B").start == D("2027-01-13") and answers.asked == []


def test_the_trip_editor_asks_before_ok_saves_over_the_limit(ctx, answers, qtbot):
    editor = TripEditor(ctx, None, driver_id="X1")
    qtbot.addWidget(editor)
    editor.remove_leg()
    editor.set_leg(0, Leg("RU", D("2026-12-01"), D("2026-12-03")))
    assert editor.recheck() == []
    before = ctx.store.counts()
    answers.yes = False
    editor.accept()
    assert "2026-12-01" in answers.asked[-1] and "3 day(s) over the limit" in answers.asked[-1]
    assert ctx.store.counts() == before and editor.result() == 0  # still open, nothing saved
    answers.yes = True
    answers.reason = None  # the reason asked for, then cancelled: still nothing
    editor.accept()
    assert ctx.store.counts() == before
    answers.reason = "the only driver with a visa for this client"
    editor.accept()
    trip_id = editor.trip().id
    assert ctx.store.trip(trip_id) is not None
    assert reason_in_history(ctx, trip_id, answers.reason)


def test_undo_and_redo_ask_when_the_file_changed_meanwhile(ctx, answers):
    ctx.delete_trip("A")
    assert answers.asked == []  # fewer days: nothing to ask
    with Store(ctx.store.path) as other:  # the command line adds ten days in May
        other.save_trip(russia("C", D("2026-05-01"), 10))
    ctx.reload()
    answers.yes = False
    assert ctx.undo() is False  # A back would be 100 days
    assert "over the limit" in answers.asked[-1] and ctx.store.trip("A") is None
    answers.yes = True
    assert ctx.undo() is True
    assert ctx.store.trip("A") == FULL_YEAR
    assert ctx.store.history(trip_id="A")[0].reason == answers.reason
    # redo deletes A again: fewer days, no question
    asked = len(answers.asked)
    assert ctx.redo() is True and ctx.store.trip("A") is None and len(answers.asked) == asked


def test_redo_asks_when_the_file_changed_meanwhile(tmp_path, answers):
    ctx = small_context(tmp_path, [russia("A", D("2026-01-01"), 85)])
    ctx.save_trip(russia("C", D("2026-05-01"), 5))  # 90: at the limit, no question
    assert ctx.undo() is True and answers.asked == []
    with Store(ctx.store.path) as other:  # the command line adds one day in August
        other.save_trip(russia("E", D("2026-08-01"), 1))
    ctx.reload()
    answers.yes = False
    assert ctx.redo() is False  # C again would make 91
    assert "2026-" in answers.asked[-1] and ctx.store.trip("C") is None
    answers.yes = True
    assert ctx.redo() is True and ctx.store.trip("C") is not None
    assert ctx.store.history(trip_id="C")[0].reason == answers.reason


def test_undo_this_change_in_history_asks_first(ctx, answers):
    shorter = Trip("A", "X1", (Leg("RU", D("2026-01-01"), D("2026-03-21")),))  # 80 days
    ctx.save_trip(shorter)
    ctx.save_trip(russia("C", D("2026-05-01"), 10))  # 90 again, at the limit, fine
    assert answers.asked == []
    operation = ctx.store.history(trip_id="A")[0].operation
    dialog = HistoryDialog(ctx, trip_id="A")
    answers.replies = [True, False]  # yes, undo change N; no, not over the limit
    assert dialog.undo(operation) is False
    assert ctx.store.trip("A") == shorter
    assert "100 days counted" in answers.asked[-1] and "10 day(s) over" in answers.asked[-1]
    answers.yes = True
    assert dialog.undo(operation) is True
    assert ctx.store.trip("A") == FULL_YEAR
    assert reason_in_history(ctx, "A", answers.reason)


def test_an_import_can_ask_through_the_same_guard(ctx, answers):
    imported = [russia("I1", D("2026-10-01"), 4)]
    found = guard.consequences(ctx, imported)
    assert [(c.driver_id, c.finding.date, c.finding.over_by) for c in found] == [
        ("X1", D("2026-10-01"), 4)
    ]
    answers.yes = False
    assert guard.confirm(None, ctx, imported) is None
    answers.yes = True
    assert guard.confirm(None, ctx, imported).reason == answers.reason
    assert guard.confirm(None, ctx, [russia("I2", D("2027-03-01"), 4)]).reason is None


def test_the_window_import_asks_before_going_over_and_keeps_the_reason(
    ctx, answers, qtbot, tmp_path
):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    trips = tmp_path / "trips.csv"  # four more days in October: over the year's 90
    trips.write_text("trip_id,driver_id,country,entry,exit\nI1,X1,RU,2026-10-01,2026-10-04\n")
    win.choose_import_files = lambda: [trips]
    answers.yes = False
    win.import_files()
    assert "Алишер Каримов" in answers.asked[-1] and "I1" in answers.asked[-1]
    assert ctx.store.trip("I1") is None
    answers.yes = True
    win.import_files()
    assert ctx.store.trip("I1") is not None
    assert reason_in_history(ctx, "I1", answers.reason)


def test_the_window_undo_action_goes_through_the_guard(tmp_path, answers, qtbot):
    ctx = small_context(tmp_path, [FULL_YEAR])
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    ctx.delete_trip("A")
    with Store(ctx.store.path) as other:
        other.save_trip(russia("C", D("2026-05-01"), 10))
    win.notice_outside_changes()
    answers.yes = False
    undo = next(a for a in win.menuBar().actions()[1].menu().actions() if a.text() == "&Undo")
    undo.trigger()
    assert answers.asked and ctx.store.trip("A") is None


def test_dropping_a_permit_that_kept_the_driver_under_asks_first(tmp_path, answers):
    from dataclasses import replace

    from dispatcher.rules import Permit

    ctx = small_context(tmp_path, [russia("A", D("2026-01-01"), 100)])
    plain = ctx.store.driver("X1")
    resident = replace(plain, permits=(Permit("RU", "residence", D("2025-01-01"),
                                              D("2027-12-31")),))  # fmt: skip
    assert ctx.save_driver(resident) is True  # exempt now: nothing to ask
    assert answers.asked == []
    answers.yes = False
    assert ctx.save_driver(plain, based_on=resident) is False
    assert "101 days" not in answers.asked[-1] and "10 day(s) over the limit" in answers.asked[-1]
    assert ctx.store.driver("X1") == resident
