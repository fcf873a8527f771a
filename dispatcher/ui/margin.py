"""The safety margin: days every rule should keep left on a route, kept in the database's
settings beside the approaching threshold so every window on the file plans alike."""

from __future__ import annotations

from dispatcher.store import Store

SETTING_MARGIN = "planning.margin_days"
DEFAULT_MARGIN_DAYS = 0
MAX_MARGIN_DAYS = 90


def margin_days(store: Store) -> int:
    """The margin set in Settings; 0 (nothing is ever tight) unless set."""
    return max(0, int(store.setting(SETTING_MARGIN, DEFAULT_MARGIN_DAYS)))


def set_margin_days(store: Store, days: int) -> None:
    store.set_setting(SETTING_MARGIN, max(0, int(days)))
