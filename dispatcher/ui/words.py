"""Filling ``%1``, ``%2``… in a translated sentence, the way Qt's ``QString.arg`` does.

A translator may move the placeholders around a sentence, so values go in by number, never by
position in the English text.
"""

from __future__ import annotations


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1`` replaced by the first value, ``%2`` by the second, and so on;
    the highest number goes first so ``%1`` never eats the start of ``%10``."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
