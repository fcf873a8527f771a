"""Rules and exemptions are named in the dispatcher's language, never by their ids: a
column header reads «РФ+РБ 90/год», a report «Россия + Беларусь: 90 дней в календарном году»."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dispatcher import i18n
from dispatcher.resources import BUILTIN_RULES, RESOURCES
from dispatcher.rules import RuleFileError, load_rulebook
from dispatcher.rules.wording import (
    category_text,
    exemption_name,
    level_label,
    permit_kind_text,
    rule_name,
    rule_short_name,
)

CATALOGS = RESOURCES / "i18n"
KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
BUILT_IN = ["ru-by-90-year", "ru-90-180", "ru-by-90-stay", "kz-90-180", "schengen-90-180"]


@pytest.fixture
def speak() -> Iterator:
    def use(language: str) -> None:
        i18n.use_language(language, CATALOGS)

    yield use
    i18n.use_language(i18n.SOURCE_LANGUAGE, None)


def test_built_in_rules_have_short_names_in_each_language(speak):
    book = load_rulebook(BUILTIN_RULES)
    expected = {
        "ru": ["РФ+РБ 90/год", "РФ 90/180", "РФ+РБ 90 подряд", "РК 90/180", "Шенген 90/180"],
        "kk": ["РФ+БР 90/жыл", "РФ 90/180", "РФ+БР 90 қатарынан", "ҚР 90/180", "Шенген 90/180"],
        "en": ["RU+BY 90/year", "RU 90/180", "RU+BY 90 in a row", "KZ 90/180", "Schengen 90/180"],
    }
    for language, names in expected.items():
        speak(language)
        assert [rule_short_name(book, rule_id) for rule_id in BUILT_IN] == names


def test_full_names_follow_the_language_and_fall_back_to_english(speak, tmp_path):
    book = load_rulebook(BUILTIN_RULES)
    speak("ru")
    assert rule_name(book, "ru-by-90-year") == "Россия + Беларусь: 90 дней в календарном году"
    assert exemption_name(book, "ru-by-citizens") == "Граждане России и Беларуси"
    speak("kk")
    assert rule_name(book, "kz-90-180") == "Қазақстан: кез келген 180 күнде 90 күн"
    assert all(KAZAKH_LETTERS & set(rule_name(book, r)) or "Шенген" in rule_name(book, r)
               for r in BUILT_IN)  # fmt: skip
    speak("en")
    assert rule_name(book, "ru-by-90-year") == "Russia + Belarus: 90 days per calendar year"
    # a user's rule with an English name only is named in English in every language
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "mine.toml").write_text(
        '[[rule]]\nid = "mine"\nname = "My rule"\ncountries = ["RU"]\nlimit = 30\n'
        'window = "rolling"\nwindow_days = 60\nstatus = "law"\nsource = "test"\n',
        encoding="utf-8",
    )
    book = load_rulebook(BUILTIN_RULES, folder)
    speak("ru")
    assert rule_name(book, "mine") == "My rule" and rule_short_name(book, "mine") == "My rule"
    assert rule_short_name(book, "no-such-rule") == "no-such-rule"


def test_every_built_in_rule_and_exemption_is_named_in_russian_and_kazakh():
    book = load_rulebook(BUILTIN_RULES)
    for item in [*book.rules, *book.exemptions]:
        keys = dict(item.names)
        assert keys.get("name_ru") and keys.get("name_kk"), item.id
    for rule in book.rules:
        assert {"short_name", "short_name_ru", "short_name_kk"} <= set(dict(rule.names))


def test_a_name_key_must_be_text(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "bad.toml").write_text(
        '[[rule]]\nid = "mine"\nname = "My rule"\nname_ru = 5\ncountries = ["RU"]\nlimit = 30\n'
        'window = "rolling"\nwindow_days = 60\nstatus = "law"\nsource = "test"\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=r"bad\.toml: rule 'mine': field 'name_ru'"):
        load_rulebook(BUILTIN_RULES, folder)


def test_the_words_of_permits_categories_and_levels(speak):
    from dispatcher.rules.levels import Level

    speak("ru")
    assert permit_kind_text("residence") == "вид на жительство (ВНЖ)"
    assert permit_kind_text("temporary_residence").endswith("(РВП)")
    assert permit_kind_text("work") == "разрешение на работу / патент"
    assert permit_kind_text("transport_notice") == "уведомление о международной перевозке"
    assert category_text("freight") == "грузовые перевозки" and category_text("bus") == "автобус"
    assert [level_label(Level.OVER), level_label(Level.OVER, planned=True),
            level_label(Level.APPROACHING), level_label(Level.AT_LIMIT)] == [
        "ПРЕВЫШЕН", "превысит", "близко к пределу", "на пределе"]  # fmt: skip
    speak("kk")
    assert category_text("freight") == "жүк тасымалы"
    assert permit_kind_text("residence") == "тұруға ықтиярхат"
