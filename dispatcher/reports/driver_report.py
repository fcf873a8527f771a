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

from dispatcher.reports import html
from dispatcher.reports.errors import ReportError
from dispatcher.reports.words import Reports, tr
from dispatcher.rules import DriverDays, Rule
from dispatcher.rules.levels import counted_on, days_over, rule_levels, whereabouts
from dispatcher.rules.wording import (
    applies_text,
    finding_report_text,
    left_text,
    level_label,
    longest_stay_text,
    next_entry_text,
    override_text,
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
        raise ReportError(tr("the period ends ({0}) before it starts ({1})").format(last, first))
    if (last - first).days + 1 > MAX_DAYS:
        raise ReportError(tr("a report covers at most one year ({0} days)").format(MAX_DAYS))


def _rules_in_period(days: DriverDays, first: date, last: date) -> list[Rule]:
    ids = {s.rule_id for d in (first, last) for s in days.counters(d)}
    return [r for r in days.book.rules if r.id in ids]


def _figures(days: DriverDays, rules: list[Rule], first: date, last: date, approaching: int) -> str:
    rows = []
    levels = {day: rule_levels(days, day, approaching, rules) for day in (first, last)}
    for rule in rules:
        cells = [f"<b>{escape(rule.name)}</b>"]
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
    header = [tr("Rule"), tr("Used on {0}").format(first), tr("Left"), level,
              tr("Used on {0}").format(last), tr("Left"), level]  # fmt: skip
    return html.table(header, rows, [32, 12, 8, 10, 12, 8, 10])


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
            f"<th bgcolor='{html.HEAD}'>{escape(calendar.day_abbr[i])}</th>" for i in range(7)
        )
        title = f"{calendar.month_name[month.month]} {month.year}"
        blocks.append(
            f"<p style='margin-top: 6px; margin-bottom: 2px'><b>{escape(title)}</b></p>"
            f"<table width='100%' border='0.5' cellspacing='0' cellpadding='2'>"
            f"<tr>{names}</tr>{''.join(rows)}</table>"
        )
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    legend = tr("Shaded: a day counted under a rule. Red with ✕: a day over a limit.")
    return "".join(blocks) + f"<p><small>{escape(legend)}</small></p>"


def _legs(days: DriverDays, first: date, last: date) -> str:
    rows = []
    for trip in sorted(days.trips, key=lambda t: t.start):
        for leg in trip.legs:
            if leg.exit < first or leg.entry > last:
                continue
            inside = (min(leg.exit, last) - max(leg.entry, first)).days + 1
            rows.append([escape(trip.id), escape(leg.country), str(leg.entry), str(leg.exit),
                         str(leg.days), str(inside)])  # fmt: skip
    if not rows:
        return f"<p>{escape(tr('No legs in this period.'))}</p>"
    header = [tr("Trip"), tr("Country"), tr("Entry"), tr("Exit"), tr("Days"),
              tr("Days in period")]  # fmt: skip
    return html.table(header, rows)


def _findings(days: DriverDays, first: date, last: date, as_of: date) -> str:
    found = [f for f in days.findings(as_of) if f.date <= last and f.last_date >= first]
    if not found:
        return f"<p>{escape(tr('No day over a limit in this period.'))}</p>"
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
    return f"<h4>{escape(Reports.tr('Changes made over a limit'))}</h4><ul>{items}</ul>"


def _longest_stay(days: DriverDays, today: date) -> str:
    """Per rule: the longest stay from the report date respecting the planned trips, the
    next day a stay can begin and for how long, and when the rule stops (or starts) limiting
    the driver; a rule a permit keeps off until later is listed with the day it starts."""
    rows = []
    for status in days.status(today, upcoming=True):
        name = days.book.rule(status.rule_id).name
        later = status.applies_from is not None and status.applies_from > today
        until = str(status.last_day) if status.max_stay else "—"
        rows.append([escape(name), "—" if later else str(status.used),
                     "—" if later else str(status.left), escape(longest_stay_text(status)),
                     escape(until), escape(next_entry_text(status)),
                     escape(applies_text(status, today))])  # fmt: skip
    if not rows:
        return f"<p>{escape(tr('No stay limit applies on this date.'))}</p>"
    header = [tr("Rule"), tr("Used"), tr("Left"), tr("Longest stay (days)"), tr("Last day"),
              Reports.tr("Next entry"), Reports.tr("Applies")]  # fmt: skip
    return html.table(header, rows, [30, 7, 7, 14, 12, 18, 12])


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
    permits = [
        [escape(p.country), escape(p.kind), str(p.valid_from), str(p.valid_to)]
        for p in driver.permits
    ]
    carrier = carrier or tr("(carrier name not set)")
    title = tr("Driver day report")
    body = [
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><b style='font-size: 12pt'>{escape(carrier)}</b><br>{escape(title)}</td>"
        f"<td align='right'>{escape(tr('Printed {0}').format(today))}<br>"
        f"{escape(tr('Period {0} – {1}').format(first, last))}</td></tr></table><hr>",
        f"<p style='font-size: 11pt'><b>{escape(driver.name)}</b> · {escape(driver.id)} · "
        f"{escape(tr('citizen of {0}').format(driver.citizenship))} · "
        f"{escape(tr(driver.category))}</p>",
        f"<h4>{escape(tr('Permits'))}</h4>",
        html.table([tr("Country"), tr("Kind"), tr("Valid from"), tr("Valid to")], permits)
        if permits
        else f"<p>{escape(tr('None.'))}</p>",
        f"<h4>{escape(tr('Days used and left'))}</h4>",
        _figures(days, rules, first, last, approaching)
        if rules
        else f"<p>{escape(tr('No rule applies.'))}</p>",
        f"<h4>{escape(tr('Longest stay from {0}').format(today))}</h4>",
        _longest_stay(days, today),
        f"<h4>{escape(tr('Days over a limit'))}</h4>",
        _findings(days, first, last, today),
        _overrides(overrides),
        f"<h4>{escape(tr('Legs'))}</h4>",
        _legs(days, first, last),
        f"<h4>{escape(tr('Calendar'))}</h4>",
        _calendar(days, rules, first, last),
    ]
    return html.page(f"{title} — {driver.name}", "".join(body))
