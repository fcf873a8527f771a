"""Random bytes and mangled CSV never crash the importer and never change the database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatcher.cli import main
from dispatcher.demo import load_demo
from dispatcher.resources import DEMO
from dispatcher.store import Store, StoreError, history
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.transfer import ImportProblems, import_csv

REFUSALS = (ImportProblems, CsvProblem, StoreError)
FILES = ("drivers", "permits", "trips")
SETTINGS = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "demo.sqlite"
    with Store(path) as store:
        load_demo(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def mangle(text: str, data) -> str:
    """Cut, duplicate, swap and poison lines and cells of a valid file."""
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(lines) - 1))
        cells = lines[i].split(",")
        move = data.draw(st.sampled_from(["drop", "dup", "cell", "junk", "quote", "cols"]))
        if move == "drop" and len(lines) > 1:
            lines.pop(i)
        elif move == "dup":
            lines.insert(i, lines[i])
        elif move == "cell":
            j = data.draw(st.integers(0, len(cells) - 1))
            cells[j] = data.draw(st.sampled_from(
                ["", "2026-02-30", "9999-99-99", "XX", "Z" * 300, "-1", "=cmd|' /C calc'!A0",
                 "'", '"', "\u202e", "2026-1-1", " ", "D404", "T0001"]
            ))  # fmt: skip
            lines[i] = ",".join(cells)
        elif move == "junk":
            lines[i] = data.draw(st.text(max_size=80))
        elif move == "quote":
            lines[i] = '"' + lines[i]
        elif move == "cols":
            lines[i] = ",".join(cells[: data.draw(st.integers(0, len(cells)))])
    return "\n".join(lines)


def attempt(db: Path, tmp: Path, contents: dict[str, bytes]) -> None:
    work = tmp / "work.sqlite"
    shutil.copy(db, work)
    paths = {}
    for name, raw in contents.items():
        paths[name] = tmp / f"{name}.csv"
        paths[name].write_bytes(raw)
    with Store(work) as store:
        before = history.current_state(store.db)
        try:
            import_csv(store, **paths)
        except REFUSALS:
            assert history.current_state(store.db) == before
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.rmtree(work.parent / "backups", ignore_errors=True)


@SETTINGS
@given(name=st.sampled_from(FILES), raw=st.binary(max_size=2000))
def test_random_bytes(demo_file, tmp_path, name, raw):
    attempt(demo_file, tmp_path, {name: raw})


@SETTINGS
@given(name=st.sampled_from(FILES), data=st.data())
def test_mangled_csv(demo_file, tmp_path, name, data):
    text = (DEMO / f"{name}.csv").read_text(encoding="utf-8")
    attempt(demo_file, tmp_path, {name: mangle(text, data).encode("utf-8", "surrogatepass")})


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(raw=st.binary(max_size=500))
def test_the_command_line_answers_bad_files_with_exit_2_and_no_traceback(
    demo_file, tmp_path, capsys, raw
):
    work = tmp_path / "cli.sqlite"
    shutil.copy(demo_file, work)
    bad = tmp_path / "trips.csv"
    bad.write_bytes(raw)
    code = main(["--db", str(work), "import", "--trips", str(bad)])
    err = capsys.readouterr().err
    assert code in (0, 2) and "Traceback" not in err and "internal error" not in err
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)


# Whole-file checks: what the reader must catch anywhere in a file, not only in its head.

PADDED_TRIPS = (DEMO / "trips.csv").read_text(encoding="utf-8") + "".join(
    f"Q{n:05d},,RU,2027-01-01,2027-01-02\n" for n in range(2500)
)  # past 64 KB, so a check of the head alone would miss the tail


@SETTINGS
@given(data=st.data())
def test_a_nul_byte_anywhere_in_the_file_is_refused(demo_file, tmp_path, data):
    raw = PADDED_TRIPS.encode()
    at = data.draw(st.integers(0, len(raw)))
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    poisoned = (PADDED_TRIPS[:at] + "\x00" + PADDED_TRIPS[at:]).encode(encoding)
    work, path = tmp_path / "nul.sqlite", tmp_path / "trips.csv"
    shutil.copy(demo_file, work)
    path.write_bytes(poisoned)
    with Store(work) as store:
        before = history.current_state(store.db)
        with pytest.raises(CsvProblem, match="NUL"):
            import_csv(store, trips=path)
        assert history.current_state(store.db) == before
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)


@SETTINGS
@given(data=st.data())
def test_a_stray_quote_never_drops_a_row_silently(tmp_path, data):
    """A quote opened at a cell and closed rows later (or never) is refused, or every
    record of the file becomes a leg: rows are never swallowed into one cell."""
    lines = (DEMO / "trips.csv").read_text(encoding="utf-8").splitlines()
    i = data.draw(st.integers(1, len(lines) - 1))
    cells = lines[i].split(",")
    j = data.draw(st.integers(0, len(cells) - 1))
    cells[j] = '"' + cells[j]
    lines[i] = ",".join(cells)
    if data.draw(st.booleans()):  # closed at the end of a cell some rows below
        k = data.draw(st.integers(i, min(i + 4, len(lines) - 1)))
        cells = lines[k].split(",")
        m = data.draw(st.integers(0, len(cells) - 1))
        cells[m] = cells[m] + '"'
        lines[k] = ",".join(cells)
    path = tmp_path / "trips.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    work = tmp_path / "quote.sqlite"
    with Store(work) as store:
        import_csv(store, drivers=DEMO / "drivers.csv")
        try:
            summary = import_csv(store, trips=path)
        except REFUSALS:
            assert store.counts()["legs"] == 0
        else:
            assert summary.legs == len(lines) - 1 == store.counts()["legs"]
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)


@SETTINGS
@given(
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
    dotted=st.booleans(),
)
def test_any_encoding_separator_and_date_form_reads_the_same_trips(
    tmp_path, encoding, delimiter, dotted
):
    rows = [line.split(",") for line in (DEMO / "trips.csv").read_text().splitlines()]
    if dotted:
        rows = [rows[0]] + [
            r[:3] + [f"{d[8:10]}.{d[5:7]}.{d[:4]}" for d in r[3:5]] for r in rows[1:]
        ]
    path = tmp_path / "trips.csv"
    path.write_bytes("\r\n".join(delimiter.join(r) for r in rows).encode(encoding))
    with Store(tmp_path / "a.sqlite") as clean, Store(tmp_path / "b.sqlite") as other:
        for store, trips in ((clean, DEMO / "trips.csv"), (other, path)):
            import_csv(store, drivers=DEMO / "drivers.csv", trips=trips)
        assert other.trips() == clean.trips()
        assert other.unassigned_trips() == clean.unassigned_trips()
    for name in ("a", "b"):
        for suffix in (".sqlite", ".sqlite-wal", ".sqlite-shm"):
            (tmp_path / f"{name}{suffix}").unlink(missing_ok=True)


@pytest.fixture(scope="module")
def demo_workbook(tmp_path_factory) -> bytes:
    from dispatcher.store.excel import export_xlsx

    folder = tmp_path_factory.mktemp("book")
    with Store(folder / "demo.sqlite") as store:
        load_demo(store)
        export_xlsx(store, folder / "demo.xlsx")
    return (folder / "demo.xlsx").read_bytes()


@SETTINGS
@given(suffix=st.sampled_from([".xlsx", ".xls", ".ods"]), data=st.data())
def test_damaged_workbooks_are_refused_not_crashed_on(
    demo_file, demo_workbook, tmp_path, suffix, data
):
    """Random bytes, a cut-off workbook, or one with bytes flipped: read or refused."""
    how = data.draw(st.sampled_from(["random", "cut", "flip"]))
    if how == "random":
        raw = data.draw(st.binary(max_size=3000))
    elif how == "cut":
        raw = demo_workbook[: data.draw(st.integers(0, len(demo_workbook)))]
    else:
        raw = bytearray(demo_workbook)
        for _ in range(data.draw(st.integers(1, 20))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
        raw = bytes(raw)
    work, path = tmp_path / "book.sqlite", tmp_path / f"carrier{suffix}"
    shutil.copy(demo_file, work)
    path.write_bytes(raw)
    with Store(work) as store:
        before = history.current_state(store.db)
        try:
            import_csv(store, workbook=path)
        except REFUSALS:
            assert history.current_state(store.db) == before
    for suffix_ in ("", "-wal", "-shm"):
        Path(str(work) + suffix_).unlink(missing_ok=True)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
