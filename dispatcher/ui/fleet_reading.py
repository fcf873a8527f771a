"""A large fleet's trips read a slice of drivers at a time, between events.

Read in one call, a fleet of 10,000 held the window for two seconds and more: it listed the
names but answered no click or key. Read by ranges of driver ids, each slice a few
hundredths of a second, the window answers between them. A driver read some other way while
the slices run (asked for by a view, or changed by an edit) is kept as read then: a later
slice, read before or after the change, never puts an older copy back.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer, Signal

from dispatcher.i18n import Context
from dispatcher.rules import DriverDays
from dispatcher.ui.errors import FILE_ERRORS
from dispatcher.workspace import Workspace

FleetReadingText = Context("FleetReadingText")

# time one slice may hold the event loop: a click or a key is answered between two slices
SLICE_SECONDS = 0.02
FIRST_SLICE = 40  # drivers; later slices are sized to the time the last one took
MOST_IN_A_SLICE = 2000


def failure_title() -> str:
    return FleetReadingText.tr("The drivers' trips could not be read")


class FleetReading(QObject):
    #: the drivers a slice read (in id order)
    sliceRead = Signal(list)
    #: every driver is read: ``fleet`` is the whole fleet
    finished = Signal()
    #: a slice could not be read (the file's error): nothing more is read
    failed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.days: dict[str, DriverDays] = {}
        self._gone: set[str] = set()  # deleted while reading: no slice brings them back
        self._after = ""  # the last driver id the slices have reached
        self._size = FIRST_SLICE
        self.complete = False
        self.started = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._read_slice)

    @property
    def running(self) -> bool:
        """Started, and neither finished nor stopped."""
        return self.started and not self.complete and not self._stopped

    def start(self) -> None:
        if not self.started:
            self.started = True
            self._timer.start()

    def stop(self) -> None:
        """Read nothing more, even if a slice is being read now."""
        self._stopped = True
        self._timer.stop()

    def read_yet(self, driver_id: str) -> DriverDays | None:
        return self.days.get(driver_id)

    def settle(self, driver_id: str, days: DriverDays | None) -> None:
        """The driver as read just now (None: not in the file): newer than any slice."""
        if days is None:
            self.days.pop(driver_id, None)
            self._gone.add(driver_id)
        else:
            self.days[driver_id] = days
            self._gone.discard(driver_id)

    def fleet(self) -> dict[str, DriverDays]:
        """Every driver read, in id order (the order ``Workspace.fleet`` gives)."""
        return {d: self.days[d] for d in sorted(self.days)}

    def _read_slice(self) -> None:
        start = time.perf_counter()
        try:
            read = self.workspace.read_after(self._after, self._size)
        except FILE_ERRORS as exc:  # a damaged value, a vanished share: said, not counted
            self.stop()
            self.failed.emit(exc)
            return
        took = time.perf_counter() - start
        # What is read lives as long as the window: a collection walking it again and again
        # while the rest is read stalled the window for a tenth of a second at a time.
        gc.freeze()
        ids: list[str] = []
        for days in read:
            driver_id = days.driver.id
            if driver_id not in self.days and driver_id not in self._gone:
                self.days[driver_id] = days
                ids.append(driver_id)
        if read:
            self._after = read[-1].driver.id
            grow = min(2.0, max(0.5, SLICE_SECONDS / max(took, 1e-4)))
            self._size = max(1, min(MOST_IN_A_SLICE, int(self._size * grow)))
        if ids:
            self.sliceRead.emit(ids)
        if self._stopped:
            return  # given up while the views took this slice
        if read:
            self._timer.start()
        else:
            self.complete = True
            self.finished.emit()
