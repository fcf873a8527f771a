"""Backups are the way back from a damaged file: a damaged file never pushes a good copy out."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dispatcher.cli import main
from dispatcher.demo import load_demo
from dispatcher.store import Store, backup, errors, history
from dispatcher.store.transfer import import_csv

NOW = datetime(2026, 11, 23, 12, 0, 0)


def damage_an_index(path: Path) -> None:
    """Overwrite the type byte of an index's page: the kind of damage quick_check finds."""
    with Store.open_readonly(path) as store:
        root = store.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'legs_trip'"
        ).fetchone()[0]
        size = store.db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * size] = 0x55
    path.write_bytes(bytes(data))


@pytest.fixture
def carrier(tmp_path) -> Path:
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        load_demo(store)
    return path


def fake_backups(db: Path, ages: list[timedelta], good: Path | None) -> list[Path]:
    """Backups named as taken ``age`` before NOW: copies of ``good`` or, for None, garbage."""
    folder = backup.backup_dir(db)
    folder.mkdir(exist_ok=True)
    made = []
    for n, age in enumerate(ages):
        stamp = (NOW - age).strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{db.stem}-{stamp}-test.sqlite"
        if good is None:
            target.write_bytes(b"SQLite format 3\x00" + bytes(4096 * 2 - 16) + bytes([n]))
        else:
            shutil.copyfile(good, target)
        made.append(target)
    return made


def test_imports_retried_on_a_damaged_file_keep_every_good_backup(carrier, tmp_path, capsys):
    for _ in range(backup.KEEP):
        backup.take_backup(carrier, "daily")
    good = {b.path for b in backup.list_backups(carrier)}
    damage_an_index(carrier)
    trips = tmp_path / "trips.csv"
    trips.write_text("trip_id,driver_id,country,entry,exit\nT0001,D001,PL,2027-05-01,"
                     "2027-05-03\n", encoding="utf-8")  # fmt: skip
    for _ in range(backup.KEEP + 1):
        with pytest.raises(errors.FileDamaged, match="no backup was taken"):
            backup.take_backup(carrier, "before-import")
        with Store(carrier) as store, pytest.raises(errors.FileDamaged, match="is damaged"):
            import_csv(store, trips=trips)
        code = main(["--db", str(carrier), "import", "--trips", str(trips)])
        assert code == 2 and "is damaged" in capsys.readouterr().err
    assert {b.path for b in backup.list_backups(carrier)} == good
    assert all(backup.passes_check(p) for p in good)


def test_the_newest_copies_and_one_per_week_for_three_months_are_kept(carrier):
    recent = [timedelta(hours=h) for h in range(30)]  # thirty copies in a day and a half
    weekly = [timedelta(days=d) for d in range(3, 200, 3)]  # one every three days, half a year
    made = fake_backups(carrier, recent + weekly, carrier)
    backup.prune(carrier, now=NOW)
    kept = {b.path for b in backup.list_backups(carrier)}
    assert set(made[:20]) <= kept  # the newest twenty
    by_week: dict[int, Path] = {}
    for path, age in zip(made, recent + weekly, strict=True):
        by_week.setdefault(age.days // 7, path)  # the newest of each week
    assert {by_week[w] for w in range(backup.WEEKS)} <= kept
    assert kept == set(made[:20]) | {by_week[w] for w in range(backup.WEEKS)}
    oldest_kept = min(b.taken_at for b in backup.list_backups(carrier))
    assert NOW - oldest_kept < timedelta(weeks=backup.WEEKS)


def test_the_newest_good_copy_is_never_pruned_however_old(carrier):
    (old_good,) = fake_backups(carrier, [timedelta(days=300)], carrier)
    fake_backups(carrier, [timedelta(minutes=m) for m in range(30)], None)  # all damaged
    backup.prune(carrier, now=NOW)
    kept = [b.path for b in backup.list_backups(carrier)]
    assert old_good in kept and len(kept) == backup.KEEP + 1
    assert backup.newest_good(carrier).path == old_good


def test_a_damaged_file_is_restored_from_a_backup_and_kept_aside(carrier):
    with Store(carrier) as store:
        before = history.current_state(store.db)
    taken = backup.take_backup(carrier, "daily")
    damage_an_index(carrier)
    aside = backup.restore_backup(carrier, taken)
    assert aside.name.endswith("-damaged.sqlite-damaged") and aside.exists()
    assert backup.passes_check(carrier)
    with Store.open_readonly(carrier) as store:
        assert history.current_state(store.db) == before
    assert aside not in [b.path for b in backup.list_backups(carrier)]


def test_a_damaged_backup_is_not_restored(carrier):
    with Store(carrier) as store:
        before = history.current_state(store.db)
    (bad,) = fake_backups(carrier, [timedelta(hours=1)], None)
    with pytest.raises(errors.FileDamaged, match="fails the check"):
        backup.restore_backup(carrier, bad)
    with Store.open_readonly(carrier) as store:
        assert history.current_state(store.db) == before
