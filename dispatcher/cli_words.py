"""argparse's own words (usage, options, its errors) in the dispatcher's language.

argparse words its help and errors through ``gettext``, which knows none of our catalogs;
the phrases a dispatcher can meet with this parser (it has no ``nargs``, groups or
version, whose phrases argparse would also word) are given here, in our catalog, and argparse is
pointed at them before the parser is built. Anything else stays as argparse writes it.
"""

from __future__ import annotations

import argparse

from dispatcher.i18n import Context

Argparse = Context("Argparse")


def _words() -> dict[str, str]:
    return {
        "usage: ": Argparse.tr("usage: "),
        "positional arguments": Argparse.tr("positional arguments"),
        "options": Argparse.tr("options"),
        "show this help message and exit": Argparse.tr("show this help message and exit"),
        "%(prog)s: error: %(message)s\n": Argparse.tr("%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": Argparse.tr(
            "argument %(argument_name)s: %(message)s"
        ),
        "the following arguments are required: %s": Argparse.tr(
            "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": Argparse.tr("unrecognized arguments: %s"),
        "expected one argument": Argparse.tr("expected one argument"),
        "invalid choice: %(value)r (choose from %(choices)s)": Argparse.tr(
            "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": Argparse.tr("invalid %(type)s value: %(value)r"),
        "ambiguous option: %(option)s could match %(matches)s": Argparse.tr(
            "ambiguous option: %(option)s could match %(matches)s"
        ),
        "ignored explicit argument %r": Argparse.tr("ignored explicit argument %r"),
    }


def speak_argparse() -> None:
    """From now on argparse words its help and errors in the chosen language."""
    words = _words()
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
