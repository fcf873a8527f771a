"""The fleet read a slice of drivers at a time (what the window does) is the fleet read at
once: the same drivers, permits, trips and legs in the same order, and a damaged value in
any slice refused with the same message."""

from __future__ import annotations

import pytest

from dispatcher.demo import load_demo
from dispatcher.store import Store, errors
from tests.store.test_file_safety import LEG_BYTES, carrier, overwrite


def in_slices(store: Store, size: int) -> list:
    read, after = [], ""
    while True:
        found = store.fleet_after(after, size)
        if not found:
            return read
        assert len(found) <= size
        read.extend(found)
        after = found[-1][0].id


@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_slices_of_any_size_read_the_fleet_read_at_once(tmp_path, size):
    with Store(tmp_path / "carrier.sqlite") as store:
        load_demo(store)
        assert store.unassigned_trips()  # planned routes: no driver's, in no slice
        assert in_slices(store, size) == store.fleet()


def test_a_slice_starts_after_the_driver_named(tmp_path):
    with Store(tmp_path / "carrier.sqlite") as store:
        load_demo(store)
        fleet = store.fleet()
        assert store.fleet_after(fleet[4][0].id, 2) == fleet[5:7]
        assert store.fleet_after(fleet[-1][0].id, 2) == []


def test_a_damaged_leg_in_a_slice_is_named_as_in_the_fleet_read_at_once(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    overwrite(path, LEG_BYTES, b"T1R#2026-01-012026-03-27")
    with Store.open_readonly(path) as store:
        with pytest.raises(errors.FileDamaged) as at_once:
            store.fleet()
        with pytest.raises(errors.FileDamaged) as sliced:
            in_slices(store, 1)
    assert "table legs, row 1, column country holds 'R#'" in str(sliced.value)
    assert str(sliced.value) == str(at_once.value)


def test_a_damaged_permit_in_a_slice_is_named(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    overwrite(path, b"visa2026-01-012026-12-31", b"visa2026-01-012026-13-31")
    with Store.open_readonly(path) as store, pytest.raises(errors.FileDamaged) as damage:
        store.fleet_after("", 1)
    assert "table permits, row 1, column valid_to holds '2026-13-31'" in str(damage.value)
