"""The fleet on one date: where everyone is, their days, and who needs attention first."""

from __future__ import annotations

from datetime import date
from html import escape

from dispatcher.reports import html
from dispatcher.reports.words import tr
from dispatcher.workspace import Workspace

ROWS_PER_PAGE = 40


def _row(ws: Workspace, days, day: date, rules, threshold: int) -> tuple[tuple, list[str]]:
    ordinal = day.toordinal()
    where, trip_id = [], ""
    for trip in days.trips:
        for leg in trip.legs:
            if leg.entry <= day <= leg.exit:
                trip_id = trip_id or trip.id
                if leg.country not in where:
                    where.append(leg.country)
    figures, worst, spent = [], None, False
    for rule in rules:
        ledger = days.ledger(rule)
        if not ledger.applies(ordinal):
            figures.append("—")
            continue
        used = ledger.used(ordinal)
        left = max(0, rule.limit - used)
        worst = left if worst is None else min(worst, left)
        text = f"{used} / {left}"
        if used > rule.limit:
            spent = True
            text = html.coloured(text, html.OVER, bold=True)
        elif left <= threshold:
            text = html.coloured(text, html.APPROACHING)
        figures.append(text)
    over_now = any(days.ledger(r).is_violation(ordinal) for r in rules)
    ahead = [f for f in days.findings(day) if f.last_date >= day]
    if over_now or spent or any(f.level == "exceeded" for f in ahead):
        flag, rank = html.coloured(tr("OVER"), html.OVER, bold=True), 0
    elif ahead:
        first = min(f.date for f in ahead)
        flag, rank = html.coloured(tr("over {0}").format(first), html.OVER), 1
    elif worst is not None and worst <= threshold:
        flag, rank = html.coloured(tr("{0} left").format(worst), html.APPROACHING), 2
    else:
        flag, rank = tr("ok"), 3
    driver = days.driver
    cells = [escape(driver.name), escape(driver.id), escape(driver.citizenship),
             escape("/".join(where)) or "—", escape(trip_id) or "—", *figures, flag]  # fmt: skip
    return (rank, worst if worst is not None else 10_000, driver.name), cells


def day_sheet_html(ws: Workspace, day: date, today: date | None = None) -> str:
    today = today or date.today()
    rules = [r for r in ws.book.rules if r.in_force(day)]
    threshold = int(ws.store.setting("warnings.approaching_days", 10))
    rows = sorted(
        (_row(ws, days, day, rules, threshold) for days in ws.fleet().values()),
        key=lambda r: r[0],
    )
    header = [tr("Driver"), tr("ID"), tr("Cit."), tr("Where"), tr("Trip"),
              *(r.id for r in rules), tr("Flag")]  # fmt: skip
    carrier = ws.carrier_name() or tr("(carrier name not set)")
    title = tr("Fleet day sheet for {0}").format(day)
    top = (
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><b style='font-size: 12pt'>{escape(carrier)}</b><br>{escape(title)}</td>"
        f"<td align='right'>{escape(tr('Printed {0}').format(today))}<br>"
        f"{escape(tr('{0} drivers; used / left under each rule').format(len(rows)))}</td>"
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
    legend = tr("A rule's column shows days used / days left on this date; — : does not apply.")
    body = top + "".join(chunks) + f"<p><small>{escape(legend)}</small></p>"
    return html.page(title, body)
