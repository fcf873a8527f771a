"""The file itself: created safely by two programs at once, opened read-only without a trace,
refused with a plain word when damaged or not ours, and never misread."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from dispatcher.rules import Driver, Leg, Permit, Trip
from dispatcher.store import Store, errors, history, schema
from dispatcher.store.verify import verify
from tests.old_files import old_database

REPO = Path(__file__).resolve().parents[2]
D = date.fromisoformat
# The bytes of leg 1 of T1 inside its row: trip id, country, entry, exit stored side by side.
LEG_BYTES = b"T1RU2026-01-012026-03-27"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overwrite(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes in place, as a failing disk or a bad copy would."""
    data = path.read_bytes()
    assert data.count(old) == 1, f"{old!r} occurs {data.count(old)} times"
    path.write_bytes(data.replace(old, new))


def carrier(path: Path) -> Path:
    with Store(path) as store:
        visa = Permit("PL", "visa", D("2026-01-01"), D("2026-12-31"))
        store.save_driver(Driver("D1", "Бекзод Рахимов", "UZ", "freight", (visa,)))
        store.save_driver(Driver("D2", "Иван Петров", "RU", "freight"))
        store.save_trip(Trip("T1", "D1", (Leg("RU", D("2026-01-01"), D("2026-03-27")),)))
        store.save_trip(Trip("T2", "D1", (Leg("RU", D("2026-10-10"), D("2026-10-13")),)))
    assert not Path(f"{path}-wal").exists()  # closed: everything is in the file itself
    return path


def another_programs_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('kazan.jpg')")
    conn.commit()
    conn.close()
    return path


def pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


# ----- 1. creation by two programs at once ---------------------------------------------------

CREATOR = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from dispatcher.rules import Driver
    from dispatcher.store import Store
    path, who, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.001)
    with Store(path) as store:
        store.save_driver(Driver(who, who, "UZ", "freight"))
    """
)


@pytest.mark.slow
def test_several_programs_creating_one_new_file_at_once_all_succeed(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for round_ in range(4):
        path, go = tmp_path / f"new-{round_}.sqlite", tmp_path / f"go-{round_}"
        names = [f"P{round_}{n}" for n in range(5)]
        children = [
            subprocess.Popen(
                [sys.executable, "-c", CREATOR, str(path), who, str(go)],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
            for who in names
        ]
        go.touch()
        for child in children:
            assert child.wait(timeout=120) == 0, child.stderr.read()
        with Store.open_readonly(path) as store:
            assert store.driver_ids() == set(names)
            assert schema.application_id(store.db) == schema.APPLICATION_ID
            assert history.replay(store.history(limit=None)) == history.current_state(store.db)


def test_the_schema_version_is_read_again_inside_the_upgrade_transaction(tmp_path, monkeypatch):
    """Another program finishes creating the file between our look and our BEGIN."""
    path = tmp_path / "race.sqlite"
    real_version = schema.version
    blank_reads = []

    def version_then_the_other_creates(db):
        found = real_version(db)
        if found == 0 and blank_reads is not None:
            blank_reads.append(found)
            if len(blank_reads) == 2:  # the look the upgrade decides on
                monkeypatch.setattr(schema, "version", real_version)
                Store(path).close()  # the other program creates the whole schema now
        return found

    monkeypatch.setattr(schema, "version", version_then_the_other_creates)
    with Store(path) as store:
        assert len(blank_reads) == 2
        assert real_version(store.db) == schema.LATEST
        store.save_driver(Driver("D1", "A", "UZ", "freight"))


# ----- 2. read-only opening and the mark -----------------------------------------------------


def test_a_new_file_is_marked_and_an_older_file_is_marked_when_upgraded(tmp_path):
    carrier(tmp_path / "new.sqlite")
    assert pragma(tmp_path / "new.sqlite", "application_id") == schema.APPLICATION_ID
    old = tmp_path / "old.sqlite"
    old_database(1, old)
    assert pragma(old, "application_id") == 0
    Store(old).close()
    assert pragma(old, "application_id") == schema.APPLICATION_ID


def test_open_readonly_refuses_a_missing_file_and_creates_nothing(tmp_path):
    with pytest.raises(errors.FileMissing, match="no such database"):
        Store.open_readonly(tmp_path / "nothing.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_open_readonly_refuses_an_empty_file_and_leaves_it_empty(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(errors.NotOurFile, match="not a dispatcher database"):
        Store.open_readonly(empty)
    assert empty.stat().st_size == 0


def test_another_programs_file_is_refused_by_both_openings_and_left_as_it_was(tmp_path):
    other = another_programs_file(tmp_path / "photos.sqlite")
    before = digest(other)
    for opening in (Store.open_readonly, Store):
        with pytest.raises(errors.NotOurFile, match="not a dispatcher database"):
            opening(other)
    assert digest(other) == before
    assert pragma(other, "journal_mode") == "delete"
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all" * 50)
    with pytest.raises(errors.NotOurFile, match="not an SQLite file"):
        Store.open_readonly(text)


def test_a_file_with_another_programs_mark_is_refused(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    with pytest.raises(errors.NotOurFile):
        Store.open_readonly(path)


def test_reading_never_changes_a_byte_nor_the_journal_mode(tmp_path):
    with Store(carrier(tmp_path / "live.sqlite")) as store:
        copy = store.save_copy(tmp_path / "copy.sqlite")  # a copy travels in rollback mode
    before = digest(copy)
    with Store.open_readonly(copy) as store:
        assert [d.id for d in store.drivers()] == ["D1", "D2"]
        assert store.quick_check() == []
        with pytest.raises(errors.FileReadOnly, match="read-only"):
            store.set_setting("carrier.name", "x")
    assert digest(copy) == before
    assert pragma(copy, "journal_mode") == "delete"


def test_an_older_schema_opened_to_read_is_refused_with_the_way_to_upgrade(tmp_path):
    old = tmp_path / "old.sqlite"
    old_database(1, old)
    before = digest(old)
    with pytest.raises(errors.OlderSchema, match="open it in the window or import"):
        Store.open_readonly(old)
    assert digest(old) == before
    assert not list((tmp_path).glob("backups/*"))


# ----- 3. damage ------------------------------------------------------------------------------


@pytest.mark.parametrize("opening", [Store, Store.open_readonly])
def test_a_file_cut_short_by_one_byte_is_refused_as_damaged(tmp_path, opening):
    path = carrier(tmp_path / "carrier.sqlite")
    path.write_bytes(path.read_bytes()[:-1])
    before = digest(path)
    with pytest.raises(errors.FileDamaged, match=r"damaged .*File → Restore backup…"):
        opening(path)
    assert digest(path) == before


def test_a_non_iso_date_in_a_leg_is_named_not_counted(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    overwrite(path, LEG_BYTES, b"T1RU2026-01-012026-0X-27")
    with Store.open_readonly(path) as store:
        assert store.quick_check() == []  # the page is well formed: only the value is wrong
        for read in (store.trips, lambda: store.trips("D1"), lambda: store.trip("T1")):
            with pytest.raises(errors.FileDamaged) as damage:
                read()
            assert "table legs, row 1, column exit holds '2026-0X-27'" in str(damage.value)
            assert "Restore backup" in str(damage.value)


def test_a_country_byte_that_is_no_country_is_named(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    overwrite(path, LEG_BYTES, b"T1R#2026-01-012026-03-27")
    with Store.open_readonly(path) as store, pytest.raises(errors.FileDamaged) as damage:
        store.fleet()
    assert "table legs, row 1, column country holds 'R#'" in str(damage.value)


def test_damaged_permits_and_drivers_are_named(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    overwrite(path, b"visa2026-01-012026-12-31", b"visa2026-01-012026-13-31")
    with Store.open_readonly(path) as store, pytest.raises(errors.FileDamaged) as damage:
        store.drivers()
    assert "table permits, row 1, column valid_to holds '2026-13-31'" in str(damage.value)
    overwrite(path, b"D1PLvisa2026-01-012026-13-31", b"D1PLvisa2026-01-012026-12-31")
    overwrite(path, "Иван ПетровRU".encode(), "Иван ПетровR!".encode())
    with Store.open_readonly(path) as store, pytest.raises(errors.FileDamaged) as damage:
        store.driver("D2")
    assert "table drivers, row D2, column citizenship holds 'R!'" in str(damage.value)


def test_verify_says_all_is_well_on_a_whole_file(tmp_path):
    with Store.open_readonly(carrier(tmp_path / "carrier.sqlite")) as store:
        report = verify(store)
    assert report.ok and report.changes == 4 and "all well" in report.text()


def test_verify_names_the_trip_whose_date_digit_changed(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    overwrite(path, LEG_BYTES, b"T1RU2026-01-012026-03-28")  # still a date: reads fine
    with Store.open_readonly(path) as store:
        assert store.trip("T1").legs[0].exit == D("2026-03-28")
        report = verify(store)
    assert not report.ok
    (difference,) = report.differences
    assert (difference.entity, difference.entity_id) == ("trip", "T1")
    assert "2026-03-28" in difference.text() and "2026-03-27" in difference.text()
    assert "Restore backup" in report.text()


# ----- 5. one file ----------------------------------------------------------------------------


def test_closing_folds_the_write_ahead_log_into_the_file(tmp_path):
    path = tmp_path / "carrier.sqlite"
    window = Store(path)  # stays open, as the window does: SQLite keeps the -wal
    with Store(path) as store:
        store.save_driver(Driver("D9", "Ерлан", "KZ", "freight"))
    alone = tmp_path / "alone.sqlite"
    shutil.copy(path, alone)  # what a user copying "the file" takes
    with Store.open_readonly(alone) as copy:
        assert copy.driver_ids() == {"D9"}
    window.close()


def test_save_copy_takes_recent_writes_into_one_file(tmp_path):
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        reader = sqlite3.connect(path)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM drivers").fetchone()  # holds the log open
        store.save_driver(Driver("D9", "Ерлан", "KZ", "freight"))
        assert not store.checkpoint()  # the reader keeps the write in -wal
        target = store.save_copy(tmp_path / "copies" / "carrier-copy.sqlite")
        reader.rollback()
        reader.close()
    assert (
        not Path(f"{target}-wal").exists() and not target.with_name(target.name + ".part").exists()
    )
    assert pragma(target, "integrity_check") == "ok"
    with Store.open_readonly(target) as copy:
        assert copy.driver_ids() == {"D9"}
    with Store(path) as store, pytest.raises(errors.StoreError):
        store.save_copy(path)


def _live_log_of(path: Path, driver: str) -> bytes:
    """The -wal of a database some program has open, as a crash would leave it."""
    writer = Store(path)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM drivers").fetchone()  # no checkpoint while it reads
    writer.save_driver(Driver(driver, driver, "KZ", "freight"))
    data = Path(f"{path}-wal").read_bytes()
    holder.rollback()
    holder.close()
    writer.close()
    return data


def test_a_stale_log_of_another_database_is_set_aside_not_applied(tmp_path):
    ours = carrier(tmp_path / "carrier.sqlite")
    other = tmp_path / "other" / "carrier.sqlite"
    with Store(other) as store:  # another carrier, built the same way: same page size, tables
        for n in range(40):
            store.save_driver(Driver(f"X{n}", f"Тигран {n}", "AM", "bus"))
    Path(f"{ours}-wal").write_bytes(_live_log_of(other, "X99"))
    with pytest.raises(errors.FileError, match="belongs to another database"):
        Store.open_readonly(ours)  # a read refuses rather than read the other's pages
    with Store(ours) as store:
        assert store.driver_ids() == {"D1", "D2"}
        assert store.quick_check() == []
        assert history.replay(store.history(limit=None)) == history.current_state(store.db)
        (notice,) = store.notices
        assert "another database" in notice
    assert pragma(ours, "integrity_check") == "ok"
    assert list((tmp_path / "backups").glob("*-foreign.sqlite-wal"))


def test_a_log_left_by_a_crash_of_our_own_program_is_kept(tmp_path):
    ours = carrier(tmp_path / "carrier.sqlite")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copy(ours, crashed / "carrier.sqlite")
    log = _live_log_of(ours, "D7")  # the same file, one more driver, not yet folded in
    Path(f"{crashed / 'carrier.sqlite'}-wal").write_bytes(log)
    with Store(crashed / "carrier.sqlite") as store:
        assert store.driver_ids() == {"D1", "D2", "D7"}
        assert store.notices == []


# ----- 6. plain words for what the file and the disk refuse -----------------------------------


def test_a_write_to_a_read_only_file_says_read_only(tmp_path):
    with Store(carrier(tmp_path / "carrier.sqlite")) as store:
        store.db.execute("PRAGMA query_only = 1")  # SQLite's own read-only refusal
        with pytest.raises(errors.FileReadOnly, match="is read-only"):
            store.save_driver(Driver("D9", "Ерлан", "KZ", "freight"))


def test_a_full_disk_says_the_disk_is_full_and_changes_nothing(tmp_path):
    with Store(carrier(tmp_path / "carrier.sqlite")) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(errors.DiskFull, match="is full"), store.transaction():
            for n in range(2000):
                store._put_driver(Driver(f"N{n}", "Ж" * 150, "KZ", "freight"))
        assert store.driver_ids() == {"D1", "D2"}


def test_a_busy_file_says_busy(tmp_path):
    path = carrier(tmp_path / "carrier.sqlite")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, timeout=0.1) as store, pytest.raises(errors.FileBusy, match="busy"):
            store.save_driver(Driver("D9", "Ерлан", "KZ", "freight"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_bug_is_not_dressed_up_as_a_file_problem(tmp_path):
    with (
        Store(carrier(tmp_path / "carrier.sqlite")) as store,
        pytest.raises(sqlite3.OperationalError, match="no such table"),
        errors.plain(store.path),
    ):
        store.db.execute("SELECT * FROM nowhere")
