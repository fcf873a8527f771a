"""Next entry and permits ending on paper: the day sheet and the driver's report say what the
window says, read back from the PDF."""

from __future__ import annotations

from datetime import date

import pytest

from dispatcher.reports.command import _pdf, day_sheet, driver_report
from dispatcher.rules import Driver, Leg, Permit, Trip
from dispatcher.rules.permits import permit_endings
from dispatcher.rules.wording import next_entry_text
from dispatcher.store import Store
from dispatcher.workspace import Workspace
from tests.reports.test_reports import pdf_text

AS_OF = date(2026, 11, 23)
D = date.fromisoformat
YEAR = "ru-by-90-year"


def russia(trip_id: str, driver_id: str, first: str, last: str) -> Trip:
    return Trip(trip_id, driver_id, (Leg("RU", D(first), D(last)),))


@pytest.fixture
def ws(tmp_path) -> Workspace:
    """X1 spent 95 days in Russia in 2026 and is at home; X2 holds a temporary residence
    permit for Russia to 13 February 2027 and is planned there from 10 January to 20 May."""
    store = Store(tmp_path / "carrier.sqlite")
    store.save_driver(Driver("X1", "Алишер Каримов", "UZ", "freight"))
    store.save_trip(russia("A", "X1", "2026-03-01", "2026-06-03"))
    permit = Permit("RU", "temporary_residence", D("2026-01-01"), D("2027-02-13"))
    store.save_driver(Driver("X2", "Бахтияр Рахимов", "UZ", "freight", (permit,)))
    store.save_trip(russia("W1", "X2", "2027-01-10", "2027-05-20"))
    workspace = Workspace(store, rules_dir=tmp_path / "rules")
    yield workspace
    workspace.close()


def test_day_sheet_has_the_next_entry_and_the_permit_ending_during_a_trip(ws, tmp_path):
    out = tmp_path / "day.pdf"
    assert _pdf(day_sheet(ws, AS_OF, AS_OF), out) == 1
    text, _pages = pdf_text(out)
    # X1 is not in Russia and has no day left: the first day he can enter again
    assert ws.driver_days("X1").next_entry(ws.book.rule(YEAR), AS_OF) == D("2027-01-01")
    assert "95 / 0 from 2027-01-01" in text
    # the permit section: from 14 February the year rule counts; the 91st day is 15 May
    (ending,) = permit_endings(ws.fleet().values(), AS_OF)
    assert {d.rule_id: d.over_from for d in ending.during_trips}[YEAR] == D("2027-05-15")
    assert "Permits ending" in text and "Бахтияр Рахимов" in text
    assert (
        "X2), trip W1: the temporary residence permit ends on 2027-02-13; "
        "from 2027-02-14 «Russia + Belarus: 90 days per calendar year» applies and the trip "
        "goes over on 2027-05-15." in text
    )


def test_day_sheet_without_permits_ending_has_no_such_section(tmp_path):
    store = Store(tmp_path / "plain.sqlite")
    store.save_driver(Driver("X1", "Алишер Каримов", "UZ", "freight"))
    ws = Workspace(store, rules_dir=tmp_path / "rules")
    assert "Permits ending" not in day_sheet(ws, AS_OF, AS_OF)
    ws.close()


def test_driver_report_shows_next_entry_per_rule(ws, tmp_path):
    out = tmp_path / "x1.pdf"
    _pdf(driver_report(ws, "X1", D("2026-11-01"), D("2026-11-30"), AS_OF), out)
    text, _pages = pdf_text(out)
    statuses = {s.rule_id: s for s in ws.driver_days("X1").status(AS_OF)}
    assert next_entry_text(statuses[YEAR]) == "from 2027-01-01, up to 90 day(s)"
    assert "Next entry" in text and "from 2027-01-01, up to 90 day(s)" in text
    assert "cannot enter" in text  # the year is used up: no stay from the report date


def test_driver_report_lists_a_rule_the_permit_keeps_off_until_later(ws):
    html = driver_report(ws, "X2", D("2026-11-01"), D("2026-11-30"), AS_OF)
    assert "from 2027-02-14" in html  # when the year rule starts to count for him
    assert "no limit" not in html
