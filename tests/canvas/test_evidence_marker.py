"""The evidence marker: drawn by the card painter and told apart by shape (greyscale print)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.canvas import card_painter as cp
from cjm_desktop.canvas.evidence_marker import MARKER, marker_rect
from cjm_desktop.canvas.text_block import TextCache
from cjm_desktop.model import Card, LaneKind

WIDTH = 220.0


def painted(level: str, votes: int = 0) -> tuple[QImage, QRectF]:
    card = Card("c", "l", "s", "Delivery fee shows late", evidence_level=level, votes=votes)
    cache = TextCache()
    rect = QRectF(10, 10, WIDTH, cp.card_height(card, LaneKind.PAIN_POINTS, WIDTH, cache))
    image = QImage(int(WIDTH) + 20, int(rect.height()) + 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    cp.paint_card(painter, rect, card, LaneKind.PAIN_POINTS, cache)
    painter.end()
    return image, rect


def dark_share(image: QImage, area: QRectF) -> float:
    """The share of pixels in ``area`` that are dark in greyscale (what a black-and-white print keeps)."""
    dark = total = 0
    for y in range(int(area.top()) + 1, int(area.bottom())):
        for x in range(int(area.left()) + 1, int(area.right())):
            total += 1
            dark += QColor(image.pixel(x, y)).lightness() < 140
    return dark / total


def test_each_level_has_its_own_shape_that_survives_greyscale(qapp) -> None:
    shares = {}
    for level in ("", "assumption", "anecdotal", "data"):
        image, rect = painted(level)
        shares[level] = dark_share(image, marker_rect(rect, 8, 6))
    # Nothing drawn for an unset level; then empty ("?"), half and full circles: clearly apart.
    assert shares[""] < 0.02
    assert 0.05 < shares["assumption"] < 0.45
    assert shares["assumption"] + 0.1 < shares["anecdotal"] < shares["data"] - 0.1


def test_the_marker_keeps_clear_of_the_text_and_the_vote_badge(qapp) -> None:
    plain, rect = painted("")
    marked, _ = painted("data")
    assert marker_rect(rect, 8, 6).width() == MARKER
    card = Card("c", "l", "s", "x" * 200, evidence_level="data")
    cache = TextCache()
    with_level = cp._parts(card, LaneKind.NOTES, WIDTH, cache).text_width
    card.evidence_level = ""
    assert with_level < cp._parts(card, LaneKind.NOTES, WIDTH, cache).text_width  # text wraps before it
    voted, rect = painted("assumption", votes=3)
    badge_free = marker_rect(rect, 8, 6 + cp.VOTE_BADGE_W + 2)
    assert dark_share(voted, badge_free) > 0.05  # drawn left of the badge, not under it
