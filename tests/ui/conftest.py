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
