"""The command line of RULES.md; with no subcommand it opens the window.

Machine-readable with ``--json``, a plain table otherwise. Nothing here imports Qt, so the
command line starts fast on a machine without a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dispatcher import paths
from dispatcher.console import json_text, make_output_safe
from dispatcher.reports.errors import ReportError
from dispatcher.rules import Leg, RuleFileError, RuleSettings, WhatIf, check, suggest, what_if
from dispatcher.rules.countries import is_country
from dispatcher.store import SchemaError, Store, StoreError
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.transfer import ImportProblems, export_csv, import_csv
from dispatcher.store.validate import parse_date
from dispatcher.workspace import Workspace, require_builtin_rules, rule_settings


class UsageError(ValueError):
    """A bad argument; argparse-style message, exit code 2."""


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_leg(text: str) -> Leg:
    """``CC:YYYY-MM-DD:YYYY-MM-DD``, as in RULES.md."""
    parts = text.split(":")
    if len(parts) != 3:
        raise argparse.ArgumentTypeError(f"--leg {text!r}: expected CC:YYYY-MM-DD:YYYY-MM-DD")
    country = parts[0].strip().upper()
    if not is_country(country):
        raise argparse.ArgumentTypeError(f"--leg {text!r}: {country!r} is not a country code")
    try:
        entry, exit_ = parse_date(parts[1]), parse_date(parts[2])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--leg {text!r}: {exc}") from None
    if exit_ < entry:
        raise argparse.ArgumentTypeError(f"--leg {text!r}: exit is before entry")
    return Leg(country, entry, exit_)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatcher",
        description="Stay limits for international drivers. No subcommand opens the window.",
    )
    parser.add_argument("--db", type=Path, help=f"database file (default: {paths.default_db()})")
    parser.add_argument(
        "--rules-dir", type=Path, help=f"user rule folder (default: {paths.user_rules_dir()})"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="ignore exemptions that are not law (announced or draft)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import drivers, permits and trips from CSV")
    p.add_argument("--drivers", type=Path)
    p.add_argument("--permits", type=Path)
    p.add_argument("--trips", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="write drivers, permits and trips as CSV")
    p.add_argument("--dir", type=Path, help="write drivers.csv, permits.csv, trips.csv here")
    p.add_argument("--drivers", type=Path)
    p.add_argument("--permits", type=Path)
    p.add_argument("--trips", type=Path)

    p = sub.add_parser("check", help="every finding of the fleet")
    p.add_argument("--as-of", type=_day, default=None)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("status", help="days used and left for one driver")
    p.add_argument("--driver", required=True)
    p.add_argument("--date", type=_day, default=None)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("what-if", help="would these legs push the driver over a limit?")
    p.add_argument("--driver", required=True)
    p.add_argument("--leg", type=parse_leg, action="append", required=True)
    p.add_argument("--as-of", type=_day, default=None)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("suggest", help="drivers who can take a route")
    p.add_argument("--leg", type=parse_leg, action="append", required=True)
    p.add_argument("--as-of", type=_day, default=None)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rules", help="the rule sets and exemptions loaded")
    p.add_argument("--json", action="store_true")

    from dispatcher.reports.command import add_parser as add_report_parser

    add_report_parser(sub, _day)

    p = sub.add_parser("demo", help="load the demo carrier into the database")
    p.add_argument("--json", action="store_true")
    return parser


def _table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    cells = [[str(c) for c in header]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _emit(args: argparse.Namespace, data: dict, text: str) -> None:
    if getattr(args, "json", False):
        sys.stdout.write(json_text(data))
    else:
        print(text)


def _open(args: argparse.Namespace, create: bool = False) -> Workspace:
    store = Store(args.db, create=create)
    try:
        settings = rule_settings(store)
        if args.strict:
            settings = RuleSettings(strict=True, disabled=settings.disabled)
        return Workspace(store, rules_dir=args.rules_dir, settings=settings)
    except BaseException:
        store.close()
        raise


def cmd_import(args: argparse.Namespace) -> int:
    if not (args.drivers or args.permits or args.trips):
        raise UsageError("import needs at least one of --drivers, --permits, --trips")
    existed = args.db.exists()
    try:
        with Store(args.db) as store:
            summary = import_csv(store, args.drivers, args.permits, args.trips)
    except BaseException:
        if not existed:  # a failed first import leaves no empty database behind
            for suffix in ("", "-wal", "-shm"):
                Path(str(args.db) + suffix).unlink(missing_ok=True)
        raise
    data = vars(summary)
    text = (
        f"imported {summary.drivers} drivers, {summary.permits} permits, "
        f"{summary.trips} trips ({summary.legs} legs) into {args.db}"
    )
    _emit(args, data, text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    targets = {"drivers": args.drivers, "permits": args.permits, "trips": args.trips}
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        targets = {k: v or args.dir / f"{k}.csv" for k, v in targets.items()}
    if not any(targets.values()):
        raise UsageError("export needs --dir or at least one of --drivers, --permits, --trips")
    with Store(args.db, create=False) as store:
        export_csv(store, **targets)
    print("wrote " + ", ".join(str(p) for p in targets.values() if p))
    return 0


def _finding_rows(findings) -> list[list[object]]:
    return [
        [f.level, f.driver_id, f.rule_id, f.trip_id, f.date, f.days_used, f.over_by]
        for f in findings
    ]


FINDING_HEADER = ["level", "driver", "rule", "trip", "first day over", "days used", "over by"]


def cmd_check(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    ws = _open(args)
    findings = check(ws.fleet().values(), as_of)
    data = {"as_of": as_of.isoformat(), "findings": [f.as_json() for f in findings]}
    text = f"as of {as_of}: {len(findings)} finding(s)"
    if findings:
        text += "\n" + _table(_finding_rows(findings), FINDING_HEADER)
    _emit(args, data, text)
    return 0


def _driver_days(ws: Workspace, driver_id: str):
    days = ws.driver_days(driver_id)
    if days is None:
        raise UsageError(f"unknown driver {driver_id!r}")
    return days


def cmd_status(args: argparse.Namespace) -> int:
    day = args.date or date.today()
    days = _driver_days(_open(args), args.driver)
    statuses = days.status(day)
    data = {
        "driver_id": days.driver.id,
        "name": days.driver.name,
        "date": day.isoformat(),
        "rules": [s.as_json() for s in statuses],
    }
    rows = [
        [s.rule_id, s.used, s.limit, s.left, "no limit" if s.max_stay is None else s.max_stay,
         s.last_day or "-"]
        for s in statuses
    ]  # fmt: skip
    text = f"{days.driver.name} ({days.driver.id}) on {day}\n" + (
        _table(rows, ["rule", "used", "limit", "left", "max stay", "last day"])
        if rows
        else "no stay limit applies on this day"
    )
    _emit(args, data, text)
    return 0


def _verdict_text(verdict: WhatIf) -> str:
    if verdict.ok:
        left = verdict.least_left
        return "ok" + ("" if left is None else f", {left} days left after the route")
    if verdict.clashes:
        return "clashes with trip " + ", ".join(verdict.clashes)
    return "goes over: " + "; ".join(
        f"{f.rule_id} on {f.date} by {f.over_by} (trip {f.trip_id})" for f in verdict.findings
    )


def cmd_what_if(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    days = _driver_days(_open(args), args.driver)
    verdict = what_if(days, args.leg, as_of)
    text = f"{days.driver.name} ({days.driver.id}): {_verdict_text(verdict)}"
    if verdict.findings:
        text += "\n" + _table(_finding_rows(verdict.findings), FINDING_HEADER)
    _emit(args, verdict.as_json(), text)
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    ws = _open(args)
    fleet = ws.fleet()
    verdicts = suggest(fleet.values(), args.leg, as_of)
    data = {
        "legs": [
            {"country": leg.country, "entry": leg.entry.isoformat(), "exit": leg.exit.isoformat()}
            for leg in args.leg
        ],
        "drivers": [
            {**v.as_json(), "name": fleet[v.driver_id].driver.name, "days_left_after": v.least_left}
            for v in verdicts
        ],
    }
    rows = [
        [v.driver_id, fleet[v.driver_id].driver.name,
         "no limit" if v.least_left is None else v.least_left]
        for v in verdicts
    ]  # fmt: skip
    text = f"{len(verdicts)} driver(s) can take the route"
    if rows:
        text += "\n" + _table(rows, ["driver", "name", "days left after"])
    _emit(args, data, text)
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    ws = _open(args)
    book, active = ws.all_rules, ws.book
    active_ids = {r.id for r in active.rules} | {e.id for e in active.exemptions}

    def when(first: date | None, last: date | None) -> str:
        return f"{first or '…'} – {last or '…'}"

    data = {
        "user_rules_dir": str(ws.rules_dir),
        "strict": active.settings.strict,
        "rules": [
            {
                "id": r.id,
                "name": r.name,
                "countries": sorted(r.countries),
                "limit": r.limit,
                "window": r.window.kind,
                "window_days": r.window.days,
                "in_force_from": r.valid_from.isoformat() if r.valid_from else None,
                "in_force_to": r.valid_to.isoformat() if r.valid_to else None,
                "status": r.status,
                "source": r.source,
                "active": r.id in active_ids,
                "file": str(r.origin) if r.origin else None,
            }
            for r in book.rules
        ],
        "exemptions": [
            {
                "id": e.id,
                "name": e.name,
                "rules": list(e.rules),
                "status": e.status,
                "from": e.valid_from.isoformat() if e.valid_from else None,
                "to": e.valid_to.isoformat() if e.valid_to else None,
                "source": e.source,
                "active": e.id in active_ids,
            }
            for e in book.exemptions
        ],
    }

    def countries(codes: frozenset[str]) -> str:
        return "+".join(sorted(codes)) if len(codes) < 4 else f"{len(codes)} states"

    rule_rows = [
        [r.id, countries(r.countries), r.limit, r.window.describe(),
         when(r.valid_from, r.valid_to), r.status,
         "yes" if r.id in active_ids else "off"]
        for r in book.rules
    ]  # fmt: skip
    ex_rows = [
        [e.id, ",".join(e.rules), when(e.valid_from, e.valid_to), e.status,
         "yes" if e.id in active_ids else "off"]
        for e in book.exemptions
    ]  # fmt: skip
    text = (
        _table(rule_rows, ["rule", "countries", "limit", "window", "in force", "status", "on"])
        + "\n\n"
        + _table(ex_rows, ["exemption", "rules", "valid", "status", "on"])
        + f"\n\nuser rule files: {ws.rules_dir}"
    )
    _emit(args, data, text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from dispatcher.demo import load_demo

    with Store(args.db) as store:
        summary = load_demo(store)
    _emit(args, vars(summary), f"loaded the demo carrier into {args.db}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from dispatcher.reports.command import run

    print(run(args, _open(args)))
    return 0


COMMANDS = {
    "report": cmd_report,
    "import": cmd_import,
    "export": cmd_export,
    "check": cmd_check,
    "status": cmd_status,
    "what-if": cmd_what_if,
    "suggest": cmd_suggest,
    "rules": cmd_rules,
    "demo": cmd_demo,
}

KNOWN_ERRORS = (
    UsageError,
    ReportError,
    StoreError,
    SchemaError,
    ImportProblems,
    CsvProblem,
    RuleFileError,
    OSError,
)


def main(argv: Sequence[str] | None = None) -> int:
    make_output_safe()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = paths.default_db()
    if args.command is None:
        from dispatcher.ui.app import run_app  # Qt is imported only for the window

        return run_app(args.db, rules_dir=args.rules_dir)
    try:
        require_builtin_rules()
        return COMMANDS[args.command](args)
    except KNOWN_ERRORS as exc:
        message = str(exc)
        if isinstance(exc, ImportProblems):
            message = "import refused, nothing was changed:\n" + message
        print(f"dispatcher: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("DISPATCHER_DEBUG"):
            traceback.print_exc()
        print(
            f"dispatcher: internal error: {type(exc).__name__}: {exc} "
            "(set DISPATCHER_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":
    raise SystemExit(main())
