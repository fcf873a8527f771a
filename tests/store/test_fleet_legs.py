"""The fleet read as day numbers (``Store.fleet_legs``): the same days, trips and answers as
the read of whole trips, and every value checked as strictly as there."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from dispatcher.demo import load_demo
from dispatcher.rules import Driver, Leg, Permit, Trip, check, permit_endings, suggest
from dispatcher.rules.legs import LegDays
from dispatcher.store import Store, errors
from dispatcher.workspace import Workspace

D = date.fromisoformat
AS_OF = D("2026-11-23")
ROUTE = [Leg("KZ", D("2026-12-01"), D("2026-12-02")), Leg("RU", D("2026-12-02"), D("2026-12-12"))]
COUNTRIES = ["KZ", "RU", "BY", "PL", "DE", "LT"]


def random_fleet(store: Store, drivers: int = 30, seed: int = 7) -> None:
    """Drivers of every kind with trips saved out of the order they were made in, legs of
    one trip with gaps, trips sharing a crossing day, ids whose order differs by reading."""
    rng = random.Random(seed)
    number = 0
    for n in range(drivers):
        did = f"R{n:03d}"
        permits: tuple[Permit, ...] = ()
        if n % 5 == 0:
            first = D("2025-01-01") + timedelta(days=rng.randint(0, 500))
            permits = (Permit("RU", "work", first, first + timedelta(days=rng.randint(10, 400))),)
        store.save_driver(
            Driver(did, f"Водитель {n}", rng.choice(["KZ", "UZ", "RU", "AM"]),
                   rng.choice(["freight", "bus", "other"]), permits)
        )  # fmt: skip
        trips, day = [], D("2024-01-01") + timedelta(days=rng.randint(0, 40))
        while day < D("2027-01-01"):
            legs = []
            for _ in range(rng.randint(1, 5)):
                exit_ = day + timedelta(days=rng.randint(0, 30))
                legs.append(Leg(rng.choice(COUNTRIES), day, exit_))
                day = exit_ + timedelta(days=rng.choice([0, 0, 0, 2]))
            number += 1
            trips.append(Trip(f"RT{rng.choice(['', '0'])}{number}", did, tuple(legs)))
            day += timedelta(days=rng.choice([0, 1, 20, 60]))
        rng.shuffle(trips)  # the file keeps them in the order they were saved
        for trip in trips:
            store.save_trip(trip)
    store.save_trip(Trip("PLAN1", None, (Leg("RU", D("2026-12-01"), D("2026-12-20")),)))


@pytest.fixture
def fleet_file(tmp_path) -> Path:
    path = tmp_path / "fleet.sqlite"
    with Store(path) as store:
        load_demo(store)
        random_fleet(store)
    return path


def answers(workspace: Workspace, fleet: dict) -> tuple:
    days = list(fleet.values())
    return (
        [f.as_json() for f in check(days, AS_OF)],
        [p.as_json() for p in permit_endings(days, AS_OF)],
        [p.as_json() for p in permit_endings(days, D("2025-06-01"), within=400)],
        [v.as_json() for v in suggest(days, ROUTE, AS_OF)],
        [v.as_json() for v in suggest(days, ROUTE, AS_OF, margin=5)],
    )


def rows(legs: LegDays) -> list[tuple]:
    return sorted(zip(legs.countries, legs.entries, legs.exits, legs.trip_ids, strict=True))


def test_the_legs_read_as_numbers_are_the_legs_of_the_trips(fleet_file):
    with Store.open_readonly(fleet_file) as store:
        as_trips = store.fleet()
        as_legs = store.fleet_legs()
    assert [d for d, _ in as_legs] == [d for d, _ in as_trips]
    for (driver, legs), (_, trips) in zip(as_legs, as_trips, strict=True):
        expected = LegDays.of_trips(trips)
        assert rows(legs) == rows(expected), driver.id
        assert list(legs.spans().items()) == list(expected.spans().items())  # by trip id


def test_check_suggest_and_permits_answer_the_same_from_legs_and_from_trips(fleet_file):
    with Store.open_readonly(fleet_file) as store:
        workspace = Workspace(store, rules_dir=fleet_file.parent / "no-rules")
        from_legs = workspace.fleet_days()
        assert answers(workspace, from_legs) == answers(workspace, workspace.fleet())
        found = check(from_legs.values(), AS_OF)
        assert found  # the fleet breaks rules: the answers compared were not empty


def test_the_trips_are_read_only_when_asked_and_are_the_drivers_own(fleet_file):
    with Store.open_readonly(fleet_file) as store:
        workspace = Workspace(store, rules_dir=fleet_file.parent / "no-rules")
        from_legs = workspace.fleet_days()
        days = from_legs["R003"]
        assert days._trips is None  # counted without them
        assert days.trips == tuple(t for t in store.trips("R003") if t.legs)


def damage(path: Path, sql: str) -> None:
    """Another program writes past every check, as a hostile or broken tool would."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()


def first_leg(path: Path, trip_id: str | None = None) -> int:
    conn = sqlite3.connect(path)
    where = "" if trip_id is None else f"WHERE trip_id = '{trip_id}'"
    row = conn.execute(
        f"SELECT l.id FROM legs l JOIN trips t ON t.id = l.trip_id {where} "
        "AND t.driver_id IS NOT NULL ORDER BY l.id LIMIT 1"
        if trip_id is None
        else f"SELECT id FROM legs {where} ORDER BY id LIMIT 1"
    ).fetchone()
    conn.close()
    return row[0]


@pytest.mark.parametrize(
    ("column", "value", "shown"),
    [
        ("exit", "'2026-0X-27'", "'2026-0X-27'"),
        ("entry", "'2026-02-30'", "'2026-02-30'"),
        ("entry", "' 2025-01-01'", "' 2025-01-01'"),
        ("entry", "'2025-01-01,2025-01-02'", "'2025-01-01,2025-01-02'"),
        ("entry", "20250101", "20250101"),
        ("country", "'R#'", "'R#'"),
        ("country", "'RU,BY'", "'RU,BY'"),
        ("exit", "'1990-01-01'", "'1990-01-01'"),  # before its entry
    ],
)
def test_a_damaged_value_is_named_as_the_read_of_trips_names_it(fleet_file, column, value, shown):
    leg = first_leg(fleet_file)
    damage(fleet_file, f"UPDATE legs SET {column} = {value} WHERE id = {leg}")
    with Store.open_readonly(fleet_file) as store:
        with pytest.raises(errors.FileDamaged) as by_trips:
            store.fleet()
        with pytest.raises(errors.FileDamaged) as by_legs:
            store.fleet_legs()
    assert str(by_legs.value) == str(by_trips.value)
    assert f"table legs, row {leg}, column" in str(by_legs.value)
    assert shown in str(by_legs.value)


@pytest.mark.parametrize("column", ["entry", "exit", "country"])
def test_a_value_stored_as_bytes_is_refused_though_its_bytes_spell_a_good_value(fleet_file, column):
    """SQLite would hand such a value over as the text it spells inside the grouping."""
    leg = first_leg(fleet_file)
    damage(fleet_file, f"UPDATE legs SET {column} = CAST({column} AS BLOB) WHERE id = {leg}")
    with Store.open_readonly(fleet_file) as store, pytest.raises(errors.FileDamaged) as by_legs:
        store.fleet_legs()
    assert f"table legs, row {leg}, column {column}" in str(by_legs.value)


def test_a_planned_routes_odd_leg_is_no_drivers_day_and_stops_nothing(fleet_file):
    leg = first_leg(fleet_file, "PLAN1")
    damage(fleet_file, f"UPDATE legs SET entry = CAST(entry AS BLOB) WHERE id = {leg}")
    with Store.open_readonly(fleet_file) as store:
        workspace = Workspace(store, rules_dir=fleet_file.parent / "no-rules")
        assert answers(workspace, workspace.fleet_days()) == answers(workspace, workspace.fleet())


@pytest.mark.parametrize("new_id", ["'T\x1fX'", "'T,1'", "4711", "''", "'Т–кириллица'"], ids=repr)
def test_trip_ids_the_columns_cannot_carry_give_the_same_answers(fleet_file, new_id):
    """A separator inside an id, a number for an id: read through the trips instead."""
    with Store.open_readonly(fleet_file) as store:
        workspace = Workspace(store, rules_dir=fleet_file.parent / "no-rules")
        over = check(workspace.fleet().values(), AS_OF)[0].trip_id
    conn = sqlite3.connect(fleet_file)
    conn.execute(f"UPDATE trips SET id = {new_id} WHERE id = ?", (over,))
    conn.execute(f"UPDATE legs SET trip_id = {new_id} WHERE trip_id = ?", (over,))
    conn.commit()
    conn.close()
    with Store.open_readonly(fleet_file) as store:
        workspace = Workspace(store, rules_dir=fleet_file.parent / "no-rules")
        from_legs = answers(workspace, workspace.fleet_days())
        assert from_legs == answers(workspace, workspace.fleet())
    conn = sqlite3.connect(fleet_file)
    renamed = conn.execute(f"SELECT id FROM trips WHERE id = {new_id}").fetchone()[0]
    conn.close()
    assert any(f["trip_id"] == renamed for f in from_legs[0])


def test_a_trip_id_stored_as_bytes_is_named_by_both_reads(fleet_file):
    """It was a crash (bytes and text cannot be put in order): now a damaged value."""
    conn = sqlite3.connect(fleet_file)
    conn.execute("UPDATE trips SET id = X'5431' WHERE id = 'T0001'")
    conn.execute("UPDATE legs SET trip_id = X'5431' WHERE trip_id = 'T0001'")
    conn.commit()
    conn.close()
    with Store.open_readonly(fleet_file) as store:
        for read in (store.fleet, store.fleet_legs):
            with pytest.raises(errors.FileDamaged) as damaged:
                read()
            assert "table trips, row b'T1', column id holds b'T1'" in str(damaged.value)
