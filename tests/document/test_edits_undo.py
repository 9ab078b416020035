"""Undo/redo of every edit and command: the serialized map before == after undo, after == after redo."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.document.commands import (
    InsertItemsCommand,
    MoveCardsCommand,
    MoveItemCommand,
    RemoveItemsCommand,
    ReplaceListCommand,
    SetFieldsCommand,
)
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import (
    Card,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    Metric,
    MetricValue,
    Persona,
    Route,
    Stage,
    VotingSettings,
)


def rich_journey() -> Journey:
    """Three stages, three lanes, cards in several cells, with routes, emotions, metrics and voting."""
    j = Journey(title="Delivery")
    j.stages = [Stage("s1", "Order"), Stage("s2", "Wait"), Stage("s3", "Receive")]
    j.lanes = [
        Lane("l1", LaneKind.TOUCHPOINTS, "Touchpoints"),
        Lane("l2", LaneKind.PAIN_POINTS, "Pain"),
        Lane("l3", LaneKind.EMOTIONS, "Feeling"),
    ]
    j.personas = [Persona("p1", "Anna"), Persona("p2", "Bob")]
    j.cards = [
        Card("a", "l1", "s1", "Checkout"),
        Card("b", "l1", "s2", "Tracking page"),
        Card("c", "l1", "s1", "Confirmation mail", persona_ids=["p1"]),
        Card("d", "l2", "s2", "No ETA", severity=2),
        Card("e", "l1", "s1", "Call centre"),
        Card("f", "l2", "s3", "Damaged box"),
        Card("g", "l1", "s3", "Courier"),
    ]
    j.routes = [Route("r1", "a", "b", "p1"), Route("r2", "b", "g"), Route("r3", "c", "e")]
    j.emotions = [EmotionPoint("p1", "s1", 1), EmotionPoint("p1", "s2", -2), EmotionPoint("p2", "s2", 0)]
    j.metrics = [Metric("m1", "Conversion", "%")]
    j.metric_values = [
        MetricValue("m1", "s1", 0.4),
        MetricValue("m1", "s2", 0.2),
        MetricValue("m1", "s3", 0.1),
    ]
    j.voting = VotingSettings(3, ["l1", "l2"])
    return j


@pytest.fixture
def doc(qapp) -> Iterator[JourneyDocument]:
    document = JourneyDocument(rich_journey())
    yield document
    document.undo_stack.clear()


def check_undo(doc: JourneyDocument, action: Callable[[], object], steps: int = 1) -> tuple[bytes, bytes]:
    """Do, check it changed the map as ``steps`` undo entries, undo == before, redo == after."""
    stack = doc.undo_stack
    count = stack.count()
    before = dumps(doc.journey)
    action()
    after = dumps(doc.journey)
    assert after != before, "the edit changed nothing"
    assert stack.count() == count + steps, f"expected {steps} undo step(s), got {stack.count() - count}"
    for _ in range(steps):
        stack.undo()
    assert dumps(doc.journey) == before
    for _ in range(steps):
        stack.redo()
    assert dumps(doc.journey) == after
    # And once more, to catch commands that only work the first time.
    for _ in range(steps):
        stack.undo()
    assert dumps(doc.journey) == before
    for _ in range(steps):
        stack.redo()
    assert dumps(doc.journey) == after
    return before, after


def ids(items: list) -> list[str]:
    return [x.id for x in items]


# ---- edits.py, function by function --------------------------------------------------------------


def test_set_fields(doc: JourneyDocument) -> None:
    check_undo(
        doc, lambda: edits.set_fields(doc, "cards", "a", {"text": "One-page checkout", "tags": ["web"]})
    )
    assert doc.journey.card("a").tags == ["web"]
    check_undo(doc, lambda: edits.set_fields(doc, "stages", "s2", {"name": "Waiting", "color": "#123456"}))
    check_undo(doc, lambda: edits.set_fields(doc, "lanes", "l2", {"title": "Pains", "kind": LaneKind.NOTES}))
    check_undo(doc, lambda: edits.set_fields(doc, "map", "", {"title": "New title", "goals": "Less churn"}))
    check_undo(doc, lambda: edits.set_fields(doc, "voting", "", {"dots_per_participant": 7}))


def test_set_fields_with_an_unchanged_value_adds_no_history(doc: JourneyDocument) -> None:
    edits.set_fields(doc, "cards", "a", {"text": "Checkout"})
    assert doc.undo_stack.count() == 0


def test_set_fields_undo_does_not_share_mutable_values(doc: JourneyDocument) -> None:
    tags = ["x"]
    edits.set_fields(doc, "cards", "a", {"tags": tags})
    tags.append("changed by the caller later")
    assert doc.journey.card("a").tags == ["x"]
    doc.undo_stack.undo()
    assert doc.journey.card("a").tags == []


def test_typing_merges_into_one_undo_step(doc: JourneyDocument) -> None:
    before = dumps(doc.journey)
    for text in ("C", "Ch", "Che", "Chec", "Check"):
        edits.set_fields(doc, "stages", "s1", {"name": text}, merge=True)
    assert doc.undo_stack.count() == 1
    assert doc.journey.stage("s1").name == "Check"
    after = dumps(doc.journey)
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after


def test_typing_in_different_items_or_fields_does_not_merge(doc: JourneyDocument) -> None:
    edits.set_fields(doc, "stages", "s1", {"name": "A"}, merge=True)
    edits.set_fields(doc, "stages", "s2", {"name": "B"}, merge=True)
    edits.set_fields(doc, "stages", "s2", {"description": "C"}, merge=True)
    edits.set_fields(doc, "stages", "s2", {"description": "CD"})  # not a merging edit
    assert doc.undo_stack.count() == 4


def test_add_stage(doc: JourneyDocument) -> None:
    box: list[Stage] = []
    check_undo(doc, lambda: box.append(edits.add_stage(doc)))
    assert doc.journey.stages[-1].id == box[0].id and box[0].name
    check_undo(doc, lambda: box.append(edits.add_stage(doc, 1, "Track")))
    assert ids(doc.journey.stages)[1] == box[1].id and doc.journey.stages[1].name == "Track"
    check_undo(doc, lambda: box.append(edits.add_stage(doc, -4)))  # clamped to the front
    assert doc.journey.stages[0].id == box[2].id


def test_add_lane(doc: JourneyDocument) -> None:
    box: list[Lane] = []
    check_undo(doc, lambda: box.append(edits.add_lane(doc, LaneKind.QUOTES)))
    assert doc.journey.lanes[-1].kind is LaneKind.QUOTES and doc.journey.lanes[-1].title == "Quotes"
    check_undo(doc, lambda: box.append(edits.add_lane(doc, LaneKind.CTA, "Next step", 0)))
    assert doc.journey.lanes[0].title == "Next step"


def test_lane_title_has_a_default_for_every_kind() -> None:
    titles = [edits.lane_title(kind) for kind in LaneKind]
    assert all(titles) and len(set(titles)) == len(titles)


def test_move_stage(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: edits.move_stage(doc, "s1", 2))
    assert ids(doc.journey.stages) == ["s2", "s3", "s1"]
    check_undo(doc, lambda: edits.move_stage(doc, "s1", -10))
    assert ids(doc.journey.stages) == ["s1", "s2", "s3"]


def test_move_stage_to_its_own_place_adds_no_history(doc: JourneyDocument) -> None:
    edits.move_stage(doc, "s2", 1)
    edits.move_stage(doc, "s3", 99)  # clamped to where it already is
    assert doc.undo_stack.count() == 0


def test_move_lane(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: edits.move_lane(doc, "l3", 0))
    assert ids(doc.journey.lanes) == ["l3", "l1", "l2"]
    edits.move_lane(doc, "l3", 0)
    assert doc.undo_stack.count() == 1


def test_add_card(doc: JourneyDocument) -> None:
    box: list[Card] = []
    check_undo(doc, lambda: box.append(edits.add_card(doc, "l1", "s1", "Chat")))
    assert [c.text for c in doc.journey.cards_in("l1", "s1")][-1] == "Chat"
    check_undo(doc, lambda: box.append(edits.add_card(doc, "l1", "s1", "First", position=0, channel="web")))
    assert doc.journey.cards_in("l1", "s1")[0].id == box[1].id and box[1].channel == "web"
    check_undo(doc, lambda: box.append(edits.add_card(doc, "l3", "s2")))  # an empty cell
    assert ids(doc.journey.cards_in("l3", "s2")) == [box[2].id]


def test_delete_cards_with_their_routes_is_one_step(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: edits.delete_cards(doc, ["b", "e"]))
    assert "b" not in ids(doc.journey.cards) and "e" not in ids(doc.journey.cards)
    assert ids(doc.journey.routes) == []  # r1, r2 touch b; r3 touches e


def test_delete_cards_restores_positions_exactly(doc: JourneyDocument) -> None:
    order = ids(doc.journey.cards)
    edits.delete_cards(doc, ["a", "e", "g", "c"])
    assert ids(doc.journey.cards) == ["b", "d", "f"]
    doc.undo_stack.undo()
    assert ids(doc.journey.cards) == order


def test_delete_nothing_adds_no_history(doc: JourneyDocument) -> None:
    edits.delete_cards(doc, [])
    edits.delete_stages(doc, [])
    edits.delete_lanes(doc, [])
    edits.move_cards(doc, [], "l1", "s1", 0)
    edits.duplicate_cards(doc, [])
    edits.insert_cards(doc, [], "l1", "s1")
    assert doc.undo_stack.count() == 0


def test_delete_stage_cascade_is_one_step(doc: JourneyDocument) -> None:
    before, _ = check_undo(doc, lambda: edits.delete_stages(doc, ["s2"]))
    j = doc.journey
    assert ids(j.stages) == ["s1", "s3"]
    assert not [c for c in j.cards if c.stage_id == "s2"]  # its cards
    assert ids(j.routes) == ["r3"]  # routes of its cards (r1 and r2 touch b)
    assert [(p.persona_id, p.stage_id) for p in j.emotions] == [("p1", "s1")]  # its emotion scores
    assert [v.stage_id for v in j.metric_values] == ["s1", "s3"]  # its metric values
    doc.undo_stack.undo()
    assert dumps(j) == before


def test_delete_several_stages_is_one_step(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: edits.delete_stages(doc, ["s1", "s3"]))
    assert ids(doc.journey.stages) == ["s2"]


def test_delete_stage_without_cards(doc: JourneyDocument) -> None:
    stage = edits.add_stage(doc)
    check_undo(doc, lambda: edits.delete_stages(doc, [stage.id]))


def test_delete_lane_cascade_is_one_step(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: edits.delete_lanes(doc, ["l1"]))
    j = doc.journey
    assert ids(j.lanes) == ["l2", "l3"]
    assert not [c for c in j.cards if c.lane_id == "l1"]
    assert j.routes == []
    assert j.voting.lane_ids == ["l2"]  # the deleted lane leaves the voting lanes


def test_delete_lanes_without_cards(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: edits.delete_lanes(doc, ["l3"]))


@pytest.mark.parametrize(
    ("card_ids", "lane", "stage", "position", "expected_cell"),
    [
        (["e"], "l1", "s1", 0, ["e", "a", "c"]),  # within a cell, last to first
        (["a"], "l1", "s1", 2, ["c", "e", "a"]),  # within a cell, first to last
        (["a"], "l1", "s1", 1, ["c", "a", "e"]),  # within a cell, to the middle (position among the others)
        (["a", "e"], "l1", "s1", 1, ["c", "a", "e"]),  # two cards within a cell
        (["b"], "l1", "s1", 1, ["a", "b", "c", "e"]),  # across cells, into the middle
        (["b", "g"], "l1", "s1", 0, ["b", "g", "a", "c", "e"]),  # several cards across cells
        (["a"], "l2", "s2", 0, ["a", "d"]),  # to another lane
        (["a", "c"], "l3", "s2", 0, ["a", "c"]),  # into an empty cell
    ],
)
def test_move_cards_restores_positions_exactly(
    doc: JourneyDocument, card_ids: list[str], lane: str, stage: str, position: int, expected_cell: list[str]
) -> None:
    order = ids(doc.journey.cards)
    check_undo(doc, lambda: edits.move_cards(doc, card_ids, lane, stage, position))
    assert ids(doc.journey.cards_in(lane, stage)) == expected_cell
    for card_id in card_ids:
        card = doc.journey.card(card_id)
        assert (card.lane_id, card.stage_id) == (lane, stage)
    doc.undo_stack.undo()
    assert ids(doc.journey.cards) == order


@pytest.mark.parametrize(
    ("card_ids", "lane", "stage", "position"),
    [
        (["a"], "l1", "s1", 0),
        (["c"], "l1", "s1", 1),
        (["e"], "l1", "s1", 2),
        (["e"], "l1", "s1", 99),
        (["a", "c"], "l1", "s1", 0),
        (["d"], "l2", "s2", 0),
    ],
)
def test_no_op_drop_leaves_no_history(
    doc: JourneyDocument, card_ids: list[str], lane: str, stage: str, position: int
) -> None:
    before = dumps(doc.journey)
    edits.move_cards(doc, card_ids, lane, stage, position)
    assert doc.undo_stack.count() == 0
    assert dumps(doc.journey) == before


def test_insert_cards_copies_with_fresh_ids(doc: JourneyDocument) -> None:
    sources = [Card("x", "", "", "Pasted 1", persona_ids=["p1", "p-gone"]), Card("y", "", "", "Pasted 2")]
    box: list[list[Card]] = []
    check_undo(doc, lambda: box.append(edits.insert_cards(doc, sources, "l2", "s1")))
    pasted = box[0]
    assert [c.text for c in doc.journey.cards_in("l2", "s1")] == ["Pasted 1", "Pasted 2"]
    assert {c.id for c in pasted}.isdisjoint({"x", "y"})
    assert pasted[0].persona_ids == ["p1"]  # links to personas this map lacks are dropped
    assert sources[0].lane_id == ""  # the sources are untouched
    check_undo(doc, lambda: edits.insert_cards(doc, sources, "l1", "s1", 1))
    assert [c.text for c in doc.journey.cards_in("l1", "s1")] == [
        "Checkout",
        "Pasted 1",
        "Pasted 2",
        "Confirmation mail",
        "Call centre",
    ]


def test_duplicate_cards_places_each_copy_after_its_original(doc: JourneyDocument) -> None:
    edits.set_fields(doc, "cards", "a", {"votes": 4})
    box: list[list[Card]] = []
    check_undo(doc, lambda: box.append(edits.duplicate_cards(doc, ["a", "e"])))
    copies = box[0]
    cell = doc.journey.cards_in("l1", "s1")
    assert [c.text for c in cell] == [
        "Checkout",
        "Checkout",
        "Confirmation mail",
        "Call centre",
        "Call centre",
    ]
    assert cell[1].id == copies[0].id and cell[1].votes == 0  # votes are not copied
    assert len({c.id for c in cell}) == 5


# ---- the generic commands, pushed directly --------------------------------------------------------


def test_set_fields_command(doc: JourneyDocument) -> None:
    check_undo(
        doc, lambda: doc.push(SetFieldsCommand(doc, "personas", "p2", {"name": "Bea", "age": "40"}, "edit"))
    )


def test_insert_items_command_several_positions(doc: JourneyDocument) -> None:
    placed = [(0, Stage("n1", "N1")), (2, Stage("n2", "N2")), (10, Stage("n3", "N3"))]
    check_undo(doc, lambda: doc.push(InsertItemsCommand(doc, "stages", placed, "insert")))
    assert ids(doc.journey.stages) == ["n1", "s1", "n2", "s2", "s3", "n3"]


def test_remove_items_command_restores_positions(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: doc.push(RemoveItemsCommand(doc, "cards", ["g", "a", "d"], "remove")))
    assert ids(doc.journey.cards) == ["b", "c", "e", "f"]


def test_replace_list_command(doc: JourneyDocument) -> None:
    new = [EmotionPoint("p2", "s3", 3)]
    check_undo(doc, lambda: doc.push(ReplaceListCommand(doc, "emotions", new, "replace")))
    assert doc.journey.emotions == new


def test_move_item_command(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: doc.push(MoveItemCommand(doc, "personas", "p2", 0, "move")))
    assert ids(doc.journey.personas) == ["p2", "p1"]


def test_move_cards_command(doc: JourneyDocument) -> None:
    check_undo(doc, lambda: doc.push(MoveCardsCommand(doc, ["f", "a"], "l2", "s2", 1, "move")))
    assert ids(doc.journey.cards_in("l2", "s2")) == ["d", "a", "f"]


def test_move_cards_command_dropped_in_place_is_discarded(doc: JourneyDocument) -> None:
    doc.push(MoveCardsCommand(doc, ["c"], "l1", "s1", 1, "move"))
    assert doc.undo_stack.count() == 0


# ---- document-level guarantees ------------------------------------------------------------------


def test_macro_groups_commands_into_one_step(doc: JourneyDocument) -> None:
    def several() -> None:
        with doc.macro("several"):
            edits.add_stage(doc)
            edits.add_card(doc, "l1", "s1", "x")
            edits.set_fields(doc, "map", "", {"title": "T"})

    check_undo(doc, several)


def test_failed_macro_rolls_back(doc: JourneyDocument) -> None:
    before = dumps(doc.journey)
    with pytest.raises(RuntimeError):
        with doc.macro("broken"):
            edits.add_stage(doc)
            raise RuntimeError("boom")
    assert dumps(doc.journey) == before


def test_signals_tell_views_what_changed(doc: JourneyDocument, qtbot) -> None:
    with qtbot.waitSignal(doc.collection_changed, check_params_cb=lambda name: name == "stages"):
        edits.add_stage(doc)
    with qtbot.waitSignal(doc.item_changed, check_params_cb=lambda c, i: (c, i) == ("cards", "a")):
        edits.set_fields(doc, "cards", "a", {"text": "t"})
    with qtbot.waitSignal(doc.reset):
        doc.replace_journey(rich_journey())


def test_modified_follows_the_undo_stack(doc: JourneyDocument) -> None:
    assert not doc.modified
    edits.add_stage(doc)
    assert doc.modified
    doc.undo_stack.setClean()
    assert not doc.modified
    doc.undo_stack.undo()
    assert doc.modified


def test_replace_journey_starts_a_fresh_history(doc: JourneyDocument) -> None:
    edits.add_stage(doc)
    doc.replace_journey(Journey(title="Other"), "/tmp/other.cjm")
    assert doc.undo_stack.count() == 0 and not doc.modified
    assert doc.display_name() == "other.cjm"


def test_long_edit_session_undoes_to_the_start_and_redoes_to_the_end(doc: JourneyDocument) -> None:
    start = dumps(doc.journey)
    s = edits.add_stage(doc, 1, "New")
    lane = edits.add_lane(doc, LaneKind.OPPORTUNITIES)
    card = edits.add_card(doc, lane.id, s.id, "Idea")
    edits.move_cards(doc, [card.id, "a"], "l1", "s3", 0)
    edits.duplicate_cards(doc, ["b"])
    edits.move_stage(doc, s.id, 0)
    edits.delete_lanes(doc, ["l2"])
    edits.delete_stages(doc, ["s3"])
    end = dumps(doc.journey)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert dumps(doc.journey) == start
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert dumps(doc.journey) == end


def test_target_finds_each_item_after_the_list_changes_and_names_a_missing_one() -> None:
    """Field edits find their item through cached positions, which inserts and removals shift."""
    journey = Journey(
        stages=[Stage(id="s", name="S")], lanes=[Lane(id="l", kind=LaneKind.ACTIONS, title="L")]
    )
    journey.cards = [Card(id=f"c{i}", lane_id="l", stage_id="s", text=str(i)) for i in range(5)]
    doc = JourneyDocument(journey)
    assert doc.target("cards", "c4").text == "4"  # builds the position cache
    edits.add_card(doc, "l", "s", "new", position=0)  # every position shifts by one
    assert [doc.target("cards", f"c{i}").text for i in range(5)] == ["0", "1", "2", "3", "4"]
    edits.delete_cards(doc, ["c2"])
    with pytest.raises(KeyError, match="cards/c2"):
        doc.target("cards", "c2")
    doc.undo_stack.undo()
    assert doc.target("cards", "c2").text == "2"
