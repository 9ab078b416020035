"""Base of drawn lanes: rows painted across all stages (the emotion curve, metrics)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjm_desktop.canvas.items import MapItem
from cjm_desktop.canvas.style import font, palette

if TYPE_CHECKING:
    from cjm_desktop.model import Lane


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

    def painted_area(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> QRectF:
        """The part of the row this paint can show (item coordinates): what is exposed, on the image.

        A row spans the whole map; on screen its cached pixmap holds just the part in view, and a
        scroll asks for the strip it uncovers, so painting only the stages in here keeps panning cheap.
        """
        area = option.exposedRect
        device = painter.device()
        if isinstance(device, (QPixmap, QImage)):
            inverse, invertible = painter.worldTransform().inverted()
            if invertible:
                area = area.intersected(inverse.mapRect(QRectF(0, 0, device.width(), device.height())))
        return area

    def paint_hint(self, painter: QPainter, text: str, area: QRectF | None = None) -> None:
        """A quiet hint where a drawn lane has nothing to draw yet (hidden in exports); wraps, never cut."""
        if self.journey_scene().export_mode:
            return
        painter.setPen(palette().muted_ink)
        painter.setFont(font(13, italic=True))
        painter.drawText(
            area if area is not None else self._rect.adjusted(16, 0, -16, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            text,
        )
