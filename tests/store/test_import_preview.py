"""The import preview: added, changed (old and new) and refused rows, and nothing written."""

from __future__ import annotations

import pytest

from dispatcher.store import Store, history
from dispatcher.store.preview import preview_import
from dispatcher.store.transfer import import_files

DRIVERS = "id,name,citizenship,category\n"
PERMITS = "driver_id,country,kind,valid_from,valid_to\n"
TRIPS = "trip_id,driver_id,country,entry,exit,note\n"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "carrier.sqlite") as opened:
        first = tmp_path / "first"
        first.mkdir()
        (first / "d.csv").write_text(DRIVERS + "D1,Ерлан,KZ,freight\nD2,Иван,RU,bus\n")
        (first / "p.csv").write_text(PERMITS + "D1,RU,work,2026-01-01,2026-06-30\n")
        (first / "t.csv").write_text(TRIPS + "T1,D1,RU,2026-01-01,2026-01-10,\n")
        import_files(opened, first / "d.csv", first / "p.csv", first / "t.csv")
        yield opened


def test_added_changed_unchanged_and_refused_rows_without_writing(store, tmp_path):
    (tmp_path / "d.csv").write_text(
        DRIVERS + "D1,Ерлан,KZ,freight\nD2,Иван Петров,RU,bus\nD3,Ольга,UZ,other\nD4,X,ZZ,bus\n"
    )
    (tmp_path / "p.csv").write_text(PERMITS + "D1,RU,work,2026-01-01,2026-12-31\n")
    (tmp_path / "t.csv").write_text(
        TRIPS + "T1,D1,RU,2026-01-01,2026-01-12,позвонить\nT2,D3,BY,2026-02-01,2026-02-03,\n"
    )
    before = history.current_state(store.db)
    preview = preview_import(store, tmp_path / "d.csv", tmp_path / "p.csv", tmp_path / "t.csv")
    assert history.current_state(store.db) == before

    assert [(r.table, r.key) for r in preview.added] == [("drivers", "D3"), ("trips", "T2")]
    changed = {(r.table, r.key): r for r in preview.changed}
    assert set(changed) == {
        ("drivers", "D2"),
        ("permits", "D1 RU work 2026-01-01"),
        ("trips", "T1"),
    }
    d2 = changed["drivers", "D2"]
    assert (d2.old["name"], d2.new["name"], d2.changed_fields) == ("Иван", "Иван Петров", ("name",))
    t1 = changed["trips", "T1"]
    assert t1.changed_fields == ("legs", "note")
    assert t1.old["legs"] == "RU 2026-01-01 – 2026-01-10"
    assert t1.new["legs"] == "RU 2026-01-01 – 2026-01-12" and t1.new["note"] == "позвонить"
    assert changed["permits", "D1 RU work 2026-01-01"].new == {"valid_to": "2026-12-31"}
    assert preview.unchanged == 1  # D1 is the same
    ((name, line, column),) = [(p.path.name, p.line, p.field) for p in preview.refused]
    assert (name, line, column) == ("d.csv", 5, "citizenship")
    assert not preview.can_import


def test_a_file_that_cannot_be_read_is_one_refusal(store, tmp_path):
    (tmp_path / "t.csv").write_text("trip_id,trip_id\n")
    preview = preview_import(store, trips=tmp_path / "t.csv")
    assert [p.field for p in preview.refused] == ["trip_id"]
    assert not preview.added and not preview.changed


def test_a_clean_file_can_be_imported(store, tmp_path):
    (tmp_path / "d.csv").write_text(DRIVERS + "D5,Ұлан,KZ,bus\n")
    preview = preview_import(store, drivers=tmp_path / "d.csv")
    assert preview.can_import and [r.key for r in preview.added] == ["D5"]
