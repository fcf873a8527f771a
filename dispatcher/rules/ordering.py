"""The order in which trips claim a shared day, as a dispatcher would read their ids.

Ids are typed by people: ``T9`` comes before ``T10`` and ``w1`` before ``w2``, so digits
compare as numbers, not as characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIGITS = re.compile(r"(\d+)")


@lru_cache(maxsize=1 << 16)  # a fleet's trip ids are sorted again for every rule and what-if
def natural_key(text: str) -> tuple[tuple[tuple[int, str], ...], str]:
    """Text and numbers alternate; the raw id breaks the last ties (``T01`` and ``T1``)."""
    parts: list[tuple[int, str]] = []
    for i, piece in enumerate(_DIGITS.split(text)):
        if i % 2:
            parts.append((int(piece), ""))
        else:
            parts.append((-1, piece.casefold()))
    return tuple(parts), text
