"""Reads Qt's compiled catalogs (``.qm``) without Qt.

The command line must start without loading Qt, yet speak the same words as the window; so
both read the catalogs ``pyside6-lrelease`` builds from the ``.ts`` files through this
reader, and Qt's own ``QTranslator`` is left to translate Qt's own buttons.

The layout is Qt's (``qtranslator.cpp``): a 16-byte magic, then blocks of a tag byte and a
big-endian length; the messages block holds records of tagged fields ending in ``END``.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_BLOCK_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_SKIPPED_WITH_LENGTH = {2, 4, 9}  # old UTF-16 source/context fields, a second obsolete field

Key = tuple[str, str, str]  # context, source text, disambiguation


class CatalogError(ValueError):
    """A catalog file that is not a Qt ``.qm`` file or is cut short."""


def read_qm(data: bytes) -> dict[Key, tuple[str, ...]]:
    """Every message's translations (one per plural form) keyed by context, source and
    disambiguation; empty translations (unfinished) are left out so the source shows."""
    if not data.startswith(MAGIC):
        raise CatalogError("not a Qt .qm catalog")
    pos, messages = len(MAGIC), b""
    while pos < len(data):
        if pos + 5 > len(data):
            raise CatalogError("catalog is cut short")
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if pos + length > len(data):
            raise CatalogError("catalog is cut short")
        if tag == _BLOCK_MESSAGES:
            messages = data[pos : pos + length]
        pos += length
    return _messages(messages)


def _messages(block: bytes) -> dict[Key, tuple[str, ...]]:
    out: dict[Key, tuple[str, ...]] = {}
    pos = 0
    translations: list[str] = []
    source = context = comment = ""
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if any(translations):
                out[(context, source, comment)] = tuple(translations)
            translations, source, context, comment = [], "", "", ""
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if pos + 4 > len(block):
            raise CatalogError("catalog is cut short")
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if length != 0xFFFFFFFF and pos + length > len(block):
            raise CatalogError("catalog is cut short")
        if tag == _TRANSLATION:
            if length == 0xFFFFFFFF:
                translations.append("")
                continue
            translations.append(block[pos : pos + length].decode("utf-16-be"))
        elif tag == _SOURCE:
            source = block[pos : pos + length].decode("utf-8")
        elif tag == _CONTEXT:
            context = block[pos : pos + length].decode("utf-8")
        elif tag == _COMMENT:
            comment = block[pos : pos + length].decode("utf-8")
        elif tag not in _SKIPPED_WITH_LENGTH:
            raise CatalogError(f"unknown field {tag} in the catalog")
        pos += length
    return out


def _russian(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


# The plural form for a count, in the order lupdate lays out a language's numerus forms.
PLURAL_FORM: dict[str, Callable[[int], int]] = {"ru": _russian, "kk": _one_other, "en": _one_other}
