"""The command line, end to end on files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dispatcher.cli import main
from dispatcher.store import Store
from tests.cli.runner import run

DRIVERS = "id,name,citizenship,category\nD1,Бекзод Рахимов,UZ,freight\nD2,Иван Петров,RU,freight\n"
PERMITS = "driver_id,country,kind,valid_from,valid_to\nD1,PL,visa,2026-01-01,2026-12-31\n"
# D1: 31 + 28 + 27 = 86 Russian days in 2026, then a planned October trip of 4 days.
TRIPS = (
    "trip_id,driver_id,country,entry,exit\n"
    "T1,D1,KZ,2026-01-01,2026-01-01\n"
    "T1,D1,RU,2026-01-01,2026-03-27\n"
    "T2,D1,RU,2026-10-10,2026-10-13\n"
)


def write(folder: Path, **files: str) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, text in files.items():
        path = folder / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    files = write(tmp_path, drivers=DRIVERS, permits=PERMITS, trips=TRIPS)
    path = tmp_path / "carrier.sqlite"
    code, _, err = run(
        capsys, "--db", path, "import", "--drivers", files["drivers"],
        "--permits", files["permits"], "--trips", files["trips"],
    )  # fmt: skip
    assert code == 0, err
    return path


def test_check_status_what_if_and_suggest_speak_the_documented_json(db, capsys):
    code, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-08-01", "--json")
    assert code == 0
    assert json.loads(out) == {"as_of": "2026-08-01", "findings": [], "permits": []}

    code, out, _ = run(capsys, "--db", db, "status", "--driver", "D1", "--date", "2026-09-01",
                       "--json")  # fmt: skip
    status = json.loads(out)
    assert status["driver_id"] == "D1" and status["date"] == "2026-09-01"
    year = {r["rule_id"]: r for r in status["rules"]}["ru-by-90-year"]
    # 86 used, 4 left; but the planned October trip needs those 4: any stay from 1 September
    # would push it over, so the longest is 0 and the next entry is 1 January 2027.
    keys = ("used", "limit", "left", "max_stay", "last_day", "next_entry", "next_entry_stay")
    assert {k: year[k] for k in keys} == {
        "used": 86, "limit": 90, "left": 4, "max_stay": 0, "last_day": None,
        "next_entry": "2027-01-01", "next_entry_stay": 90,
    }  # fmt: skip

    # Four days in September use the last four; the planned October trip is then days 91-94.
    code, out, _ = run(
        capsys, "--db", db, "what-if", "--driver", "D1",
        "--leg", "RU:2026-09-01:2026-09-04", "--as-of", "2026-08-01", "--json",
    )  # fmt: skip
    verdict = json.loads(out)
    assert verdict["driver_id"] == "D1" and verdict["ok"] is False
    (finding,) = verdict["findings"]
    assert {k: finding[k] for k in ("driver_id", "rule_id", "trip_id", "date", "level",
                                     "days_used", "over_by")} == {
        "driver_id": "D1", "rule_id": "ru-by-90-year", "trip_id": "T2", "date": "2026-10-10",
        "level": "would_exceed", "days_used": 94, "over_by": 4,
    }  # fmt: skip

    code, out, _ = run(capsys, "--db", db, "suggest", "--leg", "RU:2026-09-01:2026-09-04",
                       "--as-of", "2026-08-01", "--json")  # fmt: skip
    drivers = json.loads(out)["drivers"]
    assert [(d["driver_id"], d["ok"]) for d in drivers] == [("D2", True)]


def test_human_tables_by_default(db, capsys):
    code, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-11-23")
    assert code == 0 and "0 finding" in out
    code, out, _ = run(capsys, "--db", db, "status", "--driver", "D1", "--date", "2026-09-01")
    assert "Бекзод Рахимов" in out and "RU+BY 90/year" in out
    code, out, _ = run(capsys, "--db", db, "rules")
    assert "ru-by-90-year" in out and "user rule files" in out


def test_export_then_import_round_trips(db, tmp_path, capsys):
    out_dir = tmp_path / "out"
    assert run(capsys, "--db", db, "export", "--dir", out_dir)[0] == 0
    copy = tmp_path / "copy.sqlite"
    code, _, err = run(
        capsys, "--db", copy, "import", "--drivers", out_dir / "drivers.csv",
        "--permits", out_dir / "permits.csv", "--trips", out_dir / "trips.csv",
    )  # fmt: skip
    assert code == 0, err
    with Store(db) as a, Store(copy) as b:
        assert a.drivers() == b.drivers() and a.trips() == b.trips()


def test_import_upserts_by_id_and_replaces_a_trips_legs(db, tmp_path, capsys):
    files = write(tmp_path / "again", trips="trip_id,driver_id,country,entry,exit\n"
                  "T2,D1,BY,2026-11-01,2026-11-02\n")  # fmt: skip
    assert run(capsys, "--db", db, "import", "--trips", files["trips"])[0] == 0
    with Store(db) as store:
        assert [(leg.country, str(leg.entry)) for leg in store.trip("T2").legs] == [
            ("BY", "2026-11-01")
        ]
        assert len(store.trips("D1")) == 2


BAD_CASES = [
    ("trips", "T9,D1,RU,2026-13-01,2026-13-02", "line 2", "entry"),
    ("trips", "T9,D1,RU,2026-02-30,2026-03-02", "line 2", "entry"),
    ("trips", "T9,D1,RU,2026-05-10,2026-05-01", "line 2", "exit"),
    ("trips", "T9,D1,XX,2026-05-01,2026-05-02", "line 2", "country"),
    ("trips", "T9,D7,RU,2026-05-01,2026-05-02", "line 2", "driver_id"),
    ("trips", "T9,D1,RU,2026-03-20,2026-04-02", "line 2", "entry"),  # overlaps T1
    ("drivers", "D3,Ұлан,KZ,tractor", "line 2", "category"),
    ("drivers", "D3,Ұлан,QQ,freight", "line 2", "citizenship"),
    ("drivers", "D3,Ұлан,KZ,freight\nD3,Ұлан,KZ,bus", "line 3", "id"),
    ("permits", "D1,RU,licence,2026-01-01,2026-02-01", "line 2", "kind"),
    ("permits", "D9,RU,work,2026-01-01,2026-02-01", "line 2", "driver_id"),
    ("permits", "D1,RU,work,2026-01-01,2025-02-01", "line 2", "valid_to"),
    (
        "permits",
        "D1,RU,work,2026-01-01,2026-01-31\nD1,RU,work,2026-01-01,2026-02-28",
        "line 3",
        "valid_from",
    ),
    (
        "trips",
        "T9,D1,RU,2026-05-01,2026-05-02\nT9,D2,RU,2026-05-01,2026-05-02",
        "line 3",
        "driver_id",
    ),
    # two legs of one trip in two countries on the same days: a typo in a date
    ("trips", "T9,D1,RU,2026-05-01,2026-05-10\nT9,D1,KZ,2026-05-05,2026-05-12", "line 3", "entry"),
    # two new trips of one driver overlapping each other in the same file
    (
        "trips",
        "T9,D1,RU,2026-05-01,2026-05-10\nT10,D1,KZ,2026-05-09,2026-05-12",
        "line 3",
        "entry",
    ),
]
HEADERS = {
    "trips": "trip_id,driver_id,country,entry,exit",
    "drivers": "id,name,citizenship,category",
    "permits": "driver_id,country,kind,valid_from,valid_to",
}


@pytest.mark.parametrize(("kind", "row", "line", "field"), BAD_CASES)
def test_bad_input_names_file_line_and_field_and_changes_nothing(
    db, tmp_path, capsys, kind, row, line, field
):
    with Store(db) as store:
        before = (store.drivers(), store.trips(), store.counts())
    # a good row first in the same file, to prove the import is all or nothing
    good = {"trips": "T8,D1,KZ,2026-06-01,2026-06-02", "drivers": "D4,Ольга Ким,KZ,bus",
            "permits": "D1,KZ,residence,2026-01-01,2026-02-01"}[kind]  # fmt: skip
    files = write(tmp_path / "bad", **{kind: f"{HEADERS[kind]}\n{good}\n{row}\n"})
    code, _, err = run(capsys, "--db", db, "import", f"--{kind}", files[kind])
    assert code == 2
    assert f"{kind}.csv" in err and f"field '{field}'" in err and "Traceback" not in err
    expected_line = int(line.split()[1]) + 1  # the good row is line 2
    assert f"line {expected_line}" in err
    with Store(db) as store:
        assert (store.drivers(), store.trips(), store.counts()) == before


def test_a_shared_crossing_day_between_two_trips_is_accepted(db, tmp_path, capsys):
    files = write(tmp_path / "ok", trips="trip_id,driver_id,country,entry,exit\n"
                  "T3,D1,KZ,2026-03-27,2026-03-30\n")  # fmt: skip
    code, _, err = run(capsys, "--db", db, "import", "--trips", files["trips"])
    assert code == 0, err


def test_a_missing_column_is_named(tmp_path, capsys):
    files = write(tmp_path, drivers="id,name,category\nD1,A,freight\n")
    db = tmp_path / "new.sqlite"
    code, _, err = run(capsys, "--db", db, "import", "--drivers", files["drivers"])
    assert code == 2 and "citizenship" in err and "drivers.csv" in err
    assert not db.exists()  # a failed first import leaves no empty database behind


def test_unknown_driver_and_bad_leg_arguments_are_clear_errors(db, capsys):
    code, _, err = run(capsys, "--db", db, "status", "--driver", "D99")
    assert code == 2 and "D99" in err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "what-if", "--driver", "D1", "--leg", "RU:2026-01-05"])
    assert exit_.value.code == 2
    assert "CC:YYYY-MM-DD:YYYY-MM-DD" in capsys.readouterr().err


def test_the_command_line_process_never_imports_qt_and_prints_no_traceback(db, tmp_path):
    script = (
        "import sys; from dispatcher.cli import main\n"
        f"code = main(['--db', {str(db)!r}, 'check', '--as-of', '2026-11-23'])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO-QT', code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip().endswith("NO-QT 0")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    done = subprocess.run(
        [sys.executable, "-m", "dispatcher", "--db", str(broken), "check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "broken.sqlite" in done.stderr and "Traceback" not in done.stderr


def test_a_trip_row_without_a_driver_is_a_planned_route(db, tmp_path, capsys):
    # It overlaps D1's T1, which is fine while nobody drives it; it counts for nobody.
    files = write(tmp_path / "routes", trips="trip_id,driver_id,country,entry,exit\n"
                  "P1,,KZ,2026-03-01,2026-03-02\nP1,,RU,2026-03-02,2026-06-30\n")  # fmt: skip
    code, out, err = run(capsys, "--db", db, "import", "--trips", files["trips"], "--json")
    assert code == 0, err
    assert json.loads(out) == {"drivers": 0, "permits": 0, "trips": 1, "legs": 2}
    with Store(db) as store:
        assert [(t.id, t.driver_id, len(t.legs)) for t in store.unassigned_trips()] == [
            ("P1", None, 2)
        ]
    code, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-11-23", "--json")
    assert json.loads(out)["findings"] == []
    out_dir = tmp_path / "out"
    assert run(capsys, "--db", db, "export", "--dir", out_dir)[0] == 0
    exported = (out_dir / "trips.csv").read_text(encoding="utf-8").splitlines()
    assert "P1,,RU,2026-03-02,2026-06-30," in exported  # and an empty note
    copy = tmp_path / "copy.sqlite"
    code, _, err = run(
        capsys, "--db", copy, "import", "--drivers", out_dir / "drivers.csv",
        "--permits", out_dir / "permits.csv", "--trips", out_dir / "trips.csv",
    )  # fmt: skip
    assert code == 0, err
    with Store(db) as a, Store(copy) as b:
        assert a.unassigned_trips() == b.unassigned_trips() and a.trips() == b.trips()


def test_status_lists_only_the_rules_that_apply_to_the_driver(db, capsys):
    # D2 is Russian: no Russian rule; a freight driver: no Kazakh rule; Schengen applies.
    code, out, _ = run(capsys, "--db", db, "status", "--driver", "D2", "--date", "2026-05-01",
                       "--json")  # fmt: skip
    assert code == 0
    status = json.loads(out)
    assert [r["rule_id"] for r in status["rules"]] == ["schengen-90-180"]
    (rule,) = status["rules"]
    assert (rule["used"], rule["limit"], rule["left"], rule["max_stay"]) == (0, 90, 90, 90)
    # 1 May + 89 days = 29 July.
    assert rule["last_day"] == "2026-07-29"


def test_strict_switches_the_announced_kazakh_exemption_off(tmp_path, capsys):
    files = write(
        tmp_path,
        drivers="id,name,citizenship,category\nK1,Ерлан Сейтқали,KZ,freight\n",
        # 1 Aug-30 Nov 2025: 31+30+31+30 = 122 days; day 91 is 30 October.
        trips="trip_id,driver_id,country,entry,exit\nT1,K1,RU,2025-08-01,2025-11-30\n",
    )
    db = tmp_path / "kz.sqlite"
    assert run(capsys, "--db", db, "import", "--drivers", files["drivers"],
               "--trips", files["trips"])[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "check", "--as-of", "2026-01-01", "--json")
    assert json.loads(out)["findings"] == []
    code, out, _ = run(capsys, "--db", db, "--strict", "check", "--as-of", "2026-01-01", "--json")
    year = [f for f in json.loads(out)["findings"] if f["rule_id"] == "ru-by-90-year"]
    assert [(f["date"], f["days_used"], f["over_by"], f["level"]) for f in year] == [
        ("2025-10-30", 122, 32, "exceeded")
    ]
    code, out, _ = run(capsys, "--db", db, "--strict", "rules", "--json")
    assert code == 0
    rules = json.loads(out)
    assert rules["strict"] is True
    active = {e["id"]: e["active"] for e in rules["exemptions"]}
    assert active["ru-by-kz-international-drivers"] is False and active["kz-citizens"] is True
    assert {r["id"] for r in rules["rules"]} >= {"ru-by-90-year", "ru-by-90-stay", "kz-90-180"}


def test_a_user_rule_folder_with_a_broken_file_is_a_clear_error(db, tmp_path, capsys):
    folder = tmp_path / "my-rules"
    folder.mkdir()
    (folder / "mine.toml").write_text(
        '[[rule]]\nid = "x"\nname = "X"\ncountries = ["RU"]\nlimit = 0\n'
        'window = "calendar_year"\nsource = "s"\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", db, "--rules-dir", folder, "check")
    assert code == 2 and "mine.toml" in err and "field 'limit'" in err


def test_the_installed_command_answers_like_main(db, tmp_path, capsys):
    script = Path(sys.executable).with_name("dispatcher")
    argv = ["--db", str(db), "check", "--as-of", "2026-11-23", "--json"]
    done = subprocess.run([str(script), *argv], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == json.loads(run(capsys, *argv)[1])
    files = write(tmp_path / "bad", trips="trip_id,driver_id,country,entry,exit\n"
                  "T9,D1,RU,2026-02-30,2026-03-01\n")  # fmt: skip
    with Store(db) as store:
        before = store.trips()
    done = subprocess.run(
        [str(script), "--db", str(db), "import", "--trips", str(files["trips"])],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "trips.csv, line 2, field 'entry'" in done.stderr
    with Store(db) as store:
        assert store.trips() == before
