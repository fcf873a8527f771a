"""Checks of single values as they are typed or read from a file: text, codes, dates.

Shared by the CSV importer, the store's own writes and the window's editors, so that a
value the editor accepts is a value the store accepts. What makes a trip impossible is a
question of the rules and is answered in ``dispatcher.rules.trip_check``.
"""

from __future__ import annotations

import re
from datetime import date

from dispatcher.i18n import Context, format_date, language
from dispatcher.rules import trip_check
from dispatcher.rules.countries import is_country
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS, Driver, Permit, Trip
from dispatcher.rules.trip_check import overlapping_legs as overlapping_legs  # the importer's
from dispatcher.store import headers

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
        raise ValueError(
            Validate.tr("%1 is not a date in the form YYYY-MM-DD").replace("%1", repr(text))
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            Validate.tr("%1 is not a real calendar date").replace("%1", repr(text))
        ) from None


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


def _what(what: str) -> str:
    """The field names the checks are called with, in words."""
    words = {
        "driver id": Validate.tr("driver id"),
        "name": Validate.tr("name"),
        "trip id": Validate.tr("trip id"),
    }
    return words.get(what, what)


def text_problem(value: str, what: str) -> str | None:
    if not value.strip():
        return Validate.tr("%1 is empty").replace("%1", _what(what))
    if len(value) > MAX_TEXT:
        return (
            Validate.tr("%1 is longer than %2 characters")
            .replace("%1", _what(what))
            .replace("%2", str(MAX_TEXT))
        )
    return None


def country_problem(code: str) -> str | None:
    if not is_country(code):
        return Validate.tr("%1 is not an ISO 3166-1 alpha-2 country code").replace("%1", repr(code))
    return None


def category_problem(category: str) -> str | None:
    if category not in CATEGORIES:
        return (
            Validate.tr("category %1 is not one of: %2")
            .replace("%1", repr(category))
            .replace("%2", ", ".join(headers.shown_category(c, language()) for c in CATEGORIES))
        )
    return None


def kind_problem(kind: str) -> str | None:
    if kind not in PERMIT_KINDS:
        return (
            Validate.tr("permit kind %1 is not one of: %2")
            .replace("%1", repr(kind))
            .replace("%2", ", ".join(headers.shown_kind(k, language()) for k in PERMIT_KINDS))
        )
    return None


def permit_problems(permit: Permit) -> list[str]:
    problems = [p for p in (country_problem(permit.country), kind_problem(permit.kind)) if p]
    if permit.valid_to < permit.valid_from:
        problems.append(
            Validate.tr("permit valid_to %1 is before valid_from %2")
            .replace("%1", format_date(permit.valid_to))
            .replace("%2", format_date(permit.valid_from))
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
                Validate.tr("permit %1 for %2 from %3 is listed twice")
                .replace("%1", permit.kind)
                .replace("%2", permit.country)
                .replace("%3", format_date(permit.valid_from))
            )
        seen.add(key)
    return problems


def trip_problems(trip: Trip) -> list[str]:
    """A trip on its own, in words (the import and older callers); the checks themselves
    live with the rules in ``trip_check``."""
    problems = [p for p in (text_problem(trip.id, "trip id"),) if p]
    return problems + [p.text for p in trip_check.leg_problems(trip)]
