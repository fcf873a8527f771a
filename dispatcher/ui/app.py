"""Start the window (placeholder until the desktop issue lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(db: Path, rules_dir: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(QLabel.tr("dispatcher: the window is being built. Database: {0}").format(db))
    label.resize(600, 200)
    label.show()
    return app.exec()
