"""The window and the Assign dialog show first and count after: what they show once the
counting is done is what counting everything at once shows, edits made meanwhile included."""

from __future__ import annotations

from datetime import date

import pytest

from dispatcher.rules import Leg, Trip, assess
from dispatcher.ui.assign_dialog import AssignDialog
from dispatcher.ui.main_window import MainWindow
from dispatcher.ui.margin import margin_days
from dispatcher.ui.warnings_panel import WarningsModel
from tests.ui_helpers import demo_context

pytestmark = pytest.mark.gui
D = date.fromisoformat


@pytest.fixture
def window(qtbot, tmp_path, answers):
    """Built in the test itself: pytest-qt runs the pending events after the fixtures, which
    would count a small fleet before the test could look."""
    ctx = demo_context(tmp_path)

    def build() -> MainWindow:
        win = MainWindow(ctx, count_warnings_later=True)
        qtbot.addWidget(win)
        win.show()
        return win

    return build


def rows(model: WarningsModel) -> list:
    return [model.warning(r) for r in range(model.rowCount())]


def test_the_window_shows_before_the_warnings_are_counted_then_fills_in(window, qtbot):
    window = window()
    model = window.warnings.model
    assert model.counting and model.rowCount() == 0
    assert "counting" in window.summary.text()
    assert window.warnings.counting.isVisibleTo(window.warnings)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        pass
    assert not model.counting and not window.warnings.counting.isVisibleTo(window.warnings)
    assert rows(model) == rows(WarningsModel(window.ctx))  # the same rows, in the same order
    assert window.summary.text().startswith("16 drivers:") and " over · " in window.summary.text()


def test_an_edit_and_a_new_as_of_date_while_counting_are_in_the_result(window, qtbot):
    window = window()
    ctx, model = window.ctx, window.warnings.model
    assert model.counting
    # D004 has used 83 days of Russia in 2026: ten more in December go over.
    ctx.save_trip(Trip("X-NEW", "D004", (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    ctx.set_as_of(D("2026-11-30"))
    assert model.counting
    with qtbot.waitSignal(model.counted, timeout=10_000):
        pass
    assert rows(model) == rows(WarningsModel(ctx))
    assert any("(D004)" in w.text and w.day >= D("2026-12-01") for w in rows(model))


def test_finish_counts_what_is_left_at_once(window):
    window = window()
    model = window.warnings.model
    model.finish()
    assert not model.counting and rows(model) == rows(WarningsModel(window.ctx))


def test_the_assign_dialog_fills_in_and_ends_in_the_engines_order(window, qtbot):
    window = window()
    ctx = window.ctx
    route = (
        Leg("KZ", D("2026-12-01"), D("2026-12-02")),
        Leg("RU", D("2026-12-02"), D("2026-12-12")),
    )
    ctx.save_trip(Trip("P9", None, route))
    dialog = AssignDialog(ctx, "P9", window, later=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.checking and "checking 16 drivers" in dialog.route.text()
    with qtbot.waitSignal(dialog.model.finished, timeout=10_000):
        pass
    expected = assess(ctx.fleet().values(), route, ctx.as_of, margin_days(ctx.store))
    assert dialog.model.verdicts == expected
    assert "of 16 drivers can take it" in dialog.route.text()


def test_the_assign_dialog_answers_before_it_has_checked_everyone(window, qtbot, answers):
    window = window()
    ctx = window.ctx
    ctx.save_trip(Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    dialog = AssignDialog(ctx, "P9", window, later=True)
    qtbot.addWidget(dialog)
    assert dialog.model.checking
    verdict = dialog.verdict_of("D004")  # finishes the check first
    assert not dialog.model.checking and len(dialog.model.verdicts) == 16
    assert not verdict.ok
    answers.yes = False
    assert dialog.assign("D004") is False  # the guard still asks
    assert answers.asked and ctx.store.trip("P9").driver_id is None


def test_the_selected_driver_stays_selected_while_verdicts_come_in(window, qtbot):
    window = window()
    ctx = window.ctx
    ctx.save_trip(Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    dialog = AssignDialog(ctx, "P9", window, later=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.model._check(None)  # one slice in: everyone checked, then a re-check starts
    dialog.select_driver("D004")
    dialog.model.start_route(ctx.store.trip("P9"))
    with qtbot.waitSignal(dialog.model.finished, timeout=10_000):
        pass
    assert dialog.selected_driver() == "D004"
