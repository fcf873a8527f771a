"""The store on a real file: schema, journal, cascades, validated writes, undo and settings."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dispatcher.rules import Driver, Leg, Permit, Trip
from dispatcher.store import Store, StoreError
from dispatcher.store.schema import MIGRATIONS

D = date.fromisoformat


def driver(did="D001", citizenship="UZ", *permits: Permit) -> Driver:
    return Driver(did, "Бекзод Рахимов", citizenship, "freight", tuple(permits))


def trip(tid: str, did: str | None, *legs: tuple[str, str, str]) -> Trip:
    return Trip(tid, did, tuple(Leg(c, D(a), D(b)) for c, a, b in legs))


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "carrier.sqlite") as opened:
        yield opened


def test_a_new_file_runs_every_migration_and_uses_the_write_ahead_log(tmp_path):
    path = tmp_path / "carrier.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    Store(path).close()  # opening again runs nothing twice
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        conn.close()


def test_a_missing_file_is_not_created_when_only_reading(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "nothing.sqlite", create=False)
    assert not (tmp_path / "nothing.sqlite").exists()


def test_deleting_a_driver_takes_their_permits_trips_and_legs(store):
    permit = Permit("RU", "work", D("2026-01-01"), D("2026-12-31"))
    store.save_driver(driver("D001", "UZ", permit))
    store.save_driver(driver("D002"))
    store.save_trip(
        trip("T1", "D001", ("KZ", "2026-01-01", "2026-01-02"), ("RU", "2026-01-02", "2026-01-09"))
    )
    store.save_trip(trip("T2", "D002", ("RU", "2026-02-01", "2026-02-03")))
    assert store.counts() == {"drivers": 2, "permits": 1, "trips": 2, "legs": 3}

    record = store.delete_driver("D001")
    # The foreign keys cascade: nothing of D001 is left, D002 is untouched.
    assert store.counts() == {"drivers": 1, "permits": 0, "trips": 1, "legs": 1}
    assert store.driver("D001") is None and store.trip("T1") is None

    store.restore_driver(record)  # what undo does
    assert store.driver("D001") == driver("D001", "UZ", permit)
    assert store.trips("D001") == [record.trips[0]]
    assert [leg.country for leg in store.trip("T1").legs] == ["KZ", "RU"]  # leg order kept


def test_the_database_itself_refuses_a_leg_of_a_missing_trip(store):
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as db:
        db.execute(
            "INSERT INTO legs (trip_id, seq, country, entry, exit) "
            "VALUES ('nope', 0, 'RU', '2026-01-01', '2026-01-02')"
        )
    assert store.counts()["legs"] == 0


def test_saving_a_driver_replaces_fields_and_the_whole_permit_list(store):
    old = Permit("RU", "work", D("2026-01-01"), D("2026-06-30"))
    new = Permit("KZ", "residence", D("2026-03-01"), D("2027-02-28"))
    store.save_driver(driver("D001", "UZ", old))
    store.save_driver(Driver("D001", "Ұлан Серікұлы", "KZ", "bus", (new,)))
    assert store.drivers() == [Driver("D001", "Ұлан Серікұлы", "KZ", "bus", (new,))]


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (Driver("D001", "A", "XX", "freight"), "'XX'"),
        (Driver("D001", "A", "UZ", "tractor"), "tractor"),
        (Driver("D001", " ", "UZ", "freight"), "name is empty"),
        (
            Driver(
                "D001",
                "A",
                "UZ",
                "freight",
                (Permit("RU", "licence", D("2026-01-01"), D("2026-02-01")),),
            ),
            "licence",
        ),
        (
            Driver(
                "D001",
                "A",
                "UZ",
                "freight",
                (Permit("RU", "work", D("2026-02-01"), D("2026-01-01")),),
            ),
            "before valid_from",
        ),
    ],
)
def test_an_invalid_driver_is_refused_and_nothing_is_written(store, bad, words):
    with pytest.raises(StoreError, match=words):
        store.save_driver(bad)
    assert store.counts()["drivers"] == 0


def test_trip_problems_refuse_an_overlap_but_accept_a_shared_crossing_day(store):
    store.save_driver(driver("D001"))
    store.save_trip(trip("T1", "D001", ("RU", "2026-03-01", "2026-03-10")))
    # Starts on T1's last day: that day is a border crossing, both trips may hold it.
    crossing = trip("T2", "D001", ("RU", "2026-03-10", "2026-03-12"))
    assert store.trip_problems(crossing) == []
    # Starts a day earlier: the driver would be on two trips on 9 and 10 March.
    overlap = trip("T2", "D001", ("KZ", "2026-03-09", "2026-03-12"))
    (problem,) = store.trip_problems(overlap)
    assert "overlaps trip T1" in problem
    with pytest.raises(StoreError, match="overlaps trip T1"):
        store.save_trip(overlap)
    store.save_trip(crossing)
    assert [t.id for t in store.trips("D001")] == ["T1", "T2"]
    # A trip may be edited without clashing with its own earlier version.
    assert store.trip_problems(trip("T1", "D001", ("RU", "2026-03-02", "2026-03-10"))) == []


def test_trip_problems_name_each_bad_leg_and_a_missing_driver(store):
    bad = trip("T1", "D404", ("XX", "2026-01-01", "2026-01-02"), ("RU", "2026-01-05", "2026-01-03"))
    problems = store.trip_problems(bad)
    assert any(p.startswith("leg 1:") and "'XX'" in p for p in problems)
    assert any(p.startswith("leg 2:") and "before entry" in p for p in problems)
    assert any("'D404' does not exist" in p for p in problems)
    assert store.trip_problems(Trip("T2", None, ())) == ["a trip needs at least one leg"]


def test_legs_of_one_trip_may_share_only_a_crossing_day(store):
    # RU to 10 March, then Belarus from 10 March: 10 March is the crossing, fine.
    ok = trip("T1", None, ("RU", "2026-03-01", "2026-03-10"), ("BY", "2026-03-10", "2026-03-12"))
    assert store.trip_problems(ok) == []
    # A one-day transit through Belarus on the crossing day itself is fine too.
    transit = trip(
        "T1", None, ("RU", "2026-03-01", "2026-03-05"), ("BY", "2026-03-05", "2026-03-05"),
        ("PL", "2026-03-05", "2026-03-09"),
    )  # fmt: skip
    assert store.trip_problems(transit) == []
    # Belarus from 8 March while still in Russia to 10 March: two countries on 8-9 March.
    bad = trip("T1", None, ("RU", "2026-03-01", "2026-03-10"), ("BY", "2026-03-08", "2026-03-12"))
    (problem,) = store.trip_problems(bad)
    assert problem.startswith("leg 2:") and "overlaps leg 1" in problem
    with pytest.raises(StoreError, match="overlaps leg 1"):
        store.save_trip(bad)


def test_a_planned_route_without_a_driver_is_kept_apart_from_drivers_trips(store):
    store.save_driver(driver("D001"))
    store.save_trip(trip("T1", "D001", ("RU", "2026-03-01", "2026-03-10")))
    # A route may overlap anyone's trip while nobody drives it.
    store.save_trip(trip("P1", None, ("RU", "2026-03-05", "2026-03-15")))
    assert [t.id for t in store.unassigned_trips()] == ["P1"]
    assert [t.id for t in store.trips()] == ["T1"]
    assert [(d.id, [t.id for t in ts]) for d, ts in store.fleet()] == [("D001", ["T1"])]
    # Assigning it to the driver of an overlapping trip is refused.
    with pytest.raises(StoreError, match="overlaps trip T1"):
        store.save_trip(trip("P1", "D001", ("RU", "2026-03-05", "2026-03-15")))
    assert store.trip("P1").driver_id is None


def test_deleting_a_trip_returns_it_and_an_unknown_one_is_an_error(store):
    store.save_driver(driver("D001"))
    saved = trip("T1", "D001", ("RU", "2026-03-01", "2026-03-10"))
    store.save_trip(saved)
    assert store.delete_trip("T1") == saved
    assert store.counts()["legs"] == 0
    with pytest.raises(StoreError, match="'T1' does not exist"):
        store.delete_trip("T1")
    with pytest.raises(StoreError, match="'D9' does not exist"):
        store.delete_driver("D9")


def test_a_failed_transaction_changes_nothing(store):
    store.save_driver(driver("D001"))
    with pytest.raises(RuntimeError), store.transaction():
        store._put_driver(driver("D002"))
        raise RuntimeError("the user pressed cancel half way")
    assert store.driver_ids() == {"D001"}


def test_settings_round_trip_through_json_and_survive_reopening(tmp_path):
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        assert store.setting("strict", False) is False
        store.set_setting("strict", True)
        store.set_setting("disabled", ["ru-by-kz-international-drivers"])
        store.set_setting("carrier_name", "ТОО «Жол Транс»")
        store.set_setting("carrier_name", "ТОО «Жол Транс Логистик»")
    with Store(path) as store:
        assert store.setting("strict") is True
        assert store.setting("disabled") == ["ru-by-kz-international-drivers"]
        assert store.setting("carrier_name") == "ТОО «Жол Транс Логистик»"
        assert store.setting("nothing", 7) == 7


def test_a_new_id_is_never_one_already_taken(store):
    store.save_driver(driver("D001"))
    store.save_driver(driver("D003"))
    first = store.next_driver_id()
    assert first.startswith("D") and first not in {"D001", "D003"}
    store.save_driver(driver(first))
    assert store.next_driver_id() not in {"D001", "D003", first}
