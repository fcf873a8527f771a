"""The counted days of one driver under one rule, and used(d) over them.

Within a run of counted days (cut at new year for a calendar-year window) used(d) never
falls as d advances: each day adds one and at most one day leaves the window. So the
violation days of a run are a suffix of it, found by one binary search, and the largest
used(d) over any stretch of a run is used() of its last day.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import accumulate, islice, repeat
from operator import itemgetter, sub

from dispatcher.rules import intervals
from dispatcher.rules.intervals import Run
from dispatcher.rules.model import Driver, Leg, Permit
from dispatcher.rules.ruleset import Rule, RuleBook


def _permit_runs(permits: Iterable[Permit], kinds: frozenset[str], rule: Rule) -> list[Run]:
    if not permits:
        return []
    return intervals.normalise(
        (p.valid_from.toordinal(), p.valid_to.toordinal())
        for p in permits
        if p.kind in kinds and p.country in rule.countries
    )


def applicable_runs(book: RuleBook, rule: Rule, driver: Driver) -> list[Run]:
    """Days on which the rule is in force and applies to this driver: worked out once for
    all drivers of one citizenship and category who hold no permit (shared, never changed
    in place)."""
    if driver.permits:
        return _applicable_runs(book, rule, driver)
    key = (id(rule), driver.citizenship, driver.category)
    known = book.applicable_memo.get(key)
    if known is None or known[0] is not rule:
        known = book.applicable_memo[key] = (rule, _applicable_runs(book, rule, driver))
    return known[1]


def _applicable_runs(book: RuleBook, rule: Rule, driver: Driver) -> list[Run]:
    runs = intervals.span(rule.valid_from, rule.valid_to)
    if rule.requires_permit_kinds:
        runs = intervals.intersect(
            runs, _permit_runs(driver.permits, rule.requires_permit_kinds, rule)
        )
    exempt: list[Run] = []
    for ex in book.exemptions_for(rule.id):
        if ex.citizenship is not None and driver.citizenship not in ex.citizenship:
            continue
        if ex.categories is not None and driver.category not in ex.categories:
            continue
        when = intervals.span(ex.valid_from, ex.valid_to)
        if ex.permit_kinds is not None:
            when = intervals.intersect(when, _permit_runs(driver.permits, ex.permit_kinds, rule))
        exempt.extend(when)
    return intervals.subtract(runs, intervals.normalise(exempt))


def presence_runs(rule: Rule, legs: Iterable[Leg]) -> list[Run]:
    return intervals.normalise(
        (leg.entry.toordinal(), leg.exit.toordinal())
        for leg in legs
        if leg.country in rule.countries
    )


_FIRST, _LAST = itemgetter(0), itemgetter(1)


_ONE_MORE = (1).__add__


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of counted days over which used() rises; ``first_over`` starts its violations."""

    first: int
    last: int
    first_over: int | None


class Ledger:
    __slots__ = ("_cum", "_ends", "_starts", "_violations", "applicable", "limit", "rule", "runs")

    def __init__(self, rule: Rule, counted: list[Run], applicable: list[Run]):
        self.rule = rule
        self.limit = rule.limit
        self.runs = counted
        self.applicable = applicable
        starts: list[int] = list(map(_FIRST, counted))
        ends: list[int] = list(map(_LAST, counted))
        self._starts, self._ends = starts, ends
        # how many days the runs before each hold (loops in C: a fleet makes many ledgers)
        lengths = map(_ONE_MORE, map(sub, ends, starts))
        self._cum: list[int] = list(accumulate(lengths, initial=0))
        self._violations: list[Run] | None = None

    def counted_through(self, day: int) -> int:
        """How many counted days fall on or before ``day``."""
        i = bisect_right(self._starts, day)
        if i == 0:
            return 0
        return self._cum[i - 1] + min(day, self._ends[i - 1]) - self._starts[i - 1] + 1

    def run_containing(self, day: int) -> Run | None:
        i = bisect_right(self._starts, day)
        if i and day <= self._ends[i - 1]:
            return self._starts[i - 1], self._ends[i - 1]
        return None

    def is_counted(self, day: int) -> bool:
        return self.run_containing(day) is not None

    def applies(self, day: int) -> bool:
        i = bisect_right(self.applicable, (day, intervals.NEVER_AFTER))
        return i > 0 and day <= self.applicable[i - 1][1]

    def used(self, day: int) -> int:
        kind = self.rule.window.kind
        if kind == "calendar_year":
            new_year = date(date.fromordinal(day).year, 1, 1).toordinal()
            return self.counted_through(day) - self.counted_through(new_year - 1)
        if kind == "rolling":
            days = self.rule.window.days or 0
            return self.counted_through(day) - self.counted_through(day - days)
        run = self.run_containing(day)
        return day - run[0] + 1 if run else 0

    def segments(self) -> Iterator[Segment]:
        """The stretches within which used() only rises: a longest-stay search reads each
        one's first day over instead of counting day by day."""
        runs = self.runs
        if self.rule.window.kind == "calendar_year":
            runs = intervals.split_at_years(runs)
        for first, last in runs:
            yield Segment(first, last, self._first_over(first, last))

    def _first_over(self, first: int, last: int) -> int | None:
        if self.used(last) <= self.limit:
            return None
        lo, hi = first, last
        while lo < hi:
            mid = (lo + hi) // 2
            if self.used(mid) > self.limit:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def violation_runs(self) -> list[Run]:
        """Runs of days over the limit; a ledger never changes, so they are found once."""
        if self._violations is None:
            kind = self.rule.window.kind
            if not self._may_go_over():
                found = []
            elif kind == "calendar_year":
                found = self._year_violations()
            elif kind == "rolling":
                found = self._rolling_violations()
            else:
                found = []
                for first, last in self.runs:
                    over = self._first_over(first, last)
                    if over is not None:
                        found.append((over, last))
            self._violations = found
        return list(self._violations)

    def _may_go_over(self) -> bool:
        """False when no day can be over the limit, by bounds worked out in C or per year
        (most drivers are under every limit: they need no pass over their runs)."""
        limit, cum, starts, ends = self.limit, self._cum, self._starts, self._ends
        if cum[-1] <= limit:
            return False  # fewer days counted in all than the limit
        kind = self.rule.window.kind
        if kind == "stay":
            longest: int = max(map(sub, ends, starts))
            return longest >= limit  # a run of more than limit days
        if kind == "rolling":
            # used() on a run's last day is at most the days of the runs that do not end
            # before its window opens; used() peaks on runs' last days.
            edges = map(sub, ends, repeat(self.rule.window.days or 0))
            gone = map(cum.__getitem__, map(bisect_right, repeat(ends), edges))
            most: int = max(map(sub, islice(cum, 1, None), gone))
            return most > limit
        first_year = date.fromordinal(starts[0]).year
        for year in range(first_year, date.fromordinal(ends[-1]).year + 1):
            days = self.counted_through(date(year, 12, 31).toordinal()) - self.counted_through(
                date(year, 1, 1).toordinal() - 1
            )
            if days > limit:
                return True
        return False

    def _year_violations(self) -> list[Run]:
        """One pass over the year's pieces: within a year used() is the days counted so far,
        so a piece goes over on the day that makes limit + 1, if it reaches it."""
        found: list[Run] = []
        year_end = intervals.NEVER_BEFORE - 1
        so_far = 0
        limit = self.limit
        for first, last in intervals.split_at_years(self.runs):
            if first > year_end:
                year_end = date(date.fromordinal(first).year, 12, 31).toordinal()
                so_far = 0
            so_far += last - first + 1
            if so_far > limit:
                found.append((max(first, last - (so_far - limit) + 1), last))
        return found

    def _rolling_violations(self) -> list[Run]:
        """used() on each run's last day by one pass (the window's far edge only moves on);
        only a run that ends over the limit is searched for its first day over."""
        found: list[Run] = []
        width = self.rule.window.days or 0
        starts, ends, cum, limit = self._starts, self._ends, self._cum, self.limit
        count = len(starts)
        j = 0
        for i in range(count):
            last = ends[i]
            edge = last - width
            while j < count and starts[j] <= edge:
                j += 1
            before = 0 if j == 0 else cum[j - 1] + min(edge, ends[j - 1]) - starts[j - 1] + 1
            if cum[i + 1] - before > limit:
                over = self._first_over(starts[i], last)
                if over is not None:
                    found.append((over, last))
        return found

    def over_from(self, day: int) -> bool:
        """Is any day on or after ``day`` over the limit? Looks only at the runs from there."""
        runs = self.runs[bisect_left(self._ends, day) :]
        if self.rule.window.kind == "calendar_year":
            runs = intervals.split_at_years(runs)
        return any(last >= day and self.used(last) > self.limit for _, last in runs)

    def is_violation(self, day: int) -> bool:
        return self.is_counted(day) and self.used(day) > self.limit
