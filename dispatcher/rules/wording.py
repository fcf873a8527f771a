"""Every sentence about a finding, a verdict or a level, for the window, the reports and the
command line alike: one wording, translated once, so a driver reads the same thing on the
screen and on the paper handed to an inspector.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dispatcher import i18n
from dispatcher.i18n import Context, format_date, language
from dispatcher.rules.countries import country_names
from dispatcher.rules.engine import PROPOSED_TRIP_ID, TIGHT, Finding, RuleStatus, WhatIf
from dispatcher.rules.levels import Level, RuleLevel, has_happened
from dispatcher.rules.permits import PermitEnding, RuleAfterPermit
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


# Next entry, the safety margin and permits that end: the window's status card, the assign
# dialog, the warnings and both reports word them here, so screen and paper say the same.


def region_text(book: RuleBook, rule_id: str, visited: Sequence[str] = ()) -> str:
    """Where a rule counts, in the reader's language: its countries (those in ``visited``
    first, in that order), or the rule's name when it counts many."""
    try:
        countries = book.rule(rule_id).countries
    except KeyError:
        return rule_id
    if len(countries) > 3:
        return rule_name(book, rule_id)
    first = [c for c in dict.fromkeys(visited) if c in countries]
    ordered = [*first, *sorted(countries - set(first))]
    names = country_names(language())
    return " + ".join(names.get(code, code) for code in ordered)


def next_entry_text(status: RuleStatus, length: int = 1) -> str:
    """The next day a stay of ``length`` days can begin, and how long it may last."""
    if status.next_entry is None:
        return Wording.tr("a stay of %n day(s) never fits while the rule applies", "", length)
    if status.next_entry_stay is None:
        return Wording.tr("from %1, no limit from then").replace(
            "%1", format_date(status.next_entry)
        )
    return Wording.tr("from %1, up to %n day(s)", "", status.next_entry_stay).replace(
        "%1", format_date(status.next_entry)
    )


def can_enter_again_text(region: str, status: RuleStatus) -> str | None:
    """For a driver who cannot enter now: from when they can, and for how long.

    None when no entry ever fits (the status says so) or the rule stops limiting first.
    """
    if status.next_entry is None:
        return None
    if status.next_entry_stay is None:
        return (
            Wording.tr("can enter %1 again from %2 with no limit")
            .replace("%1", region)
            .replace("%2", format_date(status.next_entry))
        )
    return (
        Wording.tr("can enter %1 again from %2 for up to %n day(s)", "", status.next_entry_stay)
        .replace("%1", region)
        .replace("%2", format_date(status.next_entry))
    )


def longest_stay_text(status: RuleStatus) -> str:
    """The longest stay from the day asked; "no limit" only when the rule never applies again
    (or cannot be broken), never while it still limits the driver."""
    if status.max_stay is None:
        return Wording.tr("no limit")
    if status.max_stay == 0:
        return Wording.tr("cannot enter")
    if status.applies_until is not None and status.last_day == status.applies_until:
        return Wording.tr("%n day(s), until the rule stops applying", "", status.max_stay)
    return str(status.max_stay)


def applies_text(status: RuleStatus, day: date) -> str:
    """When the rule limits the driver: from a later day (a permit ends), until a day (a
    permit begins, the rule ends), both, or "" when it applies from the day on for good."""
    start = status.applies_from if status.applies_from and status.applies_from > day else None
    until = status.applies_until
    if start and until:
        return (
            Wording.tr("from %1 until %2")
            .replace("%1", format_date(start))
            .replace("%2", format_date(until))
        )
    if start:
        return Wording.tr("from %1").replace("%1", format_date(start))
    if until:
        return Wording.tr("until %1").replace("%1", format_date(until))
    return ""


def margin_verdict_text(book: RuleBook, verdict: WhatIf, by_id: bool = False) -> str:
    """``verdict_text``, with a tight verdict naming the days left against the margin."""
    if verdict.verdict != TIGHT:
        return verdict_text(book, verdict, by_id)
    least = min(verdict.left_ahead.values())
    return Wording.tr(
        "tight — breaks nothing, but leaves %n day(s), fewer than the margin of %1", "", least
    ).replace("%1", str(verdict.margin))


def permit_ending_text(book: RuleBook, ending: PermitEnding, driver_name: str) -> str:
    """A permit that ends soon, and the rules that count again the day after."""
    permit = ending.permit
    rules = ", ".join(f"«{rule_name(book, r.rule_id)}»" for r in ending.rules)
    if rules:
        template = Wording.tr("%1 (%2): the %3 for %4 ends on %5; from %6 %7 counts again.")
        start = format_date(ending.rules[0].applies_from)
    else:
        template = Wording.tr("%1 (%2): the %3 for %4 ends on %5.")
        start = ""
    return (
        template.replace("%1", driver_name)
        .replace("%2", ending.driver_id)
        .replace("%3", permit_kind_text(permit.kind))
        .replace("%4", country_names(language()).get(permit.country, permit.country))
        .replace("%5", format_date(permit.valid_to))
        .replace("%6", start)
        .replace("%7", rules)
    )


def permit_trip_text(
    book: RuleBook, ending: PermitEnding, during: RuleAfterPermit, driver_name: str
) -> str:
    """A planned trip during which a permit ends: from when the rule counts, and the day
    the trip then goes over, if it does."""
    if during.over_from is None:
        template = Wording.tr(
            "%1 (%2), trip %3: the %4 ends on %5; from %6 «%7» applies and the trip keeps "
            "within it."
        )
    else:
        template = Wording.tr(
            "%1 (%2), trip %3: the %4 ends on %5; from %6 «%7» applies and the trip goes over "
            "on %8."
        )
    return (
        template.replace("%1", driver_name)
        .replace("%2", ending.driver_id)
        .replace("%3", during.trip_id or "")
        .replace("%4", permit_kind_text(ending.permit.kind))
        .replace("%5", format_date(ending.permit.valid_to))
        .replace("%6", format_date(during.applies_from))
        .replace("%7", rule_name(book, during.rule_id))
        .replace("%8", format_date(during.over_from))
    )
