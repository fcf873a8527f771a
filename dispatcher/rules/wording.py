"""Every sentence about a finding, a verdict or a level, for the window, the reports and the
command line alike: one wording, translated once, so a driver reads the same thing on the
screen and on the paper handed to an inspector.
"""

from __future__ import annotations

from datetime import date

from dispatcher import i18n
from dispatcher.i18n import Context
from dispatcher.rules.engine import PROPOSED_TRIP_ID, TIGHT, Finding, WhatIf
from dispatcher.rules.levels import Level, RuleLevel, has_happened
from dispatcher.rules.ruleset import Rule, RuleBook

Wording = Context("Wording")


def day_text(day: date | None) -> str:
    """Dates as people of the chosen language write them (23.11.2026; ISO in English)."""
    return i18n.format_date(day, "—")


def _named(names: tuple[tuple[str, str], ...], key: str) -> str | None:
    language = i18n.language()
    wanted = key if language == i18n.SOURCE_LANGUAGE else f"{key}_{language}"
    return dict(names).get(wanted)


def rule_name(book: RuleBook, rule_id: str) -> str:
    """The rule's name in the chosen language; the English name where a file gives none,
    the id only for a rule the book does not hold."""
    try:
        rule = book.rule(rule_id)
    except KeyError:
        return rule_id
    return _named(rule.names, "name") or rule.name


def rule_short_name(book: RuleBook, rule_id: str) -> str:
    """A few characters for a column header (РФ+РБ 90/год); the full name where a file gives
    no short one, so a header never falls back to an id a dispatcher does not read."""
    try:
        rule = book.rule(rule_id)
    except KeyError:
        return rule_id
    return (
        _named(rule.names, "short_name")
        or dict(rule.names).get("short_name")
        or rule_name(book, rule_id)
    )


def exemption_name(book: RuleBook, exemption_id: str) -> str:
    for exemption in book.exemptions:
        if exemption.id == exemption_id:
            return _named(exemption.names, "name") or exemption.name or exemption.id
    return exemption_id


def permit_kind_text(kind: str) -> str:
    """A permit kind as the papers call it; the code itself for a kind not known here."""
    words = {
        "residence": Wording.tr("residence permit"),
        "temporary_residence": Wording.tr("temporary residence permit"),
        "work": Wording.tr("work permit / patent"),
        "visa": Wording.tr("visa"),
        "transport_notice": Wording.tr("international transport notice"),
    }
    return words.get(kind, kind)


def category_text(category: str) -> str:
    words = {
        "freight": Wording.tr("freight"),
        "bus": Wording.tr("bus"),
        "other": Wording.tr("other"),
    }
    return words.get(category, category)


def status_text(status: str) -> str:
    """A rule's standing: law, announced or draft."""
    words = {
        "law": Wording.tr("law"),
        "announced": Wording.tr("announced"),
        "draft": Wording.tr("draft"),
    }
    return words.get(status, status)


def window_text(rule: Rule) -> str:
    """How a rule's days are windowed, in words (the rules list in the window and the
    command line)."""
    if rule.window.kind == "rolling":
        return Wording.tr("any %n day(s)", "", rule.window.days or 0)
    if rule.window.kind == "calendar_year":
        return Wording.tr("calendar year")
    return Wording.tr("one continuous stay")


def engine_level_text(level: str) -> str:
    """The engine's level names (``exceeded``, ``would_exceed``...) in words."""
    words = {
        "exceeded": Wording.tr("exceeded"),
        "would_exceed": Wording.tr("would exceed"),
        "approaching": Wording.tr("approaching"),
        "at_limit": Wording.tr("at the limit"),
    }
    return words.get(level, level)


def level_label(level: Level, planned: bool = False) -> str:
    """The short word in a warning's first column or a report's flag."""
    if level is Level.OVER:
        return Wording.tr("would go over") if planned else Wording.tr("OVER")
    if level is Level.AT_LIMIT:
        return Wording.tr("at the limit")
    if level is Level.APPROACHING:
        return Wording.tr("approaching")
    return Wording.tr("ok")


def left_text(status: RuleLevel) -> str:
    """Days left, never a negative number."""
    if status.left < 0:
        return Wording.tr("over by %n day(s)", "", -status.left)
    return str(status.left)


def finding_text(book: RuleBook, finding: Finding, driver_name: str) -> str:
    """One warning line: who, which rule, first day over, by how much, which trip."""
    template = (
        Wording.tr("%1 (%2): %3 — over since %4 by %n day(s), trip %5", "", finding.over_by)
        if has_happened(finding)
        else Wording.tr(
            "%1 (%2): %3 — would go over on %4 by %n day(s), trip %5", "", finding.over_by
        )
    )
    return (
        template.replace("%1", driver_name)
        .replace("%2", finding.driver_id)
        .replace("%3", rule_name(book, finding.rule_id))
        .replace("%4", day_text(finding.date))
        .replace("%5", finding.trip_id)
    )


def finding_report_text(book: RuleBook, finding: Finding) -> str:
    """A finding on a driver's day report: the whole stretch of days over."""
    template = (
        Wording.tr(
            "%1: over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the limit — trip %6",
            "",
            finding.over_by,
        )
        if has_happened(finding)
        else Wording.tr(
            "%1: would go over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the "
            "limit — planned trip %6",
            "",
            finding.over_by,
        )
    )
    return (
        template.replace("%1", rule_name(book, finding.rule_id))
        .replace("%2", day_text(finding.date))
        .replace("%3", day_text(finding.last_date))
        .replace("%4", str(finding.days_over))
        .replace("%5", str(finding.days_used))
        .replace("%6", finding.trip_id)
    )


def approaching_text(book: RuleBook, driver_name: str, driver_id: str, status: RuleLevel) -> str:
    """A warning about a rule close to its limit, or at it."""
    if status.level is Level.AT_LIMIT:
        template = Wording.tr("%1 (%2): %3 — at the limit, no day left")
    else:
        template = Wording.tr("%1 (%2): %3 — %n day(s) left", "", status.left)
    return (
        template.replace("%1", driver_name)
        .replace("%2", driver_id)
        .replace("%3", rule_name(book, status.rule_id))
    )


def consequence_text(
    book: RuleBook, finding: Finding, driver_name: str, trip_id: str | None = None
) -> str:
    """What going ahead with a change does: the finding it creates or makes worse.

    ``trip_id`` names the trip being changed (the engine calls a proposed one "proposed").
    """
    changed = trip_id if finding.trip_id == PROPOSED_TRIP_ID and trip_id else finding.trip_id
    if trip_id is not None and changed != trip_id:
        template = Wording.tr(
            "%1 would push trip %5 over «%2» from %3: %4 days counted, %n day(s) over the limit.",
            "",
            finding.over_by,
        )
    else:
        template = Wording.tr(
            "%1 would go over «%2» from %3 on trip %5: %4 days counted, %n day(s) over the limit.",
            "",
            finding.over_by,
        )
    return (
        template.replace("%1", driver_name)
        .replace("%2", rule_name(book, finding.rule_id))
        .replace("%3", day_text(finding.date))
        .replace("%4", str(finding.days_used))
        .replace("%5", changed)
    )


def overstay_risk_text() -> str:
    return Wording.tr(
        "An overstay means a fine, expulsion and a ban on entry; the truck loses its route."
    )


def clash_text(driver_name: str, clashes: list[str]) -> str:
    return (
        Wording.tr("%1 is already on trip %2 on these days.")
        .replace("%1", driver_name)
        .replace("%2", ", ".join(clashes))
    )


def verdict_text(book: RuleBook, verdict: WhatIf, by_id: bool = False) -> str:
    """A what-if's answer in one line; ``by_id`` names rules by their short names (the command
    line, where a line must stay short)."""

    def name(rule_id: str) -> str:
        return rule_short_name(book, rule_id) if by_id else rule_name(book, rule_id)

    if verdict.clashes:
        return Wording.tr("overlaps trip %1").replace("%1", ", ".join(verdict.clashes))
    if verdict.findings:
        parts = []
        for f in verdict.findings:
            template = (
                Wording.tr("goes over %1 on %2 by %n day(s) on this route", "", f.over_by)
                if f.trip_id == PROPOSED_TRIP_ID
                else Wording.tr("pushes planned trip %3 over %1 on %2 by %n day(s)", "", f.over_by)
            )
            parts.append(
                template.replace("%1", name(f.rule_id))
                .replace("%2", day_text(f.date))
                .replace("%3", f.trip_id)
            )
        return "; ".join(parts)
    if verdict.verdict == TIGHT:
        return Wording.tr("tight — %n day(s) left, fewer than the margin", "",
                          min(verdict.left_ahead.values()))  # fmt: skip
    if verdict.least_left is None:
        return Wording.tr("ok — no limit counts this route")
    tightest = min(verdict.left_after, key=lambda r: verdict.left_after[r])
    return (
        Wording.tr("ok — %n day(s) left after (%1)", "", verdict.least_left)
        .replace("%1", name(tightest))
    )  # fmt: skip


def left_after_text(verdict: WhatIf) -> str:
    """The "Left after" column: days left, or how far over, never a negative number."""
    left = verdict.least_left
    if verdict.clashes:
        return "—"
    if left is None:
        return Wording.tr("no limit")
    if left < 0:
        return Wording.tr("over by %n day(s)", "", -left)
    return str(left)


def override_text(at: date, user: str, reason: str) -> str:
    """A change made over the limit after the question, as the driver's report names it."""
    return (
        Wording.tr("assigned over the limit on %1 by %2: %3")
        .replace("%1", at.strftime("%d.%m.%Y"))  # as the change log's reader wrote it
        .replace("%2", user)
        .replace("%3", reason)
    )


def findings_count_text(as_of: date, count: int) -> str:
    return Wording.tr("as of %1: %n finding(s)", "", count).replace("%1", day_text(as_of))


def first_over_text(day: date) -> str:
    """A driver's flag on the day sheet: the first day a planned trip goes over."""
    return Wording.tr("would go over on %1").replace("%1", day_text(day))
