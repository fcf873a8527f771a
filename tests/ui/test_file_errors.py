"""The window and the file: a read-only, full, busy or damaged file is told in plain words,
in a dialog, never as a traceback; everything it wrote is in the one file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from dispatcher.rules import Driver
from dispatcher.store import Store, backup, errors
from dispatcher.ui import dialogs
from dispatcher.ui.app import application, build_window, open_window
from dispatcher.ui.context import AppContext
from dispatcher.ui.driver_dialog import DriverDialog
from dispatcher.ui.main_window import MainWindow
from dispatcher.workspace import Workspace
from tests.ui_helpers import AS_OF, Answers, demo_context

pytestmark = pytest.mark.gui
DRIVERS = "id,name,citizenship,category\nD900,Ұлан Ахметов,KZ,bus\n"


@pytest.fixture
def answers(monkeypatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(dialogs, "run_modal", a.run_modal)
    monkeypatch.setattr(dialogs, "ask", a.ask)
    monkeypatch.setattr(dialogs, "inform", a.inform)
    return a


@pytest.fixture
def drivers_csv(tmp_path) -> Path:
    path = tmp_path / "in" / "drivers.csv"
    path.parent.mkdir()
    path.write_text(DRIVERS, encoding="utf-8")
    return path


@pytest.fixture
def read_only_window(qtbot, tmp_path, answers) -> MainWindow:
    """A window on a file that was read-only when it was opened (chmod; for root, who
    writes through chmod, the immutable flag; without it, SQLite's own read-only switch)."""
    application()
    demo_context(tmp_path).workspace.close()
    path = tmp_path / "carrier.sqlite"
    os.chmod(path, 0o444)
    immutable = (
        os.geteuid() == 0
        and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    )
    store = Store(path)
    if os.geteuid() == 0 and not immutable:
        store.db.execute("PRAGMA query_only = 1")
    win = MainWindow(AppContext(Workspace(store, rules_dir=tmp_path / "rules"), as_of=AS_OF))
    qtbot.addWidget(win)
    win.show()
    yield win
    if immutable:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    os.chmod(path, 0o644)


def told_plainly(answers: Answers, *words: str) -> str:
    (text,) = answers.told
    assert "Traceback" not in text
    for word in words:
        assert word in text
    return text


def test_importing_into_a_read_only_file_says_read_only(read_only_window, answers, drivers_csv):
    window = read_only_window
    before = window.ctx.store.counts()
    window.choose_import_files = lambda: [drivers_csv]
    window.import_files()
    told_plainly(answers, "read-only", "Nothing was changed")
    assert window.ctx.store.counts() == before


def test_saving_a_driver_into_a_read_only_file_says_read_only_in_the_dialog(
    read_only_window, qtbot
):
    window = read_only_window
    dialog = DriverDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Қанат Әлиев")
    dialog.accept()
    assert "read-only" in dialog.problems.text()
    assert dialog.result() == 0  # the dialog stays open with the reason


def test_a_full_disk_during_an_import_says_the_disk_is_full(window, answers, tmp_path):
    store = window.ctx.store
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    many = tmp_path / "many" / "drivers.csv"
    many.parent.mkdir()
    many.write_text("id,name,citizenship,category\n" + "".join(
        f"N{n},{'Ж' * 150},KZ,freight\n" for n in range(2000)), encoding="utf-8")  # fmt: skip
    before = store.counts()
    window.choose_import_files = lambda: [many]
    window.import_files()
    told_plainly(answers, "is full")
    assert store.counts() == before


def test_a_busy_file_during_an_import_says_busy(window, answers, drivers_csv):
    window.ctx.store.db.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(window.ctx.store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.choose_import_files = lambda: [drivers_csv]
        window.import_files()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    told_plainly(answers, "busy in another window or program")


def test_an_export_into_a_folder_that_is_a_file_says_so(window, answers, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    window.choose_folder = lambda _title: blocked
    window.export_files()
    told_plainly(answers, str(blocked))


def test_save_a_copy_writes_one_file_with_every_recent_edit(window, answers, tmp_path):
    holder = sqlite3.connect(window.ctx.store.path)
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM drivers").fetchone()  # keeps edits in -wal
    window.ctx.save_driver(Driver("D900", "Ұлан Ахметов", "KZ", "bus"))
    (action,) = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
                 if a.text() == "Save a &copy…"]  # fmt: skip
    window.choose_save_file = lambda *_a: tmp_path / "copies" / "carrier-copy"
    action.trigger()
    holder.rollback()
    holder.close()
    copy = tmp_path / "copies" / "carrier-copy.sqlite"
    assert not Path(f"{copy}-wal").exists() and answers.told == []
    assert backup.passes_check(copy)
    with Store.open_readonly(copy) as store:
        assert "D900" in store.driver_ids() and len(store.driver_ids()) == 17


def test_closing_the_window_leaves_every_edit_in_the_file_itself(window, tmp_path):
    other = Store(window.ctx.store.path)  # another program keeps the file open, and its -wal
    try:
        window.ctx.save_driver(Driver("D900", "Ұлан Ахметов", "KZ", "bus"))
        window.close()
        alone = tmp_path / "alone" / "carrier.sqlite"
        alone.parent.mkdir()
        shutil.copy(window.ctx.store.path, alone)
        with Store.open_readonly(alone) as store:
            assert "D900" in store.driver_ids()
    finally:
        other.close()


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-1])


def test_a_damaged_file_is_refused_at_start_with_a_dialog_not_a_window(qtbot, tmp_path, answers):
    application()
    path = tmp_path / "carrier.sqlite"
    demo_context(tmp_path).workspace.close()
    _cut_short(path)
    with pytest.raises(errors.FileDamaged):
        build_window(path, tmp_path / "rules")
    answers.yes = False
    assert open_window(path, tmp_path / "rules") is None
    assert "is damaged" in answers.told[0] and "no backup" in answers.told[0]


def test_a_damaged_file_at_start_offers_the_newest_good_backup(qtbot, tmp_path, answers):
    application()
    path = tmp_path / "carrier.sqlite"
    demo_context(tmp_path).workspace.close()
    backup.take_backup(path, "daily")
    _cut_short(path)
    answers.yes = True
    window = open_window(path, tmp_path / "rules")
    assert window is not None
    qtbot.addWidget(window)
    assert "is damaged" in answers.asked[0] and "backup" in answers.asked[0]
    assert len(window.ctx.fleet()) == 16
    assert list((tmp_path / "backups").glob("*-damaged.sqlite-damaged"))


def test_a_window_opening_a_damaged_file_from_the_menu_shows_why(window, answers, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    demo_context(other).workspace.close()
    _cut_short(other / "carrier.sqlite")
    before = window.ctx.store.path
    assert window.switch_to(other / "carrier.sqlite") is False
    told_plainly(answers, "is damaged", "Restore backup")
    assert window.ctx.store.path == before
