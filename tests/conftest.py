"""Shared fixtures. Qt runs offscreen and the user's data folder is a temporary one."""

from __future__ import annotations

import os
import signal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``posix`` kill a process outright; Windows has no SIGKILL to send."""
    if hasattr(signal, "SIGKILL"):
        return
    skip = pytest.mark.skip(reason="needs POSIX: kills a process with SIGKILL")
    for item in items:
        if item.get_closest_marker("posix"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test may touch the real user's database, rule files or window settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DISPATCHER_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # English unless a test asks for another language, whatever the machine's locale
    monkeypatch.setenv("DISPATCHER_LANG", "en")
    return home


@pytest.fixture(autouse=True)
def _source_language():
    """Every test starts and ends in the source text: a command run in one test (which picks
    a language and loads its catalog) must not change the words another test reads."""
    from dispatcher import i18n

    i18n.use_language(i18n.SOURCE_LANGUAGE, None)
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE, None)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A database file holding the demo carrier (the story docs and screenshots tell)."""
    from dispatcher.demo import load_demo
    from dispatcher.store import Store

    path = tmp_path / "demo.sqlite"
    with Store(path) as store:
        load_demo(store)
    return path
