"""Longest stay, next entry and the safety margin, counted by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import (
    Driver,
    DriverDays,
    Leg,
    Permit,
    RuleBook,
    Trip,
    assess,
    load_rulebook,
    suggest,
    what_if,
)

BOOK = load_rulebook(BUILTIN_RULES)
D = date.fromisoformat
YEAR = BOOK.rule("ru-by-90-year")
STAY = BOOK.rule("ru-by-90-stay")


def driver(citizenship="UZ", category="freight", *permits: Permit, did="D1") -> Driver:
    return Driver(did, "Бекзод Рахимов", citizenship, category, tuple(permits))


def trip(tid: str, *legs: tuple[str, str, str], did="D1") -> Trip:
    return Trip(tid, did, tuple(Leg(c, D(a), D(b)) for c, a, b in legs))


def statuses(days: DriverDays, day: str, length: int = 1):
    return {s.rule_id: s for s in days.status(D(day), length)}


def test_a_residence_permit_until_2030_ends_the_longest_stay_there():
    # Exempt until 19 April 2030; from 20 April 2030 every Russian day counts. 24 Apr 2026 to
    # 23 Apr 2030 is four years: 365 + 366 (29 Feb 2028) + 365 + 365 = 1,461 days; then
    # 24 Apr-18 Jul 2030 = 7 + 31 + 30 + 18 = 86 days: 1,547 days in all. The counted days are
    # 20 Apr-18 Jul 2030 = 11 + 31 + 30 + 18 = 90; 19 July would be day 91.
    permit = Permit("RU", "residence", D("2020-01-01"), D("2030-04-19"))
    days = DriverDays(BOOK, driver("UZ", "freight", permit), [])
    for rule in (YEAR, STAY):
        stay = days.stay(rule, D("2026-04-24"))
        assert (stay.days, stay.outlasts_rule) == (1547, False)
        assert days.max_stay(rule, D("2026-04-24")) == 1547


def test_a_stay_that_would_push_a_planned_october_trip_over_is_too_long():
    # Jan 1-Mar 1 = 31 + 28 + 1 = 60 days; a planned trip 1-20 October takes 20 more. From
    # 1 June the year alone would allow 30 days, but October needs its 20: 90-60-20 = 10,
    # 1-10 June.
    t1 = trip("T1", ("RU", "2026-01-01", "2026-03-01"))
    october = trip("T2", ("RU", "2026-10-01", "2026-10-20"))
    days = DriverDays(BOOK, driver(), [t1, october])
    year = statuses(days, "2026-06-01")["ru-by-90-year"]
    assert (year.used, year.left, year.max_stay, year.last_day) == (60, 30, 10, D("2026-06-10"))


def test_while_a_planned_trip_already_goes_over_any_stay_adding_to_it_is_zero():
    # Jan 1-Mar 21 = 31 + 28 + 21 = 80 days; October 1-20 are days 81-100: over by 10 already.
    # Any Russian day in 2026 before October adds to that finding: longest stay 0, no last day.
    t1 = trip("T1", ("RU", "2026-01-01", "2026-03-21"))
    october = trip("T2", ("RU", "2026-10-01", "2026-10-20"))
    days = DriverDays(BOOK, driver(), [t1, october])
    found = statuses(days, "2026-06-01")
    assert (found["ru-by-90-year"].max_stay, found["ru-by-90-year"].last_day) == (0, None)
    # The one-stay rule is not touched by October: 1 June-29 August is one stay of 90 days
    # (30 + 31 + 29), which ends a month before October begins.
    assert (found["ru-by-90-stay"].max_stay, found["ru-by-90-stay"].last_day) == (
        90,
        D("2026-08-29"),
    )
    # The year rule's next entry: 1 January 2027, with the whole new year's 90.
    assert (found["ru-by-90-year"].next_entry, found["ru-by-90-year"].next_entry_stay) == (
        D("2027-01-01"),
        90,
    )


def test_a_rule_that_ends_part_way_ends_the_stay_on_its_last_day():
    # The old Russian rule is in force until 31 December 2024. From 1 November 2024 a driver
    # with no Russian days could stay 30 + 31 = 61 days under it, to 31 December; after that
    # it no longer limits anyone. The answer is 61 days, last day 31 December, and the status
    # says the rule applies until that day: never "no limit" while it applies.
    days = DriverDays(BOOK, driver(), [])
    old = statuses(days, "2024-11-01")["ru-90-180"]
    assert (old.max_stay, old.last_day, old.applies_until) == (61, D("2024-12-31"), D("2024-12-31"))
    assert days.stay(BOOK.rule("ru-90-180"), D("2024-11-01")).outlasts_rule


def test_an_exemption_that_starts_later_ends_the_stay_only_if_the_limit_is_not_reached_first():
    # A Kazakh freight driver is exempt from 10 October 2025 (announced). With no days used,
    # 1 Sep-9 Oct 2025 = 30 + 9 = 39 days fit and the rule then stops applying.
    days = DriverDays(BOOK, driver("KZ", "freight"), [])
    year = statuses(days, "2025-09-01")["ru-by-90-year"]
    assert (year.max_stay, year.last_day, year.applies_until) == (
        39,
        D("2025-10-09"),
        D("2025-10-09"),
    )
    # With 1 Jun-9 Aug = 30 + 31 + 9 = 70 days used, only 20 remain: 1-20 September.
    busy = DriverDays(
        BOOK, driver("KZ", "freight"), [trip("T1", ("RU", "2025-06-01", "2025-08-09"))]
    )
    year = statuses(busy, "2025-09-01")["ru-by-90-year"]
    assert (year.used, year.max_stay, year.last_day) == (70, 20, D("2025-09-20"))
    assert not busy.stay(YEAR, D("2025-09-01")).outlasts_rule


def test_no_limit_only_when_the_rule_never_applies_again():
    # Kazakhstan's rule never applies to an international freight driver.
    days = DriverDays(BOOK, driver("UZ", "freight"), [])
    assert days.max_stay(BOOK.rule("kz-90-180"), D("2026-01-01")) is None
    assert days.next_entry(BOOK.rule("kz-90-180"), D("2026-01-01"), 200) == D("2026-01-01")


def test_under_the_one_stay_rule_an_entry_the_day_after_an_exit_continues_the_stay():
    # In Russia 1 Jan-1 Mar 2026: 31 + 28 + 1 = 60 days, out on 1 March.
    days = DriverDays(BOOK, driver(), [trip("T1", ("RU", "2026-01-01", "2026-03-01"))])
    # Entering again on 2 March continues the same stay: 30 more days (61-90), to 31 March.
    assert days.max_stay(STAY, D("2026-03-02")) == 30
    # A stay of 31 days needs a day out: from 3 March a new stay of 90 days is possible.
    assert days.next_entry(STAY, D("2026-03-02"), 31) == D("2026-03-03")
    assert days.max_stay(STAY, D("2026-03-03")) == 90
    # The year rule has 30 days left in 2026 (90 - 60). 31 days fit once the last 30 of 2026
    # are enough: 2-31 December (30 days, 90 in 2026) and 1 January 2027 (day 1 of 2027).
    assert days.next_entry(YEAR, D("2026-03-02"), 31) == D("2026-12-02")
    assert days.next_entry(YEAR, D("2026-03-02"), 30) == D("2026-03-02")
    # No stay is ever longer than one limit under the one-stay rule, nor than two years'
    # limits (90 at the end of one year and 90 at the start of the next) under the year rule.
    assert days.next_entry(STAY, D("2026-03-02"), 91) is None
    assert days.next_entry(YEAR, D("2026-03-02"), 180) == D("2027-10-03")  # 90 + 90
    assert days.next_entry(YEAR, D("2026-03-02"), 181) is None


def test_next_entry_skips_the_days_the_driver_is_already_there():
    # In Russia 1-10 June 2026 (10 days used): the next entry is 11 June, after the exit.
    days = DriverDays(BOOK, driver(), [trip("T1", ("RU", "2026-06-01", "2026-06-10"))])
    year = statuses(days, "2026-06-05", length=60)["ru-by-90-year"]
    assert (year.next_entry, year.next_entry_stay) == (D("2026-06-11"), 80)
    assert year.as_json()["next_entry"] == "2026-06-11"
    assert year.as_json()["next_entry_stay"] == 80


def test_schengen_next_entry_waits_for_days_to_come_back():
    # 1 Jan-31 Mar 2026 = 90 Schengen days. Until 29 June the window still holds all 90; on
    # 30 June one day has gone: a stay is possible again, and it can last 90 days (every day
    # in drops one old day out, to 27 September).
    days = DriverDays(BOOK, driver("RU"), [trip("T1", ("DE", "2026-01-01", "2026-03-31"))])
    rule = BOOK.rule("schengen-90-180")
    assert days.next_entry(rule, D("2026-04-01"), 1) == D("2026-06-30")
    assert days.next_entry(rule, D("2026-04-01"), 90) == D("2026-06-30")
    assert days.max_stay(rule, D("2026-06-30")) == 90


# -- safety margin ---------------------------------------------------------------------

# 1 Jan-11 Mar 2026 = 31 + 28 + 11 = 70 days used.
SEVENTY = ("RU", "2026-01-01", "2026-03-11")
JUNE = [Leg("RU", D("2026-06-01"), D("2026-06-10"))]  # 10 days: 80 used, 10 left


def test_a_route_is_ok_with_the_margin_kept_and_tight_with_fewer_days_left():
    days = DriverDays(BOOK, driver(), [trip("T1", SEVENTY)])
    assert what_if(days, JUNE, D("2026-05-01"), margin=10).verdict == "ok"  # 10 left >= 10
    tight = what_if(days, JUNE, D("2026-05-01"), margin=11)  # 10 left < 11
    assert (tight.verdict, tight.ok) == ("tight", True)
    assert tight.as_json()["verdict"] == "tight" and tight.as_json()["ok"] is True
    # Margin 0 (the default) is the plain verdict.
    assert what_if(days, JUNE, D("2026-05-01")).verdict == "ok"


def test_the_margin_holds_on_later_planned_trips_too():
    # October 1-5 planned: after the June route it is days 81-85, leaving 5.
    october = trip("T2", ("RU", "2026-10-01", "2026-10-05"))
    days = DriverDays(BOOK, driver(), [trip("T1", SEVENTY), october])
    verdict = what_if(days, JUNE, D("2026-05-01"), margin=10)
    assert verdict.left_after["ru-by-90-year"] == 10  # on the route's own days: 80 used
    assert verdict.left_ahead["ru-by-90-year"] == 5  # on October's days: 85 used
    assert verdict.verdict == "tight"
    assert what_if(days, JUNE, D("2026-05-01"), margin=5).verdict == "ok"
    # Fifteen June days (to 15 June) reach 85, and October 86-90: still not over, 0 left.
    longer = [Leg("RU", D("2026-06-01"), D("2026-06-15"))]
    assert what_if(days, longer, D("2026-05-01"), margin=1).verdict == "tight"
    # Sixteen push October to 91: over, whatever the margin.
    over = [Leg("RU", D("2026-06-01"), D("2026-06-16"))]
    assert what_if(days, over, D("2026-05-01"), margin=0).verdict == "over"


def test_suggest_keeps_the_margin_and_assess_ranks_ok_then_tight_then_over():
    fleet = [  # A: 30 days used, B: 70, C: 85 (1 Jan-26 Mar = 31 + 28 + 26).
        DriverDays(BOOK, driver(did="A"), [trip("a", ("RU", "2026-01-01", "2026-01-30"), did="A")]),
        DriverDays(BOOK, driver(did="B"), [trip("b", SEVENTY, did="B")]),
        DriverDays(BOOK, driver(did="C"), [trip("c", ("RU", "2026-01-01", "2026-03-26"), did="C")]),
    ]
    # After the 10-day June route: A 50 left, B 10 left, C 95 used: over.
    assert [v.driver_id for v in suggest(fleet, JUNE, D("2026-05-01"))] == ["A", "B"]
    assert [v.driver_id for v in suggest(fleet, JUNE, D("2026-05-01"), margin=20)] == ["A"]
    ranked = assess(fleet, JUNE, D("2026-05-01"), margin=20)
    assert [(v.driver_id, v.verdict) for v in ranked] == [
        ("A", "ok"),
        ("B", "tight"),
        ("C", "over"),
    ]


def test_a_rule_ending_in_2030_lets_a_long_stay_begin_when_its_last_90_days_do():
    # A year rule in force until 31 December 2030. 200 days never fit while it applies (at
    # most 90 + 90 across a new year), but from 3 October 2030 (29 + 30 + 31 = 90 days to
    # 31 December) the stay outlasts the rule: 90 counted days, then none.
    rule = replace(YEAR, valid_to=D("2030-12-31"))
    days = DriverDays(RuleBook((rule,)), driver(), [])
    assert days.next_entry(rule, D("2026-03-02"), 200) == D("2030-10-03")
    stay = days.stay(rule, D("2030-10-03"))
    assert (stay.days, stay.outlasts_rule) == (90, True)
    # A day earlier, 2 October, would make 91 days of 2030.
    assert days.max_stay(rule, D("2030-10-02")) == 90
    assert not days.stay(rule, D("2030-10-02")).outlasts_rule


def test_status_lists_a_rule_kept_off_by_a_permit_only_when_asked_for_upcoming_rules():
    # The same permit holder as above: on 24 April 2026 no Russian rule applies to him, so the
    # plain status does not list one; asked for upcoming rules it shows from when they apply
    # (20 April 2030) and the longest stay of 1,547 days to 18 July 2030.
    permit = Permit("RU", "residence", D("2020-01-01"), D("2030-04-19"))
    days = DriverDays(BOOK, driver("UZ", "freight", permit), [])
    assert "ru-by-90-year" not in statuses(days, "2026-04-24")
    later = {s.rule_id: s for s in days.status(D("2026-04-24"), upcoming=True)}
    year = later["ru-by-90-year"]
    assert (year.applies_from, year.used, year.max_stay, year.last_day) == (
        D("2030-04-20"),
        0,
        1547,
        D("2030-07-18"),
    )
    assert year.as_json()["applies_from"] == "2030-04-20"
    # A rule that never applies to him again (Kazakhstan's, for a freight driver) stays out.
    assert "kz-90-180" not in later
