"""A large fleet's window: names first, the days once read; the roster sorting and filtering
itself; an edit re-sorting one driver's warnings; the page check run beside the reading.
Whatever the window shows meanwhile or after is what reading and counting at once shows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dispatcher.rules import Leg, Trip
from dispatcher.rules.levels import rule_levels
from dispatcher.store import Store, StoreError, errors
from dispatcher.ui.app import build_window
from dispatcher.ui.roster import BEING_READ, DRIVER_ID_ROLE, FIXED, LEVEL_ROLE, RosterModel
from dispatcher.ui.timeline import ROW_H, TOP
from dispatcher.ui.warnings_panel import WarningsModel
from tests.ui_helpers import AS_OF

pytestmark = pytest.mark.gui
D = date.fromisoformat


def shown_ids(model: RosterModel) -> list[str]:
    return [model.data(model.index(r, 0), DRIVER_ID_ROLE) for r in range(model.rowCount())]


def cells(model: RosterModel, role=Qt.ItemDataRole.DisplayRole) -> dict[str, list]:
    columns = range(model.columnCount())
    return {
        model.driver_id(r): [model.data(model.index(r, c), role) for c in columns]
        for r in range(model.rowCount())
    }


def warning_rows(model: WarningsModel) -> list:
    return [model.warning(r) for r in range(model.rowCount())]


def test_the_window_lists_names_first_and_no_level_until_the_trips_are_read(
    demo_file, answers, qtbot
):
    window = build_window(demo_file)
    qtbot.addWidget(window)
    window.ctx.set_as_of(AS_OF)
    window.show()  # no event processed yet: what the first paint shows
    roster = window.roster.model
    assert window.ctx.fleet_waiting and roster.rowCount() == 16
    names = [roster.data(roster.index(r, 0)) for r in range(roster.rowCount())]
    assert names == sorted(names)
    for row in cells(roster).values():
        assert row[len(FIXED) :] == [BEING_READ] * (roster.columnCount() - len(FIXED))
    for row in cells(roster, LEVEL_ROLE).values():
        assert set(row) == {None}  # not "fine": nothing is said of a level not counted
    assert window.timeline.row_count() == 16
    assert window.warnings.model.counting and "counting" in window.summary.text()

    with qtbot.waitSignal(window.warnings.model.counted, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: BEING_READ not in str(cells(roster)), timeout=5_000)
    fresh = RosterModel(window.ctx)
    assert cells(roster) == cells(fresh)
    assert cells(roster, LEVEL_ROLE) == cells(fresh, LEVEL_ROLE)
    assert warning_rows(window.warnings.model) == warning_rows(WarningsModel(window.ctx))
    fleet = window.ctx.fleet()
    expected = sorted(fleet, key=lambda d: (fleet[d].driver.name, d))
    window.timeline.verticalScrollBar().setValue(0)
    shown = [window.timeline.driver_at(TOP + ROW_H * i + ROW_H // 2) for i in range(16)]
    assert shown == expected
    assert window.summary.text().startswith("16 drivers:")


def test_selecting_a_driver_before_the_trips_are_read_shows_their_real_levels(
    demo_file, answers, qtbot
):
    window = build_window(demo_file)
    qtbot.addWidget(window)
    window.ctx.set_as_of(AS_OF)
    window.show()
    window.roster.select_driver("D005")  # that driver is read then and there, not the fleet
    assert window.ctx.fleet_waiting
    assert window.status_card.driver_id == "D005"
    card, row = list(window.status_card.statuses), cells(window.roster.model)["D005"]
    assert card and BEING_READ not in row
    qtbot.waitUntil(lambda: BEING_READ not in str(cells(window.roster.model)), timeout=5_000)
    assert not window.ctx.fleet_waiting
    assert window.roster.selected_driver() == "D005"  # the reload keeps the selection
    assert cells(window.roster.model) == cells(RosterModel(window.ctx))
    assert row == cells(window.roster.model)["D005"]
    window.status_card.refresh()
    assert card == window.status_card.statuses


def test_sorting_by_days_left_keeps_equal_drivers_in_the_order_sorted_before(window):
    ctx, model = window.ctx, window.roster.model
    rule = model.rules()[0]
    column = len(FIXED)
    fleet = ctx.fleet()

    def left(driver_id: str) -> int:
        found = rule_levels(fleet[driver_id], ctx.as_of, ctx.approaching_days()).get(rule.id)
        return 10_000 if found is None else found.left

    by_name = sorted(fleet, key=lambda d: fleet[d].driver.name)
    assert shown_ids(model) == by_name
    window.roster.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert shown_ids(model) == sorted(by_name, key=left)
    window.roster.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == sorted(by_name, key=left, reverse=True)


def test_an_edit_moves_the_driver_in_a_roster_sorted_by_days_left(window):
    ctx, model = window.ctx, window.roster.model
    column = len(FIXED)  # Russia + Belarus, 90 per calendar year: D004 has 7 left
    window.roster.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    window.roster.select_driver("D004")
    before = shown_ids(model).index("D004")
    trip = Trip("X-NEW", "D004", (Leg("RU", D("2026-11-10"), D("2026-11-14")),))
    assert ctx.save_trip(trip)
    order = shown_ids(model)
    fresh = RosterModel(ctx)  # by name, then by days left: as the window was sorted
    fresh.sort(column, Qt.SortOrder.AscendingOrder)
    assert order == shown_ids(fresh)
    assert order.index("D004") < before  # fewer days left: nearer the top
    lefts = [model.sort_value(d, column) for d in order]
    assert lefts == sorted(lefts)
    assert window.roster.selected_driver() == "D004"  # the selection follows the driver


def test_typing_a_filter_keeps_the_selected_driver_selected(window, qtbot):
    window.roster.select_driver("D005")
    window.roster.search.setText("юсуп")
    assert shown_ids(window.roster.model) == ["D005"]
    assert window.roster.selected_driver() == "D005"
    window.roster.search.clear()
    assert len(shown_ids(window.roster.model)) == 16
    assert window.roster.selected_driver() == "D005"


def test_warnings_after_edits_are_the_rows_and_counts_of_counting_afresh(window, answers):
    ctx, model = window.ctx, window.warnings.model
    assert not model.counting
    ctx.save_trip(Trip("X-NEW", "D004", (Leg("RU", D("2026-12-01"), D("2026-12-10")),)))
    ctx.save_trip(Trip("X-TWO", "D009", (Leg("RU", D("2026-12-01"), D("2026-12-03")),)))
    last = ctx.store.trips("D014")[-1]
    ctx.delete_trip(last.id)
    ctx.undo()  # the deleted trip back
    fresh = WarningsModel(ctx)
    assert warning_rows(model) == warning_rows(fresh)
    assert model.drivers_by_level() == fresh.drivers_by_level()
    assert any("(D004)" in w.text for w in warning_rows(model))


def test_the_guard_finds_the_driver_a_trip_is_moved_off(window, answers):
    ctx = window.ctx
    trip = ctx.store.trip("T0081")  # D004 in Kazakhstan, 2–7 November; D009 is free then
    assert ctx.drivers_holding({trip.id}) == {"D004"}
    moved = Trip(trip.id, "D009", trip.legs, trip.note)
    ctx.save_trip(moved)
    assert ctx.drivers_holding({trip.id}) == {"D009"}
    ctx.workspace.refresh(None)  # everything read again, without the window being told
    assert ctx.drivers_holding({trip.id}) == {"D009"}
    assert ctx.drivers_holding({"no-such-trip"}) == set()


def _damage_page(path, table: str) -> None:
    """Garbage over one page of ``table``'s b-tree: the file opens, the page check fails."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        (page,) = conn.execute("SELECT min(pageno) FROM dbstat WHERE name = ?", (table,)).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size + 8)
        f.write(b"\xa5" * (size - 16))


def test_a_page_the_window_never_reads_damaged_still_refuses_the_window(demo_file, answers, qtbot):
    _damage_page(demo_file, "changes_driver")  # the history's index: not read at start
    with pytest.raises(errors.FileDamaged):
        build_window(demo_file)
    qtbot.wait(700)  # the window built beside the check does nothing later on the closed file


@pytest.fixture
def no_second_connection(monkeypatch):
    def refused(*_a, **_k):
        raise StoreError("busy")

    monkeypatch.setattr(Store, "open_readonly", classmethod(refused))


def test_a_check_that_cannot_run_beside_the_reading_runs_on_the_windows_connection(
    demo_file, answers, qtbot, no_second_connection
):
    window = build_window(demo_file)
    qtbot.addWidget(window)
    assert window.roster.model.rowCount() == 16


def test_a_check_run_on_the_windows_connection_still_refuses_a_damaged_file(
    demo_file, answers, no_second_connection
):
    _damage_page(demo_file, "changes_driver")
    with pytest.raises(errors.FileDamaged):
        build_window(demo_file)


def test_a_driver_added_elsewhere_between_the_names_and_the_trips_is_listed_and_counted(
    demo_file, answers, qtbot
):
    from dispatcher.rules import Driver

    window = build_window(demo_file)
    qtbot.addWidget(window)
    window.ctx.set_as_of(AS_OF)
    window.show()
    assert window.roster.model.row_of("D900") == -1  # the names were read before
    other = Store(demo_file)
    other.save_driver(Driver("D900", "Алишер Каримов", "UZ", "freight"))  # Russia counts
    other.save_trip(Trip("X900", "D900", (Leg("RU", D("2026-01-01"), D("2026-04-05")),)))
    other.close()
    with qtbot.waitSignal(window.warnings.model.counted, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: window.roster.model.row_of("D900") >= 0, timeout=5_000)
    assert cells(window.roster.model) == cells(RosterModel(window.ctx))
    assert warning_rows(window.warnings.model) == warning_rows(WarningsModel(window.ctx))
    assert any("(D900)" in w.text for w in warning_rows(window.warnings.model))
    assert window.timeline.row_count() == 17
