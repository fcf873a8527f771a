"""ISO 3166-1 alpha-2 codes: the only country identifiers the engine accepts."""

from functools import cache

from dispatcher.resources import RESOURCES


@cache
def country_names() -> dict[str, str]:
    """English names by code; the UI translates them."""
    names: dict[str, str] = {}
    for line in (RESOURCES / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t", 1)
            names[code] = name
    return names


def is_country(code: str) -> bool:
    return code in country_names()
