"""Read rule files, check every field, and say exactly what is wrong with a bad one.

A rule file is TOML with any number of ``[[rule]]`` and ``[[exemption]]`` tables. The
built-in files are read first, then the user's folder; a user rule or exemption with a
built-in id replaces it (that is how a user edits a rule without touching the program).
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from dispatcher.i18n import Context, fill
from dispatcher.rules.countries import country_names, is_country
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS
from dispatcher.rules.ruleset import STATUSES, WINDOW_KINDS, Exemption, Rule, RuleBook, Window

# A rule's or exemption's name in each language the product speaks, and a short form for
# column headers; English ``name`` is the one every other language falls back to.
NAME_KEYS = ("name_ru", "name_kk", "short_name", "short_name_ru", "short_name_kk")

RULE_KEYS = {
    *NAME_KEYS, "id", "name", "countries", "limit", "window", "window_days", "in_force_from",
    "in_force_to", "status", "source", "requires_permit_kinds",
}  # fmt: skip
EXEMPTION_KEYS = {
    *NAME_KEYS, "id", "name", "rules", "citizenship", "categories", "permit_kinds", "from", "to",
    "status", "source",
}  # fmt: skip

# Bounds. A rule book is a handful of rules; a file far past these is a mistake or an attack,
# and every rule costs every driver's check (a 50 MB file of 390,000 rules stalled `check`
# for minutes). 50 rules over a 16-driver fleet check in about a second.
MAX_FILE_BYTES = 64 * 1024
MAX_FILES = 50  # rule files read from one folder
MAX_RULES = 50  # in the whole book, built-in and user files together
MAX_EXEMPTIONS = 100
MAX_ID = 64
MAX_NAME = 120
MAX_SOURCE = 500
MAX_WINDOW_DAYS = 3660  # ten years
MAX_STAY_LIMIT = 3650
MAX_YEAR_LIMIT = 365  # a limit of 366 in a calendar year could never be exceeded
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2100, 12, 31)
# Ids go into settings, JSON, CSV-like lists and the ["*"] wildcard: plain letters only.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")

RuleFiles = Context("RuleFiles")


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file, the item and the field."""


class NoRulesError(RuleFileError):
    """A rule book without a single rule: every driver would look clean, so nothing runs on it."""


class _Item:
    def __init__(self, path: Path, kind: str, index: int, table: Any):
        self.path = path
        self.kind = kind
        numbered = (
            RuleFiles.tr("rule #%1") if kind == "rule" else RuleFiles.tr("exemption #%1")
        ).replace("%1", str(index))
        if not isinstance(table, dict):
            raise RuleFileError(fill(RuleFiles.tr("%1: %2 must be a table"), path.name, numbered))
        self.table = table
        ident = table.get("id")
        named = isinstance(ident, str) and len(ident) <= MAX_ID
        by_id = RuleFiles.tr("rule '%1'") if kind == "rule" else RuleFiles.tr("exemption '%1'")
        self.label = by_id.replace("%1", str(ident)) if named else numbered

    def refuse(self, field: str, template: str, *values: object) -> RuleFileError:
        """``template`` is a whole sentence: %1 file, %2 item, %3 field, %4... the values."""
        return RuleFileError(fill(template, self.path.name, self.label, field, *values))

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.table:
            if key not in allowed:
                raise self.refuse(
                    key,
                    RuleFiles.tr("%1: %2: field '%3' is not known (allowed: %4)"),
                    ", ".join(sorted(allowed)),
                )

    def text(self, field: str, required: bool = True, default: str = "") -> str:
        value = self.table.get(field)
        if value is None:
            if required:
                raise self.refuse(field, RuleFiles.tr("%1: %2: field '%3' is missing"))
            return default
        if not isinstance(value, str) or not value.strip():
            raise self.refuse(field, RuleFiles.tr("%1: %2: field '%3' must be a non-empty text"))
        return value.strip()

    def bounded_text(self, field: str, longest: int, required: bool = True) -> str:
        value = self.text(field, required)
        if len(value) > longest:
            raise self.refuse(
                field,
                RuleFiles.tr("%1: %2: field '%3' has %4 characters; at most %5 are allowed"),
                len(value),
                longest,
            )
        if CONTROL.search(value):
            raise self.refuse(
                field, RuleFiles.tr("%1: %2: field '%3' holds a line break or control character")
            )
        return value

    def ident(self, field: str = "id") -> str:
        value = self.bounded_text(field, MAX_ID)
        if not ID_PATTERN.fullmatch(value):
            raise self.refuse(
                field,
                RuleFiles.tr(
                    "%1: %2: field '%3' is %4; an id is letters, digits, '.', '_' and '-', "
                    "starting with a letter or digit"
                ),
                repr(value),
            )
        return value

    def whole(self, field: str, lowest: int, highest: int) -> int:
        """A whole number of days in [lowest, highest]."""
        value = self.table.get(field)
        if isinstance(value, bool) or not isinstance(value, int) or value < lowest:
            raise self.refuse(
                field,
                RuleFiles.tr("%1: %2: field '%3' must be a positive whole number, not %4"),
                repr(value),
            )
        if value > highest:
            raise self.refuse(
                field,
                RuleFiles.tr("%1: %2: field '%3' is %4; at most %5 is allowed here"),
                value,
                highest,
            )
        return value

    def day(self, field: str) -> date | None:
        value = self.table.get(field)
        if value is None:
            return None
        day: date | None = None
        if isinstance(value, date) and not hasattr(value, "hour"):
            day = value
        elif isinstance(value, str):
            with contextlib.suppress(ValueError):
                day = date.fromisoformat(value)
        if day is None:
            raise self.refuse(
                field,
                RuleFiles.tr("%1: %2: field '%3' must be a date like 2025-01-01, not %4"),
                repr(value),
            )
        if not FIRST_DAY <= day <= LAST_DAY:
            raise self.refuse(
                field,
                RuleFiles.tr("%1: %2: field '%3' is %4; dates from %5 to %6 are accepted"),
                day.isoformat(),
                FIRST_DAY.isoformat(),
                LAST_DAY.isoformat(),
            )
        return day

    def codes(self, field: str, valid: Iterable[str] | None = None) -> frozenset[str] | None:
        value = self.table.get(field)
        if value is None:
            return None
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.refuse(
                field, RuleFiles.tr("%1: %2: field '%3' must be a non-empty list of texts")
            )
        allowed = set(valid) if valid is not None else None
        longest = len(allowed) if allowed is not None else len(country_names())
        if len(value) > longest:
            raise self.refuse(
                field,
                RuleFiles.tr("%1: %2: field '%3' lists %4 codes; there are only %5"),
                len(value),
                longest,
            )
        seen: set[str] = set()
        for v in value:
            if v in seen:
                raise self.refuse(field, RuleFiles.tr("%1: %2: field '%3' lists %4 twice"), v)
            seen.add(v)
            if allowed is None and not is_country(v):
                raise self.refuse(
                    field,
                    RuleFiles.tr(
                        "%1: %2: field '%3' has %4, which is not an ISO 3166-1 alpha-2 code"
                    ),
                    repr(v),
                )
            if allowed is not None and v not in allowed:
                raise self.refuse(
                    field, RuleFiles.tr("%1: %2: field '%3' has %4; expected one of: %5"),
                    repr(v), ", ".join(sorted(allowed)),
                )  # fmt: skip
        return frozenset(value)

    def status(self) -> str:
        value = self.text("status", required=False, default="law")
        if value not in STATUSES:
            raise self.refuse(
                "status", RuleFiles.tr("%1: %2: field '%3' is %4; expected one of: %5"),
                repr(value), ", ".join(STATUSES),
            )  # fmt: skip
        return value


def _rule(item: _Item) -> Rule:
    item.check_keys(RULE_KEYS)
    ident = item.ident()
    countries = item.codes("countries")
    if countries is None:
        raise item.refuse("countries", RuleFiles.tr("%1: %2: field '%3' is missing"))
    kind = item.text("window")
    if kind not in WINDOW_KINDS:
        raise item.refuse(
            "window", RuleFiles.tr("%1: %2: field '%3' is %4; expected one of: %5"),
            repr(kind), ", ".join(WINDOW_KINDS),
        )  # fmt: skip
    days: int | None = None
    if kind == "rolling":
        days = item.whole("window_days", 1, MAX_WINDOW_DAYS)
    elif item.table.get("window_days") is not None:
        raise item.refuse(
            "window_days", RuleFiles.tr("%1: %2: field '%3' makes no sense for a %4 window"), kind
        )
    highest = {"rolling": MAX_WINDOW_DAYS, "calendar_year": MAX_YEAR_LIMIT}.get(
        kind, MAX_STAY_LIMIT
    )
    limit = item.whole("limit", 1, highest)
    if days is not None and limit >= days:
        # Never exceeded, so never reported: most likely limit and window_days swapped.
        raise item.refuse(
            "limit",
            RuleFiles.tr(
                "%1: %2: field '%3' is %4, but a window of %5 days can never hold more than %5: "
                "the rule would never fire (are limit and window_days swapped?)"
            ),
            limit,
            days,
        )
    valid_from, valid_to = item.day("in_force_from"), item.day("in_force_to")
    if valid_from and valid_to and valid_to < valid_from:
        raise item.refuse("in_force_to", RuleFiles.tr("%1: %2: field '%3' is before in_force_from"))
    return Rule(
        id=ident,
        name=item.bounded_text("name", MAX_NAME),
        countries=countries,
        limit=limit,
        window=Window(kind, days),
        valid_from=valid_from,
        valid_to=valid_to,
        status=item.status(),
        source=item.bounded_text("source", MAX_SOURCE),
        requires_permit_kinds=item.codes("requires_permit_kinds", PERMIT_KINDS),
        origin=item.path,
        names=_names(item),
    )


def _names(item: _Item) -> tuple[tuple[str, str], ...]:
    """A rule's or exemption's names in other languages, bounded like its own name."""
    return tuple(
        (key, item.bounded_text(key, MAX_NAME))
        for key in NAME_KEYS
        if item.table.get(key) is not None
    )


def _rule_ids(item: _Item) -> tuple[str, ...]:
    rules = item.table.get("rules")
    if not isinstance(rules, list) or not rules or not all(isinstance(r, str) for r in rules):
        raise item.refuse(
            "rules",
            RuleFiles.tr(
                "%1: %2: field '%3' must be a non-empty list of rule ids (or [\"*\"] for all)"
            ),
        )
    if len(rules) > MAX_RULES:
        raise item.refuse(
            "rules",
            RuleFiles.tr("%1: %2: field '%3' lists %4 rules; a rule book holds at most %5"),
            len(rules),
            MAX_RULES,
        )
    if len(set(rules)) < len(rules):
        twice = next(r for r in rules if rules.count(r) > 1)
        raise item.refuse("rules", RuleFiles.tr("%1: %2: field '%3' lists %4 twice"), twice)
    for rule_id in rules:
        if rule_id != "*" and (len(rule_id) > MAX_ID or not ID_PATTERN.fullmatch(rule_id)):
            raise item.refuse(
                "rules", RuleFiles.tr("%1: %2: field '%3' has %4, which is not a rule id"),
                repr(rule_id[:MAX_ID]),
            )  # fmt: skip
    return tuple(rules)


def _exemption(item: _Item) -> Exemption:
    item.check_keys(EXEMPTION_KEYS)
    ident = item.ident()
    rules = _rule_ids(item)
    valid_from, valid_to = item.day("from"), item.day("to")
    if valid_from and valid_to and valid_to < valid_from:
        raise item.refuse("to", RuleFiles.tr("%1: %2: field '%3' is before from"))
    exemption = Exemption(
        id=ident,
        rules=rules,
        name=item.bounded_text("name", MAX_NAME, required=False),
        citizenship=item.codes("citizenship"),
        categories=item.codes("categories", CATEGORIES),
        permit_kinds=item.codes("permit_kinds", PERMIT_KINDS),
        valid_from=valid_from,
        valid_to=valid_to,
        status=item.status(),
        source=item.bounded_text("source", MAX_SOURCE),
        origin=item.path,
        names=_names(item),
    )
    if not (exemption.citizenship or exemption.categories or exemption.permit_kinds):
        raise item.refuse(
            "citizenship",
            RuleFiles.tr(
                "%1: %2: field '%3' or 'categories' or 'permit_kinds' must say who is exempt"
            ),
        )
    return exemption


def _read_bounded(path: Path) -> str:
    """The file's text, refused unread when it is too large to be a rule file."""
    raw = b""
    size = path.stat().st_size
    if size <= MAX_FILE_BYTES:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)  # the file may grow while it is read
        size = len(raw)
    if size > MAX_FILE_BYTES:
        raise RuleFileError(
            fill(
                RuleFiles.tr("%1: the file has %2 bytes; a rule file may have at most %3"),
                path.name,
                size,
                MAX_FILE_BYTES,
            )
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleFileError(f"{path.name}: not UTF-8 text ({exc.reason})") from None


def _too_many(where: str, count: int, kind: str) -> RuleFileError:
    if kind == "rule":
        template = RuleFiles.tr("%1: %2 rules; all rule files together may hold at most %3")
        return RuleFileError(fill(template, where, count, MAX_RULES))
    template = RuleFiles.tr("%1: %2 exemptions; all rule files together may hold at most %3")
    return RuleFileError(fill(template, where, count, MAX_EXEMPTIONS))


def read_rule_file(path: Path) -> tuple[list[Rule], list[Exemption]]:
    text = _read_bounded(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path.name}: not valid TOML: {exc}") from None
    except RecursionError:  # arrays nested thousands deep
        raise RuleFileError(f"{path.name}: not valid TOML: nested too deeply") from None
    unknown = set(data) - {"rule", "exemption"}
    if unknown:
        raise RuleFileError(
            f"{path.name}: unknown section(s) {', '.join(sorted(unknown))}; "
            "a rule file holds [[rule]] and [[exemption]] tables"
        )
    for section in ("rule", "exemption"):
        if section in data and not isinstance(data[section], list):
            raise RuleFileError(f"{path.name}: write [[{section}]], not [{section}]")
    if len(data.get("rule", [])) > MAX_RULES:
        raise _too_many(path.name, len(data["rule"]), "rule")
    if len(data.get("exemption", [])) > MAX_EXEMPTIONS:
        raise _too_many(path.name, len(data["exemption"]), "exemption")
    rules = [_rule(_Item(path, "rule", i + 1, t)) for i, t in enumerate(data.get("rule", []))]
    exemptions = [
        _exemption(_Item(path, "exemption", i + 1, t))
        for i, t in enumerate(data.get("exemption", []))
    ]
    return rules, exemptions


def load_rulebook(*folders: Path | None) -> RuleBook:
    """Read ``*.toml`` from each folder in order; later folders override earlier ids."""
    rules: dict[str, Rule] = {}
    exemptions: dict[str, Exemption] = {}
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        seen_here: dict[str, Path] = {}
        paths = sorted(folder.glob("*.toml"))
        if len(paths) > MAX_FILES:
            raise RuleFileError(
                fill(
                    RuleFiles.tr("%1: %2 rule files; at most %3 are read from one folder"),
                    folder,
                    len(paths),
                    MAX_FILES,
                )
            )
        for path in paths:
            file_rules, file_exemptions = read_rule_file(path)
            for ident in [r.id for r in file_rules] + [e.id for e in file_exemptions]:
                if ident in seen_here:
                    other = seen_here[ident].name
                    raise RuleFileError(f"{path.name}: id '{ident}' is already used in {other}")
                seen_here[ident] = path
            for rule in file_rules:
                rules[rule.id] = rule
            for exemption in file_exemptions:
                exemptions[exemption.id] = exemption
            if len(rules) > MAX_RULES:
                raise _too_many(path.name, len(rules), "rule")
            if len(exemptions) > MAX_EXEMPTIONS:
                raise _too_many(path.name, len(exemptions), "exemption")
    for exemption in exemptions.values():
        for rule_id in exemption.rules:
            if rule_id != "*" and rule_id not in rules:
                raise RuleFileError(
                    f"{exemption.origin.name if exemption.origin else '?'}: exemption "
                    f"'{exemption.id}': field 'rules' names unknown rule '{rule_id}'"
                )
    return RuleBook(rules=tuple(rules.values()), exemptions=tuple(exemptions.values()))
