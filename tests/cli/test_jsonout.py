"""The fast ``--json`` writer gives exactly the bytes of the standard library's."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from dispatcher.jsonout import dump_text

leaves = st.none() | st.booleans() | st.integers() | st.text() | st.floats()
values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(values)
def test_same_text_as_the_standard_library(value: object) -> None:
    assert dump_text(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_finding_list_with_cyrillic_names_and_nulls() -> None:
    data = {
        "drivers": [{"name": 'Ерлан "Төлеуов"\n', "left": None, "ok": True, "n": -3}],
        "empty": {},
        "none": [],
    }
    assert dump_text(data) == json.dumps(data, ensure_ascii=False, indent=2)


def test_keys_that_are_not_text_are_written_as_the_standard_library_does() -> None:
    data = {1: "a", None: [1.5, float("nan")], False: {}}
    assert dump_text(data) == json.dumps(data, ensure_ascii=False, indent=2)
