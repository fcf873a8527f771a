"""Translation contexts that need no Qt, so the engine, the store and the command line can
word their messages the way the window does.

``pyside6-lupdate`` takes the name written before ``.tr(`` as a message's context, so every
module declares its context under the same name it gives it::

    Verdict = Context("Verdict")
    Verdict.tr("clashes with trip %1").replace("%1", trip_id)
    Verdict.tr("over by %n day(s)", "", days)

A third argument (disambiguation) and a fourth (the count for ``%n``) mark a message with
plural forms, as Qt's own ``tr`` does. Until a catalog is chosen the source text is used.
"""

from __future__ import annotations

from collections.abc import Callable

Lookup = Callable[[str, str, str, int], str | None]

_lookup: Lookup | None = None


def use_catalog(lookup: Lookup | None) -> None:
    """Answer every later ``tr`` from ``lookup`` (None: the English source text)."""
    global _lookup
    _lookup = lookup


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    found = _lookup(context, text, disambiguation, n) if _lookup is not None else None
    result = text if found is None else found
    return result.replace("%n", str(n)) if n >= 0 else result


class Context:
    """One translation context; the variable holding it must carry the same name."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)
