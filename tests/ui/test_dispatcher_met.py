"""What dispatchers met in the window, each seen by a tester, kept fixed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtTest import QTest

from dispatcher.rules import Leg, Trip
from dispatcher.rules.levels import Level
from dispatcher.ui.app import offer_demo
from dispatcher.ui.assign_dialog import AssignDialog
from dispatcher.ui.history_view import HistoryDialog
from dispatcher.ui.main_window import MainWindow
from dispatcher.ui.report_dialogs import ReportDialog
from dispatcher.ui.settings_dialog import SettingsDialog
from dispatcher.ui.warnings_panel import WarningsPanel
from tests.ui_helpers import AS_OF, demo_context, russia, small_context

pytestmark = pytest.mark.gui
D = date.fromisoformat


@pytest.fixture
def window(qtbot, tmp_path, answers) -> MainWindow:
    win = MainWindow(demo_context(tmp_path))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    return win


def test_the_timeline_opens_on_the_as_of_date(window):
    first = window.timeline.first_visible_day()
    assert (
        first <= AS_OF <= date.fromordinal(first.toordinal() + window.timeline.visible_days() - 1)
    )


def test_overstays_of_earlier_years_sit_below_current_and_coming_ones(window):
    model = window.warnings.model
    rows = [model.warning(r) for r in range(model.rowCount())]
    old = [i for i, w in enumerate(rows) if w.level is Level.OVER and "2025-" in w.text]
    current = [i for i, w in enumerate(rows) if "2026-" in w.text or w.day == AS_OF]
    assert old and current and max(current) < min(old)


def test_panes_are_reachable_by_keyboard(window, qtbot):
    window.activateWindow()
    window.focus_pane("warnings")
    assert window.warnings.table.hasFocus()
    assert window.warnings.table.currentIndex().isValid()
    window.focus_pane("planned")
    assert window.planned.list.hasFocus()
    window.next_pane()  # F6 goes round: after the planned routes, the status card
    assert window.status_card.table.hasFocus()
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.menuBar()
                 .actions()[0]))}  # fmt: skip
    assert {"F6", "Alt+1", "Alt+2", "Ctrl+H"} <= shortcuts


def test_the_status_bar_counts_drivers_not_findings(window):
    text = window.summary.text()
    # D005 has two findings of 2026 (over and would go over), counted once as over.
    drivers = {w.driver_id for w in map(window.warnings.model.warning,
                                         range(window.warnings.model.rowCount()))}  # fmt: skip
    counts = window.warnings.model.drivers_by_level()
    assert sum(counts.values()) == len(drivers)
    assert text.startswith("16 drivers:") and f"{counts[(Level.OVER, False)]} over" in text


def test_strict_mode_shows_an_indicator(window):
    assert window.strict.isHidden()
    dialog = SettingsDialog(window.ctx, window)
    dialog.strict.setChecked(True)
    dialog.accept()
    assert not window.strict.isHidden()


def test_left_after_is_never_a_negative_number(window):
    ctx = window.ctx
    ctx.save_trip(Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    dialog = AssignDialog(ctx, "P9", window)
    verdict = dialog.verdict_of("D004")
    assert verdict.least_left < 0
    row = dialog.model.verdicts.index(verdict)
    shown = dialog.model.data(dialog.model.index(row, 3))
    assert shown == f"over by {-verdict.least_left} day(s)"
    every = [dialog.model.data(dialog.model.index(r, 3)) for r in range(dialog.model.rowCount())]
    assert not any(str(cell).startswith("-") for cell in every)


def test_history_of_the_driver_with_ctrl_h_in_local_time(window, answers):
    window.roster.select_driver("D005")
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = answers.shown[-1]
    assert isinstance(dialog, HistoryDialog) and "D005" in dialog.windowTitle()
    header = dialog.model.headerData(1, Qt.Orientation.Horizontal)
    assert "UTC" not in header
    change = dialog.model.changes[0]
    shown = dialog.model.data(dialog.model.index(0, 1))
    from datetime import datetime

    local = datetime.fromisoformat(change.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert shown == local


def test_print_preview_opens_fitting_the_page_width(window, answers, qtbot):
    dialog = ReportDialog(window.ctx, "D005", window)
    qtbot.addWidget(dialog)
    dialog.preview()
    preview = answers.shown[-1]
    view = preview.findChild(QPrintPreviewWidget)
    assert view.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth


def test_the_demo_offer_defaults_to_yes(qtbot, tmp_path, answers):
    win = MainWindow(demo_context(tmp_path, demo=False))
    qtbot.addWidget(win)
    answers.yes = False
    assert offer_demo(win) is False
    assert answers.defaults == [True]


def test_warnings_wrap_and_every_rule_column_fits_at_1024(window):
    assert window.warnings.table.wordWrap()
    roster = window.roster.table
    last_rule = 3 + len(window.roster.model.rules())  # the "from" column may need a scroll
    right = roster.columnViewportPosition(last_rule) + roster.columnWidth(last_rule)
    assert right <= roster.viewport().width()


def test_the_warning_panel_at_exactly_the_limit(tmp_path, answers, qtbot):
    ctx = small_context(tmp_path, [russia("A", D("2026-01-01"), 90)])
    panel = WarningsPanel(ctx)
    qtbot.addWidget(panel)
    (warning,) = [panel.model.warning(r) for r in range(panel.model.rowCount())]
    assert warning.level is Level.AT_LIMIT and "at the limit, no day left" in warning.text
    label = panel.model.data(panel.model.index(0, 0))
    assert label == "at the limit"
