"""`dispatcher report driver|day`: the reports from the command line, as PDF or HTML.

HTML needs no Qt; PDF starts an offscreen Qt only for the printing.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dispatcher.i18n import Context
from dispatcher.reports.errors import ReportError

Help = Context("Help")  # the command line's --help

if TYPE_CHECKING:
    from dispatcher.workspace import Workspace


def add_parser(sub, day_type) -> None:
    p = sub.add_parser("report", help=Help.tr("print a driver day report or the fleet day sheet"))
    kinds = p.add_subparsers(dest="report", metavar="KIND", required=True)
    d = kinds.add_parser(
        "driver", help=Help.tr("one driver's days for a period (default: the month)")
    )
    d.add_argument("--driver", required=True)
    d.add_argument("--from", dest="first", type=day_type)
    d.add_argument("--to", dest="last", type=day_type)
    d.add_argument("--date", type=day_type, help=Help.tr("report date (default: today)"))
    s = kinds.add_parser("day", help=Help.tr("every driver on one date"))
    s.add_argument("--date", type=day_type, help=Help.tr("the date (default: today)"))
    for q in (d, s):
        out = q.add_mutually_exclusive_group(required=True)
        out.add_argument("--pdf", type=Path)
        out.add_argument("--html", type=Path)


def _pdf(html: str, path: Path, landscape: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # a full application: the window may follow

    from dispatcher.reports.printing import write_pdf

    _app = QApplication.instance() or QApplication(["dispatcher"])
    return write_pdf(html, path, landscape=landscape)


def driver_report(ws: Workspace, driver_id: str, first: date, last: date, today: date) -> str:
    """Read what the driver's report needs through the workspace, then make it."""
    from dispatcher.reports.driver_report import Override, driver_report_html
    from dispatcher.reports.words import Reports

    days = ws.driver_days(driver_id)
    if days is None:
        raise ReportError(Reports.tr("unknown driver %1").replace("%1", repr(driver_id)))
    overrides = [Override(*o) for o in ws.overrides(driver_id)]
    return driver_report_html(days, first, last, today, ws.carrier_name(),
                              ws.approaching_days(), overrides)  # fmt: skip


def day_sheet(ws: Workspace, day: date, today: date) -> str:
    from dispatcher.reports.day_sheet import day_sheet_html

    return day_sheet_html(ws.fleet().values(), ws.book, day, ws.approaching_days(),
                          ws.carrier_name(), today)  # fmt: skip


def run(args: argparse.Namespace, ws: Workspace) -> str:
    from dispatcher.i18n import format_date
    from dispatcher.reports.driver_report import check_period, default_period
    from dispatcher.reports.words import Reports

    today = args.date or date.today()
    if args.report == "driver":
        first, last = default_period(today)
        first = args.first or (first if not args.last else date(args.last.year, args.last.month, 1))
        last = args.last or (last if not args.first else default_period(first)[1])
        check_period(first, last)
        html = driver_report(ws, args.driver, first, last, today)
        what = (
            Reports.tr("driver day report %1 %2 – %3")
            .replace("%1", args.driver)
            .replace("%2", format_date(first))
            .replace("%3", format_date(last))
        )
    else:
        html = day_sheet(ws, today, date.today())
        what = Reports.tr("fleet day sheet %1").replace("%1", format_date(today))
    if args.html:
        args.html.write_text(html, encoding="utf-8")
        return Reports.tr("Wrote the %1 to %2").replace("%1", what).replace("%2", str(args.html))
    pages = _pdf(html, args.pdf)
    return (
        Reports.tr("Wrote the %1 to %2 (%n page(s))", "", pages)
        .replace("%1", what)
        .replace("%2", str(args.pdf))
    )


__all__ = ["ReportError", "add_parser", "run"]
