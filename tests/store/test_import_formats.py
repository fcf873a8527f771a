"""Files as offices write them import to exactly the database the clean CSV gives.

The same small carrier is written as clean UTF-8 CSV, as Russian Excel's cp1251 ``;`` CSV with
Russian headers and dd.MM.yyyy dates, as a UTF-16 tab-separated "Unicode text" file, and as
.xlsx, .xls and .ods workbooks with numeric ids and date cells; each import is compared with
the clean one through an export.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from dispatcher.store import Store
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.transfer import ImportProblems, export_csv, import_files

from .workbook_files import write_ods, write_xls, write_xlsx

D = date.fromisoformat

CLEAN = {
    "drivers": [
        ["id", "name", "citizenship", "category"],
        ["1001", "Ерлан Сейткали", "KZ", "freight"],  # cp1251 has no Kazakh letters
        ["1002", "Иван Петров", "RU", "bus"],
        ["1003", "Ольга Ким", "UZ", "other"],
    ],
    "permits": [
        ["driver_id", "country", "kind", "valid_from", "valid_to"],
        ["1002", "KZ", "residence", "2025-01-01", "2027-12-31"],
        ["1003", "RU", "work", "2025-02-01", "2025-12-31"],
    ],
    "trips": [
        ["trip_id", "driver_id", "country", "entry", "exit", "note"],
        ["5001", "1001", "KZ", "2025-03-01", "2025-03-02", ""],
        ["5001", "1001", "RU", "2025-03-02", "2025-03-20", ""],
        ["5002", "1002", "BY", "2025-04-01", "2025-04-05", "груз: мебель, 2 места"],
        ["P1", "", "DE", "2025-05-01", "2025-05-03", ""],
    ],
}

# The same carrier the way a Russian office types it.
RUSSIAN_HEADERS = {
    "drivers": ["Код", "ФИО", "Гражданство", "Категория"],
    "permits": ["Водитель", "Страна", "Вид", "Действует с", "Действует по"],
    "trips": ["Рейс", "Водитель", "Страна", "Въезд", "Выезд", "Примечание"],
}
RUSSIAN_WORDS = {
    "KZ": "Казахстан",
    "RU": "Россия",
    "BY": "Беларусь",
    "DE": "Германия",
    "UZ": "Узбекистан",
    "freight": "Грузовые перевозки",
    "bus": "автобус",
    "other": "Прочее",
    "residence": "ВНЖ",
    "work": "Патент",
}


def dotted(text: str) -> str:
    return date.fromisoformat(text).strftime("%d.%m.%Y")


def russian(table: str) -> list[list[str]]:
    rows = [RUSSIAN_HEADERS[table]]
    for row in CLEAN[table][1:]:
        rows.append(
            [
                dotted(cell)
                if len(cell) == 10 and cell[4] == "-"
                else RUSSIAN_WORDS.get(cell, cell)
                for cell in row
            ]
        )
    return rows


def typed(table: str) -> list[list[object]]:
    """Rows as a spreadsheet holds them: numbers for numeric ids, date cells for dates."""
    rows: list[list[object]] = [list(CLEAN[table][0])]
    for row in CLEAN[table][1:]:
        cells: list[object] = []
        for cell in row:
            if cell.isdigit():
                cells.append(int(cell))
            elif len(cell) == 10 and cell[4] == "-":
                cells.append(date.fromisoformat(cell))
            else:
                cells.append(cell)
        rows.append(cells)
    return rows


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def exported(db: Path, out: Path) -> dict[str, str]:
    out.mkdir()
    with Store(db) as store:
        export_csv(store, out / "drivers.csv", out / "permits.csv", out / "trips.csv")
    return {p.name: p.read_text(encoding="utf-8-sig") for p in sorted(out.iterdir())}


@pytest.fixture
def clean_export(tmp_path) -> dict[str, str]:
    folder = tmp_path / "clean"
    folder.mkdir()
    files = {t: write_csv(folder / f"{t}.csv", CLEAN[t], "utf-8") for t in CLEAN}
    with Store(folder / "db.sqlite") as store:
        import_files(store, **files)
    result = exported(folder / "db.sqlite", tmp_path / "clean-out")
    assert '5002,1002,BY,2025-04-01,2025-04-05,"груз: мебель, 2 места"' in result["trips.csv"]
    return result


def import_into_new(tmp_path: Path, **files: Path) -> dict[str, str]:
    db = tmp_path / "other.sqlite"
    with Store(db) as store:
        import_files(store, **files)
    return exported(db, tmp_path / "other-out")


def test_russian_excel_csv_cp1251_semicolons_dotted_dates_russian_words(tmp_path, clean_export):
    files = {t: write_csv(tmp_path / f"{t}.csv", russian(t), "cp1251", ";") for t in CLEAN}
    with pytest.raises(UnicodeDecodeError):
        files["drivers"].read_bytes().decode("utf-8")
    assert import_into_new(tmp_path, **files) == clean_export


def test_utf16_unicode_text_with_tabs(tmp_path, clean_export):
    files = {t: write_csv(tmp_path / f"{t}.txt", CLEAN[t], "utf-16", "\t") for t in CLEAN}
    assert files["trips"].read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert import_into_new(tmp_path, **files) == clean_export


def test_utf8_with_a_bom_and_kazakh_headers(tmp_path, clean_export):
    kazakh = {
        "drivers": ["Коды", "Аты-жөні", "Азаматтығы", "Санаты"],
        "permits": ["Жүргізуші", "Ел", "Түрі", "Жарамды бастап", "Жарамды дейін"],
        "trips": ["Рейс", "Жүргізуші", "Ел", "Кіру", "Шығу", "Ескертпе"],
    }
    words = {"KZ": "Қазақстан", "RU": "Ресей", "freight": "Жүк тасымалы", "bus": "Автобус"}
    files = {}
    for t in CLEAN:
        rows = [kazakh[t]] + [[words.get(c, c) for c in row] for row in CLEAN[t][1:]]
        files[t] = write_csv(tmp_path / f"{t}.csv", rows, "utf-8-sig", ";")
    assert import_into_new(tmp_path, **files) == clean_export


@pytest.mark.parametrize("writer", [write_xlsx, write_xls, write_ods], ids=["xlsx", "xls", "ods"])
def test_a_workbook_with_numeric_ids_and_date_cells(tmp_path, clean_export, writer):
    suffix = {write_xlsx: "xlsx", write_xls: "xls", write_ods: "ods"}[writer]
    book = writer(tmp_path / f"carrier.{suffix}", {t: typed(t) for t in CLEAN})
    assert import_into_new(tmp_path, workbook=book) == clean_export


def test_one_table_per_workbook_wherever_a_csv_is_taken(tmp_path, clean_export):
    files = {t: write_xlsx(tmp_path / f"{t}.xlsx", {"Лист1": typed(t)}) for t in CLEAN}
    assert import_into_new(tmp_path, **files) == clean_export


def test_workbook_sheets_by_russian_and_kazakh_names(tmp_path, clean_export):
    names = {"drivers": "Водители", "permits": "Рұқсаттар", "trips": "Рейсы"}
    book = write_xlsx(tmp_path / "carrier.xlsx", {names[t]: russian(t) for t in CLEAN})
    assert import_into_new(tmp_path, workbook=book) == clean_export


def test_bad_cells_in_a_workbook_are_named_by_sheet_row_and_column(tmp_path):
    trips = typed("trips")
    trips[2][3] = "1/3/2025"  # ambiguous: refused
    trips[3][4] = "31.02.2025"  # not a real date
    trips[4][2] = "Атлантида"
    book = write_xlsx(tmp_path / "carrier.xlsx", {"drivers": typed("drivers"), "trips": trips})
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(ImportProblems) as err:
        import_files(store, workbook=book)
    where = [(p.path.name, p.sheet, p.line, p.field) for p in err.value.problems]
    assert where == [
        ("carrier.xlsx", "trips", 3, "entry"),
        ("carrier.xlsx", "trips", 4, "exit"),
        ("carrier.xlsx", "trips", 5, "country"),
    ]
    message = str(err.value)
    assert "carrier.xlsx, sheet 'trips', row 3, column 'entry'" in message
    assert "'Атлантида' is neither" in message and "not a real calendar date" in message


def test_a_workbook_without_a_known_sheet_is_refused(tmp_path):
    book = write_xlsx(tmp_path / "carrier.xlsx", {"Sheet1": typed("drivers")})
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(CsvProblem, match="no sheet"):
        import_files(store, workbook=book)


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    fake = tmp_path / "drivers.xlsx"
    fake.write_text("id,name\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(CsvProblem, match="workbook"):
        import_files(store, drivers=fake)


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("1/3/2025", "entry", "YYYY-MM-DD or dd.MM.yyyy"),
        ("2025-02-30", "entry", "not a real calendar date"),
        ("31.02.2025", "entry", "not a real calendar date"),
    ],
)
def test_dates_are_iso_or_dotted_and_real(tmp_path, text, field, words):
    trips = write_csv(
        tmp_path / "trips.csv",
        [CLEAN["trips"][0], ["P1", "", "RU", text, "2025-03-05", ""]],
        "utf-8",
    )
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(ImportProblems) as err:
        import_files(store, trips=trips)
    (problem,) = err.value.problems
    assert problem.field == field and words in str(problem)


def test_countries_and_categories_in_any_case_or_language(tmp_path):
    drivers = write_csv(
        tmp_path / "drivers.csv",
        [
            CLEAN["drivers"][0],
            ["1", "A", "kz", "грузовой"],
            ["2", "B", "Kazakhstan", "BUS"],
            ["3", "C", "казахстан", "басқа"],
            ["4", "D", "Ресей", "Жүк тасымалы"],
        ],
        "utf-8",
    )
    with Store(tmp_path / "db.sqlite") as store:
        import_files(store, drivers=drivers)
        assert [(d.citizenship, d.category) for d in store.drivers()] == [
            ("KZ", "freight"),
            ("KZ", "bus"),
            ("KZ", "other"),
            ("RU", "freight"),
        ]


def test_an_unknown_category_or_kind_names_the_cell(tmp_path):
    drivers = write_csv(
        tmp_path / "drivers.csv", [CLEAN["drivers"][0], ["1", "A", "KZ", "самосвал"]], "utf-8"
    )
    permits = write_csv(
        tmp_path / "permits.csv",
        [CLEAN["permits"][0], ["1", "RU", "справка", "2025-01-01", "2025-02-01"]],
        "utf-8",
    )
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(ImportProblems) as err:
        import_files(store, drivers=drivers, permits=permits)
    assert [(p.path.name, p.line, p.field) for p in err.value.problems] == [
        ("drivers.csv", 2, "category"),
        ("permits.csv", 2, "kind"),
    ]


def test_a_file_without_a_note_column_keeps_the_notes_already_written(tmp_path):
    with_note = write_csv(tmp_path / "a.csv", CLEAN["trips"], "utf-8")
    without = write_csv(tmp_path / "b.csv", [row[:5] for row in CLEAN["trips"]], "utf-8")
    with Store(tmp_path / "db.sqlite") as store:
        import_files(store, drivers=write_csv(tmp_path / "d.csv", CLEAN["drivers"], "utf-8"))
        import_files(store, trips=with_note)
        import_files(store, trips=without)
        assert store.trip("5002").note == "груз: мебель, 2 места"


def test_legs_of_one_trip_with_different_notes_are_refused(tmp_path):
    trips = write_csv(
        tmp_path / "trips.csv",
        [
            CLEAN["trips"][0],
            ["P1", "", "RU", "2025-03-01", "2025-03-05", "one"],
            ["P1", "", "BY", "2025-03-05", "2025-03-07", "two"],
        ],
        "utf-8",
    )
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(ImportProblems) as err:
        import_files(store, trips=trips)
    ((line, field),) = [(p.line, p.field) for p in err.value.problems]
    assert (line, field) == (3, "note")


def test_csv_export_starts_with_a_bom_so_excel_reads_utf8(tmp_path):
    with Store(tmp_path / "db.sqlite") as store:
        export_csv(store, drivers=tmp_path / "drivers.csv")
    assert (tmp_path / "drivers.csv").read_bytes().startswith(b"\xef\xbb\xbfid,name")


def test_dates_read_from_files_and_the_cli_stay_iso_only():
    from dispatcher.store.validate import parse_date, parse_file_date

    assert parse_file_date("01.03.2025") == D("2025-03-01")
    with pytest.raises(ValueError):
        parse_date("01.03.2025")


def test_cp1251_letters_that_happen_to_be_valid_utf8_still_read_as_cp1251(tmp_path):
    # "ПЁ" in cp1251 is CF A8, a well-formed UTF-8 letter; the rest of the file is not.
    drivers = write_csv(
        tmp_path / "drivers.csv",
        [["Код", "ФИО", "Гражданство", "Категория"], ["1", "ПЁТР Семёнов", "Россия", "Прочее"]],
        "cp1251",
        ";",
    )
    with Store(tmp_path / "db.sqlite") as store:
        import_files(store, drivers=drivers)
        assert store.driver("1").name == "ПЁТР Семёнов"


def test_kazakh_letters_lost_to_cp1251_are_refused_not_imported_as_question_marks(tmp_path):
    # What Russian Excel writes for "Ерлан Сейтқали" when saving as CSV (cp1251).
    drivers = write_csv(
        tmp_path / "drivers.csv",
        [["Код", "ФИО", "Гражданство", "Категория"], ["1", "Ерлан Сейт?али", "KZ", "bus"]],
        "cp1251",
        ";",
    )
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(CsvProblem) as err:
        import_files(store, drivers=drivers)
    assert (err.value.line, err.value.field) == (2, "name") and "UTF-8" in str(err.value)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_word_an_export_writes_is_read_back(lang):
    """Sheets, headers, categories and permit kinds of an export in Russian or Kazakh are
    words the import knows, so an exported workbook always imports back."""
    from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS
    from dispatcher.store import headers

    for table in headers.TABLES:
        assert headers.sheet_table(headers.shown_sheet(table, lang)) == table
        for column in headers.columns(table):
            assert headers.column(table, headers.shown_column(table, column, lang)) == column
    assert [headers.category(headers.shown_category(c, lang)) for c in CATEGORIES] == list(
        CATEGORIES
    )
    assert [headers.permit_kind(headers.shown_kind(k, lang)) for k in PERMIT_KINDS] == list(
        PERMIT_KINDS
    )
