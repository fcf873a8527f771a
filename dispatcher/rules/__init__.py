"""The stay-limit engine: pure functions over dates. Knows no Qt and no SQL."""

from dispatcher.rules.engine import (
    EXCEEDED,
    PROPOSED_TRIP_ID,
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
)
from dispatcher.rules.loader import RuleFileError, load_rulebook
from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS, Driver, Leg, Permit, Trip
from dispatcher.rules.ruleset import Exemption, Rule, RuleBook, RuleSettings, Window

__all__ = [
    "CATEGORIES",
    "EXCEEDED",
    "PERMIT_KINDS",
    "PROPOSED_TRIP_ID",
    "WOULD_EXCEED",
    "Driver",
    "DriverDays",
    "Exemption",
    "Finding",
    "Leg",
    "Permit",
    "Rule",
    "RuleBook",
    "RuleFileError",
    "RuleSettings",
    "RuleStatus",
    "Trip",
    "WhatIf",
    "Window",
    "assess",
    "check",
    "load_rulebook",
    "suggest",
    "urgency",
    "what_if",
]
