"""Property tests of the versions core: diff, patch and three-way merge on random edit sequences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.versions.diff import diff, patch
from cjm_desktop.versions.merge import merge
from tests.versions.edits import ANY_EDIT, BASE, MERGEABLE, apply_edits, target

SEQUENCE = st.lists(ANY_EDIT, max_size=8)


@settings(deadline=None, max_examples=40)
@given(SEQUENCE)
def test_diff_of_a_map_with_itself_is_empty(edits: list) -> None:
    journey = apply_edits(BASE, edits, "a")
    assert diff(journey, journey) == []


@settings(deadline=None, max_examples=50)
@given(SEQUENCE)
def test_diff_then_patch_reproduces_the_new_map(edits: list) -> None:
    new = apply_edits(BASE, edits, "a")
    changes = diff(BASE, new)
    assert dumps(patch(BASE, changes)) == dumps(new)
    assert (changes == []) == (dumps(new) == dumps(BASE))


@settings(deadline=None, max_examples=50)
@given(st.lists(MERGEABLE, max_size=8), st.lists(MERGEABLE, max_size=8))
def test_merging_disjoint_edits_equals_applying_both(ours_edits: list, theirs_edits: list) -> None:
    taken = {target(e) for e in ours_edits}
    theirs_edits = [e for e in theirs_edits if target(e) not in taken]
    ours = apply_edits(BASE, ours_edits, "ours")
    theirs = apply_edits(BASE, theirs_edits, "theirs")
    result = merge(BASE, ours, theirs)
    assert result.clean
    assert dumps(result.journey) == dumps(apply_edits(ours, theirs_edits, "theirs"))


@settings(deadline=None, max_examples=40)
@given(SEQUENCE, SEQUENCE)
def test_any_merge_gives_a_valid_map_containing_ours_when_theirs_is_unchanged(a: list, b: list) -> None:
    ours, theirs = apply_edits(BASE, a, "ours"), apply_edits(BASE, b, "theirs")
    merged = merge(BASE, ours, theirs).journey  # builds through the reader's reference checks
    assert dumps(merge(BASE, ours, BASE).journey) == dumps(ours)
    assert dumps(merge(BASE, BASE, theirs).journey) == dumps(theirs)
    assert {c.id for c in merged.cards} >= {c.id for c in ours.cards} - {c.id for c in BASE.cards}
