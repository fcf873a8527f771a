"""A file is read through by quick_check once after each change, and damage is still found."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from dispatcher.cli import main
from dispatcher.demo import load_demo
from dispatcher.store import Store, checked, errors
from tests.store.test_backups import damage_an_index


def settled(path: Path) -> Path:
    """The file as it is some minutes after its last write (a fresh write is never trusted)."""
    old = time.time() - 600
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            os.utime(part, (old, old))
    return path


@pytest.fixture
def carrier(tmp_path) -> Path:
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        load_demo(store)
    return settled(path)


@pytest.fixture
def pages_read(monkeypatch) -> list[Path]:
    """Every quick_check that ran, by file."""
    ran: list[Path] = []
    real = Store.quick_check

    def counted(store: Store) -> list[str]:
        ran.append(store.path)
        return real(store)

    monkeypatch.setattr(Store, "quick_check", counted)
    return ran


def test_an_unchanged_file_is_read_through_once(carrier, pages_read):
    for _ in range(3):
        with Store.open_readonly(carrier) as store:
            store.refuse_damaged()
    assert len(pages_read) == 1


def test_a_file_damaged_after_it_passed_is_refused(carrier, pages_read, capsys):
    assert main(["--db", str(carrier), "status", "--driver", "D001"]) == 0
    damage_an_index(carrier)
    assert main(["--db", str(carrier), "status", "--driver", "D001"]) == 2
    assert "damaged" in capsys.readouterr().err
    assert len(pages_read) == 2


def test_a_file_written_since_it_passed_is_checked_again(carrier, pages_read):
    with Store.open_readonly(carrier) as store:
        store.refuse_damaged()
    with Store(carrier) as store:
        store.save_driver(store.driver("D001"))
    settled(carrier)
    with Store.open_readonly(carrier) as store:
        store.refuse_damaged()
    assert len(pages_read) == 2


def test_a_file_written_moments_ago_is_checked_every_time(tmp_path, pages_read):
    path = tmp_path / "fresh.sqlite"
    with Store(path) as store:
        load_demo(store)
    for _ in range(2):
        with Store.open_readonly(path) as store:
            store.refuse_damaged()
    assert len(pages_read) == 2


def test_a_list_that_cannot_be_read_means_check_again(carrier, pages_read):
    with Store.open_readonly(carrier) as store:
        store.refuse_damaged()
    listed = checked._list_path()
    assert listed.exists()
    listed.write_bytes(b"\x00not json")
    with Store.open_readonly(carrier) as store:
        store.refuse_damaged()
    assert len(pages_read) == 2


def test_a_copy_put_in_the_file_s_place_is_checked(carrier, tmp_path, pages_read):
    """Another file under the same name (a restored or copied file) is a new file."""
    with Store.open_readonly(carrier) as store:
        store.refuse_damaged()
    other = tmp_path / "other.sqlite"
    other.write_bytes(carrier.read_bytes())
    damage_an_index(other)
    stamp = carrier.stat()
    os.utime(other, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    other.replace(carrier)
    with Store.open_readonly(carrier) as store, pytest.raises(errors.FileDamaged):
        store.refuse_damaged()
    assert len(pages_read) == 2
