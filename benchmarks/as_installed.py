"""Child processes run with compiled modules, as an installed copy does.

pip compiles a wheel's modules when it installs it and PyInstaller ships them compiled, but
a developer's shell may set ``PYTHONDONTWRITEBYTECODE`` (this workplace does), and then
every timed process would compile the whole program first: 40–50 ms that no user waits
for. The compiled files go to a folder of their own, so the tree stays clean.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile


def use_compiled_modules() -> None:
    folder = tempfile.mkdtemp(prefix="dispatcher-pyc-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = folder
