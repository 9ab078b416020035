"""Bands drawn between the map title and the stage headers: the persona strip.

The strip is part of the map itself, so personas travel with every export. It is one item that
paints every persona from the model; the scene asks ``top_band_height`` during layout, which also
puts the strip in place.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cjm_desktop.canvas.items import MapItem
from cjm_desktop.canvas.persona_profile import paint_avatar, subtitle
from cjm_desktop.canvas.shapes import fill_within
from cjm_desktop.canvas.style import font, palette
from cjm_desktop.canvas.text_block import TextBlock, TextCache
from cjm_desktop.i18n import quoted, tr

if TYPE_CHECKING:
    from cjm_desktop.canvas.scene import JourneyScene
    from cjm_desktop.model import Persona

CHIP_COLUMNS = 2  # a chip spans two stage columns, so chips line up with the grid below
CHIP_H = 92.0
CHIP_GAP = 12.0
BAND_GAP = 16.0  # space between the strip and the stage headers
AVATAR = 60.0
QUOTE_PX = 12  # the quote's italic size at 100 %
QUOTE_TOP = 27.0  # the quote starts below the segment badge (8 + 17 px) ...
QUOTE_BOTTOM = 7.0  # ... and ends this far above the chip's edge


def chips_per_row(scene: JourneyScene) -> int:
    """How many persona chips fit beside each other across the map's stages (at least one)."""
    return max(1, len(scene.doc.journey.stages) // CHIP_COLUMNS)


def chip_width(scene: JourneyScene) -> float:
    """Width of one persona chip."""
    return CHIP_COLUMNS * scene.metrics.stage_width - CHIP_GAP


def top_band_height(scene: JourneyScene) -> float:
    """Height of the persona strip above the stage headers (0 without personas); places the strip."""
    personas = scene.doc.journey.personas
    strip = persona_strip(scene)
    if not personas:
        strip.hide()
        return 0.0
    rows = -(-len(personas) // chips_per_row(scene))
    height = rows * CHIP_H + (rows - 1) * CHIP_GAP
    m = scene.metrics
    width = m.lane_header_width + max(len(scene.doc.journey.stages), 2) * m.stage_width - m.gutter
    strip.set_rect(m.margin, m.margin + m.title_height, width, height)
    strip.show()
    return height + BAND_GAP


def persona_strip(scene: JourneyScene) -> PersonaStripItem:
    """The scene's persona strip, created on first use."""
    strip = getattr(scene, "_persona_strip", None)
    if strip is None or strip.scene() is not scene:
        strip = PersonaStripItem("persona-strip")
        if scene.paints_direct:
            strip.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # vectors in PDF and SVG; the first frame
        scene.addItem(strip)
        scene._persona_strip = strip  # found again in O(1) on every relayout
    return strip


def quote_text(persona: Persona) -> str:
    """The persona's quote on one line (its line breaks are the editor's, not the chip's); "" for none."""
    return " ".join(persona.quote.split())


def quote_split(chip: QRectF, has_quote: bool) -> float:
    """Where a chip's name column ends: name and role take the left part, a quote the right."""
    return chip.left() + min(chip.width() * 0.56, 300.0) if has_quote else chip.right() - 12


def quote_area(chip: QRectF) -> QRectF:
    """The room a chip's quote has: right of the divider, below the segment badge, above the edge."""
    split = quote_split(chip, True)
    top = chip.top() + QUOTE_TOP
    return QRectF(split + 8, top, chip.right() - split - 20, chip.bottom() - QUOTE_BOTTOM - top)


def quote_block(cache: TextCache, chip: QRectF, quote: str) -> tuple[TextBlock, QPointF]:
    """The quote wrapped over every line its area has room for (elided only after the last), and
    where it is drawn: centred in that area."""
    area = quote_area(chip)
    quote_font = font(QUOTE_PX, italic=True)
    lines = max(1, int(area.height() // QFontMetricsF(quote_font).lineSpacing()))
    block = cache.block(quoted(quote), quote_font, area.width(), lines)
    return block, QPointF(area.left(), area.top() + max(0.0, (area.height() - block.height) / 2))


class PersonaStripItem(MapItem):
    """The personas of the map, each a chip with avatar, name, role, segment and colour."""

    KIND = "persona_strip"

    def __init__(self, item_id: str) -> None:
        super().__init__(item_id)
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setAcceptHoverEvents(True)  # the tooltip follows the chip under the mouse

    def chip_rects(self) -> list[tuple[str, QRectF]]:
        """(persona id, chip rect in item coordinates) of every persona, in list order."""
        scene = self.journey_scene()
        per_row = chips_per_row(scene)
        m = scene.metrics
        width = chip_width(scene)
        result = []
        for i, persona in enumerate(scene.doc.journey.personas):
            row, col = divmod(i, per_row)
            x = m.lane_header_width + col * CHIP_COLUMNS * m.stage_width
            result.append((persona.id, QRectF(x, row * (CHIP_H + CHIP_GAP), width, CHIP_H)))
        return result

    def header_rect(self) -> QRectF:
        """The strip's own header ("Personas", the count) left of the chips, in item coordinates."""
        m = self.journey_scene().metrics
        return QRectF(0, 0, m.lane_header_width - m.gutter - 10, CHIP_H)

    def persona_at(self, pos: QPointF) -> str | None:
        """The persona whose chip is under a position."""
        for persona_id, rect in self.chip_rects():
            if rect.contains(pos):
                return persona_id
        return None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.journey_scene()
        journey = scene.doc.journey
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        header = self.header_rect()
        path = QPainterPath()
        path.addRoundedRect(header, 8, 8)
        painter.fillPath(path, palette().lane_header_bg)
        painter.setPen(palette().ink)
        painter.setFont(font(14, bold=True))
        painter.drawText(
            header.adjusted(14, 12, -8, -8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            tr("lanes", "Personas"),
        )
        painter.setPen(palette().muted_ink)
        painter.setFont(font(12))
        count = len(journey.personas)
        painter.drawText(
            header.adjusted(14, 36, -8, -8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            tr("lanes", "%n personas", None, count),
        )
        highlight = scene.highlight_persona_id
        for persona_id, rect in self.chip_rects():
            persona = journey.persona(persona_id)
            faded = (bool(highlight) and persona_id != highlight) or not persona.visible
            painter.setOpacity(0.4 if faded else 1.0)
            self._paint_chip(painter, rect, persona, persona_id == highlight)
        painter.setOpacity(1.0)

    def _paint_chip(self, painter: QPainter, rect: QRectF, persona: Persona, highlighted: bool) -> None:
        color = QColor(persona.color)
        chip = QPainterPath()
        chip.addRoundedRect(rect, 10, 10)
        painter.fillPath(chip, palette().surface)
        fill_within(painter, chip, QRectF(rect.left(), rect.top(), 6, rect.height()), color)  # SVG-safe
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color if highlighted else palette().outline, 3 if highlighted else 1))
        painter.drawPath(chip)
        avatar = QRectF(rect.left() + 16, rect.center().y() - AVATAR / 2, AVATAR, AVATAR)
        paint_avatar(painter, avatar, persona)
        cache = self.journey_scene().text_cache
        text_x = avatar.right() + 12
        quote = quote_text(persona)
        split = quote_split(rect, bool(quote))
        text_w = split - text_x - 8
        if quote:
            block, origin = quote_block(cache, rect, quote)
            painter.setPen(QPen(palette().grid_line, 1))
            painter.drawLine(QPointF(split, rect.top() + 12), QPointF(split, rect.bottom() - 12))
            painter.setPen(palette().muted_ink)
            block.draw(painter, origin)
        badge = persona.segment or "B2C"
        name = cache.block(persona.name or tr("lanes", "Unnamed persona"), font(15, bold=True), text_w, 2)
        sub_text = subtitle(persona)
        sub = cache.block(sub_text, font(12), text_w, 3) if sub_text else None
        lines_h = name.height + (sub.height + 2 if sub else 0)
        y = rect.top() + max(8.0, (rect.height() - lines_h) / 2)
        painter.setPen(palette().ink)
        name.draw(painter, QPointF(text_x, y))
        if sub:
            painter.setPen(palette().muted_ink)
            sub.draw(painter, QPointF(text_x, y + name.height + 2))
        badge_font = font(10, bold=True)
        painter.setFont(badge_font)
        box = QRectF(rect.right() - 44, rect.top() + 8, 36, 17)
        painter.setPen(QPen(palette().readable(color), 1.2))
        painter.drawRoundedRect(box, 8, 8)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
        if not persona.visible and not self.journey_scene().export_mode:
            painter.setPen(palette().muted_ink)
            painter.setFont(font(10, italic=True))
            painter.drawText(
                QRectF(rect.right() - 160, rect.top() + 8, 108, 17),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tr("lanes", "curve hidden"),
            )

    def quote_tip(self, pos: QPointF) -> str:
        """The full quote of the persona under POS, as a tooltip (rich text, so a long one wraps)."""
        persona_id = self.persona_at(pos)
        quote = quote_text(self.journey_scene().doc.journey.persona(persona_id)) if persona_id else ""
        return f"<p>{escape(quoted(quote))}</p>" if quote else ""

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's name
        # One item paints every chip, so its one tooltip changes with the chip under the mouse.
        tip = self.quote_tip(event.pos())
        if tip != self.toolTip():
            self.setToolTip(tip)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's name
        self.setToolTip("")
        super().hoverLeaveEvent(event)

    # ---- interaction: a click highlights a persona (view state), a double-click opens its editor --
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        persona_id = self.persona_at(event.pos())
        if persona_id is None:
            event.ignore()
            return
        scene = self.journey_scene()
        scene.set_highlight_persona(None if scene.highlight_persona_id == persona_id else persona_id)
        from cjm_desktop.canvas.emotion_row import persona_requests

        persona_requests(scene).highlight_changed.emit(scene.highlight_persona_id or "")
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        persona_id = self.persona_at(event.pos())
        if persona_id is None:
            event.ignore()
            return
        from cjm_desktop.canvas.emotion_row import persona_requests

        persona_requests(self.journey_scene()).edit_persona_requested.emit(persona_id)
        event.accept()
