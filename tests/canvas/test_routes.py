"""Route arrows on the canvas: follow their cards, vanish with them, come back on undo; the route tool."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from cjm_desktop.canvas.route_items import RouteItem, route_color
from cjm_desktop.canvas.route_tool import RouteTool
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import LIGHT_MAP
from cjm_desktop.canvas.tools import SelectTool
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import JourneyDocument, edits, route_edits
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Persona, Route, Stage

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def journey() -> Journey:
    j = Journey(title="Routes")
    j.stages = [Stage("s1", "One"), Stage("s2", "Two"), Stage("s3", "Three")]
    j.lanes = [Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints"), Lane("act", LaneKind.ACTIONS, "Doing")]
    j.cards = [
        Card("a", "tp", "s1", "Store visit", channel="store"),
        Card("b", "tp", "s2", "Social network", channel="social"),
        Card("c", "tp", "s3", "Configurator", channel="web"),
        Card("x", "act", "s1", "Looks around"),
    ]
    j.personas = [Persona("anna", "Anna", "#7a5cb0")]
    j.routes = [Route("r1", "a", "b", "anna")]
    return j


@pytest.fixture
def scene(qapp) -> Iterator[JourneyScene]:
    doc = JourneyDocument(journey())
    scene = JourneyScene(doc)
    yield scene
    doc.undo_stack.clear()
    scene.clear()


def card_rect(scene: JourneyScene, card_id: str):
    item = scene.card_items[card_id]
    return item.mapRectToScene(item._rect)


def arrow_ends(item: RouteItem) -> tuple[QPointF, QPointF]:
    path = item.path()
    return path.pointAtPercent(0.0), path.pointAtPercent(1.0)


def test_one_arrow_per_route_from_card_to_card(scene: JourneyScene) -> None:
    assert set(scene.route_layer.items) == {"r1"}
    start, end = arrow_ends(scene.route_layer.items["r1"])
    a, b = card_rect(scene, "a"), card_rect(scene, "b")
    assert start == QPointF(a.right(), a.center().y())
    assert end == QPointF(b.left(), b.center().y())
    assert route_color(scene, scene.doc.journey.routes[0]) == QColor("#7a5cb0")
    route_edits.set_route_persona(scene.doc, "r1", None)
    assert route_color(scene, scene.doc.journey.routes[0]) == LIGHT_MAP.route_neutral


def test_arrow_follows_a_moved_card_and_undo_puts_it_back(scene: JourneyScene) -> None:
    item = scene.route_layer.items["r1"]
    before_end = arrow_ends(item)[1]
    edits.move_cards(scene.doc, ["b"], "tp", "s3", 5)
    b = card_rect(scene, "b")
    assert arrow_ends(item)[1] == QPointF(b.left(), b.center().y())
    assert arrow_ends(item)[1] != before_end
    scene.doc.undo_stack.undo()
    assert arrow_ends(item)[1] == before_end


def test_arrow_follows_a_card_pushed_down_by_a_card_added_above_it(scene: JourneyScene) -> None:
    # The incremental layout moves only the cards of the touched cell: arrows still follow.
    # A tall card elsewhere in the lane keeps the row's height, so only the cell's cards move.
    edits.set_fields(scene.doc, "cards", "c", {"text": "Configurator " * 60})
    item = scene.route_layer.items["r1"]
    before_end = arrow_ends(item)[1]
    edits.add_card(scene.doc, "tp", "s2", "Newsletter", position=0)
    b = card_rect(scene, "b")
    assert arrow_ends(item)[1] == QPointF(b.left(), b.center().y()) != before_end
    scene.doc.undo_stack.undo()
    assert arrow_ends(item)[1] == before_end


def test_arrow_follows_a_card_while_it_is_dragged(qtbot, scene: JourneyScene) -> None:
    view = JourneyView(scene)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    item = scene.route_layer.items["r1"]
    start_before = arrow_ends(item)[0]
    viewport = view.viewport()
    press = view.mapFromScene(card_rect(scene, "a").center())
    QTest.mousePress(viewport, LEFT, NO_MOD, press)
    for k in range(1, 5):
        QTest.mouseMove(viewport, press + QPoint(0, 12 * k))
    # Mid-drag the model is untouched, yet the arrow already starts where the card now is.
    qtbot.waitUntil(lambda: arrow_ends(item)[0].y() > start_before.y() + 20)
    QTest.mouseRelease(viewport, LEFT, NO_MOD, press + QPoint(0, 48))
    view.close()


def test_deleting_a_card_deletes_its_arrow_and_undo_restores_both_exactly(scene: JourneyScene) -> None:
    doc = scene.doc
    route_edits.add_route(doc, "b", "c")
    assert len(scene.route_layer.items) == 2
    before = dumps(doc.journey)
    edits.delete_cards(doc, ["b"])
    assert doc.journey.routes == [] and scene.route_layer.items == {}
    assert "b" not in scene.card_items
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    assert set(scene.route_layer.items) == {r.id for r in doc.journey.routes}
    for route_id, item in scene.route_layer.items.items():
        route = next(r for r in doc.journey.routes if r.id == route_id)
        start, end = arrow_ends(item)
        assert card_rect(scene, route.from_card).adjusted(-1, -1, 1, 1).contains(start)
        assert card_rect(scene, route.to_card).adjusted(-1, -1, 1, 1).contains(end)


def test_reset_rebuilds_arrows_for_the_new_map(scene: JourneyScene) -> None:
    other = journey()
    other.routes = [Route("q1", "b", "c"), Route("q2", "c", "a")]
    scene.doc.replace_journey(other)
    assert set(scene.route_layer.items) == {"q1", "q2"}


def test_arrow_is_exported_and_selection_halo_is_not(scene: JourneyScene) -> None:
    item = scene.route_layer.items["r1"]
    item.setSelected(True)
    assert scene.route_layer.selected_route_ids() == ["r1"]
    assert item.shape().contains(item.path().pointAtPercent(0.5))


# ---- the route tool --------------------------------------------------------------------------------
@pytest.fixture
def view(qtbot, scene: JourneyScene) -> Iterator[JourneyView]:
    view = JourneyView(scene)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()


def click_card(view: JourneyView, card_id: str) -> None:
    QTest.mouseClick(
        view.viewport(), LEFT, NO_MOD, view.mapFromScene(card_rect(view.journey_scene, card_id).center())
    )


def test_route_tool_draws_a_chain_of_arrows_one_undo_step_each(qtbot, view: JourneyView) -> None:
    scene = view.journey_scene
    doc = scene.doc
    exits: list[bool] = []
    scene.set_tool(RouteTool(scene, on_exit=lambda: exits.append(True)))
    snapshot = dumps(doc.journey)
    click_card(view, "b")
    click_card(view, "c")
    click_card(view, "a")
    assert [(r.from_card, r.to_card) for r in doc.journey.routes[1:]] == [("b", "c"), ("c", "a")]
    assert len(scene.route_layer.items) == 3
    # Nothing moved while clicking: clicks are the tool's, not drags.
    assert [c.stage_id for c in doc.journey.cards] == ["s1", "s2", "s3", "s1"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dumps(doc.journey) == snapshot
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # drops the pending start
    assert scene.tool.source is None and isinstance(scene.tool, RouteTool)
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leaves the tool
    assert isinstance(scene.tool, SelectTool) and exits == [True]


def test_route_tool_ignores_cards_outside_touchpoint_lanes(qtbot, view: JourneyView) -> None:
    scene = view.journey_scene
    messages: list[str] = []
    scene.set_tool(RouteTool(scene, message=messages.append))
    count = scene.doc.undo_stack.count()
    click_card(view, "x")
    assert scene.tool.source is None
    assert any("touchpoint" in m for m in messages)
    click_card(view, "a")
    click_card(view, "x")
    assert scene.doc.undo_stack.count() == count
    scene.set_tool(SelectTool(scene))


def test_route_tool_uses_the_highlighted_persona(qtbot, view: JourneyView) -> None:
    scene = view.journey_scene
    scene.set_highlight_persona("anna")
    scene.set_tool(RouteTool(scene))
    click_card(view, "b")
    click_card(view, "c")
    assert scene.doc.journey.routes[-1].persona_id == "anna"
    scene.set_tool(SelectTool(scene))
