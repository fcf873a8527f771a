"""Colours the dispatcher learns once: green is fine, amber is close, red is over."""

from __future__ import annotations

from PySide6.QtGui import QColor

FINE = QColor("#2e7d32")
APPROACHING = QColor("#b26a00")
OVER = QColor("#c62828")
FINE_BG = QColor("#e8f5e9")
APPROACHING_BG = QColor("#fff3e0")
OVER_BG = QColor("#ffebee")
PLANNED_ALPHA = 110

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
SCHENGEN_COLOUR = "#6f7fb8"


def country_colour(code: str, schengen: frozenset[str] = frozenset()) -> QColor:
    if code in COUNTRY_COLOURS:
        return QColor(COUNTRY_COLOURS[code])
    if code in schengen:
        return QColor(SCHENGEN_COLOUR)
    return QColor("#8a8a8a")


def level_colours(left: int, threshold: int) -> tuple[QColor, QColor]:
    """Foreground and background for a rule's days left."""
    if left <= 0:
        return OVER, OVER_BG
    if left <= threshold:
        return APPROACHING, APPROACHING_BG
    return FINE, FINE_BG
