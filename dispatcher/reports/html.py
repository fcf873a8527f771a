"""Pieces of report HTML in the subset Qt's rich text understands (tables, inline styles)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import overload

from dispatcher.rules.levels import Level

FONT = "DejaVu Sans"
OVER = "#c62828"
APPROACHING = "#b26a00"
AT_LIMIT = "#d84315"
SHADE = "#dbe7f5"
HEAD = "#eceff1"
_LEVELS = {Level.OVER: OVER, Level.AT_LIMIT: AT_LIMIT, Level.APPROACHING: APPROACHING}


@overload
def level_colour(level: Level) -> str: ...
@overload
def level_colour(level: Level, fine: None) -> str | None: ...
def level_colour(level: Level, fine: str | None = "#000000") -> str | None:
    """A level's colour on paper (the window's are in ui.style); ``fine`` for a fine one."""
    return _LEVELS.get(level, fine)


def page(title: str, body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
        f"<body style=\"font-family: '{FONT}'; font-size: 8.5pt\">{body}</body></html>"
    )


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int] | None = None,
    style: str = "",
    nowrap: bool = False,
) -> str:
    """Cells of ``rows`` are HTML already; header cells are plain text."""
    cols = "".join(
        f"<th align='left' bgcolor='{HEAD}'"
        + (f" width='{widths[i]}%'" if widths else "")
        + f">{escape(h)}</th>"
        for i, h in enumerate(header)
    )
    td = "<td nowrap>" if nowrap else "<td>"
    body = "".join("<tr>" + "".join(f"{td}{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table width='100%' border='0.5' cellspacing='0' cellpadding='3' "
        f"style='border-collapse: collapse; {style}'><thead><tr>{cols}</tr></thead>"
        f"{body}</table>"
    )


def coloured(text: str, colour: str, bold: bool = False) -> str:
    weight = " font-weight: bold;" if bold else ""
    return f"<span style='color: {colour};{weight}'>{escape(text)}</span>"


def heading(text: str) -> str:
    return f"<h4>{escape(text)}</h4>"


def paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"
