"""Output never fails on a letter the console's code page lacks (cp1251 has no Kazakh Қ)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from dispatcher.cli import main

pytestmark = pytest.mark.slow

NAME = "Ерлан Сейтқали"


@pytest.fixture
def db(tmp_path, capsys):
    drivers = tmp_path / "drivers.csv"
    drivers.write_text(f"id,name,citizenship,category\nK1,{NAME},KZ,freight\n", encoding="utf-8")
    trips = tmp_path / "trips.csv"
    trips.write_text("trip_id,driver_id,country,entry,exit\nT1,K1,DE,2026-03-01,2026-06-30\n",
                     encoding="utf-8")  # fmt: skip
    path = tmp_path / "kz.sqlite"
    assert (
        main(["--db", str(path), "import", "--drivers", str(drivers), "--trips", str(trips)]) == 0
    )
    capsys.readouterr()
    return path


def run(encoding: str, *argv: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "dispatcher", *argv], capture_output=True, env=env)


@pytest.mark.parametrize("encoding", ["cp1251", "cp866", "ascii"])
def test_human_output_replaces_what_the_code_page_cannot_show(db, encoding):
    done = run(encoding, "--db", str(db), "status", "--driver", "K1", "--date", "2026-06-30")
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    text = done.stdout.decode(encoding)
    assert "(K1) on 2026-06-30" in text and "Schengen 90/180" in text
    if encoding != "ascii":
        assert "Ерлан Сейт?али" in text
    done = run(encoding, "--db", str(db), "check", "--as-of", "2026-07-01")
    assert done.returncode == 0 and "K1" in done.stdout.decode(encoding)


@pytest.mark.parametrize("encoding", ["cp1251", "ascii"])
def test_json_keeps_every_letter_whatever_the_code_page(db, encoding):
    done = run(encoding, "--db", str(db), "status", "--driver", "K1", "--date", "2026-06-30",
               "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode(encoding))["name"] == NAME


def test_json_in_utf8_is_written_as_it_was(db):
    done = run("utf-8", "--db", str(db), "status", "--driver", "K1", "--json")
    assert done.returncode == 0
    assert f'"name": "{NAME}"' in done.stdout.decode("utf-8")


def test_an_error_naming_a_kazakh_id_reaches_stderr_under_cp1251(db):
    done = run("cp1251:strict", "--db", str(db), "status", "--driver", "Қ1")
    assert done.returncode == 2
    err = done.stderr.decode("cp1251")
    assert "unknown driver" in err and "Traceback" not in err
