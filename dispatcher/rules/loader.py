"""Read rule files, check every field, and say exactly what is wrong with a bad one.

A rule file is TOML with any number of ``[[rule]]`` and ``[[exemption]]`` tables. The
built-in files are read first, then the user's folder; a user rule or exemption with a
built-in id replaces it (that is how a user edits a rule without touching the program).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from dispatcher.rules.countries import is_country
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS
from dispatcher.rules.ruleset import STATUSES, WINDOW_KINDS, Exemption, Rule, RuleBook, Window

RULE_KEYS = {
    "id", "name", "countries", "limit", "window", "window_days", "in_force_from",
    "in_force_to", "status", "source", "requires_permit_kinds",
}  # fmt: skip
EXEMPTION_KEYS = {
    "id", "name", "rules", "citizenship", "categories", "permit_kinds", "from", "to",
    "status", "source",
}  # fmt: skip


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file, the item and the field."""


class NoRulesError(RuleFileError):
    """A rule book without a single rule: every driver would look clean, so nothing runs on it."""


class _Item:
    def __init__(self, path: Path, kind: str, index: int, table: Any):
        self.path = path
        self.kind = kind
        if not isinstance(table, dict):
            raise RuleFileError(f"{path.name}: {kind} #{index} must be a table")
        self.table = table
        ident = table.get("id")
        self.label = f"{kind} '{ident}'" if isinstance(ident, str) else f"{kind} #{index}"

    def fail(self, field: str, message: str) -> RuleFileError:
        return RuleFileError(f"{self.path.name}: {self.label}: field '{field}' {message}")

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.table:
            if key not in allowed:
                raise self.fail(key, "is not known (allowed: " + ", ".join(sorted(allowed)) + ")")

    def text(self, field: str, required: bool = True, default: str = "") -> str:
        value = self.table.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is missing")
            return default
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, "must be a non-empty text")
        return value.strip()

    def day(self, field: str) -> date | None:
        value = self.table.get(field)
        if value is None:
            return None
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(field, f"must be a date like 2025-01-01, not {value!r}")

    def codes(self, field: str, valid: Iterable[str] | None = None) -> frozenset[str] | None:
        value = self.table.get(field)
        if value is None:
            return None
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(field, "must be a non-empty list of texts")
        allowed = set(valid) if valid is not None else None
        for v in value:
            if allowed is None and not is_country(v):
                raise self.fail(field, f"has {v!r}, which is not an ISO 3166-1 alpha-2 code")
            if allowed is not None and v not in allowed:
                raise self.fail(field, f"has {v!r}; expected one of: " + ", ".join(sorted(allowed)))
        return frozenset(value)

    def status(self) -> str:
        value = self.text("status", required=False, default="law")
        if value not in STATUSES:
            raise self.fail("status", f"is {value!r}; expected one of: " + ", ".join(STATUSES))
        return value


def _rule(item: _Item) -> Rule:
    item.check_keys(RULE_KEYS)
    countries = item.codes("countries")
    if countries is None:
        raise item.fail("countries", "is missing")
    limit = item.table.get("limit")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise item.fail("limit", f"must be a positive whole number of days, not {limit!r}")
    kind = item.text("window")
    if kind not in WINDOW_KINDS:
        raise item.fail("window", f"is {kind!r}; expected one of: " + ", ".join(WINDOW_KINDS))
    days = item.table.get("window_days")
    if kind == "rolling":
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise item.fail("window_days", "must be a positive whole number for a rolling window")
    elif days is not None:
        raise item.fail("window_days", f"makes no sense for a {kind} window")
    valid_from, valid_to = item.day("in_force_from"), item.day("in_force_to")
    if valid_from and valid_to and valid_to < valid_from:
        raise item.fail("in_force_to", "is before in_force_from")
    return Rule(
        id=item.text("id"),
        name=item.text("name"),
        countries=countries,
        limit=limit,
        window=Window(kind, days),
        valid_from=valid_from,
        valid_to=valid_to,
        status=item.status(),
        source=item.text("source"),
        requires_permit_kinds=item.codes("requires_permit_kinds", PERMIT_KINDS),
        origin=item.path,
    )


def _exemption(item: _Item) -> Exemption:
    item.check_keys(EXEMPTION_KEYS)
    rules = item.table.get("rules")
    if not isinstance(rules, list) or not rules or not all(isinstance(r, str) for r in rules):
        raise item.fail("rules", 'must be a non-empty list of rule ids (or ["*"] for all)')
    valid_from, valid_to = item.day("from"), item.day("to")
    if valid_from and valid_to and valid_to < valid_from:
        raise item.fail("to", "is before from")
    exemption = Exemption(
        id=item.text("id"),
        rules=tuple(rules),
        name=item.text("name", required=False),
        citizenship=item.codes("citizenship"),
        categories=item.codes("categories", CATEGORIES),
        permit_kinds=item.codes("permit_kinds", PERMIT_KINDS),
        valid_from=valid_from,
        valid_to=valid_to,
        status=item.status(),
        source=item.text("source"),
        origin=item.path,
    )
    if not (exemption.citizenship or exemption.categories or exemption.permit_kinds):
        raise item.fail("citizenship", "or 'categories' or 'permit_kinds' must say who is exempt")
    return exemption


def read_rule_file(path: Path) -> tuple[list[Rule], list[Exemption]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise RuleFileError(f"{path.name}: not UTF-8 text ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path.name}: not valid TOML: {exc}") from None
    unknown = set(data) - {"rule", "exemption"}
    if unknown:
        raise RuleFileError(
            f"{path.name}: unknown section(s) {', '.join(sorted(unknown))}; "
            "a rule file holds [[rule]] and [[exemption]] tables"
        )
    for section in ("rule", "exemption"):
        if section in data and not isinstance(data[section], list):
            raise RuleFileError(f"{path.name}: write [[{section}]], not [{section}]")
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
        for path in sorted(folder.glob("*.toml")):
            file_rules, file_exemptions = read_rule_file(path)
            for thing in [*file_rules, *file_exemptions]:
                if thing.id in seen_here:
                    other = seen_here[thing.id].name
                    raise RuleFileError(f"{path.name}: id '{thing.id}' is already used in {other}")
                seen_here[thing.id] = path
            for rule in file_rules:
                rules[rule.id] = rule
            for exemption in file_exemptions:
                exemptions[exemption.id] = exemption
    for exemption in exemptions.values():
        for rule_id in exemption.rules:
            if rule_id != "*" and rule_id not in rules:
                raise RuleFileError(
                    f"{exemption.origin.name if exemption.origin else '?'}: exemption "
                    f"'{exemption.id}': field 'rules' names unknown rule '{rule_id}'"
                )
    return RuleBook(rules=tuple(rules.values()), exemptions=tuple(exemptions.values()))
