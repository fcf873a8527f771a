"""plan, what-if --margin, suggest --margin and the permits of check, on files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dispatcher.cli import main
from dispatcher.store import Store
from tests.cli.runner import run

DRIVERS = (
    "id,name,citizenship,category\n"
    "D1,Бекзод Рахимов,UZ,freight\n"
    "D2,Нурлан Ахметов,UZ,freight\n"
    "D3,Азамат Садыков,UZ,freight\n"
)
PERMITS = "driver_id,country,kind,valid_from,valid_to\nD3,RU,residence,2025-01-01,2026-12-10\n"
# D1: 1 Jan-11 Mar 2026 = 31 + 28 + 11 = 70 Russian days. D2: 1 Jan-1 Mar = 60 days.
# D3 is exempt until 10 December by his residence permit; a planned trip runs past it.
# Open routes: R1 1-10 June (10 Russian days), R2 1-20 September (20), R3 in 2027.
TRIPS = (
    "trip_id,driver_id,country,entry,exit\n"
    "T1,D1,RU,2026-01-01,2026-03-11\n"
    "T2,D2,RU,2026-01-01,2026-03-01\n"
    "T3,D3,RU,2026-11-01,2027-04-15\n"
    "R1,,RU,2026-06-01,2026-06-10\n"
    "R2,,RU,2026-09-01,2026-09-20\n"
    "R3,,RU,2027-06-01,2027-06-05\n"
)


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    files = {}
    for name, text in {"drivers": DRIVERS, "permits": PERMITS, "trips": TRIPS}.items():
        files[name] = tmp_path / f"{name}.csv"
        files[name].write_text(text, encoding="utf-8")
    path = tmp_path / "carrier.sqlite"
    code, _, err = run(
        capsys, "--db", path, "import", "--drivers", files["drivers"],
        "--permits", files["permits"], "--trips", files["trips"],
    )  # fmt: skip
    assert code == 0, err
    return path


def test_plan_proposes_then_applies_and_check_finds_nothing_new(db, capsys):
    _, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-05-01", "--json")
    found_before = json.loads(out)["findings"]
    before = db.read_bytes()
    code, out, err = run(
        capsys, "--db", db, "plan", "--from", "2026-05-01", "--to", "2026-12-31",
        "--as-of", "2026-05-01", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert db.read_bytes() == before  # without --apply nothing is written
    # D3 is exempt in June and September: no rule counts the routes for him, he is the best
    # fit for both (his trip starts 1 November). R3 (2027) is outside the period.
    data = json.loads(out)
    assert data["proposals"] == [
        {"trip_id": "R1", "driver_id": "D3", "least_left": None},
        {"trip_id": "R2", "driver_id": "D3", "least_left": None},
    ]
    assert data["unassigned"] == [] and data["applied"] is False
    code, out, err = run(
        capsys, "--db", db, "plan", "--from", "2026-05-01", "--to", "2026-12-31",
        "--as-of", "2026-05-01", "--apply", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["applied"] is True
    with Store(db, create=False) as store:
        assert {t.id: t.driver_id for t in store.trips("D3")} == {
            "T3": "D3",
            "R1": "D3",
            "R2": "D3",
        }
    _, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-05-01", "--json")
    # D3's own trip goes over once his permit ends (see the permit test): the same two
    # findings as before the plan, and no new one.
    assert json.loads(out)["findings"] == found_before
    assert [f["trip_id"] for f in found_before] == ["T3", "T3"]


def test_plan_counts_proposals_together_and_says_why_a_route_stays_open(tmp_path, capsys):
    # D1: 70 used, D2: 60 used. June and September routes of 20 Russian days each.
    trips = (
        "trip_id,driver_id,country,entry,exit\n"
        "T1,D1,RU,2026-01-01,2026-03-11\n"
        "T2,D2,RU,2026-01-01,2026-03-01\n"
        "R1,,RU,2026-06-01,2026-06-20\n"
        "R2,,RU,2026-09-01,2026-09-20\n"
    )
    drivers = tmp_path / "drivers.csv"
    drivers.write_text("\n".join(DRIVERS.splitlines()[:3]) + "\n", encoding="utf-8")
    (tmp_path / "trips.csv").write_text(trips, encoding="utf-8")
    db = tmp_path / "two.sqlite"
    assert run(capsys, "--db", db, "import", "--drivers", drivers,
               "--trips", tmp_path / "trips.csv")[0] == 0  # fmt: skip
    argv = ["--db", db, "plan", "--from", "2026-06-01", "--to", "2026-09-30",
            "--as-of", "2026-05-01", "--json"]  # fmt: skip
    # June: D1 would keep 0, D2 10 -> D2 (80). September: D2 would reach 100 with June's
    # proposal counted, D1 reaches 90 and keeps 0 -> D1.
    data = json.loads(run(capsys, *argv)[1])
    assert data["proposals"] == [
        {"trip_id": "R1", "driver_id": "D2", "least_left": 10},
        {"trip_id": "R2", "driver_id": "D1", "least_left": 0},
    ]
    # With a margin of 5, D1's 0 is tight and D2 is needed for June: September stays open.
    data = json.loads(run(capsys, *argv, "--margin", "5")[1])
    assert data["proposals"] == [{"trip_id": "R1", "driver_id": "D2", "least_left": 10}]
    assert data["unassigned"] == [
        {
            "trip_id": "R2",
            "reason": "The drivers who could take it are needed for other routes of the plan.",
            "reason_code": "needed_elsewhere",
        }
    ]
    code, out, _ = run(capsys, *argv[:-1], "--margin", "5")
    assert code == 0 and "R2: no driver." in out
    code, _, err = run(capsys, "--db", db, "plan", "--from", "2026-09-30", "--to", "2026-06-01")
    assert code == 2 and "before" in err


def test_margin_on_what_if_and_suggest(db, capsys):
    # D1: 70 used; June's 10 days leave 10.
    argv = ["--db", db, "what-if", "--driver", "D1", "--leg", "RU:2026-06-01:2026-06-10",
            "--as-of", "2026-05-01", "--json"]  # fmt: skip
    code, out, _ = run(capsys, *argv, "--margin", "10")
    assert code == 0 and (json.loads(out)["ok"], json.loads(out)["verdict"]) == (True, "ok")
    _, out, _ = run(capsys, *argv, "--margin", "11")
    assert (json.loads(out)["ok"], json.loads(out)["verdict"]) == (True, "tight")
    _, out, _ = run(
        capsys, "--db", db, "suggest", "--leg", "RU:2026-06-01:2026-06-10",
        "--as-of", "2026-05-01", "--margin", "15", "--json",
    )  # fmt: skip
    # D3: no rule counts; D2: 20 left >= 15; D1: 10 left < 15: not offered.
    assert [d["driver_id"] for d in json.loads(out)["drivers"]] == ["D3", "D2"]
    with pytest.raises(SystemExit) as refused:  # argparse refuses it with exit code 2
        main([str(a) for a in argv] + ["--margin=-1"])
    assert refused.value.code == 2 and "--margin" in capsys.readouterr().err


def test_check_lists_a_permit_ending_during_a_planned_trip(db, capsys):
    _, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-11-23", "--json")
    data = json.loads(out)
    # The permit ends on 10 December 2026, 17 days after 23 November. T3 goes on in Russia.
    # From 11 December: one stay of 21 (Dec) + 31 + 28 + 10 = 90 days reaches 10 March 2027,
    # so it is over on 11 March; the year 2027 reaches day 91 on 1 April (31 + 28 + 31 = 90).
    (permit,) = data["permits"]
    assert (permit["driver_id"], permit["valid_to"], permit["ends_in_days"]) == (
        "D3", "2026-12-10", 17,
    )  # fmt: skip
    assert sorted((r["rule_id"], r["applies_from"]) for r in permit["rules"]) == [
        ("ru-by-90-stay", "2026-12-11"),
        ("ru-by-90-year", "2026-12-11"),
    ]
    assert sorted((t["trip_id"], t["rule_id"], t["over_from"]) for t in permit["during_trips"]) == [
        ("T3", "ru-by-90-stay", "2027-03-11"),
        ("T3", "ru-by-90-year", "2027-04-01"),
    ]
    # The findings keep their shape.
    assert {f["trip_id"] for f in data["findings"]} == {"T3"}
    _, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-11-23")
    assert "2026-12-10" in out
