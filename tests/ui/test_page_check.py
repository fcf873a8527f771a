"""The window's page check beside the reading trusts a file that passed and is unchanged."""

from __future__ import annotations

from dispatcher.ui.file_actions import open_checking
from tests.store.test_checked import carrier, pages_read  # noqa: F401  (fixtures)


def test_an_unchanged_file_is_read_through_once_by_the_window(carrier, pages_read):  # noqa: F811
    for _ in range(2):
        store, check = open_checking(carrier)
        with store:
            check.refuse_damaged(store)
    assert len(pages_read) == 1
