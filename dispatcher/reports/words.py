"""Report wording goes through Qt's translator when Qt is loaded, and stays English otherwise,
so `--html` works on a machine without a screen and without importing Qt."""

from __future__ import annotations

import sys

from dispatcher.i18n import Context

Reports = Context("Reports")  # new report wording; ``tr`` below keeps the older messages


def tr(text: str) -> str:
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return text
    return core.QCoreApplication.translate("reports", text)
