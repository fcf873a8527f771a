"""What makes a trip impossible, checked in one place for the editor, the store and imports.

A problem says where it is (which leg, which field, which other trip) as well as what it is,
so the store can name a file line and the editor can point at a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dispatcher.i18n import Context, format_date
from dispatcher.rules.countries import is_country
from dispatcher.rules.model import Leg, Trip

TripCheck = Context("TripCheck")


@dataclass(frozen=True, slots=True)
class TripProblem:
    text: str
    leg: int | None = None  # numbered from 1
    field: str | None = None  # "country", "entry", "exit", "legs", "driver"
    other_trip: str | None = None
    other_leg: int | None = None

    def __str__(self) -> str:
        return self.text


def overlapping_legs(legs: Sequence[Leg]) -> list[tuple[int, int]]:
    """Pairs of legs (numbered from 1) that put the driver in two places on a day that is
    not the crossing day where one ends and the other begins: a typo in a date."""
    pairs = []
    for i, a in enumerate(legs):
        for j in range(i + 1, len(legs)):
            b = legs[j]
            if a.exit < a.entry or b.exit < b.entry or a.exit < b.entry or b.exit < a.entry:
                continue
            if a.exit == b.entry or b.exit == a.entry:
                continue
            pairs.append((i + 1, j + 1))
    return pairs


def leg_problems(trip: Trip) -> list[TripProblem]:
    """The trip on its own: legs present, real countries, dates in order, no double days."""
    problems: list[TripProblem] = []
    if not trip.legs:
        problems.append(TripProblem(TripCheck.tr("a trip needs at least one leg"), field="legs"))
    for n, leg in enumerate(trip.legs, start=1):
        if not is_country(leg.country):
            problems.append(
                TripProblem(
                    TripCheck.tr("leg %1: %2 is not an ISO 3166-1 alpha-2 country code")
                    .replace("%1", str(n))
                    .replace("%2", repr(leg.country)),
                    leg=n,
                    field="country",
                )
            )
        if leg.exit < leg.entry:
            problems.append(
                TripProblem(
                    TripCheck.tr("leg %1: exit %2 is before entry %3")
                    .replace("%1", str(n))
                    .replace("%2", format_date(leg.exit))
                    .replace("%3", format_date(leg.entry)),
                    leg=n,
                    field="exit",
                )
            )
    for n, m in overlapping_legs(trip.legs):
        a, b = trip.legs[n - 1], trip.legs[m - 1]
        problems.append(
            TripProblem(
                TripCheck.tr(
                    "leg %1: %2 from %3 overlaps leg %4 (%5 to %6); legs may share only a "
                    "crossing day"
                )
                .replace("%1", str(m))
                .replace("%2", b.country)
                .replace("%3", format_date(b.entry))
                .replace("%4", str(n))
                .replace("%5", a.country)
                .replace("%6", format_date(a.exit)),
                leg=m,
                field="entry",
                other_leg=n,
            )
        )
    return problems


def clashes(trip: Trip, others: Iterable[Trip]) -> list[TripProblem]:
    """The driver's other trips this one overlaps by more than a shared crossing day."""
    problems = []
    for other in sorted(others, key=lambda t: t.id):
        if other.id != trip.id and other.clashes_with(trip):
            problems.append(
                TripProblem(
                    TripCheck.tr("overlaps trip %1 (%2 to %3) of this driver")
                    .replace("%1", other.id)
                    .replace("%2", format_date(other.start))
                    .replace("%3", format_date(other.end)),
                    field="legs",
                    other_trip=other.id,
                )
            )
    return problems


def check_trip(
    trip: Trip, others: Iterable[Trip] = (), driver_known: bool = True
) -> list[TripProblem]:
    """Everything that makes ``trip`` impossible beside the driver's ``others`` trips."""
    problems = leg_problems(trip)
    if trip.driver_id is not None and not driver_known:
        problems.append(
            TripProblem(
                TripCheck.tr("driver %1 does not exist").replace("%1", repr(trip.driver_id)),
                field="driver",
            )
        )
    problems.extend(clashes(trip, others))
    return problems
