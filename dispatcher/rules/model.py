"""The facts the engine reasons about: drivers, their permits, trips and legs.

Plain frozen dataclasses over ``datetime.date`` so that the store, the command line, the
window and the reports all speak the same words and none of them needs the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CATEGORIES = ("freight", "bus", "other")
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
        a1, a2, b1, b2 = self.start, self.end, other.start, other.end
        if a2 < b1 or b2 < a1:
            return False
        return not (a2 == b1 or b2 == a1)
