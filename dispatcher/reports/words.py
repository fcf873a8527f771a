"""The reports' words: one context, read without Qt, so `--html` and `--pdf` speak the
language chosen on the command line or in the window alike."""

from __future__ import annotations

from dispatcher.i18n import Context

Reports = Context("Reports")


def month_name(month: int) -> str:
    """The calendar's month title; Python's own names follow the C locale, not ours."""
    names = (
        Reports.tr("January"), Reports.tr("February"), Reports.tr("March"), Reports.tr("April"),
        Reports.tr("May"), Reports.tr("June"), Reports.tr("July"), Reports.tr("August"),
        Reports.tr("September"), Reports.tr("October"), Reports.tr("November"),
        Reports.tr("December"),
    )  # fmt: skip
    return names[month - 1]


def weekday_names() -> list[str]:
    """Monday first, as the week starts where the reports are read."""
    return [Reports.tr("Mo"), Reports.tr("Tu"), Reports.tr("We"), Reports.tr("Th"),
            Reports.tr("Fr"), Reports.tr("Sa"), Reports.tr("Su")]  # fmt: skip
