"""Stage and lane names that stay readable when the view is zoomed far out (zoom to fit).

At fit zoom on a small screen or a projector (about 33 % for the sample map at 1366x768) the headers'
own names are a few pixels tall, and below 35 % the items skip them. The view then paints each name
over its header at a readable size on screen (``STAGE_PX`` / ``LANE_PX``, never under ``FLOOR_PX``),
wrapped into the header without breaking a word where a smaller size or a regular weight does
(else an over-long word is hyphenated, as header_text does). A stage name that needs more lines
than its header is tall grows its label down into its own column (its first cell's top, not a
neighbour's label); a lane label stays in its header unless the row is too short for it. The labels take over from the items' own text exactly where the items' text
would be smaller than the labels' (``STAGE_PX / STAGE_NAME_PX`` and ``LANE_PX / LANE_TITLE_PX``),
so zooming in and out changes their size smoothly. Only views paint them: exports draw the scene.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from cjm_desktop.canvas import header_text
from cjm_desktop.canvas.items import LaneHeaderItem, MapItem, StageHeaderItem
from cjm_desktop.canvas.style import font, palette

STAGE_PX = 12  # a stage name on screen, bold (the canvas draws 17 px at 100 %)
LANE_PX = 11  # a lane title on screen (14 px at 100 %)
FLOOR_PX = 10  # names are drawn smaller only to fit a header, never under this
PAD = 4.0  # on-screen padding left and right inside a label
PAD_Y = 3.0  # and above and below its lines
LANE_GROWTH = (1.5, 2.0, 2.5, 3.0)  # how far a too short lane's label may widen into its row
ACCENT = 3.0  # the lane kind's colour bar down a lane label's left edge
MAX_LINES = 3  # a stage label grows at most to this many lines; the last one is elided
# A header narrower than this on screen gets no label: a few letters a line would read as noise
# (a 40-stage map fitted to the screen has 15 px columns); the map's shape is what shows then.
MIN_HEADER_PX = 36.0

# The zoom below which each kind of header's own name is smaller on screen than its label.
STAGE_ZOOM = STAGE_PX / header_text.STAGE_NAME_PX
LANE_ZOOM = LANE_PX / header_text.LANE_TITLE_PX


@dataclass(frozen=True)
class Label:
    """One name laid out on screen: its box (viewport pixels), lines and font size."""

    rect: QRectF
    lines: tuple[str, ...]
    pixel_size: int
    bold: bool


def _lines(text: str, pixel_size: int, width: float, bold: bool) -> tuple[tuple[str, ...], float]:
    """TEXT wrapped into WIDTH at PIXEL_SIZE (over-long words hyphenated), and its line height."""
    laid = header_text.lay_out_header(text, pixel_size, width, bold, shrink=1.0)
    return laid.lines, laid.line_height


def _whole_words(text: str, lines: tuple[str, ...]) -> bool:
    """No word of TEXT was hyphenated across lines."""
    return " ".join(lines).split() == text.split()


def _rest(text: str, kept: tuple[str, ...]) -> str:
    """What of TEXT the KEPT lines do not show: its own words, without the hyphens breaking added."""
    at = 0
    for char in "".join(kept):
        while at < len(text) and text[at].isspace():
            at += 1
        if not char.isspace() and at < len(text) and text[at] == char:
            at += 1  # a character of the text; anything else is a hyphen the breaking added
    return text[at:].strip()


def _elide(
    lines: tuple[str, ...], keep: int, pixel_size: int, width: float, bold: bool, text: str
) -> tuple[str, ...]:
    """The first KEEP lines of TEXT, the last of them ending in an ellipsis when lines were dropped."""
    if len(lines) <= keep:
        return lines
    metrics = QFontMetricsF(font(pixel_size, bold=bold))
    # Elided from the text itself: the dropped lines joined would read "jatkumi- sen…".
    last = metrics.elidedText(_rest(text, lines[: keep - 1]), Qt.TextElideMode.ElideRight, width)
    return (*lines[: keep - 1], last)


# A stage name tries bold first, then regular (narrower) before any word is broken.
_STAGE_FONTS = [(px, True) for px in range(STAGE_PX, FLOOR_PX - 1, -1)] + [
    (px, False) for px in range(STAGE_PX - 1, FLOOR_PX - 1, -1)
]


def _stage_fit(name: str, width: float, height: float, size: int, bold: bool) -> tuple[str, ...] | None:
    """NAME's lines in a header WIDTH x HEIGHT at SIZE/BOLD when every word stays whole and the
    lines fit, else None."""
    lines, line_height = _lines(name, size, max(width - 2 * PAD, 1.0), bold)
    if _whole_words(name, lines) and len(lines) * line_height + 2 * PAD_Y <= height:
        return lines
    return None


def _fits_whole(name: str, width: float, height: float) -> bool:
    """NAME fits its header with every word whole in some stage font."""
    return any(_stage_fit(name, width, height, size, bold) is not None for size, bold in _STAGE_FONTS)


@lru_cache(maxsize=1024)
def _stage_font(headers: tuple[tuple[str, float, float], ...]) -> tuple[int, bool] | None:
    """stage_font() for (name, width, height) triples, remembered: a repaint asks again.

    A name with a word too long for its header in any font ("Αναγνωρισιμότητα" at fit zoom) is
    hyphenated in the common font rather than keeping the others from having one.
    """
    wholes = [header for header in headers if _fits_whole(*header)]
    if not wholes:
        return None
    for size, bold in _STAGE_FONTS:
        if all(_stage_fit(name, w, h, size, bold) is not None for name, w, h in wholes):
            return size, bold
    return None


def stage_font(names_and_headers: list[tuple[str, QRectF]]) -> tuple[int, bool] | None:
    """The one font (size, bold) in which every stage name fits its header whole, or None.

    One font across the row reads as one row; names that fit no common font get their own, and
    names with a word that fits no font are hyphenated in the common one.
    """
    return _stage_font(tuple((name, r.width(), r.height()) for name, r in names_and_headers))


@lru_cache(maxsize=4096)
def _stage_box(
    name: str, width: float, height: float, common: tuple[int, bool] | None
) -> tuple[tuple[str, ...], int, bool, float]:
    """stage_label()'s lines, size, weight and label height for a header WIDTH x HEIGHT."""
    if common is not None and (lines := _stage_fit(name, width, height, *common)) is not None:
        return lines, *common, height
    inner = max(width - 2 * PAD, 1.0)
    if common is not None and not _fits_whole(name, width, height):
        size, bold = common  # the row's font, the over-long word hyphenated
        lines, line_height = _lines(name, size, inner, bold)
        lines = _elide(lines, MAX_LINES, size, inner, bold, name)
        return lines, size, bold, max(height, len(lines) * line_height + 2 * PAD_Y)
    laid = [(size, bold, *_lines(name, size, inner, bold)) for size, bold in _STAGE_FONTS]
    whole = [entry for entry in laid if _whole_words(name, entry[2])]
    for size, bold, lines, line_height in whole:
        if len(lines) * line_height + 2 * PAD_Y <= height:
            return lines, size, bold, height
    size, bold, lines, line_height = whole[0] if whole else laid[-1]
    lines = _elide(lines, MAX_LINES, size, inner, bold, name)
    return lines, size, bold, max(height, len(lines) * line_height + 2 * PAD_Y)


def stage_label(name: str, header: QRectF, common: tuple[int, bool] | None = None) -> Label:
    """A stage name over its header (viewport pixels): in COMMON when given, else the largest font
    whose words fit whole, in the header if it can be, else in a label grown down into its column."""
    lines, size, bold, height = _stage_box(name, header.width(), header.height(), common)
    return Label(QRectF(header.x(), header.y(), header.width(), height), lines, size, bold)


@lru_cache(maxsize=4096)
def _lane_box(title: str, width: float, height: float) -> tuple[tuple[str, ...], int, float]:
    """lane_label()'s lines, size and label width for a header WIDTH x HEIGHT."""
    inner = ACCENT + 2 * PAD
    room = max(width - inner, 1.0)
    for size in range(LANE_PX, FLOOR_PX - 1, -1):
        lines, line_height = _lines(title, size, room, False)
        if _whole_words(title, lines) and len(lines) * line_height + 2 * PAD_Y <= height:
            return lines, size, width
    if len(lines) * line_height + 2 * PAD_Y <= height:
        return lines, FLOOR_PX, width
    for growth in LANE_GROWTH:
        wide = width * growth
        lines, line_height = _lines(title, FLOOR_PX, wide - inner, False)
        if len(lines) * line_height + 2 * PAD_Y <= height:
            break
    fit = max(1, int((height - 2 * PAD_Y) // line_height))
    return _elide(lines, fit, FLOOR_PX, wide - inner, False, title), FLOOR_PX, wide


def lane_label(title: str, header: QRectF) -> Label:
    """A lane title over its header (viewport pixels): the largest size whose words fit whole in
    the header, else the floor size with over-long words hyphenated. Only a header too short for
    that widens its label into the row's first cell (a short row: one or two lines tall)."""
    lines, size, width = _lane_box(title, header.width(), header.height())
    return Label(QRectF(header.x(), header.y(), width, header.height()), lines, size, False)


def labels(
    items: Iterable[MapItem], to_view: Callable[[QRectF], QRectF], zoom: float
) -> list[tuple[MapItem, Label]]:
    """The labels the headers among ITEMS need at ZOOM; TO_VIEW maps a scene rect to the viewport."""
    stages: list[tuple[MapItem, str, QRectF]] = []
    lanes: list[tuple[MapItem, str, QRectF]] = []
    for item in items:
        if not item.isVisible():
            continue
        is_stage = isinstance(item, StageHeaderItem)
        if not is_stage and not isinstance(item, LaneHeaderItem):
            continue
        if zoom >= (STAGE_ZOOM if is_stage else LANE_ZOOM):
            continue
        journey = item.journey_scene().doc.journey
        rect = to_view(item.mapRectToScene(item._rect))
        if rect.width() < MIN_HEADER_PX:
            continue
        if is_stage:
            stages.append((item, journey.stage(item.item_id).name, rect))
        else:
            lanes.append((item, journey.lane(item.item_id).title, rect))
    common = stage_font([(name, rect) for _item, name, rect in stages])
    found = [(item, stage_label(name, rect, common)) for item, name, rect in stages]
    return found + [(item, lane_label(title, rect)) for item, title, rect in lanes]


MARGIN = 2  # room around a label for the selection outline


class PixmapCache:
    """Drawn labels by what they show, up to ``limit`` (then all are dropped: a new zoom level)."""

    def __init__(self, limit: int) -> None:
        self._drawn: dict[tuple[object, ...], QPixmap] = {}
        self._limit = limit

    def get(self, key: tuple[object, ...]) -> QPixmap | None:
        """The pixmap drawn for KEY, if any."""
        return self._drawn.get(key)

    def new(self, key: tuple[object, ...], width: float, height: float, dpr: float) -> QPixmap:
        """A transparent pixmap of WIDTH x HEIGHT (logical pixels) kept for KEY, for the caller to draw."""
        if len(self._drawn) >= self._limit:
            self._drawn.clear()
        pixmap = QPixmap(round(width * dpr), round(height * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        self._drawn[key] = pixmap
        return pixmap


# Drawn labels by what they show: a repaint at the same zoom blits them instead of laying out and
# drawing text again (about 2 ms of a fitted view's 0.6 ms repaint when drawn every frame).
_DRAWN = PixmapCache(512)


def _draw(
    label: Label, fill: QColor, ink: QColor, accent: QColor | None, selected: bool, dpr: float
) -> QPixmap:
    """LABEL drawn on a transparent pixmap (MARGIN px of room around it), cached by what it shows."""
    size = label.rect.size()
    key = (
        size.width(),
        size.height(),
        label.lines,
        label.pixel_size,
        label.bold,
        fill.rgba(),
        ink.rgba(),
        accent.rgba() if accent is not None else None,
        palette().selection.rgba() if selected else None,
        dpr,
    )
    drawn = _DRAWN.get(key)
    if drawn is not None:
        return drawn
    pixmap = _DRAWN.new(key, size.width() + 2 * MARGIN, size.height() + 2 * MARGIN, dpr)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    rect = QRectF(MARGIN, MARGIN, size.width(), size.height())
    path = QPainterPath()
    path.addRoundedRect(rect, 4, 4)
    painter.fillPath(path, fill)
    left = rect.x() + PAD
    if accent is not None:  # a lane: its kind's colour down the left edge
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(rect.x(), rect.y(), ACCENT, rect.height()), accent)
        painter.restore()
        left += ACCENT
    label_font = font(label.pixel_size, bold=label.bold)
    metrics = QFontMetricsF(label_font)
    painter.setFont(label_font)
    painter.setPen(ink)
    for i, line in enumerate(label.lines):
        painter.drawText(QPointF(left, rect.y() + PAD_Y + metrics.ascent() + i * metrics.lineSpacing()), line)
    if selected:
        painter.setPen(QPen(palette().selection, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
    painter.end()
    return pixmap


def paint(painter: QPainter, stages: Iterable[MapItem], lanes: Iterable[MapItem], exposed: QRectF) -> None:
    """Paint the far-zoom labels of STAGES and LANES that meet EXPOSED (scene units) on the view."""
    transform = painter.worldTransform()
    zoom = transform.m11()
    if zoom >= max(STAGE_ZOOM, LANE_ZOOM):
        return
    visible = transform.mapRect(exposed)
    found = labels([*stages, *lanes], transform.mapRect, zoom)
    if not found:
        return
    colours = palette()
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    painter.save()
    painter.resetTransform()  # draw in screen pixels: the labels' size does not follow the zoom
    for item, label in found:
        rect = label.rect
        if not rect.intersects(visible):
            continue
        journey = item.journey_scene().doc.journey
        if isinstance(item, StageHeaderItem):
            fill, ink, accent = QColor(journey.stage(item.item_id).color), QColor("white"), None
        else:
            fill, ink = colours.lane_header_bg, colours.ink
            accent = QColor(colours.kind(journey.lane(item.item_id).kind).accent)
        pixmap = _draw(label, fill, ink, accent, item.isSelected(), dpr)
        # Whole pixels: a pixmap placed between pixels would be resampled and its text blurred.
        painter.drawPixmap(QPointF(round(rect.x()) - MARGIN, round(rect.y()) - MARGIN), pixmap)
    painter.restore()
