"""Colours the dispatcher learns once: green is fine, amber is close, red is over.

A view never decides a level; it asks the engine (``dispatcher.rules.levels``) and maps the
answer to a colour here.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

from dispatcher.rules import engine
from dispatcher.rules.levels import Level

FINE = QColor("#2e7d32")
APPROACHING = QColor("#b26a00")
AT_LIMIT = QColor("#d84315")
OVER = QColor("#c62828")
FINE_BG = QColor("#e8f5e9")
APPROACHING_BG = QColor("#fff3e0")
AT_LIMIT_BG = QColor("#fbe9e7")
OVER_BG = QColor("#ffebee")
PLANNED_ALPHA = 110

_COLOURS = {
    Level.FINE: (FINE, FINE_BG),
    Level.APPROACHING: (APPROACHING, APPROACHING_BG),
    Level.AT_LIMIT: (AT_LIMIT, AT_LIMIT_BG),
    Level.OVER: (OVER, OVER_BG),
}


def level_colours(level: Level) -> tuple[QColor, QColor]:
    """Foreground and background for a level."""
    return _COLOURS[level]


COUNTRY_COLOURS = {
    "RU": "#d9534f",
    "BY": "#e07b39",
    "KZ": "#3a8fd9",
    "PL": "#8e63c7",
    "DE": "#4a4a4a",
    "LT": "#3fa66a",
    "UZ": "#21a3a3",
    "KG": "#b8860b",
}
GROUP_COLOURS = ("#6f7fb8", "#9c6fb8", "#6fb8a4", "#b8a46f", "#b86f8e")


def country_colour(code: str, rules: frozenset[str] = frozenset()) -> QColor:
    """A country of its own colour, else the colour of the rules that count it (every
    Schengen state shares one), else grey."""
    if code in COUNTRY_COLOURS:
        return QColor(COUNTRY_COLOURS[code])
    if rules:
        key = ",".join(sorted(rules)).encode()
        return QColor(GROUP_COLOURS[zlib.crc32(key) % len(GROUP_COLOURS)])
    return QColor("#8a8a8a")


# A what-if's verdict (the engine's ok / tight / over) as a colour: tight breaks nothing but
# leaves fewer days than the margin, so it looks close to a limit, never like over one.
TIGHT = QColor("#8a6d00")
TIGHT_BG = QColor("#fff8e1")
_VERDICT_COLOURS = {
    engine.OK: (FINE, FINE_BG),
    engine.TIGHT: (TIGHT, TIGHT_BG),
    engine.OVER: (OVER, OVER_BG),
}


def verdict_colours(verdict: str) -> tuple[QColor, QColor]:
    """Foreground and background for a verdict of ``what_if`` (``WhatIf.verdict``)."""
    return _VERDICT_COLOURS[verdict]
