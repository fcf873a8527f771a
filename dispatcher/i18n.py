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

import contextlib
import locale
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dispatcher import qm

LANGUAGES = ("ru", "kk", "en")
SOURCE_LANGUAGE = "en"

Lookup = Callable[[str, str, str, int], str | None]

_lookup: Lookup | None = None
_language = SOURCE_LANGUAGE


def use_catalog(lookup: Lookup | None) -> None:
    """Answer every later ``tr`` from ``lookup`` (None: the English source text)."""
    global _lookup
    _lookup = lookup


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    found = _lookup(context, text, disambiguation, n) if _lookup is not None else None
    result = text if found is None else found
    return result.replace("%n", str(n)) if n >= 0 else result


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1`` replaced by the first value, ``%2`` by the second, and so on, as
    Qt's ``arg`` does (a translator may move them around the sentence); the highest number
    goes first so ``%1`` never eats the start of ``%10``."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


class Context:
    """One translation context; the variable holding it must carry the same name."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


class Catalog:
    """One language's compiled catalog, answering ``translate`` with the right plural form."""

    def __init__(self, language: str, messages: dict[qm.Key, tuple[str, ...]]):
        self.language = language
        self.messages = messages
        self._plural = qm.PLURAL_FORM[language]

    @classmethod
    def load(cls, language: str, path: Path) -> Catalog:
        return cls(language, qm.read_qm(Path(path).read_bytes()))

    def __call__(self, context: str, text: str, disambiguation: str, n: int) -> str | None:
        forms = self.messages.get((context, text, disambiguation))
        if forms is None and disambiguation:  # lrelease drops a comment nothing needs
            forms = self.messages.get((context, text, ""))
        if not forms:
            return None
        form = forms[min(self._plural(n), len(forms) - 1)] if n >= 0 else forms[0]
        return form or None


def system_language() -> str:
    """The language of the user's system, if it is one we speak; English otherwise.

    Windows names locales in words (``Russian_Russia``), other systems by code (``ru_RU``).
    """
    names = [os.environ.get(var, "") for var in ("LC_ALL", "LC_MESSAGES", "LANG")]
    with contextlib.suppress(ValueError):  # an unknown locale name in the environment
        names.append(locale.getlocale()[0] or "")
    for name in names:
        lowered = name.lower()
        if lowered.startswith(("ru", "russian")):
            return "ru"
        if lowered.startswith(("kk", "kazakh")):
            return "kk"
        if lowered and lowered not in ("c", "posix", "c.utf-8"):
            return "en"
    return SOURCE_LANGUAGE


def choose_language(asked: str | None = None) -> str:
    """``--lang`` first, then ``DISPATCHER_LANG``, then the system's language."""
    for candidate in (asked, os.environ.get("DISPATCHER_LANG")):
        if candidate:
            code = candidate.strip().lower()
            if code not in LANGUAGES:
                raise ValueError(
                    f"unknown language {candidate!r}; choose one of: " + ", ".join(LANGUAGES)
                )
            return code
    return system_language()


def use_language(language: str, folder: Path | None) -> None:
    """Switch every later message and date to ``language``, reading its catalog from
    ``folder``; English needs a catalog only for its plural forms and works without one
    (``folder`` None: the source text as written)."""
    global _language
    path = Path(folder) / f"dispatcher_{language}.qm" if folder is not None else None
    if language == SOURCE_LANGUAGE and (path is None or not path.exists()):
        use_catalog(None)
    elif path is None:
        raise FileNotFoundError(f"no catalog folder for {language!r}")
    else:
        use_catalog(Catalog.load(language, path))
    _language = language


def language() -> str:
    return _language


def format_date(day: date | None, empty: str = "") -> str:
    """``23.11.2026`` in Russian and Kazakh, as people there write it; ISO in English."""
    if day is None:
        return empty
    if _language == SOURCE_LANGUAGE:
        return day.isoformat()
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
