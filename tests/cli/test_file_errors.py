"""Every command answers the same way about the file: 0 done, 2 for a file it refuses
(missing, damaged, not ours, older, read-only, busy, full), 3 only for a bug, never a
traceback; read-only commands never change a byte."""

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

from dispatcher import cli
from dispatcher.rules import Driver
from dispatcher.store import Store, database, schema
from tests.cli.test_cli import DRIVERS, PERMITS, TRIPS, run, write
from tests.old_files import old_database

REPO = Path(__file__).resolve().parents[2]
LEG_BYTES = b"T1RU2026-01-012026-03-27"  # leg 1 of T1 as its row stores it

READ_ONLY = {
    "check": ["check", "--as-of", "2026-11-23"],
    "status": ["status", "--driver", "D1", "--date", "2026-09-01"],
    "what-if": [
        "what-if",
        "--driver",
        "D1",
        "--leg",
        "RU:2026-09-01:2026-09-04",
        "--as-of",
        "2026-08-01",
    ],
    "suggest": ["suggest", "--leg", "RU:2026-09-01:2026-09-04", "--as-of", "2026-08-01"],
    "export": ["export", "--dir", "{tmp}/out"],
    "report": ["report", "day", "--date", "2026-09-01", "--html", "{tmp}/day.html"],
    "rules": ["rules"],
    "verify": ["verify"],
}
WRITING = {
    "import": ["import", "--drivers", "{tmp}/more/drivers.csv"],
    "demo": ["demo"],
}
EVERY = {**READ_ONLY, **WRITING}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def argv(command: str, db: Path, tmp: Path, table: dict = EVERY) -> list[str]:
    write(tmp / "more", drivers="id,name,citizenship,category\nD5,Ұлан Ахметов,KZ,bus\n")
    return ["--db", str(db), "--rules-dir", str(tmp / "rules"),
            *[a.replace("{tmp}", str(tmp)) for a in table[command]]]  # fmt: skip


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    files = write(tmp_path / "in", drivers=DRIVERS, permits=PERMITS, trips=TRIPS)
    path = tmp_path / "carrier.sqlite"
    code, _, err = run(capsys, "--db", path, "import", "--drivers", files["drivers"],
                       "--permits", files["permits"], "--trips", files["trips"])  # fmt: skip
    assert code == 0, err
    return path


def refused(capsys, args: list[str], *words: str) -> str:
    code, _, err = run(capsys, *args)
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err
    for word in words:
        assert word in err
    return err


def overwrite(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert data.count(old) == 1
    path.write_bytes(data.replace(old, new))


# ----- read-only commands never write ---------------------------------------------------------


@pytest.mark.parametrize("command", sorted(READ_ONLY))
def test_a_read_only_command_changes_no_byte_and_no_journal_mode(db, tmp_path, capsys, command):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")  # as a copy carried on a USB stick arrives
    conn.close()
    before = digest(db)
    code, _, err = run(capsys, *argv(command, db, tmp_path))
    assert code == 0, err
    assert digest(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.parametrize("command", sorted(READ_ONLY))
def test_a_read_only_command_refuses_a_missing_file_and_creates_none(tmp_path, capsys, command):
    missing = tmp_path / "nothing.sqlite"
    refused(capsys, argv(command, missing, tmp_path), "no such database file")
    assert not missing.exists()


@pytest.mark.parametrize("command", sorted(READ_ONLY))
def test_a_read_only_command_refuses_another_programs_file(tmp_path, capsys, command):
    other = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(other)
    refused(capsys, argv(command, other, tmp_path), "not a dispatcher database")
    assert digest(other) == before


@pytest.mark.parametrize("command", sorted(READ_ONLY))
def test_a_read_only_command_refuses_an_empty_file(tmp_path, capsys, command):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    refused(capsys, argv(command, empty, tmp_path), "not a dispatcher database", "empty")
    assert empty.stat().st_size == 0


def test_an_import_refuses_another_programs_file(tmp_path, capsys):
    other = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(other)
    refused(capsys, argv("import", other, tmp_path), "not a dispatcher database")
    assert digest(other) == before


def test_an_empty_file_is_filled_by_an_import_and_left_empty_by_a_refused_one(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    bad = write(tmp_path / "bad", drivers="id,name,citizenship,category\nD1,A,QQ,freight\n")
    refused(capsys, ["--db", str(empty), "import", "--drivers", str(bad["drivers"])],
            "citizenship")  # fmt: skip
    assert empty.stat().st_size == 0
    assert run(capsys, *argv("import", empty, tmp_path))[0] == 0
    with Store.open_readonly(empty) as store:
        assert store.driver_ids() == {"D5"}


def test_an_older_file_is_refused_for_reading_and_upgraded_by_an_import(tmp_path, capsys):
    old = tmp_path / "old.sqlite"
    old_database(1, old)
    before = digest(old)
    refused(capsys, argv("check", old, tmp_path), "older version",
            "open it in the window or import")  # fmt: skip
    assert digest(old) == before
    assert run(capsys, *argv("import", old, tmp_path))[0] == 0
    code, _, err = run(capsys, *argv("status", old, tmp_path)[:4], "status", "--driver", "D5")
    assert code == 0, err
    with Store.open_readonly(old) as store:
        assert schema.application_id(store.db) == schema.APPLICATION_ID


# ----- damaged files ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", sorted(EVERY))
def test_every_command_answers_a_file_cut_short_with_exit_2_and_the_way_to_a_backup(
    db, tmp_path, capsys, command
):
    db.write_bytes(db.read_bytes()[:-1])
    before = digest(db)
    refused(capsys, argv(command, db, tmp_path), "is damaged", "File → Restore backup…",
            str(tmp_path / "backups"))  # fmt: skip
    assert digest(db) == before


@pytest.mark.parametrize("command", ["check", "status", "what-if", "suggest", "export", "verify"])
def test_a_date_digit_overwritten_by_a_letter_is_named_by_every_reader(
    db, tmp_path, capsys, command
):
    overwrite(db, LEG_BYTES, b"T1RU2026-01-012026-0?-27")
    refused(capsys, argv(command, db, tmp_path), "is damaged", "table legs", "row 2",
            "column exit", "2026-0?-27")  # fmt: skip


def test_a_country_byte_overwritten_is_named(db, tmp_path, capsys):
    overwrite(db, LEG_BYTES, b"T1R\x002026-01-012026-03-27")
    refused(capsys, argv("check", db, tmp_path), "is damaged", "table legs", "column country")


def test_verify_is_0_on_a_whole_file_and_2_naming_the_trip_whose_digit_changed(
    db, tmp_path, capsys
):
    code, out, err = run(capsys, *argv("verify", db, tmp_path))
    assert code == 0 and "all well" in out, err
    overwrite(db, LEG_BYTES, b"T1RU2026-01-012026-03-29")  # still a date: only the log knows
    code, out, _ = run(capsys, *argv("check", db, tmp_path))
    assert code == 0  # SQLite and the row checks cannot see it; verify can
    err = refused(capsys, argv("verify", db, tmp_path), "trip T1 differs", "File → Restore backup…")
    assert "2026-03-29" in err and "2026-03-27" in err
    code, out, _ = run(capsys, *argv("verify", db, tmp_path), "--json")
    assert code == 2 and '"ok": false' in out


def test_a_damaged_index_page_gives_exit_2_not_an_internal_error(db, tmp_path, capsys):
    with Store.open_readonly(db) as store:
        root = store.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'legs_trip'"
        ).fetchone()[0]
        size = store.db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[(root - 1) * size] = 0x55  # the page's type byte: no b-tree page has it
    db.write_bytes(bytes(data))
    for command in ("check", "verify", "import"):
        refused(capsys, argv(command, db, tmp_path), "is damaged")


# ----- read-only, busy, full -----------------------------------------------------------------


def _make_read_only(*paths: Path) -> bool:
    """chmod, and for root (who writes through chmod) the immutable flag as well."""
    for path in paths:
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
    if os.geteuid() != 0:
        return True
    done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True)
    return done.returncode == 0


def _make_writable(*paths: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
    for path in paths:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def test_a_read_only_file_in_a_read_only_folder_is_read_and_refused_for_writing(
    db, tmp_path, capsys, monkeypatch
):
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "carrier.sqlite"
    shutil.copy(db, path)
    more = write(tmp_path / "more", drivers="id,name,citizenship,category\nD7,Ерлан,KZ,bus\n")
    before = digest(path)
    if not _make_read_only(path, folder):  # no immutable flag on this file system: make
        connect = Store._connect  # SQLite see the file as read-only through its own mode

        def read_only(self, timeout):
            self.readonly, conn = True, connect(self, timeout)
            self.readonly = False
            return conn

        monkeypatch.setattr(Store, "_connect", read_only)
    try:
        code, _, err = run(capsys, "--db", path, "--rules-dir", tmp_path / "rules", "check",
                             "--as-of", "2026-11-23")  # fmt: skip
        assert code == 0, err
        refused(capsys, ["--db", str(path), "import", "--drivers", str(more["drivers"])],
                "read-only")  # fmt: skip
        assert digest(path) == before
    finally:
        _make_writable(path, folder)


def test_a_busy_file_gives_exit_2_and_changes_nothing(db, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        refused(capsys, argv("import", db, tmp_path), "busy in another window or program")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open_readonly(db) as store:
        assert store.driver_ids() == {"D1", "D2"}


def test_a_full_disk_gives_exit_2_and_changes_nothing(db, tmp_path, capsys, monkeypatch):
    connect = Store._connect

    def no_room(self, timeout):
        conn = connect(self, timeout)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
        return conn

    monkeypatch.setattr(Store, "_connect", no_room)
    many = "id,name,citizenship,category\n" + "".join(
        f"N{n},{'Ж' * 150},KZ,freight\n" for n in range(2000)
    )
    files = write(tmp_path / "many", drivers=many)
    refused(capsys, ["--db", str(db), "import", "--drivers", str(files["drivers"])], "is full")
    monkeypatch.undo()
    with Store.open_readonly(db) as store:
        assert store.driver_ids() == {"D1", "D2"}


def test_a_bug_is_exit_3_with_no_traceback(db, tmp_path, capsys, monkeypatch):
    def broken(_args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(cli.COMMANDS, "check", broken)
    code, _, err = run(capsys, *argv("check", db, tmp_path))
    assert code == 3 and "internal error" in err and "Traceback" not in err

    def wrong_sql(_args):
        with Store(db) as store:
            store.db.execute("SELECT * FROM no_such_table")

    monkeypatch.setitem(cli.COMMANDS, "check", wrong_sql)
    code, _, err = run(capsys, *argv("check", db, tmp_path))
    assert code == 3 and "no_such_table" in err and "Traceback" not in err


def test_a_damaged_file_through_the_installed_command_prints_no_traceback(db, tmp_path):
    db.write_bytes(db.read_bytes()[:-1])
    for args in (
        ["check"],
        ["verify"],
        ["import", "--drivers", str(tmp_path / "in" / "drivers.csv")],
    ):
        done = subprocess.run([sys.executable, "-m", "dispatcher", "--db", str(db), *args],
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "is damaged" in done.stderr and "Traceback" not in done.stderr


# ----- imports into a new file ----------------------------------------------------------------


def test_a_refused_first_import_never_deletes_a_file_another_program_filled(
    tmp_path, capsys, monkeypatch
):
    path = tmp_path / "new.sqlite"
    real_check = cli.check_import

    def other_program_imports_meanwhile(store, *files):
        if not path.exists() or not Store.open_readonly(path).driver_ids():
            with Store(path) as other:  # another window or import fills the new file now
                other.save_driver(Driver("D9", "Ерлан", "KZ", "freight"))
        return real_check(store, *files)

    monkeypatch.setattr(cli, "check_import", other_program_imports_meanwhile)
    files = write(tmp_path / "bad", drivers="id,name,citizenship,category\nD1,A,QQ,freight\n")
    refused(capsys, ["--db", str(path), "import", "--drivers", str(files["drivers"])],
            "citizenship")  # fmt: skip
    monkeypatch.undo()
    with Store.open_readonly(path) as store:
        assert store.driver_ids() == {"D9"}


def test_a_first_import_checks_again_when_another_program_filled_the_file_after_the_check(
    tmp_path, capsys, monkeypatch
):
    """The first import is checked once against an empty file; if the file is no longer
    empty when it is written, what was checked may clash with what is there now."""
    from dispatcher.rules import Leg, Trip

    path = tmp_path / "new.sqlite"
    real_check = cli.check_import

    def other_program_fills_it_after_the_check(store, *files):
        checked = real_check(store, *files)
        with Store(path) as other:
            other.save_driver(Driver("D1", "Ерлан", "KZ", "freight"))
            other.save_trip(Trip("T9", "D1", (Leg("RU", date(2025, 3, 1), date(2025, 3, 20)),)))
        return checked

    monkeypatch.setattr(cli, "check_import", other_program_fills_it_after_the_check)
    files = write(
        tmp_path / "good",
        drivers="id,name,citizenship,category\nD1,Ерлан,KZ,freight\n",
        trips="trip_id,driver_id,country,entry,exit\nT1,D1,RU,2025-03-05,2025-03-10\n",
    )
    refused(capsys, ["--db", str(path), "import", "--drivers", str(files["drivers"]),
                     "--trips", str(files["trips"])], "T9")  # fmt: skip
    monkeypatch.undo()
    with Store.open_readonly(path) as store:
        assert [t.id for t in store.trips("D1")] == ["T9"]


IMPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from dispatcher.cli import main
    go = Path(sys.argv[1])
    while not go.exists():
        time.sleep(0.001)
    sys.exit(main(sys.argv[2:]))
    """
)


@pytest.mark.slow
def test_imports_into_a_new_file_at_once_all_land_and_a_refused_one_deletes_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    bad = write(tmp_path / "bad", drivers="id,name,citizenship,category\nB1,A,QQ,freight\n")
    for round_ in range(4):
        path, go = tmp_path / f"new-{round_}.sqlite", tmp_path / f"go-{round_}"
        goods = {}
        for n in range(3):
            who = f"G{round_}{n}"
            goods[who] = write(tmp_path / who, drivers=f"id,name,citizenship,category\n"
                               f"{who},Ерлан,KZ,freight\n")["drivers"]  # fmt: skip
        jobs = [(who, csv) for who, csv in goods.items()] + [("bad", bad["drivers"])] * 2
        children = [
            (who, subprocess.Popen(
                [sys.executable, "-c", IMPORT, str(go), "--db", str(path), "import",
                 "--drivers", str(csv)],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            for who, csv in jobs
        ]  # fmt: skip
        go.touch()
        for who, child in children:
            out, err = child.communicate(timeout=120)
            assert child.returncode == (2 if who == "bad" else 0), err
            assert "Traceback" not in err
            if who != "bad":
                assert "1 driver," in out
        with Store.open_readonly(path) as store:
            assert store.driver_ids() == set(goods)
            assert store.quick_check() == []


def test_an_import_leaves_everything_in_the_file_itself(db, tmp_path, capsys):
    window = Store(db)  # the window stays open: SQLite would keep the import in -wal
    try:
        assert run(capsys, *argv("import", db, tmp_path))[0] == 0
        alone = tmp_path / "alone" / "carrier.sqlite"
        alone.parent.mkdir()
        shutil.copy(db, alone)  # what a user copying the file takes
        with Store.open_readonly(alone) as copy:
            assert "D5" in copy.driver_ids()
    finally:
        window.close()
