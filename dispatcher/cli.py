"""The command line; with no subcommand it opens the window.

Machine-readable with ``--json``, a plain table otherwise. Nothing here imports Qt, so the
command line starts fast on a machine without a screen.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from dispatcher import i18n, paths, qm
from dispatcher.cli_words import speak_argparse
from dispatcher.console import json_text, make_output_safe
from dispatcher.i18n import Context, format_date
from dispatcher.reports.errors import ReportError
from dispatcher.resources import RESOURCES
from dispatcher.rules import Leg, RuleFileError, RuleSettings, check, suggest, what_if
from dispatcher.rules.countries import country_name, is_country
from dispatcher.rules.engine import PROPOSED_TRIP_ID
from dispatcher.rules.permits import PermitEnding, permit_endings
from dispatcher.rules.ruleset import RuleBook
from dispatcher.rules.wording import (
    engine_level_text,
    exemption_name,
    findings_count_text,
    permit_kind_text,
    rule_short_name,
    status_text,
    verdict_text,
    window_text,
)
from dispatcher.store import SchemaError, Store, StoreError
from dispatcher.store.errors import file_error
from dispatcher.store.validate import parse_date
from dispatcher.workspace import Workspace, require_builtin_rules, rule_settings

CATALOGS = RESOURCES / "i18n"
Cli = Context("Cli")
Help = Context("Help")  # the command line's --help


class UsageError(ValueError):
    """A bad argument; argparse-style message, exit code 2."""


# Import and export load their readers and writers only when run, so the commands that
# read start faster.
def import_csv(*args, **kwargs):
    from dispatcher.store.transfer import import_csv

    return import_csv(*args, **kwargs)


def check_import(*args, **kwargs):
    from dispatcher.store.transfer import check_import

    return check_import(*args, **kwargs)


def export_csv(*args, **kwargs):
    from dispatcher.store.transfer import export_csv

    return export_csv(*args, **kwargs)


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_leg(text: str) -> Leg:
    """``CC:YYYY-MM-DD:YYYY-MM-DD``: country, entry, exit."""

    def refuse(message: str) -> argparse.ArgumentTypeError:
        return argparse.ArgumentTypeError(message.replace("%1", repr(text)))

    parts = text.split(":")
    if len(parts) != 3:
        raise refuse(Cli.tr("--leg %1: expected CC:YYYY-MM-DD:YYYY-MM-DD"))
    country = parts[0].strip().upper()
    if not is_country(country):
        raise refuse(Cli.tr("--leg %1: %2 is not a country code").replace("%2", repr(country)))
    try:
        entry, exit_ = parse_date(parts[1]), parse_date(parts[2])
    except ValueError as exc:
        raise refuse(Cli.tr("--leg %1: %2").replace("%2", str(exc))) from None
    if exit_ < entry:
        raise refuse(Cli.tr("--leg %1: exit is before entry"))
    return Leg(country, entry, exit_)


Margin = Context("Margin")


def _margin(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            Margin.tr("--margin %1: expected a whole number of days, 0 or more").replace(
                "%1", repr(text)
            )
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatcher",
        description=Help.tr(
            "Stay limits for international drivers. No subcommand opens the window."
        ),
    )
    parser.add_argument(
        "--lang",
        help=Help.tr(
            "language of messages and human output: ru, kk or en "
            "(default: DISPATCHER_LANG, then the system's language); --json never changes"
        ),
    )
    parser.add_argument(
        "--db",
        type=Path,
        help=Help.tr("database file (default: %1)").replace("%1", str(paths.default_db())),
    )
    parser.add_argument(
        "--rules-dir",
        type=Path,
        help=Help.tr("user rule folder (default: %1)").replace("%1", str(paths.user_rules_dir())),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=Help.tr("ignore exemptions that are not law (announced or draft)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "import", help=Help.tr("import drivers, permits and trips from CSV files or workbooks")
    )
    p.add_argument("--drivers", type=Path, help=Help.tr("CSV, .xlsx, .xls or .ods"))
    p.add_argument("--permits", type=Path, help=Help.tr("CSV, .xlsx, .xls or .ods"))
    p.add_argument("--trips", type=Path, help=Help.tr("CSV, .xlsx, .xls or .ods"))
    p.add_argument(
        "--workbook", type=Path, help=Help.tr("a workbook with sheets drivers, permits, trips")
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "export", help=Help.tr("write drivers, permits and trips as CSV or a workbook")
    )
    p.add_argument(
        "--dir", type=Path, help=Help.tr("write drivers.csv, permits.csv, trips.csv here")
    )
    p.add_argument("--drivers", type=Path)
    p.add_argument("--permits", type=Path)
    p.add_argument("--trips", type=Path)
    p.add_argument("--xlsx", type=Path, help=Help.tr("one Excel workbook, with the findings"))
    p.add_argument("--as-of", type=_day, default=None, help=Help.tr("findings as of (for --xlsx)"))
    p.add_argument("--template", type=Path, help=Help.tr("an empty workbook to fill in and import"))

    p = sub.add_parser("check", help=Help.tr("every finding of the fleet"))
    p.add_argument("--as-of", type=_day, default=None)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("status", help=Help.tr("days used and left for one driver"))
    p.add_argument("--driver", required=True)
    p.add_argument("--date", type=_day, default=None)
    p.add_argument("--json", action="store_true")

    margin_help = Help.tr("days every rule should keep left (fewer: tight)")
    p = sub.add_parser("what-if", help=Help.tr("would these legs push the driver over a limit?"))
    p.add_argument("--driver", required=True)
    p.add_argument("--leg", type=parse_leg, action="append", required=True)
    p.add_argument("--as-of", type=_day, default=None)
    p.add_argument("--margin", type=_margin, default=0, help=margin_help)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("suggest", help=Help.tr("drivers who can take a route"))
    p.add_argument("--leg", type=parse_leg, action="append", required=True)
    p.add_argument("--as-of", type=_day, default=None)
    p.add_argument("--margin", type=_margin, default=0, help=margin_help)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("plan", help=Help.tr("drivers for all open routes of a period"))
    p.add_argument("--from", dest="first", type=_day, required=True)
    p.add_argument("--to", dest="last", type=_day, required=True)
    p.add_argument("--as-of", type=_day, default=None)
    p.add_argument("--margin", type=_margin, default=0, help=margin_help)
    p.add_argument("--apply", action="store_true", help=Help.tr("assign every proposal at once"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("verify", help=Help.tr("check the file's pages and its change log"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rules", help=Help.tr("the rule sets and exemptions loaded"))
    p.add_argument("--json", action="store_true")

    from dispatcher.reports.command import add_parser as add_report_parser

    add_report_parser(sub, _day)

    p = sub.add_parser("demo", help=Help.tr("load the demo carrier into the database"))
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


def _open(args: argparse.Namespace, create: bool = False, write: bool = False) -> Workspace:
    """Read-only unless the command writes: a read never creates, upgrades or marks a file.

    Every command checks the file's pages first, so a damaged file is answered with exit 2
    and the way to a backup, never with a count read from damaged pages.
    """
    store = Store(args.db, create=create) if (write or create) else Store.open_readonly(args.db)
    try:
        _tell(store)
        store.refuse_damaged()
        settings = rule_settings(store)
        if args.strict:
            settings = RuleSettings(strict=True, disabled=settings.disabled)
        return Workspace(store, rules_dir=args.rules_dir, settings=settings)
    except BaseException:
        store.close()
        raise


def _tell(store: Store) -> None:
    for notice in store.notices:
        print(Cli.tr("dispatcher: %1").replace("%1", str(notice)), file=sys.stderr)


def _dry_run_import(args: argparse.Namespace):
    """Check an import into a file that does not exist yet against an empty scratch store,
    reading and checking without writing, so a refused first import leaves no file behind;
    the real file is then created only to be filled (and never removed: another program may
    have opened it in between). Returns what was checked, to be written without reading the
    files again while the real file is still empty."""
    import tempfile  # only imports pay for it, not every read command

    with (
        tempfile.TemporaryDirectory(prefix="dispatcher-import-") as tmp,
        Store(Path(tmp) / "check.sqlite") as scratch,
    ):
        return check_import(scratch, args.drivers, args.permits, args.trips, args.workbook)


def cmd_import(args: argparse.Namespace) -> int:
    if not (args.drivers or args.permits or args.trips or args.workbook):
        raise UsageError(
            Cli.tr("import needs at least one of --drivers, --permits, --trips, --workbook")
        )
    checked = None
    if not args.db.exists() or args.db.stat().st_size == 0:
        checked = _dry_run_import(args)
    with Store(args.db) as store:
        _tell(store)
        store.refuse_damaged()
        if checked is not None and any(store.counts().values()):
            checked = None  # another program filled the file meanwhile: check against it
        summary = import_csv(
            store, args.drivers, args.permits, args.trips, args.workbook, checked=checked
        )
        store.checkpoint()
    data = vars(summary)
    text = (
        Cli.tr("Imported into %1:").replace("%1", str(args.db))
        + " "
        + Cli.tr("%n driver(s)", "", summary.drivers)
        + ", "
        + Cli.tr("%n permit(s)", "", summary.permits)
        + ", "
        + Cli.tr("%n trip(s)", "", summary.trips)
        + " "
        + Cli.tr("(%n leg(s))", "", summary.legs)
    )
    _emit(args, data, text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    targets = {"drivers": args.drivers, "permits": args.permits, "trips": args.trips}
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        targets = {k: v or args.dir / f"{k}.csv" for k, v in targets.items()}
    if not (any(targets.values()) or args.xlsx or args.template):
        raise UsageError(
            Cli.tr(
                "export needs --dir, --xlsx, --template or at least one of --drivers, "
                "--permits, --trips"
            )
        )
    from dispatcher.store.excel import export_xlsx, write_template  # XlsxWriter only when asked

    written = [p for p in targets.values() if p]
    if args.template:
        write_template(args.template)
        written.append(args.template)
    if any(targets.values()):
        with Store.open_readonly(args.db) as store:
            store.refuse_damaged()
            export_csv(store, **targets)
    if args.xlsx:
        as_of = args.as_of or date.today()
        ws = _open(args)
        try:
            export_xlsx(ws.store, args.xlsx, check(ws.fleet().values(), as_of), as_of)
        finally:
            ws.close()
        written.append(args.xlsx)
    print(Cli.tr("Written: %1").replace("%1", ", ".join(str(p) for p in written)))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from dispatcher.store.verify import verify

    with Store.open_readonly(args.db) as store:
        report = verify(store)
    if report.ok or args.json:
        _emit(args, report.as_json(), report.text())
    else:  # a finding about the file is an error like any other refusal: on stderr
        print(Cli.tr("dispatcher: error: %1").replace("%1", report.text()), file=sys.stderr)
    return 0 if report.ok else 2


def _trip_text(trip_id: str) -> str:
    return Cli.tr("this route") if trip_id == PROPOSED_TRIP_ID else trip_id


def _finding_rows(book: RuleBook, findings) -> list[list[object]]:
    return [
        [engine_level_text(f.level), f.driver_id, rule_short_name(book, f.rule_id),
         _trip_text(f.trip_id),
         format_date(f.date), f.days_used, f.over_by]
        for f in findings
    ]  # fmt: skip


def finding_header() -> list[str]:
    return [Cli.tr("level"), Cli.tr("driver"), Cli.tr("rule"), Cli.tr("trip"),
            Cli.tr("first day over"), Cli.tr("days used"), Cli.tr("over by")]  # fmt: skip


Permits = Context("Permits")


def _permit_lines(book: RuleBook, endings: Sequence[PermitEnding]) -> list[str]:
    lines = []
    for end in endings:
        lines.append(
            Permits.tr("Driver %1: permit %2 for %3 ends on %4.")
            .replace("%1", end.driver_id)
            .replace("%2", permit_kind_text(end.permit.kind))
            .replace("%3", country_name(end.permit.country, i18n.language()))
            .replace("%4", format_date(end.permit.valid_to))
        )
        for during in end.during_trips:
            if during.over_from is None:
                line = Permits.tr("Trip %1: rule %2 counts from %3.")
            else:
                line = Permits.tr("Trip %1: rule %2 counts from %3 and goes over on %4.")
                line = line.replace("%4", format_date(during.over_from))
            lines.append(
                "  "
                + line.replace("%1", during.trip_id or "")
                .replace("%2", rule_short_name(book, during.rule_id))
                .replace("%3", format_date(during.applies_from))
            )
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    ws = _open(args)
    fleet = ws.fleet_days().values()
    findings = check(fleet, as_of)
    endings = permit_endings(fleet, as_of)
    data = {
        "as_of": as_of.isoformat(),
        "findings": [f.as_json() for f in findings],
        "permits": [p.as_json() for p in endings],
    }
    text = findings_count_text(as_of, len(findings))
    if findings:
        text += "\n" + _table(_finding_rows(ws.book, findings), finding_header())
    if endings:
        text += "\n" + "\n".join(_permit_lines(ws.book, endings))
    _emit(args, data, text)
    return 0


def _driver_days(ws: Workspace, driver_id: str):
    days = ws.driver_days(driver_id)
    if days is None:
        raise UsageError(Cli.tr("unknown driver %1").replace("%1", repr(driver_id)))
    return days


Status = Context("Status")


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
    no_limit = Status.tr("no limit")
    rows = [
        [rule_short_name(days.book, s.rule_id), s.used, s.limit, s.left,
         no_limit if s.max_stay is None else s.max_stay, format_date(s.last_day, "-"),
         format_date(s.next_entry, Status.tr("never")),
         no_limit if s.next_entry_stay is None else s.next_entry_stay]
        for s in statuses
    ]  # fmt: skip
    header = [Status.tr("rule"), Status.tr("used"), Status.tr("limit"), Status.tr("left"),
              Status.tr("max stay"), Status.tr("last day"), Status.tr("next entry"),
              Status.tr("stay from then")]  # fmt: skip
    title = (
        Status.tr("%1 (%2) on %3")
        .replace("%1", days.driver.name)
        .replace("%2", days.driver.id)
        .replace("%3", format_date(day))
    )
    text = f"{title}\n" + (
        _table(rows, header) if rows else Status.tr("no stay limit applies on this day")
    )
    _emit(args, data, text)
    return 0


def cmd_what_if(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    days = _driver_days(_open(args), args.driver)
    verdict = what_if(days, args.leg, as_of, args.margin)
    text = f"{days.driver.name} ({days.driver.id}): {verdict_text(days.book, verdict, by_id=True)}"
    if verdict.findings:
        text += "\n" + _table(_finding_rows(days.book, verdict.findings), finding_header())
    _emit(args, verdict.as_json(), text)
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    ws = _open(args)
    fleet = ws.fleet_days()
    verdicts = suggest(fleet.values(), args.leg, as_of, args.margin)
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
         Cli.tr("no limit") if v.least_left is None else v.least_left]
        for v in verdicts
    ]  # fmt: skip
    text = Cli.tr("%n driver(s) can take the route", "", len(verdicts))
    if rows:
        text += "\n" + _table(rows, [Cli.tr("driver"), Cli.tr("name"), Cli.tr("days left after")])
    _emit(args, data, text)
    return 0


PlanCommand = Context("PlanCommand")


def cmd_plan(args: argparse.Namespace) -> int:
    if args.last < args.first:
        raise UsageError(
            PlanCommand.tr("plan: --to %1 is before --from %2")
            .replace("%1", format_date(args.last))
            .replace("%2", format_date(args.first))
        )
    as_of = args.as_of or date.today()
    ws = _open(args, write=args.apply)
    routes = [
        trip
        for trip in ws.store.unassigned_trips()
        if trip.legs and args.first <= trip.start <= args.last
    ]
    fleet = ws.fleet()
    from dispatcher.rules.planning import plan

    result = plan(fleet.values(), routes, as_of, args.margin)
    if args.apply and result.proposals:
        by_id = {trip.id: trip for trip in routes}
        with ws.store.transaction():  # all proposals or none
            for proposal in result.proposals:
                ws.store.save_trip(replace(by_id[proposal.trip_id], driver_id=proposal.driver_id))
    data = {**result.as_json(), "applied": bool(args.apply and result.proposals)}
    lines = [
        PlanCommand.tr("%n route(s) between %1 and %2", "", len(routes))
        .replace("%1", format_date(args.first))
        .replace("%2", format_date(args.last))
    ]
    rows = [
        [p.trip_id, p.driver_id, fleet[p.driver_id].driver.name,
         PlanCommand.tr("no limit") if p.least_left is None else p.least_left]
        for p in result.proposals
    ]  # fmt: skip
    if rows:
        header = [PlanCommand.tr("route"), PlanCommand.tr("driver"), PlanCommand.tr("name"),
                  PlanCommand.tr("days left after")]  # fmt: skip
        lines.append(_table(rows, header))
    for open_route in result.unassigned:
        lines.append(
            PlanCommand.tr("%1: no driver. %2")
            .replace("%1", open_route.trip_id)
            .replace("%2", open_route.text())
        )
    if data["applied"]:
        lines.append(PlanCommand.tr("Assigned %n route(s).", "", len(result.proposals)))
    ws.close()  # not left to the collector: the next open of the file must find it whole
    _emit(args, data, "\n".join(lines))
    return 0


RulesList = Context("RulesList")


def cmd_rules(args: argparse.Namespace) -> int:
    ws = _open(args)
    book, active = ws.all_rules, ws.book
    active_ids = {r.id for r in active.rules} | {e.id for e in active.exemptions}

    def when(first: date | None, last: date | None) -> str:
        return f"{format_date(first, '…')} – {format_date(last, '…')}"

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

    lang = i18n.language()

    def countries(codes: frozenset[str]) -> str:
        if len(codes) < 4:
            return " + ".join(country_name(c, lang) for c in sorted(codes))
        return RulesList.tr("%n state(s)", "", len(codes))

    def on(ident: str) -> str:
        return RulesList.tr("yes") if ident in active_ids else RulesList.tr("off")

    rule_rows = [
        [rule_short_name(book, r.id), r.id, countries(r.countries), r.limit, window_text(r),
         when(r.valid_from, r.valid_to), status_text(r.status), on(r.id)]
        for r in book.rules
    ]  # fmt: skip
    ex_rows = [
        [exemption_name(book, e.id), ",".join(e.rules), when(e.valid_from, e.valid_to),
         status_text(e.status), on(e.id)]
        for e in book.exemptions
    ]  # fmt: skip
    rule_header = [RulesList.tr("rule"), RulesList.tr("id"), RulesList.tr("countries"),
                   RulesList.tr("limit"), RulesList.tr("window"), RulesList.tr("in force"),
                   RulesList.tr("status"), RulesList.tr("on")]  # fmt: skip
    ex_header = [RulesList.tr("exemption"), RulesList.tr("rules"), RulesList.tr("valid"),
                 RulesList.tr("status"), RulesList.tr("on")]  # fmt: skip
    text = (
        _table(rule_rows, rule_header)
        + "\n\n"
        + _table(ex_rows, ex_header)
        + "\n\n"
        + RulesList.tr("user rule files: %1").replace("%1", str(ws.rules_dir))
    )
    _emit(args, data, text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from dispatcher.demo import load_demo

    with Store(args.db) as store:
        _tell(store)
        store.refuse_damaged()
        summary = load_demo(store)
        store.checkpoint()
    _emit(
        args, vars(summary), Cli.tr("Loaded the demo carrier into %1").replace("%1", str(args.db))
    )
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
    "plan": cmd_plan,
    "rules": cmd_rules,
    "demo": cmd_demo,
    "verify": cmd_verify,
}

#: commands that read, answer and end
ANSWERS = frozenset({"check", "status", "what-if", "suggest", "plan", "rules"})

KNOWN_ERRORS = (UsageError, ReportError, StoreError, SchemaError, RuleFileError, OSError)


def _known_errors() -> tuple[type[BaseException], ...]:
    """Looked up only when something went wrong: the import modules load on demand."""
    from dispatcher.store.csvfiles import CsvProblem
    from dispatcher.store.transfer import ImportProblems

    return (*KNOWN_ERRORS, ImportProblems, CsvProblem)


def _use_language(language: str) -> None:
    """Speak ``language`` from now on; a catalog that is missing or unreadable is said once
    and the command goes on in English rather than failing over a message."""
    try:
        i18n.use_language(language, CATALOGS)
    except (OSError, qm.CatalogError) as exc:
        print(
            f"dispatcher: the {language} catalog cannot be read ({exc}); messages stay in "
            "English. Build the catalogs with `make catalogs-build` (part of `make run`).",
            file=sys.stderr,
        )
        i18n.use_language(i18n.SOURCE_LANGUAGE, None)


def _language_from(argv: Sequence[str] | None) -> None:
    """The language is chosen before the parser is built and the arguments are read, so
    that ``--help`` and an argument's own error (a bad date, a bad --leg) are worded in it."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _rest = early.parse_known_args(argv)
    try:
        language = i18n.choose_language(known.lang)
    except ValueError as exc:
        build_parser().error(str(exc))  # exit 2, like any bad argument
    _use_language(language)


def main(argv: Sequence[str] | None = None) -> int:
    make_output_safe()
    _language_from(argv)
    speak_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = paths.default_db()
    if args.command is None:
        from dispatcher.ui.app import run_app  # Qt is imported only for the window

        return run_app(args.db, rules_dir=args.rules_dir)
    collecting = gc.isenabled()
    if args.command in ANSWERS:
        gc.disable()  # one answer from objects that hold no cycles: nothing to collect
    try:
        require_builtin_rules()
        return COMMANDS[args.command](args)
    except _known_errors() as exc:
        message = str(exc)
        if type(exc).__name__ == "ImportProblems":
            message = Cli.tr("import refused, nothing was changed:") + "\n" + message
        print(Cli.tr("dispatcher: error: %1").replace("%1", message), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except sqlite3.Error as exc:  # the file, not the program: worded by the store
        mapped = file_error(args.db, exc)
        if mapped is None:
            return _internal_error(exc)
        print(Cli.tr("dispatcher: error: %1").replace("%1", str(mapped)), file=sys.stderr)
        return 2
    except Exception as exc:
        return _internal_error(exc)
    finally:
        if collecting:
            gc.enable()


def _internal_error(exc: BaseException) -> int:
    """A bug: say so plainly; the traceback only on request."""
    if os.environ.get("DISPATCHER_DEBUG"):
        import traceback  # only for a bug: a read command must not pay for it

        traceback.print_exception(exc)
    print(
        Cli.tr("dispatcher: internal error: %1 (set DISPATCHER_DEBUG=1 for details)").replace(
            "%1", f"{type(exc).__name__}: {exc}"
        ),
        file=sys.stderr,
    )
    return 3


if __name__ == "__main__":
    raise SystemExit(main())
