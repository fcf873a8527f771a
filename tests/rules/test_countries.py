"""Country codes and the names people write for them (CLDR short forms, not state names)."""

from __future__ import annotations

import pytest

from dispatcher.rules.countries import country_code, country_name, country_names, is_country


@pytest.mark.parametrize(
    ("code", "en", "ru", "kk"),
    [
        ("RU", "Russia", "Россия", "Ресей"),
        ("BY", "Belarus", "Беларусь", "Беларусь"),
        ("KZ", "Kazakhstan", "Казахстан", "Қазақстан"),
        ("DE", "Germany", "Германия", "Германия"),
    ],
)
def test_short_names_in_three_languages(code, en, ru, kk):
    assert [country_name(code, lang) for lang in ("en", "ru", "kk")] == [en, ru, kk]
    for spelling in (code, code.lower(), en, ru, kk, ru.upper(), f"  {kk.lower()} "):
        assert country_code(spelling) == code


def test_every_code_has_a_name_in_every_language():
    codes = set(country_names("en"))
    assert len(codes) == 249 and is_country("KZ") and not is_country("kz")
    for lang in ("ru", "kk"):
        assert set(country_names(lang)) == codes
        assert all(country_names(lang).values())


def test_formal_and_older_names_offices_type():
    assert country_code("Российская Федерация") == "RU"
    assert country_code("Кыргызстан") == "KG" == country_code("Киргизия")
    assert country_code("Белоруссия") == "BY"


def test_anything_else_is_not_guessed():
    for text in ("", "XX", "Рос", "Atlantis", "R U"):
        assert country_code(text) is None
