"""Running the command line inside a test, as a user would type it."""

from __future__ import annotations

import pytest

from dispatcher.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of ``dispatcher ARGV``."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
