"""Window tests speak English unless a test asks for another language, and leave it so."""

from __future__ import annotations

import pytest

from dispatcher import i18n


@pytest.fixture(autouse=True)
def _english_window(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DISPATCHER_LANG", "en")
    yield
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        from dispatcher.ui.language import apply_language

        apply_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(scope="session", autouse=True)
def _application_made_first():
    """The application applies the user's language once, when it is made; made here before
    any test, so every window test then starts from the same words (the per-test reset to the
    source text) whichever test happens to run first."""
    import os

    os.environ.setdefault("DISPATCHER_LANG", "en")
    from dispatcher.ui.app import application

    application()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch):
    """Dialogs answered as a test says, recorded, never shown."""
    from tests.ui_helpers import Answers

    return Answers().install(monkeypatch)


@pytest.fixture
def demo_file(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The demo carrier in a file of its own, with settings kept beside it."""
    from dispatcher.demo import load_demo
    from dispatcher.store import Store

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = tmp_path / "carrier.sqlite"
    with Store(path) as store:
        load_demo(store)
    return path


@pytest.fixture
def window(qtbot, tmp_path, answers):
    """The main window on the demo carrier, shown (dialogs answered by ``answers``)."""
    from dispatcher.ui.main_window import MainWindow
    from tests.ui_helpers import demo_context

    win = MainWindow(demo_context(tmp_path))
    qtbot.addWidget(win)
    win.show()
    return win
