"""Could the driver spend k more days in a rule's countries from day e, and for how long?

A stay of k days from e *fits* when, with its days added, none of its own days is over the
limit and no finding on the days after it is created or made worse (more days used, an
earlier first day over, more days over). Adding days only raises used(), so a stay that fits
stays fitting when shortened: the longest stay is found by a binary search over k, and each
test reads used() at a handful of days instead of recounting the driver's year.

Why a handful is enough: within a run of counted days (cut at new year for a calendar year)
used() never falls, so over any stretch of such a run it peaks on the stretch's last day,
and the days over the limit are a suffix of the run.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from dispatcher.rules import intervals
from dispatcher.rules.intervals import Run
from dispatcher.rules.ledger import Ledger
from dispatcher.rules.ruleset import Rule

YEAR_SLACK = 368  # a run of limit+1 days inside one calendar year starts within this many days


@dataclass(frozen=True, slots=True)
class Stay:
    """The longest stay from a day: ``days`` None when no limit applies from that day on.

    ``outlasts_rule`` is True when the stay ends on the last day the rule applies to the
    driver and breaks nothing: after that day the rule no longer limits the driver at all.
    """

    days: int | None
    outlasts_rule: bool = False


def _year_end(day: int) -> int:
    return date(date.fromordinal(day).year, 12, 31).toordinal()


def _year_start(day: int) -> int:
    return date(date.fromordinal(day).year, 1, 1).toordinal()


class StayCheck:
    """One driver's counted days under one rule, ready to test many proposed stays."""

    def __init__(
        self,
        rule: Rule,
        base: Ledger,
        presence: list[Run],
        owners: list[tuple[int, int, str]],
    ):
        self.rule = rule
        self.limit = rule.limit
        self.kind = rule.window.kind
        self.width = rule.window.days or 0
        self.base = base
        self.applicable = base.applicable
        self._app = Ledger(rule, base.applicable, base.applicable)  # counts applicable days
        self.presence = presence
        self._presence_starts = [r[0] for r in presence]
        segments = list(base.segments())
        self._segments = segments
        self._segment_ends = [s.last for s in segments]
        # Pieces of the findings (days over, split by trip): each peaks on its last day, and
        # a finding is made worse when one of its pieces rises above the finding's peak.
        pieces: list[tuple[int, str]] = []
        peaks: dict[str, int] = {}
        owned = sorted(owners)  # disjoint ranges of days, one trip each
        owned_ends = [o[1] for o in owned]
        for first, last in base.violation_runs():
            k = bisect_left(owned_ends, first)
            while k < len(owned) and owned[k][0] <= last:
                own_first, own_last, trip_id = owned[k]
                lo, hi = max(first, own_first), min(last, own_last)
                if lo <= hi:
                    pieces.append((hi, trip_id))
                    peaks[trip_id] = max(peaks.get(trip_id, 0), base.used(hi))
                k += 1
        pieces.sort()
        self._piece_ends = [p[0] for p in pieces]
        self._piece_peaks = [peaks[p[1]] for p in pieces]

    # -- used() with a stay added -------------------------------------------------------

    def _count(self, ledger: Ledger, first: int, last: int) -> int:
        return ledger.counted_through(last) - ledger.counted_through(first - 1)

    def _used_after(self, day: int, first: int, last: int, added: list[Run]) -> int:
        """used(day) once the stay ``first``..``last`` (applicable days ``added``) is in."""
        if self.kind == "stay":
            start = day
            while True:
                run = self.base.run_containing(start - 1)
                if run is None:
                    run = next((r for r in added if r[0] <= start - 1 <= r[1]), None)
                if run is None:
                    break
                start = run[0]
            if self.base.is_counted(day) or any(a <= day <= b for a, b in added):
                return day - start + 1
            return 0
        lo = _year_start(day) if self.kind == "calendar_year" else day - self.width + 1
        lo, hi = max(lo, first), min(day, last)
        extra = 0
        if lo <= hi:  # applicable days of the stay in the window, less those already counted
            extra = self._count(self._app, lo, hi) - self._count(self.base, lo, hi)
        return self.base.used(day) + extra

    # -- the test -----------------------------------------------------------------------

    def fits(self, first: int, length: int) -> bool:
        """Can ``length`` days from ``first`` be added without breaking anything?"""
        return self.misfit(first, length) == 0

    def misfit(self, first: int, length: int) -> int:
        """0 when the stay fits; else how many days later a stay of this length may start.

        A day d found too full (used above what it may hold) stays too full for a stay that
        starts j days later as long as d is still in or after that stay and j is less than
        the excess: moving the start by one day takes at most one day out of d's window
        (not so under the one-stay rule, where a day out cuts the stay: there, 1).
        """
        if length <= 0:
            return 0
        last = min(first + length - 1, intervals.NEVER_AFTER)
        added = intervals.intersect(self.applicable, [(first, last)])
        if not added:
            return 0  # no day of the stay counts: nothing changes

        def skip(day: int, excess: int) -> int:
            return 1 if self.kind == "stay" else max(1, min(excess, day - first + 1))

        limit = self.limit
        pieces = intervals.split_at_years(added) if self.kind == "calendar_year" else added
        for _, end in pieces:  # the stay's own days: each piece peaks on its last day
            used = self._used_after(end, first, last, added)
            if used > limit:
                return skip(end, used - limit)
        # The days after the stay whose windows reach back into it.
        if self.kind == "rolling":
            reach = last + self.width - 1
        elif self.kind == "calendar_year":
            reach = _year_end(last)
        else:
            run = self.base.run_containing(last + 1)
            reach = run[1] if run is not None and added[-1][1] == last else last
        if reach <= last:
            return 0
        i = bisect_right(self._segment_ends, last)
        while i < len(self._segments) and self._segments[i].first <= reach:
            seg = self._segments[i]
            lo, hi = max(seg.first, last + 1), min(seg.last, reach)
            # Days not over before the stay are a prefix; a new day over would show on its end.
            q = hi if seg.first_over is None else min(hi, seg.first_over - 1)
            if q >= lo:
                used = self._used_after(q, first, last, added)
                if used > limit:
                    return skip(q, used - limit)
            i += 1
        j = bisect_right(self._piece_ends, last)
        while j < len(self._piece_ends) and self._piece_ends[j] <= reach:
            end = self._piece_ends[j]
            used = self._used_after(end, first, last, added)
            if used > self._piece_peaks[j]:
                return skip(end, used - self._piece_peaks[j])
            j += 1
        return 0

    # -- answers ------------------------------------------------------------------------

    def applies_until(self, day: int) -> int | None:
        """The last day the rule applies from ``day`` on; NEVER_AFTER when it never stops."""
        later = intervals.intersect(self.applicable, [(day, intervals.NEVER_AFTER)])
        return later[-1][1] if later else None

    def longest(self, day: int) -> Stay:
        later = intervals.intersect(self.applicable, [(day, intervals.NEVER_AFTER)])
        if not later:
            return Stay(None)
        end = later[-1][1]
        if end < intervals.NEVER_AFTER:
            upper = end - day + 1
            if self.fits(day, upper):
                return Stay(upper, outlasts_rule=True)
        else:
            # From the last start of the rule on, every day counts: limit+1 of them in one
            # calendar year, one window or one stay break any rule that can be broken.
            upper = max(day, later[-1][0]) - day + YEAR_SLACK + self.limit
            if self.fits(day, upper):
                return Stay(None)  # a limit as long as its window: it can never be broken
        lo, hi = 0, upper  # fits(lo) holds, fits(hi) does not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.fits(day, mid):
                lo = mid
            else:
                hi = mid
        return Stay(lo)

    def present(self, day: int) -> Run | None:
        i = bisect_right(self._presence_starts, day)
        if i and day <= self.presence[i - 1][1]:
            return self.presence[i - 1]
        return None

    def next_entry(self, day: int, length: int) -> int | None:
        """First day from ``day`` off the rule's countries from which ``length`` days fit."""
        later = intervals.intersect(self.applicable, [(day, intervals.NEVER_AFTER)])
        if not later:
            return self._first_off(day)  # the rule never applies again: any stay fits
        # From ``settles`` on the driver has no recorded day and the rule applies every day
        # until ``end``: then a stay that does not fit after two years and a window have
        # brought every day back never fits, unless it reaches past ``end``.
        end = later[-1][1]
        settles = max(day, later[-1][0], self.presence[-1][1] + 1 if self.presence else day)
        horizon = settles + 2 * YEAR_SLACK + self.width + length
        found = self._scan(day, horizon, length)
        if found is None and end < intervals.NEVER_AFTER and end + 1 > horizon:
            found = self._scan(max(horizon + 1, end - length - YEAR_SLACK), end + 1, length)
        return found

    def _first_off(self, day: int) -> int:
        run = self.present(day)
        return day if run is None else run[1] + 1

    def _scan(self, first: int, last: int, length: int) -> int | None:
        e = first
        while e <= last:
            run = self.present(e)
            if run is not None:
                e = run[1] + 1
                continue
            later = self.misfit(e, length)
            if later == 0:
                return e
            e += max(later, self._skip(e))
        return None

    def _skip(self, day: int) -> int:
        """How many days on from a day that did not fit the next one could fit.

        When the window of an applicable day already holds ``limit`` counted days before
        it, entering that day is over at once. Under a calendar year that count cannot fall
        before the new year; under a rolling window it falls by at most one a day. Only
        while the rule keeps applying: a day it does not apply on may fit.
        """
        run = next((r for r in self.applicable if r[0] <= day <= r[1]), None)
        if run is None or self.kind == "stay":
            return 1
        if self.kind == "calendar_year":
            held = self._count(self.base, _year_start(day), day - 1)
            if held < self.limit:
                return 1
            return max(1, min(run[1], _year_end(day)) + 1 - day)
        held = self._count(self.base, day - self.width + 1, day - 1)
        if held < self.limit:
            return 1
        return max(1, min(run[1] + 1 - day, held - self.limit + 1))
