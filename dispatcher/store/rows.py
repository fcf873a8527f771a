"""Values read back from the tables, checked as they are parsed.

Every write checks its values, so a date that is not ISO or a country that is not a code
can only be there because bytes changed on disk. Counting on with such a value would give a
silently different number of days; the reader stops instead and names the table, row and
column.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dispatcher.rules.countries import country_names
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS
from dispatcher.store import errors
from dispatcher.store.validate import ISO_DATE


class RowReader:
    """Parses one read's rows; remembers the dates and codes it has seen (a fleet repeats
    the same few hundred dates many thousand times)."""

    def __init__(self, path: Path):
        self.path = path
        self.days: dict[str, date] = {}
        self.codes = country_names()

    def day(self, table: str, row: object, column: str, text: object) -> date:
        found = self.days.get(text) if isinstance(text, str) else None
        if found is None:
            found = self.valid_day(text)
            if found is None:
                raise errors.damaged_value(self.path, table, row, column, text)
        return found

    def valid_day(self, text: object) -> date | None:
        """The day an ISO date names; None for anything else (kept once seen)."""
        if not isinstance(text, str) or not ISO_DATE.fullmatch(text):
            return None
        try:
            found = date.fromisoformat(text)
        except ValueError:
            return None
        self.days[text] = found
        return found

    def span(
        self, table: str, row: object, columns: tuple[str, str], first: object, last: object
    ) -> tuple[date, date]:
        start, end = self.day(table, row, columns[0], first), self.day(table, row, columns[1], last)
        if end < start:
            raise errors.damaged_value(self.path, table, row, columns[1], last)
        return start, end

    def country(self, table: str, row: object, column: str, code: object) -> str:
        if not isinstance(code, str) or code not in self.codes:
            raise errors.damaged_value(self.path, table, row, column, code)
        return code

    def one_of(
        self, choices: tuple[str, ...], table: str, row: object, column: str, value: object
    ) -> str:
        if not isinstance(value, str) or value not in choices:
            raise errors.damaged_value(self.path, table, row, column, value)
        return value

    def category(self, table: str, row: object, value: object) -> str:
        return self.one_of(CATEGORIES, table, row, "category", value)

    def kind(self, table: str, row: object, value: object) -> str:
        return self.one_of(PERMIT_KINDS, table, row, "kind", value)
