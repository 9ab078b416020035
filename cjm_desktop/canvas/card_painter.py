"""How a card is measured and painted; one function pair serves the canvas and every export."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from cjm_desktop.canvas.style import CARD_FONT_PX, INK, MUTED_INK, SELECTION, font, kind_style
from cjm_desktop.canvas.text_block import TextCache
from cjm_desktop.model import Card, LaneKind

PAD = 10.0
ACCENT_W = 4.0
RADIUS = 7.0
CHIP_ROW_H = 22.0
MIN_HEIGHT = 40.0
MAX_LINES = 14  # longer texts end in "…" on the canvas; the full text is in the inspector



@cache
def _fonts() -> dict[str, QFont]:
    # Built on first use: a QFont needs the QGuiApplication that exists by then.
    return {
        "text": font(CARD_FONT_PX),
        "quote": font(CARD_FONT_PX, italic=True),
        "chip": font(11),
        "badge": font(11, bold=True),
    }


def text_font(kind: LaneKind) -> QFont:
    """The font of a card's main text."""
    return _fonts()["quote" if kind == LaneKind.QUOTES else "text"]

CHANNEL_LABELS = {
    "web": "Web",
    "mobile_app": "Mobile app",
    "email": "E-mail",
    "phone": "Phone",
    "store": "Store",
    "social": "Social",
    "messaging": "Messaging",
    "courier": "Courier",
    "partner": "Partner",
    "other": "Other",
}


def tr(text: str) -> str:
    """Translate a string drawn on cards."""
    return QCoreApplication.translate("card", text)


def card_text(card: Card, kind: LaneKind) -> str:
    """The text a card shows (quotes get their quotation marks)."""
    if kind == LaneKind.QUOTES and card.text:
        return f"“{card.text}”"
    return card.text


def card_chips(card: Card, kind: LaneKind) -> list[str]:
    """Small labels under the text: channel, severity, impact/effort, quote source, tags."""
    chips: list[str] = []
    if card.channel:
        label = tr(CHANNEL_LABELS.get(card.channel, card.channel))
        if card.online is not None:
            label += " · " + (tr("online") if card.online else tr("offline"))
        chips.append(label)
    if card.severity:
        chips.append(tr("Severity") + " " + "●" * card.severity + "○" * (3 - card.severity))
    if card.impact:
        chips.append(tr("Impact") + f" {card.impact}/3")
    if card.effort:
        chips.append(tr("Effort") + f" {card.effort}/3")
    if kind == LaneKind.QUOTES and (card.author or card.source):
        chips.append("— " + ", ".join(x for x in (card.author, tr(card.source or "").replace("_", " "), card.date) if x))
    chips.extend(f"#{tag}" for tag in card.tags)
    return chips


def _text_width(width: float) -> float:
    return width - 2 * PAD - ACCENT_W


def card_height(card: Card, kind: LaneKind, width: float, cache: TextCache) -> float:
    """The height a card needs at a width."""
    text = card_text(card, kind)
    block = cache.block(text or " ", text_font(kind), _text_width(width), MAX_LINES)
    height = PAD + block.height + PAD
    if card_chips(card, kind):
        height += CHIP_ROW_H * _chip_rows(card, kind, width)
    return max(MIN_HEIGHT, height)


def _chip_rows(card: Card, kind: LaneKind, width: float) -> int:
    rows, x = 1, 0.0
    metrics = QFontMetricsF(_fonts()["chip"])
    available = _text_width(width)
    for chip in card_chips(card, kind):
        w = min(metrics.horizontalAdvance(chip) + 12, available)
        if x and x + w > available:
            rows, x = rows + 1, 0.0
        x += w + 4
    return rows


def paint_card(
    painter: QPainter,
    rect: QRectF,
    card: Card,
    kind: LaneKind,
    cache: TextCache,
    selected: bool = False,
    detail: float = 1.0,
) -> None:
    """Paint a card into ``rect``; ``detail`` < 0.35 draws a simplified card for far zoom-outs."""
    style = kind_style(kind)
    fill = QColor(card.color) if card.color else QColor(style.fill)
    accent = QColor(style.accent)
    path = QPainterPath()
    path.addRoundedRect(rect, RADIUS, RADIUS)
    if detail < 0.35:
        painter.fillPath(path, fill)
        painter.fillRect(QRectF(rect.x(), rect.y(), ACCENT_W, rect.height()), accent)
        return
    # A soft shadow drawn by hand: graphics effects would cost a full offscreen pass per card.
    shadow = QPainterPath()
    shadow.addRoundedRect(rect.translated(0, 1.5), RADIUS, RADIUS)
    painter.fillPath(shadow, QColor(15, 23, 42, 28))
    painter.fillPath(path, fill)
    painter.save()
    painter.setClipPath(path)
    painter.fillRect(QRectF(rect.x(), rect.y(), ACCENT_W, rect.height()), accent)
    painter.restore()
    if card.moment_of_truth or kind == LaneKind.MOMENTS_OF_TRUTH:
        painter.setPen(QPen(QColor("#b8860b"), 2.2))
        painter.drawPath(path)
    else:
        painter.setPen(QPen(QColor(0, 0, 0, 30), 1))
        painter.drawPath(path)

    text = card_text(card, kind)
    main_font = text_font(kind)
    text_width = _text_width(rect.width())
    if card.votes:
        text_width -= 22  # room for the vote badge
    block = cache.block(text or " ", main_font, text_width, MAX_LINES)
    painter.setPen(INK if text else MUTED_INK)
    origin = QPointF(rect.x() + ACCENT_W + PAD, rect.y() + PAD)
    if text:
        block.draw(painter, origin)
    chips = card_chips(card, kind)
    if chips:
        _paint_chips(painter, chips, QPointF(origin.x(), origin.y() + block.height + 4), _text_width(rect.width()), accent)
    if card.moment_of_truth:
        painter.setFont(_fonts()["badge"])
        painter.setPen(QColor("#b8860b"))
        painter.drawText(QRectF(rect.right() - 22, rect.bottom() - 20, 18, 18), Qt.AlignmentFlag.AlignCenter, "★")
    if card.votes:
        _paint_votes(painter, rect, card.votes)
    if selected:
        painter.setPen(QPen(SELECTION, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), RADIUS + 2, RADIUS + 2)


def _paint_chips(painter: QPainter, chips: list[str], origin: QPointF, width: float, accent: QColor) -> None:
    metrics = QFontMetricsF(_fonts()["chip"])
    painter.setFont(_fonts()["chip"])
    x, y = origin.x(), origin.y()
    bg = QColor(accent)
    bg.setAlpha(28)
    for chip in chips:
        w = min(metrics.horizontalAdvance(chip) + 12, width)
        if x > origin.x() and x + w > origin.x() + width:
            x, y = origin.x(), y + CHIP_ROW_H
        chip_rect = QRectF(x, y, w, 17)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(chip_rect, 8.5, 8.5)
        painter.setPen(MUTED_INK)
        shown = metrics.elidedText(chip, Qt.TextElideMode.ElideRight, w - 12)
        painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, shown)
        x += w + 4


def _paint_votes(painter: QPainter, rect: QRectF, votes: int) -> None:
    badge = QRectF(rect.right() - 26, rect.y() + 6, 20, 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2563eb"))
    painter.drawEllipse(badge)
    painter.setFont(_fonts()["badge"])
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(votes))
