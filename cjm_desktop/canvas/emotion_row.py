"""The emotion lane: each persona's experience curve across the stages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cjm_desktop.canvas.lane_row_base import LaneRowItem, tr


class EmotionRowItem(LaneRowItem):
    """The experience curve lane: a -3..+3 scale across the stages."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self._rect
        painter.setPen(QPen(QColor("#d5dbe3"), 1, Qt.PenStyle.DashLine))
        mid = rect.center().y()
        painter.drawLine(rect.left() + 8, mid, rect.right() - 8, mid)
        if not self.journey_scene().doc.journey.personas:
            self.paint_hint(painter, tr("Add a persona to draw the experience curve"))
