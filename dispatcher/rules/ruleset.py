"""Stay-limit rules and their exemptions, as loaded from data files.

Rules change by decree, so nothing here names a country or a date: every fact comes from
``resources/rules/*.toml`` or a user's copy (see ``loader``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

WINDOW_KINDS = ("calendar_year", "rolling", "stay")
STATUSES = ("law", "announced", "draft")


@dataclass(frozen=True, slots=True)
class Window:
    kind: str
    days: int | None = None

    def describe(self) -> str:
        if self.kind == "rolling":
            return f"any {self.days} days"
        if self.kind == "calendar_year":
            return "calendar year"
        return "one continuous stay"


@dataclass(frozen=True, slots=True)
class Exemption:
    """Days on which a rule does not apply to a driver.

    Every given criterion must hold: citizenship, category and (for permit exemptions) a
    valid permit of one of ``permit_kinds`` for a country of the exempted rule's set.
    """

    id: str
    rules: tuple[str, ...]
    name: str = ""
    citizenship: frozenset[str] | None = None
    categories: frozenset[str] | None = None
    permit_kinds: frozenset[str] | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    status: str = "law"
    source: str = ""
    origin: Path | None = None
    names: tuple[tuple[str, str], ...] = ()  # (key, text): name_ru, short_name_kk...

    def targets(self, rule_id: str) -> bool:
        return "*" in self.rules or rule_id in self.rules


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    countries: frozenset[str]
    limit: int
    window: Window
    valid_from: date | None = None
    valid_to: date | None = None
    status: str = "law"
    source: str = ""
    requires_permit_kinds: frozenset[str] | None = None
    origin: Path | None = None
    names: tuple[tuple[str, str], ...] = ()  # (key, text): name_ru, short_name_kk...

    def in_force(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """What the user switched off: rules or exemptions by id, or every unenacted exemption."""

    strict: bool = False
    disabled: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleBook:
    rules: tuple[Rule, ...]
    exemptions: tuple[Exemption, ...] = ()
    settings: RuleSettings = field(default_factory=RuleSettings)
    # Days each rule applies to drivers without permits, by (rule, citizenship, category):
    # a fleet has a few dozen such kinds of driver, not thousands (filled by the ledger).
    applicable_memo: dict[tuple[int, str, str], tuple[Rule, list[tuple[int, int]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def exemptions_for(self, rule_id: str) -> list[Exemption]:
        return [ex for ex in self.exemptions if ex.targets(rule_id)]

    def with_settings(self, settings: RuleSettings) -> RuleBook:
        """The book as the user set it: disabled items dropped, strict keeps only law."""
        rules = tuple(r for r in self.rules if r.id not in settings.disabled)
        exemptions = tuple(
            ex
            for ex in self.exemptions
            if ex.id not in settings.disabled and not (settings.strict and ex.status != "law")
        )
        return replace(self, rules=rules, exemptions=exemptions, settings=settings)

    def touching(self, countries: Iterable[str]) -> list[Rule]:
        wanted = set(countries)
        return [r for r in self.rules if r.countries & wanted]
