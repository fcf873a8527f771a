"""Output to a console or a pipe that never fails on a letter the code page lacks.

A Russian Windows console or a redirected output often speaks cp1251 (or cp866), which has no
Kazakh letters: printing the name "Сейтқали" raised UnicodeEncodeError and the command died
without an answer. Human output now shows "?" for what the encoding cannot carry; JSON keeps
every letter, as \\u escapes when it must, so a program reading it gets the exact text.
"""

from __future__ import annotations

import io
import os
import sys
from typing import Any


def make_output_safe() -> None:
    """Replace what stdout and stderr cannot encode; give a missing stream (pythonw) a sink."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:  # a windowed program on Windows has no console at all
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def json_text(data: Any) -> str:
    """JSON with letters as they are when the output can carry them, else \\u escapes."""
    from dispatcher.jsonout import dump_text  # json.dumps's bytes without its slow indenting

    text = dump_text(data) + "\n"
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        import json

        return json.dumps(data, ensure_ascii=True, indent=2) + "\n"
    return text
