"""One driver's legs as columns of day numbers: what the engine counts from.

A fleet-wide answer reads a hundred thousand legs. As three lists (countries, entry days,
exit days) they are grouped and sorted by loops that run in C, where a ``Leg`` and a ``Trip``
object for each would cost more than all the counting; the trip of each leg is kept beside
them and split out only when an answer names a trip (a finding, a clash).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from itertools import compress, count, islice
from operator import le

from dispatcher.rules import intervals
from dispatcher.rules.intervals import Run
from dispatcher.rules.model import Trip

# Each day's number, shared by every leg that begins or ends on it: a fleet's legs hold a
# thousand numbers instead of a number per leg (a memo of values: the engine stays pure).
_ORDINALS: dict[date, int] = {}
_ORDINALS_KEPT = 1 << 16


class LegDays:
    """Leg i was in ``countries[i]`` from day ``entries[i]`` to ``exits[i]`` (ordinals) on
    trip ``trip_ids[i]``. The trips of the first ``listed_by_id`` legs are listed by id (as
    the store lists them), the others in the order their legs come."""

    __slots__ = (
        "_codes",
        "_ids",
        "_in_order",
        "_visited",
        "countries",
        "entries",
        "exits",
        "listed_by_id",
    )

    def __init__(
        self,
        countries: list[str],
        entries: list[int],
        exits: list[int],
        trip_ids: list[str] | Callable[[], list[str]],
        listed_by_id: int = 0,
    ):
        self.countries = countries
        self.entries = entries
        self.exits = exits
        self._ids = trip_ids
        self.listed_by_id = listed_by_id
        self._in_order: bool | None = None
        self._visited: frozenset[str] | None = None
        self._codes: bytes | None = None

    @classmethod
    def of_trips(cls, trips: Iterable[Trip]) -> LegDays:
        countries: list[str] = []
        entries: list[int] = []
        exits: list[int] = []
        ids: list[str] = []
        known = _ORDINALS
        if len(known) > _ORDINALS_KEPT:
            known.clear()
        for trip in trips:
            for leg in trip.legs:
                countries.append(leg.country)
                entry = known.get(leg.entry)
                if entry is None:
                    entry = known[leg.entry] = leg.entry.toordinal()
                exit_ = known.get(leg.exit)
                if exit_ is None:
                    exit_ = known[leg.exit] = leg.exit.toordinal()
                entries.append(entry)
                exits.append(exit_)
                ids.append(trip.id)
        return cls(countries, entries, exits, ids)

    @property
    def trip_ids(self) -> list[str]:
        ids = self._ids
        if callable(ids):
            ids = self._ids = ids()
        return ids

    def __len__(self) -> int:
        return len(self.countries)

    def plus(self, trip: Trip) -> LegDays:
        """These legs and the trip's, after them."""
        more = LegDays.of_trips([trip])
        return LegDays(
            [*self.countries, *more.countries],
            [*self.entries, *more.entries],
            [*self.exits, *more.exits],
            lambda: [*self.trip_ids, *more.trip_ids],  # split only if a trip is named
            self.listed_by_id,
        )

    def visited(self) -> frozenset[str]:
        if self._visited is None:
            self._visited = frozenset(self.countries)
        return self._visited

    def in_countries(
        self,
        countries: frozenset[str],
        first: int = intervals.NEVER_BEFORE,
        last: int = intervals.NEVER_AFTER,
    ) -> list[Run]:
        """The days in any of ``countries``, normalised; with ``first`` and ``last``, only
        the runs that reach into those days (not cut at them) are sure to be there."""
        entries, exits = self.entries, self.exits
        chosen = self.chosen(countries)
        if (first > intervals.NEVER_BEFORE or last < intervals.NEVER_AFTER) and self.in_order():
            # legs before ``lo`` ended before ``first``; those from ``hi`` begin after ``last``
            lo, hi = bisect_left(exits, first), bisect_right(entries, last)
            entries, exits, chosen = entries[lo:hi], exits[lo:hi], chosen[lo:hi]
        return intervals.merge_in_order(
            list(compress(entries, chosen)), list(compress(exits, chosen))
        )

    def chosen(self, countries: frozenset[str]) -> Sequence[object]:
        """For each leg, whether it was in one of ``countries`` (truthy or not). A country
        is one byte of a string made once, so a set of countries picks its legs by one
        ``bytes.translate`` instead of a test per leg."""
        if self._codes is None:
            self._codes = _codes(self.countries, self.visited()) or b""
        picker = _picker(countries)
        if picker is None or len(self._codes) != len(self.countries):
            return list(map(countries.__contains__, self.countries))  # more than 255 countries
        return self._codes.translate(picker)

    def in_order(self) -> bool:
        """Do both entry and exit days never fall from one leg to the next (as a driver's
        legs come when his trips are listed in the order he made them)?"""
        if self._in_order is None:
            entries, exits = self.entries, self.exits
            self._in_order = all(map(le, entries, islice(entries, 1, None))) and all(
                map(le, exits, islice(exits, 1, None))
            )
        return self._in_order

    def spans(self) -> dict[str, tuple[int, int]]:
        """Each trip's first and last day, a gap between its legs included, in trip order."""
        found: dict[str, list[int]] = {}
        for trip_id, entry, exit_ in zip(self.trip_ids, self.entries, self.exits, strict=True):
            span = found.get(trip_id)
            if span is None:
                found[trip_id] = [entry, exit_]
            else:
                if entry < span[0]:
                    span[0] = entry
                if exit_ > span[1]:
                    span[1] = exit_
        return {trip_id: (found[trip_id][0], found[trip_id][1]) for trip_id in self._order(found)}

    def spans_reaching(self, day: int) -> dict[str, tuple[int, int]]:
        """``spans`` of the trips that have a day on or after ``day`` (a route from
        ``day`` can clash with no other): each is picked out of the legs by loops in C."""
        ids, entries, exits = self.trip_ids, self.entries, self.exits
        reaching = dict.fromkeys(compress(ids, map(day.__le__, exits)))
        out = {}
        for trip_id in self._order(reaching):
            mine = list(map(trip_id.__eq__, ids))
            out[trip_id] = (min(compress(entries, mine)), max(compress(exits, mine)))
        return out

    def _order(self, trip_ids: Iterable[str]) -> list[str]:
        """Trips in the order they are listed: by id for the first ``listed_by_id`` legs,
        then as their legs come."""
        if not self.listed_by_id:
            return list(trip_ids)
        if self.listed_by_id >= len(self.countries):
            return sorted(trip_ids)
        head = set(self.trip_ids[: self.listed_by_id])
        return [*sorted(t for t in trip_ids if t in head), *(t for t in trip_ids if t not in head)]


# Each country seen gets a byte (1-255), for ``LegDays.chosen``: a memo of values shared by
# every driver, so the engine stays a pure function of its input.
_BYTE: dict[str, int] = {}
_PICKERS: dict[frozenset[str], bytes] = {}


_NEXT_BYTE = count(1)


def _byte_of(country: str) -> int | None:
    """The country's byte; None once 255 are given. A number is taken and kept by single
    steps of C, so two threads never give two countries one byte."""
    found = _BYTE.get(country)
    if found is None:
        number = next(_NEXT_BYTE)
        if number > 255:
            return None
        found = _BYTE.setdefault(country, number)
    return found


def _codes(countries: list[str], visited: frozenset[str]) -> bytes | None:
    """The legs' countries as bytes; None once there are more countries than bytes."""
    if not _BYTE.keys() >= visited and any(_byte_of(c) is None for c in visited):
        return None
    return bytes(map(_BYTE.__getitem__, countries))


def _picker(countries: frozenset[str]) -> bytes | None:
    """A ``bytes.translate`` table that turns the byte of each of ``countries`` into 1 and
    every other byte into 0 (every one of them has its byte before the table is made, so
    a table never misses a country that gets its byte later)."""
    found = _PICKERS.get(countries)
    if found is None:
        table = bytearray(256)
        for country in countries:
            byte = _byte_of(country)
            if byte is None:
                return None
            table[byte] = 1
        found = bytes(table)
        if len(_PICKERS) < 4096:
            _PICKERS[countries] = found
    return found
