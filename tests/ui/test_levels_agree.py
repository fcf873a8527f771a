"""A driver at 89, 90 and 91 of 90 days: every view and both reports say the same level."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dispatcher.reports.command import day_sheet, driver_report
from dispatcher.rules.levels import Level
from dispatcher.rules.wording import level_label, rule_short_name
from dispatcher.ui.app import application
from dispatcher.ui.month_view import MonthModel
from dispatcher.ui.roster import LEVEL_ROLE, RosterModel
from dispatcher.ui.status_card import LEVEL_ROLE as CARD_LEVEL_ROLE
from dispatcher.ui.status_card import StatusCard
from dispatcher.ui.timeline import TimelineView
from dispatcher.ui.warnings_panel import WarningsModel
from tests.ui_helpers import AS_OF, Answers, russia, small_context

pytestmark = pytest.mark.gui
D = date.fromisoformat
RULE = "ru-by-90-year"
LABELS = {level_label(level) for level in (Level.OVER, Level.AT_LIMIT, Level.APPROACHING)}


@pytest.fixture(autouse=True)
def _answers(monkeypatch):
    application()
    Answers().install(monkeypatch)


def roster_level(ctx) -> Level:
    model = RosterModel(ctx)
    col = 4 + [r.id for r in model.rules()].index(RULE)
    return model.data(model.index(model.row_of("X1"), col), LEVEL_ROLE)


def card_level(ctx, qtbot) -> Level:
    card = StatusCard(ctx)
    qtbot.addWidget(card)
    card.show_driver("X1")
    names = [card.table.item(r, 0).text() for r in range(card.table.rowCount())]
    row = names.index(rule_short_name(ctx.workspace.book, RULE))
    return card.table.item(row, 2).data(CARD_LEVEL_ROLE)


def warning_level(ctx) -> Level:
    model = WarningsModel(ctx)
    levels = [model.warning(r).level for r in range(model.rowCount())]
    return max(levels, default=Level.FINE)


def month_level(ctx, day: date) -> Level:
    model = MonthModel(ctx)
    model.set_month(day.year, day.month)
    (person,) = model.people(day)
    return person.level


def label_in(html: str) -> set[str]:
    return {label for label in LABELS if re.search(rf">{re.escape(label)}<", html)}


@pytest.mark.parametrize(
    ("used", "level"), [(89, Level.APPROACHING), (90, Level.AT_LIMIT), (91, Level.OVER)]
)
def test_every_view_agrees_on_the_level(tmp_path, qtbot, used, level):
    trip = russia("A", D("2026-01-01"), used)
    ctx = small_context(tmp_path, [trip])
    assert roster_level(ctx) is level
    assert card_level(ctx, qtbot) is level
    assert warning_level(ctx) is level
    timeline = TimelineView(ctx)
    qtbot.addWidget(timeline)
    assert timeline.row("X1").level is level
    assert month_level(ctx, trip.end) is level
    sheet = day_sheet(ctx.workspace, AS_OF, AS_OF)
    assert label_in(sheet) == {level_label(level)}
    report = driver_report(ctx.workspace, "X1", D("2026-11-01"), AS_OF, AS_OF)
    figures = report[report.index("Days used and left") : report.index("Longest stay")]
    assert label_in(figures) == {level_label(level)}
