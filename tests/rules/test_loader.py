"""A malformed rule file is refused with a message naming the file, the item and the field."""

from __future__ import annotations

import re

import pytest

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import RuleFileError, load_rulebook
from dispatcher.rules.loader import MAX_EXEMPTIONS, MAX_FILE_BYTES, MAX_FILES, MAX_RULES

GOOD_RULE = """
[[rule]]
id = "test-rule"
name = "Test"
countries = ["RU"]
limit = 30
window = "rolling"
window_days = 60
status = "law"
source = "test"
"""


def test_the_five_built_in_rules_are_loaded_with_their_ids():
    book = load_rulebook(BUILTIN_RULES)
    assert {r.id for r in book.rules} == {
        "ru-90-180",
        "ru-by-90-year",
        "ru-by-90-stay",
        "kz-90-180",
        "schengen-90-180",
    }
    schengen = book.rule("schengen-90-180")
    assert len(schengen.countries) == 29 and "CH" in schengen.countries
    assert all(r.source for r in book.rules)


def _load(tmp_path, text: str):
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "mine.toml").write_text(text, encoding="utf-8")
    return load_rulebook(BUILTIN_RULES, folder)


def test_a_user_rule_is_added_and_a_built_in_id_replaced(tmp_path):
    book = _load(tmp_path, GOOD_RULE + GOOD_RULE.replace("test-rule", "kz-90-180"))
    assert book.rule("test-rule").limit == 30
    assert book.rule("kz-90-180").limit == 30  # the user's copy wins


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (('window = "rolling"', 'window = "monthly"'), "field 'window'"),
        (("limit = 30", "limit = -1"), "field 'limit'"),
        (("limit = 30", 'limit = "30"'), "field 'limit'"),
        (('countries = ["RU"]', 'countries = ["XX"]'), "field 'countries'"),
        (('status = "law"', 'status = "rumour"'), "field 'status'"),
        (("window_days = 60", "window_days = 0"), "field 'window_days'"),
        (('source = "test"', 'source = "test"\ncolour = "red"'), "field 'colour'"),
        (('name = "Test"', 'name = "Test"\nin_force_from = 2026-02-30'), "not valid TOML"),
        (("[[rule]]", "[rule]"), "[[rule]]"),
        (('id = "test-rule"', "id = 7"), "field 'id'"),
        (("limit = 30", "limit = 0"), "field 'limit'"),
        (("limit = 30", "limit = 30.5"), "field 'limit'"),
        (("limit = 30", "limit = true"), "field 'limit'"),
        (("window_days = 60", ""), "field 'window_days'"),
        (
            ('window = "rolling"\nwindow_days = 60', 'window = "calendar_year"\nwindow_days = 60'),
            "field 'window_days'",
        ),
        (('name = "Test"', 'name = "Test"\nin_force_from = "2026-13-01"'), "field 'in_force_from'"),
        (('name = "Test"', 'name = "Test"\nin_force_from = "1 May 2026"'), "field 'in_force_from'"),
        (
            (
                'name = "Test"',
                'name = "Test"\nin_force_from = 2026-05-01\nin_force_to = 2026-04-01',
            ),
            "field 'in_force_to'",
        ),
        (('name = "Test"\n', ""), "field 'name'"),
        (('countries = ["RU"]', "countries = []"), "field 'countries'"),
        (('countries = ["RU"]', 'countries = "RU"'), "field 'countries'"),
        (
            ('source = "test"', 'source = "test"\nrequires_permit_kinds = ["passport"]'),
            "field 'requires_permit_kinds'",
        ),
    ],
)
def test_malformed_rule_fields_are_named(tmp_path, change, words):
    old, new = change
    with pytest.raises(RuleFileError) as err:
        _load(tmp_path, GOOD_RULE.replace(old, new, 1))
    assert "mine.toml" in str(err.value)
    assert words in str(err.value)
    if "TOML" not in words and "[[" not in words and "'id'" not in words:
        assert "rule 'test-rule'" in str(err.value)  # the item is named by its id


EXEMPTION = """
[[exemption]]
id = "test-exemption"
name = "Test"
rules = ["test-rule"]
citizenship = ["KZ"]
from = 2026-01-01
status = "announced"
source = "test"
"""


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (('citizenship = ["KZ"]', 'citizenship = ["KZZ"]'), "field 'citizenship'"),
        (('citizenship = ["KZ"]', 'categories = ["truck"]'), "field 'categories'"),
        (('citizenship = ["KZ"]', 'permit_kinds = ["passport"]'), "field 'permit_kinds'"),
        (("from = 2026-01-01", 'from = "2026-02-30"'), "field 'from'"),
        (("from = 2026-01-01", "from = 2026-01-01\nto = 2025-12-31"), "field 'to'"),
        (('status = "announced"', 'status = "maybe"'), "field 'status'"),
        (('source = "test"', 'source = "test"\nrule = "x"'), "field 'rule'"),
        (('rules = ["test-rule"]', 'rules = "test-rule"'), "field 'rules'"),
    ],
)
def test_malformed_exemption_fields_are_named(tmp_path, change, words):
    old, new = change
    with pytest.raises(RuleFileError) as err:
        _load(tmp_path, GOOD_RULE + EXEMPTION.replace(old, new, 1))
    assert "mine.toml" in str(err.value)
    assert "exemption 'test-exemption'" in str(err.value) and words in str(err.value)


def test_an_exemption_naming_a_missing_rule_is_refused(tmp_path):
    text = GOOD_RULE + EXEMPTION.replace('rules = ["test-rule"]', 'rules = ["ru-by-90-yaer"]')
    with pytest.raises(RuleFileError) as err:
        _load(tmp_path, text)
    message = str(err.value)
    assert "mine.toml" in message and "exemption 'test-exemption'" in message
    assert "field 'rules'" in message and "ru-by-90-yaer" in message


def test_a_good_exemption_file_loads_with_its_dates_and_status(tmp_path):
    book = _load(tmp_path, GOOD_RULE + EXEMPTION)
    (exemption,) = [e for e in book.exemptions if e.id == "test-exemption"]
    assert exemption.rules == ("test-rule",)
    assert exemption.status == "announced" and str(exemption.valid_from) == "2026-01-01"


def test_an_exemption_must_name_rules_and_who_is_exempt(tmp_path):
    text = GOOD_RULE + '\n[[exemption]]\nid = "x"\nname = "X"\nrules = []\nstatus = "law"\n'
    with pytest.raises(RuleFileError, match="field 'rules'"):
        _load(tmp_path, text)
    text = (
        GOOD_RULE + '\n[[exemption]]\nid = "x"\nname = "X"\nrules = ["test-rule"]\nsource = "s"\n'
    )
    with pytest.raises(RuleFileError, match="citizenship"):
        _load(tmp_path, text)


def test_duplicate_ids_in_one_folder_and_broken_toml_are_refused(tmp_path):
    with pytest.raises(RuleFileError, match=re.escape("'test-rule' is already used in mine.toml")):
        _load(tmp_path, GOOD_RULE + GOOD_RULE)
    folder = tmp_path / "rules"
    (folder / "other.toml").write_text(GOOD_RULE, encoding="utf-8")
    with pytest.raises(
        RuleFileError, match=re.escape("other.toml: id 'test-rule' is already used")
    ):
        _load(tmp_path, GOOD_RULE)
    with pytest.raises(RuleFileError, match="not valid TOML"):
        _load(tmp_path, "[[rule]\nid=")


# ----- bounds: a rule file far past any real one is refused before it can stall a check -----


def _rules(count: int, prefix: str = "r") -> str:
    return "".join(GOOD_RULE.replace("test-rule", f"{prefix}{n}") for n in range(count))


def test_a_huge_file_is_refused_unread_naming_the_file_and_its_size(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    with (folder / "huge.toml").open("wb") as file:  # 50 MB, sparse: written in no time
        file.seek(50 * 1024 * 1024)
        file.write(b"\n")
    with pytest.raises(RuleFileError) as err:
        load_rulebook(BUILTIN_RULES, folder)
    assert "huge.toml" in str(err.value) and "52428801 bytes" in str(err.value)
    assert str(MAX_FILE_BYTES) in str(err.value)


def test_too_many_rules_in_one_file_or_in_all_files_together_are_refused(tmp_path):
    with pytest.raises(RuleFileError, match=re.escape(f"mine.toml: {MAX_RULES + 1} rules")):
        _load(tmp_path, _rules(MAX_RULES + 1))
    # Each file within the bound, but the book (5 built-in rules and these) is not.
    folder = tmp_path / "rules"
    (folder / "mine.toml").write_text(_rules(MAX_RULES // 2, "a"), encoding="utf-8")
    (folder / "more.toml").write_text(_rules(MAX_RULES // 2, "b"), encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load_rulebook(BUILTIN_RULES, folder)
    # mine.toml holds 25 (30 with the built-in ones), more.toml pushes the book over.
    assert "more.toml" in str(err.value) and f"at most {MAX_RULES}" in str(err.value)


def test_too_many_exemptions_and_too_many_files_are_refused(tmp_path):
    many = GOOD_RULE + "".join(
        EXEMPTION.replace("test-exemption", f"e{n}") for n in range(MAX_EXEMPTIONS + 1)
    )
    with pytest.raises(RuleFileError, match=f"{MAX_EXEMPTIONS + 1} exemptions"):
        _load(tmp_path, many)
    folder = tmp_path / "crowded"
    folder.mkdir()
    for n in range(MAX_FILES + 1):
        (folder / f"f{n:03}.toml").write_text("", encoding="utf-8")
    with pytest.raises(RuleFileError, match=f"{MAX_FILES + 1} rule files"):
        load_rulebook(BUILTIN_RULES, folder)


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        # A limit that the window can never exceed would never be reported.
        (("limit = 30", "limit = 60"), "limit", "never"),
        (("limit = 30", "limit = 200"), "limit", "window_days swapped"),
        (('window = "rolling"\nwindow_days = 60', 'window = "calendar_year"'), None, None),
        (
            ('window = "rolling"\nwindow_days = 60', 'window = "calendar_year"'),
            "limit",
            "at most 365",
        ),
        (('window = "rolling"\nwindow_days = 60', 'window = "stay"'), None, None),
        (("window_days = 60", "window_days = 36600"), "window_days", "at most 3660"),
        (("limit = 30", "limit = 99999999999999999"), "limit", "at most"),
        (('id = "test-rule"', f'id = "{"x" * 65}"'), "id", "65 characters"),
        (('id = "test-rule"', 'id = "my rule"'), "id", "an id is letters"),
        (('id = "test-rule"', 'id = "*"'), "id", "an id is letters"),
        (('name = "Test"', f'name = "{"N" * 121}"'), "name", "at most 120"),
        (('name = "Test"', 'name = "Test\\nsecond line"'), "name", "line break"),
        (('source = "test"', f'source = "{"s" * 501}"'), "source", "at most 500"),
        (('countries = ["RU"]', 'countries = ["RU", "BY", "RU"]'), "countries", "RU twice"),
        (('countries = ["RU"]', f"countries = {['RU'] * 300}"), "countries", "300 codes"),
        (
            ('name = "Test"', 'name = "Test"\nin_force_from = 1900-01-01'),
            "in_force_from",
            "dates from 1990-01-01 to 2100-12-31",
        ),
        (
            ('name = "Test"', 'name = "Test"\nin_force_to = 9999-12-31'),
            "in_force_to",
            "dates from 1990-01-01",
        ),
        (
            ('source = "test"', 'source = "test"\nrequires_permit_kinds = ["work", "work"]'),
            "requires_permit_kinds",
            "work twice",
        ),
    ],
)
def test_rule_fields_out_of_bounds_are_named(tmp_path, change, field, words):
    old, new = change
    text = GOOD_RULE.replace(old, new, 1)
    if field is None:
        if "calendar_year" in new:
            text = text.replace("limit = 30", "limit = 365")
        _load(tmp_path, text)  # the largest allowed limits load
        return
    if "calendar_year" in new:
        text = text.replace("limit = 30", "limit = 366")
    with pytest.raises(RuleFileError) as err:
        _load(tmp_path, text)
    message = str(err.value)
    assert message.startswith("mine.toml: rule ")
    assert f"field '{field}'" in message and words in message
    if field != "id":
        assert "rule 'test-rule'" in message


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (('rules = ["test-rule"]', 'rules = ["test-rule", "test-rule"]'), "rules", "twice"),
        (('rules = ["test-rule"]', f"rules = {['x'] * 60}"), "rules", "60 rules"),
        (('rules = ["test-rule"]', 'rules = ["test rule"]'), "rules", "not a rule id"),
        (('citizenship = ["KZ"]', 'citizenship = ["KZ", "KZ"]'), "citizenship", "KZ twice"),
        (('citizenship = ["KZ"]', 'categories = ["bus", "bus"]'), "categories", "bus twice"),
        (("from = 2026-01-01", "from = 1000-01-01"), "from", "dates from 1990-01-01"),
        (('name = "Test"', f'name = "{"N" * 500}"'), "name", "500 characters"),
        (('id = "test-exemption"', 'id = "x\\ty"'), "id", "control character"),
    ],
)
def test_exemption_fields_out_of_bounds_are_named(tmp_path, change, field, words):
    old, new = change
    with pytest.raises(RuleFileError) as err:
        _load(tmp_path, GOOD_RULE + EXEMPTION.replace(old, new, 1))
    message = str(err.value)
    assert message.startswith("mine.toml: exemption ")
    assert f"field '{field}'" in message and words in message


def test_arrays_nested_thousands_deep_are_refused_as_bad_toml(tmp_path):
    with pytest.raises(RuleFileError, match=re.escape("mine.toml: not valid TOML")):
        _load(tmp_path, "x = " + "[" * 20000 + "]" * 20000)


def test_the_command_line_refuses_an_oversized_rule_file_with_exit_2(tmp_path, capsys):
    from dispatcher.cli import main

    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "many.toml").write_text(_rules(MAX_RULES + 1), encoding="utf-8")
    db = tmp_path / "demo.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "--rules-dir", str(folder), "check"]) == 2
    err = capsys.readouterr().err
    assert f"many.toml: {MAX_RULES + 1} rules" in err and "Traceback" not in err
