"""The stay-limit engine: pure functions over dates. Knows no Qt and no SQL."""

from typing import TYPE_CHECKING

from dispatcher.rules.engine import (
    EXCEEDED,
    OK,
    OVER,
    PROPOSED_TRIP_ID,
    TIGHT,
    WOULD_EXCEED,
    DriverDays,
    Finding,
    RuleStatus,
    WhatIf,
    assess,
    check,
    suggest,
    urgency,
    what_if,
    what_if_trip,
)
from dispatcher.rules.loader import RuleFileError, load_rulebook
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS, Driver, Leg, Permit, Trip
from dispatcher.rules.permits import PermitEnding, permit_endings
from dispatcher.rules.ruleset import Exemption, Rule, RuleBook, RuleSettings, Window
from dispatcher.rules.stays import Stay

if TYPE_CHECKING:
    from dispatcher.rules.planning import Plan, Proposal, Unassigned, plan

_PLANNING = frozenset({"Plan", "Proposal", "Unassigned", "plan"})


def __getattr__(name: str) -> object:
    """The planner is loaded on first use: most commands never plan."""
    if name in _PLANNING:
        from dispatcher.rules import planning

        return getattr(planning, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CATEGORIES",
    "EXCEEDED",
    "OK",
    "OVER",
    "PERMIT_KINDS",
    "PROPOSED_TRIP_ID",
    "TIGHT",
    "WOULD_EXCEED",
    "Driver",
    "DriverDays",
    "Exemption",
    "Finding",
    "Leg",
    "Permit",
    "PermitEnding",
    "Plan",
    "Proposal",
    "Rule",
    "RuleBook",
    "RuleFileError",
    "RuleSettings",
    "RuleStatus",
    "Stay",
    "Trip",
    "Unassigned",
    "WhatIf",
    "Window",
    "assess",
    "check",
    "load_rulebook",
    "permit_endings",
    "plan",
    "suggest",
    "urgency",
    "what_if",
    "what_if_trip",
]
