"""The import's short ways read and log exactly what the long ways do.

A clean trips file is read column by column (``_clean_trips``); any file with something
wrong in it goes row by row (``_check_trips``), which names each problem. The change log's
trip snapshots are written as text from shared pieces (``history.trip_texts``) instead of
``json.dumps`` of a dictionary per trip. Each pair must agree to the byte.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatcher.rules.model import Leg, Trip
from dispatcher.store import history, tables, transfer
from dispatcher.store.csvfiles import Source
from dispatcher.store.tables import read_cells

KNOWN = {"D001", "D002"}
HEADER = ["trip_id", "driver_id", "country", "entry", "exit"]


def _known(driver_id: str) -> bool:
    return driver_id in KNOWN


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Source:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return Source(path)


def _both(source: Source) -> tuple[tuple, tuple]:
    """What the import reads (the short way when it can), and what the row-by-row check
    reads from the same rows: trips, first lines, notes and the problems as worded."""
    names, found = read_cells(source, "trips")
    rows = list(found)
    slow_problems: list = []
    slow = transfer._check_trips(source, slow_problems, _known, names, rows)
    problems: list = []
    read = transfer._read_trips(source, problems, _known)
    return (
        (read.trips, read.lines, read.notes, [str(p) for p in problems]),
        (slow.trips, slow.lines, slow.notes, [str(p) for p in slow_problems]),
    )


def _day(n: int, dotted: bool) -> str:
    day = date(2026, 1, 1) + timedelta(days=n)
    return day.strftime("%d.%m.%Y") if dotted else day.isoformat()


@st.composite
def trip_files(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    """A fleet's trips file, often clean, sometimes with one or two things wrong in it."""
    with_note = draw(st.booleans())
    rows: list[list[str]] = []
    day = 0
    for n in range(draw(st.integers(1, 5))):
        driver = draw(st.sampled_from(["D001", "D002", ""]))
        note = draw(st.sampled_from(["", "", "Омск", 'с "кавычкой"']))
        for _ in range(draw(st.integers(1, 4))):
            length = draw(st.integers(0, 3))
            row = [
                f"T{n}",
                driver,
                draw(st.sampled_from(["KZ", "RU", "ru", "Россия", "BY"])),
                _day(day, draw(st.booleans())),
                _day(day + length, draw(st.booleans())),
            ]
            if with_note:
                row.append(note if draw(st.booleans()) else "")
            rows.append(row)
            day += length + draw(st.integers(0, 1))  # the next leg starts where this one ends
        day += draw(st.integers(-3, 5))  # trips of one driver may clash: not this check's part
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(rows) - 1))
        column = draw(st.integers(0, len(rows[at]) - 1))
        rows[at][column] = draw(
            st.sampled_from(
                ["", "T0", "T1", "D001", "D404", "XX", "KZ", "2026-13-01", "2026-01-02",
                 "2026-02-30", "01.01.2026", "другая заметка", "x" * 2001]
            )
        )  # fmt: skip
    if draw(st.booleans()):  # rows of trips apart, legs out of order
        rows = draw(st.permutations(rows))
    return HEADER + (["note"] if with_note else []), rows


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(file=trip_files())
def test_a_trips_file_is_read_the_same_by_columns_and_row_by_row(tmp_path, file):
    header, rows = file
    read, checked = _both(_write(tmp_path / "trips.csv", header, rows))
    assert read == checked


def test_a_clean_fleet_file_is_read_by_columns_and_one_mistake_sends_it_row_by_row(tmp_path):
    rows = []
    for n in range(1, 200):
        first = date(2026, 1, 1) + timedelta(days=(n % 20) * 10)
        rows += [
            [f"T{n:04d}", f"D00{n % 2 + 1}", "KZ", str(first), str(first + timedelta(days=1))],
            [f"T{n:04d}", f"D00{n % 2 + 1}", "RU", str(first + timedelta(days=1)),
             str(first + timedelta(days=4))],
        ]  # fmt: skip
    source = _write(tmp_path / "clean.csv", HEADER, rows)
    names, found = read_cells(source, "trips")
    assert transfer._clean_trips(names, list(found), _known) is not None
    read, checked = _both(source)
    assert read == checked and not read[3] and len(read[0]) == 199

    rows[150][4] = "2026-01-01"  # this leg now ends before it starts
    source = _write(tmp_path / "mistake.csv", HEADER, rows)
    names, found = read_cells(source, "trips")
    assert transfer._clean_trips(names, list(found), _known) is None
    read, checked = _both(source)
    assert read == checked
    assert read[3] == ["mistake.csv, line 152, field 'exit': 2026-01-01 is before entry 2026-06-10"]


texts = st.text(max_size=12)
legs = st.builds(
    Leg,
    st.sampled_from(["KZ", "RU", 'X"Y', "Ö\\"]),
    st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    st.dates(date(2020, 1, 1), date(2030, 1, 1)),
)


@given(
    pool=st.lists(legs, min_size=1, max_size=5),
    shapes=st.lists(
        st.tuples(texts, st.none() | texts, texts, st.lists(st.integers(0, 4), max_size=6)),
        max_size=8,
    ),
)
def test_a_trip_snapshot_built_from_pieces_is_the_text_json_gives(pool, shapes):
    trips = [
        Trip(tid, driver, tuple(pool[i % len(pool)] for i in picks), note)
        for tid, driver, note, picks in shapes
    ]  # legs shared between trips, as an import shares them
    expected = [json.dumps(history.snapshot_of(t), ensure_ascii=False) for t in trips]
    assert list(history.trip_texts(trips)) == expected
    assert [json.loads(text) for text in expected] == [history.snapshot_of(t) for t in trips]


def _bodies(alphabet: str, quotes: bool) -> st.SearchStrategy[str]:
    cell = st.text(alphabet=alphabet, max_size=4)
    if quotes:
        cell |= cell.map(lambda text: '"' + text.replace('"', '""') + '"')
    row = st.lists(cell, min_size=4, max_size=6).map(",".join)
    return st.lists(row, max_size=4).map("\n".join)


plain_bodies = _bodies("TDKZ1-'?ж ,\r\n", quotes=False)
quoted_bodies = _bodies("TDKZ1-'?ж ,\r\n", quotes=True)  # a line break only in quotes
any_bodies = _bodies("TDKZ1-'?ж \r\n\t\x00\x0b,", quotes=True)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=plain_bodies | quoted_bodies | any_bodies, encoding=st.sampled_from(["utf-8", "cp1251"])
)
def test_a_file_without_quotes_is_read_as_the_row_by_row_look_reads_it(
    tmp_path, monkeypatch, body, encoding
):
    path = tmp_path / "trips.csv"
    path.write_bytes(("trip_id,driver_id,country,entry,exit\n" + body).encode(encoding))

    def cells() -> object:
        try:
            names, found = read_cells(Source(path), "trips")
            return names, list(found)
        except ValueError as exc:
            return str(exc)

    quick = cells()
    with monkeypatch.context() as patch:  # as if every file had a quote or control character
        patch.setattr(tables, "_CONTROL_IN_FILE", re.compile(r"(?s)."))
        assert cells() == quick
