"""An import logs its trips in one batch exactly as saving each trip one by one logs them."""

from __future__ import annotations

from pathlib import Path

from dispatcher.store import Store, history
from dispatcher.store.transfer import import_csv

DRIVERS = "id,name,citizenship,category\nD001,Ерлан,KZ,freight\nD002,Бекзод,UZ,bus\n"
FIRST = (
    "trip_id,driver_id,country,entry,exit,note\n"
    "T1,D001,KZ,2026-01-01,2026-01-02,\n"
    "T1,D001,RU,2026-01-02,2026-01-09,\n"
    "T2,D002,RU,2026-02-01,2026-02-05,Омск\n"
    "T3,D001,BY,2026-03-01,2026-03-04,\n"
)
AGAIN = (  # T1 unchanged, T2 moved to another day, T4 new
    "trip_id,driver_id,country,entry,exit,note\n"
    "T1,D001,KZ,2026-01-01,2026-01-02,\n"
    "T1,D001,RU,2026-01-02,2026-01-09,\n"
    "T2,D002,RU,2026-02-02,2026-02-06,Омск\n"
    "T4,D002,PL,2026-04-01,2026-04-03,\n"
)


def _files(folder: Path, trips: str) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    (folder / "drivers.csv").write_text(DRIVERS, encoding="utf-8")
    (folder / "trips.csv").write_text(trips, encoding="utf-8")
    return {"drivers": folder / "drivers.csv", "trips": folder / "trips.csv"}


def _logged(store: Store) -> list[tuple]:
    return [
        (c.operation, c.entity, c.entity_id, c.driver_id, c.action, c.old, c.new, c.reason)
        for c in reversed(store.history(limit=None))
    ]


def _one_by_one(store: Store, files: dict[str, Path], reason: str | None) -> None:
    """What the import wrote before its trips were batched: the store's own trip write."""
    from dispatcher.store.transfer import read_incoming, source_for

    incoming = read_incoming(store, {k: source_for(v, k) for k, v in files.items()})
    with store.transaction(), store._because(reason):
        for driver in incoming.drivers:
            store.import_driver(driver)
        for trip in incoming.trips:
            store._put_trip(trip)


def test_an_import_logs_inserts_updates_and_skips_as_single_saves_do(tmp_path):
    with Store(tmp_path / "batched.sqlite") as batched, Store(tmp_path / "single.sqlite") as single:
        for n, (trips, reason) in enumerate([(FIRST, None), (AGAIN, "over the limit: agreed")]):
            files = _files(tmp_path / f"csv{n}", trips)
            import_csv(batched, **files, reason=reason)
            _one_by_one(single, files, reason)
        assert _logged(batched) == _logged(single)
        actions = [(e, i, a) for _, e, i, _, a, *_ in _logged(batched) if e == "trip"]
        assert actions == [
            ("trip", "T1", "insert"), ("trip", "T2", "insert"), ("trip", "T3", "insert"),
            ("trip", "T2", "update"), ("trip", "T4", "insert"),
        ]  # fmt: skip
        assert history.replay(batched.history(limit=None)) == history.current_state(batched.db)
        assert [t.legs for t in batched.trips()] == [t.legs for t in single.trips()]
