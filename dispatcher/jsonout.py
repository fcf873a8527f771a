"""``--json`` output, byte for byte what ``json.dump(data, indent=2, ensure_ascii=False)``
writes, in a fraction of its time: with an indent the standard library falls back to its
pure-Python encoder, which took a tenth of a fleet-wide check."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C escaper when the accelerator is there
from typing import Any

_NAMED = {None: "null", True: "true", False: "false"}


def _dumps(data: object, indent: int) -> str:
    out: list[str] = []
    _encode(data, "\n", " " * indent, out)
    return "".join(out)


def _encode(value: Any, newline: str, step: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is int:
        out.append(int.__repr__(value))
    elif value is None or kind is bool:
        out.append(_NAMED[value])
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + step
        out.append("{")
        sep = inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Fallback
            out.append(sep)
            out.append(encode_basestring(key))
            out.append(": ")
            _encode(item, inner, step, out)
            sep = "," + inner
        out.append(newline)
        out.append("}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + step
        out.append("[")
        sep = inner
        for item in value:
            out.append(sep)
            _encode(item, inner, step, out)
            sep = "," + inner
        out.append(newline)
        out.append("]")
    else:
        raise _Fallback


class _Fallback(Exception):
    """A value the fast path does not write (floats, subclasses, other keys)."""


def dump_text(data: object, indent: int = 2) -> str:
    """The text of ``json.dumps(data, ensure_ascii=False, indent=indent)``."""
    try:
        return _dumps(data, indent)
    except _Fallback:
        return json.dumps(data, ensure_ascii=False, indent=indent)
