"""Where the shipped data files are, in every installed form of the program.

The repository keeps them in the top-level ``resources/`` folder; the package metadata installs
that folder as the package ``dispatcher.data``, so a wheel, an sdist, an editable install and
the frozen Windows folder all find them through ``importlib.resources`` the same way. Looking
beside the package folder instead worked only in an editable install: an installed copy then
knew no rules and reported every driver clean.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

DATA_PACKAGE = "dispatcher.data"


def _locate() -> Path:
    """The data folder on disk, or where it should have been (checked before any use)."""
    spec = find_spec(DATA_PACKAGE)
    if spec is None:
        return Path(__file__).resolve().parent / "data"
    for folder in spec.submodule_search_locations or ():
        if Path(folder).is_dir():  # a package on disk, as every form made here installs it:
            return Path(folder)  # importlib.resources would cost a read command 6 ms
    from importlib.resources import files

    root = files(DATA_PACKAGE)
    # Rule folders are globbed and CSV files opened by path: a zipped install would need
    # copies, and no install form this project makes is zipped.
    return root if isinstance(root, Path) else Path(str(root))


RESOURCES = _locate()
BUILTIN_RULES = RESOURCES / "rules"
DEMO = RESOURCES / "demo"
