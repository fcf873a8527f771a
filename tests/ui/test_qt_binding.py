"""The Qt binding must not corrupt the interpreter: a window repaints all day long."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter


def test_calls_returning_nothing_keep_none_alive(qapp):
    # PySide6 6.12.0 on CPython 3.11 lost one reference to None per such call and the
    # process aborted with "deallocating None" after a few minutes of painting.
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    colour = QColor("#ffffff")
    gc.collect()
    gc.disable()  # a collection in the loop may free objects that held None
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.fillRect(QRect(1, 2, 3, 4), colour)
        painter.setPen(colour)
        painter.drawLine(1, 2, 3, 4)
    after = sys.getrefcount(None)
    gc.enable()
    painter.end()
    assert after >= before - 100  # unrelated code may let go of a few, never thousands
