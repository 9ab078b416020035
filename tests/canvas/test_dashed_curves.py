# ruff: noqa: F811 - the ``view`` fixture is imported from the emotion row tests
"""The dashed curves: each persona's to-be curve, and a compared version's curve."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPoint, QPointF

from cjm_desktop.canvas.dashed_curves import dashed_curves, set_compared_map
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import snapshot_edits as se
from tests.canvas.test_emotion_row import BLUE, RED, is_color, render, row, view  # noqa: F401 - fixture


def ring_pixels(view: JourneyView, persona_id: str, stage_index: int, score: int) -> list[QPoint]:
    """Pixels across the top of the ring of a dashed curve's dot at (stage, score), in the image."""
    scene, item = view.journey_scene, row(view)
    assert persona_id in [p.id for p in item.shown_personas()]
    centre = QPointF(item.stage_centers()[stage_index], item.score_y(score))  # dashed dots sit at the centre
    top = centre + item.pos() - scene.sceneRect().topLeft()
    return [(top + QPointF(0, -dy)).toPoint() for dy in (4, 5, 6)]


def drawn(view: JourneyView, pixels: list[QPoint], colour: str) -> bool:
    """True when one of the pixels has the colour in a fresh render of the scene."""
    image = render(view.journey_scene)
    return any(is_color(image.pixelColor(p), colour) for p in pixels)


def test_to_be_curve_is_drawn_dashed_where_the_team_aims(view: JourneyView) -> None:
    doc = view.journey_scene.doc
    ring = ring_pixels(view, "p1", 2, 3)  # Maya is at -3 in Purchase; the team aims for +3
    assert not drawn(view, ring, RED)
    target = copy.deepcopy(doc.journey)
    for point in target.emotions:
        if point.persona_id == "p1":
            point.score = 3  # Dan's to-be curve stays where he is
    se.set_to_be_curves(doc, target)
    styles = [style for style, _ in dashed_curves(row(view), "p1")]
    assert len(styles) == 1
    assert drawn(view, ring, RED)


def test_the_compared_version_draws_its_curves_dotted(view: JourneyView) -> None:
    scene = view.journey_scene
    other = copy.deepcopy(scene.doc.journey)
    other.emotions[3].score = 3  # Dan at Awareness: 0 here, +3 in the other version
    ring = ring_pixels(view, "p2", 0, 3)
    set_compared_map(scene, other)
    try:
        assert drawn(view, ring, BLUE)
    finally:
        set_compared_map(scene, None)
    assert not drawn(view, ring, BLUE)
