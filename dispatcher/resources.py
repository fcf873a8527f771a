"""Where the shipped data files live.

The package is installed editable from the repository (``make run``), so the top-level
``resources/`` folder sits beside the package folder.
"""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
BUILTIN_RULES = RESOURCES / "rules"
DEMO = RESOURCES / "demo"
