"""The fleet on one date: where everyone is, their days, from when each can enter again,
who needs attention first, and the permits about to end (a rule counts again the next day).

Made from the engine's results and the settings it is given; it reads no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape

from dispatcher.i18n import format_date
from dispatcher.reports import html
from dispatcher.reports.words import Reports
from dispatcher.rules import DriverDays, Rule, RuleBook
from dispatcher.rules.levels import Level, has_happened, rule_levels, whereabouts
from dispatcher.rules.permits import NOTICE_DAYS, permit_endings
from dispatcher.rules.wording import (
    first_over_text,
    level_label,
    permit_ending_text,
    permit_trip_text,
    rule_short_name,
)

ROWS_PER_PAGE = 40


def _next_entry(days: DriverDays, rule: Rule, day: date, here: frozenset[str]) -> str:
    """A second line in a rule's cell when a driver who is not in the rule's countries
    cannot start a stay there on the day itself: the first day they can. (A driver already
    there is not shown one: the line would be on almost every row and the sheet would no
    longer fit its rows to a page.)"""
    if here & rule.countries:
        return ""
    entry = days.next_entry(rule, day)
    if entry == day:
        return ""
    if entry is None:
        text = Reports.tr("no entry fits")
    else:
        text = Reports.tr("from %1").replace("%1", format_date(entry))
    return f"<br><small>{escape(text)}</small>"


def _permits(fleet: Iterable[DriverDays], book: RuleBook, day: date) -> str:
    """Permits ending within the notice period, and planned trips during which one ends."""
    fleet = list(fleet)
    names = {days.driver.id: days.driver.name for days in fleet}
    items = []
    for ending in permit_endings(fleet, day, NOTICE_DAYS):  # soonest first
        name = names[ending.driver_id]
        if not ending.during_trips:
            items.append(escape(permit_ending_text(book, ending, name)))
        for during in ending.during_trips:
            text = permit_trip_text(book, ending, during, name)
            items.append(html.coloured(text, html.OVER) if during.over_from else escape(text))
    if not items:
        return ""
    title = Reports.tr("Permits ending (within %n day(s), or during a planned trip)", "",
                       NOTICE_DAYS)  # fmt: skip
    return f"<h4>{escape(title)}</h4><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"


def _row(
    days: DriverDays, day: date, rules: list[Rule], threshold: int
) -> tuple[tuple[int, int, str], list[str]]:
    here = whereabouts(days, day, day).get(day)
    levels = rule_levels(days, day, threshold, rules)
    present = frozenset(here.countries) if here else frozenset()
    figures, worst = [], None
    for rule in rules:
        status = levels.get(rule.id)
        if status is None:
            figures.append("—")
            continue
        left = max(0, status.left)
        worst = left if worst is None else min(worst, left)
        text = f"{status.used} / {left}"
        colour = html.level_colour(status.level, None)
        figures.append((html.coloured(text, colour, bold=status.level is Level.OVER) if colour
                        else escape(text)) + _next_entry(days, rule, day, present))  # fmt: skip
    level = max((s.level for s in levels.values()), default=Level.FINE)
    ahead = [f for f in days.findings(day) if f.last_date >= day]
    if level is Level.OVER or any(has_happened(f) for f in ahead):
        flag, rank = html.coloured(level_label(Level.OVER), html.OVER, bold=True), 0
    elif ahead:
        first = min(f.date for f in ahead)
        flag, rank = html.coloured(first_over_text(first), html.OVER), 1
    elif level is not Level.FINE:
        flag = html.coloured(
            level_label(level), html.level_colour(level), bold=level is Level.AT_LIMIT
        )
        rank = 2 if level is Level.AT_LIMIT else 3
    else:
        flag, rank = escape(level_label(Level.FINE)), 4
    driver = days.driver
    where = "/".join(here.countries) if here else ""  # codes: one line per driver, 40 a page
    trip_id = here.trip_id if here else ""
    cells = [escape(driver.name), escape(driver.id), escape(driver.citizenship),
             escape(where) or "—", escape(trip_id) or "—", *figures, flag]  # fmt: skip
    return (rank, worst if worst is not None else 10_000, driver.name), cells


def day_sheet_html(
    fleet: Iterable[DriverDays],
    book: RuleBook,
    day: date,
    approaching: int,
    carrier: str = "",
    today: date | None = None,
) -> str:
    """``approaching``: the days-left threshold the window uses, so paper and screen agree."""
    today = today or date.today()
    rules = [r for r in book.rules if r.in_force(day)]
    fleet = list(fleet)  # read twice: the rows, then the permits
    rows = sorted((_row(days, day, rules, approaching) for days in fleet), key=lambda r: r[0])
    header = [Reports.tr("Driver"), Reports.tr("ID"), Reports.tr("Cit."), Reports.tr("Where"),
              Reports.tr("Trip"), *(rule_short_name(book, r.id) for r in rules),
              Reports.tr("Flag")]  # fmt: skip
    carrier = carrier or Reports.tr("(carrier name not set)")
    title = Reports.tr("Fleet day sheet for %1").replace("%1", format_date(day))
    printed = Reports.tr("Printed %1").replace("%1", format_date(today))
    count = Reports.tr("%n driver(s); used / left under each rule", "", len(rows))
    top = (
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><b style='font-size: 12pt'>{escape(carrier)}</b><br>{escape(title)}</td>"
        f"<td align='right'>{escape(printed)}<br>{escape(count)}</td>"
        f"</tr></table><hr>"
    )
    chunks = []
    for start in range(0, max(1, len(rows)), ROWS_PER_PAGE):
        part = [cells for _key, cells in rows[start : start + ROWS_PER_PAGE]]
        style = "page-break-before: always;" if start else ""
        share = max(8, 38 // max(1, len(rules)))
        widths = [19, 7, 4, 7, 10, *([share] * len(rules)), 15]
        chunks.append(html.table(header, part, widths, style=style + "font-size: 7.5pt;",
                                 nowrap=True))  # fmt: skip
    legend = Reports.tr(
        "A rule's column shows days used / days left on this date; — : does not apply."
    )
    legend += " " + Reports.tr(
        "“from” a date: the first day the driver can enter the rule's countries again."
    )
    body = (
        top + "".join(chunks) + f"<p><small>{escape(legend)}</small></p>"
        + _permits(fleet, book, day)
    )  # fmt: skip
    return html.page(title, body)
