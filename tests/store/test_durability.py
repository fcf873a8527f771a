"""Nothing lost: upgrades, the change log, backups, two writers, kills and hostile files."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from dispatcher.demo import load_demo
from dispatcher.rules import Driver, Leg, Permit, Trip
from dispatcher.store import SchemaError, Store, StoreError, backup, history, schema
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.transfer import ImportProblems, export_csv, import_csv
from tests.old_files import VERSIONS, old_database

REPO = Path(__file__).resolve().parents[2]
D = date.fromisoformat


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(store: Store) -> dict:
    return history.current_state(store.db)


# ----- migrations ---------------------------------------------------------------------------


def test_a_schema_1_file_is_upgraded_in_place_after_a_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    old_database(1, path)
    with Store(path) as store:
        assert schema.version(store.db) == schema.LATEST
        assert [d.name for d in store.drivers()] == ["Ерлан Сейтқали", "Арман Григорян"]
        assert store.trip("T0002").note == "Минск" and len(store.unassigned_trips()) == 1
        assert store.driver("D002").permits[0].kind == "temporary_residence"
        assert store.setting("carrier.name") == "ТОО «Тест»"
        # the log starts with what the file held, so replaying it rebuilds the upgraded file
        assert {c.operation for c in store.history(limit=None)} == {1}
        assert history.replay(store.history(limit=None)) == dump(store)
        store.save_trip(Trip("T0003", "D001", (Leg("KZ", D("2026-05-01"), D("2026-05-02")),)))
        assert store.history()[0].entity_id == "T0003"
    (saved,) = backup.list_backups(path)
    assert saved.reason == "before-upgrade"
    with sqlite3.connect(saved.path) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1


@pytest.mark.parametrize("version", VERSIONS)
def test_a_file_of_every_released_schema_opens_with_its_records(tmp_path, version):
    path = old_database(version, tmp_path / f"schema-v{version}.sqlite")
    with Store(path) as store:
        assert schema.version(store.db) == schema.LATEST
        assert store.driver("D001").name == "Ерлан Сейтқали"
        assert {t.id for t in store.trips("D001")} >= {"T0001"}
        assert history.replay(store.history(limit=None)) == dump(store)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    old_database(1, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = digest(path)
    with pytest.raises(SchemaError, match="newer version"):
        Store(path)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


# ----- the change log ------------------------------------------------------------------------


def edits(store: Store) -> None:
    """A dispatcher's morning: every kind of write the store knows."""
    store.save_driver(Driver("D1", "Бекзод", "UZ", "freight"))
    store.save_driver(Driver("D2", "Иван", "RU", "bus", (Permit("PL", "visa", D("2026-01-01"),
                                                                  D("2026-12-31")),)))  # fmt: skip
    store.save_trip(Trip("T1", "D1", (Leg("RU", D("2026-01-01"), D("2026-01-10")),)))
    store.save_trip(Trip("T2", "D2", (Leg("PL", D("2026-02-01"), D("2026-02-03")),)))
    store.save_trip(Trip("T1", "D1", (Leg("BY", D("2026-01-01"), D("2026-01-12")),), "edited"))
    store.save_driver(Driver("D1", "Бекзод Рахимов", "UZ", "freight"))
    store.set_setting("carrier.name", "ТОО")
    store.delete_trip("T2")
    record = store.delete_driver("D1")
    store.restore_driver(record)
    store.delete_driver("D2")


def test_the_change_log_replays_to_the_tables_after_every_kind_of_edit(tmp_path):
    with Store(tmp_path / "a.sqlite") as store:
        edits(store)
        log = store.history(limit=None)
        assert history.replay(log) == dump(store)
        assert {c.action for c in log} == {"insert", "update", "delete"}
        renamed = next(c for c in log if c.entity == "driver" and c.action == "update")
        assert (renamed.old["name"], renamed.new["name"]) == ("Бекзод", "Бекзод Рахимов")
        assert renamed.user and renamed.at
        assert [c.entity_id for c in store.history(trip_id="T1")][-1] == "T1"


def test_the_change_log_is_append_only(tmp_path):
    with Store(tmp_path / "a.sqlite") as store:
        edits(store)
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.db.execute("UPDATE changes SET user = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.db.execute("DELETE FROM changes")


def test_a_refused_write_leaves_no_trace_in_the_log(tmp_path):
    with Store(tmp_path / "a.sqlite") as store:
        edits(store)
        count = len(store.history(limit=None))
        with pytest.raises(StoreError):
            store.save_trip(Trip("T9", "D404", (Leg("RU", D("2026-01-01"), D("2026-01-02")),)))
        assert len(store.history(limit=None)) == count


def test_revert_undoes_one_operation_and_refuses_after_a_later_edit(tmp_path):
    with Store(tmp_path / "a.sqlite") as store:
        edits(store)
        before = dump(store)
        store.delete_driver("D1")  # the driver and their trip, one operation
        operation = store.history()[0].operation
        store.revert(operation)
        assert dump(store) == before
        assert history.replay(store.history(limit=None)) == dump(store)
        store.save_trip(Trip("T1", "D1", (Leg("KZ", D("2026-03-01"), D("2026-03-02")),)))
        edit = store.history()[0].operation
        store.save_trip(Trip("T1", "D1", (Leg("KZ", D("2026-03-01"), D("2026-03-05")),)))
        with pytest.raises(StoreError, match="changed again"):
            store.revert(edit)


# ----- backups ---------------------------------------------------------------------------------


def test_an_import_is_preceded_by_a_backup_and_a_restore_brings_the_data_back(tmp_path):
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        load_demo(store)
        before = dump(store)
        trips = tmp_path / "trips.csv"
        trips.write_text("trip_id,driver_id,country,entry,exit\nT0001,D001,PL,2027-05-01,"
                         "2027-05-03\n", encoding="utf-8")  # fmt: skip
        import_csv(store, trips=trips)
        assert dump(store) != before
    (taken,) = backup.list_backups(path)
    assert taken.reason == "before-import" and taken.size > 0
    backup.restore_backup(path, taken.path)
    with Store(path) as store:
        assert dump(store) == before
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reasons = [b.reason for b in backup.list_backups(path)]
    assert reasons[0] == "before-restore"


def test_daily_backup_once_a_day_and_old_backups_are_pruned(tmp_path):
    path = tmp_path / "carrier.sqlite"
    Store(path).close()
    assert backup.daily_backup(path) is not None
    assert backup.daily_backup(path) is None
    for _ in range(backup.KEEP + 5):
        backup.take_backup(path, "test")
    assert len(backup.list_backups(path)) == backup.KEEP


# ----- two writers ---------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from dispatcher.rules import Driver, Leg, Trip
    from dispatcher.store import Store
    path, who = sys.argv[1], sys.argv[2]
    store = Store(path)
    store.save_driver(Driver(who, who, "UZ", "freight"))
    start = date(2026, 1, 1)
    for n in range(200):
        day = start + timedelta(days=2 * n)
        store.save_trip(Trip(f"{who}-{n}", who, (Leg("RU", day, day),)))
    store.close()
    """
)


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"
    Store(path).close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), who],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("A", "B")
    ]
    for w in writers:
        assert w.wait(timeout=120) == 0, w.stderr.read()
    with Store(path) as store:
        assert len(store.trips("A")) == len(store.trips("B")) == 200
        assert history.replay(store.history(limit=None)) == dump(store)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_busy_file_gives_a_clear_error_not_an_exception(tmp_path):
    path = tmp_path / "busy.sqlite"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        store = Store(path, timeout=0.2)
        with pytest.raises(StoreError, match="busy in another window or program"):
            store.save_driver(Driver("D1", "Иван", "RU", "freight"))
        store.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# ----- kills -----------------------------------------------------------------------------------

HALF_WRITE = textwrap.dedent(
    """
    import sys, time
    from datetime import date, timedelta
    from dispatcher.rules import Leg, Trip
    from dispatcher.store import Store
    store = Store(sys.argv[1])
    with store.transaction():
        for n in range(500):
            day = date(2030, 1, 1) + timedelta(days=n)
            store._put_trip(Trip(f"K{n}", "D001", (Leg("RU", day, day),)))
        print("inside", flush=True)
        time.sleep(60)
    """
)


@pytest.mark.slow
@pytest.mark.posix
def test_a_process_killed_inside_a_write_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        load_demo(store)
        before = dump(store)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-c", HALF_WRITE, str(path)], env=env,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout.readline().strip() == "inside"
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Store(path) as store:
        assert dump(store) == before
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from dispatcher.store import Store
    from dispatcher.store.transfer import import_csv
    folder = Path(sys.argv[2])
    with Store(sys.argv[1]) as store:
        print("started", flush=True)
        import_csv(store, folder / "drivers.csv", folder / "permits.csv", folder / "trips.csv")
    """
)


@pytest.mark.slow
@pytest.mark.posix
@pytest.mark.parametrize("delay", [0.05, 0.3, 0.8])
def test_a_process_killed_mid_import_leaves_all_or_nothing(tmp_path, delay):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic import write_csvs

    folder = tmp_path / "csv"
    write_csvs(folder, 300, 2)
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        load_demo(store)
        before = dump(store)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(folder)], env=env,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout.readline().strip() == "started"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Store(path) as store:
        after = dump(store)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if after != before:  # the import finished before the kill: then all of it is there
            assert len(after["driver"]) == len(before["driver"]) + 300


# ----- hostile files ---------------------------------------------------------------------------


def test_excel_csv_with_bom_semicolons_and_crlf_is_read(tmp_path):
    drivers = tmp_path / "drivers.csv"
    drivers.write_bytes("\ufeffid;name;citizenship;category\r\nD1;Ұлан Ахметов;KZ;freight\r\n"
                        .encode())  # fmt: skip
    with Store(tmp_path / "a.sqlite") as store:
        import_csv(store, drivers=drivers)
        assert store.driver("D1").name == "Ұлан Ахметов"


def test_binary_and_huge_files_are_refused_quickly(tmp_path):
    binary = tmp_path / "trips.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    huge = tmp_path / "drivers.csv"
    with huge.open("wb") as handle:
        handle.truncate(65 * 2**20)
    with Store(tmp_path / "a.sqlite") as store:
        with pytest.raises(CsvProblem, match=r"binary|not a text"):
            import_csv(store, trips=binary)
        start = time.perf_counter()
        with pytest.raises(CsvProblem, match="limit"):
            import_csv(store, drivers=huge)
        assert time.perf_counter() - start < 5  # refused from its size, not read


def test_formulas_are_neutralised_on_export_and_round_trip(tmp_path):
    with Store(tmp_path / "a.sqlite") as store:
        store.save_driver(Driver("D1", '=HYPERLINK("http://x")', "KZ", "freight"))
        store.save_driver(Driver("D2", "@SUM(A1)", "KZ", "freight"))
        export_csv(store, drivers=tmp_path / "drivers.csv")
        text = (tmp_path / "drivers.csv").read_text(encoding="utf-8")
        assert "'=HYPERLINK" in text and "'@SUM" in text
    with Store(tmp_path / "b.sqlite") as copy:
        import_csv(copy, drivers=tmp_path / "drivers.csv")
        assert copy.driver("D1").name == '=HYPERLINK("http://x")'


def test_text_fields_are_length_limited(tmp_path):
    drivers = tmp_path / "drivers.csv"
    drivers.write_text("id,name,citizenship,category\nD1," + "Ж" * 500 + ",KZ,freight\n",
                       encoding="utf-8")  # fmt: skip
    with Store(tmp_path / "a.sqlite") as store, pytest.raises(ImportProblems, match="name"):
        import_csv(store, drivers=drivers)


@pytest.mark.slow
def test_a_short_soak_with_random_kills_matches_the_change_log(tmp_path):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from soak import soak

    result = soak(tmp_path / "soak.sqlite", edits=300, seed=7)
    assert result["kills"] >= 1
    assert result["replay_matches"] and result["integrity"] == "ok"
    assert result["logs_set_aside"] == 0
