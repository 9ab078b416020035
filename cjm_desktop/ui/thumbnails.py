"""Thumbnails of maps for the start page, drawn by the export render path and cached on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import plan_region, render_plan, scene_for
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey

THUMBNAIL = QSize(240, 150)
CACHE_VERSION = 1  # bump when thumbnails are drawn differently, so old cached ones are redrawn


def render_thumbnail(journey: Journey, size: QSize = THUMBNAIL) -> QImage:
    """The top-left part of a map (title, stages, first lanes), as an export would draw it."""
    doc, scene = scene_for(journey)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    plan = plan_region(scene, ExportOptions(format="png"))
    content = plan.rect()
    if not content.isEmpty():
        # A whole 40-stage map shrunk to a thumbnail is grey noise; its start says what it is.
        aspect = size.height() / size.width()
        width = min(content.width(), max(content.height() / aspect, 1400.0))
        content.setWidth(width)
        content.setHeight(min(content.height(), width * aspect))
        target = QRectF(0, 0, size.width(), size.width() * content.height() / content.width())
        painter = QPainter(image)
        render_plan(painter, plan, target, content)
        painter.end()
    scene.clear()
    scene.deleteLater()
    doc.deleteLater()
    return image


def _cache_file(path: Path, size: QSize) -> Path | None:
    """Where the thumbnail of PATH (at its current size and time) is cached; None if PATH is gone."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = f"{CACHE_VERSION}|{path.resolve()}|{stat.st_mtime_ns}|{stat.st_size}|{size.width()}x{size.height()}"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base) / "thumbnails" / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".png")


def file_thumbnail(path: Path, size: QSize = THUMBNAIL) -> QImage | None:
    """The thumbnail of a map file (from the cache when the file is unchanged); None if unreadable."""
    cached = _cache_file(path, size)
    if cached is None:
        return None
    if cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    try:
        journey = load_map(path)
    except MapFileError:
        return None
    image = render_thumbnail(journey, size)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(cached))  # PNG, from the suffix
    except OSError:
        pass  # a read-only cache only costs a redraw next time
    return image
