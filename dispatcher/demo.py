"""The demo carrier shipped in resources/demo, offered on first start."""

from __future__ import annotations

import tomllib

from dispatcher.resources import DEMO
from dispatcher.store import Store
from dispatcher.store.transfer import ImportSummary, import_csv
from dispatcher.workspace import SETTING_CARRIER


def load_demo(store: Store) -> ImportSummary:
    """The demo carrier and its name in one transaction; a file that already holds a
    carrier is backed up first, outside it (a backup inside a transaction cannot finish)."""
    if store.counts()["drivers"]:
        store.backup("before-import")
    with store.transaction():
        summary = import_csv(
            store, DEMO / "drivers.csv", DEMO / "permits.csv", DEMO / "trips.csv", backup=False
        )
        carrier = DEMO / "carrier.toml"
        if carrier.exists():
            name = tomllib.loads(carrier.read_text(encoding="utf-8")).get("name")
            if name and not store.setting(SETTING_CARRIER):
                store.set_setting(SETTING_CARRIER, name)
    return summary
