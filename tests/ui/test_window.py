"""The window a dispatcher uses, driven through real widgets offscreen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from dispatcher.rules import Leg, Trip
from dispatcher.rules.levels import Level
from dispatcher.ui.app import application, offer_demo
from dispatcher.ui.assign_dialog import AssignDialog
from dispatcher.ui.driver_dialog import DriverDialog
from dispatcher.ui.main_window import MainWindow
from dispatcher.ui.month_view import MonthModel
from dispatcher.ui.trip_editor import TripEditor
from tests.ui_helpers import AS_OF, demo_context

pytestmark = pytest.mark.gui
D = date.fromisoformat


def roster_cell(win: MainWindow, driver_id: str, rule_id: str) -> str:
    model = win.roster.model
    col = 4 + [r.id for r in model.rules()].index(rule_id)
    return model.data(model.index(model.row_of(driver_id), col))


def warning_texts(win: MainWindow) -> list[str]:
    model = win.warnings.model
    return [model.warning(r).text for r in range(model.rowCount())]


def test_fonts_have_kazakh_letters(qapp):
    assert QFontMetrics(QFont()).inFontUcs4(ord("Қ"))


def test_every_model_passes_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.roster.model)
    qtmodeltester.check(window.warnings.model)
    qtmodeltester.check(window.month.model)
    dialog = AssignDialog(window.ctx, "P0001", window)
    qtmodeltester.check(dialog.model)


def test_roster_shows_days_used_and_left_as_of_the_toolbar_date(window):
    # D004: 83 Russia+Belarus days of 2026 by 23 November (demo data), 7 left.
    assert roster_cell(window, "D004", "ru-by-90-year") == "83 / 7"
    # A new year: D004's trip T0084 is in Russia from 31 December, so 1-5 January count.
    window.set_as_of(date(2027, 1, 5))
    assert roster_cell(window, "D004", "ru-by-90-year") == "5 / 85"


def test_add_a_driver_then_a_trip_and_see_counters_and_warnings_change(window, qtbot):
    dialog = DriverDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Қанат Әлиев")
    dialog.citizenship.set_code("UZ")
    dialog.accept()
    new_id = dialog.id_edit.text()
    assert window.ctx.store.driver(new_id).name == "Қанат Әлиев"
    assert roster_cell(window, new_id, "ru-by-90-year") == "0 / 90"

    # 1 August to 5 November 2026 in Russia: 31 + 30 + 31 + 5 = 97 days, 7 over.
    editor = TripEditor(window.ctx, None, driver_id=new_id, parent=window)
    qtbot.addWidget(editor)
    editor.remove_leg()
    editor.set_leg(0, Leg("RU", D("2026-08-01"), D("2026-11-05")))
    assert editor.recheck() == []
    editor.accept()
    assert roster_cell(window, new_id, "ru-by-90-year") == "97 / 0"
    texts = [t for t in warning_texts(window) if f"({new_id})" in t]
    assert texts and "2026-10-30" in texts[0] and "by 7 day(s)" in texts[0]


def test_trip_editor_shows_problems_inline_and_never_saves_them(window, qtbot):
    editor = TripEditor(window.ctx, None, driver_id="D005", parent=window)
    qtbot.addWidget(editor)
    editor.remove_leg()
    editor.set_leg(0, Leg("RU", D("2026-12-10"), D("2026-12-01")))
    assert any("before" in p for p in editor.recheck())
    assert not editor.box.button(editor.box.StandardButton.Ok).isEnabled()
    trip = window.ctx.store.trips("D005")[-1]  # an existing trip of the same driver
    editor.set_leg(0, Leg("KZ", trip.start, trip.end))
    assert any("overlaps" in p for p in editor.recheck())
    before = window.ctx.store.counts()
    editor.accept()
    assert window.ctx.store.counts() == before and editor.problems.text()


def test_delete_a_driver_after_confirming_and_undo_brings_them_back(window, answers):
    trips = len(window.ctx.store.trips("D009"))
    window.roster.select_driver("D009")
    answers.yes = False
    window.delete_driver("D009")
    assert window.ctx.store.driver("D009") is not None
    answers.yes = True
    window.delete_driver("D009")
    assert "Тигран Саркисян" in answers.asked[-1]
    assert window.ctx.store.driver("D009") is None
    assert window.roster.model.row_of("D009") == -1
    window.ctx.undo_stack.undo()
    assert window.ctx.store.driver("D009") is not None
    assert len(window.ctx.store.trips("D009")) == trips
    assert window.roster.model.row_of("D009") >= 0


def test_typing_in_the_search_box_filters_the_roster(window, qtbot):
    qtbot.keyClicks(window.roster.search, "d00")  # IDs match, case does not matter
    assert window.roster.model.rowCount() == 9
    window.roster.search.setText("юсуп")  # QTest cannot type Cyrillic offscreen
    assert window.roster.model.rowCount() == 1
    index = window.roster.model.index(0, 0)
    assert window.roster.model.data(index) == "Шерзод Юсупов"
    window.roster.search.clear()
    assert window.roster.model.rowCount() == 16


def test_clicking_a_warning_selects_the_driver_and_scrolls_the_calendar(window):
    model = window.warnings.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.warning(r).driver_id == "D014" and "2025-12" in model.warning(r).text
    )
    window.warnings.open_row(model.index(row, 1))
    assert window.roster.selected_driver() == "D014"
    assert window.status_card.driver_id == "D014"
    # Schengen overstay of December 2025: the timeline and the month view go there.
    shown = window.timeline.first_visible_day()
    assert (
        shown
        <= date(2025, 12, 7)
        <= date.fromordinal(shown.toordinal() + window.timeline.visible_days())
    )
    assert (window.month.model.year, window.month.model.month) == (2025, 12)


def test_assigning_a_route_that_breaks_the_russian_limit(window, answers):
    # D004 has used 83 days of 2026 by 23 November. Ten days in Russia from 1 December are
    # days 84-93: day 91 is 8 December, 3 over; the planned trip T0084 entering Russia on
    # 31 December then becomes day 94, 4 over.
    ctx = window.ctx
    ctx.save_trip(Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    assert "P9" in window.planned.trip_ids()
    dialog = AssignDialog(ctx, "P9", window)
    verdict = dialog.verdict_of("D004")
    assert not verdict.ok
    got = {(f.trip_id, f.date.isoformat(), f.over_by) for f in verdict.findings}
    assert got == {("proposed", "2026-12-08", 3), ("T0084", "2026-12-31", 4)}
    ok_first = [v.ok for v in dialog.model.verdicts]
    assert ok_first == sorted(ok_first, reverse=True) and ok_first[0]
    row = dialog.model.verdicts.index(verdict)
    text = dialog.model.data(dialog.model.index(row, 4))
    assert "2026-12-08" in text and "3 day(s)" in text

    answers.yes = False  # the guard asks; "No" changes nothing
    assert dialog.assign("D004") is False
    assert ctx.store.trip("P9").driver_id is None
    asked = answers.asked[-1]
    assert "Бекзод Рахимов" in asked and "2026-12-08" in asked and "ban" in asked
    assert "T0084" in asked and "2026-12-31" in asked  # the later trip it pushes over
    answers.yes = True
    assert dialog.assign("D004") is True
    assert ctx.store.trip("P9").driver_id == "D004"
    assert "P9" not in window.planned.trip_ids()
    assert any("(D004)" in t and "would go over" in t for t in warning_texts(window))
    assert ctx.store.history(trip_id="P9")[0].reason == answers.reason


def test_an_ok_driver_is_assigned_without_a_question(window, answers):
    ctx = window.ctx
    ctx.save_trip(Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    dialog = AssignDialog(ctx, "P9", window)
    best = dialog.model.verdicts[0]
    assert best.ok and dialog.assign(best.driver_id)
    assert answers.asked == [], "an ok driver needs no confirmation"


def test_editing_a_planned_route_rechecks_the_assign_dialog_at_once(window):
    ctx = window.ctx
    ctx.save_trip(Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    dialog = AssignDialog(ctx, "P9", window)
    assert not dialog.verdict_of("D004").ok
    ctx.save_trip(Trip("P9", None, (Leg("RU", D("2026-12-01"), D("2026-12-03")),)))
    assert dialog.verdict_of("D004").ok  # 83 + 3 = 86, and T0084 ends the year at 87


def test_month_view_lists_who_is_where(window):
    model: MonthModel = window.month.model
    model.set_month(2026, 11)
    # Demo: D005 Шерзод Юсупов is in Kazakhstan on 23 November 2026.
    people = model.people(AS_OF)
    assert ("Юсупов", "KZ", False) in [p[:3] for p in people]


def test_timeline_has_a_row_per_driver_and_paints(window, qtbot):
    timeline = window.timeline
    assert timeline.row_count() == 16
    window.ctx.driverSelected.emit("D005")
    assert timeline.selected == "D005"
    row = timeline.row("D005")
    assert row.over  # June 2026 is over the limit
    image = timeline.viewport().grab()
    assert image.width() > 0
    timeline.scroll_days(30)
    timeline.viewport().repaint()


def test_first_start_offers_the_demo_and_loads_it(qtbot, tmp_path, answers):
    application()
    win = MainWindow(demo_context(tmp_path, demo=False))
    qtbot.addWidget(win)
    assert offer_demo(win) is True
    assert "demo carrier" in answers.asked[0]
    assert win.roster.model.rowCount() == 16
    assert offer_demo(win) is False  # asked once


def test_import_refusal_is_shown_and_changes_nothing(window, answers, tmp_path):
    bad = tmp_path / "trips.csv"
    bad.write_text("trip_id,driver_id,country,entry,exit\nT9,D001,RU,2026-02-30,2026-03-01\n")
    before = window.ctx.store.counts()
    window.choose_import_files = lambda: [bad]
    window.import_files()
    (preview,) = answers.shown  # the refusal is shown in the preview, row by row
    assert not preview.import_button.isEnabled()
    row = [preview.refused.item(0, c).text() for c in range(preview.refused.columnCount())]
    assert row[0] == "trips.csv" and row[2] == "2" and row[3] == "Entry"
    assert window.ctx.store.counts() == before


def test_import_preview_cancelled_changes_nothing(window, answers, tmp_path):
    good = tmp_path / "drivers.csv"
    good.write_text("id,name,citizenship,category\nD900,Ұлан Ахметов,KZ,bus\n", encoding="utf-8")
    before = window.ctx.store.counts()
    answers.confirmed.clear()  # the dispatcher presses Cancel on the preview
    window.choose_import_files = lambda: [good]
    window.import_files()
    (preview,) = answers.shown
    assert preview.added.rowCount() == 1 and preview.import_button.isEnabled()
    assert window.ctx.store.counts() == before


def test_a_workbook_is_imported_from_the_window(window, answers, tmp_path):
    import xlsxwriter

    book = tmp_path / "carrier.xlsx"
    workbook = xlsxwriter.Workbook(str(book))
    sheet = workbook.add_worksheet("Водители")
    for r, row in enumerate([["id", "name", "citizenship", "category"],
                             ["D900", "Ұлан Ахметов", "Казахстан", "автобус"]]):  # fmt: skip
        sheet.write_row(r, 0, row)
    workbook.close()
    window.choose_import_files = lambda: [book]
    window.import_files()
    assert window.ctx.store.driver("D900").category == "bus"


def test_changes_from_another_program_are_noticed(window, tmp_path):
    from dispatcher.store import Store

    other = Store(window.ctx.store.path)
    other.save_trip(Trip("X1", "D013", (Leg("RU", D("2027-03-01"), D("2027-03-02")),)))
    other.close()
    window.notice_outside_changes()
    assert any(t.id == "X1" for t in window.ctx.days("D013").trips)


def test_keyboard_shortcuts_exist(window):
    shortcuts = {
        a.shortcut().toString() for a in window.findChildren(type(window.menuBar().actions()[0]))
    }
    assert {"Ctrl+N", "Ctrl+T", "Ctrl+P", "Ctrl+Z", "Ctrl+F"} <= shortcuts
    assert window.roster.table.isSortingEnabled()
    window.roster.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    first = window.roster.model.data(window.roster.model.index(0, 1))
    assert first == "D005"  # fewest days left first (0 left)


def test_double_click_on_a_bar_opens_that_trip_and_on_an_empty_day_a_new_one(window, answers):
    from PySide6.QtCore import QPoint

    from dispatcher.ui.timeline import DAY_W, LEFT, ROW_H, TOP

    timeline = window.timeline
    timeline.resize(1200, 700)
    trip = window.ctx.store.trip("T0110")  # D005's planned trip, 29 December onwards
    timeline.scroll_to(trip.start)
    row = timeline.row_of("D005")
    timeline.verticalScrollBar().setValue(0)
    y = TOP + row * ROW_H + ROW_H // 2
    x = timeline.x_of(trip.start.toordinal() + 1) + DAY_W // 2
    assert timeline.bar_at(QPoint(x, y)).trip_id == "T0110"
    from PySide6.QtTest import QTest

    QTest.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    editor = answers.shown[-1]
    assert editor.original.id == "T0110"
    empty_x = next(
        x
        for x in range(LEFT + 2, timeline.viewport().width(), DAY_W)
        if timeline.bar_at(QPoint(x, y)) is None
    )
    day = timeline.day_at(empty_x)
    QTest.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(empty_x, y))
    new = answers.shown[-1]
    assert new.original is None and new.trip().driver_id == "D005"
    assert new.trip().legs[0].entry == day


def test_settings_change_the_threshold_and_strict_rules(window):
    from dispatcher.ui.settings_dialog import SettingsDialog

    before = window.warnings.model.counts()
    dialog = SettingsDialog(window.ctx, window)
    dialog.threshold.setValue(20)
    dialog.strict.setChecked(True)
    dialog.carrier.setText("ТОО «Қазақ Жолдары»")
    dialog.accept()
    after = window.warnings.model.counts()
    approaching = (Level.APPROACHING, False)
    assert after[approaching] > before[approaching]
    # strict: the announced exemption of Kazakh drivers is ignored, so D001 shows over
    assert any("(D001)" in t for t in warning_texts(window))
    assert "Қазақ Жолдары" in window.windowTitle()


def test_the_rules_view_lists_every_rule_its_source_and_the_user_folder(window, answers):
    window.show_rules()
    text = answers.shown[-1].browser.toPlainText()
    for rule_id in ("ru-90-180", "ru-by-90-year", "ru-by-90-stay", "kz-90-180", "schengen-90-180"):
        assert rule_id in text
    assert "260-FZ" in text and str(window.ctx.workspace.rules_dir) in text


def test_export_then_open_a_new_database_and_import_it_back(window, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    window.choose_folder = lambda _title: out
    window.export_files()
    assert {p.name for p in out.iterdir()} == {"drivers.csv", "permits.csv", "trips.csv"}
    window.choose_save_file = lambda *_a: tmp_path / "second"
    window.new_database()
    assert window.ctx.store.path.name == "second.sqlite"
    assert window.roster.model.rowCount() == 0
    window.choose_import_files = lambda: sorted(out.iterdir())
    window.import_files()
    assert window.roster.model.rowCount() == 16
    assert roster_cell(window, "D004", "ru-by-90-year") == "83 / 7"


def test_dragging_a_trip_on_the_timeline_moves_it_and_can_be_undone(window, answers):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from dispatcher.ui.timeline import DAY_W, ROW_H, TOP

    timeline = window.timeline
    timeline.resize(1200, 700)
    before = window.ctx.store.trip("T0110")  # D005: 29 December 2026 to 12 January 2027
    timeline.scroll_to(before.start)
    timeline.verticalScrollBar().setValue(0)
    y = TOP + timeline.row_of("D005") * ROW_H + ROW_H // 2
    x = timeline.x_of(before.start.toordinal() + 2) + DAY_W // 2
    port = timeline.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    QTest.mouseMove(port, QPoint(x + 5 * DAY_W, y))
    assert timeline.drag_days == 5
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, pos=QPoint(x + 5 * DAY_W, y))
    after = window.ctx.store.trip("T0110")
    assert after.start == date(2027, 1, 3) and after.end == date(2027, 1, 17)
    window.ctx.undo_stack.undo()
    assert window.ctx.store.trip("T0110") == before


def test_a_drag_onto_another_trip_is_refused_with_the_reason(window, answers):
    trips = sorted(window.ctx.store.trips("D005"), key=lambda t: t.start)
    first, second = trips[-2], trips[-1]
    days = (second.start - first.start).days  # lands the earlier trip on the later one
    assert window.timeline.move_trip(first.id, days) is False
    assert "overlaps" in answers.told[-1]
    assert window.ctx.store.trip(first.id) == first
