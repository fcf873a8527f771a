"""Which findings a change of a driver's trips creates or makes worse.

A new trip is the engine's what-if exactly; an edit, a move, a delete or an undo compares
the driver's findings before and after, trip by trip, with the same meaning of "worse".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from dispatcher.rules.engine import PROPOSED_TRIP_ID, DriverDays, Finding, is_worse, what_if
from dispatcher.rules.model import Trip


def made_worse(
    before: DriverDays, after: DriverDays, as_of: date, added: Sequence[Trip] = ()
) -> list[Finding]:
    """Findings of ``after`` that ``before`` did not have, or had milder."""
    known = {t.id for t in before.trips}
    if len(added) == 1 and added[0].id not in known and len(after.trips) == len(known) + 1:
        verdict = what_if(before, added[0].legs, as_of)  # a new trip: the engine's own what-if
        return [
            f if f.trip_id != PROPOSED_TRIP_ID else _renamed(f, added[0].id)
            for f in verdict.findings
        ]
    old = {(f.rule_id, f.trip_id): f for f in before.findings(as_of)}
    return [f for f in after.findings(as_of) if is_worse(f, old.get((f.rule_id, f.trip_id)))]


def _renamed(finding: Finding, trip_id: str) -> Finding:
    return replace(finding, trip_id=trip_id)
