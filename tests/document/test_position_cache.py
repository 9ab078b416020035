"""The journey's id -> position cache, kept across the document's inserts, removals and moves.

The cache is updated for the items an edit places or removes instead of being rebuilt (issue 11: a
10,000-card map); the items after them are found a place or two off and corrected as they are looked
up. Whatever the sequence of edits, undos and redos, every look-up must give the item's true place,
and once every item was looked up the cache must equal a fresh rebuild of the list.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.commands import InsertItemsCommand, MoveItemCommand, RemoveItemsCommand
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage

LANES, STAGES = ("l1", "l2"), ("s1", "s2", "s3")


def make_document(cards: int) -> JourneyDocument:
    """A small map whose cards spread over six cells."""
    journey = Journey(title="Cache")
    journey.stages = [Stage(s, s) for s in STAGES]
    journey.lanes = [Lane(lane, LaneKind.NOTES, lane) for lane in LANES]
    journey.cards = [Card(f"c{k}", LANES[k % 2], STAGES[k % 3], str(k)) for k in range(cards)]
    return JourneyDocument(journey)


def fresh(items: list) -> dict[str, int]:
    """The cache as a rebuild from the list makes it."""
    return {item.id: i for i, item in enumerate(items)}


# One step: (kind, a number picking a position, a number picking a card, a count).
steps = st.lists(
    st.tuples(
        st.sampled_from(["insert", "remove", "move", "undo", "redo"]),
        st.integers(0, 40),
        st.integers(0, 40),
        st.integers(1, 3),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=120)
@given(start=st.integers(0, 12), ops=steps)
def test_cache_equals_a_fresh_rebuild_after_any_inserts_removals_and_moves(
    start: int, ops: list[tuple[str, int, int, int]]
) -> None:
    doc = make_document(start)
    journey, stack = doc.journey, doc.undo_stack
    cards = journey.cards
    if cards:
        journey.card_index(cards[-1].id)  # builds the cache, which the edits then keep
    made = 0
    for kind, at, pick, count in ops:
        if kind == "insert":
            placed = []
            for k in range(count):
                made += 1
                card = Card(f"new{made}", LANES[k % 2], STAGES[at % 3])
                placed.append(((at + k) % (len(cards) + 1), card))
            stack.push(InsertItemsCommand(doc, "cards", placed, "insert"))
        elif kind == "remove" and cards:
            ids = [cards[(pick + k * 7) % len(cards)].id for k in range(count)]
            stack.push(RemoveItemsCommand(doc, "cards", ids, "remove"))
        elif kind == "move" and cards:
            card_id = cards[pick % len(cards)].id
            stack.push(MoveItemCommand(doc, "cards", card_id, at % len(cards), "move"))
        elif kind == "undo":
            stack.undo()
        elif kind == "redo":
            stack.redo()
        assert [journey.card_index(card.id) for card in cards] == list(range(len(cards)))
        assert journey._positions.get("cards", {}) == fresh(cards)


def test_an_added_card_and_its_undo_keep_the_cache_instead_of_rebuilding_it() -> None:
    doc = make_document(200)
    journey = doc.journey
    journey.card_index("c0")
    cache = journey._positions["cards"]
    card = Card("new", "l1", "s2")
    index = journey.insertion_index("l1", "s2", 10**9)
    doc.undo_stack.push(InsertItemsCommand(doc, "cards", [(index, card)], "add"))
    assert journey.card_index("new") == index
    assert [journey.card_index(c.id) for c in journey.cards] == list(range(201))
    doc.undo_stack.undo()
    assert [journey.card_index(c.id) for c in journey.cards] == list(range(200))
    assert journey._positions["cards"] is cache  # corrected in place, never rebuilt
    assert cache == fresh(journey.cards)
    with pytest.raises(KeyError):
        journey.card_index("new")


def test_removal_keeps_the_cache_and_undo_restores_exact_positions() -> None:
    doc = make_document(10)
    journey = doc.journey
    before = [c.id for c in journey.cards]
    journey.card_index("c0")
    doc.undo_stack.push(RemoveItemsCommand(doc, "cards", ["c7", "c2", "absent"], "remove"))
    assert [c.id for c in journey.cards] == [i for i in before if i not in ("c2", "c7")]
    assert [journey.card_index(c.id) for c in journey.cards] == list(range(8))
    assert journey._positions["cards"] == fresh(journey.cards)
    doc.undo_stack.undo()
    assert [c.id for c in journey.cards] == before
    assert [journey.card_index(c.id) for c in journey.cards] == list(range(10))
    assert journey._positions["cards"] == fresh(journey.cards)


@settings(max_examples=150)
@given(
    cards=st.integers(0, 15),
    lane=st.sampled_from(LANES),
    stage=st.sampled_from(STAGES),
    position=st.integers(-2, 20) | st.just(10**9),
    ignore=st.sets(st.integers(0, 15), max_size=4),
)
def test_insertion_index_matches_a_plain_scan(
    cards: int, lane: str, stage: str, position: int, ignore: set[int]
) -> None:
    journey = make_document(cards).journey
    skip = {f"c{k}" for k in ignore}
    cell = [
        i
        for i, c in enumerate(journey.cards)
        if c.lane_id == lane and c.stage_id == stage and c.id not in skip
    ]
    expected = (
        len(journey.cards) if not cell else cell[max(position, 0)] if position < len(cell) else cell[-1] + 1
    )
    assert journey.insertion_index(lane, stage, position, ignore=skip) == expected
