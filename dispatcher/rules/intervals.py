"""Sets of days as sorted, disjoint, non-adjacent runs of day ordinals ``(first, last)``.

Counting day by day would cost a fleet millions of steps; runs cost one step per stay.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date
from itertools import islice
from operator import le, lt

Run = tuple[int, int]

NEVER_BEFORE = date.min.toordinal()
NEVER_AFTER = date.max.toordinal()


def normalise(runs: Iterable[Run]) -> list[Run]:
    """Sort and merge overlapping or touching runs (days are whole, so 1–5 and 6–9 join)."""
    merged: list[Run] = []
    top: Run | None = None  # the run being grown: kept as it came unless it grows
    lo = hi = 0
    grown = False
    for run in sorted(runs):
        first, last = run
        if first > last:
            continue
        if top is not None:
            if first <= hi + 1:
                if last > hi:
                    hi, grown = last, True
                continue
            merged.append((lo, hi) if grown or type(top) is not tuple else top)
        top, lo, hi, grown = run, first, last, False
    if top is not None:
        merged.append((lo, hi) if grown or type(top) is not tuple else top)
    return merged


_NEXT_DAY = (1).__add__


def merge_in_order(firsts: list[int], lasts: list[int]) -> list[Run]:
    """``normalise(zip(firsts, lasts))`` for runs already in order of their first days,
    as a driver's legs mostly come: no sort, and no tuple made for a run that merges."""
    if all(map(lt, map(_NEXT_DAY, lasts), islice(firsts, 1, None))) and all(
        map(le, firsts, lasts)
    ):  # each a day or more before the next: nothing to merge (asked in C)
        return list(zip(firsts, lasts, strict=True))
    if not all(map(le, firsts, islice(firsts, 1, None))):
        return normalise(zip(firsts, lasts, strict=True))
    merged: list[Run] = []
    lo = hi = 0
    started = False
    for first, last in zip(firsts, lasts, strict=True):
        if first > last:
            continue
        if started and first <= hi + 1:
            if last > hi:
                hi = last
            continue
        if started:
            merged.append((lo, hi))
        lo, hi, started = first, last, True
    if started:
        merged.append((lo, hi))
    return merged


def intersect(a: list[Run], b: list[Run]) -> list[Run]:
    out: list[Run] = []
    i = j = 0
    while i < len(a) and j < len(b):
        first = max(a[i][0], b[j][0])
        last = min(a[i][1], b[j][1])
        if first <= last:
            out.append((first, last))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return normalise(out)


def clip(runs: list[Run], first: int, last: int) -> list[Run]:
    """The days of normalised ``runs`` from ``first`` to ``last``: ``intersect`` with one
    run, without walking every run when all of them lie inside (a new list each time)."""
    if first > last:
        return []
    if not runs or (first <= runs[0][0] and runs[-1][1] <= last):
        return list(runs)
    lo = bisect_left(runs, (first, first))
    if lo and runs[lo - 1][1] >= first:
        lo -= 1
    hi = bisect_right(runs, (last, NEVER_AFTER))
    out = runs[lo:hi]
    if out:
        if out[0][0] < first:
            out[0] = (first, out[0][1])
        if out[-1][1] > last:
            out[-1] = (out[-1][0], last)
    return out


def union(runs: list[Run], more: Iterable[Run]) -> list[Run]:
    """``normalise([*runs, *more])`` for normalised ``runs`` and a few ``more``: each added
    run replaces only the runs it overlaps or touches, found by bisection."""
    out = list(runs)
    for first, last in normalise(more):
        lo = bisect_left(out, (first, first))
        if lo and out[lo - 1][1] >= first - 1:
            lo -= 1
        hi = bisect_right(out, (last + 1, NEVER_AFTER))
        if lo < hi:
            first, last = min(first, out[lo][0]), max(last, out[hi - 1][1])
        out[lo:hi] = [(first, last)]
    return out


def within(few: list[Run], runs: list[Run]) -> list[Run]:
    """``intersect`` of a few normalised runs with many: each of the few is clipped out of
    the many by bisection instead of walking every run before it."""
    return normalise(piece for first, last in few for piece in clip(runs, first, last))


def subtract(a: list[Run], b: list[Run]) -> list[Run]:
    out: list[Run] = []
    j = 0
    for first, last in a:
        cursor = first
        while j < len(b) and b[j][1] < cursor:
            j += 1
        k = j
        while k < len(b) and b[k][0] <= last:
            if b[k][0] > cursor:
                out.append((cursor, b[k][0] - 1))
            cursor = max(cursor, b[k][1] + 1)
            k += 1
        if cursor <= last:
            out.append((cursor, last))
    return out


def span(first: date | None, last: date | None) -> list[Run]:
    return [
        (
            first.toordinal() if first else NEVER_BEFORE,
            last.toordinal() if last else NEVER_AFTER,
        )
    ]


def split_at_years(runs: list[Run]) -> list[Run]:
    """Cut runs at every 1 January so that each piece lies in one calendar year."""
    out: list[Run] = []
    year_start, year_end = 1, 0  # the year of the run before
    for run in runs:
        first, last = run
        if not year_start <= first <= year_end:
            year_start, year_end = _year(first)
        if last <= year_end and first <= last:  # within one year: kept as it is
            out.append(run)
            continue
        while first <= last:
            year_end = _year(first)[1]
            out.append((first, min(last, year_end)))
            first = year_end + 1
        year_start = year_end + 1  # nothing is known of the year the loop stopped in
    return out


def _year(day: int) -> Run:
    """The first and last day of the day's calendar year."""
    year = date.fromordinal(day).year
    return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
