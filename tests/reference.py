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

    def findings(self, as_of: date) -> set[tuple]:
        out = set()
        for rule in self.book.rules:
            counted = self.counted(rule)
            groups: dict[str, list[tuple[date, int]]] = {}
            for day in sorted(counted):
                used = self.used(rule, counted, day)
                if used > rule.limit:
                    groups.setdefault(self.owner(rule, day), []).append((day, used))
            for trip_id, days in groups.items():
                first = min(d for d, _ in days)
                worst = max(u for _, u in days)
                level = "exceeded" if first <= as_of else "would_exceed"
                out.add((self.driver.id, rule.id, trip_id, first, level, worst, worst - rule.limit))
        return out

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
