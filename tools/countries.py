"""Remake resources/countries.tsv: every ISO 3166-1 alpha-2 code with the names people write
in English, Russian and Kazakh, taken once from CLDR through Babel.

The program itself never needs Babel: it reads the committed table. Run this only to refresh
the names (``pip install -e '.[tools]'`` then ``python tools/countries.py``). The set of codes
is the one already in the table, so a refresh changes names, never which codes are accepted.

CLDR's territory names are the short forms people use (Россия, Беларусь, Казахстан; Ресей,
Беларусь, Қазақстан), not the formal state names; the formal and older names offices still
type are kept as extra spellings in the last column.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale

TABLE = Path(__file__).resolve().parent.parent / "resources" / "countries.tsv"
LANGUAGES = ("en", "ru", "kk")

# Spellings besides CLDR's that turn up in carriers' files; matched like the names.
ALSO = {
    "BY": ["Белоруссия", "Республика Беларусь", "Беларусь Республикасы"],
    "CZ": ["Czech Republic", "Чешская Республика"],
    "DE": ["ФРГ"],
    "GB": ["UK", "Great Britain", "Англия"],
    "KG": ["Кыргызстан", "Kirgizia", "Kyrgyz Republic", "Кыргыз Республикасы"],
    "KZ": ["Республика Казахстан", "Қазақстан Республикасы", "Казакстан"],
    "MD": ["Молдавия"],
    "RU": ["Российская Федерация", "Russian Federation", "РФ", "Ресей Федерациясы"],
    "US": ["USA", "США", "АҚШ"],
}


def codes() -> list[str]:
    found = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("code\t"):
            found.append(line.split("\t", 1)[0])
    return found


def main() -> int:
    names = {lang: Locale.parse(lang).territories for lang in LANGUAGES}
    lines = [
        "# ISO 3166-1 alpha-2 code, then the names in en, ru and kk (CLDR, via tools/countries.py)",
        "# and other spellings separated by |",
        "code\ten\tru\tkk\talso",
    ]
    for code in codes():
        row = [code]
        for lang in LANGUAGES:
            name = names[lang].get(code)
            if not name:
                print(f"CLDR has no {lang} name for {code}", file=sys.stderr)
                return 1
            row.append(name)
        row.append("|".join(ALSO.get(code, [])))
        lines.append("\t".join(row))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
