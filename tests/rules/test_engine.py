"""Every built-in rule and exemption, checked against counts done by hand."""

from __future__ import annotations

from datetime import date

import pytest

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import (
    EXCEEDED,
    WOULD_EXCEED,
    Driver,
    DriverDays,
    Leg,
    Permit,
    RuleSettings,
    Trip,
    assess,
    check,
    load_rulebook,
    suggest,
    what_if,
)

BOOK = load_rulebook(BUILTIN_RULES)
D = date.fromisoformat


def driver(citizenship="UZ", category="freight", *permits: Permit, did="D1") -> Driver:
    return Driver(did, "Бекзод Рахимов", citizenship, category, tuple(permits))


def trip(tid: str, *legs: tuple[str, str, str], did="D1") -> Trip:
    return Trip(tid, did, tuple(Leg(c, D(a), D(b)) for c, a, b in legs))


def findings(drv, *trips, as_of="2026-11-23", book=BOOK, rule=None):
    found = DriverDays(book, drv, trips).findings(D(as_of))
    return [f for f in found if rule is None or f.rule_id == rule]


def summary(found):
    return [(f.rule_id, f.trip_id, f.date.isoformat(), f.days_used, f.over_by) for f in found]


def test_belarus_counts_together_with_russia_and_a_crossing_day_once():
    # RU 1 Jan-14 Feb (45 days) + BY 14 Feb-31 Mar (46 days, 14 Feb shared) = 90 distinct days.
    legs = [("RU", "2025-01-01", "2025-02-14"), ("BY", "2025-02-14", "2025-03-31")]
    assert findings(driver(), trip("T1", *legs), rule="ru-by-90-year") == []
    # One more Russian day, 1 April, is day 91 of 2025: over by one.
    over = findings(driver(), trip("T1", *legs, ("RU", "2025-03-31", "2025-04-01")))
    assert ("ru-by-90-year", "T1", "2025-04-01", 91, 1) in summary(over)
    # The same 91 days are one unbroken stay, so the one-stay rule is broken on the same day.
    assert ("ru-by-90-stay", "T1", "2025-04-01", 91, 1) in summary(over)


def test_the_calendar_year_starts_again_but_one_stay_may_not_cross_it():
    # 3 Oct-31 Dec 2025 = 29 + 30 + 31 = 90 days; then 1-10 Jan 2026 = 10 days of 2026.
    t = trip("T1", ("RU", "2025-10-03", "2026-01-10"))
    assert findings(driver(), t, rule="ru-by-90-year") == []
    # As one continuous stay it reaches day 91 on 1 January and day 100 on 10 January.
    assert summary(findings(driver(), t, rule="ru-by-90-stay")) == [
        ("ru-by-90-stay", "T1", "2026-01-01", 100, 10)
    ]


def test_kazakh_international_drivers_are_exempt_from_10_october_2025():
    # 1 Aug-30 Nov 2025 in Russia. Counted before the exemption: 1 Aug-9 Oct = 31+30+9 = 70.
    t = trip("T1", ("RU", "2025-08-01", "2025-11-30"))
    assert findings(driver("KZ", "freight"), t) == []
    assert findings(driver("KZ", "bus"), t) == []
    # Category "other" is not exempt: 122 days (31+30+31+30), day 91 is 30 October.
    other = findings(driver("KZ", "other"), t, rule="ru-by-90-year")
    assert summary(other) == [("ru-by-90-year", "T1", "2025-10-30", 122, 32)]


def test_strict_setting_ignores_the_announced_exemption():
    t = trip("T1", ("RU", "2025-08-01", "2025-11-30"))
    strict = BOOK.with_settings(RuleSettings(strict=True))
    found = findings(driver("KZ", "freight"), t, book=strict, rule="ru-by-90-year")
    assert summary(found) == [("ru-by-90-year", "T1", "2025-10-30", 122, 32)]


def test_russian_and_belarusian_citizens_are_not_limited_in_the_union_state():
    t = trip("T1", ("RU", "2025-01-01", "2025-06-30"))
    assert findings(driver("RU"), t) == []
    assert findings(driver("BY"), t) == []


def test_a_residence_permit_exempts_only_while_valid_and_a_visa_never():
    t = trip("T1", ("RU", "2025-01-01", "2025-04-30"))  # 31+28+31+30 = 120 days
    permit = Permit("RU", "temporary_residence", D("2025-03-01"), D("2025-12-31"))
    assert findings(driver("UZ", "freight", permit), t) == []  # only Jan+Feb = 59 counted
    visa = Permit("RU", "visa", D("2025-01-01"), D("2025-12-31"))
    # Day 91 of 2025 is 1 April; 120 days used by 30 April.
    expected = [("ru-by-90-year", "T1", "2025-04-01", 120, 30)]
    assert summary(findings(driver("UZ", "freight", visa), t, rule="ru-by-90-year")) == expected
    polish = Permit("PL", "residence", D("2025-01-01"), D("2025-12-31"))  # not a country of the set
    got = findings(driver("UZ", "freight", polish), t, rule="ru-by-90-year")
    assert summary(got) == expected


def test_a_permit_that_ends_mid_stay_starts_the_count():
    # Permit to 31 Mar: 1 Apr-30 Jun counted = 30+31+30 = 91: day 91 is 30 June.
    permit = Permit("RU", "work", D("2025-01-01"), D("2025-03-31"))
    t = trip("T1", ("RU", "2025-01-01", "2025-06-30"))
    found = findings(driver("AM", "freight", permit), t, rule="ru-by-90-year")
    assert summary(found) == [("ru-by-90-year", "T1", "2025-06-30", 91, 1)]


def test_old_rolling_rule_counts_russia_alone_until_the_end_of_2024():
    # 1 Jul-15 Oct 2024 = 31+31+30+15 = 107 days; day 91 is 29 September.
    t = trip("T1", ("RU", "2024-07-01", "2024-10-15"))
    assert summary(findings(driver(), t)) == [("ru-90-180", "T1", "2024-09-29", 107, 17)]
    # Belarus did not count under the old rule.
    t = trip("T1", ("BY", "2024-07-01", "2024-10-15"))
    assert findings(driver(), t) == []


def test_old_rolling_window_slides():
    # 60 days (1 Jan-29 Feb 2024) then 60 days (1 Jun-30 Jul): 1 Jun is 152 days after 1 Jan,
    # so on 30 Jul the window (2 Feb-30 Jul) holds 28 + 60 = 88 days: no violation.
    t1 = trip("T1", ("RU", "2024-01-01", "2024-02-29"))
    t2 = trip("T2", ("RU", "2024-06-01", "2024-07-30"))
    assert findings(driver(), t1, t2) == []


def test_kazakhstan_rolling_rule_spares_citizens_and_international_drivers():
    t = trip("T1", ("KZ", "2025-01-01", "2025-04-10"))  # 31+28+31+10 = 100 days
    assert summary(findings(driver("UZ", "other"), t)) == [
        ("kz-90-180", "T1", "2025-04-01", 100, 10)
    ]
    assert findings(driver("UZ", "freight"), t) == []
    assert findings(driver("UZ", "bus"), t) == []
    assert findings(driver("KZ", "other"), t) == []


def test_schengen_counts_all_states_together_and_spares_eu_irish_and_cypriot_citizens():
    # PL 1 Mar-30 Apr (61) + DE 30 Apr-8 Jun (40, 30 Apr shared) = 100 days; day 91 is 30 May.
    t = trip("T1", ("PL", "2026-03-01", "2026-04-30"), ("DE", "2026-04-30", "2026-06-08"))
    assert summary(findings(driver("RU"), t)) == [("schengen-90-180", "T1", "2026-05-30", 100, 10)]
    for citizen in ("DE", "IE", "CY"):
        assert findings(driver(citizen), t) == []


def test_findings_are_grouped_per_trip_and_levelled_against_the_as_of_date():
    # 80 days Jan-Mar 21 2026, then trips of 10 days in May and June.
    t1 = trip("T1", ("RU", "2026-01-01", "2026-03-21"))  # 31+28+21 = 80
    t2 = trip("T2", ("BY", "2026-05-01", "2026-05-15"))  # days 81-95: over from 11 May
    t3 = trip("T3", ("RU", "2026-06-01", "2026-06-05"))  # days 96-100
    found = findings(driver(), t1, t2, t3, as_of="2026-05-20", rule="ru-by-90-year")
    assert summary(found) == [
        ("ru-by-90-year", "T2", "2026-05-11", 95, 5),
        ("ru-by-90-year", "T3", "2026-06-01", 100, 10),
    ]
    assert [f.level for f in found] == [EXCEEDED, WOULD_EXCEED]


def test_a_day_belongs_to_the_trip_of_the_earliest_entered_leg():
    # The two trips share 10 March as a crossing day; that day is T1's (Jan 31 + Feb 28 + 10).
    # Day 90 of the year is 31 March, so day 91 is 1 April, in T2.
    t1 = trip("T1", ("RU", "2026-01-01", "2026-03-10"))  # 69 days
    t2 = trip("T2", ("RU", "2026-03-10", "2026-04-10"))  # 11 Mar-10 Apr adds 31: 100 days
    found = findings(driver(), t1, t2, rule="ru-by-90-year")
    assert summary(found) == [("ru-by-90-year", "T2", "2026-04-01", 100, 10)]


def test_status_days_used_left_and_the_longest_stay():
    t1 = trip("T1", ("RU", "2026-01-01", "2026-03-27"))  # 31+28+27 = 86 days
    days = DriverDays(BOOK, driver(), [t1])
    year = {s.rule_id: s for s in days.status(D("2026-09-01"))}["ru-by-90-year"]
    assert (year.used, year.left, year.max_stay, year.last_day) == (86, 4, 4, D("2026-09-04"))
    # Inside the recorded stay on 20 March: used 31+28+20 = 79; day 90 is 31 March, so the
    # stay could go on for 12 days, 20-31 March.
    inside = {s.rule_id: s for s in days.status(D("2026-03-20"))}["ru-by-90-year"]
    assert (inside.used, inside.left, inside.max_stay, inside.last_day) == (
        79,
        11,
        12,
        D("2026-03-31"),
    )
    # A Russian citizen has no Russian rule at all on that day.
    assert "ru-by-90-year" not in {
        s.rule_id for s in DriverDays(BOOK, driver("RU"), [t1]).status(D("2026-09-01"))
    }


def test_earliest_start_waits_for_the_new_year_when_the_year_is_spent():
    t1 = trip("T1", ("RU", "2026-01-01", "2026-03-31"))  # 90 days: nothing left in 2026
    days = DriverDays(BOOK, driver(), [t1])
    rule = BOOK.rule("ru-by-90-year")
    assert days.earliest_start(rule, 10, D("2026-11-01")) == D("2027-01-01")
    assert days.earliest_start(rule, 10, D("2027-02-01")) == D("2027-02-01")


def test_what_if_reports_the_later_planned_trip_it_pushes_over():
    # 86 days used by 27 March; a planned trip of 4 days in October brings the year to 90.
    t1 = trip("T1", ("RU", "2026-01-01", "2026-03-27"))
    planned = trip("T2", ("RU", "2026-10-10", "2026-10-13"))
    days = DriverDays(BOOK, driver(), [t1, planned])
    assert days.findings(D("2026-08-01")) == []
    # Four more days in September reach 90 themselves; the October trip is then days 91-94.
    verdict = what_if(days, [Leg("RU", D("2026-09-01"), D("2026-09-04"))], D("2026-08-01"))
    assert not verdict.ok
    assert summary(verdict.findings) == [("ru-by-90-year", "T2", "2026-10-10", 94, 4)]
    assert verdict.findings[0].level == WOULD_EXCEED


def test_what_if_is_ok_with_days_left_and_not_ok_on_an_overlap():
    t1 = trip("T1", ("RU", "2026-01-01", "2026-01-30"))  # 30 days
    days = DriverDays(BOOK, driver(), [t1])
    ok = what_if(days, [Leg("RU", D("2026-02-01"), D("2026-02-10"))], D("2026-01-31"))
    assert ok.ok and ok.left_after["ru-by-90-year"] == 50  # 90 - 30 - 10
    clash = what_if(days, [Leg("KZ", D("2026-01-20"), D("2026-01-25"))], D("2026-01-01"))
    assert not clash.ok and clash.clashes == ["T1"]
    crossing = what_if(days, [Leg("KZ", D("2026-01-30"), D("2026-02-02"))], D("2026-01-01"))
    assert crossing.ok  # sharing only the crossing day is fine


def test_suggest_lists_only_ok_drivers_most_days_left_first():
    route = [Leg("RU", D("2026-12-01"), D("2026-12-10"))]  # 10 days
    fleet = [
        DriverDays(BOOK, driver(did="A"), [trip("a", ("RU", "2026-01-01", "2026-02-19"), did="A")]),
        DriverDays(BOOK, driver(did="B"), [trip("b", ("RU", "2026-01-01", "2026-01-10"), did="B")]),
        DriverDays(BOOK, driver(did="C"), [trip("c", ("RU", "2026-01-01", "2026-03-31"), did="C")]),
        DriverDays(BOOK, driver("RU", did="R"), []),
    ]
    ok = suggest(fleet, route, D("2026-11-23"))
    # R: no rule counts; B: 90-10-10 = 70 left; A: 90-50-10 = 30 left; C would be over.
    assert [(v.driver_id, v.least_left) for v in ok] == [("R", None), ("B", 70), ("A", 30)]
    everyone = assess(fleet, route, D("2026-11-23"))
    assert [v.driver_id for v in everyone] == ["R", "B", "A", "C"]
    assert not everyone[-1].ok and everyone[-1].findings[0].date == D("2026-12-01")


def test_a_rule_or_exemption_can_be_switched_off_by_id():
    t = trip("T1", ("RU", "2025-01-01", "2025-04-30"))
    off = BOOK.with_settings(RuleSettings(disabled=frozenset({"ru-by-90-year", "ru-by-90-stay"})))
    assert findings(driver(), t, book=off) == []
    permit = Permit("RU", "residence", D("2025-01-01"), D("2025-12-31"))
    no_permits = BOOK.with_settings(RuleSettings(disabled=frozenset({"stay-permits"})))
    assert findings(driver("UZ", "freight", permit), t, book=no_permits, rule="ru-by-90-year")


@pytest.mark.parametrize("has_notice", [True, False])
def test_the_draft_180_day_rule_works_as_a_user_rule_file(tmp_path, has_notice):
    user = tmp_path / "rules"
    user.mkdir()
    draft = BUILTIN_RULES.parent / "rule-examples" / "ru-by-180-year-transport-draft.toml"
    (user / draft.name).write_text(draft.read_text(encoding="utf-8"), encoding="utf-8")
    book = load_rulebook(BUILTIN_RULES, user)
    notice = Permit("RU", "transport_notice", D("2026-01-01"), D("2026-12-31"))
    drv = driver("UZ", "freight", *([notice] if has_notice else []))
    t = trip("T1", ("RU", "2026-01-01", "2026-04-30"))  # 120 days
    year = findings(drv, t, book=book, rule="ru-by-90-year")
    draft_found = findings(drv, t, book=book, rule="ru-by-180-year-transport")
    assert draft_found == []  # 120 <= 180, and nobody without a notice is counted by it
    assert (year == []) is has_notice


def test_kazakh_drivers_days_before_10_october_2025_still_count():
    # 1 Jun-20 Oct 2025 in Russia. Counted up to 9 Oct: 30+31+31+30+9 = 131 days; day 91 is
    # 1 Jun + 90 = 30 August. From 10 October nothing more is counted, so 131 stays the worst.
    t = trip("T1", ("RU", "2025-06-01", "2025-10-20"))
    found = findings(driver("KZ", "freight"), t)
    assert sorted(summary(found)) == [
        ("ru-by-90-stay", "T1", "2025-08-30", 131, 41),
        ("ru-by-90-year", "T1", "2025-08-30", 131, 41),
    ]


def test_the_old_rule_ends_and_the_new_year_rule_starts_on_1_january_2025():
    # 1 Oct 2024-31 Jan 2025 in Russia. Old rule: Oct-Dec 2024 = 31+30+31 = 92 days, day 91 is
    # 30 December. New rules count only 1-31 January 2025 = 31 days: no finding.
    t = trip("T1", ("RU", "2024-10-01", "2025-01-31"))
    assert summary(findings(driver(), t)) == [("ru-90-180", "T1", "2024-12-30", 92, 2)]


def test_a_permit_exempts_only_from_rules_counting_its_country():
    kz_permit = Permit("KZ", "residence", D("2025-01-01"), D("2025-12-31"))
    drv = driver("UZ", "other", kz_permit)
    kz = trip("T1", ("KZ", "2025-01-01", "2025-04-10"))  # 100 days in Kazakhstan: exempt
    assert findings(drv, kz) == []
    ru = trip("T1", ("RU", "2025-01-01", "2025-04-10"))  # 100 Russian days: day 91 is 1 April
    assert ("ru-by-90-year", "T1", "2025-04-01", 100, 10) in summary(findings(drv, ru))


def test_a_finding_on_the_as_of_day_has_happened_and_one_after_it_has_not():
    # 31+28+31 = 90 days to 31 March; 1 April is day 91.
    t = trip("T1", ("RU", "2026-01-01", "2026-04-03"))
    assert [f.level for f in findings(driver(), t, as_of="2026-04-01", rule="ru-by-90-year")] == [
        EXCEEDED
    ]
    assert [f.level for f in findings(driver(), t, as_of="2026-03-31", rule="ru-by-90-year")] == [
        WOULD_EXCEED
    ]


def test_schengen_days_come_back_one_by_one_180_days_later():
    # 1 Jan-31 Mar 2026 = 31+28+31 = 90 Schengen days. On 29 June (day 180 of the year) the
    # window 1 Jan-29 Jun still holds all 90: no day left, no stay possible.
    days = DriverDays(BOOK, driver("RU"), [trip("T1", ("DE", "2026-01-01", "2026-03-31"))])
    rule = BOOK.rule("schengen-90-180")
    june29 = {s.rule_id: s for s in days.status(D("2026-06-29"))}["schengen-90-180"]
    assert (june29.used, june29.left, june29.max_stay) == (90, 0, 0)
    # On 30 June the window is 2 Jan-30 Jun: 89 used, 1 left. But every further day in also
    # drops one January-March day out, so a stay may last until the last of them has gone:
    # on 28 Sep the window 1 Apr-28 Sep would hold 1+31+31+28 = 91 days. Longest stay:
    # 30 Jun-27 Sep = 1+31+31+27 = 90 days.
    june30 = {s.rule_id: s for s in days.status(D("2026-06-30"))}["schengen-90-180"]
    assert (june30.used, june30.left, june30.max_stay, june30.last_day) == (
        89,
        1,
        90,
        D("2026-09-27"),
    )
    assert days.earliest_start(rule, 10, D("2026-06-01")) == D("2026-06-30")


def test_a_route_inside_the_gap_between_two_legs_of_a_trip_clashes_with_it():
    # The driver is on T1 from 1 to 25 January, whichever country the days between were in.
    t1 = trip("T1", ("KZ", "2026-01-01", "2026-01-05"), ("RU", "2026-01-20", "2026-01-25"))
    days = DriverDays(BOOK, driver(), [t1])
    verdict = what_if(days, [Leg("KZ", D("2026-01-10"), D("2026-01-12"))], D("2026-01-01"))
    assert verdict.clashes == ["T1"] and not verdict.ok
    # Leaving on 25 January and starting the route the same day is a crossing day: no clash.
    after = what_if(days, [Leg("KZ", D("2026-01-25"), D("2026-01-30"))], D("2026-01-01"))
    assert after.clashes == [] and after.ok


def test_check_lists_what_has_happened_first_then_by_the_first_day_over():
    # A: 1 Jan-10 Apr 2026 = 100 days, over from 1 April. B: 1 Jan-31 Mar (90) and a planned
    # December trip, over from 1 December. C: 1 Feb-15 May = 28+31+30+15 = 104 days; day 91
    # is 2 May (28+31+30 = 89 to 30 April, 1 May is day 90).
    fleet = [
        DriverDays(BOOK, driver(did="A"), [trip("a", ("RU", "2026-01-01", "2026-04-10"), did="A")]),
        DriverDays(
            BOOK,
            driver(did="B"),
            [
                trip("b1", ("RU", "2026-01-01", "2026-03-31"), did="B"),
                trip("b2", ("RU", "2026-12-01", "2026-12-03"), did="B"),
            ],
        ),
        DriverDays(BOOK, driver(did="C"), [trip("c", ("RU", "2026-02-01", "2026-05-15"), did="C")]),
    ]
    found = [
        (f.driver_id, f.date.isoformat(), f.level)
        for f in check(fleet, D("2026-11-23"))
        if f.rule_id == "ru-by-90-year"
    ]
    assert found == [
        ("A", "2026-04-01", EXCEEDED),
        ("C", "2026-05-02", EXCEEDED),
        ("B", "2026-12-01", WOULD_EXCEED),
    ]


def test_what_if_with_no_legs_yet_is_ok_and_changes_nothing():
    days = DriverDays(BOOK, driver(), [trip("T1", ("RU", "2026-01-01", "2026-04-10"))])
    verdict = what_if(days, [], D("2026-11-23"))
    assert verdict.ok and verdict.findings == [] and verdict.left_after == {}
