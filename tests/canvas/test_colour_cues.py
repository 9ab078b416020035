"""Colour is never the only signal: routes name their persona, curves differ in pattern, targets say ✓/✗."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.signal_cues import curve_pattern, route_caption, target_mark
from cjm_desktop.document import JourneyDocument
from cjm_desktop.model import Card, EmotionPoint, Journey, Lane, LaneKind, Persona, Route, Stage
from cjm_desktop.model.journey import Metric
from cjm_desktop.model.metric_format import target_status


def journey() -> Journey:
    # Two personas whose colours are the same grey: only the cues can tell them apart in greyscale.
    return Journey(
        stages=[Stage("s0", "Browse"), Stage("s1", "Pay"), Stage("s2", "Wait")],
        lanes=[Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints"), Lane("emo", LaneKind.EMOTIONS, "Emotions")],
        cards=[Card("a", "tp", "s0", "Ad"), Card("b", "tp", "s1", "Shop")],
        personas=[
            Persona("p1", "Anna Kovács", color="#c0392b"),
            Persona("p2", "Dan Okafor", color="#2e7d32"),
        ],
        routes=[Route("r1", "a", "b", "p1", "via app")],
        emotions=[
            EmotionPoint("p1", "s0", 2),
            EmotionPoint("p1", "s2", 2),
            EmotionPoint("p2", "s0", -2),
            EmotionPoint("p2", "s2", -2),
        ],
    )


def test_a_route_says_whose_it_is_in_words():
    j = journey()
    assert route_caption(j, j.routes[0]) == "AK · via app"
    j.routes[0].label = ""
    assert route_caption(j, j.routes[0]) == "AK"
    j.routes[0].persona_id = None
    assert route_caption(j, j.routes[0]) == ""


def test_each_persona_curve_has_its_own_pattern_visible_in_greyscale(qapp):
    j = journey()
    assert curve_pattern(j, "p1") != curve_pattern(j, "p2")
    scene = JourneyScene(JourneyDocument(j))
    row = scene.row_items["emo"]
    centers = row.stage_centers()
    # Sample each flat curve between its points, in a greyscale picture of the row.
    rect = row.sceneBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)

    def gaps(score: int) -> int:
        start = row.mapToScene(QPointF(centers[0] + 40, row.score_y(score))) - rect.topLeft()
        end = row.mapToScene(QPointF(centers[2] - 40, row.score_y(score))) - rect.topLeft()
        y = round(start.y())
        return sum(
            1 for x in range(round(start.x()), round(end.x())) if grey.pixelColor(x, y).lightness() > 200
        )

    assert gaps(2) == 0  # the first persona's solid line
    assert gaps(-2) > 20  # the second's dashes leave gaps: told apart without colour
    scene.clear()


def test_a_metric_value_says_met_or_missed():
    metric = Metric("m", "Conversion", target=0.05)
    assert target_mark(target_status(metric, 0.07)) == "✓"
    assert target_mark(target_status(metric, 0.03)) == "✗"
    assert target_mark(target_status(Metric("n", "Visits"), 10)) == ""
