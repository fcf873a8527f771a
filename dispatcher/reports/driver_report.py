"""One driver's record of days for a period: what an office manager hands to the driver,
files with the trip papers, or shows an inspector.

Made from the engine's results and what the caller read for it (the carrier's name, the
changes made over a limit); it reads no database.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import NamedTuple

from dispatcher import i18n
from dispatcher.i18n import format_date
from dispatcher.reports import html
from dispatcher.reports.errors import ReportError
from dispatcher.reports.words import Reports, month_name, weekday_names
from dispatcher.rules import DriverDays, Rule
from dispatcher.rules.countries import country_name
from dispatcher.rules.levels import counted_on, days_over, rule_levels, whereabouts
from dispatcher.rules.wording import (
    applies_text,
    category_text,
    finding_report_text,
    left_text,
    level_label,
    longest_stay_text,
    next_entry_text,
    override_text,
    permit_kind_text,
    rule_name,
)


class Override(NamedTuple):
    """A change made over a limit after the question, and the reason given."""

    at: date
    user: str
    reason: str


MAX_DAYS = 366


def default_period(day: date) -> tuple[date, date]:
    """The calendar month of ``day``."""
    last = calendar.monthrange(day.year, day.month)[1]
    return date(day.year, day.month, 1), date(day.year, day.month, last)


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ReportError(
            Reports.tr("the period ends (%1) before it starts (%2)")
            .replace("%1", format_date(last))
            .replace("%2", format_date(first))
        )
    if (last - first).days + 1 > MAX_DAYS:
        raise ReportError(Reports.tr("a report covers at most one year (%n day(s))", "", MAX_DAYS))


def _rules_in_period(days: DriverDays, first: date, last: date) -> list[Rule]:
    ids = {s.rule_id for d in (first, last) for s in days.counters(d)}
    return [r for r in days.book.rules if r.id in ids]


def _figures(days: DriverDays, rules: list[Rule], first: date, last: date, approaching: int) -> str:
    rows = []
    levels = {day: rule_levels(days, day, approaching, rules) for day in (first, last)}
    for rule in rules:
        cells = [f"<b>{escape(rule_name(days.book, rule.id))}</b>"]
        for day in (first, last):
            status = levels[day].get(rule.id)
            if status is None:
                cells += ["—", "—", "—"]
                continue
            colour = html.level_colour(status.level)
            cells += [
                html.coloured(f"{status.used} / {rule.limit}", colour),
                escape(left_text(status)),
                html.coloured(level_label(status.level), colour),
            ]
        rows.append(cells)
    level = Reports.tr("Level")
    used_on = Reports.tr("Used on %1")
    header = [Reports.tr("Rule"), used_on.replace("%1", format_date(first)), Reports.tr("Left"),
              level, used_on.replace("%1", format_date(last)), Reports.tr("Left"),
              level]  # fmt: skip
    return html.table(header, rows, [23, 15, 10, 12, 15, 12, 13])


def _calendar(days: DriverDays, rules: list[Rule], first: date, last: date) -> str:
    where = whereabouts(days, first, last)
    over = days_over(days, rules)
    blocks = []
    month = date(first.year, first.month, 1)
    while month <= last:
        weeks = calendar.Calendar().monthdatescalendar(month.year, month.month)
        rows = []
        for week in weeks:
            cells = []
            for day in week:
                if day.month != month.month or not first <= day <= last:
                    cells.append("<td bgcolor='#ffffff'>&nbsp;</td>")
                    continue
                is_over = any(a <= day <= b for a, b in over)
                counted = counted_on(days, rules, day)
                colour = "#ffcdd2" if is_over else html.SHADE if counted else "#ffffff"
                here = where.get(day)
                text = escape("/".join(here.countries)) if here else "&nbsp;"
                mark = html.coloured(" ✕", html.OVER, bold=True) if is_over else ""
                cells.append(
                    f"<td bgcolor='{colour}' width='14%'><small>{day.day}</small>{mark}"
                    f"<br><b>{text}</b></td>"
                )
            rows.append("<tr>" + "".join(cells) + "</tr>")
        names = "".join(
            f"<th bgcolor='{html.HEAD}'>{escape(name)}</th>" for name in weekday_names()
        )
        title = f"{month_name(month.month)} {month.year}"
        blocks.append(
            f"<p style='margin-top: 6px; margin-bottom: 2px'><b>{escape(title)}</b></p>"
            f"<table width='100%' border='0.5' cellspacing='0' cellpadding='2'>"
            f"<tr>{names}</tr>{''.join(rows)}</table>"
        )
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    legend = Reports.tr("Shaded: a day counted under a rule. Red with ✕: a day over a limit.")
    return "".join(blocks) + f"<p><small>{escape(legend)}</small></p>"


def _legs(days: DriverDays, first: date, last: date) -> str:
    rows = []
    for trip in sorted(days.trips, key=lambda t: t.start):
        for leg in trip.legs:
            if leg.exit < first or leg.entry > last:
                continue
            inside = (min(leg.exit, last) - max(leg.entry, first)).days + 1
            rows.append([escape(trip.id), escape(country_name(leg.country, i18n.language())),
                         format_date(leg.entry), format_date(leg.exit), str(leg.days),
                         str(inside)])  # fmt: skip
    if not rows:
        return html.paragraph(Reports.tr("No legs in this period."))
    header = [Reports.tr("Trip"), Reports.tr("Country"), Reports.tr("Entry"), Reports.tr("Exit"),
              Reports.tr("Days"), Reports.tr("Days in period")]  # fmt: skip
    return html.table(header, rows)


def _findings(days: DriverDays, first: date, last: date, as_of: date) -> str:
    found = [f for f in days.findings(as_of) if f.date <= last and f.last_date >= first]
    if not found:
        return html.paragraph(Reports.tr("No day over a limit in this period."))
    items = [
        f"<li>{html.coloured(finding_report_text(days.book, f), html.OVER)}</li>" for f in found
    ]
    return f"<ul>{''.join(items)}</ul>"


def _overrides(overrides: Sequence[Override]) -> str:
    """Every change made over a limit for this driver: they are few and an inspector asks."""
    if not overrides:
        return ""
    items = "".join(
        f"<li>{html.coloured(override_text(o.at, o.user, o.reason), html.OVER)}</li>"
        for o in sorted(overrides)
    )
    return html.heading(Reports.tr("Changes made over a limit")) + f"<ul>{items}</ul>"


def _longest_stay(days: DriverDays, today: date) -> str:
    """Per rule: the longest stay from the report date respecting the planned trips, the
    next day a stay can begin and for how long, and when the rule stops (or starts) limiting
    the driver; a rule a permit keeps off until later is listed with the day it starts."""
    rows = []
    for status in days.status(today, upcoming=True):
        name = rule_name(days.book, status.rule_id)
        later = status.applies_from is not None and status.applies_from > today
        until = format_date(status.last_day) if status.max_stay else "—"
        rows.append([escape(name), "—" if later else str(status.used),
                     "—" if later else str(status.left), escape(longest_stay_text(status)),
                     escape(until), escape(next_entry_text(status)),
                     escape(applies_text(status, today))])  # fmt: skip
    if not rows:
        return html.paragraph(Reports.tr("No stay limit applies on this date."))
    header = [Reports.tr("Rule"), Reports.tr("Used"), Reports.tr("Left"),
              Reports.tr("Longest stay (days)"), Reports.tr("Last day"),
              Reports.tr("Next entry"), Reports.tr("Applies")]  # fmt: skip
    return html.table(header, rows, [21, 15, 10, 14, 12, 16, 12])


def driver_report_html(
    days: DriverDays,
    first: date,
    last: date,
    today: date | None = None,
    carrier: str = "",
    approaching: int = 10,
    overrides: Sequence[Override] = (),
) -> str:
    """The whole report as one HTML page; ``today`` is the report date (default: today)."""
    check_period(first, last)
    today = today or date.today()
    driver = days.driver
    rules = _rules_in_period(days, first, last)
    lang = i18n.language()
    permits = [
        [escape(country_name(p.country, lang)), escape(permit_kind_text(p.kind)),
         format_date(p.valid_from), format_date(p.valid_to)]
        for p in driver.permits
    ]  # fmt: skip
    carrier = carrier or Reports.tr("(carrier name not set)")
    title = Reports.tr("Driver day report")
    printed = Reports.tr("Printed %1").replace("%1", format_date(today))
    period = (
        Reports.tr("Period %1 – %2")
        .replace("%1", format_date(first))
        .replace("%2", format_date(last))
    )
    citizen = Reports.tr("citizenship: %1").replace("%1", country_name(driver.citizenship, lang))
    longest = Reports.tr("Longest stay from %1").replace("%1", format_date(today))
    permit_header = [Reports.tr("Country"), Reports.tr("Kind"), Reports.tr("Valid from"),
                     Reports.tr("Valid to")]  # fmt: skip
    body = [
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><b style='font-size: 12pt'>{escape(carrier)}</b><br>{escape(title)}</td>"
        f"<td align='right'>{escape(printed)}<br>{escape(period)}</td></tr></table><hr>",
        f"<p style='font-size: 11pt'><b>{escape(driver.name)}</b> · {escape(driver.id)} · "
        f"{escape(citizen)} · {escape(category_text(driver.category))}</p>",
        html.heading(Reports.tr("Permits")),
        html.table(permit_header, permits) if permits else html.paragraph(Reports.tr("None.")),
        html.heading(Reports.tr("Days used and left")),
        _figures(days, rules, first, last, approaching)
        if rules
        else html.paragraph(Reports.tr("No rule applies.")),
        f"<h4>{escape(longest)}</h4>",
        _longest_stay(days, today),
        html.heading(Reports.tr("Days over a limit")),
        _findings(days, first, last, today),
        _overrides(overrides),
        html.heading(Reports.tr("Legs")),
        _legs(days, first, last),
        html.heading(Reports.tr("Calendar")),
        _calendar(days, rules, first, last),
    ]
    return html.page(f"{title} — {driver.name}", "".join(body))
