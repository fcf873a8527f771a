"""The decisions every view shows: how close a driver is to a limit, which days are over,
and where the driver is on each day.

Made here once so that the roster, the status card, the warnings, the timeline, the month
view and both reports cannot disagree about a driver at exactly the limit; a view only maps
a ``Level`` to a colour.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dispatcher.rules import intervals
from dispatcher.rules.engine import EXCEEDED, DriverDays, Finding
from dispatcher.rules.ruleset import Rule, RuleBook

DayRun = tuple[date, date]


class Level(Enum):
    """Ordered from harmless to worst, so ``max`` gives a driver's level over all rules."""

    FINE = "fine"
    APPROACHING = "approaching"
    AT_LIMIT = "at_limit"
    OVER = "over"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank < other.rank


_RANK = {Level.FINE: 0, Level.APPROACHING: 1, Level.AT_LIMIT: 2, Level.OVER: 3}


def level_of(used: int, limit: int, approaching: int) -> Level:
    """A rule's level from its days used: at the limit no further day may be spent, so it is
    not "fine" and not yet "over"; ``approaching`` is the user's threshold in days left."""
    if used > limit:
        return Level.OVER
    if used == limit:
        return Level.AT_LIMIT
    if limit - used <= approaching:
        return Level.APPROACHING
    return Level.FINE


@dataclass(frozen=True, slots=True)
class RuleLevel:
    rule_id: str
    used: int
    limit: int
    level: Level

    @property
    def left(self) -> int:
        """Days still free; negative when over (the views say "over by N" then)."""
        return self.limit - self.used


def rule_level(days: DriverDays, rule: Rule, day: date, approaching: int) -> RuleLevel | None:
    """The rule's level for this driver on ``day``; None when the rule does not apply then."""
    ledger = days.ledger(rule)
    ordinal = day.toordinal()
    if not ledger.applies(ordinal):
        return None
    used = ledger.used(ordinal)
    return RuleLevel(rule.id, used, rule.limit, level_of(used, rule.limit, approaching))


def rule_levels(
    days: DriverDays, day: date, approaching: int, rules: Iterable[Rule] | None = None
) -> dict[str, RuleLevel]:
    """Every rule that applies on ``day`` (or those of ``rules``), by rule id."""
    out: dict[str, RuleLevel] = {}
    for rule in days.book.rules if rules is None else rules:
        found = rule_level(days, rule, day, approaching)
        if found is not None:
            out[rule.id] = found
    return out


def driver_level(days: DriverDays, day: date, approaching: int) -> Level:
    """The worst of the driver's rules on ``day``."""
    return max((r.level for r in rule_levels(days, day, approaching).values()), default=Level.FINE)


def finding_level(finding: Finding) -> Level:
    """A finding is a day over a limit, whether it has happened or is planned."""
    return Level.OVER


def has_happened(finding: Finding) -> bool:
    """Over on or before the as-of date (an overstay), not only planned."""
    return finding.level == EXCEEDED


def days_over(days: DriverDays, rules: Iterable[Rule] | None = None) -> list[DayRun]:
    """Runs of days on which any of the driver's rules is over its limit."""
    runs = intervals.normalise(
        run
        for rule in (days.book.rules if rules is None else rules)
        for run in days.ledger(rule).violation_runs()
    )
    return [(date.fromordinal(a), date.fromordinal(b)) for a, b in runs]


def over_on(days: DriverDays, day: date) -> bool:
    return any(first <= day <= last for first, last in days_over(days))


def counted_on(days: DriverDays, rules: Iterable[Rule], day: date) -> bool:
    """Does ``day`` count under any of ``rules`` for this driver?"""
    ordinal = day.toordinal()
    return any(days.ledger(rule).is_counted(ordinal) for rule in rules)


@dataclass(frozen=True, slots=True)
class Where:
    """Where a driver is on one day: both countries on a crossing day, in leg order."""

    countries: tuple[str, ...]
    trip_id: str
    rules: frozenset[str]  # the rules whose country sets hold any of those countries


def rules_of_country(book: RuleBook, country: str) -> frozenset[str]:
    """The rules that count a day in ``country``, from their country sets."""
    return frozenset(rule.id for rule in book.rules if country in rule.countries)


def whereabouts(days: DriverDays, first: date, last: date) -> dict[date, Where]:
    """The driver's countries on each day of ``first``..``last`` they are away."""
    countries: dict[date, list[str]] = {}
    trips: dict[date, str] = {}
    for trip in sorted(days.trips, key=lambda t: (t.start, t.id)):
        if trip.end < first or trip.start > last:
            continue
        for leg in trip.legs:
            day = max(leg.entry, first)
            end = min(leg.exit, last)
            while day <= end:
                here = countries.setdefault(day, [])
                if leg.country not in here:
                    here.append(leg.country)
                trips.setdefault(day, trip.id)
                day += timedelta(days=1)
    book = days.book
    return {
        day: Where(
            tuple(here),
            trips[day],
            frozenset().union(*(rules_of_country(book, c) for c in here)),
        )
        for day, here in sorted(countries.items())
    }


def is_past(finding: Finding, as_of: date) -> bool:
    """An overstay that ended in an earlier year than the as-of date: history, not a task."""
    last: object = finding.last_date  # (a field named "date" hides the type from mypy)
    assert isinstance(last, date)
    return last.year < as_of.year


def visited_first(days: DriverDays) -> list[str]:
    """The driver's countries, most days first: "Russia + Belarus" for a Moscow driver."""
    spent: Counter[str] = Counter()
    for trip in days.trips:
        for leg in trip.legs:
            spent[leg.country] += leg.days
    return [code for code, _n in sorted(spent.items(), key=lambda item: (-item[1], item[0]))]
