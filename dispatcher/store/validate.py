"""Checks of single values as they are typed or read from a file: text, codes, dates.

Shared by the CSV importer, the store's own writes and the window's editors, so that a
value the editor accepts is a value the store accepts. What makes a trip impossible is a
question of the rules and is answered in ``dispatcher.rules.trip_check``.
"""

from __future__ import annotations

import re
from datetime import date

from dispatcher.i18n import Context
from dispatcher.rules import trip_check
from dispatcher.rules.countries import is_country
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS, Driver, Permit, Trip
from dispatcher.rules.trip_check import overlapping_legs as overlapping_legs  # the importer's

Validate = Context("Validate")

MAX_TEXT = 200
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DOTTED_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")


class StoreError(ValueError):
    """A write that was refused; nothing was changed."""


class StaleRecord(StoreError):
    """A write based on a version of a record that has changed since it was read."""


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
    """A trip on its own, in words (the import and older callers); the checks themselves
    live with the rules in ``trip_check``."""
    problems = [p for p in (text_problem(trip.id, "trip id"),) if p]
    return problems + [p.text for p in trip_check.leg_problems(trip)]
