"""Dot-voting edits: one undo step each, votes saved in the file, ranking and votable lanes."""

from __future__ import annotations

import pytest

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import vote_edits as ve
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage


@pytest.fixture
def doc(qapp) -> JourneyDocument:
    journey = Journey(
        stages=[Stage("s1", "Browse"), Stage("s2", "Pay")],
        lanes=[
            Lane("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
            Lane("pain", LaneKind.PAIN_POINTS, "Pain points"),
            Lane("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
        ],
        cards=[
            Card("t1", "touch", "s1", "Home page"),
            Card("p1", "pain", "s1", "Slow search"),
            Card("p2", "pain", "s2", "Hidden fees"),
            Card("o1", "opp", "s2", "Show total early"),
        ],
    )
    return JourneyDocument(journey)


def test_add_and_remove_vote_are_single_undo_steps(doc):
    before = dumps(doc.journey)
    ve.add_vote(doc, "p1")
    assert doc.journey.card("p1").votes == 1
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert ve.remove_vote(doc, "p1")
    assert not ve.remove_vote(doc, "p1")  # never below zero
    assert doc.journey.card("p1").votes == 0


def test_reset_votes_is_one_undo_step(doc):
    for card_id in ("p1", "p2", "p2", "o1"):
        ve.add_vote(doc, card_id)
    voted = dumps(doc.journey)
    assert ve.reset_votes(doc) == 3
    assert all(card.votes == 0 for card in doc.journey.cards)
    doc.undo_stack.undo()
    assert dumps(doc.journey) == voted
    doc.undo_stack.redo()
    assert all(card.votes == 0 for card in doc.journey.cards)
    count = doc.undo_stack.count()
    assert ve.reset_votes(doc) == 0 and doc.undo_stack.count() == count  # nothing to reset: no step


def test_votes_and_settings_survive_save_and_load(doc):
    ve.add_vote(doc, "p2")
    ve.add_vote(doc, "p2")
    ve.set_dots_per_participant(doc, 3)
    ve.set_votable_lanes(doc, ["opp", "pain"])
    loaded = loads(dumps(doc.journey))
    assert loaded.card("p2").votes == 2
    assert loaded.voting.dots_per_participant == 3
    assert loaded.voting.lane_ids == ["pain", "opp"]  # map order


def test_votable_lanes_default_to_every_card_lane(doc):
    doc.journey.lanes.append(Lane("feel", LaneKind.EMOTIONS, "Emotions"))
    doc.journey.lanes.append(Lane("kpi", LaneKind.METRICS, "Metrics"))
    assert ve.votable_lane_ids(doc.journey) == ["touch", "pain", "opp"]  # drawn lanes hold no cards
    assert ve.card_lane_ids(doc.journey) == ["touch", "pain", "opp"]
    ve.set_votable_lanes(doc, ["pain", "opp"])
    assert ve.is_votable(doc.journey, "p1") and not ve.is_votable(doc.journey, "t1")
    before = dumps(doc.journey)
    ve.set_votable_lanes(doc, ["touch"])
    assert ve.votable_lane_ids(doc.journey) == ["touch"]
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before


def test_dots_spin_steps_merge_into_one_undo_step(doc):
    for dots in (6, 7, 8):
        ve.set_dots_per_participant(doc, dots)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.journey.voting.dots_per_participant == 5


def test_ranked_cards_most_votes_first_ties_in_map_order(doc):
    for card_id in ("o1", "p2", "p2", "p1", "o1"):
        ve.add_vote(doc, card_id)
    assert [c.id for c in ve.ranked_cards(doc.journey)] == ["p2", "o1", "p1"]
    ve.add_vote(doc, "p1")
    # p1 (Browse) now ties p2 and o1 (Pay) at 2: earlier stage first, then lane order.
    assert [c.id for c in ve.ranked_cards(doc.journey)] == ["p1", "p2", "o1"]
