"""JourneyScene mirrors the model: one item per object, placed by the layout, after any change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from cjm_desktop.canvas.items import CardItem, LaneHeaderItem, StageHeaderItem
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage
from cjm_desktop.paths import sample_map_path


def small_journey() -> Journey:
    j = Journey(title="Scene test")
    j.stages = [Stage("s1", "One"), Stage("s2", "Two")]
    j.lanes = [Lane("l1", LaneKind.ACTIONS, "Doing"), Lane("l2", LaneKind.QUOTES, "Quotes")]
    j.cards = [
        Card("a", "l1", "s1", "Short"),
        Card("b", "l1", "s2", "Another"),
        Card("c", "l2", "s1", "Said"),
    ]
    return j


@pytest.fixture
def scene(qapp) -> Iterator[JourneyScene]:
    doc = JourneyDocument(small_journey())
    scene = JourneyScene(doc)
    yield scene
    doc.undo_stack.clear()
    scene.clear()


def assert_mirrors_model(scene: JourneyScene) -> None:
    """Exactly one item per stage, lane and card, each inside the rect the layout gave it."""
    journey = scene.doc.journey
    assert set(scene.stage_items) == {s.id for s in journey.stages}
    assert set(scene.lane_items) == {lane.id for lane in journey.lanes}
    assert set(scene.card_items) == {c.id for c in journey.cards}
    items = scene.items()
    assert sum(isinstance(i, CardItem) for i in items) == len(journey.cards)
    assert sum(isinstance(i, StageHeaderItem) for i in items) == len(journey.stages)
    assert sum(isinstance(i, LaneHeaderItem) for i in items) == len(journey.lanes)
    layout = scene.layout
    assert layout.stage_ids == [s.id for s in journey.stages]
    assert layout.lane_ids == [lane.id for lane in journey.lanes]
    for si, stage in enumerate(journey.stages):
        x, y, _, _ = layout.stage_rect(si)
        assert scene.stage_items[stage.id].pos().toTuple() == (x, y)
    for card in journey.cards:
        item = scene.card_items[card.id]
        cell = QRectF(*layout.cell_rect(journey.lane_index(card.lane_id), journey.stage_index(card.stage_id)))
        rect = item.mapRectToScene(item._rect)
        assert cell.contains(rect), (card.id, rect, cell)
    # Cards of a cell are stacked top to bottom in model order, without overlapping.
    for cards in journey.cells().values():
        tops = [scene.card_items[c.id].mapRectToScene(scene.card_items[c.id]._rect) for c in cards]
        for upper, lower in zip(tops, tops[1:], strict=False):
            assert upper.bottom() <= lower.top()


def test_initial_scene_mirrors_the_model(scene: JourneyScene) -> None:
    assert_mirrors_model(scene)


def test_items_hold_only_ids(scene: JourneyScene) -> None:
    item = scene.card_items["a"]
    assert item.item_id == "a"
    assert not any(isinstance(v, (Card, Stage, Lane)) for v in vars(item).values())


def test_add_delete_undo_redo_keep_items_in_step(scene: JourneyScene) -> None:
    doc = scene.doc
    stage = edits.add_stage(doc, 1)
    lane = edits.add_lane(doc, LaneKind.PAIN_POINTS)
    card = edits.add_card(doc, lane.id, stage.id, "Fresh")
    assert_mirrors_model(scene)
    assert card.id in scene.card_items
    edits.delete_stages(doc, ["s1"])
    assert_mirrors_model(scene)
    assert "a" not in scene.card_items and "c" not in scene.card_items
    edits.move_cards(doc, ["b"], lane.id, stage.id, 0)
    edits.move_stage(doc, stage.id, 1)
    assert_mirrors_model(scene)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        assert_mirrors_model(scene)
    assert set(scene.card_items) == {"a", "b", "c"}
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
        assert_mirrors_model(scene)


def test_reset_rebuilds_from_a_new_journey(scene: JourneyScene) -> None:
    old_item = scene.card_items["a"]
    scene.doc.replace_journey(load_map(sample_map_path()))
    assert_mirrors_model(scene)
    assert old_item.scene() is None  # the old items are gone, none linger
    assert len(scene.card_items) == len(scene.doc.journey.cards)


def test_cells_grow_with_content(scene: JourneyScene) -> None:
    doc = scene.doc
    layout = scene.layout
    height_before = layout.lane_h[0]
    lane2_top = layout.lane_y[1]
    edits.set_fields(
        doc, "cards", "a", {"text": "A much longer card text that wraps over several lines " * 4}
    )
    assert scene.layout.lane_h[0] > height_before
    assert scene.layout.lane_y[1] > lane2_top  # the lane below moved down
    assert_mirrors_model(scene)
    grown = scene.layout.lane_h[0]
    for i in range(3):
        edits.add_card(doc, "l1", "s2", f"More {i}")
    assert_mirrors_model(scene)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert scene.layout.lane_h[0] == height_before
    assert grown > height_before


def test_card_height_follows_text_and_tags(scene: JourneyScene) -> None:
    doc = scene.doc
    short = scene.card_items["a"]._rect.height()
    edits.set_fields(doc, "cards", "a", {"tags": ["one", "two"]})
    with_tags = scene.card_items["a"]._rect.height()
    assert with_tags > short
    assert scene.card_items["a"]._rect.width() == scene.metrics.card_width


def test_selection_helpers(scene: JourneyScene) -> None:
    scene.select_ids(["c", "a", "s2"])
    assert scene.selected_ids("card") == ["a", "c"]  # in model order
    assert scene.selected_ids("stage") == ["s2"]
    scene.select_ids([])
    assert scene.selectedItems() == []


def test_selection_is_not_in_the_undo_history(scene: JourneyScene) -> None:
    scene.select_ids(["a", "b"])
    scene.clearSelection()
    assert scene.doc.undo_stack.count() == 0


def render(scene: JourneyScene) -> QImage:
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def test_the_sample_map_renders(qapp) -> None:
    doc = JourneyDocument(load_map(sample_map_path()))
    scene = JourneyScene(doc)
    image = render(scene)
    # Something is drawn where the first card sits, and the paper around is white.
    first = scene.card_items[doc.journey.cards[0].id]
    card_rect = first.mapRectToScene(first._rect)
    assert image.pixelColor(int(card_rect.x()) + 2, int(card_rect.center().y())).name() != "#ffffff"  # accent
    assert (
        image.pixelColor(int(card_rect.right()) - 3, int(card_rect.bottom()) - 4).name() != "#ffffff"
    )  # fill
    assert image.pixelColor(3, int(scene.sceneRect().height()) - 3).name() == "#ffffff"
    stage_item = scene.stage_items[doc.journey.stages[0].id]
    header = stage_item.mapRectToScene(stage_item._rect)
    assert (
        image.pixelColor(int(header.x()) + 6, int(header.bottom()) - 6).name() == doc.journey.stages[0].color
    )


def test_every_lane_kind_paints_cards_with_every_field(qapp) -> None:
    j = Journey(stages=[Stage("s", "S")])
    for kind in LaneKind:
        j.lanes.append(Lane(f"l-{kind.value}", kind, kind.value))
        j.cards.append(
            Card(
                f"c-{kind.value}",
                f"l-{kind.value}",
                "s",
                f"{kind.value} " * 30,
                color="#eeeeee",
                tags=["a", "b" * 40],
                channel="web",
                online=False,
                moment_of_truth=True,
                severity=3,
                impact=2,
                effort=1,
                author="X",
                source="review",
                date="2026",
                votes=5,
            )
        )
    j.cards.append(Card("empty", "l-notes", "s"))
    scene = JourneyScene(JourneyDocument(j))
    scene.select_ids([c.id for c in j.cards])
    image = render(scene)
    assert not image.isNull()
    assert_mirrors_model(scene)
