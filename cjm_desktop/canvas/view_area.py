"""The view's scrollable area: the map and its margin, centred in the viewport while it fits."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF


def scroll_area(map_rect: QRectF, centre: QPointF, room: QSizeF, zoom: float) -> QRectF:
    """The area (scene units) a view with ``room`` (its viewport in scene units) scrolls over at ``zoom``.

    Along an axis where the map (its scene rect, which holds its margin) needs more than the room, the
    area is the map alone: zoomed in, no empty room beyond its margin scrolls. Where it fits, the area
    is exactly the room around ``centre`` (the fitted map's middle), slid just enough to hold the map:
    no scroll bar, the map in the middle.
    """
    left, width = _span(map_rect.left(), map_rect.right(), centre.x(), room.width(), zoom)
    top, height = _span(map_rect.top(), map_rect.bottom(), centre.y(), room.height(), zoom)
    return QRectF(left, top, width, height)


def kept_area(map_rect: QRectF, shown: QPointF, room: QSizeF) -> QRectF:
    """The area that keeps what the view shows (its top left at ``shown``) where it is, and the map.

    After an edit, a scroll or a scroll bar coming or going, the map must not move by itself: the
    area is the shown room and the map. Room the user scrolls away from is no longer in it.
    """
    return QRectF(shown, room).united(map_rect)


def resized_area(map_rect: QRectF, centre: QPointF, shown: QPointF, room: QSizeF, zoom: float) -> QRectF:
    """The area after the viewport changed size (a window resized, a dock closed).

    Along an axis where the map fits it is centred in the new room, as at fit; along one it overflows,
    what the view shows stays where it is (``kept_area``).
    """
    centred = scroll_area(map_rect, centre, room, zoom)
    kept = kept_area(map_rect, shown, room)
    fits_across = map_rect.width() < room.width()
    fits_down = map_rect.height() < room.height()
    across = centred if fits_across else kept
    down = centred if fits_down else kept
    return QRectF(across.left(), down.top(), across.width(), down.height())


def _span(low: float, high: float, centre: float, room: float, zoom: float) -> tuple[float, float]:
    """One axis of the area (start, length): the map's span, or ``room`` around ``centre`` holding it."""
    if high - low >= room:
        return low, high - low
    # On a whole pixel: the view places the area's edge at a whole pixel, so an edge between two
    # would put the map up to a pixel off the middle.
    start = round((centre - room / 2) * zoom) / zoom
    return max(high - room, min(start, low)), room
