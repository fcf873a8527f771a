"""The command line in the dispatcher's language: words, plural forms, dates and errors in
Russian or Kazakh, while ``--json`` stays the same byte for byte."""

from __future__ import annotations

import re

import pytest

from dispatcher import cli, i18n
from dispatcher.cli import main
from dispatcher.rules.wording import Wording
from tests.cli.runner import run

AS_OF = "2026-11-23"
KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


def test_status_in_russian_names_rules_and_writes_dates_as_people_do(demo_db, capsys):
    code, out, err = run(capsys, "--lang", "ru", "--db", demo_db, "status", "--driver", "D001",
                         "--date", "2025-05-03")  # fmt: skip
    assert code == 0, err
    assert "Ерлан Сейтқали (D001) на дату 03.05.2025" in out
    assert "можно въехать с" in out and "осталось" in out and "последний день" in out
    assert "РФ+РБ 90/год" in out and "Шенген 90/180" in out
    assert "ru-by-90-year" not in out
    assert not re.search(r"\d{4}-\d{2}-\d{2}", out)  # no ISO date in a human line
    assert "19.05.2025" in out


def test_status_in_kazakh_uses_kazakh_letters(demo_db, capsys):
    code, out, _ = run(capsys, "--lang", "kk", "--db", demo_db, "status", "--driver", "D001",
                       "--date", "2025-05-03")  # fmt: skip
    assert code == 0
    assert "кіруге болады:" in out and "РФ+БР 90/жыл" in out and "03.05.2025" in out
    assert KAZAKH_LETTERS & set(out)


def test_the_language_comes_from_the_environment_and_the_option_wins(demo_db, capsys, monkeypatch):
    argv = ["--db", demo_db, "check", "--as-of", AS_OF]
    monkeypatch.setenv("DISPATCHER_LANG", "ru")
    assert run(capsys, *argv)[1].startswith("на дату 23.11.2026: 3 нарушения")
    assert run(capsys, "--lang", "kk", *argv)[1].startswith("23.11.2026 күнге: 3 бұзушылық")
    assert run(capsys, "--lang", "en", *argv)[1].startswith("as of 2026-11-23: 3 findings")


def test_an_unknown_language_is_a_usage_error(demo_db, capsys, monkeypatch):
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "de", "--db", str(demo_db), "check"])
    assert exit_.value.code == 2
    assert "unknown language 'de'" in capsys.readouterr().err
    monkeypatch.setenv("DISPATCHER_LANG", "fr")
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_db), "check"])
    assert exit_.value.code == 2


JSON_COMMANDS = [
    ["check", "--as-of", AS_OF],
    ["status", "--driver", "D005", "--date", AS_OF],
    ["what-if", "--driver", "D005", "--leg", "RU:2026-12-01:2026-12-20", "--as-of", AS_OF],
    ["what-if", "--driver", "D001", "--leg", "KZ:2026-12-01:2026-12-05", "--as-of", AS_OF],
    ["suggest", "--leg", "RU:2026-12-01:2026-12-20", "--as-of", AS_OF],
    ["plan", "--from", "2026-01-01", "--to", "2027-12-31", "--as-of", AS_OF, "--margin", "5"],
    ["rules"],
]


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=lambda c: c[0])
def test_json_is_the_same_in_every_language(demo_db, capsys, command):
    outputs = {}
    for language in ("en", "ru", "kk"):
        code, out, err = run(capsys, "--lang", language, "--db", demo_db, *command, "--json")
        assert code == 0, err
        outputs[language] = out.encode("utf-8")
    assert outputs["ru"] == outputs["en"] and outputs["kk"] == outputs["en"]
    # and the human output does change, so the comparison above means something
    human = {lang: run(capsys, "--lang", lang, "--db", demo_db, *command)[1]
             for lang in ("en", "ru")}  # fmt: skip
    assert human["ru"] != human["en"]


def test_a_refused_import_is_told_in_russian_with_file_line_and_field(tmp_path, capsys):
    drivers = tmp_path / "drivers.csv"
    drivers.write_text(
        "id,name,citizenship,category\nD1,Бекзод,UZ,freight\nD2,Ержан,Марс,freight\n",
        encoding="utf-8",
    )
    trips = tmp_path / "trips.csv"
    trips.write_text(
        "trip_id,driver_id,country,entry,exit\nT1,D1,RU,2026-03-01,2026-02-01\n", encoding="utf-8"
    )
    db = tmp_path / "carrier.sqlite"
    code, _, err = run(capsys, "--lang", "ru", "--db", db, "import", "--drivers", drivers,
                       "--trips", trips)  # fmt: skip
    assert code == 2
    assert "импорт отклонён, ничего не изменено" in err
    assert "drivers.csv, строка 3, поле «citizenship»: 'Марс' — не код страны" in err
    assert "trips.csv, строка 2, поле «exit»: 01.02.2026 раньше въезда 01.03.2026" in err
    assert not db.exists()


def test_a_bad_argument_is_told_in_the_chosen_language(demo_db, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "ru", "--db", str(demo_db), "what-if", "--driver", "D001",
              "--leg", "XX:2026-01-01:2026-01-02"])  # fmt: skip
    assert exit_.value.code == 2
    assert "'XX' — не код страны" in capsys.readouterr().err
    code, _, err = run(capsys, "--lang", "kk", "--db", demo_db, "status", "--driver", "D404")
    assert code == 2 and "белгісіз жүргізуші 'D404'" in err


def test_a_missing_catalog_is_said_and_english_is_used(demo_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "CATALOGS", tmp_path / "no-catalogs")
    code, out, err = run(capsys, "--lang", "kk", "--db", demo_db, "check", "--as-of", AS_OF)
    assert code == 0
    assert "kk catalog cannot be read" in err and "English" in err
    assert out.startswith("as of 2026-11-23: 3 finding")  # ISO dates: English, not Kazakh


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["превышение на 1 день", "превышение на 3 дня", "превышение на 5 дней",
                "превышение на 11 дней", "превышение на 21 день", "превышение на 22 дня"]),
        ("kk", ["1 күнге асып кетті", "3 күнге асып кетті", "5 күнге асып кетті",
                "11 күнге асып кетті", "21 күнге асып кетті", "22 күнге асып кетті"]),
        ("en", ["over by 1 day", "over by 3 days", "over by 5 days", "over by 11 days",
                "over by 21 days", "over by 22 days"]),
    ],
)  # fmt: skip
def test_counts_take_the_plural_form_of_the_language(language, expected):
    i18n.use_language(language, cli.CATALOGS)
    got = [Wording.tr("over by %n day(s)", "", n) for n in (1, 3, 5, 11, 21, 22)]
    assert got == expected


def test_a_malformed_rule_file_is_told_in_russian(demo_db, tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "decree.toml").write_text(
        '[[rule]]\nid = "ru-decree"\nname = "x"\ncountries = ["RU"]\nlimit = 90\n'
        'window = "weekly"\n',
        encoding="utf-8",
    )
    code, _out, err = run(capsys, "--lang", "ru", "--db", demo_db, "--rules-dir", rules, "rules")
    assert code == 2
    assert "decree.toml: норма «ru-decree»: поле «window» равно 'weekly'; ожидается одно из" in err


def test_help_and_argument_errors_speak_russian(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ru", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("использование: dispatcher")
    assert "все нарушения автопарка" in out and "показать эту справку и выйти" in out
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ru", "status"])
    assert done.value.code == 2
    assert "ошибка: не хватает обязательных аргументов: --driver" in capsys.readouterr().err
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ru", "check", "--json=yes"])
    assert done.value.code == 2
    assert "аргумент --json: значение 'yes' здесь не принимается" in capsys.readouterr().err
