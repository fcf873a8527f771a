"""A malformed rule file is refused with a message naming the file, the item and the field."""

from __future__ import annotations

import re

import pytest

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import RuleFileError, load_rulebook

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
