"""The facts the engine reasons about: drivers, their permits, trips and legs.

Plain frozen dataclasses over ``datetime.date`` so that the store, the command line, the
window and the reports all speak the same words and none of them needs the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

CATEGORIES = ("freight", "bus", "other")
T = TypeVar("T", date, int)

PERMIT_KINDS = ("residence", "temporary_residence", "work", "visa", "transport_notice")


@dataclass(frozen=True, slots=True)
class Permit:
    country: str
    kind: str
    valid_from: date
    valid_to: date


@dataclass(frozen=True, slots=True)
class Driver:
    id: str
    name: str
    citizenship: str
    category: str
    permits: tuple[Permit, ...] = ()


@dataclass(frozen=True, slots=True)
class Leg:
    """One stay in one country; entry and exit days are both days of presence."""

    country: str
    entry: date
    exit: date

    @property
    def days(self) -> int:
        return (self.exit - self.entry).days + 1


@dataclass(frozen=True, slots=True)
class Trip:
    id: str
    driver_id: str | None
    legs: tuple[Leg, ...] = field(default=())
    note: str = ""

    @property
    def start(self) -> date:
        return min(leg.entry for leg in self.legs)

    @property
    def end(self) -> date:
        return max(leg.exit for leg in self.legs)

    def clashes_with(self, other: Trip) -> bool:
        """True when two trips of one driver overlap by more than a shared crossing day."""
        if not self.legs or not other.legs:
            return False
        return spans_clash(self.start, self.end, other.start, other.end)


def spans_clash(start: T, end: T, first: T, last: T) -> bool:
    """Do two stays of one driver, ``start``–``end`` and ``first``–``last`` (dates or day
    numbers), overlap by more than the crossing day where one ends and the other begins?
    The one rule behind the trip check, what-if's clashes and the planner's refusals."""
    return start <= last and first <= end and first != end and start != last
