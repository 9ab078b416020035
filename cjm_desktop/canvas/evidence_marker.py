"""The small evidence-level marker in a card's top-right corner, shared by screen and export.

The level reads from the shape alone, like Harvey balls: an empty circle with "?" (assumption),
a half-filled circle (anecdotal) and a full circle with a check mark (backed by data). Colour
only helps; a greyscale print keeps all three apart. Drawn with paths so SVG keeps them exact.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from cjm_desktop.model import EvidenceLevel

MARKER = 13.0  # the circle's diameter
MARKER_W = 20.0  # the room it takes from the card's text width
LEVEL_COLORS = {
    EvidenceLevel.ASSUMPTION: QColor("#b45309"),  # amber, dark enough for print
    EvidenceLevel.ANECDOTAL: QColor("#0e7490"),  # teal
    EvidenceLevel.DATA: QColor("#15803d"),  # green
}


def marker_rect(card_rect: QRectF, top: float, right_inset: float) -> QRectF:
    """Where the marker sits: the card's top-right corner, ``right_inset`` left of the edge."""
    return QRectF(card_rect.right() - right_inset - MARKER, card_rect.y() + top, MARKER, MARKER)


def paint_marker(painter: QPainter, rect: QRectF, level: str) -> None:
    """Draw the marker of ``level`` into ``rect`` (nothing for an unset or unknown level)."""
    color = LEVEL_COLORS.get(level)  # type: ignore[call-overload]
    if color is None:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    circle = QPainterPath()
    circle.addEllipse(rect)
    painter.fillPath(circle, QColor("white"))
    if level == EvidenceLevel.ANECDOTAL:
        half = QPainterPath()
        half.moveTo(rect.center())
        half.arcTo(rect, 90, 180)  # the left half, filled
        half.closeSubpath()
        painter.fillPath(half, color)
    elif level == EvidenceLevel.DATA:
        painter.fillPath(circle, color)
        tick = QPainterPath()
        tick.moveTo(rect.x() + rect.width() * 0.27, rect.y() + rect.height() * 0.52)
        tick.lineTo(rect.x() + rect.width() * 0.44, rect.y() + rect.height() * 0.70)
        tick.lineTo(rect.x() + rect.width() * 0.74, rect.y() + rect.height() * 0.32)
        painter.setPen(QPen(QColor("white"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(tick)
    else:
        font = QFont()
        font.setPixelSize(int(rect.height() - 3))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect.translated(QPointF(0, 0.5)), Qt.AlignmentFlag.AlignCenter, "?")
    painter.setPen(QPen(color, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    painter.restore()
