"""How a card is measured and painted; one function pair serves the canvas and every export.

Each lane kind has its own look: touchpoints carry a vector channel icon, moments of truth a gold
ribbon, quotes a large quotation mark and their attribution, image frames their picture, calls to
action a solid button. Measuring and painting share ``_parts`` so a card is exactly as tall as what
it draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)

from cjm_desktop.canvas.card_images import card_image
from cjm_desktop.canvas.channel_icons import draw_channel_icon
from cjm_desktop.canvas.channel_names import BUILTIN_LABELS, channel_icon_key, channel_label
from cjm_desktop.canvas.contrast import contrast_ratio
from cjm_desktop.canvas.evidence_marker import MARKER_W, marker_rect, paint_marker
from cjm_desktop.canvas.shapes import fill_within, rounded_picture
from cjm_desktop.canvas.style import CARD_FONT_PX, LIGHT_MAP, font, palette
from cjm_desktop.canvas.text_block import TextBlock, TextCache
from cjm_desktop.i18n import quoted, tr, tr_noop
from cjm_desktop.model import Card, Channel, LaneKind, Persona

PAD = 10.0
ACCENT_W = 4.0
RADIUS = 7.0
CHIP_ROW_H = 22.0
CHIP_H = 17.0
CHIP_ICON = 12.0
MIN_HEIGHT = 40.0
MAX_LINES = 14  # longer texts end in "…" on the canvas; the full text is in the inspector
RIBBON_H = 20.0
IMAGE_MAX_H = 170.0
IMAGE_PLACEHOLDER_H = 64.0
IMAGE_GAP = 8.0
ATTRIBUTION_GAP = 4.0
QUOTE_INDENT = 22.0
CTA_ARROW_W = 24.0
VOTE_BADGE_W = 22.0
PERSONA_DOT = 17.0

GOLD = QColor("#b8860b")
RIBBON_FILL = QColor("#f2c94c")
RIBBON_INK = QColor("#4a3500")
_RASTER = QPaintEngine.Type.Raster  # screen pixmaps and PNG exports, as opposed to PDF and SVG
CTA_FILL = QColor("#b9472a")  # white bold text on it passes WCAG AA (5.2:1)
LINK_CHIP_INK = "#3b3f8f"  # opportunity status and links: indigo ink on the faint accent chip
QUICK_WIN_FILL = QColor("#1a7f5e")  # white chip text on it: 4.95:1 (WCAG AA; tests/ui/test_theme.py)
NEUTRAL_PERSONA = QColor("#94a3b8")
SEVERITY_LOOK = {  # level: (label, fill, ink)
    1: (tr_noop("card", "Minor"), "#fde68a", "#78350f"),
    2: (tr_noop("card", "Moderate"), "#fdba74", "#7c2d12"),
    3: (tr_noop("card", "Severe"), "#dc2626", "#ffffff"),
}


def ink_on(fill: QColor) -> QColor:
    """Text colour for a card the user coloured: the print ink on a pale colour, white on a deep one."""
    return LIGHT_MAP.ink if contrast_ratio(LIGHT_MAP.ink, fill) >= 4.5 else QColor("white")


def _serif(pixel_size: int) -> QFont:
    # Curly quotation marks read best in a serif face; DejaVu Serif ships beside DejaVu Sans.
    f = QFont("DejaVu Serif")
    f.setPixelSize(pixel_size)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


@cache
def _fonts() -> dict[str, QFont]:
    # Built on first use: a QFont needs the QGuiApplication that exists by then.
    return {
        "text": font(CARD_FONT_PX),
        "quote": font(CARD_FONT_PX, italic=True),
        "cta": font(CARD_FONT_PX, bold=True),
        "chip": font(11),
        "badge": font(11, bold=True),
        "ribbon": font(10, bold=True),
        "quote_mark": _serif(50),
        "persona": font(9, bold=True),
    }


@cache
def _font_keys() -> dict[str, str]:
    # QFont.key() costs about as much as measuring a short text: ask Qt once per card font.
    return {name: f.key() for name, f in _fonts().items()}


def _text_font_name(kind: LaneKind) -> str:
    if kind == LaneKind.QUOTES:
        return "quote"
    if kind == LaneKind.CTA:
        return "cta"
    return "text"


def text_font(kind: LaneKind) -> QFont:
    """The font of a card's main text."""
    return _fonts()[_text_font_name(kind)]


CHANNEL_LABELS = BUILTIN_LABELS  # kept for callers of the built-in names
SOURCE_LABELS = {
    "interview": tr_noop("card", "Interview"),
    "survey": tr_noop("card", "Survey"),
    "support_ticket": tr_noop("card", "Support ticket"),
    "review": tr_noop("card", "Review"),
    "other": tr_noop("card", "Other"),
}


def card_text(card: Card, kind: LaneKind) -> str:
    """The card's text as plain text elsewhere (quotes get their quotation marks)."""
    if kind == LaneKind.QUOTES and card.text:
        return quoted(card.text)
    return card.text


def quote_attribution(card: Card) -> str:
    """ "— who, source, date" under a quote; empty when none is known."""
    source = tr("card", SOURCE_LABELS.get(card.source or "", (card.source or "").replace("_", " ")))
    parts = [x for x in (card.author.strip(), source, card.date.strip()) if x]
    return "— " + " · ".join(parts) if parts else ""


@dataclass(frozen=True)
class Chip:
    """A small label under a card's text."""

    text: str
    fill: str = ""  # "" = the kind's accent, faint
    ink: str = ""  # "" = muted ink
    icon: str = ""  # a channel whose vector icon leads the chip
    persona: bool = False  # a round persona dot with initials
    metric: bool = False  # a touchpoint's measured value: the palette's metric chip colours


def _initials(name: str) -> str:
    words = [w for w in name.split() if w]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def chips_for(
    card: Card,
    kind: LaneKind,
    personas: Sequence[Persona] = (),
    channels: Sequence[Channel] = (),
    metric_texts: Sequence[str] = (),
    link_texts: Sequence[str] = (),
) -> list[Chip]:
    """The chips a card shows: linked personas, channel (named by the map's ``channels``), severity, ..."""
    if not (
        card.persona_ids
        or card.channel
        or card.online is not None
        or card.severity
        or card.impact
        or card.effort
        or link_texts
        or card.tags
        or metric_texts
    ):
        return []  # most cards: measured on open by the thousand, so no work for nothing
    chips: list[Chip] = []
    by_id = {p.id: p for p in personas}
    for persona_id in card.persona_ids:
        persona = by_id.get(persona_id)
        if persona is None:
            chips.append(Chip("?", NEUTRAL_PERSONA.name(), "#ffffff", persona=True))
        else:
            chips.append(Chip(_initials(persona.name), persona.color, "#ffffff", persona=True))
    if card.channel:
        label = channel_label(channels, card.channel)
        if card.online is not None:
            label += " · " + (tr("card", "online") if card.online else tr("card", "offline"))
        chips.append(Chip(label, icon=channel_icon_key(channels, card.channel)))
    elif card.online is not None:
        chips.append(Chip(tr("card", "online") if card.online else tr("card", "offline")))
    if card.severity:
        level = max(1, min(3, card.severity))
        label, fill, ink = SEVERITY_LOOK[level]
        chips.append(Chip(tr("card", label) + " " + "●" * level + "○" * (3 - level), fill, ink))
    if card.impact:
        chips.append(Chip(tr("card", "Impact %d/3") % card.impact))
    if card.effort:
        chips.append(Chip(tr("card", "Effort %d/3") % card.effort))
    if card.impact and card.effort and card.impact >= 2 and card.effort == 1:
        chips.append(Chip(tr("card", "Quick win"), QUICK_WIN_FILL.name(), "#ffffff"))
    chips.extend(Chip(text, ink=LINK_CHIP_INK) for text in link_texts)
    chips.extend(Chip(f"#{tag}") for tag in card.tags)
    chips.extend(Chip(text, metric=True) for text in metric_texts)
    return chips


def card_chips(card: Card, kind: LaneKind) -> list[str]:
    """The chip labels as plain text (persona dots left out)."""
    return [chip.text for chip in chips_for(card, kind) if not chip.persona]


_CHIP_TEXT_W: dict[str, float] = {}  # chip label -> advance in the chip font; labels repeat across a map


def _chip_width(chip: Chip, metrics: QFontMetricsF, available: float) -> float:
    if chip.persona:
        return PERSONA_DOT
    icon = CHIP_ICON + 3 if chip.icon else 0.0
    text_w = _CHIP_TEXT_W.get(chip.text)
    if text_w is None:
        text_w = metrics.horizontalAdvance(chip.text)
        if len(_CHIP_TEXT_W) < 20000:
            _CHIP_TEXT_W[chip.text] = text_w
    return min(text_w + 12 + icon, available)


def _chip_rows(chips: list[Chip], available: float) -> int:
    if not chips:
        return 0
    metrics = QFontMetricsF(_fonts()["chip"])
    rows, x = 1, 0.0
    for chip in chips:
        w = _chip_width(chip, metrics, available)
        if x and x + w > available:
            rows, x = rows + 1, 0.0
        x += w + 4
    return rows


def _image_size(card: Card, kind: LaneKind, width: float) -> tuple[float, float] | None:
    """(width, height) the picture is drawn at; a placeholder for an empty frame; None for no picture."""
    if card.image:
        image = card_image(card)
        if image.isNull() or image.width() <= 0:
            return width, IMAGE_PLACEHOLDER_H
        h = width * image.height() / image.width()
        if h > IMAGE_MAX_H:
            return IMAGE_MAX_H * image.width() / image.height(), IMAGE_MAX_H
        return width, max(h, 8.0)
    if kind == LaneKind.IMAGES:
        return width, IMAGE_PLACEHOLDER_H
    return None


# ---- layout shared by measuring and painting ------------------------------------------------------
@dataclass
class _Parts:
    ribbon: bool
    image: tuple[float, float] | None
    text: str
    block: TextBlock | None
    text_width: float
    attribution: TextBlock | None
    chips: list[Chip]
    chip_rows: int


def _content_width(width: float) -> float:
    return width - 2 * PAD - ACCENT_W


def _parts(
    card: Card,
    kind: LaneKind,
    width: float,
    cache: TextCache,
    personas: Sequence[Persona] = (),
    channels: Sequence[Channel] = (),
    metric_texts: Sequence[str] = (),
    link_texts: Sequence[str] = (),
) -> _Parts:
    content = _content_width(width)
    text_width = content
    if kind == LaneKind.QUOTES:
        text_width -= QUOTE_INDENT
    if kind == LaneKind.CTA:
        text_width -= CTA_ARROW_W
    if card.votes:
        text_width -= VOTE_BADGE_W
    if card.evidence_level:
        text_width -= MARKER_W
    text_width = max(text_width, 20.0)
    image = _image_size(card, kind, content)
    text = card.text
    block = None
    if text or image is None:
        name = _text_font_name(kind)
        block = cache.block(text or " ", _fonts()[name], text_width, MAX_LINES, _font_keys()[name])
    attribution = None
    if kind == LaneKind.QUOTES and quote_attribution(card):
        # Who said it and where is research evidence: wrap to a second line rather than cut it.
        attribution = cache.block(
            quote_attribution(card), _fonts()["chip"], content - QUOTE_INDENT, 2, _font_keys()["chip"]
        )
    chips = chips_for(card, kind, personas, channels, metric_texts, link_texts)
    return _Parts(
        ribbon=card.moment_of_truth or kind == LaneKind.MOMENTS_OF_TRUTH,
        image=image,
        text=text,
        block=block,
        text_width=text_width,
        attribution=attribution,
        chips=chips,
        chip_rows=_chip_rows(chips, content),
    )


def height_key(
    card: Card,
    kind: LaneKind,
    channels: Sequence[Channel] = (),
    metric_texts: Sequence[str] = (),
    link_texts: Sequence[str] = (),
) -> tuple:
    """Everything a card's height depends on: the scene re-measures only when this changes."""
    return (
        tuple(metric_texts),
        tuple(link_texts),
        channel_label(channels, card.channel) if card.channel else "",
        card.text,
        kind,
        tuple(card.tags),
        len(card.persona_ids),
        card.channel,
        card.online,
        card.moment_of_truth,
        card.severity,
        card.impact,
        card.effort,
        card.author,
        card.source,
        card.date,
        card.votes,
        bool(card.evidence_level),
        len(card.image),
        hash(card.image),
    )


def card_height(
    card: Card,
    kind: LaneKind,
    width: float,
    cache: TextCache,
    channels: Sequence[Channel] = (),
    metric_texts: Sequence[str] = (),
    link_texts: Sequence[str] = (),
) -> float:
    """The height a card needs at a width (channel chips are named by the map's ``channels``)."""
    parts = _parts(card, kind, width, cache, (), channels, metric_texts, link_texts)
    height = PAD
    if parts.ribbon:
        height += RIBBON_H
    if parts.image is not None:
        height += parts.image[1] + (IMAGE_GAP if parts.block else 0)
    if parts.block is not None:
        height += parts.block.height
    if parts.attribution is not None:
        height += parts.attribution.height + ATTRIBUTION_GAP
    if parts.chip_rows:
        height += 4 + CHIP_ROW_H * parts.chip_rows
    return max(MIN_HEIGHT, height + PAD)


# ---- painting ------------------------------------------------------------------------------------
def paint_card(
    painter: QPainter,
    rect: QRectF,
    card: Card,
    kind: LaneKind,
    cache: TextCache,
    selected: bool = False,
    detail: float = 1.0,
    personas: Sequence[Persona] = (),
    channels: Sequence[Channel] = (),
    metric_texts: Sequence[str] = (),
    link_texts: Sequence[str] = (),
) -> None:
    """Paint a card into ``rect``; ``detail`` < 0.35 draws a simplified card for far zoom-outs."""
    colours = palette()
    style = colours.kind(kind)
    cta = kind == LaneKind.CTA
    accent = QColor(style.accent)
    if card.color:
        fill = QColor(card.color)
    else:
        fill = CTA_FILL if cta else QColor(style.fill)
    ribbon = card.moment_of_truth or kind == LaneKind.MOMENTS_OF_TRUTH
    radius = RADIUS * 2 if cta else RADIUS
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    if detail < 0.35:
        # Far zoom-out: shapes only, but moments of truth still stand out.
        painter.fillPath(path, fill)
        if not cta:
            painter.fillRect(QRectF(rect.x(), rect.y(), ACCENT_W, rect.height()), accent)
        if ribbon:
            painter.fillRect(QRectF(rect.x(), rect.y(), rect.width(), RIBBON_H), RIBBON_FILL)
            painter.setPen(QPen(GOLD, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        return
    # A soft shadow drawn by hand: graphics effects would cost a full offscreen pass per card.
    shadow = QPainterPath()
    shadow.addRoundedRect(rect.translated(0, 1.5), radius, radius)
    raster = painter.paintEngine().type() == _RASTER
    if fill.alpha() == 255 and raster:
        # On screen (and in PNGs) only the rim under the bottom edge shows past the opaque card:
        # blending the whole translucent shape cost a third of painting a card. Vectors keep it whole.
        rim = QRectF(rect.x() - 1, rect.bottom() - radius - 2, rect.width() + 2, radius + 6)
        fill_within(painter, shadow, rim, colours.card_shadow)
    else:
        painter.fillPath(shadow, colours.card_shadow)
    painter.fillPath(path, fill)
    # Bars and ribbon are cut to the rounded card as paths, not clipped: SVG keeps them exact.
    if not cta:
        fill_within(painter, path, QRectF(rect.x(), rect.y(), ACCENT_W, rect.height()), accent)
    if ribbon:
        _paint_ribbon(painter, rect, path)
    if ribbon:
        edge = QPen(GOLD, 2.6)
    elif cta:
        edge = QPen(QColor(0, 0, 0, 60), 1)
    else:
        edge = QPen(colours.card_edge, 1)
    painter.setPen(edge)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if raster and edge.color().alpha() < 255:
        # Qt's raster engine strokes a translucent hairline pixel by pixel (~230 µs a card);
        # filling the stroke's outline draws the same line in 60 % of that. Vectors keep the stroke.
        painter.fillPath(QPainterPathStroker(edge).createStroke(path), edge.color())
    else:
        painter.drawPath(path)

    parts = _parts(card, kind, rect.width(), cache, personas, channels, metric_texts, link_texts)
    x = rect.x() + ACCENT_W + PAD
    y = rect.y() + PAD + (RIBBON_H if ribbon else 0)
    content = _content_width(rect.width())
    if parts.image is not None:
        _paint_image(painter, card, QRectF(x, y, content, parts.image[1]), parts.image[0], accent)
        y += parts.image[1] + (IMAGE_GAP if parts.block else 0)
    if parts.block is not None:
        text_x = x
        if kind == LaneKind.QUOTES:
            _paint_quote_mark(painter, QPointF(x - 4, y - 11), accent)
            text_x += QUOTE_INDENT
        if cta:
            painter.setPen(QColor("white") if not card.color else ink_on(fill))
        else:
            painter.setPen(ink_on(fill) if card.color else colours.ink if parts.text else colours.muted_ink)
        if cta and not parts.chips and parts.image is None:
            y = rect.center().y() - parts.block.height / 2  # a button's label sits on its middle line
        if parts.text:
            parts.block.draw(painter, QPointF(text_x, y))
        y += parts.block.height
    if parts.attribution is not None:
        painter.setPen(ink_on(fill) if card.color else colours.muted_ink)
        parts.attribution.draw(painter, QPointF(x + QUOTE_INDENT, y + ATTRIBUTION_GAP))
        y += parts.attribution.height + ATTRIBUTION_GAP
    if parts.chips:
        chip_ink = ink_on(fill) if card.color else colours.muted_ink
        _paint_chips(painter, parts.chips, QPointF(x, y + 4), content, accent, chip_ink)
    if cta:
        _paint_cta_arrow(painter, rect, QColor("white") if not card.color else accent)
    if card.votes:
        _paint_votes(painter, rect.translated(0, RIBBON_H if ribbon else 0), card.votes)
    if card.evidence_level:
        top = 8 + (RIBBON_H if ribbon else 0)
        paint_marker(
            painter, marker_rect(rect, top, 6 + (VOTE_BADGE_W + 2 if card.votes else 0)), card.evidence_level
        )
    if selected:
        painter.setPen(QPen(colours.selection, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius + 2, radius + 2)


def _paint_ribbon(painter: QPainter, rect: QRectF, card: QPainterPath) -> None:
    band = QRectF(rect.x(), rect.y(), rect.width(), RIBBON_H)
    fill_within(painter, card, band, RIBBON_FILL)
    painter.setFont(_fonts()["ribbon"])
    painter.setPen(RIBBON_INK)
    label = "★ " + tr("card", "MOMENT OF TRUTH")
    metrics = QFontMetricsF(_fonts()["ribbon"])
    label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, band.width() - 2 * PAD - ACCENT_W)
    painter.drawText(
        band.adjusted(ACCENT_W + PAD, 0, -PAD, 0),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        label,
    )


def _paint_image(painter: QPainter, card: Card, frame: QRectF, draw_width: float, accent: QColor) -> None:
    image = card_image(card) if card.image else QImage()
    if image.isNull():
        # An empty or unreadable frame: a dashed box with a picture glyph, clearly a placeholder.
        painter.setPen(QPen(accent, 1.2, Qt.PenStyle.DashLine))
        veil = QColor(palette().paper)
        veil.setAlpha(140)  # the paper showing through: pale on the print map, dark on the dark one
        painter.setBrush(veil)
        painter.drawRoundedRect(frame, 5, 5)
        painter.setPen(accent)
        painter.setFont(_fonts()["chip"])
        label = tr("card", "Picture cannot be shown") if card.image else tr("card", "No picture yet")
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, "▣  " + label)
        return
    target = QRectF(frame.x() + (frame.width() - draw_width) / 2, frame.y(), draw_width, frame.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, rounded_picture(image, target, 5))  # corners cut, no clip (SVG)
    painter.restore()
    painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(target, 5, 5)


def _paint_quote_mark(painter: QPainter, origin: QPointF, accent: QColor) -> None:
    mark_font = _fonts()["quote_mark"]
    painter.setFont(mark_font)
    color = QColor(accent)
    color.setAlpha(110)
    painter.setPen(color)
    painter.drawText(QPointF(origin.x(), origin.y() + QFontMetricsF(mark_font).ascent()), "“")


def _paint_cta_arrow(painter: QPainter, rect: QRectF, color: QColor) -> None:
    cx, cy = rect.right() - PAD - 8, rect.center().y()
    painter.setPen(
        QPen(color, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(cx, cy), 9, 9)
    arrow = QPainterPath()
    arrow.moveTo(cx - 4, cy)
    arrow.lineTo(cx + 4, cy)
    arrow.moveTo(cx + 0.5, cy - 3.5)
    arrow.lineTo(cx + 4, cy)
    arrow.lineTo(cx + 0.5, cy + 3.5)
    painter.drawPath(arrow)


def _paint_chips(
    painter: QPainter, chips: list[Chip], origin: QPointF, width: float, accent: QColor, default_ink: QColor
) -> None:
    chip_font = _fonts()["chip"]
    metrics = QFontMetricsF(chip_font)
    faint = QColor(accent)
    faint.setAlpha(28)
    x, y = origin.x(), origin.y()
    for chip in chips:
        w = _chip_width(chip, metrics, width)
        if x > origin.x() and x + w > origin.x() + width:
            x, y = origin.x(), y + CHIP_ROW_H
        if chip.persona:
            _paint_persona_dot(painter, QRectF(x, y, PERSONA_DOT, PERSONA_DOT), chip)
            x += w + 4
            continue
        chip_rect = QRectF(x, y, w, CHIP_H)
        painter.setPen(Qt.PenStyle.NoPen)
        if chip.metric:
            fill, ink = palette().metric_chip_fill, palette().metric_chip_ink
        else:
            fill = QColor(chip.fill) if chip.fill else faint
            ink = QColor(chip.ink) if chip.ink else default_ink
        painter.setBrush(fill)
        painter.drawRoundedRect(chip_rect, CHIP_H / 2, CHIP_H / 2)
        text_rect = chip_rect.adjusted(6, 0, -6, 0)
        if chip.icon:
            draw_channel_icon(
                painter,
                chip.icon,
                QRectF(text_rect.x(), y + (CHIP_H - CHIP_ICON) / 2, CHIP_ICON, CHIP_ICON),
                accent,
            )
            text_rect.setLeft(text_rect.left() + CHIP_ICON + 3)
        painter.setFont(chip_font)
        painter.setPen(ink)
        shown = metrics.elidedText(chip.text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        x += w + 4


def _paint_persona_dot(painter: QPainter, rect: QRectF, chip: Chip) -> None:
    painter.setPen(QPen(QColor("white"), 1.2))
    painter.setBrush(QColor(chip.fill))
    painter.drawEllipse(rect)
    painter.setFont(_fonts()["persona"])
    painter.setPen(QColor(chip.ink))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip.text)


def _paint_votes(painter: QPainter, rect: QRectF, votes: int) -> None:
    badge = QRectF(rect.right() - 26, rect.y() + 6, 20, 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2563eb"))
    painter.drawEllipse(badge)
    painter.setFont(_fonts()["badge"])
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(votes))
