"""Answers to the dispatcher's questions, over the ledgers of counted days.

Everything here is a pure function of a rule book, drivers and trips: the store, the
window, the reports and the command line all ask the same functions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import compress, islice, pairwise
from operator import eq, itemgetter, neg

from dispatcher.rules import intervals
from dispatcher.rules.intervals import Run
from dispatcher.rules.ledger import Ledger, applicable_runs, presence_runs
from dispatcher.rules.legs import LegDays
from dispatcher.rules.model import Driver, Leg, Trip, spans_clash
from dispatcher.rules.ordering import natural_key
from dispatcher.rules.ruleset import Rule, RuleBook
from dispatcher.rules.stays import Stay, StayCheck

EXCEEDED = "exceeded"
WOULD_EXCEED = "would_exceed"
PROPOSED_TRIP_ID = "proposed"


_ENTRY_EXIT, _LAST = itemgetter(0, 1), itemgetter(1)

Day = date  # the field ``Finding.date`` hides the type's name inside the class


@dataclass(frozen=True, slots=True)
class Finding:
    driver_id: str
    rule_id: str
    trip_id: str
    date: Day
    level: str
    days_used: int
    over_by: int
    last_date: Day
    days_over: int

    def as_json(self) -> dict[str, object]:
        return {
            "driver_id": self.driver_id,
            "rule_id": self.rule_id,
            "trip_id": self.trip_id,
            "date": self.date.isoformat(),
            "level": self.level,
            "days_used": self.days_used,
            "over_by": self.over_by,
            "last_date": self.last_date.isoformat(),
            "days_over": self.days_over,
        }


def urgency(finding: Finding) -> tuple[bool, date, int, str]:
    """Exceeded first, then by first day over, then the worst."""
    return (finding.level != EXCEEDED, finding.date, -finding.over_by, finding.driver_id)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _last_day(day: date, stay: int | None) -> date | None:
    return None if not stay else day + timedelta(days=stay - 1)


@dataclass(frozen=True, slots=True)
class RuleStatus:
    """One rule on one day. ``applies_until``: the last day the rule applies to the driver
    (None: it does not stop); a longest stay whose last day is that day may go on past it.
    ``applies_from``: the first day from the day asked on which the rule applies to him."""

    rule_id: str
    used: int
    limit: int
    left: int
    max_stay: int | None
    last_day: date | None
    next_entry: date | None = None
    next_entry_stay: int | None = None
    applies_until: date | None = None
    applies_from: date | None = None  # later than the day asked: exempt until the day before

    def as_json(self) -> dict[str, object]:
        return {
            "rule_id": self.rule_id,
            "used": self.used,
            "limit": self.limit,
            "left": self.left,
            "max_stay": self.max_stay,
            "last_day": _iso(self.last_day),
            "next_entry": _iso(self.next_entry),
            "next_entry_stay": self.next_entry_stay,
            "applies_until": _iso(self.applies_until),
            "applies_from": _iso(self.applies_from),
        }


def _clashing_trips(days: DriverDays, proposed: Trip) -> list[str]:
    """Trips that overlap the proposed one by more than a shared crossing day."""
    first, last = proposed.start.toordinal(), proposed.end.toordinal()
    spans = days.trip_spans() if days._spans is not None else days.legs().spans_reaching(first)
    return [
        trip_id
        for trip_id, (start, end) in spans.items()  # a gap between legs counts
        if spans_clash(start, end, first, last)
    ]


class DriverDays:
    """One driver's trips with a ledger per rule, built on first use and then reused.

    Made from the driver's trips, or (``of_legs``) from his legs as day numbers with a way
    to read the trips themselves should an answer need them: a fleet-wide check counts from
    the numbers alone.
    """

    def __init__(self, book: RuleBook, driver: Driver, trips: Sequence[Trip] = ()):
        self.book = book
        self.driver = driver
        self._trips: tuple[Trip, ...] | None = tuple(t for t in trips if t.legs)
        self._read_trips: Callable[[], Sequence[Trip]] | None = None
        self._legs: LegDays | None = None
        self._ledgers: dict[str, Ledger] = {}
        # The days each rule applies to depend on the driver alone, not on the trips, so a
        # copy with one more trip (what-if) shares them; presence is kept per country so
        # that a rule of 29 countries looks only at the few the driver has been to.
        self._applicable: dict[str, list[Run]] = {}
        self._presences: dict[frozenset[str], list[Run]] = {}  # by the rule's countries
        self._within: dict[tuple[frozenset[str], int, int], list[Run]] = {}
        self._grown: tuple[DriverDays, LegDays] | None = None  # (before, trip) of with_trip
        self._proposed: frozenset[str] = frozenset()  # trips that take only unclaimed days
        self._stay_checks: dict[str, StayCheck] = {}
        self._findings: dict[date, list[Finding]] = {}  # every rule's, by the day asked
        self._spans: dict[str, tuple[int, int]] | None = None

    @classmethod
    def of_legs(
        cls,
        book: RuleBook,
        driver: Driver,
        legs: LegDays,
        read_trips: Callable[[], Sequence[Trip]],
    ) -> DriverDays:
        """The driver's days from his legs; ``read_trips`` gives the very trips those legs
        belong to, called only if something asks for ``trips``."""
        days = cls(book, driver)
        days._trips = None
        days._read_trips = read_trips
        days._legs = legs
        return days

    @property
    def trips(self) -> tuple[Trip, ...]:
        if self._trips is None:
            assert self._read_trips is not None
            self._trips = tuple(t for t in self._read_trips() if t.legs)
        return self._trips

    def legs(self) -> LegDays:
        if self._legs is None:
            self._legs = LegDays.of_trips(self.trips)
        return self._legs

    def trip_spans(self) -> dict[str, tuple[int, int]]:
        """Each trip's first and last day (ordinals), in the order of ``trips``."""
        if self._spans is None:
            self._spans = self.legs().spans()
        return self._spans

    def applicable(self, rule: Rule) -> list[Run]:
        """Days on which ``rule`` is in force and applies to this driver."""
        found = self._applicable.get(rule.id)
        if found is None:
            found = applicable_runs(self.book, rule, self.driver)
            self._applicable[rule.id] = found
        return found

    def visited(self) -> frozenset[str]:
        """The countries the driver has been to: a rule of none of them counts nothing."""
        return self.legs().visited()

    def _presence(self, rule: Rule) -> list[Run]:
        """The days in the rule's countries (shared, never changed in place): worked out
        once for rules of the same countries, and for a copy with one more trip from the
        days without it."""
        countries = rule.countries
        found = self._presences.get(countries)
        if found is None:
            if self._grown is not None:
                before, trip = self._grown
                found = before._presence(rule)
                more = trip.in_countries(countries)
                if more:
                    found = intervals.union(found, more)
            else:
                found = self.legs().in_countries(countries)
            self._presences[countries] = found
        return found

    def _present_within(self, rule: Rule, first: int, last: int) -> list[Run]:
        """``clip(self._presence(rule), first, last)``, shared by the rules of the same
        countries and days. Read from the legs that reach into those days alone when the
        whole presence is not known yet: a rule in force for one year of three reads a
        third of them."""
        key = (rule.countries, first, last)
        found = self._within.get(key)
        if found is None:
            if self._grown is not None:  # the days without the trip, and the trip's
                before, trip = self._grown
                found = before._present_within(rule, first, last)
                more = intervals.clip(trip.in_countries(rule.countries), first, last)
                if more:
                    found = intervals.union(found, more)
            elif rule.countries in self._presences:
                found = intervals.clip(self._presence(rule), first, last)
            else:
                found = intervals.clip(
                    self.legs().in_countries(rule.countries, first, last), first, last
                )
            self._within[key] = found
        return found

    def ledger(self, rule: Rule) -> Ledger:
        found = self._ledgers.get(rule.id)
        if found is None:
            applicable = self.applicable(rule)
            if not applicable:  # the rule never applies to him: no day of his counts
                counted: list[Run] = []
            elif len(applicable) == 1:  # in force from one day on, no permit or exemption
                counted = self._present_within(rule, *applicable[0])
            else:
                counted = intervals.intersect(self._presence(rule), applicable)
            found = Ledger(rule, counted, applicable)
            self._ledgers[rule.id] = found
        return found

    def owners(
        self,
        rule: Rule,
        first: int = intervals.NEVER_BEFORE,
        last: int = intervals.NEVER_AFTER,
    ) -> list[tuple[int, int, str]]:
        """Which trip each present day belongs to (with ``first`` and ``last``: sure only
        for the days from ``first`` to ``last``, which the legs around them decide alone).

        The earliest-entered covering leg's trip; on equal entry days the leg that exits
        later, then the smaller trip id in natural order. A proposed trip (what-if) only
        gets the days no existing trip covers, so trying a route never moves a day over the
        limit from one existing trip to another name.
        """
        columns = self.legs()
        countries, proposed = rule.countries, self._proposed
        entries, exits, ids = columns.entries, columns.exits, columns.trip_ids
        chosen = columns.chosen(countries)
        if (first > intervals.NEVER_BEFORE or last < intervals.NEVER_AFTER) and (
            columns.in_order()
        ):  # a leg that ends before ``first`` or begins after ``last`` covers none of them
            lo, hi = bisect_left(exits, first), bisect_right(entries, last)
            entries, exits, ids, chosen = entries[lo:hi], exits[lo:hi], ids[lo:hi], chosen[lo:hi]
        legs = list(
            zip(
                compress(entries, chosen),
                map(neg, compress(exits, chosen)),
                compress(ids, chosen),
                strict=True,
            )
        )
        if proposed:
            legs = [leg for leg in legs if leg[2] not in proposed]
        legs.sort()
        days = list(map(_ENTRY_EXIT, legs))
        if any(map(eq, days, islice(days, 1, None))) and any(
            a[:2] == b[:2] and a[2] != b[2] for a, b in pairwise(legs)
        ):
            # Legs of two trips entered and left on the same days: the ids decide, read as a
            # person reads them (rare, so the plain sort above serves every other case).
            legs.sort(key=lambda leg: (leg[0], leg[1], natural_key(leg[2])))
        owned: list[tuple[int, int, str]] = []
        frontier = intervals.NEVER_BEFORE - 1
        for entry, neg_exit, trip_id in legs:
            exit_ = -neg_exit
            first = entry if entry > frontier else frontier + 1
            if first <= exit_:
                owned.append((first, exit_, trip_id))
            if exit_ > frontier:
                frontier = exit_
        if proposed:
            taken = intervals.normalise((first, last) for first, last, _ in owned)
            for trip_id, runs in self._proposed_runs(countries):
                free = intervals.subtract(runs, taken)
                owned.extend((first, last, trip_id) for first, last in free)
                taken = intervals.normalise([*taken, *free])
        return owned

    def _proposed_runs(self, countries: frozenset[str]) -> list[tuple[str, list[Run]]]:
        """Each proposed trip's days in ``countries``, trip by trip in the order they came
        (a trip's legs come together)."""
        columns = self.legs()
        out: list[tuple[str, list[Run]]] = []
        current: str | None = None
        runs: list[Run] = []
        for country, entry, exit_, trip_id in zip(
            columns.countries, columns.entries, columns.exits, columns.trip_ids, strict=True
        ):
            if trip_id not in self._proposed:
                continue
            if trip_id != current:
                if current is not None:
                    out.append((current, intervals.normalise(runs)))
                current, runs = trip_id, []
            if country in countries:
                runs.append((entry, exit_))
        if current is not None:
            out.append((current, intervals.normalise(runs)))
        return out

    def findings(self, as_of: date, rules: Iterable[Rule] | None = None) -> list[Finding]:
        """The findings of every rule (or of ``rules``), most urgent first. The days never
        change, so every rule's are kept: the window asks again for each route it tries."""
        asked = None if rules is None else list(rules)
        known = self._findings.get(as_of)
        if known is not None:
            if asked is None:
                return list(known)
            book = {id(rule) for rule in self.book.rules}
            if all(id(rule) in book for rule in asked):  # each rule's are counted alone
                wanted = {rule.id for rule in asked}
                return [f for f in known if f.rule_id in wanted]
        found = self._count_findings(as_of, asked)
        if asked is None:
            self._findings[as_of] = found
            return list(found)
        return found

    def _count_findings(self, as_of: date, rules: Iterable[Rule] | None) -> list[Finding]:
        found: list[Finding] = []
        visited = self.visited()
        for rule in self.book.rules if rules is None else rules:
            if rule.countries.isdisjoint(visited) or not self.applicable(rule):
                continue  # never there, or never counted: no day counted, nothing over
            ledger = self.ledger(rule)
            over = ledger.violation_runs()
            if not over:
                continue
            by_trip: dict[str, list[int]] = {}  # trip -> [first, last, days_used, days_over]
            # disjoint, so their last days are in order too
            owners = sorted(self.owners(rule, over[0][0], over[-1][1]))
            owner_ends = list(map(_LAST, owners))
            for first, last in over:
                k = bisect_left(owner_ends, first)  # the first owner that reaches this run
                while k < len(owners) and owners[k][0] <= last:
                    own_first, own_last, trip_id = owners[k]
                    k += 1
                    lo, hi = max(first, own_first), min(last, own_last)
                    used = ledger.used(hi)
                    acc = by_trip.get(trip_id)
                    if acc is None:
                        by_trip[trip_id] = [lo, hi, used, hi - lo + 1]
                    else:
                        acc[0], acc[1] = min(acc[0], lo), max(acc[1], hi)
                        acc[2] = max(acc[2], used)
                        acc[3] += hi - lo + 1
            for trip_id, (first, last, used, count) in by_trip.items():
                day = date.fromordinal(first)
                found.append(
                    Finding(
                        driver_id=self.driver.id,
                        rule_id=rule.id,
                        trip_id=trip_id,
                        date=day,
                        level=EXCEEDED if day <= as_of else WOULD_EXCEED,
                        days_used=used,
                        over_by=used - rule.limit,
                        last_date=date.fromordinal(last),
                        days_over=count,
                    )
                )
        found.sort(key=urgency)
        return found

    def rules_applying(self, day: date) -> list[Rule]:
        return [r for r in self.book.rules if self.ledger(r).applies(day.toordinal())]

    def stay_check(self, rule: Rule) -> StayCheck:
        found = self._stay_checks.get(rule.id)
        if found is None:
            found = StayCheck(rule, self.ledger(rule), self._presence(rule), self.owners(rule))
            self._stay_checks[rule.id] = found
        return found

    def stay(self, rule: Rule, day: date) -> Stay:
        """The longest stay from ``day`` that breaks nothing, later planned trips included."""
        return self.stay_check(rule).longest(day.toordinal())

    def max_stay(self, rule: Rule, day: date) -> int | None:
        """Days of the longest stay from ``day``; None only when no limit applies from it."""
        return self.stay(rule, day).days

    def next_entry(self, rule: Rule, day: date, length: int = 1) -> date | None:
        """First day from ``day``, off the rule's countries, from which ``length`` days fit.

        None when no such day comes: a stay longer than the limit never fits.
        """
        found = self.stay_check(rule).next_entry(day.toordinal(), max(1, length))
        return None if found is None else date.fromordinal(found)

    def counters(self, day: date) -> list[RuleStatus]:
        """Used and left only: what a roster shows for every driver, without the stay search."""
        out = []
        for rule in self.rules_applying(day):
            used = self.ledger(rule).used(day.toordinal())
            left = max(0, rule.limit - used)
            out.append(RuleStatus(rule.id, used, rule.limit, left, None, None))
        return out

    def status(self, day: date, length: int = 1, upcoming: bool = False) -> list[RuleStatus]:
        """Every rule applying on ``day``: used, left, longest stay and next entry.

        ``length`` is the stay the next entry must allow (one day unless asked). With
        ``upcoming``, also the rules in force that apply to the driver only later (a permit
        that ends, an exemption that lapses): ``applies_from`` says from when.
        """
        out = []
        on = day.toordinal()
        for rule in self.book.rules:
            if self.ledger(rule).applies(on):
                starts = on
            elif upcoming and rule.in_force(day):
                later = intervals.intersect(self.applicable(rule), [(on, intervals.NEVER_AFTER)])
                if not later:
                    continue
                starts = later[0][0]
            else:
                continue
            check = self.stay_check(rule)
            used = self.ledger(rule).used(on)
            stay = check.longest(on)
            entry = self.next_entry(rule, day, length)
            entry_stay = None if entry is None else check.longest(entry.toordinal())
            until = check.applies_until(on)
            out.append(
                RuleStatus(
                    rule_id=rule.id,
                    used=used,
                    limit=rule.limit,
                    left=max(0, rule.limit - used),
                    max_stay=stay.days,
                    last_day=_last_day(day, stay.days),
                    next_entry=entry,
                    next_entry_stay=None if entry_stay is None else entry_stay.days,
                    applies_until=(
                        None
                        if until is None or until == intervals.NEVER_AFTER
                        else date.fromordinal(until)
                    ),
                    applies_from=date.fromordinal(starts),
                )
            )
        return out

    def earliest_start(self, rule: Rule, length: int, not_before: date) -> date | None:
        """First day from ``not_before`` on which a stay of ``length`` days breaks nothing."""
        return self.next_entry(rule, not_before, length)

    def with_trip(self, trip: Trip, proposed: bool = True) -> DriverDays:
        """These days with one more trip; a proposed one never takes a day from the others."""
        after = DriverDays(self.book, self.driver)
        if self._trips is not None:
            after._trips = (*self._trips, trip) if trip.legs else self._trips
        else:
            after._trips, after._read_trips = None, lambda: [*self.trips, trip]
        after._legs = self.legs().plus(trip) if trip.legs else self.legs()
        after._applicable = self._applicable
        after._proposed = (self._proposed | {trip.id}) if proposed else self._proposed
        if trip.legs:
            after._grown = (self, LegDays.of_trips([trip]))
        return after


OK = "ok"
TIGHT = "tight"
OVER = "over"


@dataclass(frozen=True)
class WhatIf:
    """A route for one driver. ``left_after``: per rule counting the route, the fewest days
    left on the route's own days; ``left_ahead``: the fewest left on every day whose window
    holds a day of the route (the route and the planned days after it), worked out only
    when a margin is asked (margin 0 cannot be missed)."""

    driver_id: str
    findings: list[Finding]
    clashes: list[str] = field(default_factory=list)
    left_after: dict[str, int] = field(default_factory=dict)
    left_ahead: dict[str, int] = field(default_factory=dict)
    margin: int = 0

    @property
    def ok(self) -> bool:
        """Breaks nothing: no finding created or made worse, no clash."""
        return not self.findings and not self.clashes

    @property
    def verdict(self) -> str:
        """``over`` breaks something; ``tight`` leaves fewer than the margin; else ``ok``."""
        if not self.ok:
            return OVER
        if any(left < self.margin for left in self.left_ahead.values()):
            return TIGHT
        return OK

    @property
    def least_left(self) -> int | None:
        """The tightest rule's days left after the route; None when no rule counts it."""
        return min(self.left_after.values()) if self.left_after else None

    def as_json(self) -> dict[str, object]:
        return {
            "driver_id": self.driver_id,
            "ok": self.ok,
            "verdict": self.verdict,
            "margin": self.margin,
            "findings": [f.as_json() for f in self.findings],
            "clashes": self.clashes,
            "left_after": self.left_after,
            "left_ahead": self.left_ahead,
        }


def is_worse(after: Finding, before: Finding | None) -> bool:
    """Created, or more days used, an earlier first day over, or more days over: what-if's
    sense of "made worse", which the window's guard uses too."""
    return (
        before is None
        or after.days_used > before.days_used
        or after.date < before.date
        or after.days_over > before.days_over
    )


def _peak_on(ledger: Ledger, runs: list[intervals.Run]) -> int | None:
    """The largest used() over the counted days among ``runs``.

    used() never falls within a run of counted days (cut at new year for a calendar year),
    so each piece of ``runs`` inside one such run peaks on its last day.
    """
    pieces = intervals.within(runs, ledger.runs)
    if ledger.rule.window.kind == "calendar_year":
        pieces = intervals.split_at_years(pieces)
    return max((ledger.used(last) for _, last in pieces), default=None)


def _reached(ledger: Ledger, route: list[Run]) -> list[Run]:
    """Counted days whose window holds a counted day of the route, from the route on."""
    mine = intervals.within(route, ledger.runs)
    kind = ledger.rule.window.kind
    if kind == "rolling":
        width = ledger.rule.window.days or 0
        return intervals.normalise((a, b + width - 1) for a, b in mine)
    if kind == "calendar_year":
        return intervals.normalise(
            (a, date(date.fromordinal(b).year, 12, 31).toordinal())
            for a, b in intervals.split_at_years(mine)
        )
    out = []
    for a, b in mine:
        run = ledger.run_containing(b)
        out.append((a, run[1] if run else b))
    return intervals.normalise(out)


def what_if(days: DriverDays, legs: Sequence[Leg], as_of: date, margin: int = 0) -> WhatIf:
    """Findings that adding ``legs`` as a new trip creates or makes worse, later trips too.

    ``margin``: days every rule counting the route should keep left on the route and on
    the planned days its windows reach; fewer makes the verdict ``tight``.
    """
    trip = Trip(PROPOSED_TRIP_ID, days.driver.id, tuple(legs))
    return what_if_trip(days, trip, as_of, margin)


def what_if_trip(
    days: DriverDays, proposed: Trip, as_of: date, margin: int = 0, keeps_days: bool = True
) -> WhatIf:
    """``what_if`` for a whole trip under its own id.

    ``keeps_days`` False lets the trip claim days by the same order as any recorded trip:
    what ``check`` will see once the trip is saved (a plan that is then applied).
    """
    if not proposed.legs:  # nothing proposed yet (an editor with no legs): nothing can break
        return WhatIf(days.driver.id, [], margin=margin)
    clashes = _clashing_trips(days, proposed)
    return _counted(days, proposed, as_of, margin, keeps_days, clashes)


def _counted(
    days: DriverDays,
    proposed: Trip,
    as_of: date,
    margin: int,
    keeps_days: bool,
    clashes: list[str],
) -> WhatIf:
    """The findings and days left of a route whose clashes are known."""
    legs = proposed.legs
    route_runs = {  # per rule, the route's days in that rule's countries
        rule.id: presence_runs(rule, legs)
        for rule in days.book.touching(leg.country for leg in legs)
    }
    rules = [  # a rule that does not count the route's days cannot be changed by it
        rule
        for rule in days.book.touching(leg.country for leg in legs)
        if intervals.intersect(days.applicable(rule), route_runs[rule.id])
    ]
    after_days = days.with_trip(proposed, proposed=keeps_days)
    # Every window looks back from its day, so the route changes nothing before it begins:
    # a rule whose days over all fall earlier has no finding the route could make worse.
    begins = proposed.start.toordinal()
    reach = [rule for rule in rules if after_days.ledger(rule).over_from(begins)]
    made_worse: list[Finding] = []
    if reach:  # only then is it worth grouping findings and counting without the route
        after = after_days.findings(as_of, reach)
        before = {(f.rule_id, f.trip_id): f for f in days.findings(as_of, reach)}
        made_worse = [f for f in after if is_worse(f, before.get((f.rule_id, f.trip_id)))]
    left_after: dict[str, int] = {}
    left_ahead: dict[str, int] = {}
    for rule in rules:
        ledger = after_days.ledger(rule)
        peak = _peak_on(ledger, route_runs[rule.id])
        if peak is not None:
            left_after[rule.id] = rule.limit - peak
            if margin > 0:  # only a margin needs the planned days the route reaches
                ahead = _peak_on(ledger, _reached(ledger, route_runs[rule.id]))
                left_ahead[rule.id] = max(0, rule.limit - (peak if ahead is None else ahead))
    return WhatIf(days.driver.id, made_worse, clashes, left_after, left_ahead, margin)


def left_after_bound(days: DriverDays | None, counting: list[tuple[Rule, list[Run]]]) -> int:
    """At most how many days a route leaves the driver (``WhatIf.least_left``), for a
    planner that tries drivers best first without counting each in full. ``counting``:
    each rule that counts a day of the route for the driver, with those days.

    No fewer days are used on the route, whatever else the driver holds, than its own
    new days in each window plus those already used: so its days left are at most this.
    Without ``days`` only the route's own days are counted: a looser bound, but one that
    needs none of the driver's trips (drivers the rules apply to alike share it).

    Adding days only raises used(d) (a window's count, an unbroken stay's length), and the
    days left after a route are the limit less used() at the last day of one of its pieces.
    """
    bound: int | None = None
    for rule, counted in counting:
        ledger = None if days is None else days.ledger(rule)
        kind = rule.window.kind
        pieces = intervals.split_at_years(counted) if kind == "calendar_year" else counted
        peak = 1  # the route's own counted day: so a counted route leaves less than the limit
        for first, last in pieces:
            if kind == "calendar_year" or kind == "rolling":
                if kind == "rolling":
                    since = last - (rule.window.days or 0) + 1
                else:
                    since = date(date.fromordinal(last).year, 1, 1).toordinal()
                new = 0
                for a, b in counted:
                    a, b = max(a, since), min(b, last)
                    if a <= b:  # the route's days in the window less those already counted
                        new += b - a + 1
                        if ledger is not None:
                            new -= ledger.counted_through(b) - ledger.counted_through(a - 1)
                least = new if ledger is None else ledger.used(last) + new
            else:  # one continuous stay: the piece itself is unbroken to its last day
                least = last - first + 1
                if ledger is not None:
                    least = max(ledger.used(last), least)
            peak = max(peak, least)
        left = rule.limit - peak
        bound = left if bound is None else min(bound, left)
    assert bound is not None
    return bound


def check(fleet: Iterable[DriverDays], as_of: date) -> list[Finding]:
    found = [f for days in fleet for f in days.findings(as_of)]
    found.sort(key=urgency)
    return found


def suggest(
    fleet: Iterable[DriverDays], legs: Sequence[Leg], as_of: date, margin: int = 0
) -> list[WhatIf]:
    """Every driver who can take the route keeping the margin, most days left after it first.

    A driver already on the road then cannot take it whatever his days: he is left out
    before anything is counted.
    """
    ok = []
    for days in fleet:
        if not legs:
            verdict = what_if(days, legs, as_of, margin)
        else:
            trip = Trip(PROPOSED_TRIP_ID, days.driver.id, tuple(legs))
            if _clashing_trips(days, trip):
                continue
            verdict = _counted(days, trip, as_of, margin, True, [])
        if verdict.verdict == OK:
            ok.append(verdict)
    ok.sort(key=lambda v: (v.least_left is not None, -(v.least_left or 0), v.driver_id))
    return ok


_VERDICT_ORDER = {OK: 0, TIGHT: 1, OVER: 2}


def assess(
    fleet: Iterable[DriverDays], legs: Sequence[Leg], as_of: date, margin: int = 0
) -> list[WhatIf]:
    """Every driver's verdict on a route: ok, then tight, then over; best fit on top."""
    verdicts = [what_if(days, legs, as_of, margin) for days in fleet]
    verdicts.sort(
        key=lambda v: (
            _VERDICT_ORDER[v.verdict],
            bool(v.clashes),  # a driver already on the road cannot take it at all: last
            v.least_left is not None,
            -(v.least_left or 0),
            min((f.date for f in v.findings), default=date.max),
            v.driver_id,
        )
    )
    return verdicts
