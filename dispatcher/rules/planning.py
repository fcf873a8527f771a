"""Drivers for every open route of a period at once.

Proposing a driver route by route is not enough: two routes given to one driver add up, and
four days in September can push his October route over the year's limit. So a plan is
judged as a whole: with every proposal saved as a trip, no finding is created or made worse,
no driver is on two trips at once, and each proposal keeps the safety margin.

``plan`` is the fast answer: routes in order of departure, each to the fitting driver with
the most days left after it, counting the proposals already made (a route never changes a
day before it begins, so later proposals cannot break earlier ones). ``plan_exact`` tries
every assignment and is meant for small cases: tests measure the fast answer against it.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from dispatcher.i18n import Context
from dispatcher.rules import intervals
from dispatcher.rules.engine import OK, TIGHT, DriverDays, WhatIf, left_after_bound, what_if_trip
from dispatcher.rules.intervals import Run
from dispatcher.rules.ledger import presence_runs
from dispatcher.rules.model import Leg, Trip, spans_clash
from dispatcher.rules.ordering import natural_key
from dispatcher.rules.ruleset import Rule, RuleBook

Planning = Context("Planning")

NO_LEGS = "no_legs"
ON_THE_ROAD = "on_the_road"
TAKEN = "needed_elsewhere"
TIGHT_ONLY = "margin"
OVER_LIMIT = "over_limit"
NO_DRIVERS = "no_drivers"


@dataclass(frozen=True, slots=True)
class Proposal:
    trip_id: str
    driver_id: str
    least_left: int | None  # None: no rule counts the route's days for this driver

    def as_json(self) -> dict[str, object]:
        return {"trip_id": self.trip_id, "driver_id": self.driver_id, "least_left": self.least_left}


@dataclass(frozen=True, slots=True)
class Unassigned:
    trip_id: str
    reason: str  # one of the codes above
    margin: int = 0

    def text(self, translate: bool = True) -> str:
        return reason_text(self.reason, self.margin, translate)

    def as_json(self) -> dict[str, object]:
        return {
            "trip_id": self.trip_id,
            "reason": self.text(translate=False),
            "reason_code": self.reason,
        }


@dataclass(frozen=True)
class Plan:
    proposals: list[Proposal] = field(default_factory=list)
    unassigned: list[Unassigned] = field(default_factory=list)

    @property
    def covered(self) -> int:
        return len(self.proposals)

    def spare(self, full: int) -> int:
        """Days left summed over proposals; a route no rule counts is worth ``full``."""
        return sum(full if p.least_left is None else p.least_left for p in self.proposals)

    def as_json(self) -> dict[str, object]:
        return {
            "proposals": [p.as_json() for p in self.proposals],
            "unassigned": [u.as_json() for u in self.unassigned],
        }


# The reasons in English, for ``--json`` (which never changes with the language). The same
# sentences are written out again in ``reason_text`` so that lupdate finds each literal.
ENGLISH = {
    NO_LEGS: "The route has no legs yet.",
    NO_DRIVERS: "There are no drivers.",
    ON_THE_ROAD: "Every driver is on another trip on these days.",
    TAKEN: "The drivers who could take it are needed for other routes of the plan.",
    TIGHT_ONLY: "Every driver who could take it would keep fewer than %n day(s) left.",
    OVER_LIMIT: "Every driver would go over a stay limit.",
}


def reason_text(code: str, margin: int = 0, translate: bool = True) -> str:
    """Why a route got no driver, as a whole sentence; English for ``--json``."""
    if not translate:
        return ENGLISH[code].replace("%n", str(margin))
    if code == NO_LEGS:
        return Planning.tr("The route has no legs yet.")
    if code == NO_DRIVERS:
        return Planning.tr("There are no drivers.")
    if code == ON_THE_ROAD:
        return Planning.tr("Every driver is on another trip on these days.")
    if code == TAKEN:
        return Planning.tr("The drivers who could take it are needed for other routes of the plan.")
    if code == TIGHT_ONLY:
        return Planning.tr(
            "Every driver who could take it would keep fewer than %n day(s) left.", "", margin
        )
    return Planning.tr("Every driver would go over a stay limit.")


def _order(route: Trip) -> tuple[date, tuple[tuple[tuple[int, str], ...], str]]:
    return (route.start if route.legs else date.max, natural_key(route.id))


def _verdict(days: DriverDays, route: Trip, as_of: date, margin: int) -> WhatIf:
    """The route as the driver's trip under its own id, as ``check`` will count it."""
    return what_if_trip(days, replace(route, driver_id=days.driver.id), as_of, margin, False)


def _best(verdicts: Iterable[WhatIf]) -> WhatIf | None:
    """The fitting driver with the most days left; no rule counting the route is best."""
    fitting = [v for v in verdicts if v.verdict == OK]
    fitting.sort(
        key=lambda v: (v.least_left is not None, -(v.least_left or 0), natural_key(v.driver_id))
    )
    return fitting[0] if fitting else None


def _with(days: DriverDays, routes: Iterable[Trip]) -> DriverDays:
    for route in routes:
        days = days.with_trip(replace(route, driver_id=days.driver.id), proposed=False)
    return days


Span = tuple[int, int, str]  # a trip's first and last day (ordinals) and its id
Key = tuple[bool, int, tuple[tuple[tuple[int, str], ...], str]]  # ``_best``'s order


def _span(trip: Trip) -> Span:
    """First and last day of a trip, the days between its legs included."""
    return (
        min(leg.entry for leg in trip.legs).toordinal(),
        max(leg.exit for leg in trip.legs).toordinal(),
        trip.id,
    )


def _clashing(spans: Iterable[Span], route: Span) -> list[str]:
    """Trips overlapping the route by more than a shared crossing day."""
    first, last, _ = route
    return [trip_id for start, end, trip_id in spans if spans_clash(start, end, first, last)]


class _Presence:
    """A route's days in each rule's countries, and the part of them a rule counts for
    drivers to whom it applies on the same days (most of a fleet shares a few patterns)."""

    def __init__(self, book: RuleBook, legs: Sequence[Leg]):
        self.runs = [
            (rule, presence_runs(rule, legs)) for rule in book.touching(leg.country for leg in legs)
        ]
        self._counted: dict[tuple[str, tuple[Run, ...]], list[Run]] = {}

    def counting(self, days: DriverDays) -> list[tuple[Rule, list[Run]]]:
        """Each rule that counts a day of the route for this driver, with those days.

        A route no rule counts cannot create or worsen a finding and leaves no days to
        count: its what-if is ok with nothing to report, whatever the driver's other trips.
        """
        out = []
        for rule, runs in self.runs:
            applicable = days.applicable(rule)
            key = (rule.id, tuple(applicable))
            counted = self._counted.get(key)
            if counted is None:
                counted = self._counted[key] = intervals.intersect(applicable, runs)
            if counted:
                out.append((rule, counted))
        return out


class _Judge:
    """Verdicts on routes for drivers holding some of the plan's routes, each worked out
    once: most drivers hold none, so both passes and the repair share their verdicts.

    Most of a fleet cannot be the answer for a route: a driver on the road then clashes,
    one no rule counts on the route fits with nothing to count. The rest are tried best
    first by a bound on their days left, and the search stops when no one left can win.
    """

    def __init__(
        self, base: dict[str, DriverDays], routes: Sequence[Trip], as_of: date, margin: int
    ):
        self.base = base
        self.by_id = {r.id: r for r in routes}
        self.as_of, self.margin = as_of, margin
        self._states: dict[tuple[str, tuple[str, ...]], DriverDays] = {}
        self._verdicts: dict[tuple[str, tuple[str, ...], str], WhatIf] = {}
        self._spans: dict[str, list[Span]] = {}
        self._route_spans = {r.id: _span(r) for r in routes if r.legs}
        self._counting: dict[tuple[str, str], list[tuple[Rule, list[Run]]]] = {}
        self._presence: dict[tuple[str, int], _Presence] = {}  # per route and rule book
        self._bounds: dict[str, list[tuple[int, int, str]]] = {}
        self._uncounted: dict[str, list[str]] = {}
        self._tight: dict[tuple[str, str], int] = {}

    def clashes(self, driver_id: str, held: tuple[str, ...], route: Trip) -> list[str]:
        """The driver's trips, his routes of the plan after them, that the route clashes with."""
        spans = self._spans.get(driver_id)
        if spans is None:
            spans = self._spans[driver_id] = [_span(t) for t in self.base[driver_id].trips]
        mine = [self._route_spans[t] for t in held]
        return _clashing([*spans, *mine] if mine else spans, self._route_spans[route.id])

    def counting(self, driver_id: str, route: Trip) -> list[tuple[Rule, list[Run]]]:
        key = (driver_id, route.id)
        found = self._counting.get(key)
        if found is None:
            days = self.base[driver_id]
            presence = self._presence.get((route.id, id(days.book)))
            if presence is None:
                presence = _Presence(days.book, route.legs)
                self._presence[route.id, id(days.book)] = presence
            found = self._counting[key] = presence.counting(days)
        return found

    def uncounted(self, route: Trip) -> list[str]:
        """Drivers no rule counts the route for, in the fleet's order."""
        found = self._uncounted.get(route.id)
        if found is None:
            found = self._uncounted[route.id] = [
                d for d in self.base if not self.counting(d, route)
            ]
        return found

    def bounds(self, route: Trip) -> list[tuple[int, int, str]]:
        """Per driver some rule counts the route for, in the fleet's order: at most how
        many days the route leaves him counting the route's days alone, his place in the
        fleet and his id. A driver whose own trips clash with the route never fits it,
        whatever routes he is given: left out."""
        found = self._bounds.get(route.id)
        if found is None:
            found = []
            loose: dict[tuple[int, ...], int] = {}  # by the days counted: shared by many
            for place, driver_id in enumerate(self.base):
                counting = self.counting(driver_id, route)
                if counting and not self.clashes(driver_id, (), route):
                    key = tuple(id(counted) for _, counted in counting)
                    bound = loose.get(key)
                    if bound is None:
                        bound = loose[key] = left_after_bound(None, counting)
                    found.append((bound, place, driver_id))
            self._bounds[route.id] = found
        return found

    def bound(self, driver_id: str, route: Trip) -> int:
        """At most how many days the route leaves the driver, his days before it counted."""
        key = (driver_id, route.id)
        found = self._tight.get(key)
        if found is None:
            counting = self.counting(driver_id, route)
            found = self._tight[key] = left_after_bound(self.base[driver_id], counting)
        return found

    def state(self, driver_id: str, holding: tuple[str, ...]) -> DriverDays:
        key = (driver_id, holding)
        found = self._states.get(key)
        if found is None:
            found = _with(self.base[driver_id], [self.by_id[t] for t in holding])
            self._states[key] = found
        return found

    def verdict(self, driver_id: str, holding: Iterable[str], route: Trip) -> WhatIf:
        held = tuple(sorted(holding))
        key = (driver_id, held, route.id)
        found = self._verdicts.get(key)
        if found is None:
            found = self._judged(driver_id, held, route)
            self._verdicts[key] = found
        return found

    def _judged(self, driver_id: str, held: tuple[str, ...], route: Trip) -> WhatIf:
        """The what-if, refused or accepted without counting where that gives its answer:
        a plan reads only the verdict, the clashes and the days left."""
        if route.legs:
            clashes = self.clashes(driver_id, held, route)
            if clashes:  # on the road: over whatever the counts say
                return WhatIf(driver_id, [], clashes, margin=self.margin)
            if not self.counting(driver_id, route):
                return WhatIf(driver_id, [], [], {}, {}, self.margin)
        return _verdict(self.state(driver_id, held), route, self.as_of, self.margin)

    def best(self, route: Trip, chosen: dict[str, str]) -> WhatIf | None:
        """``_best`` over every driver's verdict with his routes so far.

        A driver no rule counts comes first (he fits unless he clashes), the first in
        natural order; only when none fits are the others tried, in the order of their
        bound, until no one left can come first.
        """
        held_by: dict[str, list[str]] = {}
        for trip_id, driver_id in chosen.items():
            held_by.setdefault(driver_id, []).append(trip_id)
        for driver_id in sorted(self.uncounted(route), key=natural_key):
            found = self.verdict(driver_id, held_by.get(driver_id, ()), route)
            if found.verdict == OK:
                return found
        # Each driver first by the bound from the route alone, then, when his turn comes,
        # again by the bound with his days counted; he is judged when his turn comes again.
        ranked: list[tuple[Key, str, bool]] = [
            ((True, -bound, natural_key(driver_id)), driver_id, False)
            for bound, _, driver_id in self.bounds(route)
        ]
        heapq.heapify(ranked)
        best: WhatIf | None = None
        best_key: Key | None = None
        while ranked:
            rank, driver_id, counted = ranked[0]
            if best_key is not None and best_key < rank:
                break  # everyone from here on has a worse key than the best found
            heapq.heappop(ranked)
            if not counted:
                bound = self.bound(driver_id, route)
                heapq.heappush(ranked, ((True, -bound, rank[2]), driver_id, True))
                continue
            found = self.verdict(driver_id, held_by.get(driver_id, ()), route)
            if found.verdict != OK:
                continue
            key = (found.least_left is not None, -(found.least_left or 0), rank[2])
            if best_key is None or key < best_key:
                best, best_key = found, key
        return best

    def most_left_alone(self, route: Trip, without: str, full: int, count: int) -> list[WhatIf]:
        """The ``count`` drivers but ``without`` who fit the route alone with most days left
        (no rule counting it is worth ``full``), ties in the fleet's order.

        Drivers no rule counts come first (a counted route leaves fewer than any limit);
        the others are tried in the order of their bound until no one left can get in.
        """
        found: list[tuple[tuple[int, int], WhatIf]] = []
        places = {driver_id: place for place, driver_id in enumerate(self.base)}
        for driver_id in self.uncounted(route):
            if driver_id == without:
                continue
            verdict = self.verdict(driver_id, (), route)
            if verdict.verdict == OK:
                found.append(((-full, places[driver_id]), verdict))
                if len(found) == count:
                    return [verdict for _, verdict in found]
        ranked = [
            (-bound, place, driver_id, False)
            for bound, place, driver_id in self.bounds(route)
            if driver_id != without
        ]
        heapq.heapify(ranked)
        while ranked:
            score, place, driver_id, counted = ranked[0]
            if len(found) >= count and found[count - 1][0] < (score, place):
                break
            heapq.heappop(ranked)
            if not counted:
                bound = self.bound(driver_id, route)
                heapq.heappush(ranked, (-bound, place, driver_id, True))
                continue
            verdict = self.verdict(driver_id, (), route)
            if verdict.verdict != OK:
                continue
            left = verdict.least_left
            found.append(((-(full if left is None else left), place), verdict))
            found.sort(key=lambda item: item[0])
        return [verdict for _, verdict in found[:count]]

    def why(self, route: Trip) -> str:
        """Why no driver fits: judged against each driver's days without the plan."""
        if not route.legs:
            return NO_LEGS
        if not self.base:
            return NO_DRIVERS
        # A driver on the road is neither ok nor tight: only the others need counting.
        free = [d for d in self.base if not self.clashes(d, (), route)]
        if not free:
            return ON_THE_ROAD
        tight = False
        for driver_id in free:
            verdict = self.verdict(driver_id, (), route).verdict
            if verdict == OK:
                return TAKEN
            tight = tight or verdict == TIGHT
        return TIGHT_ONLY if tight else OVER_LIMIT


def _holding(chosen: dict[str, str], driver_id: str, without: str | None = None) -> list[str]:
    return [t for t, d in chosen.items() if d == driver_id and t != without]


def _by_end(route: Trip) -> tuple[date, date, tuple[tuple[tuple[int, str], ...], str]]:
    if not route.legs:
        return (date.max, date.max, natural_key(route.id))
    return (route.end, route.start, natural_key(route.id))


def _greedy(
    judge: _Judge, routes: Sequence[Trip], key: Callable[[Trip], object]
) -> tuple[dict[str, str], list[Trip]]:
    """Each route in turn to the fitting driver with most days left, judged against his
    whole plan so far (a what-if sees every later trip, so the order only changes how good
    the plan is, never whether it holds)."""
    chosen: dict[str, str] = {}
    missing: list[Trip] = []
    for route in sorted(routes, key=key):  # type: ignore[arg-type]
        best = None
        if route.legs:
            best = judge.best(route, chosen)
        if best is None:
            missing.append(route)
            continue
        chosen[route.id] = best.driver_id
    return chosen, missing


class _Budget:
    """How many more what-ifs the repair may spend: a few times what the first pass cost."""

    def __init__(self, calls: int):
        self.calls = calls

    def spend(self) -> bool:
        self.calls -= 1
        return self.calls >= 0


def _repair(
    judge: _Judge, routes: Sequence[Trip], chosen: dict[str, str], missing: list[Trip]
) -> None:
    """Give an open route to a driver who could take it alone, by moving one of his
    proposals to another driver who can take that one. Changes ``chosen`` and ``missing``.

    A what-if against a driver's whole plan checks every finding, later trips included, and
    the margin on every day the route reaches, so a move judged this way keeps the plan sound.
    """
    budget = _Budget(4 * len(judge.base) * max(1, len(routes)))
    for route in list(missing):
        if not route.legs:
            continue
        moved = False
        for x_id in judge.base:
            held = _holding(chosen, x_id)
            if moved or not held or not budget.spend():
                continue
            if judge.verdict(x_id, (), route).verdict != OK:
                continue  # he could not take it even alone
            for other_id in held:
                if moved or not budget.spend():
                    break
                rest = _holding(chosen, x_id, without=other_id)
                if judge.verdict(x_id, rest, route).verdict != OK:
                    continue
                other = judge.by_id[other_id]
                for y_id in judge.base:
                    if y_id == x_id or not budget.spend():
                        continue
                    if judge.verdict(y_id, _holding(chosen, y_id), other).verdict == OK:
                        chosen[other_id] = y_id
                        chosen[route.id] = x_id
                        missing.remove(route)
                        moved = True
                        break


def _spare_of(judge: _Judge, chosen: dict[str, str], driver_id: str, full: int) -> int:
    """Days left summed over one driver's routes, each counted with his other routes."""
    total = 0
    held = _holding(chosen, driver_id)
    for route_id in held:
        rest = [t for t in held if t != route_id]
        left = judge.verdict(driver_id, rest, judge.by_id[route_id]).least_left
        total += full if left is None else left
    return total


def _spread(judge: _Judge, chosen: dict[str, str], full: int, tries: int = 5) -> None:
    """Move single proposals to other drivers while that leaves more days spare in all.

    A route's days left depend only on its own driver's routes, so a move is scored on the
    two drivers it touches. Only the ``tries`` drivers with most days left for the route on
    their own are tried. Changes ``chosen``.
    """
    for route_id in list(chosen):
        route = judge.by_id[route_id]
        x_id = chosen[route_id]
        for verdict in judge.most_left_alone(route, x_id, full, tries):
            y_id = verdict.driver_id
            if judge.verdict(y_id, _holding(chosen, y_id), route).verdict != OK:
                continue
            now = _spare_of(judge, chosen, x_id, full) + _spare_of(judge, chosen, y_id, full)
            moved = {**chosen, route_id: y_id}
            then = _spare_of(judge, moved, x_id, full) + _spare_of(judge, moved, y_id, full)
            if then > now:
                chosen[route_id] = y_id
                break


def plan(fleet: Iterable[DriverDays], routes: Sequence[Trip], as_of: date, margin: int = 0) -> Plan:
    """A driver for as many routes as possible, each keeping the margin, the plan as a whole
    creating no finding and making none worse.

    Two passes, routes by departure and routes by return (the second packs one driver's
    short routes that a long one would block), each then repaired; the better one wins.
    """
    base = {days.driver.id: days for days in fleet}
    judge = _Judge(base, routes, as_of, margin)
    full = max((r.limit for d in base.values() for r in d.book.rules), default=0)
    best: tuple[Plan, tuple[int, int]] | None = None
    for key in (_order, _by_end):
        chosen, missing = _greedy(judge, routes, key)
        if missing and chosen:
            repaired, still = dict(chosen), list(missing)
            _repair(judge, routes, repaired, still)
            if (
                len(still) < len(missing)
                and holds(base.values(), routes, repaired, as_of, margin)[0]
            ):
                chosen, missing = repaired, still
        if chosen:
            improved = dict(chosen)
            _spread(judge, improved, full)
            if improved != chosen and holds(base.values(), routes, improved, as_of, margin)[0]:
                chosen = improved
        sound, left = holds(base.values(), routes, chosen, as_of, margin)
        if not sound:  # never expected: a plan that breaks a limit must not be shown as sound
            raise AssertionError("the proposed plan would create or worsen a finding")
        order = {r.id: _order(r) for r in routes}
        proposals = [
            Proposal(t, d, left.get(t))
            for t, d in sorted(chosen.items(), key=lambda i: order[i[0]])
        ]
        unassigned = [Unassigned(r.id, judge.why(r), margin) for r in missing]
        candidate = Plan(proposals, unassigned)
        score = (candidate.covered, candidate.spare(full))
        if best is None or score > best[1]:
            best = (candidate, score)
    assert best is not None
    return best[0]


def holds(
    fleet: Iterable[DriverDays],
    routes: Sequence[Trip],
    choice: dict[str, str],
    as_of: date,
    margin: int = 0,
) -> tuple[bool, dict[str, int | None]]:
    """Does giving each route in ``choice`` to its driver, all together, break nothing and
    keep the margin? Also each route's days left, counted with all the others.

    Each route is judged against its driver's days with every *other* chosen route saved:
    a finding made worse by the whole plan is made worse by the last of its routes there.
    """
    base = {days.driver.id: days for days in fleet}
    by_id = {r.id: r for r in routes}
    left: dict[str, int | None] = {}
    for driver_id, days in base.items():
        mine = [by_id[t] for t, d in choice.items() if d == driver_id]
        for route in mine:
            others = days
            for other in mine:
                if other.id != route.id:
                    others = others.with_trip(replace(other, driver_id=driver_id), proposed=False)
            verdict = _verdict(others, route, as_of, margin)
            if verdict.verdict != OK:
                return False, {}
            left[route.id] = verdict.least_left
        # The whole set against the driver's days without it: nothing created or worse.
        after = days
        for route in mine:
            after = after.with_trip(replace(route, driver_id=driver_id), proposed=False)
        before = {(f.rule_id, f.trip_id): f for f in days.findings(as_of)}
        for f in after.findings(as_of):
            old = before.get((f.rule_id, f.trip_id))
            if (
                old is None
                or f.days_used > old.days_used
                or f.date < old.date
                or f.days_over > old.days_over
            ):
                return False, {}
    return True, left


def plan_exact(
    fleet: Iterable[DriverDays], routes: Sequence[Trip], as_of: date, margin: int = 0
) -> Plan:
    """The best plan by trying every assignment (each route to a driver or to nobody).

    Grows as (drivers + 1) ** routes: for tests on small cases only.
    """
    fleet = list(fleet)
    base = {days.driver.id: days for days in fleet}
    full = max((r.limit for d in fleet for r in d.book.rules), default=0)
    options = [None, *sorted(base, key=natural_key)]
    ordered = sorted(routes, key=_order)
    best: tuple[int, int] | None = None
    best_plan = Plan()
    for combo in itertools.product(options, repeat=len(ordered)):
        choice = {r.id: d for r, d in zip(ordered, combo, strict=True) if d is not None}
        if any(not by.legs for by in ordered if by.id in choice):
            continue
        ok, left = holds(fleet, ordered, choice, as_of, margin)
        if not ok:
            continue
        proposals = [Proposal(t, d, left[t]) for t, d in choice.items()]
        candidate = Plan(proposals)
        score = (candidate.covered, candidate.spare(full))
        if best is None or score > best:
            best, best_plan = score, candidate
    chosen = {p.trip_id for p in best_plan.proposals}
    judge = _Judge(base, ordered, as_of, margin)
    unassigned = [Unassigned(r.id, judge.why(r), margin) for r in ordered if r.id not in chosen]
    return Plan(best_plan.proposals, unassigned)


__all__ = [
    "NO_DRIVERS",
    "NO_LEGS",
    "ON_THE_ROAD",
    "OVER_LIMIT",
    "TAKEN",
    "TIGHT_ONLY",
    "Plan",
    "Proposal",
    "Unassigned",
    "holds",
    "plan",
    "plan_exact",
    "reason_text",
]
