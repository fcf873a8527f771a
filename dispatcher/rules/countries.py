"""ISO 3166-1 alpha-2 codes: the only country identifiers the engine accepts.

People write countries as names too (Казахстан, Ресей, Kazakhstan); the names in English,
Russian and Kazakh come from CLDR (resources/countries.tsv, made by tools/countries.py) so
that a name read from a file and a name shown in the window are the same word.
"""

from __future__ import annotations

from functools import cache

from dispatcher.resources import RESOURCES

LANGUAGES = ("en", "ru", "kk")


@cache
def _table() -> dict[str, dict[str, str]]:
    """Names by language by code, and every spelling (lower case) pointing at its code."""
    names: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for line in (RESOURCES / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, en, ru, kk, *_ = [*line.split("\t"), ""]
        for lang, name in zip(LANGUAGES, (en, ru, kk), strict=True):
            names[lang][code] = name
    return names


@cache
def _spellings() -> dict[str, str]:
    found: dict[str, str] = {}
    for line in (RESOURCES / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, *rest = line.split("\t")
        found[_fold(code)] = code
        for cell in rest:
            for name in cell.split("|"):
                if name.strip():
                    found.setdefault(_fold(name), code)
    return found


def _fold(text: str) -> str:
    """One spelling for lookups: case, ё, curly apostrophes and extra spaces do not matter."""
    text = text.strip().casefold().replace("ё", "е").replace("’", "'")
    return " ".join(text.split())


def country_names(lang: str = "en") -> dict[str, str]:
    """Names by code in ``lang`` (en, ru or kk); English for any other language."""
    return _table().get(lang, _table()["en"])


def country_name(code: str, lang: str = "en") -> str:
    """The short name people use (Россия, Ресей, Russia); the code itself if unknown."""
    return country_names(lang).get(code, code)


@cache
def country_code(text: str) -> str | None:
    """The code a person meant by a code in any case or a name in English, Russian or
    Kazakh; None when it is neither (a guess would put a driver in the wrong country)."""
    return _spellings().get(_fold(text))


def is_country(code: str) -> bool:
    return code in _table()["en"]
