"""A slow, obviously correct day-by-day reading of RULES.md "Counting, exactly".

It shares nothing with the engine but the rule book's data, so when the two agree on random
fleets the engine's interval arithmetic is right.
"""

from __future__ import annotations

from datetime import date, timedelta

from dispatcher.rules import Driver, Rule, RuleBook, Trip

HORIZON_DAYS = 3 * 366
ONE = timedelta(days=1)


def _days(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += ONE


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


class Reference:
    def __init__(self, book: RuleBook, driver: Driver, trips: list[Trip]):
        self.book, self.driver, self.trips = book, driver, trips

    def present(self, rule: Rule) -> set[date]:
        return {
            day
            for trip in self.trips
            for leg in trip.legs
            if leg.country in rule.countries
            for day in _days(leg.entry, leg.exit)
        }

    def counted(self, rule: Rule, present: set[date] | None = None) -> set[date]:
        present = self.present(rule) if present is None else present
        return {d for d in present if applies(self.book, rule, self.driver, d)}

    def used(self, rule: Rule, counted: set[date], day: date) -> int:
        if rule.window.kind == "calendar_year":
            return sum(1 for d in _days(date(day.year, 1, 1), day) if d in counted)
        if rule.window.kind == "rolling":
            first = day - timedelta(days=rule.window.days - 1)
            return sum(1 for d in _days(first, day) if d in counted)
        n, d = 0, day  # one continuous stay: the unbroken run of counted days ending on day
        while d in counted:
            n += 1
            d -= ONE
        return n

    def owner(self, rule: Rule, day: date) -> str:
        covering = [
            (leg.entry, trip.id)
            for trip in self.trips
            for leg in trip.legs
            if leg.country in rule.countries and leg.entry <= day <= leg.exit
        ]
        return min(covering)[1]

    def groups(self) -> dict[tuple[str, str], list[tuple[date, int]]]:
        """(rule, trip) -> every violation day of that trip under that rule, with used(d)."""
        out: dict[tuple[str, str], list[tuple[date, int]]] = {}
        for rule in self.book.rules:
            counted = self.counted(rule)
            for day in sorted(counted):
                used = self.used(rule, counted, day)
                if used > rule.limit:
                    out.setdefault((rule.id, self.owner(rule, day)), []).append((day, used))
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

    def what_if(self, trip: Trip, as_of: date) -> tuple[bool, set[tuple], dict[str, int]]:
        """Is adding ``trip`` ok; the findings it creates or worsens; days left after it.

        Worse means: a (rule, trip) group that was not there, or one with a higher days_used,
        an earlier first day over or more days over than before.
        """
        before = self.groups()
        after_ref = Reference(self.book, self.driver, [*self.trips, trip])
        after = after_ref.groups()
        worse = set()
        for key, days in after.items():
            old = before.get(key)
            first, worst = min(d for d, _ in days), max(u for _, u in days)
            if (
                old is None
                or worst > max(u for _, u in old)
                or first < min(d for d, _ in old)
                or len(days) > len(old)
            ):
                limit = self.book.rule(key[0]).limit
                level = "exceeded" if first <= as_of else "would_exceed"
                worse.add((self.driver.id, *key, first, level, worst, worst - limit))
        clashes = [t.id for t in self.trips if _clash(t, trip)]
        left: dict[str, int] = {}  # per rule that counts a day of the route's own legs
        for rule in self.book.rules:
            counted = after_ref.counted(rule)
            route = {
                d
                for leg in trip.legs
                if leg.country in rule.countries
                for d in _days(leg.entry, leg.exit)
            }
            on_route = [after_ref.used(rule, counted, d) for d in route if d in counted]
            if on_route:
                left[rule.id] = rule.limit - max(on_route)
        return not worse and not clashes, worse, left

    def max_stay(self, rule: Rule, day: date) -> int | None:
        present = self.present(rule) | set(_days(day, day + timedelta(days=HORIZON_DAYS)))
        counted = self.counted(rule, present)
        for k, d in enumerate(_days(day, day + timedelta(days=HORIZON_DAYS))):
            if d in counted and self.used(rule, counted, d) > rule.limit:
                return k
        return None

    def status(self, day: date) -> dict[str, tuple]:
        out = {}
        for rule in self.book.rules:
            if not applies(self.book, rule, self.driver, day):
                continue
            used = self.used(rule, self.counted(rule), day)
            stay = self.max_stay(rule, day)
            last = None if stay is None else day + timedelta(days=stay - 1)
            out[rule.id] = (used, rule.limit, max(0, rule.limit - used), stay, last)
        return out
