"""Shapes cut to shapes without clipping, so every export format draws them the same.

QSvgGenerator cannot express a clip that is set and later lifted (it drops it, or keeps it for
everything drawn afterwards), so rounded cards with ribbons and accent bars, and round photos,
are drawn here as the exact intersected paths and as pictures with their corners made
transparent. Painters of items that also end up in SVG use these instead of ``setClipPath``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath

MAX_PICTURE_SIDE = 1024  # pixels of a cut-out picture: plenty for a photo shown at avatar size
_CACHE_BYTES = 64 * 1024 * 1024  # derived state, so simply dropped when full
_cache: dict[tuple, QImage] = {}  # derived pictures by (image key, cut): repaints reuse them


def _cached(key: tuple, make) -> QImage:
    image = _cache.get(key)
    if image is None:
        image = make()
        if sum(i.sizeInBytes() for i in _cache.values()) + image.sizeInBytes() > _CACHE_BYTES:
            _cache.clear()
        _cache[key] = image
    return image


def fill_within(painter: QPainter, shape: QPainterPath, area: QRectF, fill: QColor | QBrush) -> None:
    """Fill the part of ``area`` that lies inside ``shape`` (an accent bar inside a rounded card)."""
    band = QPainterPath()
    band.addRect(area)
    painter.fillPath(shape.intersected(band), fill)


def _cut_out(image: QImage, source: QRectF, size: tuple[int, int], shape: QPainterPath) -> QImage:
    out = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setClipPath(shape)  # a raster clip on a private image: exact, and never exported
        painter.drawImage(QRectF(0, 0, size[0], size[1]), image, source)
    finally:
        painter.end()
    return out


def _picture_size(source: QRectF) -> tuple[int, int]:
    scale = min(1.0, MAX_PICTURE_SIDE / max(source.width(), source.height(), 1.0))
    return max(1, round(source.width() * scale)), max(1, round(source.height() * scale))


def round_picture(image: QImage, source: QRectF) -> QImage:
    """The ``source`` part of ``image`` cut to the ellipse that fills it (transparent outside)."""
    w, h = _picture_size(source)
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, w, h))
    key = ("round", image.cacheKey(), source.getRect())
    return _cached(key, lambda: _cut_out(image, source, (w, h), circle))


def rounded_picture(image: QImage, target: QRectF, radius: float) -> QImage:
    """The whole ``image`` with corners rounded as a ``radius`` would round ``target`` when shown there."""
    source = QRectF(0, 0, image.width(), image.height())
    w, h = _picture_size(source)
    scale = w / max(target.width(), 1.0)
    frame = QPainterPath()
    frame.addRoundedRect(QRectF(0, 0, w, h), radius * scale, radius * h / max(target.height(), 1.0))
    key = ("rounded", image.cacheKey(), round(target.width(), 1), round(target.height(), 1), radius)
    return _cached(key, lambda: _cut_out(image, source, (w, h), frame))
