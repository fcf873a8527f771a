"""The one question before a change goes over a limit.

The product promises to warn *before* a driver is sent over a limit, so every change the
window makes (the trip editor, a drag, Assign, undo and redo, "Undo this change", an import)
comes here first. A change that creates or worsens no finding passes silently; otherwise the
consequence is shown and the user says no (nothing changes) or yes with a reason, which the
change log keeps and the driver's report prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dispatcher.i18n import Context
from dispatcher.rules import Driver, DriverDays, Finding, Trip
from dispatcher.rules.consequences import made_worse
from dispatcher.rules.wording import consequence_text, overstay_risk_text
from dispatcher.ui import dialogs

if TYPE_CHECKING:
    from dispatcher.ui.context import AppContext

Guard = Context("Guard")


@dataclass(frozen=True)
class Consequence:
    driver_id: str
    driver_name: str
    finding: Finding
    text: str


@dataclass(frozen=True)
class Approval:
    """Go ahead; ``reason`` is None when nothing went over, so nothing had to be asked."""

    reason: str | None = None


def consequences(
    ctx: AppContext,
    saves: Sequence[Trip] = (),
    deletes: Iterable[str] = (),
    drivers: Sequence[Driver] = (),
) -> list[Consequence]:
    """Every finding that saving ``saves`` and deleting ``deletes`` creates or makes worse;
    ``drivers``: drivers saved with other permits (a permit that ends sooner exempts less)."""
    fleet = ctx.fleet()
    changed = {t.id: t for t in saves}
    gone = set(deletes)
    edited = {d.id: d for d in drivers}
    touched: set[str] = {t.driver_id for t in saves if t.driver_id} | set(edited)
    touched |= ctx.drivers_holding(set(changed) | gone)  # a trip moved off or deleted
    out: list[Consequence] = []
    for driver_id in sorted(touched):
        before = fleet.get(driver_id)
        if before is None:
            continue
        kept = [t for t in before.trips if t.id not in changed and t.id not in gone]
        added = [t for t in saves if t.driver_id == driver_id]
        after = DriverDays(before.book, edited.get(driver_id, before.driver), [*kept, *added])
        for finding in made_worse(before, after, ctx.as_of, added):
            trip_id = added[0].id if len(added) == 1 else None
            out.append(
                Consequence(
                    driver_id,
                    before.driver.name,
                    finding,
                    consequence_text(ctx.workspace.book, finding, before.driver.name, trip_id),
                )
            )
    return out


def question_text(found: Sequence[Consequence]) -> str:
    return "\n".join([*(c.text for c in found), "", overstay_risk_text()])


def confirm(
    parent: QWidget | None,
    ctx: AppContext,
    saves: Sequence[Trip] = (),
    deletes: Iterable[str] = (),
    title: str | None = None,
    drivers: Sequence[Driver] = (),
) -> Approval | None:
    """Ask before a change that goes over a limit; None: the user said no, change nothing."""
    found = consequences(ctx, saves, deletes, drivers)
    if not found:
        return Approval()
    title = title or Guard.tr("Go over the limit?")
    question = question_text(found) + "\n\n" + Guard.tr("Go ahead anyway?")
    if not dialogs.ask(parent, title, question):
        return None
    reason = dialogs.ask_reason(
        parent, title, Guard.tr("Why is this needed? The reason is kept in the history.")
    )
    if not reason or not reason.strip():
        return None
    return Approval(reason.strip())
