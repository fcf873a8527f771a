"""Workbooks in and out on the command line: import --workbook, .xlsx wherever a CSV is
taken, export --xlsx with findings, the import template, notes surviving round trips."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from dispatcher.store import Store, history
from tests.cli.runner import run

from ..store.workbook_files import write_xlsx

DRIVERS = "id,name,citizenship,category\nD1,Бекзод Рахимов,UZ,freight\nD2,=Иван,RU,bus\n"
PERMITS = "driver_id,country,kind,valid_from,valid_to\nD1,PL,visa,2026-01-01,2026-12-31\n"
TRIPS = (
    "trip_id,driver_id,country,entry,exit,note\n"
    'T1,D1,KZ,2026-01-01,2026-01-01,"груз: мебель\nзвонить заранее"\n'
    'T1,D1,RU,2026-01-01,2026-04-15,"груз: мебель\nзвонить заранее"\n'
    "T2,D2,BY,2026-02-01,2026-02-05,\n"
    "P1,,DE,2026-05-01,2026-05-09,ждёт водителя\n"
)


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    files = {}
    for name, text in (("drivers", DRIVERS), ("permits", PERMITS), ("trips", TRIPS)):
        files[name] = tmp_path / f"{name}.csv"
        files[name].write_text(text, encoding="utf-8")
    path = tmp_path / "carrier.sqlite"
    code, _, err = run(
        capsys, "--db", path, "import", "--drivers", files["drivers"],
        "--permits", files["permits"], "--trips", files["trips"],
    )  # fmt: skip
    assert code == 0, err
    return path


def state(db: Path) -> dict:
    with Store(db) as store:
        return history.current_state(store.db)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_export_xlsx_then_import_workbook_leaves_the_database_unchanged(db, tmp_path, capsys, lang):
    book = tmp_path / "carrier.xlsx"
    exported = run(capsys, "--lang", lang, "--db", db, "export", "--xlsx", book,
                   "--as-of", "2026-06-01")  # fmt: skip
    assert exported[0] == 0, exported[2]
    before = state(db)
    code, _, err = run(capsys, "--db", db, "import", "--workbook", book)
    assert code == 0, err
    assert state(db) == before
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", copy, "import", "--workbook", book)[0] == 0
    assert state(copy) == before
    with Store(copy) as store:
        assert store.trip("T1").note == "груз: мебель\nзвонить заранее"
        assert store.driver("D2").name == "=Иван"


def test_csv_export_then_import_keeps_notes(db, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(capsys, "--db", db, "export", "--dir", out)[0] == 0
    copy = tmp_path / "copy.sqlite"
    code, _, err = run(
        capsys, "--db", copy, "import", "--drivers", out / "drivers.csv",
        "--permits", out / "permits.csv", "--trips", out / "trips.csv",
    )  # fmt: skip
    assert code == 0, err
    assert state(copy) == state(db)
    with Store(copy) as store:
        assert store.unassigned_trips()[0].note == "ждёт водителя"


def test_the_workbook_has_real_dates_a_frozen_header_and_the_findings(db, tmp_path, capsys):
    book = tmp_path / "carrier.xlsx"
    assert run(capsys, "--db", db, "export", "--xlsx", book, "--as-of", "2026-06-01")[0] == 0
    opened = CalamineWorkbook.from_path(str(book))
    assert opened.sheet_names == ["drivers", "permits", "trips", "findings"]
    trips = opened.get_sheet_by_name("trips").to_python()
    assert trips[0] == ["trip_id", "driver_id", "country", "entry", "exit", "note"]
    assert ["T1", "D1", "RU", date(2026, 1, 1), date(2026, 4, 15)] in [r[:5] for r in trips]
    findings = opened.get_sheet_by_name("findings").to_python()
    assert findings[0][:6] == ["level", "driver", "name", "rule", "trip", "first day over"]
    # D1 spent 105 days in Russia in 2026: over the year's 90.
    assert any(row[1] == "D1" and row[0] == "exceeded" for row in findings[1:])
    assert all(row[-1] == date(2026, 6, 1) for row in findings[1:])
    import zipfile

    with zipfile.ZipFile(book) as z:
        sheet = z.read("xl/worksheets/sheet3.xml").decode()
    assert 'state="frozen"' in sheet and "<col " in sheet


def test_a_template_has_drop_down_lists_and_imports_as_nothing(db, tmp_path, capsys):
    template = tmp_path / "template.xlsx"
    assert run(capsys, "--db", db, "export", "--template", template)[0] == 0
    import zipfile

    with zipfile.ZipFile(template) as z:
        drivers = z.read("xl/worksheets/sheet1.xml").decode()
        permits = z.read("xl/worksheets/sheet2.xml").decode()
    assert '<dataValidation type="list"' in drivers and "freight,bus,other" in drivers
    assert "lists!$A$1" in drivers and "transport_notice" in permits
    before = state(db)
    assert run(capsys, "--db", db, "import", "--workbook", template)[0] == 0
    assert state(db) == before


def test_xlsx_wherever_a_csv_is_taken(db, tmp_path, capsys):
    drivers = write_xlsx(tmp_path / "drivers.xlsx", {"Лист1": [
        ["Код", "ФИО", "Гражданство", "Категория"], [1001, "Ұлан Ахметов", "Қазақстан", "автобус"],
    ]})  # fmt: skip
    trips = write_xlsx(tmp_path / "trips.xlsx", {"Рейсы": [
        ["Рейс", "Водитель", "Страна", "Въезд", "Выезд"],
        [77, 1001, "kz", date(2026, 7, 1), "05.07.2026"],
    ]})  # fmt: skip
    code, _, err = run(capsys, "--db", db, "import", "--drivers", drivers, "--trips", trips)
    assert code == 0, err
    with Store(db) as store:
        assert store.driver("1001").citizenship == "KZ"
        assert store.trip("77").legs[0].exit == date(2026, 7, 5)


def test_a_bad_cell_in_a_workbook_exits_2_naming_sheet_row_and_column(db, tmp_path, capsys):
    book = write_xlsx(tmp_path / "carrier.xlsx", {"trips": [
        ["trip_id", "driver_id", "country", "entry", "exit"],
        ["T9", "D1", "RU", "2026-08-01", "2026-08-03"],
        ["T9", "D1", "RU", "1/8/2026", "2026-08-05"],
    ]})  # fmt: skip
    before = state(db)
    code, _, err = run(capsys, "--db", db, "import", "--workbook", book)
    assert code == 2
    assert "carrier.xlsx, sheet 'trips', row 3, column 'entry'" in err
    assert state(db) == before


def test_a_table_given_twice_is_refused(db, tmp_path, capsys):
    book = write_xlsx(tmp_path / "carrier.xlsx", {"drivers": [
        ["id", "name", "citizenship", "category"], ["D9", "A", "KZ", "bus"],
    ]})  # fmt: skip
    other = tmp_path / "d.csv"
    other.write_text(DRIVERS, encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", "--workbook", book, "--drivers", other)
    assert code == 2 and "drivers" in err


@pytest.mark.parametrize(
    ("lang", "sheets", "first_headers", "category"),
    [
        ("ru", ["Водители", "Документы", "Рейсы"], ["Код", "ФИО", "Гражданство", "Категория"],
         "грузовые перевозки"),
        ("kk", ["Жүргізушілер", "Құжаттар", "Рейстер"], ["Коды", "Аты-жөні", "Азаматтығы",
         "Санаты"], "жүк тасымалы"),
    ],
)  # fmt: skip
def test_the_workbook_speaks_the_readers_language(db, tmp_path, capsys, lang, sheets,
                                                  first_headers, category):  # fmt: skip
    book = tmp_path / "carrier.xlsx"
    assert run(capsys, "--lang", lang, "--db", db, "export", "--xlsx", book)[0] == 0
    workbook = CalamineWorkbook.from_path(str(book))
    assert workbook.sheet_names[:3] == sheets
    rows = workbook.get_sheet_by_name(sheets[0]).to_python()
    assert rows[0] == first_headers
    assert category in {row[3] for row in rows[1:]}
