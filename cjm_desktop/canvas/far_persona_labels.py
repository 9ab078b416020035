"""Persona names that stay readable when the view is zoomed far out (zoom to fit), as far_labels
does for stage and lane names.

At fit zoom on a projector the persona strip's names (15 px at 100 %) are about 5 px tall and its
quotes specks. Below ``PERSONA_ZOOM`` (where the chip's own name would be smaller than the label)
the view paints, over each chip right of its avatar, the persona's name at ``NAME_PX`` bold
(down to ``far_labels.FLOOR_PX`` to fit), its role line under it when there is room, and the strip's
"Personas" header as a lane label. Only views paint them: exports draw the scene.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPixmap

from cjm_desktop.canvas import far_labels
from cjm_desktop.canvas.bands import AVATAR, PersonaStripItem
from cjm_desktop.canvas.persona_profile import subtitle
from cjm_desktop.canvas.style import font, palette
from cjm_desktop.i18n import tr

NAME_PX = 12  # a persona's name on screen, bold
ROLE_PX = 10  # its role line
CHIP_NAME_PX = 15  # the strip draws names at this size at 100 %
PERSONA_ZOOM = NAME_PX / CHIP_NAME_PX  # below this the chip's own name is smaller than the label
PAD, PAD_Y = far_labels.PAD, far_labels.PAD_Y


def far_area(chip: QRectF) -> QRectF:
    """Where a chip's far label goes: all of it right of the avatar (the quote and badge are specks
    that far out; the name has the room)."""
    left = 16 + AVATAR + 8
    return QRectF(chip.left() + left, chip.top() + 6, chip.width() - left - 6, chip.height() - 12)


@dataclass(frozen=True)
class PersonaLabel:
    """A persona's name (and role when it fits) laid out over its chip, in viewport pixels."""

    persona_id: str
    rect: QRectF
    name: tuple[str, ...]
    name_px: int
    role: str  # "" when there is no role or no room for it


@lru_cache(maxsize=1024)
def _layout(name: str, role: str, width: float, height: float) -> tuple[tuple[str, ...], int, str]:
    """NAME wrapped at the largest size from NAME_PX down whose lines fit WIDTH x HEIGHT (elided at the
    floor), and ROLE elided to one line when it fits below them."""
    inner = max(width - 2 * PAD, 1.0)
    room = height - 2 * PAD_Y
    for size in range(NAME_PX, far_labels.FLOOR_PX - 1, -1):
        lines, line_h = far_labels._lines(name, size, inner, True)
        if far_labels._whole_words(name, lines) and len(lines) * line_h <= room:
            break
    else:
        keep = max(1, int(room // line_h))
        lines = far_labels._elide(lines, keep, size, inner, True, name)
    role_metrics = QFontMetricsF(font(ROLE_PX))
    if role and len(lines) * line_h + role_metrics.lineSpacing() <= room:
        role = role_metrics.elidedText(role, Qt.TextElideMode.ElideRight, inner)
    else:
        role = ""
    return tuple(lines), size, role


def header_label(text: str, header: QRectF) -> far_labels.Label:
    """The strip's header name kept inside its header (viewport pixels): a lane label would widen
    into its row when the header is too small, here over the first persona's avatar."""
    inner = max(header.width() - 2 * PAD, 1.0)
    room = header.height() - 2 * PAD_Y
    for size in range(far_labels.LANE_PX, far_labels.FLOOR_PX - 1, -1):
        lines, line_h = far_labels._lines(text, size, inner, False)
        if far_labels._whole_words(text, lines) and len(lines) * line_h <= room:
            break
    else:
        if len(lines) > max(1, int(room // line_h)):
            # Cut short on one line ("Περσό…"), not hyphenated and cut as well ("Περ-" over "σό…").
            metrics = QFontMetricsF(font(size))
            lines = (metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner),)
    return far_labels.Label(QRectF(header), tuple(lines), size, False)


def labels(strip: PersonaStripItem, to_view, zoom: float) -> list[PersonaLabel]:
    """The name labels the persona strip's chips need at ZOOM; TO_VIEW maps a scene rect to the viewport."""
    if zoom >= PERSONA_ZOOM or not strip.isVisible():
        return []
    journey = strip.journey_scene().doc.journey
    found = []
    for persona_id, chip in strip.chip_rects():
        persona = journey.persona(persona_id)
        rect = to_view(strip.mapRectToScene(far_area(chip)))
        if rect.width() < far_labels.MIN_HEADER_PX:
            continue
        name = persona.name.strip() or tr("lanes", "Unnamed persona")
        lines, size, role = _layout(name, subtitle(persona), rect.width(), rect.height())
        found.append(PersonaLabel(persona_id, rect, lines, size, role))
    return found


_DRAWN = far_labels.PixmapCache(64)


def _draw(label: PersonaLabel, fill: QColor, ink: QColor, muted: QColor, dpr: float) -> QPixmap:
    """LABEL on a pixmap of its size, lines centred top to bottom; cached by what it shows."""
    size = label.rect.size()
    key = (
        size.width(),
        size.height(),
        label.name,
        label.name_px,
        label.role,
        fill.rgba(),
        ink.rgba(),
        muted.rgba(),
        dpr,
    )
    drawn = _DRAWN.get(key)
    if drawn is not None:
        return drawn
    pixmap = _DRAWN.new(key, size.width(), size.height(), dpr)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size.width(), size.height()), 3, 3)
    painter.fillPath(path, fill)
    name_font, role_font = font(label.name_px, bold=True), font(ROLE_PX)
    name_m, role_m = QFontMetricsF(name_font), QFontMetricsF(role_font)
    height = len(label.name) * name_m.lineSpacing() + (role_m.lineSpacing() if label.role else 0)
    y = max(PAD_Y, (size.height() - height) / 2)
    painter.setFont(name_font)
    painter.setPen(ink)
    for line in label.name:
        painter.drawText(QPointF(PAD, y + name_m.ascent()), line)
        y += name_m.lineSpacing()
    if label.role:
        painter.setFont(role_font)
        painter.setPen(muted)
        painter.drawText(QPointF(PAD, y + role_m.ascent()), label.role)
    painter.end()
    return pixmap


def paint(painter: QPainter, strip: PersonaStripItem | None, exposed: QRectF) -> None:
    """Paint the far-zoom persona names (and the strip's header) that meet EXPOSED (scene units)."""
    if strip is None or strip.scene() is None:
        return
    transform = painter.worldTransform()
    zoom = transform.m11()
    if zoom >= PERSONA_ZOOM or not strip.isVisible():
        return
    visible = transform.mapRect(exposed)
    if not transform.mapRect(strip.sceneBoundingRect()).intersects(visible):
        return
    found = labels(strip, transform.mapRect, zoom)
    scene = strip.journey_scene()
    colours = palette()
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    header = transform.mapRect(strip.mapRectToScene(strip.header_rect()))
    painter.save()
    painter.resetTransform()  # screen pixels: the labels' size does not follow the zoom
    if header.width() >= far_labels.MIN_HEADER_PX and header.intersects(visible):
        head = header_label(tr("lanes", "Personas"), header)
        pixmap = far_labels._draw(head, colours.lane_header_bg, colours.ink, None, False, dpr)
        painter.drawPixmap(
            QPointF(round(head.rect.x()) - far_labels.MARGIN, round(head.rect.y()) - far_labels.MARGIN),
            pixmap,
        )
    highlight = scene.highlight_persona_id
    journey = scene.doc.journey
    for label in found:
        if not label.rect.intersects(visible):
            continue
        persona = journey.persona(label.persona_id)
        faded = (bool(highlight) and label.persona_id != highlight) or not persona.visible
        painter.setOpacity(0.4 if faded else 1.0)  # as the chip under it
        pixmap = _draw(label, colours.surface, colours.ink, colours.muted_ink, dpr)
        painter.drawPixmap(QPointF(round(label.rect.x()), round(label.rect.y())), pixmap)
    painter.restore()
