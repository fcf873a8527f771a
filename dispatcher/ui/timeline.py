"""Drivers × days: each leg a bar coloured by country, days over a limit marked red.

Painted by hand, only the rows and days in view, from per-driver bars kept until that driver
changes; a table of 500 × 730 cells would not scroll smoothly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain
from operator import attrgetter

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from dispatcher.i18n import Context, fill, language
from dispatcher.rules import Leg, Trip
from dispatcher.rules.countries import country_name
from dispatcher.rules.levels import Level, days_over, driver_level, rules_of_country
from dispatcher.store import StaleRecord, StoreError
from dispatcher.ui import dialogs, style
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import day_text

TimelineText = Context("TimelineText")

LEFT = 200  # the names column
TOP = 40  # month and day header
ROW_H = 24
DAY_W = 18
MARGIN_DAYS = 45


@dataclass(frozen=True, slots=True)
class Bar:
    first: int
    last: int
    country: str
    trip_id: str


@dataclass(frozen=True, slots=True)
class Row:
    driver_id: str
    name: str
    bars: tuple[Bar, ...]
    over: tuple[tuple[int, int], ...]  # runs of days that break a rule
    level: Level  # the driver's level on the as-of date (the colour of the name)


class TimelineView(QAbstractScrollArea):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontalScrollBar().setSingleStep(DAY_W)
        self.verticalScrollBar().setSingleStep(ROW_H)
        self._ids: list[str] = []
        self._rows: dict[str, Row] = {}
        self._first = self._last = ctx.as_of.toordinal()
        self.selected: str | None = None
        self._press: tuple[str, str, int] | None = None  # driver, trip, day pressed
        self.drag_days = 0  # how far the pressed trip is being moved
        self._groups: dict[str, frozenset[str]] = {}  # country -> the rules that count it
        self._scrolled = False
        self._names: dict[str, str] | None = None  # names only: the days are being read
        # While the trips are read in slices: the days their legs span so far, and the
        # drivers that span includes (walking every leg of 10,000 drivers at once, when the
        # last slice is in, held the window for a seventh of a second).
        self._read_span: tuple[date, date] | None = None
        self._spanned: set[str] = set()
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.asOfChanged.connect(lambda _d: self.reload())
        ctx.fleetRead.connect(self.reload)
        ctx.fleetSliceRead.connect(self._on_slice_read)
        ctx.driverSelected.connect(self.select_driver)
        ctx.dayRequested.connect(self.scroll_to)
        self.reload()
        self.scroll_to(ctx.as_of)

    # ----- data --------------------------------------------------------------------------

    def reload(self) -> None:
        self._rows = {}
        self._groups = {}
        if self.ctx.fleet_waiting:  # the names now, the bars once the trips are read
            names = self._names = {d.id: d.name for d in self.ctx.drivers()}
            self._ids = sorted(names, key=lambda d: (names[d], d))
            self._first = self.ctx.as_of.toordinal() - MARGIN_DAYS
            self._last = self.ctx.as_of.toordinal() + MARGIN_DAYS * 2
            self._update_scrollbars()
            self.viewport().update()
            return
        # the first day in view stays in view when the trips come in after the names
        shown = self.first_visible_day() if self._names is not None else None
        self._names = None
        fleet = self.ctx.fleet()
        self._ids = sorted(fleet, key=lambda d: (fleet[d].driver.name, d))
        as_of = self.ctx.as_of
        spanned, self._spanned = self._spanned, set()
        read_span, self._read_span = self._read_span, None
        if read_span is not None and spanned:  # the slices' span, and the drivers not in it
            rest = [days for d, days in fleet.items() if d not in spanned]
            first, last = self._span(rest, read_span)
        else:
            first, last = self._span(fleet.values(), (as_of, as_of))
        self._first = min(first, as_of).toordinal() - MARGIN_DAYS
        self._last = max(last, as_of).toordinal() + MARGIN_DAYS * 2
        self._update_scrollbars()
        if shown is not None:
            self.horizontalScrollBar().setValue((shown.toordinal() - self._first) * DAY_W)
        self.viewport().update()

    @staticmethod
    def _span(fleet, span: tuple[date, date]) -> tuple[date, date]:
        """The first entry and the last exit of the drivers' legs and ``span``."""
        # Every leg walked in C (map, chain): a Python loop over a large fleet's trips took
        # a third of a second before the window could show.
        trips = list(chain.from_iterable(map(attrgetter("trips"), fleet)))
        legs = list(chain.from_iterable(map(attrgetter("legs"), trips)))
        first = min(span[0], min(map(attrgetter("entry"), legs), default=span[0]))
        return first, max(span[1], max(map(attrgetter("exit"), legs), default=span[1]))

    def _on_slice_read(self, ids: list[str]) -> None:
        read = [days for days in map(self.ctx.read_yet, ids) if days is not None]
        if read:
            as_of = self.ctx.as_of  # in the span shown in any case
            self._read_span = self._span(read, self._read_span or (as_of, as_of))
            self._spanned.update(days.driver.id for days in read)

    def _on_data_changed(self, driver_id: str) -> None:
        if not driver_id:  # a new reading: what the slices had spanned is forgotten
            self._read_span, self._spanned = None, set()
        else:  # the driver's days as the slices had them are no longer theirs
            self._spanned.discard(driver_id)
        if not driver_id or self._names is not None or driver_id not in self._ids:
            self.reload()
            return
        self._rows.pop(driver_id, None)
        if self.ctx.days(driver_id) is None:
            self.reload()
            return
        self.viewport().update()

    def row(self, driver_id: str) -> Row:
        """Bars and red days of one driver, built on first paint and kept until they change."""
        found = self._rows.get(driver_id)
        if found is None:
            days = self.ctx.days(driver_id)
            assert days is not None, driver_id  # rows are only of drivers in the fleet
            bars = tuple(
                Bar(leg.entry.toordinal(), leg.exit.toordinal(), leg.country, trip.id)
                for trip in days.trips
                for leg in trip.legs
            )
            over = tuple((a.toordinal(), b.toordinal()) for a, b in days_over(days))
            level = driver_level(days, self.ctx.as_of, self.ctx.approaching_days())
            found = Row(driver_id, days.driver.name, bars, over, level)
            self._rows[driver_id] = found
        return found

    def rules_counting(self, country: str) -> frozenset[str]:
        found = self._groups.get(country)
        if found is None:
            found = rules_of_country(self.ctx.workspace.book, country)
            self._groups[country] = found
        return found

    def row_of(self, driver_id: str) -> int:
        return self._ids.index(driver_id) if driver_id in self._ids else -1

    def row_count(self) -> int:
        return len(self._ids)

    # ----- geometry ----------------------------------------------------------------------

    def _update_scrollbars(self) -> None:
        view = self.viewport()
        days = self._last - self._first + 1
        self.horizontalScrollBar().setRange(0, max(0, days * DAY_W - (view.width() - LEFT)))
        self.horizontalScrollBar().setPageStep(max(DAY_W, view.width() - LEFT))
        rows = len(self._ids)
        self.verticalScrollBar().setRange(0, max(0, rows * ROW_H - (view.height() - TOP)))
        self.verticalScrollBar().setPageStep(max(ROW_H, view.height() - TOP))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def showEvent(self, event) -> None:
        """Open on the as-of date once the view has its real width (not on the first trip)."""
        super().showEvent(event)
        if not self._scrolled:
            self._scrolled = True
            self._update_scrollbars()
            self.scroll_to(self.ctx.as_of)

    def x_of(self, ordinal: int) -> int:
        return LEFT + (ordinal - self._first) * DAY_W - self.horizontalScrollBar().value()

    def day_at(self, x: int) -> date:
        ordinal = self._first + (x - LEFT + self.horizontalScrollBar().value()) // DAY_W
        return date.fromordinal(ordinal)

    def driver_at(self, y: int) -> str | None:
        if y < TOP:
            return None
        index = (y - TOP + self.verticalScrollBar().value()) // ROW_H
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def bar_at(self, pos: QPoint) -> Bar | None:
        driver_id = self.driver_at(pos.y())
        if driver_id is None or pos.x() < LEFT or self._names is not None:
            return None
        ordinal = self.day_at(pos.x()).toordinal()
        hits = [b for b in self.row(driver_id).bars if b.first <= ordinal <= b.last]
        return hits[-1] if hits else None

    def scroll_to(self, day: date) -> None:
        """Put ``day`` about a third into the visible days."""
        visible = max(1, (self.viewport().width() - LEFT) // DAY_W)
        offset = (day.toordinal() - self._first - visible // 3) * DAY_W
        self.horizontalScrollBar().setValue(max(0, offset))
        self.viewport().update()

    def select_driver(self, driver_id: str) -> None:
        self.selected = driver_id
        row = self.row_of(driver_id)
        if row >= 0:
            top = row * ROW_H
            bar = self.verticalScrollBar()
            height = self.viewport().height() - TOP
            if not bar.value() <= top <= bar.value() + height - ROW_H:
                bar.setValue(max(0, top - height // 3))
        self.viewport().update()

    # ----- painting ----------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self.viewport())
        view = self.viewport().rect()
        painter.fillRect(view, QColor("#ffffff"))
        first_day = self.day_at(LEFT).toordinal()
        last_day = min(self._last, self.day_at(view.width()).toordinal() + 1)
        as_of = self.ctx.as_of.toordinal()
        first_row = self.verticalScrollBar().value() // ROW_H
        last_row = min(len(self._ids), first_row + (view.height() - TOP) // ROW_H + 2)
        y0 = TOP - self.verticalScrollBar().value()

        for ordinal in range(first_day, last_day + 1):  # weekends and the as-of column
            if date.fromordinal(ordinal).weekday() >= 5:
                painter.fillRect(self.x_of(ordinal), TOP, DAY_W, view.height(), QColor("#f4f4f6"))
        for index in range(first_row, last_row):
            driver_id = self._ids[index]
            y = y0 + index * ROW_H
            if driver_id == self.selected:
                painter.fillRect(LEFT, y, view.width(), ROW_H, QColor("#e3f0ff"))
            if self._names is not None:
                continue  # no bars before the trips are read
            self._paint_row(painter, self.row(driver_id), y, first_day, last_day, as_of)
            if self._press and self.drag_days and self._press[0] == driver_id:
                self._paint_ghost(painter, self.row(driver_id), y)
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.drawLine(self.x_of(as_of) + DAY_W // 2, TOP, self.x_of(as_of) + DAY_W // 2,
                         view.height())  # fmt: skip
        self._paint_header(painter, view, first_day, last_day, as_of)
        self._paint_names(painter, view, first_row, last_row, y0)
        if self._names is not None:
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRect(LEFT, TOP, view.width() - LEFT, view.height() - TOP),
                             Qt.AlignmentFlag.AlignCenter,
                             TimelineText.tr("Reading the drivers' trips…"))  # fmt: skip
        painter.end()

    def _paint_row(self, painter, row: Row, y: int, first_day, last_day, as_of) -> None:
        for bar in row.bars:
            if bar.last < first_day or bar.first > last_day:
                continue
            colour = style.country_colour(bar.country, self.rules_counting(bar.country))
            x1, x2 = self.x_of(bar.first), self.x_of(bar.last) + DAY_W
            rect = QRect(x1 + 1, y + 4, x2 - x1 - 2, ROW_H - 8)
            painter.fillRect(rect, colour)
            if bar.last > as_of:  # planned days: lighter, with a dashed outline
                planned_from = max(bar.first, as_of + 1)
                px = self.x_of(planned_from)
                light = QColor(colour)
                light.setAlpha(style.PLANNED_ALPHA)
                painter.fillRect(QRect(px, y + 4, x2 - px - 1, ROW_H - 8), QColor("#ffffff"))
                painter.fillRect(QRect(px, y + 4, x2 - px - 1, ROW_H - 8), light)
                painter.setPen(QPen(colour.darker(130), 1, Qt.PenStyle.DashLine))
                painter.drawRect(QRect(px, y + 4, x2 - px - 2, ROW_H - 9))
            if x2 - x1 >= 2 * DAY_W:
                painter.setPen(QColor("#ffffff") if bar.last <= as_of else colour.darker(160))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, bar.country)
        for first, last in row.over:
            if last < first_day or first > last_day:
                continue
            x1, x2 = self.x_of(first), self.x_of(last) + DAY_W
            painter.fillRect(QRect(x1, y + ROW_H - 6, x2 - x1, 5), style.OVER)
            painter.setPen(QPen(style.OVER, 2))
            painter.drawRect(QRect(x1 + 1, y + 2, x2 - x1 - 2, ROW_H - 4))

    def _paint_ghost(self, painter, row: Row, y: int) -> None:
        """Where the dragged trip would go: an outline, moved by ``drag_days``."""
        if self._press is None:
            return
        trip_id = self._press[1]
        painter.setPen(QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine))
        for bar in row.bars:
            if bar.trip_id == trip_id:
                x1 = self.x_of(bar.first + self.drag_days)
                x2 = self.x_of(bar.last + self.drag_days) + DAY_W
                painter.drawRect(QRect(x1 + 1, y + 2, x2 - x1 - 2, ROW_H - 4))

    def _paint_header(self, painter, view, first_day, last_day, as_of) -> None:
        painter.fillRect(0, 0, view.width(), TOP, QColor("#eceff1"))
        painter.setPen(QColor("#90a4ae"))
        painter.drawLine(0, TOP - 1, view.width(), TOP - 1)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() - 2))
        for ordinal in range(first_day, last_day + 1):
            day = date.fromordinal(ordinal)
            x = self.x_of(ordinal)
            if day.day == 1 or ordinal == first_day:
                painter.setPen(QColor("#37474f"))
                painter.setFont(self.font())
                label = self.locale().standaloneMonthName(day.month) + f" {day.year}"
                painter.drawText(QRect(x + 3, 2, 200, 18), Qt.AlignmentFlag.AlignLeft, label)
                painter.setPen(QColor("#90a4ae"))
                painter.drawLine(x, 0, x, view.height())
            painter.setFont(small)
            painter.setPen(QColor("#1565c0") if ordinal == as_of else QColor("#607d8b"))
            painter.drawText(QRect(x, 20, DAY_W, 18), Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.setFont(self.font())

    def _paint_names(self, painter, view, first_row, last_row, y0) -> None:
        painter.fillRect(0, TOP, LEFT, view.height(), QColor("#fafafa"))
        painter.fillRect(0, 0, LEFT, TOP, QColor("#eceff1"))
        painter.setPen(QColor("#37474f"))
        painter.drawText(QRect(8, 0, LEFT - 8, TOP), Qt.AlignmentFlag.AlignVCenter,
                         TimelineText.tr("Driver"))  # fmt: skip
        for index in range(first_row, last_row):
            driver_id = self._ids[index]
            y = y0 + index * ROW_H
            if y + ROW_H < TOP:
                continue
            if driver_id == self.selected:
                painter.fillRect(0, y, LEFT, ROW_H, QColor("#cfe3ff"))
            if self._names is not None:  # grey: no level is known yet
                name = self._names[driver_id]
                painter.setPen(QColor("#78909c"))
            else:
                row = self.row(driver_id)
                name = row.name
                fine = row.level is Level.FINE
                painter.setPen(QColor("#263238") if fine else style.level_colours(row.level)[0])
            text = self.fontMetrics().elidedText(
                f"{name}  ·  {driver_id}", Qt.TextElideMode.ElideRight, LEFT - 14
            )
            painter.drawText(QRect(8, y, LEFT - 10, ROW_H), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QColor("#b0bec5"))
        painter.drawLine(LEFT - 1, 0, LEFT - 1, view.height())

    # ----- interaction -------------------------------------------------------------------

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                entry, exit_ = date.fromordinal(bar.first), date.fromordinal(bar.last)
                QToolTip.showText(
                    event.globalPos(),
                    fill(
                        TimelineText.tr(
                            "Trip %1: %2 %3 – %4 (%n day(s))", "", bar.last - bar.first + 1
                        ),
                        bar.trip_id,
                        country_name(bar.country, language()),
                        day_text(entry),
                        day_text(exit_),
                    ),
                    self,
                )
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        driver_id = self.driver_at(pos.y())
        if driver_id:
            self.ctx.driverSelected.emit(driver_id)
            bar = self.bar_at(pos)
            if bar is not None and event.button() == Qt.MouseButton.LeftButton:
                self._press = (driver_id, bar.trip_id, self.day_at(pos.x()).toordinal())
                self.drag_days = 0
            event.accept()  # the press is the timeline's: a selection or a drag begins
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            days = self.day_at(int(event.position().x())).toordinal() - self._press[2]
            if days != self.drag_days:
                self.drag_days = days
                self.viewport().update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        pressed, days = self._press, self.drag_days
        self._press, self.drag_days = None, 0
        self.viewport().update()
        if pressed is not None:
            event.accept()
            if days:
                self.move_trip(pressed[1], days)
            return
        super().mouseReleaseEvent(event)

    def move_trip(self, trip_id: str, days: int) -> bool:
        """Move a whole trip by ``days`` (a drag); refused moves are explained, not applied,
        and a move that goes over a limit asks first."""
        trip = self.ctx.store.trip(trip_id)
        if trip is None:
            return False
        shift = timedelta(days=days)
        moved = Trip(trip.id, trip.driver_id,
                     tuple(Leg(leg.country, leg.entry + shift, leg.exit + shift)
                           for leg in trip.legs), trip.note)  # fmt: skip
        try:
            return self.ctx.save_trip(moved, based_on=trip, parent=self)
        except StaleRecord as exc:
            self.ctx.offer_reload(self, str(exc))
            return False
        except StoreError as exc:
            dialogs.inform(self, fill(TimelineText.tr("Cannot move trip %1"), trip_id), str(exc),
                           error=True)  # fmt: skip
            return False

    def mouseDoubleClickEvent(self, event) -> None:
        from dispatcher.ui.trip_editor import edit_trip

        pos = event.position().toPoint()
        driver_id = self.driver_at(pos.y())
        if driver_id is None or pos.x() < LEFT:
            return
        bar = self.bar_at(pos)
        if bar is not None:
            edit_trip(self, self.ctx, trip_id=bar.trip_id)
        else:
            edit_trip(self, self.ctx, driver_id=driver_id, start=self.day_at(pos.x()))

    def keyPressEvent(self, event) -> None:
        bar = self.horizontalScrollBar()
        key = event.key()
        if key == Qt.Key.Key_Home:
            self.scroll_to(self.ctx.as_of)
        elif key == Qt.Key.Key_PageDown and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar.setValue(bar.value() + 30 * DAY_W)
        elif key == Qt.Key.Key_PageUp and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar.setValue(bar.value() - 30 * DAY_W)
        else:
            super().keyPressEvent(event)

    def first_visible_day(self) -> date:
        return self.day_at(LEFT)

    def scroll_days(self, days: int) -> None:
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + days * DAY_W)

    def visible_days(self) -> int:
        return max(1, (self.viewport().width() - LEFT) // DAY_W)
