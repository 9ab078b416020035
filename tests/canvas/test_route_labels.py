"""Route labels never cover a card; a route within one stage bends inside that stage's column."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from cjm_desktop.canvas.route_items import RouteItem
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Route, Stage

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates").glob("*.cjm"))
WITH_ROUTES = [t for t in TEMPLATES if load_map(t).routes]


def card_rects(scene: JourneyScene) -> list[QRectF]:
    return [item.mapRectToScene(item._rect) for item in scene.card_items.values() if item.isVisible()]


def route_items(scene: JourneyScene) -> list[RouteItem]:
    return list(scene.route_layer.items.values())


def assert_labels_cover_no_card(scene: JourneyScene) -> int:
    """Every label's pill is clear of every card; returns how many labels were checked."""
    cards = card_rects(scene)
    headers = [
        item.mapRectToScene(item._rect) for item in (*scene.stage_items.values(), *scene.lane_items.values())
    ]
    labels = [
        (item.item_id, item.label_rect()) for item in route_items(scene) if not item.label_rect().isEmpty()
    ]
    for route_id, label in labels:
        for card in cards:
            assert not label.intersects(card), (route_id, label, card)
        for header in headers:
            assert not label.intersects(header), (route_id, label, header)
        for other_id, other in labels:
            assert other_id == route_id or not label.intersects(other), (route_id, other_id)
    return len(labels)


@pytest.mark.parametrize("path", WITH_ROUTES, ids=lambda p: p.stem)
def test_template_route_labels_cover_no_card(qapp, path: Path) -> None:
    journey = load_map(path)
    # Label every route (the templates label only some), with labels of different lengths.
    journey.routes = [
        replace(r, label=r.label or ["Calls", "Reads the review", "Back to the store to buy"][i % 3])
        for i, r in enumerate(journey.routes)
    ]
    scene = JourneyScene(JourneyDocument(journey))
    assert assert_labels_cover_no_card(scene) == len(journey.routes)


def dense_journey(stages: int = 6, per_cell: int = 3) -> Journey:
    """Every cell of three lanes full of cards, and labelled routes between neighbours and within stages."""
    j = Journey(title="Dense")
    j.stages = [Stage(f"s{i}", f"Stage {i + 1}") for i in range(stages)]
    kinds = [LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.PAIN_POINTS]
    j.lanes = [Lane(f"l{k}", kind, kind.value) for k, kind in enumerate(kinds)]
    for s in range(stages):
        for k in range(len(kinds)):
            for n in range(per_cell):
                text = "A card with a longer text that wraps onto a second line" if n % 2 else "Short card"
                j.cards.append(Card(f"c{s}-{k}-{n}", f"l{k}", f"s{s}", text))
    labels = ["Web", "Phone call to the centre", "Back again", "Chat"]
    routes = []
    for s in range(stages - 1):
        for n in range(per_cell):
            routes.append((f"c{s}-0-{n}", f"c{s + 1}-0-{(n + 1) % per_cell}"))
        routes.append((f"c{s}-1-0", f"c{s + 1}-2-{per_cell - 1}"))
        routes.append((f"c{s}-0-0", f"c{s}-2-{per_cell - 1}"))  # within one stage, across lanes
    j.routes = [Route(f"r{i}", a, b, "", labels[i % len(labels)]) for i, (a, b) in enumerate(routes)]
    return j


def test_dense_map_route_labels_cover_no_card(qapp) -> None:
    journey = dense_journey()
    scene = JourneyScene(JourneyDocument(journey))
    assert assert_labels_cover_no_card(scene) == len(journey.routes)


def test_routes_within_a_stage_bend_inside_its_column(qapp) -> None:
    scene = JourneyScene(JourneyDocument(dense_journey()))
    layout = scene.layout
    m = layout.metrics
    within = 0
    for item in route_items(scene):
        path = item.path()
        start, end = path.pointAtPercent(0), path.pointAtPercent(1)
        index = layout.stage_at(start.x() - 1)
        if index is None or index != layout.stage_at(end.x() - 1):
            continue
        within += 1
        left = layout.stage_x[index]
        right = left + m.stage_width - m.gutter
        bounds = path.boundingRect()
        assert left <= bounds.left() and bounds.right() <= right, (item.item_id, bounds, right)
    assert within == len(scene.doc.journey.stages) - 1
