"""The pure model: ordered stages and lanes, cards in cells, look-ups and position-keeping operations."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage, new_id


def make_journey() -> Journey:
    """Three stages, two lanes, cards spread over cells (list order = display order in a cell)."""
    journey = Journey(title="Checkout", description="Why carts are abandoned", goals="Find the drop-off")
    journey.stages = [
        Stage("s1", "Awareness"),
        Stage("s2", "Purchase", "Pays", "#c0564b"),
        Stage("s3", "Retention"),
    ]
    journey.lanes = [
        Lane("l1", LaneKind.TOUCHPOINTS, "Touchpoints"),
        Lane("l2", LaneKind.PAIN_POINTS, "Pain"),
    ]
    journey.cards = [
        Card("c1", "l1", "s1", "Ad"),
        Card("c2", "l2", "s2", "Fees", color="#ff0000", tags=["money"]),
        Card("c3", "l1", "s1", "Search"),
        Card("c4", "l1", "s2", "Checkout page"),
        Card("c5", "l1", "s1", "Review site"),
    ]
    return journey


def test_model_never_imports_qt() -> None:
    # A fresh interpreter: this test process has long imported PySide6 for other tests.
    code = "import sys, cjm_desktop.model; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_map_fields_and_defaults() -> None:
    journey = Journey()
    assert journey.title == "Untitled journey"
    assert (journey.description, journey.goals) == ("", "")
    assert journey.stages == [] and journey.lanes == [] and journey.cards == []
    stage = Stage("s", "Name")
    assert (stage.description, stage.color) == ("", "#4f7cac")
    lane = Lane("l", LaneKind.QUOTES, "Quotes")
    assert lane.kind == "quotes" and not lane.collapsed
    card = Card("c", "l", "s")
    assert (card.text, card.color, card.tags, card.votes) == ("", None, [], 0)
    # Mutable defaults are never shared between instances.
    card.tags.append("x")
    assert Card("d", "l", "s").tags == []


def test_lookups_by_id_and_order() -> None:
    journey = make_journey()
    assert journey.stage("s2").name == "Purchase"
    assert journey.lane("l2").kind == LaneKind.PAIN_POINTS
    assert journey.card("c4").text == "Checkout page"
    assert [journey.stage_index(s) for s in ("s1", "s2", "s3")] == [0, 1, 2]
    assert journey.lane_index("l2") == 1
    assert journey.card_index("c5") == 4
    with pytest.raises(KeyError):
        journey.stage("nope")
    with pytest.raises(KeyError):
        journey.card("nope")


def test_lookup_cache_never_lies_after_direct_list_edits() -> None:
    journey = make_journey()
    assert journey.stage_index("s3") == 2
    journey.stages.insert(0, Stage("s0", "First"))  # a direct edit the cache never saw
    assert journey.stage_index("s3") == 3
    assert journey.stage("s0").name == "First"
    del journey.stages[0]
    assert journey.stage_index("s3") == 2
    with pytest.raises(KeyError):
        journey.stage_index("s0")


def test_cards_in_a_cell_keep_list_order() -> None:
    journey = make_journey()
    assert [c.id for c in journey.cards_in("l1", "s1")] == ["c1", "c3", "c5"]
    assert [c.id for c in journey.cards_in("l2", "s2")] == ["c2"]
    assert journey.cards_in("l2", "s3") == []
    cells = journey.cells()
    assert [c.id for c in cells[("l1", "s1")]] == ["c1", "c3", "c5"]
    assert ("l2", "s3") not in cells
    assert sum(len(v) for v in cells.values()) == len(journey.cards)


@pytest.mark.parametrize(
    ("position", "expected_order"),
    [
        (0, ["new", "c1", "c3", "c5"]),
        (1, ["c1", "new", "c3", "c5"]),
        (2, ["c1", "c3", "new", "c5"]),
        (3, ["c1", "c3", "c5", "new"]),
        (99, ["c1", "c3", "c5", "new"]),
        (-5, ["new", "c1", "c3", "c5"]),
    ],
)
def test_insertion_index_places_a_card_at_a_position_within_its_cell(
    position: int, expected_order: list[str]
) -> None:
    journey = make_journey()
    index = journey.insertion_index("l1", "s1", position)
    journey.cards.insert(index, Card("new", "l1", "s1"))
    assert [c.id for c in journey.cards_in("l1", "s1")] == expected_order


def test_insertion_index_ignores_moving_cards_and_handles_empty_cells() -> None:
    journey = make_journey()
    assert journey.insertion_index("l2", "s3", 0) == len(journey.cards)  # empty cell: the end
    # Ignoring c1, position 0 of the cell is c3's slot.
    assert journey.insertion_index("l1", "s1", 0, ignore={"c1"}) == journey.card_index("c3")


def test_emotion_lookup() -> None:
    from cjm_desktop.model import EmotionPoint, Persona

    journey = make_journey()
    journey.personas = [Persona("p1", "Anna")]
    journey.emotions = [EmotionPoint("p1", "s2", -2, "angry at fees")]
    assert journey.emotion("p1", "s2").score == -2
    assert journey.emotion("p1", "s1") is None
    assert journey.persona("p1").name == "Anna"


def test_new_ids_are_unique_and_prefixed() -> None:
    ids = {new_id("card") for _ in range(2000)}
    assert len(ids) == 2000
    assert all(i.startswith("card-") and len(i) == len("card-") + 12 for i in ids)


def test_every_lane_kind_round_trips_through_its_value() -> None:
    for kind in LaneKind:
        assert LaneKind(kind.value) is kind
