"""Findings and verdicts in the plain words the warning panel and dialogs show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dispatcher.rules import EXCEEDED, PROPOSED_TRIP_ID, Finding, RuleBook, WhatIf


def tr(text: str) -> str:
    return QCoreApplication.translate("wording", text)


def rule_name(book: RuleBook, rule_id: str) -> str:
    try:
        return book.rule(rule_id).name
    except KeyError:
        return rule_id


def finding_text(book: RuleBook, finding: Finding, driver_name: str) -> str:
    template = (
        tr("{name} ({driver}): {rule} — over since {day} by {over} days, trip {trip}")
        if finding.level == EXCEEDED
        else tr("{name} ({driver}): {rule} — would go over on {day} by {over} days, trip {trip}")
    )
    return template.format(
        name=driver_name,
        driver=finding.driver_id,
        rule=rule_name(book, finding.rule_id),
        day=finding.date.isoformat(),
        over=finding.over_by,
        trip=finding.trip_id,
    )


def verdict_text(book: RuleBook, verdict: WhatIf) -> str:
    if verdict.clashes:
        return tr("overlaps trip {0}").format(", ".join(verdict.clashes))
    if verdict.findings:
        on_route = tr("goes over {rule} on {day} by {over} days on this route")
        later = tr("pushes planned trip {trip} over {rule} on {day} by {over} days")
        return "; ".join(
            (on_route if f.trip_id == PROPOSED_TRIP_ID else later).format(
                rule=rule_name(book, f.rule_id),
                day=f.date.isoformat(),
                over=f.over_by,
                trip=f.trip_id,
            )
            for f in verdict.findings
        )
    if verdict.least_left is None:
        return tr("ok — no limit counts this route")
    tightest = min(verdict.left_after, key=verdict.left_after.get)
    return tr("ok — {left} days left after ({rule})").format(
        left=verdict.least_left, rule=rule_name(book, tightest)
    )
