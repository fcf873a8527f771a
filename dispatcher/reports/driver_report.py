"""One driver's record of days for a period: what an office manager hands to the driver,
files with the trip papers, or shows an inspector."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from html import escape

from dispatcher.reports import html
from dispatcher.reports.errors import ReportError
from dispatcher.reports.words import tr
from dispatcher.rules import DriverDays, Rule
from dispatcher.workspace import Workspace

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


def _figures(days: DriverDays, rules: list[Rule], first: date, last: date) -> str:
    rows = []
    for rule in rules:
        ledger = days.ledger(rule)
        cells = [f"<b>{escape(rule.name)}</b>"]
        for day in (first, last):
            if ledger.applies(day.toordinal()):
                used = ledger.used(day.toordinal())
                left = max(0, rule.limit - used)
                colour = html.OVER if used > rule.limit else "#000000"
                cells += [html.coloured(f"{used} / {rule.limit}", colour), str(left)]
            else:
                cells += ["—", "—"]
        rows.append(cells)
    header = [tr("Rule"), tr("Used on {0}").format(first), tr("Left"),
              tr("Used on {0}").format(last), tr("Left")]  # fmt: skip
    return html.table(header, rows, [44, 16, 12, 16, 12])


def _countries_by_day(days: DriverDays, first: date, last: date) -> dict[date, list[str]]:
    out: dict[date, list[str]] = {}
    for trip in days.trips:
        for leg in trip.legs:
            day = max(leg.entry, first)
            while day <= min(leg.exit, last):
                where = out.setdefault(day, [])
                if leg.country not in where:
                    where.append(leg.country)
                day += timedelta(days=1)
    return out


def _calendar(days: DriverDays, rules: list[Rule], first: date, last: date) -> str:
    where = _countries_by_day(days, first, last)
    ledgers = [days.ledger(r) for r in rules]
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
                ordinal = day.toordinal()
                over = any(lg.is_violation(ordinal) for lg in ledgers)
                counted = any(lg.is_counted(ordinal) for lg in ledgers)
                colour = "#ffcdd2" if over else html.SHADE if counted else "#ffffff"
                text = "/".join(where.get(day, [])) or "&nbsp;"
                mark = html.coloured(" ✕", html.OVER, bold=True) if over else ""
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
    items = []
    happened = tr(
        "{rule}: over from {day} to {last} ({count} days), {used} days counted, "
        "{over} over the limit — trip {trip}"
    )
    planned = tr(
        "{rule}: would go over from {day} to {last} ({count} days), {used} days counted, "
        "{over} over the limit — planned trip {trip}"
    )
    for f in found:
        template = happened if f.level == "exceeded" else planned
        text = template.format(
            rule=days.book.rule(f.rule_id).name,
            day=f.date,
            last=f.last_date,
            count=f.days_over,
            used=f.days_used,
            over=f.over_by,
            trip=f.trip_id,
        )
        items.append(f"<li>{html.coloured(text, html.OVER)}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _longest_stay(days: DriverDays, today: date) -> str:
    rows = []
    for status in days.status(today):
        name = days.book.rule(status.rule_id).name
        if status.max_stay is None:
            stay, until = tr("no limit"), "—"
        else:
            stay = str(status.max_stay)
            until = str(status.last_day) if status.max_stay else tr("cannot enter")
        rows.append([escape(name), str(status.used), str(status.left), escape(stay),
                     escape(until)])  # fmt: skip
    if not rows:
        return f"<p>{escape(tr('No stay limit applies on this date.'))}</p>"
    return html.table([tr("Rule"), tr("Used"), tr("Left"), tr("Longest stay (days)"),
                       tr("Last day")], rows, [46, 10, 10, 18, 16])  # fmt: skip


def driver_report_html(
    ws: Workspace, driver_id: str, first: date, last: date, today: date | None = None
) -> str:
    """The whole report as one HTML page; ``today`` is the report date (default: today)."""
    check_period(first, last)
    days = ws.driver_days(driver_id)
    if days is None:
        raise ReportError(tr("unknown driver {0!r}").format(driver_id))
    today = today or date.today()
    driver = days.driver
    rules = _rules_in_period(days, first, last)
    permits = [
        [escape(p.country), escape(p.kind), str(p.valid_from), str(p.valid_to)]
        for p in driver.permits
    ]
    carrier = ws.carrier_name() or tr("(carrier name not set)")
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
        _figures(days, rules, first, last) if rules else f"<p>{escape(tr('No rule applies.'))}</p>",
        f"<h4>{escape(tr('Longest stay from {0}').format(today))}</h4>",
        _longest_stay(days, today),
        f"<h4>{escape(tr('Days over a limit'))}</h4>",
        _findings(days, first, last, today),
        f"<h4>{escape(tr('Legs'))}</h4>",
        _legs(days, first, last),
        f"<h4>{escape(tr('Calendar'))}</h4>",
        _calendar(days, rules, first, last),
    ]
    return html.page(f"{title} — {driver.name}", "".join(body))
