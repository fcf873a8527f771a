"""Clipping runs to one stretch gives what intersecting with that stretch gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dispatcher.rules import intervals

days = st.integers(min_value=1, max_value=100)  # ordinals of real days
runs = st.lists(st.tuples(days, days), max_size=8).map(intervals.normalise)


@given(runs, days, days)
def test_clip_is_intersect_with_one_run(found: list[intervals.Run], first: int, last: int) -> None:
    assert intervals.clip(found, first, last) == intervals.intersect(found, [(first, last)])


@given(runs)
def test_clip_never_hands_back_the_list_it_was_given(found: list[intervals.Run]) -> None:
    clipped = intervals.clip(found, intervals.NEVER_BEFORE, intervals.NEVER_AFTER)
    assert clipped == found
    assert clipped is not found


@given(runs, st.lists(st.tuples(days, days), max_size=4))
def test_union_is_normalise_of_both(found: list[intervals.Run], more: list[intervals.Run]) -> None:
    assert intervals.union(found, more) == intervals.normalise([*found, *more])


@given(runs, runs)
def test_within_is_intersect(few: list[intervals.Run], many: list[intervals.Run]) -> None:
    assert intervals.within(few, many) == intervals.intersect(few, many)
