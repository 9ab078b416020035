"""Channel icons as vector paths, so they stay crisp at any zoom and in PDF/SVG exports."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

UNIT = 16.0  # icons are drawn in a 16 x 16 box, then scaled to the requested rect


def _circle(path: QPainterPath, cx: float, cy: float, r: float) -> None:
    path.addEllipse(QPointF(cx, cy), r, r)


def _web() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    _circle(stroke, 8, 8, 6.5)
    stroke.addEllipse(QPointF(8, 8), 2.8, 6.5)
    for y, half in ((8, 6.5), (4.6, 5.3), (11.4, 5.3)):
        stroke.moveTo(8 - half, y)
        stroke.lineTo(8 + half, y)
    return stroke, QPainterPath()


def _mobile_app() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    stroke.addRoundedRect(QRectF(4.5, 1.5, 7, 13), 1.6, 1.6)
    fill = QPainterPath()
    _circle(fill, 8, 12.2, 0.9)
    return stroke, fill


def _email() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    stroke.addRoundedRect(QRectF(1.5, 3.5, 13, 9), 1.2, 1.2)
    stroke.moveTo(2, 4.2)
    stroke.lineTo(8, 9)
    stroke.lineTo(14, 4.2)
    return stroke, QPainterPath()


def _phone() -> tuple[QPainterPath, QPainterPath]:
    # A handset silhouette: earpiece top left, mouthpiece bottom right, joined by the handle.
    fill = QPainterPath()
    fill.moveTo(3.2, 1.8)
    fill.lineTo(5.6, 1.8)
    fill.lineTo(6.7, 5.0)
    fill.lineTo(5.1, 6.4)
    fill.quadTo(6.6, 9.6, 9.6, 10.9)
    fill.lineTo(11.0, 9.3)
    fill.lineTo(14.2, 10.4)
    fill.lineTo(14.2, 12.8)
    fill.quadTo(14.2, 14.2, 12.8, 14.2)
    fill.quadTo(1.8, 13.6, 1.8, 3.2)
    fill.quadTo(1.8, 1.8, 3.2, 1.8)
    fill.closeSubpath()
    return QPainterPath(), fill


def _store() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    stroke.moveTo(2.5, 7.5)
    stroke.lineTo(2.5, 14.5)
    stroke.lineTo(13.5, 14.5)
    stroke.lineTo(13.5, 7.5)
    stroke.addRect(QRectF(6.5, 10, 3, 4.5))
    fill = QPainterPath()  # the awning
    fill.moveTo(2.6, 2)
    fill.lineTo(13.4, 2)
    fill.lineTo(15, 7)
    fill.lineTo(1, 7)
    fill.closeSubpath()
    return stroke, fill


def _social() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    stroke.moveTo(4, 8)
    stroke.lineTo(12, 3.8)
    stroke.moveTo(4, 8)
    stroke.lineTo(12, 12.2)
    fill = QPainterPath()
    for cx, cy in ((4, 8), (12, 3.8), (12, 12.2)):
        _circle(fill, cx, cy, 2.2)
    return stroke, fill


def _messaging() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    stroke.addRoundedRect(QRectF(1.5, 2, 13, 9.5), 2.6, 2.6)
    stroke.moveTo(4.5, 11.5)
    stroke.lineTo(3.8, 14.6)
    stroke.lineTo(7.8, 11.5)
    fill = QPainterPath()
    for cx in (5, 8, 11):
        _circle(fill, cx, 6.75, 1.0)
    return stroke, fill


def _courier() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    stroke.addRect(QRectF(1, 3.5, 8.8, 7.5))
    stroke.moveTo(9.8, 6)
    stroke.lineTo(12.8, 6)
    stroke.lineTo(15, 8.8)
    stroke.lineTo(15, 11)
    stroke.lineTo(9.8, 11)
    fill = QPainterPath()
    _circle(fill, 4.2, 12.6, 1.8)
    _circle(fill, 12.2, 12.6, 1.8)
    return stroke, fill


def _partner() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    _circle(stroke, 5.3, 4.8, 2.2)
    _circle(stroke, 10.7, 4.8, 2.2)
    stroke.moveTo(1.2, 14)
    stroke.arcTo(QRectF(1.2, 8.6, 8.2, 10.8), 180, -180)
    stroke.moveTo(6.6, 14)
    stroke.arcTo(QRectF(6.6, 8.6, 8.2, 10.8), 180, -180)
    return stroke, QPainterPath()


def _other() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    _circle(stroke, 8, 8, 6.5)
    fill = QPainterPath()
    for cx in (5, 8, 11):
        _circle(fill, cx, 8, 1.1)
    return stroke, fill


def _search_engine() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()
    _circle(stroke, 6.5, 6.5, 4.6)
    stroke.moveTo(9.9, 9.9)
    stroke.lineTo(14.5, 14.5)
    return stroke, QPainterPath()


def _ads() -> tuple[QPainterPath, QPainterPath]:
    # A target: ads and retargeting aim at someone who was here before.
    stroke = QPainterPath()
    _circle(stroke, 8, 8, 6.5)
    _circle(stroke, 8, 8, 3.6)
    fill = QPainterPath()
    _circle(fill, 8, 8, 1.3)
    return stroke, fill


def _push_notification() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()  # a bell
    stroke.moveTo(3, 12)
    stroke.lineTo(13, 12)
    stroke.moveTo(4.5, 12)
    stroke.lineTo(4.5, 7.5)
    stroke.quadTo(4.5, 3, 8, 3)
    stroke.quadTo(11.5, 3, 11.5, 7.5)
    stroke.lineTo(11.5, 12)
    fill = QPainterPath()
    _circle(fill, 8, 13.9, 1.3)
    _circle(fill, 12.8, 3.2, 1.9)  # the badge
    return stroke, fill


def _chatbot() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()  # a robot head with an antenna
    stroke.addRoundedRect(QRectF(2.5, 5, 11, 8.5), 2, 2)
    stroke.moveTo(8, 5)
    stroke.lineTo(8, 2.6)
    fill = QPainterPath()
    _circle(fill, 8, 2.2, 1.1)
    _circle(fill, 5.7, 8.6, 1.1)
    _circle(fill, 10.3, 8.6, 1.1)
    fill.addRect(QRectF(5.8, 11, 4.4, 0.9))
    return stroke, fill


def _review_site() -> tuple[QPainterPath, QPainterPath]:
    fill = QPainterPath()  # a five-pointed star
    for k in range(10):
        radius = 7 if k % 2 == 0 else 2.9
        angle = math.radians(-90 + 36 * k)
        point = QPointF(8 + radius * math.cos(angle), 8.6 + radius * math.sin(angle))
        if k == 0:
            fill.moveTo(point)
        else:
            fill.lineTo(point)
    fill.closeSubpath()
    return QPainterPath(), fill


def _product_configurator() -> tuple[QPainterPath, QPainterPath]:
    stroke = QPainterPath()  # three sliders
    fill = QPainterPath()
    for y, knob in ((3.5, 10.5), (8, 5), (12.5, 9)):
        stroke.moveTo(1.8, y)
        stroke.lineTo(14.2, y)
        _circle(fill, knob, y, 1.9)
    return stroke, fill


def _callback_request() -> tuple[QPainterPath, QPainterPath]:
    _, fill = _phone()
    stroke = QPainterPath()  # an arrow coming back to the handset
    stroke.moveTo(14.5, 1.5)
    stroke.lineTo(9.5, 6.5)
    stroke.moveTo(9.5, 3.2)
    stroke.lineTo(9.5, 6.5)
    stroke.lineTo(12.8, 6.5)
    return stroke, fill


_BUILDERS = {
    "web": _web,
    "mobile_app": _mobile_app,
    "email": _email,
    "phone": _phone,
    "store": _store,
    "social": _social,
    "messaging": _messaging,
    "courier": _courier,
    "partner": _partner,
    "other": _other,
    "search_engine": _search_engine,
    "ads": _ads,
    "push_notification": _push_notification,
    "chatbot": _chatbot,
    "review_site": _review_site,
    "product_configurator": _product_configurator,
    "callback_request": _callback_request,
}
ICON_KEYS: tuple[str, ...] = tuple(_BUILDERS)


@cache
def channel_paths(channel: str) -> tuple[QPainterPath, QPainterPath]:
    """(stroked outline, filled parts) of an icon key in a 16 x 16 box; unknown channels get "other"."""
    return _BUILDERS.get(channel, _other)()


def draw_channel_icon(painter: QPainter, channel: str, rect: QRectF, color: QColor) -> None:
    """Draw a channel's icon scaled into ``rect`` (kept square and centred)."""
    stroke, fill = channel_paths(channel)
    side = min(rect.width(), rect.height())
    if side <= 0:
        return
    painter.save()
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
    painter.scale(side / UNIT, side / UNIT)
    if not stroke.isEmpty():
        pen = QPen(color, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(stroke)
    if not fill.isEmpty():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(fill)
    painter.restore()


def channel_icon(channel: str, color: str = "#2f6fb3", size: int = 32) -> QIcon:
    """A QIcon of a channel for menus and combo boxes."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_channel_icon(painter, channel, QRectF(2, 2, size - 4, size - 4), QColor(color))
    painter.end()
    return QIcon(pixmap)
