"""The dispatcher's next questions in the window: from when a driver can enter again, how
long, whether a route leaves the safety margin, a driver for every open route at once, and
permits about to end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import python_calamine
from PySide6.QtCore import Qt

from dispatcher import i18n
from dispatcher.rules import TIGHT, Driver, Leg, Permit, Trip, plan
from dispatcher.rules.levels import Level
from dispatcher.rules.permits import permit_endings
from dispatcher.rules.wording import next_entry_text
from dispatcher.store import Store
from dispatcher.store.transfer import import_files
from dispatcher.ui import style
from dispatcher.ui.assign_dialog import AssignDialog
from dispatcher.ui.main_window import MainWindow
from dispatcher.ui.margin import margin_days, set_margin_days
from dispatcher.ui.planning_dialog import PlanningDialog
from dispatcher.ui.roster import RosterModel
from dispatcher.ui.settings_dialog import SettingsDialog
from dispatcher.ui.status_card import APPLIES, LONGEST, NEXT_ENTRY, StatusCard
from dispatcher.ui.trip_editor import TripEditor
from dispatcher.ui.warnings_panel import WarningsModel
from tests.ui_helpers import AS_OF, russia, small_context

pytestmark = pytest.mark.gui
D = date.fromisoformat
YEAR = "ru-by-90-year"


@pytest.fixture
def russian_dates(monkeypatch):
    """Dates as a Russian or Kazakh office reads them (the catalog itself is not needed)."""
    monkeypatch.setattr(i18n, "_language", "ru")


def card_for(ctx, qtbot, driver_id: str = "X1") -> StatusCard:
    card = StatusCard(ctx)
    qtbot.addWidget(card)
    card.show_driver(driver_id)
    return card


def add_driver(ctx, driver_id: str, *trips: Trip, permits=()) -> None:
    ctx.store.save_driver(Driver(driver_id, f"Driver {driver_id}", "UZ", "freight", permits))
    for trip in trips:
        ctx.store.save_trip(trip)
    ctx.reload()


# ----- status card -----------------------------------------------------------------------


def test_status_card_gives_the_new_year_as_next_entry_for_a_driver_over_the_year(
    tmp_path, qtbot, answers, russian_dates
):
    # 90 days from 1 March and 5 more in October: 95 of 90 used, nothing left this year.
    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 90),
                                   russia("B", D("2026-10-01"), 5)])  # fmt: skip
    card = card_for(ctx, qtbot)
    length = card.stay_length.value()
    (status,) = [s for s in ctx.days("X1").status(AS_OF, length=length) if s.rule_id == YEAR]
    assert status.next_entry == D("2027-01-01") and status.next_entry_stay == 90
    assert card.cell(YEAR, NEXT_ENTRY) == next_entry_text(status, length)
    assert card.cell(YEAR, NEXT_ENTRY) == "from 01.01.2027, up to 90 day(s)"
    assert card.cell(YEAR, LONGEST) == "cannot enter"
    # countries by name in the reader's language, the one the driver spent most days in first
    assert "can enter Россия + Беларусь again from 01.01.2027 for up to 90 day(s)" in (
        card.notes.text()
    )
    # the N-day field asks for a longer stay: 120 days fit only across a new year, from
    # 3 October 2027 (the last 90 days of 2027 and then 2028's)
    card.stay_length.setValue(120)
    assert card.cell(YEAR, NEXT_ENTRY) == "from 03.10.2027, up to 180 day(s)"
    card.stay_length.setValue(200)
    assert card.cell(YEAR, NEXT_ENTRY) == "a stay of 200 day(s) never fits while the rule applies"


def test_status_card_respects_a_later_planned_trip(tmp_path, qtbot, answers, russian_dates):
    # 60 days used in 2026 and a planned December trip of 20: only 10 days can be spent now
    # without pushing the December trip over (the year's 90 would be used before it ends).
    trips = [russia("A", D("2026-01-10"), 60), russia("B", D("2026-12-10"), 20)]
    ctx = small_context(tmp_path, trips)
    card = card_for(ctx, qtbot)
    statuses = {s.rule_id: s for s in ctx.days("X1").status(AS_OF)}
    assert statuses[YEAR].max_stay == 10 and statuses[YEAR].left == 30
    assert card.cell(YEAR, LONGEST) == "10"
    assert card.cell(YEAR, APPLIES) == ""  # the rule does not stop


def test_status_card_says_when_a_rule_stops_and_never_no_limit_before(
    tmp_path, qtbot, answers, russian_dates
):
    # Russia's 90/180 ended on 31 December 2024: on 23 November 2024 a driver with no day
    # used can stay until that day, and the card says so instead of "no limit".
    ctx = small_context(tmp_path, as_of=D("2024-11-23"))
    card = card_for(ctx, qtbot)
    (status,) = [s for s in ctx.days("X1").status(D("2024-11-23")) if s.rule_id == "ru-90-180"]
    assert status.applies_until == D("2024-12-31") and status.max_stay == 39
    assert card.cell("ru-90-180", LONGEST) == "39 day(s), until the rule stops applying"
    assert card.cell("ru-90-180", APPLIES) == "until 31.12.2024"
    texts = [card.table.item(r, c).text() for r in range(card.table.rowCount()) for c in range(7)]
    assert "no limit" not in " ".join(texts)


def test_status_card_lists_a_rule_a_permit_keeps_off_until_later(tmp_path, qtbot, answers):
    ctx = small_context(tmp_path)
    permit = Permit("RU", "temporary_residence", D("2026-01-01"), D("2027-02-13"))
    ctx.store.save_driver(replace(ctx.store.driver("X1"), permits=(permit,)))
    ctx.reload()
    card = card_for(ctx, qtbot)
    assert card.cell(YEAR, APPLIES) == "from 2027-02-14"
    assert card.cell(YEAR, LONGEST) not in ("", "no limit")  # the rule applies again later


# ----- roster ------------------------------------------------------------------------------


def test_roster_from_column_gives_the_next_entry_of_the_tightest_rule(tmp_path, answers):
    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 95)])
    add_driver(ctx, "X2")
    model = RosterModel(ctx)
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "from"
    over = model.data(model.index(model.row_of("X1"), column))
    free = model.data(model.index(model.row_of("X2"), column))
    assert over == "2027-01-01" == ctx.days("X1").next_entry(ctx.workspace.book.rule(YEAR),
                                                              AS_OF).isoformat()  # fmt: skip
    assert free == "now"
    tip = model.data(model.index(model.row_of("X1"), column), Qt.ItemDataRole.ToolTipRole)
    assert "2027-01-01" in tip and "90 day(s)" in tip


def test_roster_from_column_is_not_worked_out_to_size_the_columns(tmp_path, answers, monkeypatch):
    from dispatcher.ui import next_entry_column

    asked: list[str] = []
    real = next_entry_column.NextEntryColumn.entry
    monkeypatch.setattr(next_entry_column.NextEntryColumn, "entry",
                        lambda self, d, s: asked.append(d) or real(self, d, s))  # fmt: skip
    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 95)])
    model = RosterModel(ctx)
    hint = model.data(model.index(0, model.columnCount() - 1), Qt.ItemDataRole.SizeHintRole)
    assert hint.width() > 0 and asked == []


# ----- safety margin -----------------------------------------------------------------------


def tight_context(tmp_path):
    """X1 has 75 Russian days; route P1 adds 7 in December: 8 left, fewer than 10."""
    ctx = small_context(tmp_path, [russia("A", D("2026-03-01"), 75),
                                   russia("P1", D("2026-12-01"), 7, driver_id=None)])  # fmt: skip
    add_driver(ctx, "X2")
    return ctx


def test_margin_is_a_setting_kept_in_the_database(tmp_path, answers, qtbot):
    ctx = tight_context(tmp_path)
    assert margin_days(ctx.store) == 0
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.margin.setValue(10)
    dialog.accept()
    assert margin_days(ctx.store) == 10 == ctx.store.setting("planning.margin_days")


def test_assign_dialog_shows_a_tight_driver_after_the_ok_ones(tmp_path, answers, qtbot):
    ctx = tight_context(tmp_path)
    set_margin_days(ctx.store, 10)
    dialog = AssignDialog(ctx, "P1")
    qtbot.addWidget(dialog)
    assert [v.driver_id for v in dialog.model.verdicts] == ["X2", "X1"]
    tight = dialog.verdict_of("X1")
    assert tight.verdict == TIGHT and tight.ok and tight.least_left == 8
    row = dialog.model.index(1, 4)
    text = dialog.model.data(row)
    assert "8 day(s)" in text and "margin of 10" in text
    assert dialog.model.data(row, Qt.ItemDataRole.ForegroundRole) == style.verdict_colours(
        TIGHT
    )[0]  # fmt: skip
    assert (
        dialog.model.data(dialog.model.index(0, 4), Qt.ItemDataRole.ForegroundRole)
        != (style.verdict_colours(TIGHT)[0])
    )
    # a tight driver breaks nothing: assigned without a question
    assert dialog.assign("X1") is True
    assert answers.asked == [] and ctx.store.trip("P1").driver_id == "X1"


def test_without_a_margin_the_same_driver_is_ok(tmp_path, answers, qtbot):
    ctx = tight_context(tmp_path)
    dialog = AssignDialog(ctx, "P1")
    qtbot.addWidget(dialog)
    assert dialog.verdict_of("X1").verdict == "ok"


def test_trip_editor_live_what_if_says_tight(tmp_path, answers, qtbot):
    ctx = tight_context(tmp_path)
    set_margin_days(ctx.store, 10)
    editor = TripEditor(ctx, replace(ctx.store.trip("P1"), driver_id="X1"))
    qtbot.addWidget(editor)
    assert "margin of 10" in editor.verdict.text() and "8 day(s)" in editor.verdict.text()
    assert style.verdict_colours(TIGHT)[0].name() in editor.verdict.styleSheet()


# ----- planning ----------------------------------------------------------------------------


def planning_context(tmp_path):
    """Two drivers with room; three December routes; X1 is used up for the year."""
    ctx = small_context(tmp_path, [russia("A", D("2026-02-01"), 90)])
    add_driver(ctx, "X2")
    add_driver(ctx, "X3")
    for trip_id, first, days in (("R1", "2026-12-01", 5), ("R2", "2026-12-03", 6),
                                 ("R3", "2026-12-12", 4)):  # fmt: skip
        ctx.store.save_trip(russia(trip_id, D(first), days, driver_id=None))
    ctx.reload()
    return ctx


def test_planning_dialog_proposes_what_the_engine_plans(tmp_path, answers, qtbot):
    ctx = planning_context(tmp_path)
    dialog = PlanningDialog(ctx, first=D("2026-12-01"), last=D("2026-12-31"))
    qtbot.addWidget(dialog)
    routes = [t for t in ctx.store.unassigned_trips() if t.legs]
    expected = plan(ctx.fleet().values(), routes, AS_OF, 0)
    assert dialog.plan == expected
    assert {p.trip_id for p in dialog.plan.proposals} == {"R1", "R2", "R3"}
    assert "X1" not in {p.driver_id for p in dialog.plan.proposals}  # no day left this year
    assert [p.trip_id for p in dialog.ticked()] == [p.trip_id for p in expected.proposals]


def test_accepting_some_proposals_is_one_undoable_step(tmp_path, answers, qtbot):
    ctx = planning_context(tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = PlanningDialog(ctx, window, first=D("2026-12-01"), last=D("2026-12-31"))
    qtbot.addWidget(dialog)
    chosen = {p.trip_id: p.driver_id for p in dialog.plan.proposals if p.trip_id != "R2"}
    dialog.set_ticked("R2", False)
    assert dialog.assign_ticked() is True
    assert answers.asked == []  # the plan breaks nothing: no question
    assigned = {t: ctx.store.trip(t).driver_id for t in ("R1", "R2", "R3")}
    assert assigned == {**chosen, "R2": None}
    assert ctx.undo_stack.count() == 1
    # one operation in the history: "Undo this change" takes back both too
    operations = {ctx.store.history(trip_id=t, limit=1)[0].operation for t in chosen}
    assert len(operations) == 1
    assert {c.entity_id for c in ctx.store.operation_changes(operations.pop())} == set(chosen)
    # Ctrl+Z, the window's Undo action, takes back both at once
    (undo,) = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
               if a.shortcut().toString() == "Ctrl+Z"]  # fmt: skip
    undo.trigger()
    assert all(ctx.store.trip(t).driver_id is None for t in ("R1", "R2", "R3"))
    assert ctx.undo() is False and ctx.redo() is True
    assert {t: ctx.store.trip(t).driver_id for t in chosen} == chosen


def test_undoing_the_plan_is_refused_when_a_route_changed_since(tmp_path, answers, qtbot):
    ctx = planning_context(tmp_path)
    dialog = PlanningDialog(ctx, first=D("2026-12-01"), last=D("2026-12-31"))
    qtbot.addWidget(dialog)
    assert dialog.assign_ticked() is True
    r1 = ctx.store.trip("R1")
    with Store(ctx.store.path) as other:  # another window moves R1 by a day
        legs = (Leg("RU", D("2026-12-02"), D("2026-12-06")),)
        other.save_trip(replace(r1, legs=legs))
    answers.yes = False  # "reload?" — no
    assert ctx.undo() is False
    assert ctx.store.trip("R2").driver_id is not None  # nothing was taken back
    assert ctx.store.trip("R3").driver_id is not None


def test_planning_dialog_lists_routes_nobody_can_take_with_the_reason(tmp_path, answers, qtbot):
    ctx = small_context(tmp_path, [russia("A", D("2026-02-01"), 90),
                                   russia("R9", D("2026-12-05"), 3, driver_id=None)])  # fmt: skip
    dialog = PlanningDialog(ctx, first=D("2026-12-01"), last=D("2026-12-31"))
    qtbot.addWidget(dialog)
    assert dialog.plan.proposals == []
    assert dialog.unassigned.rowCount() == 1
    assert dialog.unassigned.item(0, 0).text() == "R9"
    assert dialog.unassigned.item(0, 2).text() == dialog.plan.unassigned[0].text()
    assert not dialog.assign_button.isEnabled()


# ----- permits ending ----------------------------------------------------------------------


def permit_context(tmp_path):
    """A temporary residence permit for Russia to 13 February 2027, and a planned trip in
    Russia from 10 January to 20 May 2027: from 14 February the year rule counts, and its
    91st day, 15 May, is over."""
    ctx = small_context(tmp_path, [Trip("W1", "X1", (Leg("RU", D("2027-01-10"),
                                                            D("2027-05-20")),))])  # fmt: skip
    permit = Permit("RU", "temporary_residence", D("2026-01-01"), D("2027-02-13"))
    ctx.store.save_driver(replace(ctx.store.driver("X1"), permits=(permit,)))
    ctx.reload()
    return ctx


def test_a_permit_ending_during_a_planned_trip_is_a_warning(tmp_path, answers):
    ctx = permit_context(tmp_path)
    (ending,) = permit_endings(ctx.fleet().values(), AS_OF)
    overs = {d.rule_id: d.over_from for d in ending.during_trips}
    assert overs[YEAR] == D("2027-05-15")
    model = WarningsModel(ctx)
    permits = [model.warning(r) for r in range(model.rowCount())
               if "temporary residence permit" in model.warning(r).text]  # fmt: skip
    year = [w for w in permits if "per calendar year" in w.text]
    assert len(year) == 1
    (warning,) = year
    assert warning.level is Level.OVER and warning.planned and warning.day == D("2027-05-15")
    assert "from 2027-02-14" in warning.text and "goes over on 2027-05-15" in warning.text
    assert "trip W1" in warning.text


def test_a_permit_ending_soon_is_a_warning(tmp_path, answers):
    ctx = small_context(tmp_path)
    permit = Permit("RU", "work", D("2026-01-01"), D("2026-12-10"))
    ctx.store.save_driver(replace(ctx.store.driver("X1"), permits=(permit,)))
    ctx.reload()
    model = WarningsModel(ctx)
    texts = [model.warning(r).text for r in range(model.rowCount())]
    assert any("work permit" in t and "ends on 2026-12-10" in t and "from 2026-12-11" in t
               for t in texts)  # fmt: skip
    far = small_context(tmp_path / "far")
    far.store.save_driver(replace(far.store.driver("X1"), permits=(
        replace(permit, valid_to=D("2027-06-30")),)))  # fmt: skip
    far.reload()
    model = WarningsModel(far)
    assert not any("permit" in model.warning(r).text for r in range(model.rowCount()))


# ----- Excel -------------------------------------------------------------------------------


def test_export_to_excel_writes_a_workbook_that_imports_back(tmp_path, answers, qtbot):
    ctx = permit_context(tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    target = tmp_path / "out" / "carrier"  # no suffix typed: .xlsx is added
    target.parent.mkdir()
    window.choose_save_file = lambda *_a: target
    written = window.export_excel()
    assert written == target.with_name("carrier.xlsx") and written.exists()
    with Store(tmp_path / "copy.sqlite") as copy:
        import_files(copy, workbook=written)
        assert copy.driver("X1") == ctx.store.driver("X1")
        assert copy.trips("X1") == ctx.store.trips("X1")
    book = python_calamine.CalamineWorkbook.from_path(str(written))
    rows = book.get_sheet_by_name("findings").to_python()[1:]
    assert {(r[1], r[3], r[4]) for r in rows} == {("X1", YEAR, "W1"), ("X1", "ru-by-90-stay", "W1")}


def test_save_import_template_writes_the_three_sheets(tmp_path, answers, qtbot):
    ctx = small_context(tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.choose_save_file = lambda *_a: tmp_path / "template.xlsx"
    assert window.save_template() == tmp_path / "template.xlsx"
    book = python_calamine.CalamineWorkbook.from_path(str(tmp_path / "template.xlsx"))
    assert {"drivers", "permits", "trips"} <= set(book.sheet_names)


def test_the_menus_carry_the_new_actions(tmp_path, answers, qtbot):
    window = MainWindow(small_context(tmp_path))
    qtbot.addWidget(window)
    texts = {a.text() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert {"Export to E&xcel…", "Save import &template…", "&Assign routes…"} <= texts


def test_a_plan_for_another_period_is_not_accepted_until_proposed_again(tmp_path, answers, qtbot):
    ctx = planning_context(tmp_path)
    dialog = PlanningDialog(ctx, first=D("2026-12-01"), last=D("2026-12-31"))
    qtbot.addWidget(dialog)
    dialog.last.set_day(D("2026-12-05"))  # R3 leaves on 12 December: no longer in the period
    assert not dialog.assign_button.isEnabled() and dialog.assign_ticked() is False
    assert all(ctx.store.trip(t).driver_id is None for t in ("R1", "R2", "R3"))
    dialog.propose()
    assert {p.trip_id for p in dialog.plan.proposals} == {"R1", "R2"}
    assert dialog.assign_ticked() is True
    assert ctx.store.trip("R3").driver_id is None
