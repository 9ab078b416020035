"""Opportunity edits: linking pain points, owner, status, ratings; each one undo step, cascades included."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.document import opportunity_edits as opp
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def doc() -> JourneyDocument:
    return JourneyDocument(load_map(DATA / "format-v6.cjm"))


def one_step(doc: JourneyDocument, edit) -> bytes:
    """Run an edit; check it is one undo step that undoes and redoes exactly; return the result."""
    before, index = dumps(doc.journey), doc.undo_stack.index()
    edit()
    after = dumps(doc.journey)
    assert after != before
    assert doc.undo_stack.index() == index + 1
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after
    return after


def test_link_and_unlink_a_pain_point(doc: JourneyDocument) -> None:
    one_step(doc, lambda: opp.link_pain_point(doc, "card-029", "card-028"))
    assert doc.journey.card("card-029").pain_point_ids == ["card-022", "card-028"]
    assert doc.undo_stack.text(doc.undo_stack.index() - 1) == "Link pain point"
    one_step(doc, lambda: opp.link_pain_point(doc, "card-029", "card-022", linked=False))
    assert doc.journey.card("card-029").pain_point_ids == ["card-028"]


def test_linking_keeps_map_order_and_ignores_unknown_and_repeated_ids(doc: JourneyDocument) -> None:
    one_step(
        doc, lambda: opp.set_pain_points(doc, "card-033", ["card-027", "card-ghost", "card-022", "card-027"])
    )
    assert doc.journey.card("card-033").pain_point_ids == ["card-022", "card-027"]
    count = doc.undo_stack.count()
    opp.set_pain_points(doc, "card-033", ["card-022", "card-027"])  # no change: no history step
    assert doc.undo_stack.count() == count


def test_owner_status_and_ratings_are_one_step_each(doc: JourneyDocument) -> None:
    one_step(doc, lambda: opp.set_status(doc, "card-033", "in_test"))
    one_step(doc, lambda: opp.set_owner(doc, "card-033", "Community team"))
    one_step(doc, lambda: opp.set_rating(doc, "card-033", "impact", 3))
    one_step(doc, lambda: opp.set_rating(doc, "card-031", "effort", None))
    card = doc.journey.card("card-033")
    assert (card.status, card.owner, card.impact) == ("in_test", "Community team", 3)
    with pytest.raises(ValueError):
        opp.set_status(doc, "card-033", "maybe")
    with pytest.raises(ValueError):
        opp.set_rating(doc, "card-033", "impact", 4)


def test_typing_an_owner_merges_into_one_step(doc: JourneyDocument) -> None:
    count = doc.undo_stack.count()
    for text in ("C", "Co", "Com"):
        opp.set_owner(doc, "card-033", text)
    assert doc.undo_stack.count() == count + 1


def test_deleting_a_pain_point_unlinks_it_in_the_same_step_and_undo_restores_the_links(
    doc: JourneyDocument,
) -> None:
    one_step(doc, lambda: edits.delete_cards(doc, ["card-025"]))
    assert doc.journey.card("card-031").pain_point_ids == ["card-026"]
    # the result saves and loads again: no dangling link
    from cjm_desktop.io.mapfile.cjm_file import loads

    loads(dumps(doc.journey))
    doc.undo_stack.undo()
    assert doc.journey.card("card-031").pain_point_ids == ["card-025", "card-026"]


def test_deleting_a_stage_or_lane_unlinks_the_pain_points_it_held(doc: JourneyDocument) -> None:
    one_step(doc, lambda: edits.delete_stages(doc, ["stage-purchase"]))
    assert all("card-025" not in c.pain_point_ids for c in doc.journey.cards)
    doc.undo_stack.undo()
    one_step(doc, lambda: edits.delete_lanes(doc, ["lane-pain"]))
    assert all(c.pain_point_ids == [] for c in doc.journey.cards)


def test_pasting_keeps_only_links_to_this_maps_cards(doc: JourneyDocument) -> None:
    import copy

    source = copy.deepcopy(doc.journey.card("card-031"))
    source.pain_point_ids = ["card-025", "card-elsewhere"]
    (pasted,) = edits.insert_cards(doc, [source], "lane-opp", "stage-advocacy")
    assert pasted.pain_point_ids == ["card-025"]
