"""A slow, obviously correct day-by-day reading of the project's counting rules.

It shares nothing with the engine but the rule book's data, so when the two agree on random
fleets the engine's interval arithmetic is right. Where it searches (the longest stay) it
tests every stay it reports literally, with the stay added as a trip: the property tests
also check that one day more does not fit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from dispatcher.rules import Driver, Leg, Rule, RuleBook, Trip

SCAN_DAYS = 1600  # how far ahead the reference looks for the end of a rule or a stay
ONE = timedelta(days=1)
STAY_ID = "~stay"  # the trip a tested stay is added as


def _days(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += ONE


def natural(text: str) -> tuple:
    """T9 before T10: digits compare as numbers."""
    parts = re.split(r"(\d+)", text)
    return tuple((int(p), "") if i % 2 else (-1, p.casefold()) for i, p in enumerate(parts)), text


def _has_permit(driver: Driver, kinds, rule: Rule, day: date) -> bool:
    return any(
        p.kind in kinds and p.country in rule.countries and p.valid_from <= day <= p.valid_to
        for p in driver.permits
    )


def applies(book: RuleBook, rule: Rule, driver: Driver, day: date) -> bool:
    if not rule.in_force(day):
        return False
    if rule.requires_permit_kinds and not _has_permit(
        driver, rule.requires_permit_kinds, rule, day
    ):
        return False
    for ex in book.exemptions:
        if not ex.targets(rule.id):
            continue
        if ex.citizenship is not None and driver.citizenship not in ex.citizenship:
            continue
        if ex.categories is not None and driver.category not in ex.categories:
            continue
        if ex.valid_from is not None and day < ex.valid_from:
            continue
        if ex.valid_to is not None and day > ex.valid_to:
            continue
        if ex.permit_kinds is not None and not _has_permit(driver, ex.permit_kinds, rule, day):
            continue
        return False
    return True


def _clash(a: Trip, b: Trip) -> bool:
    """Two trips of one driver clash when they share a day that is not a crossing day:
    the one day where one trip ends and the other begins."""
    shared = set(_days(a.start, a.end)) & set(_days(b.start, b.end))
    if not shared:
        return False
    if len(shared) == 1:
        (day,) = shared
        return not ((a.end == day == b.start) or (b.end == day == a.start))
    return True


class Counted(set):
    """A set of counted days that can also say how many fall between two days."""

    def __init__(self, days=()):
        super().__init__(days)
        self.sorted = sorted(self)

    def between(self, first: date, last: date) -> int:
        return bisect_right(self.sorted, last) - bisect_left(self.sorted, first)


def window_start(rule: Rule, day: date) -> date:
    if rule.window.kind == "calendar_year":
        return date(day.year, 1, 1)
    return day - timedelta(days=rule.window.days - 1)


class Reference:
    def __init__(
        self, book: RuleBook, driver: Driver, trips: list[Trip], proposed: frozenset = frozenset()
    ):
        self.book, self.driver, self.trips = book, driver, trips
        self.proposed = proposed  # trips that only get days no other trip covers

    def present(self, rule: Rule) -> set[date]:
        return {
            day
            for trip in self.trips
            for leg in trip.legs
            if leg.country in rule.countries
            for day in _days(leg.entry, leg.exit)
        }

    def counted(self, rule: Rule, present: set[date] | None = None) -> Counted:
        present = self.present(rule) if present is None else present
        return Counted(d for d in present if applies(self.book, rule, self.driver, d))

    def used(self, rule: Rule, counted: Counted, day: date) -> int:
        if rule.window.kind != "stay":
            return counted.between(window_start(rule, day), day)
        n, d = 0, day  # one continuous stay: the unbroken run of counted days ending on day
        while d in counted:
            n += 1
            d -= ONE
        return n

    def owner(self, rule: Rule, day: date) -> str:
        """Earliest entry, then the later exit, then the smaller id in natural order; a
        proposed trip only when no other trip covers the day."""
        covering = [
            (trip.id in self.proposed, leg.entry, -leg.exit.toordinal(), natural(trip.id), trip.id)
            for trip in self.trips
            for leg in trip.legs
            if leg.country in rule.countries and leg.entry <= day <= leg.exit
        ]
        return min(covering)[-1]

    def rule_groups(self, rule: Rule) -> dict[tuple[str, str], list[tuple[date, int]]]:
        out: dict[tuple[str, str], list[tuple[date, int]]] = {}
        counted = self.counted(rule)
        for day in counted.sorted:
            used = self.used(rule, counted, day)
            if used > rule.limit:
                out.setdefault((rule.id, self.owner(rule, day)), []).append((day, used))
        return out

    def groups(self) -> dict[tuple[str, str], list[tuple[date, int]]]:
        """(rule, trip) -> every violation day of that trip under that rule, with used(d)."""
        out: dict[tuple[str, str], list[tuple[date, int]]] = {}
        for rule in self.book.rules:
            out.update(self.rule_groups(rule))
        return out

    def findings(self, as_of: date) -> set[tuple]:
        out = set()
        for (rule_id, trip_id), days in self.groups().items():
            limit = self.book.rule(rule_id).limit
            first = min(d for d, _ in days)
            worst = max(u for _, u in days)
            level = "exceeded" if first <= as_of else "would_exceed"
            out.add((self.driver.id, rule_id, trip_id, first, level, worst, worst - limit))
        return out

    @staticmethod
    def worse(after: list[tuple[date, int]], before: list[tuple[date, int]] | None) -> bool:
        return (
            before is None
            or max(u for _, u in after) > max(u for _, u in before)
            or min(d for d, _ in after) < min(d for d, _ in before)
            or len(after) > len(before)
        )

    def with_trip(self, trip: Trip) -> Reference:
        return Reference(self.book, self.driver, [*self.trips, trip], self.proposed | {trip.id})

    def what_if(
        self, trip: Trip, as_of: date, margin: int = 0
    ) -> tuple[bool, set[tuple], dict[str, int], str]:
        """Is adding ``trip`` ok; the findings it creates or worsens; days left after it on
        its own days; and the verdict with a safety margin (ok, tight or over).

        Worse means: a (rule, trip) group that was not there, or one with a higher days_used,
        an earlier first day over or more days over than before.
        """
        before = self.groups()
        after_ref = self.with_trip(trip)
        after = after_ref.groups()
        worse = set()
        for key, days in after.items():
            if self.worse(days, before.get(key)):
                first, worst = min(d for d, _ in days), max(u for _, u in days)
                limit = self.book.rule(key[0]).limit
                level = "exceeded" if first <= as_of else "would_exceed"
                worse.add((self.driver.id, *key, first, level, worst, worst - limit))
        clashes = [t.id for t in self.trips if _clash(t, trip)]
        left: dict[str, int] = {}  # per rule that counts a day of the route's own legs
        tight = False
        for rule in self.book.rules:
            counted = after_ref.counted(rule)
            route = {
                d
                for leg in trip.legs
                if leg.country in rule.countries
                for d in _days(leg.entry, leg.exit)
                if d in counted
            }
            if not route:
                continue
            left[rule.id] = rule.limit - max(after_ref.used(rule, counted, d) for d in route)
            # Every counted day whose window holds a day of the route must keep the margin.
            for day in counted.sorted:
                if day < min(route):
                    continue
                if rule.window.kind == "stay":
                    n = after_ref.used(rule, counted, day)
                    reached = any(day - timedelta(days=n - 1) <= r <= day for r in route)
                else:
                    reached = any(window_start(rule, day) <= r <= day for r in route)
                if reached and max(0, rule.limit - after_ref.used(rule, counted, day)) < margin:
                    tight = True
        ok = not worse and not clashes
        verdict = "over" if not ok else "tight" if tight else "ok"
        return ok, worse, left, verdict

    # -- stays --------------------------------------------------------------------------

    def fits(self, rule: Rule, day: date, length: int) -> bool:
        """Literally: add the stay as a trip; none of its days over, no finding worse."""
        if length <= 0:
            return True
        last = day + timedelta(days=length - 1)
        country = min(rule.countries)
        after = self.with_trip(Trip(STAY_ID, self.driver.id, (Leg(country, day, last),)))
        counted = after.counted(rule)
        for d in _days(day, last):
            if d in counted and after.used(rule, counted, d) > rule.limit:
                return False
        before = self.rule_groups(rule)
        after_groups = after.rule_groups(rule).items()
        return not any(self.worse(days, before.get(k)) for k, days in after_groups)

    def stay(self, rule: Rule, day: date) -> tuple[int | None, bool]:
        """Longest stay from ``day`` and whether it outlasts the rule; None: no limit."""
        scan = list(_days(day, day + timedelta(days=SCAN_DAYS)))
        applying = [d for d in scan if applies(self.book, rule, self.driver, d)]
        if not applying:
            return None, False
        if applying[-1] < scan[-1]:  # the rule stops applying within the scan, for good
            upper = (applying[-1] - day).days + 1
            if self.fits(rule, day, upper):
                return upper, True
        else:
            upper = SCAN_DAYS
            if self.fits(rule, day, upper):
                return None, False
        lo, hi = 0, upper
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.fits(rule, day, mid):
                lo = mid
            else:
                hi = mid
        return lo, False

    def max_stay(self, rule: Rule, day: date) -> int | None:
        return self.stay(rule, day)[0]

    def next_entry(self, rule: Rule, day: date, length: int = 1) -> date | None:
        present = self.present(rule)
        for e in _days(day, day + timedelta(days=SCAN_DAYS)):
            if e in present:
                continue
            if self.fits(rule, e, length):
                return e
        return None

    def status(self, day: date, length: int = 1) -> dict[str, tuple]:
        out = {}
        for rule in self.book.rules:
            if not applies(self.book, rule, self.driver, day):
                continue
            used = self.used(rule, self.counted(rule), day)
            stay = self.max_stay(rule, day)
            last = day + timedelta(days=stay - 1) if stay else None
            entry = self.next_entry(rule, day, length)
            entry_stay = None if entry is None else self.max_stay(rule, entry)
            left = max(0, rule.limit - used)
            out[rule.id] = (used, rule.limit, left, stay, last, entry, entry_stay)
        return out
