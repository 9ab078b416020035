"""A persona's profile card (photo, demographics, goals, frustrations, quote), and its avatar.

Pure painting on any QPainter: the persona strip, the persona editor's preview and exports all
draw personas through here, so a persona looks the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from cjm_desktop.canvas.channel_names import channel_label
from cjm_desktop.canvas.image_codec import decode_embedded
from cjm_desktop.canvas.shapes import fill_within, round_picture
from cjm_desktop.canvas.style import LIGHT_MAP, font
from cjm_desktop.canvas.text_block import TextCache
from cjm_desktop.i18n import tr
from cjm_desktop.model import Persona

# A profile sheet is printed (exports) or shown on white in the persona editor: always the print look.
INK, MUTED_INK = LIGHT_MAP.ink, LIGHT_MAP.muted_ink

PROFILE_WIDTH = 720.0
PAD = 24.0
HEADER_H = 132.0
AVATAR = 96.0
COLUMN_GAP = 24.0
SECTION_GAP = 18.0
MAX_SECTION_LINES = 14  # a very long text ends in an ellipsis rather than a card taller than a page

_text = TextCache(limit=2000)


def initials(name: str) -> str:
    """Up to two initials of a name, in any script ("" for a blank name)."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return name.strip()[:1].upper()
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def paint_avatar(painter: QPainter, rect: QRectF, persona: Persona, ring: float = 3.0) -> None:
    """The persona's photo in a circle ringed in its colour; initials on its colour without a photo."""
    color = QColor(persona.color)
    circle = QPainterPath()
    circle.addEllipse(rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    image = decode_embedded(persona.photo)
    if not image.isNull():
        # Cover the circle: crop the longer side of the photo around its centre, then cut the
        # circle out of the picture itself (a clip would be lost in SVG).
        side = min(image.width(), image.height())
        source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
        painter.drawImage(rect, round_picture(image, source))
    else:
        painter.fillPath(circle, color)
        text = initials(persona.name) or "?"
        f = font(max(8, round(rect.height() * 0.38)), bold=True)
        painter.setFont(f)
        painter.setPen(QColor("white") if color.lightnessF() < 0.72 else INK)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    if ring > 0:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, ring))
        painter.drawEllipse(rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2))
    painter.restore()


def subtitle(persona: Persona) -> str:
    """Role · age · location, whichever are filled in."""
    age = tr("persona", "%s years") % persona.age if persona.age.strip().isdigit() else persona.age.strip()
    return " · ".join(part for part in (persona.role.strip(), age, persona.location.strip()) if part)


def _sections(persona: Persona) -> list[tuple[str, str]]:
    # The profile is drawn from the persona alone: built-in names, or words made from the id.
    channels = ", ".join(channel_label((), c) for c in persona.channels)
    sections = [
        (tr("persona", "Background"), persona.background),
        (tr("persona", "Goals"), persona.goals),
        (tr("persona", "Motivations"), persona.motivations),
        (tr("persona", "Frustrations"), persona.frustrations),
        (tr("persona", "Behaviours"), persona.behaviours),
        (tr("persona", "Preferred channels"), channels),
    ]
    return [(title, text.strip()) for title, text in sections if text.strip()]


def _fonts() -> dict[str, QFont]:
    return {
        "name": font(24, bold=True),
        "sub": font(14),
        "badge": font(11, bold=True),
        "quote": font(16, italic=True),
        "title": font(12, bold=True),
        "body": font(13),
    }


def _column_width() -> float:
    return (PROFILE_WIDTH - 2 * PAD - COLUMN_GAP) / 2


def _rows(persona: Persona) -> list[tuple[list[tuple[str, str]], float]]:
    """Sections two by two, with each row's height."""
    fonts = _fonts()
    title_h = QFontMetricsF(fonts["title"]).height() + 6
    width = _column_width()
    sections = _sections(persona)
    rows = []
    for i in range(0, len(sections), 2):
        pair = sections[i : i + 2]
        height = max(
            title_h + _text.block(text, fonts["body"], width, MAX_SECTION_LINES).height for _, text in pair
        )
        rows.append((pair, height))
    return rows


def _quote_height(persona: Persona) -> float:
    if not persona.quote.strip():
        return 0.0
    block = _text.block(persona.quote.strip(), _fonts()["quote"], PROFILE_WIDTH - 2 * PAD - 44, 6)
    return block.height + 28


def profile_size(persona: Persona) -> QSizeF:
    """The size a persona's profile card needs (fixed width, height from its content)."""
    height = HEADER_H + PAD + _quote_height(persona)
    for _, row_h in _rows(persona):
        height += row_h + SECTION_GAP
    return QSizeF(PROFILE_WIDTH, height + PAD - SECTION_GAP / 2)


def paint_persona_profile(painter: QPainter, rect: QRectF, persona: Persona) -> None:
    """Draw a persona's profile card into ``rect`` (scaled to fit when it is smaller than profile_size)."""
    size = profile_size(persona)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scale = min(rect.width() / size.width(), rect.height() / size.height(), 1.0) if rect.isValid() else 1.0
    painter.translate(rect.topLeft())
    painter.scale(scale, scale)
    _paint(painter, size, persona)
    painter.restore()


def _paint(painter: QPainter, size: QSizeF, persona: Persona) -> None:
    fonts = _fonts()
    color = QColor(persona.color)
    card = QPainterPath()
    card.addRoundedRect(QRectF(0, 0, size.width(), size.height()), 14, 14)
    painter.fillPath(card, QColor("white"))
    fill_within(painter, card, QRectF(0, 0, size.width(), HEADER_H), color)  # no clip: exact in SVG
    painter.setPen(QPen(QColor("#d5dbe3"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(card)

    # Header: photo, name, role line, segment badge, on the persona's colour.
    on_color = QColor("white") if color.lightnessF() < 0.72 else INK
    avatar = QRectF(PAD, (HEADER_H - AVATAR) / 2, AVATAR, AVATAR)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(avatar.adjusted(-3, -3, 3, 3))
    paint_avatar(painter, avatar, persona, ring=0)
    text_x = avatar.right() + 20
    text_w = size.width() - text_x - PAD - 60
    name = _text.block(persona.name or tr("persona", "Unnamed persona"), fonts["name"], text_w, 2)
    sub_text = subtitle(persona)
    sub = _text.block(sub_text, fonts["sub"], text_w, 2) if sub_text else None
    total = name.height + (sub.height + 4 if sub else 0)
    y = max(12.0, (HEADER_H - total) / 2)
    painter.setPen(on_color)
    name.draw(painter, QPointF(text_x, y))
    if sub:
        painter.setOpacity(0.9)
        sub.draw(painter, QPointF(text_x, y + name.height + 4))
        painter.setOpacity(1.0)
    _paint_badge(painter, QPointF(size.width() - PAD, 18), persona.segment or "B2C", on_color, fonts["badge"])

    y = HEADER_H + PAD
    if persona.quote.strip():
        block = _text.block(persona.quote.strip(), fonts["quote"], size.width() - 2 * PAD - 44, 6)
        box = QRectF(PAD, y, size.width() - 2 * PAD, block.height + 16)
        tint = QColor(color)
        tint.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(color)
        painter.setFont(font(40, bold=True))
        painter.drawText(QRectF(box.left() + 8, box.top() - 6, 32, 44), Qt.AlignmentFlag.AlignLeft, "“")
        painter.setPen(INK)
        block.draw(painter, QPointF(box.left() + 38, box.top() + 8))
        y += _quote_height(persona)

    width = _column_width()
    title_metrics = QFontMetricsF(fonts["title"])
    for pair, row_h in _rows(persona):
        for column, (title, text) in enumerate(pair):
            x = PAD + column * (width + COLUMN_GAP)
            painter.setPen(color)
            painter.setFont(fonts["title"])
            painter.drawText(QPointF(x, y + title_metrics.ascent()), title.upper())
            painter.setPen(INK)
            _text.block(text, fonts["body"], width, MAX_SECTION_LINES).draw(
                painter, QPointF(x, y + title_metrics.height() + 6)
            )
        y += row_h + SECTION_GAP
    if not _sections(persona) and not persona.quote.strip():
        painter.setPen(MUTED_INK)
        painter.setFont(fonts["body"])
        painter.drawText(
            QRectF(PAD, HEADER_H + 8, size.width() - 2 * PAD, 40),
            Qt.AlignmentFlag.AlignLeft,
            tr("persona", "No profile details yet."),
        )


def _paint_badge(painter: QPainter, top_right: QPointF, text: str, color: QColor, badge_font: QFont) -> None:
    metrics = QFontMetricsF(badge_font)
    w, h = metrics.horizontalAdvance(text) + 16, metrics.height() + 6
    box = QRectF(top_right.x() - w, top_right.y(), w, h)
    painter.setPen(QPen(color, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, h / 2, h / 2)
    painter.setFont(badge_font)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
