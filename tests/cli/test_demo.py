"""The demo carrier tells the story its README promises."""

from __future__ import annotations

from datetime import date

from dispatcher.demo import load_demo
from dispatcher.rules import EXCEEDED, WOULD_EXCEED, RuleSettings, check
from dispatcher.store import Store
from dispatcher.workspace import Workspace

AS_OF = date(2026, 11, 23)


def _workspace(tmp_path, strict: bool = False) -> Workspace:
    store = Store(tmp_path / "demo.sqlite")
    load_demo(store)
    return Workspace(store, rules_dir=tmp_path / "rules", settings=RuleSettings(strict=strict))


def test_demo_loads_a_small_carrier(tmp_path):
    ws = _workspace(tmp_path)
    counts = ws.store.counts()
    assert 12 <= counts["drivers"] <= 20
    assert {d.citizenship for d in ws.store.drivers()} == {"KZ", "UZ", "KG", "AM", "RU"}
    assert len(ws.store.unassigned_trips()) == 3
    assert ws.carrier_name() == "ТОО «Жол Транс Логистик»"


def test_demo_has_a_few_drivers_over_and_near_their_limits(tmp_path):
    ws = _workspace(tmp_path)
    findings = check(ws.fleet().values(), AS_OF)
    over = {(f.driver_id, f.rule_id, f.level) for f in findings}
    assert ("D005", "ru-by-90-year", EXCEEDED) in over
    assert ("D005", "ru-by-90-year", WOULD_EXCEED) in over
    assert ("D014", "schengen-90-180", EXCEEDED) in over
    near = {
        days.driver.id
        for days in ws.fleet().values()
        for status in days.status(AS_OF)
        if status.rule_id == "ru-by-90-year" and 0 < status.left <= 10
    }
    assert {"D004", "D006", "D009", "D016"} <= near


def test_strict_setting_shows_kazakh_drivers_over_without_the_announced_exemption(tmp_path):
    ws = _workspace(tmp_path, strict=True)
    drivers = {f.driver_id for f in check(ws.fleet().values(), AS_OF)}
    assert {"D001", "D003", "D015"} <= drivers


def test_permit_holder_has_no_russian_limit(tmp_path):
    ws = _workspace(tmp_path)
    rules = {s.rule_id for s in ws.driver_days("D008").status(AS_OF)}
    assert not rules & {"ru-by-90-year", "ru-by-90-stay"}


def test_the_demo_loads_again_into_a_file_that_holds_a_carrier(tmp_path):
    """It used to hang for ever: the backup of the old data ran inside the demo's own write."""
    import subprocess
    import sys

    db = tmp_path / "carrier.sqlite"
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "dispatcher", "--lang", "en", "--db",
                               str(db), "demo"], capture_output=True, text=True,
                              timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
    from dispatcher.store.backup import list_backups

    assert [b.reason for b in list_backups(db)] == ["before-import"]
    with Store.open_readonly(db) as store:
        assert store.counts()["drivers"] >= 12


def test_a_backup_inside_an_open_write_is_refused_not_a_hang(tmp_path):
    import pytest

    store = Store(tmp_path / "carrier.sqlite")
    load_demo(store)
    with pytest.raises(RuntimeError, match="inside an open transaction"), store.transaction():
        store.backup("before-import")
