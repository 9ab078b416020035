"""Drawn lanes: rows painted across all stages (the emotion curve, metrics) instead of cards.

Each drawn lane kind registers a LaneRowItem subclass in DRAWN_LANES; the scene creates one per
lane of that kind, reserves ``reserved_height()`` at the top of its row and keeps it in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cjm_desktop.canvas.items import MapItem
from cjm_desktop.canvas.style import MUTED_INK, font
from cjm_desktop.model import LaneKind

if TYPE_CHECKING:
    from cjm_desktop.model import Lane


def tr(text: str) -> str:
    """Translate a string drawn in a lane."""
    return QCoreApplication.translate("lanes", text)


class LaneRowItem(MapItem):
    """Base of a drawn lane: spans the lane's row across every stage."""

    KIND = "lane_row"

    def __init__(self, item_id: str) -> None:
        super().__init__(item_id)
        self.setZValue(2)

    def lane(self) -> Lane:
        """The lane this row draws."""
        return self.journey_scene().doc.journey.lane(self.item_id)

    def reserved_height(self) -> float:
        """Height the drawing needs at the top of the row."""
        return 150.0

    def stage_centers(self) -> list[float]:
        """x of each stage's centre, in item coordinates."""
        layout = self.journey_scene().layout
        m = layout.metrics
        return [x - self.pos().x() + (m.stage_width - m.gutter) / 2 for x in layout.stage_x]

    def paint_hint(self, painter: QPainter, text: str) -> None:
        """A quiet hint where a drawn lane has nothing to draw yet (hidden in exports)."""
        if self.journey_scene().export_mode:
            return
        painter.setPen(MUTED_INK)
        painter.setFont(font(13, italic=True))
        painter.drawText(self._rect.adjusted(16, 0, -16, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class EmotionRowItem(LaneRowItem):
    """The experience curve lane: a -3..+3 scale across the stages."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self._rect
        painter.setPen(QPen(QColor("#d5dbe3"), 1, Qt.PenStyle.DashLine))
        mid = rect.center().y()
        painter.drawLine(rect.left() + 8, mid, rect.right() - 8, mid)
        if not self.journey_scene().doc.journey.personas:
            self.paint_hint(painter, tr("Add a persona to draw the experience curve"))


class MetricsRowItem(LaneRowItem):
    """The metrics lane: each stage's imported metrics."""

    def reserved_height(self) -> float:
        return 110.0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.journey_scene().doc.journey.metrics:
            self.paint_hint(painter, tr("Import metrics from a spreadsheet (Map ▸ Import metrics…)"))


DRAWN_LANES: dict[LaneKind, type[LaneRowItem]] = {
    LaneKind.EMOTIONS: EmotionRowItem,
    LaneKind.METRICS: MetricsRowItem,
}
