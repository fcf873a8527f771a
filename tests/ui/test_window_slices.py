"""A large fleet's trips read a slice of drivers at a time, and the roster sorted by days left
while they are read and counted: at every slice the window shows either a driver's real
figures or that they are not known yet, never a level of its own; edits made meanwhile, here
or by another program, are in what it shows at the end."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dispatcher.rules import Driver, Leg, Trip
from dispatcher.store import Store
from dispatcher.ui import fleet_reading
from dispatcher.ui.app import build_window
from dispatcher.ui.context import AppContext
from dispatcher.ui.main_window import MainWindow
from dispatcher.ui.roster import BEING_READ, FIXED, RosterModel
from dispatcher.ui.warnings_panel import WarningsModel
from dispatcher.workspace import Workspace
from tests.ui_helpers import AS_OF

pytestmark = pytest.mark.gui
D = date.fromisoformat
COLUMN = len(FIXED)  # Russia + Belarus, 90 days per calendar year: days left


@pytest.fixture
def one_driver_a_slice(monkeypatch):
    """Every slice reads one driver: the demo's 16 drivers take 16 slices."""
    monkeypatch.setattr(fleet_reading, "FIRST_SLICE", 1)
    monkeypatch.setattr(fleet_reading, "SLICE_SECONDS", 1e-9)


def opened(demo_file, qtbot) -> MainWindow:
    window = build_window(demo_file)
    qtbot.addWidget(window)
    window.ctx.set_as_of(AS_OF)
    window.show()
    return window


def reference(demo_file) -> AppContext:
    """The file as it is now, read at once."""
    ctx = AppContext(Workspace(Store(demo_file)), as_of=AS_OF)
    ctx.fleet()
    return ctx


def cells(model: RosterModel) -> dict[str, list]:
    return {
        model.driver_id(r): [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def shown_ids(model: RosterModel) -> list[str]:
    return [model.driver_id(r) for r in range(model.rowCount())]


def sorted_reference(ctx: AppContext, qtbot) -> RosterModel:
    model = RosterModel(ctx)
    model.sort(COLUMN, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.counting, timeout=10_000)
    return model


def warning_rows(model: WarningsModel) -> list:
    return [model.warning(r) for r in range(model.rowCount())]


def counted(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(
        lambda: (
            not window.ctx.fleet_waiting
            and not window.warnings.model.counting
            and not window.roster.model.counting
        ),
        timeout=20_000,
    )


def test_the_trips_are_read_a_slice_at_a_time_and_a_row_shows_its_days_once_read(
    demo_file, answers, qtbot, one_driver_a_slice
):
    expected = cells(RosterModel(reference(demo_file)))
    window = opened(demo_file, qtbot)
    roster = window.roster.model
    seen: list[tuple[int, int]] = []

    def check(ids: list[str]) -> None:
        assert window.ctx.fleet_waiting and len(ids) == 1
        read = 0
        for driver_id, row in cells(roster).items():
            assert row[:COLUMN] == expected[driver_id][:COLUMN]
            if row[COLUMN:] == expected[driver_id][COLUMN:]:
                read += 1
            else:  # not read yet: every day cell says so, none shows a level
                assert row[COLUMN:] == [BEING_READ] * (len(row) - COLUMN)
        seen.append((len(seen) + 1, read))

    window.ctx.fleetSliceRead.connect(check)
    counted(window, qtbot)
    assert [read for _n, read in seen] == list(range(1, 17))  # one more driver each slice
    assert cells(roster) == expected
    assert warning_rows(window.warnings.model) == warning_rows(WarningsModel(window.ctx))


def test_sorting_by_days_left_while_the_trips_are_read_places_each_driver_once_counted(
    demo_file, answers, qtbot, one_driver_a_slice
):
    ref = reference(demo_file)
    expected, left = shown_ids(sorted_reference(ref, qtbot)), cells(RosterModel(ref))
    window = opened(demo_file, qtbot)
    roster = window.roster.model
    window.roster.select_driver("D005")  # that driver alone is read
    window.roster.table.sortByColumn(COLUMN, Qt.SortOrder.AscendingOrder)
    checks: list[int] = []

    def check(*_args) -> None:
        shown = cells(roster)
        placed = [d for d, row in shown.items() if row[COLUMN] != BEING_READ]
        waiting = [d for d, row in shown.items() if row[COLUMN] == BEING_READ]
        assert list(shown) == placed + waiting  # the ones counted first, in their order
        assert placed == [d for d in expected if d in placed]
        for driver_id in placed:
            assert shown[driver_id][COLUMN] == left[driver_id][COLUMN]
        assert window.roster.selected_driver() == "D005"
        checks.append(len(placed))

    check()
    window.ctx.fleetSliceRead.connect(check)
    roster.layoutChanged.connect(check)
    counted(window, qtbot)
    check()
    assert checks[0] < 16 and checks[-1] == 16
    assert shown_ids(roster) == expected
    assert cells(roster) == cells(sorted_reference(window.ctx, qtbot))


def test_a_driver_deleted_and_one_added_while_the_trips_are_read_stay_so(
    demo_file, answers, qtbot, one_driver_a_slice
):
    window = opened(demo_file, qtbot)
    ctx = window.ctx

    def edit(ids: list[str]) -> None:
        if ids != ["D002"]:
            return
        assert ctx.fleet_waiting
        assert ctx.delete_driver("D016", parent=window)  # not read yet: no slice brings it back
        new = Driver("D950", "Алишер Каримов", "UZ", "freight")
        assert ctx.save_driver(new, based_on=None, parent=window)
        assert ctx.fleet_waiting  # neither needed the whole fleet

    ctx.fleetSliceRead.connect(edit)
    counted(window, qtbot)
    fleet = ctx.fleet()
    assert "D016" not in fleet and "D950" in fleet
    assert list(fleet) == list(reference(demo_file).fleet())  # the file's drivers, its order
    roster = window.roster.model
    assert roster.row_of("D016") == -1 and roster.row_of("D950") >= 0
    assert cells(roster) == cells(RosterModel(reference(demo_file)))
    assert warning_rows(window.warnings.model) == warning_rows(WarningsModel(ctx))
    assert window.timeline.row_count() == 16


def test_a_trip_saved_while_the_trips_are_read_is_counted(
    demo_file, answers, qtbot, one_driver_a_slice
):
    window = opened(demo_file, qtbot)
    ctx = window.ctx
    trip = Trip("X-NEW", "D016", (Leg("RU", D("2027-06-01"), D("2027-09-15")),))  # over 90

    def edit(ids: list[str]) -> None:
        if ids == ["D002"]:
            assert ctx.save_trip(trip, based_on=None, parent=window)

    ctx.fleetSliceRead.connect(edit)
    counted(window, qtbot)
    assert trip in ctx.fleet()["D016"].trips
    assert cells(window.roster.model) == cells(RosterModel(reference(demo_file)))
    assert warning_rows(window.warnings.model) == warning_rows(WarningsModel(reference(demo_file)))
    assert any("(D016)" in w.text for w in warning_rows(window.warnings.model))


def test_a_driver_added_by_another_program_while_the_trips_are_read_is_counted(
    demo_file, answers, qtbot, one_driver_a_slice
):
    window = opened(demo_file, qtbot)

    done: list[bool] = []

    def elsewhere(ids: list[str]) -> None:
        if ids != ["D003"] or done:
            return
        done.append(True)
        other = Store(demo_file)
        other.save_driver(Driver("D900", "Алишер Каримов", "UZ", "freight"))
        other.save_trip(Trip("X900", "D900", (Leg("RU", D("2026-01-01"), D("2026-04-05")),)))
        other.close()
        window.notice_outside_changes()  # what the window's poll does: read again
        assert window.ctx.fleet_waiting and window.ctx.reading

    window.ctx.fleetSliceRead.connect(elsewhere)
    counted(window, qtbot)
    assert done
    assert cells(window.roster.model) == cells(RosterModel(reference(demo_file)))
    assert warning_rows(window.warnings.model) == warning_rows(WarningsModel(reference(demo_file)))
    assert any("(D900)" in w.text for w in warning_rows(window.warnings.model))
    assert window.timeline.row_count() == 17


def test_a_damaged_value_a_slice_reads_is_said_and_no_day_is_shown(
    tmp_path, monkeypatch, answers, qtbot, one_driver_a_slice
):
    from tests.store.test_file_safety import LEG_BYTES, carrier, overwrite

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = carrier(tmp_path / "carrier.sqlite")
    overwrite(path, LEG_BYTES, b"T1R#2026-01-012026-03-27")  # a page the check finds sound
    window = opened(path, qtbot)
    qtbot.waitUntil(lambda: bool(answers.told), timeout=10_000)
    assert "table legs, row 1, column country holds 'R#'" in answers.told[0]
    assert window.ctx.fleet_waiting and not window.ctx.reading
    roster = window.roster.model
    for row in cells(roster).values():
        assert set(row[COLUMN:]) == {BEING_READ}
    assert window.warnings.model.counting and "counting" in window.summary.text()


def changed_elsewhere(demo_file) -> None:
    """Another program adds a driver who is over Russia's 90 days."""
    with Store(demo_file) as other:
        other.save_driver(Driver("D900", "Алишер Каримов", "UZ", "freight"))
        other.save_trip(Trip("X900", "D900", (Leg("RU", D("2026-01-01"), D("2026-04-05")),)))


def test_a_large_fleet_changed_elsewhere_is_read_again_in_slices_not_at_once(
    demo_file, answers, qtbot, one_driver_a_slice, monkeypatch
):
    """After the first read, another program's change sends a large fleet back to names at
    once and slices between events (read whole, 10,000 drivers held the window still)."""
    from dispatcher.ui import context

    window = opened(demo_file, qtbot)
    counted(window, qtbot)
    monkeypatch.setattr(context, "SLICED_FROM", 10)  # the demo's 16 drivers count as large
    changed_elsewhere(demo_file)
    window.notice_outside_changes()
    assert window.ctx.fleet_waiting and window.ctx.reading
    assert all(row[COLUMN] == BEING_READ for row in cells(window.roster.model).values())
    counted(window, qtbot)
    assert cells(window.roster.model) == cells(RosterModel(reference(demo_file)))
    assert warning_rows(window.warnings.model) == warning_rows(WarningsModel(reference(demo_file)))
    assert any("(D900)" in w.text for w in warning_rows(window.warnings.model))


def test_a_small_fleet_changed_elsewhere_is_read_again_at_once(demo_file, answers, qtbot):
    window = opened(demo_file, qtbot)
    counted(window, qtbot)
    changed_elsewhere(demo_file)
    window.notice_outside_changes()
    assert not window.ctx.fleet_waiting
    assert cells(window.roster.model) == cells(RosterModel(reference(demo_file)))
