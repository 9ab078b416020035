"""Incremental layout: after any card edit the scene is where a full layout would put it, and an
edit that changes no size repaints only its card."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage

WORDS = "customer checkout delivery courier tracking support review price basket refund slow".split()


def small_map(seed: int) -> Journey:
    rng = random.Random(seed)
    journey = Journey(title="incremental")
    journey.stages = [Stage(id=f"s{i}", name=f"Stage {i}", color="#4f7cac") for i in range(6)]
    kinds = [LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.PAIN_POINTS, LaneKind.THOUGHTS]
    journey.lanes = [Lane(id=f"l{j}", kind=kind, title=f"Lane {j}") for j, kind in enumerate(kinds)]
    for k in range(60):
        journey.cards.append(
            Card(
                id=f"c{k}",
                lane_id=rng.choice(journey.lanes).id,
                stage_id=rng.choice(journey.stages).id,
                text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 20))),
            )
        )
    return journey


def placement(scene: JourneyScene) -> dict[str, object]:
    """Everything the layout decides, read from the items themselves."""
    layout = scene.layout
    return {
        "lane_y": list(layout.lane_y),
        "lane_h": list(layout.lane_h),
        "cards": {cid: item.mapRectToScene(item._rect).getRect() for cid, item in scene.card_items.items()},
        "lanes": {lid: item.mapRectToScene(item._rect).getRect() for lid, item in scene.lane_items.items()},
        "scene_rect": scene.sceneRect().getRect(),
        "rows": {lid: row.mapRectToScene(row.rect()).getRect() for lid, row in scene._rows.items()},
    }


def assert_cards_within_rows(scene: JourneyScene) -> None:
    """Every card lies within its row's parent item: Qt finds and paints cards only through it."""
    for card_id, item in scene.card_items.items():
        row = item.parentItem()
        assert row is not None, card_id
        row_rect = row.mapRectToScene(row.rect())
        assert row_rect.contains(item.sceneBoundingRect()), card_id


def random_edit(doc: JourneyDocument, rng: random.Random) -> None:
    journey = doc.journey
    card = rng.choice(journey.cards)
    action = rng.randrange(6)
    if action == 0:  # longer text: may grow the card, its cell and its row
        edits.set_fields(
            doc, "cards", card.id, {"text": card.text + " " + " ".join(rng.choices(WORDS, k=12))}
        )
    elif action == 1:  # shorter text: may shrink them
        edits.set_fields(doc, "cards", card.id, {"text": rng.choice(WORDS)})
    elif action == 2:
        edits.add_card(doc, card.lane_id, card.stage_id, " ".join(rng.choices(WORDS, k=rng.randint(1, 30))))
    elif action == 3:
        edits.delete_cards(doc, [card.id])
    elif action == 4:
        lane, stage = rng.choice(journey.lanes), rng.choice(journey.stages)
        edits.move_cards(doc, [card.id], lane.id, stage.id, rng.randint(0, 3))
    elif doc.undo_stack.canUndo():
        doc.undo_stack.undo()


@pytest.mark.parametrize("seed", [1, 2])
def test_incremental_layout_matches_a_full_layout(qapp, seed: int) -> None:
    doc = JourneyDocument(small_map(seed))
    scene = JourneyScene(doc)
    rng = random.Random(seed)
    for step in range(40):
        random_edit(doc, rng)
        fresh = JourneyScene(doc)  # lays the map out from scratch
        assert placement(scene) == placement(fresh), f"seed {seed}, step {step}"
        assert_cards_within_rows(scene)
        fresh.deleteLater()


def test_an_edit_that_keeps_the_size_repaints_only_its_card(qapp, qtbot) -> None:
    doc = JourneyDocument(small_map(4))
    scene = JourneyScene(doc)
    with qtbot.waitSignal(scene.changed, timeout=2000):
        pass  # the first layout's repaint of everything goes out first
    card = doc.journey.cards[0]
    same_length = card.text[:-1] + ("x" if card.text[-1] != "x" else "y")
    with qtbot.waitSignal(scene.changed, timeout=2000) as blocker:
        edits.set_fields(doc, "cards", card.id, {"text": same_length})
    item = scene.card_items[card.id]
    area = item.sceneBoundingRect()
    regions: list[QRectF] = blocker.args[0]
    assert regions and all(area.contains(r) for r in regions), (regions, area)


def test_full_path_is_still_there_for_hidden_lanes(qapp) -> None:
    doc = JourneyDocument(small_map(5))
    scene = JourneyScene(doc)
    scene.hidden_lane_ids = {"l1"}
    scene.relayout()
    card = next(c for c in doc.journey.cards if c.lane_id == "l0")
    edits.set_fields(doc, "cards", card.id, {"text": card.text + " more words " * 20})
    assert "l1" not in scene.layout.lane_ids and card.id in scene.layout.cards


def test_a_row_that_grows_and_shrinks_moves_every_row_below_as_a_full_layout_would(qapp) -> None:
    """Adding to the fullest cell of the top row grows the row; the rows below (their cards moved
    with their row's parent item, not one by one) end where a fresh scene puts them, also after undo."""
    doc = JourneyDocument(small_map(6))
    scene = JourneyScene(doc)
    top_lane = scene.layout.lane_ids[0]
    fullest = max((key for key in scene._cell_need if key[0] == top_lane), key=lambda k: scene._cell_need[k])
    before = list(scene.layout.lane_y)
    for _ in range(3):
        edits.add_card(doc, *fullest, " ".join(WORDS))
    assert scene.layout.lane_y[1] > before[1]  # the row grew: every row below moved down
    fresh = JourneyScene(doc)
    assert placement(scene) == placement(fresh)
    assert {cid: QRectF(*rect) for cid, rect in scene.layout.cards.items()} == {
        cid: QRectF(*rect) for cid, rect in fresh.layout.cards.items()
    }
    fresh.deleteLater()
    for _ in range(3):
        doc.undo_stack.undo()
    assert scene.layout.lane_y == before
    fresh = JourneyScene(doc)
    assert placement(scene) == placement(fresh)
    fresh.deleteLater()


def test_lanes_deleted_moved_and_restored_leave_every_card_where_a_fresh_scene_puts_it(qapp) -> None:
    """Cards live under their lane's parent item: deleting, moving and restoring lanes keeps them placed."""
    doc = JourneyDocument(small_map(7))
    scene = JourneyScene(doc)
    steps = [
        lambda: edits.delete_lanes(doc, ["l1"]),
        lambda: edits.move_lane(doc, "l3", 0),
        doc.undo_stack.undo,
        doc.undo_stack.undo,  # the lane and its cards come back
        doc.undo_stack.redo,
        lambda: edits.move_cards(doc, [doc.journey.cards[0].id], "l2", "s3", 0),  # to another lane
    ]
    for step, change in enumerate(steps):
        change()
        fresh = JourneyScene(doc)
        assert placement(scene) == placement(fresh), step
        fresh.deleteLater()


def test_a_card_dragged_into_another_row_shows_all_the_way_and_is_clicked_there(qapp, qtbot) -> None:
    """Qt finds cards through their row's item: one dragged out of its row must still be found and
    painted, and once dropped in another row it is placed, painted and clicked as in a fresh scene."""
    doc = JourneyDocument(small_map(3))
    scene = JourneyScene(doc)
    view = JourneyView(scene)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    card = next(c for c in doc.journey.cards if c.lane_id == "l0" and c.stage_id == "s1")
    item = scene.card_items[card.id]
    target = QRectF(*scene.layout.cell_rect(2, 1))  # the third row, same stage
    start = item.mapRectToScene(item._rect).center()
    goal = QPointF(start.x(), target.bottom() - 20)  # below the cell's cards
    assert target.contains(goal)
    viewport = view.viewport()
    view.centerOn(start.x(), (start.y() + goal.y()) / 2)
    press = view.mapFromScene(start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    end = view.mapFromScene(goal)
    for k in range(1, 11):
        QTest.mouseMove(viewport, press + (end - press) * k / 10)
        here = view.mapToScene(press + (end - press) * k / 10)
        # Mid-drag, outside its row: still found under the mouse (as painting and clicks find items).
        assert item in scene.items(here), k
        assert item in scene.items(QRectF(here.x() - 1, here.y() - 1, 2, 2)), k
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert doc.journey.card(card.id).lane_id == "l2"
    fresh = JourneyScene(doc)
    assert placement(scene) == placement(fresh)
    assert_cards_within_rows(scene)
    view.centerOn(item)
    scene.clearSelection()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(item.mapRectToScene(item._rect).center()),
    )
    assert scene.selectedItems() == [item]
    scene.clearSelection()
    shown = QImage(viewport.size(), QImage.Format.Format_ARGB32)
    viewport.render(shown)
    item.setVisible(False)
    hidden = QImage(viewport.size(), QImage.Format.Format_ARGB32)
    viewport.render(hidden)
    item.setVisible(True)
    assert shown != hidden  # the dropped card is painted where it now is
    view.close()
    fresh.deleteLater()


def test_rows_moved_by_a_grown_top_row_show_on_screen_as_a_fresh_paint_would(qapp, qtbot) -> None:
    """A row that grows moves the rows below with one whole-view update (no card marked one by one):
    what the window then shows must be what a full repaint of the same state paints."""
    doc = JourneyDocument(small_map(6))
    scene = JourneyScene(doc)
    view = JourneyView(scene)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not scene.paints_direct)  # cards paint from cached pixmaps, as on screen
    top_lane = scene.layout.lane_ids[0]
    fullest = max((key for key in scene._cell_need if key[0] == top_lane), key=lambda k: scene._cell_need[k])
    view.centerOn(QPointF(view.sceneRect().width() / 3, scene.layout.lane_y[1] + 40))
    viewport = view.viewport()

    def on_screen() -> QImage:
        qapp.processEvents()
        at = viewport.mapTo(view, QPoint(0, 0))
        grabbed = view.screen().grabWindow(view.winId(), at.x(), at.y(), viewport.width(), viewport.height())
        return grabbed.toImage().convertToFormat(QImage.Format.Format_RGB32)

    def repainted() -> QImage:
        image = QImage(viewport.size(), QImage.Format.Format_RGB32)
        viewport.render(image)
        return image

    def same(a: QImage, b: QImage) -> bool:
        # The window's and render()'s pixels differ by rounding (1-2 levels at card edges); stale
        # rows would differ by whole cards.
        pixels = [np.frombuffer(image.constBits(), np.uint8).astype(int) for image in (a, b)]
        return a.size() == b.size() and int(np.abs(pixels[0] - pixels[1]).max()) <= 8

    before = on_screen()
    assert same(before, repainted())  # what the window shows is what a full repaint paints
    lane_y = scene.layout.lane_y[1]
    for step in (lambda: edits.add_card(doc, *fullest, " ".join(WORDS)), doc.undo_stack.undo):
        step()
        qtbot.waitUntil(lambda: same(on_screen(), repainted()), timeout=2000)
    assert scene.layout.lane_y[1] == lane_y
    edits.add_card(doc, *fullest, " ".join(WORDS))
    assert scene.layout.lane_y[1] > lane_y  # the row grew: every row below moved
    qtbot.waitUntil(lambda: same(on_screen(), repainted()), timeout=2000)
    assert not same(on_screen(), before)
    view.close()
