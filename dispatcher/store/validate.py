"""The checks every write passes, worded for the person who typed the value.

Shared by the CSV importer, the store's own writes and the window's editors, so that a
value the editor accepts is a value the store accepts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from dispatcher.i18n import Context
from dispatcher.rules.countries import is_country
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS, Driver, Leg, Permit, Trip

Validate = Context("Validate")

MAX_TEXT = 200
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DOTTED_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")


class StoreError(ValueError):
    """A write that was refused; nothing was changed."""


def raise_first(problems: list[str]) -> None:
    if problems:
        raise StoreError("; ".join(problems))


def parse_date(text: str) -> date:
    """A strict ISO date: 2025-02-30 and 25-1-1 are errors, not guesses."""
    text = text.strip()
    if not ISO_DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a real calendar date") from None


def parse_file_date(text: str) -> date:
    """A date as offices write it in files: ``YYYY-MM-DD`` or ``dd.MM.yyyy`` (Russian and
    Kazakh Excel). Nothing else: 1/3/2025 is March or January depending on who typed it."""
    text = text.strip()
    dotted = DOTTED_DATE.fullmatch(text)
    if dotted is None:
        if ISO_DATE.fullmatch(text):
            return parse_date(text)
        raise ValueError(
            Validate.tr("%1 is not a date in the form YYYY-MM-DD or dd.MM.yyyy").replace(
                "%1", repr(text)
            )
        )
    day, month, year = (int(part) for part in dotted.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            Validate.tr("%1 is not a real calendar date").replace("%1", repr(text))
        ) from None


def text_problem(value: str, what: str) -> str | None:
    if not value.strip():
        return f"{what} is empty"
    if len(value) > MAX_TEXT:
        return f"{what} is longer than {MAX_TEXT} characters"
    return None


def country_problem(code: str) -> str | None:
    if not is_country(code):
        return f"{code!r} is not an ISO 3166-1 alpha-2 country code"
    return None


def category_problem(category: str) -> str | None:
    if category not in CATEGORIES:
        return f"category {category!r} is not one of: " + ", ".join(CATEGORIES)
    return None


def kind_problem(kind: str) -> str | None:
    if kind not in PERMIT_KINDS:
        return f"permit kind {kind!r} is not one of: " + ", ".join(PERMIT_KINDS)
    return None


def permit_problems(permit: Permit) -> list[str]:
    problems = [p for p in (country_problem(permit.country), kind_problem(permit.kind)) if p]
    if permit.valid_to < permit.valid_from:
        problems.append(
            f"permit valid_to {permit.valid_to} is before valid_from {permit.valid_from}"
        )
    return problems


def driver_problems(driver: Driver) -> list[str]:
    problems = [
        p
        for p in (
            text_problem(driver.id, "driver id"),
            text_problem(driver.name, "name"),
            country_problem(driver.citizenship),
            category_problem(driver.category),
        )
        if p
    ]
    seen: set[tuple] = set()
    for permit in driver.permits:
        problems.extend(permit_problems(permit))
        key = (permit.country, permit.kind, permit.valid_from)
        if key in seen:
            problems.append(
                f"permit {permit.kind} for {permit.country} from "
                f"{permit.valid_from} is listed twice"
            )
        seen.add(key)
    return problems


def trip_problems(trip: Trip) -> list[str]:
    problems = [p for p in (text_problem(trip.id, "trip id"),) if p]
    if not trip.legs:
        problems.append("a trip needs at least one leg")
    for n, leg in enumerate(trip.legs, start=1):
        if problem := country_problem(leg.country):
            problems.append(f"leg {n}: {problem}")
        if leg.exit < leg.entry:
            problems.append(f"leg {n}: exit {leg.exit} is before entry {leg.entry}")
    for n, m in overlapping_legs(trip.legs):
        problems.append(
            f"leg {m}: {trip.legs[m - 1].country} from {trip.legs[m - 1].entry} overlaps leg {n} "
            f"({trip.legs[n - 1].country} to {trip.legs[n - 1].exit}); "
            "legs may share only a crossing day"
        )
    return problems


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
