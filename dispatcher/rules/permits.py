"""Permits about to end, and planned trips during which one ends.

A residence or work permit keeps a rule off a driver; the day after it ends the rule counts
again, in the middle of a trip if one is under way. The dispatcher needs to hear that before
the trip, not from the border guard: which permit, from when the rule counts, and whether
the trip then goes over.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from dispatcher.rules.engine import DriverDays
from dispatcher.rules.model import Permit

NOTICE_DAYS = 30  # a permit ending within this many days of the as-of date is listed


@dataclass(frozen=True, slots=True)
class RuleAfterPermit:
    """A rule that starts to count on ``applies_from``; on a trip, the day it goes over."""

    rule_id: str
    applies_from: date
    trip_id: str | None = None
    over_from: date | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "rule_id": self.rule_id,
            "applies_from": self.applies_from.isoformat(),
            "trip_id": self.trip_id,
            "over_from": None if self.over_from is None else self.over_from.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class PermitEnding:
    driver_id: str
    permit: Permit
    ends_in_days: int  # from the as-of date to the permit's last day; negative: ended
    rules: tuple[RuleAfterPermit, ...] = ()  # rules counting again after the permit
    during_trips: tuple[RuleAfterPermit, ...] = field(default=())  # per trip under way

    def as_json(self) -> dict[str, object]:
        return {
            "driver_id": self.driver_id,
            "country": self.permit.country,
            "kind": self.permit.kind,
            "valid_to": self.permit.valid_to.isoformat(),
            "ends_in_days": self.ends_in_days,
            "rules": [r.as_json() for r in self.rules],
            "during_trips": [r.as_json() for r in self.during_trips],
        }


def _starts_counting(days: DriverDays, permit: Permit) -> list[RuleAfterPermit]:
    """Rules that do not apply on the permit's last day and do the day after."""
    last = permit.valid_to.toordinal()
    out = []
    for rule in days.book.rules:
        if permit.country not in rule.countries:
            continue
        ledger = days.ledger(rule)
        if not ledger.applies(last) and ledger.applies(last + 1):
            out.append(RuleAfterPermit(rule.id, permit.valid_to + timedelta(days=1)))
    return out


def permit_endings(
    fleet: Iterable[DriverDays], as_of: date, within: int = NOTICE_DAYS
) -> list[PermitEnding]:
    """Permits ending within ``within`` days from ``as_of``, and any permit ending while a
    trip not yet over runs on past its last day; soonest first."""
    found: list[PermitEnding] = []
    for days in fleet:
        for permit in days.driver.permits:
            rules = _starts_counting(days, permit)
            soon = as_of <= permit.valid_to <= as_of + timedelta(days=within)
            during: list[RuleAfterPermit] = []
            if rules:
                findings = days.findings(as_of, [days.book.rule(r.rule_id) for r in rules])
                first_over = {(f.rule_id, f.trip_id): f.date for f in findings}
                last = permit.valid_to.toordinal()
                spans = days.trip_spans()
                under_way = [  # trips not over by the as-of date that run on past the permit
                    trip_id
                    for trip_id, (start, end) in spans.items()
                    if end >= as_of.toordinal() and start <= last < end
                ]
                legs = days.legs()
                for trip_id in under_way:
                    for rule in rules:
                        counted = days.book.rule(rule.rule_id).countries
                        if not any(
                            country in counted and exit_ > last and tid == trip_id
                            for country, exit_, tid in zip(
                                legs.countries, legs.exits, legs.trip_ids, strict=True
                            )
                        ):
                            continue  # the trip is not in the rule's countries after it
                        during.append(
                            RuleAfterPermit(
                                rule.rule_id,
                                rule.applies_from,
                                trip_id,
                                first_over.get((rule.rule_id, trip_id)),
                            )
                        )
            if soon or during:
                found.append(
                    PermitEnding(
                        days.driver.id,
                        permit,
                        (permit.valid_to - as_of).days,
                        tuple(rules),
                        tuple(during),
                    )
                )
    found.sort(key=lambda p: (p.permit.valid_to, p.driver_id, p.permit.country, p.permit.kind))
    return found
