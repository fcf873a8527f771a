"""The roster's "from" column: the next day the driver may enter under their tightest rule.

Worked out only when the view paints (or sorts by) the column and kept per driver until
that driver changes, so a large fleet opens as fast as without it: the column gives its
size without its text, so sizing the roster's columns to their contents (which reads up to
a thousand rows) never works out a next entry.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from dispatcher.i18n import Context, format_date
from dispatcher.rules import Rule
from dispatcher.rules.levels import RuleLevel, visited_first
from dispatcher.rules.wording import region_text, rule_name
from dispatcher.ui.context import AppContext
from dispatcher.ui.style import level_colours

RosterText = Context("RosterText")
NEVER = 10**7  # sorts after every day
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the roster's sort role


class NextEntryColumn:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self._entries: dict[str, tuple[Rule, RuleLevel, date | None] | None] = {}
        self._size: QSize | None = None

    def clear(self) -> None:
        self._entries = {}
        self._size = None  # the language may have changed

    def forget(self, driver_id: str) -> None:
        self._entries.pop(driver_id, None)

    def known(self, driver_id: str) -> bool:
        """The driver's next entry is worked out (asking for it costs nothing)."""
        return driver_id in self._entries

    def header(self, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return RosterText.tr("from")
        if role == Qt.ItemDataRole.ToolTipRole:
            return RosterText.tr(
                "The next day the driver may enter again under the rule with fewest days left"
            )
        return None

    def entry(
        self, driver_id: str, statuses: dict[str, RuleLevel]
    ) -> tuple[Rule, RuleLevel, date | None] | None:
        """The tightest rule (fewest days left; the first in the rule book on a tie), its
        level, and the next entry under it; None when no rule applies to the driver."""
        if driver_id in self._entries:
            return self._entries[driver_id]
        days = self.ctx.days(driver_id)
        found = None
        if days is not None and statuses:
            tightest = min(statuses.values(), key=lambda s: s.left)
            rule = days.book.rule(tightest.rule_id)
            found = (rule, tightest, days.next_entry(rule, self.ctx.as_of))
        self._entries[driver_id] = found
        return found

    def size_hint(self) -> QSize:
        """Wide enough for a date or the longest word the column shows."""
        if self._size is None:
            metrics = QFontMetrics(QApplication.font())
            texts = (format_date(date(2000, 12, 30)), RosterText.tr("never"), RosterText.tr("now"))
            width = max(metrics.horizontalAdvance(t) for t in texts) + 16
            self._size = QSize(width, metrics.height() + 4)
        return self._size

    def data(self, driver_id: str, statuses: dict[str, RuleLevel], role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.SizeHintRole:
            return self.size_hint()
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            SORT_ROLE,
        ):
            return None
        found = self.entry(driver_id, statuses)
        if found is None:  # no rule applies: free to go now
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            return 0 if role == SORT_ROLE else None
        rule, level, day = found
        as_of = self.ctx.as_of
        if role == SORT_ROLE:
            return NEVER if day is None else day.toordinal()
        if role == Qt.ItemDataRole.DisplayRole:
            if day is None:
                return RosterText.tr("never")
            return RosterText.tr("now") if day <= as_of else format_date(day)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if day is not None and day <= as_of else level_colours(level.level)[0]
        return self.tooltip(driver_id, rule, day)

    def tooltip(self, driver_id: str, rule: Rule, day: date | None) -> str:
        days = self.ctx.days(driver_id)
        book = self.ctx.workspace.book
        if days is None:
            return ""
        if day is None:
            return RosterText.tr("%1: no entry fits while the rule applies").replace(
                "%1", rule_name(book, rule.id)
            )
        stay = days.max_stay(rule, day)  # one more search: only when the tooltip is asked
        region = region_text(book, rule.id, visited_first(days))
        if stay is None:
            template = RosterText.tr("%1: may enter %2 from %3 with no limit")
        else:
            template = RosterText.tr("%1: may enter %2 from %3 for up to %n day(s)", "", stay)
        return (
            template.replace("%1", rule_name(book, rule.id))
            .replace("%2", region)
            .replace("%3", format_date(day))
        )
