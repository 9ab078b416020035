"""Dashed emotion curves: each persona's "to-be" curve, and the other version's curve in a compare.

The emotion row asks for them while it paints; nothing here holds map data. A compare view
registers the other version of the map for its scene (view state, never in the file).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from cjm_desktop.canvas.style import palette
from cjm_desktop.model import Journey

if TYPE_CHECKING:
    from cjm_desktop.canvas.emotion_row import EmotionRowItem

# scene -> the other version of the map it is compared with
_compared: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
TO_BE_PEN = Qt.PenStyle.DashLine
COMPARE_PEN = Qt.PenStyle.DotLine


def set_compared_map(scene: object, journey: Journey | None) -> None:
    """Draw ``journey``'s curves dashed on ``scene`` (None stops)."""
    if journey is None:
        _compared.pop(scene, None)
    else:
        _compared[scene] = journey
    renew = getattr(scene, "renew_drawn", None)
    if renew is not None:
        renew()  # the emotion row shows the dashed curves from its cached pixmap: paint it afresh


def compared_map(scene: object) -> Journey | None:
    """The map a scene is being compared with, if any."""
    return _compared.get(scene)


def _positions(row: EmotionRowItem, persona_id: str, scores: dict[str, int]) -> list[tuple[QPointF, int]]:
    personas = [p.id for p in row.shown_personas()]
    if persona_id not in personas:
        return []
    # At the stage centres, as the row places a persona's faces (only tied faces step aside there).
    dx = 0.0
    centers = row.stage_centers()
    stages = row.journey_scene().doc.journey.stages
    return [
        (QPointF(centers[i] + dx, row.score_y(scores[s.id])), scores[s.id])
        for i, s in enumerate(stages)
        if s.id in scores and i < len(centers)
    ]


def dashed_curves(row: EmotionRowItem, persona_id: str) -> list[tuple[Qt.PenStyle, list[QPointF]]]:
    """The dashed curves of one persona: its to-be curve, and its curve in the compared version."""
    journey = row.journey_scene().doc.journey
    curves = []
    to_be = {
        p.stage_id: p.to_be for p in journey.emotions if p.persona_id == persona_id and p.to_be is not None
    }
    if to_be:
        curves.append((TO_BE_PEN, [pos for pos, _ in _positions(row, persona_id, to_be)]))
    other = compared_map(row.journey_scene())
    if other is not None:
        scores = {p.stage_id: p.score for p in other.emotions if p.persona_id == persona_id}
        curves.append((COMPARE_PEN, [pos for pos, _ in _positions(row, persona_id, scores)]))
    return [(style, points) for style, points in curves if points]


def paint_dashed_curve(painter: QPainter, style: Qt.PenStyle, points: list[QPointF], color: QColor) -> None:
    """A thinner, dashed curve with hollow dots, under the solid as-is curve."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(color, 2.4, style, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if len(points) > 1:
        path = QPainterPath(points[0])
        for a, b in zip(points, points[1:], strict=False):
            mid = (a.x() + b.x()) / 2
            path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
        painter.drawPath(path)
    painter.setPen(QPen(color, 2))
    painter.setBrush(palette().surface)
    for point in points:
        painter.drawEllipse(point, 5.0, 5.0)


__all__ = ["compared_map", "dashed_curves", "paint_dashed_curve", "set_compared_map"]
