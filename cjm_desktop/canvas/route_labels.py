"""Where a route's label goes: near the middle of its arrow, never over a card.

Pure geometry over rectangles (no scene), so tests can check any map. A label starts at points
along the arrow, middle first; where the pill would cover a card, it slides up or down to the
nearest free gap between cards (a lane's padding, the space under a short cell), and the
candidate that moves least wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QPainterPath

ALONG = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82)  # points of the arrow tried, in order
CLEARANCE = 1.0  # free space kept between a label and a card
MAX_SHIFT = 160.0  # how far a label may slide away from its arrow


def _free_y(x: float, w: float, h: float, y: float, obstacles: Sequence[QRectF]) -> float | None:
    """The top nearest to ``y`` where a ``w`` x ``h`` box at ``x`` touches no obstacle."""
    blocking = sorted(
        (r.top() - CLEARANCE, r.bottom() + CLEARANCE)
        for r in obstacles
        if r.right() + CLEARANCE > x and r.left() - CLEARANCE < x + w
    )
    # Free intervals between the blocking bands (merged), over the whole reachable span.
    low, high = y - MAX_SHIFT, y + MAX_SHIFT + h
    gaps: list[tuple[float, float]] = []
    cursor = low
    for top, bottom in blocking:
        if bottom <= cursor:
            continue
        if top > cursor:
            gaps.append((cursor, min(top, high)))
        cursor = max(cursor, bottom)
        if cursor >= high:
            break
    if cursor < high:
        gaps.append((cursor, high))
    best: float | None = None
    for start, end in gaps:
        if end - start < h:
            continue
        top = min(max(y, start), end - h)  # as near to y as this gap allows
        if best is None or abs(top - y) < abs(best - y):
            best = top
    return best


def place_label(path: QPainterPath, size: QSizeF, obstacles: Sequence[QRectF]) -> QRectF:
    """A rectangle of ``size`` near the middle of ``path`` that covers none of ``obstacles``."""
    w, h = size.width(), size.height()
    best: QRectF | None = None
    best_shift = 0.0
    middle = path.pointAtPercent(0.5)
    for t in ALONG:
        p = path.pointAtPercent(t)
        x, y = p.x() - w / 2, p.y() - h / 2
        top = _free_y(x, w, h, y, obstacles)
        if top is None:
            continue
        # Prefer staying on the arrow; moving along it costs less than sliding off it.
        shift = abs(top - y) + 0.25 * (QPointF(p) - middle).manhattanLength()
        if best is None or shift < best_shift:
            best, best_shift = QRectF(x, top, w, h), shift
        if top == y:
            break  # on the arrow and free: nothing can beat it by more than the along-cost
    return best if best is not None else QRectF(middle.x() - w / 2, middle.y() - h / 2, w, h)
