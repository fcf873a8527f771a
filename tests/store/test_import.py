"""Importing the carrier's CSV files: upserts by id, every problem named, all or nothing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from dispatcher.rules import Leg, Permit
from dispatcher.store import Store
from dispatcher.store.csvfiles import CsvProblem, read_file
from dispatcher.store.transfer import MAX_PROBLEMS, ImportProblems, export_csv, import_csv

D = date.fromisoformat
DRIVERS = "id,name,citizenship,category\n"
PERMITS = "driver_id,country,kind,valid_from,valid_to\n"
TRIPS = "trip_id,driver_id,country,entry,exit\n"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "carrier.sqlite") as opened:
        yield opened


def csv_file(tmp_path, name: str, text: str):
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_drivers_permits_and_trips_of_one_import_may_refer_to_each_other(store, tmp_path):
    summary = import_csv(
        store,
        csv_file(tmp_path, "drivers", DRIVERS + "D1,Айгүл Нұрланқызы,kz,Freight\n"),
        csv_file(tmp_path, "permits", PERMITS + "D1,ru,Work,2026-01-01,2026-12-31\n"),
        csv_file(
            tmp_path,
            "trips",
            TRIPS + "T1,D1,kz,2026-01-01,2026-01-02\nT1,D1,RU,2026-01-02,2026-01-20\n",
        ),
    )
    assert (summary.drivers, summary.permits, summary.trips, summary.legs) == (1, 1, 1, 2)
    (driver,) = store.drivers()
    # Codes and words are read in any case and stored in one spelling.
    assert (driver.citizenship, driver.category) == ("KZ", "freight")
    assert driver.permits == (Permit("RU", "work", D("2026-01-01"), D("2026-12-31")),)
    assert store.trip("T1").legs == (
        Leg("KZ", D("2026-01-01"), D("2026-01-02")),
        Leg("RU", D("2026-01-02"), D("2026-01-20")),
    )


def test_a_second_import_updates_by_id_and_keeps_what_it_does_not_name(store, tmp_path):
    import_csv(
        store,
        csv_file(tmp_path, "drivers", DRIVERS + "D1,A,UZ,freight\nD2,B,UZ,bus\n"),
        csv_file(tmp_path, "permits", PERMITS + "D1,RU,work,2026-01-01,2026-06-30\n"),
        csv_file(tmp_path, "trips", TRIPS + "T1,D1,RU,2026-01-01,2026-01-10\n"),
    )
    again = tmp_path / "again"
    again.mkdir()
    import_csv(
        store,
        csv_file(again, "drivers", DRIVERS + "D1,A renamed,UZ,other\n"),
        # The same permit (driver, country, kind, start) with a later end: it is extended.
        csv_file(again, "permits", PERMITS + "D1,RU,work,2026-01-01,2026-12-31\n"),
    )
    d1 = store.driver("D1")
    assert (d1.name, d1.category) == ("A renamed", "other")
    assert d1.permits == (Permit("RU", "work", D("2026-01-01"), D("2026-12-31")),)
    assert store.driver("D2") is not None and store.trip("T1") is not None


def test_every_problem_of_every_file_is_listed_and_nothing_is_written(store, tmp_path):
    drivers = csv_file(tmp_path, "drivers", DRIVERS + "D1,A,UZ,freight\nD2,B,UZ,lorry\n")
    trips = csv_file(
        tmp_path,
        "trips",
        TRIPS + "T1,D1,RU,2026-01-01,2026-01-10\nT2,D1,XX,2026-02-01,2026-02-30\n",
    )
    with pytest.raises(ImportProblems) as err:
        import_csv(store, drivers, None, trips)
    where = {(p.path.name, p.line, p.field) for p in err.value.problems}
    assert where == {
        ("drivers.csv", 3, "category"),
        ("trips.csv", 3, "country"),
        ("trips.csv", 3, "exit"),
    }
    assert store.counts() == {"drivers": 0, "permits": 0, "trips": 0, "legs": 0}


def test_a_trip_of_a_driver_whose_row_is_bad_is_not_blamed_for_it(store, tmp_path):
    drivers = csv_file(tmp_path, "drivers", DRIVERS + "D1,A,ZZ,freight\n")
    trips = csv_file(tmp_path, "trips", TRIPS + "T1,D1,RU,2026-01-01,2026-01-10\n")
    with pytest.raises(ImportProblems) as err:
        import_csv(store, drivers, None, trips)
    assert [(p.path.name, p.field) for p in err.value.problems] == [("drivers.csv", "citizenship")]


def test_a_long_list_of_problems_is_cut_short(store, tmp_path):
    rows = "".join(f"T{n},,RU,2026-01-01,2025-01-01\n" for n in range(MAX_PROBLEMS + 5))
    with pytest.raises(ImportProblems) as err:
        import_csv(store, None, None, csv_file(tmp_path, "trips", TRIPS + rows))
    message = str(err.value)
    assert len(message.splitlines()) == MAX_PROBLEMS + 1
    assert message.endswith("and 5 more problem(s)")  # the source text, before any catalog


def test_a_trip_overlapping_one_in_the_database_names_both(store, tmp_path):
    import_csv(
        store,
        csv_file(tmp_path, "drivers", DRIVERS + "D1,A,UZ,freight\n"),
        None,
        csv_file(tmp_path, "trips", TRIPS + "T1,D1,RU,2026-01-01,2026-01-10\n"),
    )
    later = tmp_path / "later"
    later.mkdir()
    with pytest.raises(ImportProblems) as err:
        import_csv(
            store, None, None, csv_file(later, "trips", TRIPS + "T2,D1,BY,2026-01-09,2026-01-12\n")
        )
    (problem,) = err.value.problems
    assert (problem.line, problem.field) == (2, "entry")
    assert "'T2'" in str(problem) and "'T1'" in str(problem) and "in the database" in str(problem)
    # Re-importing T1 itself with new dates replaces it rather than clashing with its old self.
    import_csv(
        store, None, None, csv_file(later, "trips", TRIPS + "T1,D1,RU,2026-01-05,2026-01-12\n")
    )
    assert store.trip("T1").legs == (Leg("RU", D("2026-01-05"), D("2026-01-12")),)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "is empty"),
        ("id,name,citizenship\nD1,A,UZ\n", "field 'category'"),
        (DRIVERS + "D1,A\n", "line 2"),
    ],
)
def test_a_file_that_is_not_the_expected_table_is_refused(store, tmp_path, text, words):
    with pytest.raises((CsvProblem, ImportProblems)) as err:
        import_csv(store, csv_file(tmp_path, "drivers", text))
    assert "drivers.csv" in str(err.value) and words in str(err.value)
    assert store.counts()["drivers"] == 0


def test_extra_columns_are_ignored_and_an_export_imports_back_the_same(store, tmp_path):
    import_csv(
        store,
        csv_file(
            tmp_path, "drivers", "phone,id,name,citizenship,category\n+7 701,D1,=Ерлан,KZ,bus\n"
        ),
        None,
        csv_file(
            tmp_path,
            "trips",
            TRIPS + "T1,D1,KZ,2026-01-01,2026-01-10\nP1,,RU,2026-02-01,2026-02-03\n",
        ),
    )
    assert store.driver("D1").name == "=Ерлан"
    out = tmp_path / "out"
    out.mkdir()
    export_csv(store, out / "drivers.csv", out / "permits.csv", out / "trips.csv")
    with Store(tmp_path / "copy.sqlite") as copy:
        import_csv(copy, out / "drivers.csv", out / "permits.csv", out / "trips.csv")
        assert copy.drivers() == store.drivers()
        assert copy.trips() == store.trips()
        assert copy.unassigned_trips() == store.unassigned_trips()


# Hostile files: each of these was once accepted with a silently wrong result.


def test_a_stray_quote_that_swallows_rows_is_refused_at_the_line_it_opened(store, tmp_path):
    trips = csv_file(
        tmp_path,
        "trips",
        TRIPS
        + "X1,,RU,2026-01-01,2026-01-02\n"
        + '"Y1,,RU,2026-02-01,2026-02-05\n'
        + "Y2,,BY,2026-03-01,2026-03-05\n"
        + 'Y3",,KZ,2026-04-01,2026-04-05\n',
    )
    with pytest.raises(CsvProblem) as err:
        import_csv(store, None, None, trips)
    assert (err.value.line, err.value.field) == (3, "trip_id")
    assert "line break" in str(err.value) and "trips.csv, line 3" in str(err.value)
    assert store.counts()["trips"] == 0


def test_a_control_character_in_a_code_is_refused(store, tmp_path):
    drivers = csv_file(tmp_path, "drivers", DRIVERS + "D1,A,K\x01Z,freight\n")
    with pytest.raises(CsvProblem, match="control character") as err:
        import_csv(store, drivers)
    assert (err.value.line, err.value.field) == (2, "citizenship")


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("trip_id,driver_id,country,entry,exit,exit\n", "exit"),
        ("trip_id,driver_id,country,entry,Выезд,exit\n", "exit"),
    ],
)
def test_a_column_in_the_header_twice_is_refused_by_name(store, tmp_path, header, column):
    trips = csv_file(tmp_path, "trips", header + "T1,,RU,2026-01-01,2026-01-05,2026-01-09\n")
    with pytest.raises(CsvProblem) as err:
        import_csv(store, None, None, trips)
    assert (err.value.line, err.value.field) == (1, column) and "twice" in str(err.value)


def test_a_duplicated_name_column_is_refused(store, tmp_path):
    drivers = csv_file(tmp_path, "drivers", "id,name,citizenship,category,name\nD1,A,KZ,bus,B\n")
    with pytest.raises(CsvProblem, match="field 'name'"):
        import_csv(store, drivers)


def test_a_nul_byte_after_the_first_64_kb_is_refused(store, tmp_path):
    rows = "".join(f"P{n},,RU,2026-01-01,2026-01-02\n" for n in range(3000))
    raw = (TRIPS + rows).encode() + b"P9\x00,,RU,2026-01-01,2026-01-02\n"
    assert raw.index(b"\x00") > 65536
    trips = tmp_path / "trips.csv"
    trips.write_bytes(raw)
    with pytest.raises(CsvProblem, match="NUL") as err:
        import_csv(store, None, None, trips)
    assert err.value.line == 3002
    assert store.counts()["trips"] == 0


def test_a_pipe_is_refused_at_once_without_waiting_for_a_writer(store, tmp_path):
    fifo = tmp_path / "trips.csv"
    os.mkfifo(fifo)
    with pytest.raises(CsvProblem, match="not a regular file"):
        import_csv(store, None, None, fifo)


def test_a_device_is_refused_instead_of_read_until_memory_runs_out(store):
    with pytest.raises(CsvProblem, match="not a regular file"):
        import_csv(store, Path("/dev/zero"))


def test_the_size_is_bounded_while_reading_not_only_by_stat(tmp_path):
    path = tmp_path / "drivers.csv"
    path.write_bytes(b"x" * 100)
    assert len(read_file(path, limit=100)) == 100
    # A file whose size on disk says nothing (0 bytes, like every /proc file) is still cut
    # off at the limit while it is read.
    lying = Path("/proc/self/maps")
    if not lying.exists() or lying.stat().st_size != 0:
        pytest.skip("needs a Linux /proc file that reports size 0")
    with pytest.raises(CsvProblem, match="limit"):
        read_file(lying, limit=10)


def test_a_row_with_more_cells_than_the_header_is_refused(store, tmp_path):
    trips = csv_file(tmp_path, "trips", TRIPS + "T1,,RU,2026-01-01,2026-01-05,RU,2026-02-01\n")
    with pytest.raises(CsvProblem, match="7 cells but the header has 5"):
        import_csv(store, None, None, trips)


def test_a_stray_quote_in_a_note_does_not_swallow_the_rows_after_it(store, tmp_path):
    trips = csv_file(
        tmp_path,
        "trips",
        "trip_id,driver_id,country,entry,exit,note\n"
        'P1,,RU,2026-01-01,2026-01-02,"call first\n'
        "P2,,BY,2026-02-01,2026-02-05,\n"
        'P3,,KZ,2026-03-01,2026-03-05,ok"\n',
    )
    with pytest.raises(CsvProblem, match="whole rows") as err:
        import_csv(store, None, None, trips)
    assert (err.value.line, err.value.field) == (2, "note")
    # A note that really spans lines is kept as written.
    fine = csv_file(
        tmp_path, "fine", 'trip_id,driver_id,country,entry,exit,note\nP1,,RU,2026-01-01,2026-01-02,'
        '"груз: мебель, 2 места\nзвонить заранее"\n',
    )  # fmt: skip
    import_csv(store, None, None, fine)
    assert store.trip("P1").note == "груз: мебель, 2 места\nзвонить заранее"


def test_utf8_with_a_damaged_byte_is_refused_not_read_as_cp1251(store, tmp_path):
    raw = (DRIVERS + "D1,Ерлан Сейтқали,KZ,freight\nD2,Иван Петров,RU,bus\n").encode()
    cut = raw.index("Петров".encode()) + 1  # half of "П"
    path = tmp_path / "drivers.csv"
    path.write_bytes(raw[:cut] + raw[cut + 1 :])
    with pytest.raises(CsvProblem, match="damaged byte") as err:
        import_csv(store, path)
    assert err.value.line == 3
    assert store.counts()["drivers"] == 0


def test_a_trip_another_program_writes_while_an_import_is_checked_is_never_overlapped(
    tmp_path, monkeypatch
):
    """The files are checked before the write lock is taken; a trip written in between by
    another window or the command line must be checked against too, not overlapped unseen."""
    from datetime import date

    from dispatcher.rules import Driver, Leg, Trip
    from dispatcher.store import transfer

    db = tmp_path / "carrier.sqlite"
    with Store(db) as store:
        store.save_driver(Driver("D1", "Алишер Каримов", "UZ", "freight"))
    trips = tmp_path / "trips.csv"
    trips.write_text("trip_id,driver_id,country,entry,exit\nT1,D1,RU,2026-03-01,2026-03-10\n")
    real, written = transfer.read_incoming, []

    def checked_then_another_program_writes(store, sources):
        found = real(store, sources)
        if not written:
            with Store(db) as other:
                other.save_trip(Trip("X9", "D1", (Leg("KZ", date(2026, 3, 5), date(2026, 3, 8)),)))
            written.append(True)
        return found

    monkeypatch.setattr(transfer, "read_incoming", checked_then_another_program_writes)
    with Store(db) as store, pytest.raises(transfer.ImportProblems, match="X9"):
        transfer.import_files(store, trips=trips)
    with Store(db) as store:
        assert store.trip("T1") is None and store.trip("X9") is not None
