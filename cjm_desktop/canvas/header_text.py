"""Header names laid out so they never lose a word: wrapped, shrunk or hyphenated, never cut.

Stage and lane headers measure their names here during layout (the header row grows to the
tallest stage name, a lane grows to its title) and paint the very same lines, so the canvas,
presentation mode and every export show every word. Only a single word longer than the whole
header is first drawn smaller and, when even the smallest size is too wide, hyphenated where its
language allows (hyphenation.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from cjm_desktop import i18n
from cjm_desktop.canvas import hyphenation
from cjm_desktop.canvas.style import font

SHRINK_LIMIT = 0.7  # an over-long word may be drawn down to 70 % of the header's size, then it breaks
HYPHEN = "-"
MIN_TAIL = hyphenation.MIN_TAIL

# Stage header: the "01" number above the name; lane header: the kind symbol left of the title.
STAGE_NAME_PX = 17
STAGE_NAME_TOP = 24.0
STAGE_NAME_SIDE = 14.0
STAGE_NAME_BOTTOM = 8.0
LANE_TITLE_PX = 14
LANE_TITLE_LEFT = 46.0
LANE_TITLE_RIGHT = 10.0
LANE_TITLE_TOP = 12.0
LANE_TITLE_BOTTOM = 10.0


@dataclass(frozen=True)
class HeaderText:
    """A header name laid out: the font it is drawn in, its lines, and their height."""

    font: QFont
    lines: tuple[str, ...]
    line_height: float
    ascent: float

    @property
    def height(self) -> float:
        """Height of all lines together."""
        return self.line_height * len(self.lines)

    def draw(self, painter: QPainter, left: float, top: float) -> None:
        """Paint the lines with their top-left at (left, top) in the painter's pen."""
        painter.setFont(self.font)
        for i, line in enumerate(self.lines):
            painter.drawText(QPointF(left, top + self.ascent + i * self.line_height), line)


def _fits(metrics: QFontMetricsF, text: str, width: float) -> bool:
    return metrics.horizontalAdvance(text) <= width + 0.01


def _hyphenate(word: str, metrics: QFontMetricsF, width: float, language: str) -> list[str]:
    """A word wider than the header cut into pieces that each end in a hyphen (the last one not), each
    at the last break its language allows that fits; only where none fits, at the width itself."""
    breaks = hyphenation.break_points(word, hyphenation.word_language(word, language))
    pieces: list[str] = []
    start = 0
    hard_cut = False
    while start < len(word) and not _fits(metrics, word[start:], width):
        cut = start + 1
        while cut < len(word) - 1 and _fits(metrics, word[start : cut + 1] + HYPHEN, width):
            cut += 1
        fitting = [b for b in breaks if start < b <= cut]
        at = fitting[-1] if fitting else cut
        hard_cut = not fitting
        pieces.append(word[start:at] + HYPHEN)
        start = at
    if start < len(word):
        pieces.append(word[start:])
    # No one- or two-letter tail on its own line after a cut at the width ("Kosketuspiste-/et"):
    # typesetters carry at least MIN_TAIL letters over, taking them from the piece before while both fit.
    if hard_cut and len(pieces) >= 2 and len(pieces[-1]) < MIN_TAIL:
        head, tail = pieces[-2].removesuffix(HYPHEN), pieces[-1]
        move = MIN_TAIL - len(tail)
        if len(head) - move >= MIN_TAIL and _fits(metrics, head[-move:] + tail, width):
            pieces[-2:] = [head[:-move] + HYPHEN, head[-move:] + tail]
    return pieces


def _wrap(words: list[str], metrics: QFontMetricsF, width: float, language: str) -> list[str]:
    """Greedy word wrap; a word wider than the header is hyphenated across lines."""
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if _fits(metrics, candidate, width):
            line = candidate
            continue
        if line:
            lines.append(line)
        if _fits(metrics, word, width):
            line = word
        else:
            *whole, line = _hyphenate(word, metrics, width, language)
            lines.extend(whole)
    if line or not lines:
        lines.append(line)
    return lines


def lay_out_header(
    text: str,
    pixel_size: int,
    width: float,
    bold: bool = True,
    shrink: float = SHRINK_LIMIT,
    language: str | None = None,
) -> HeaderText:
    """Wrap a header name into ``width``; shrink the font for an over-long word (down to ``shrink``
    of its size) before breaking it by the rules of ``language`` (default: the editor's, see hyphenation)."""
    return _lay_out(text, pixel_size, width, bold, shrink, language or i18n.language())


@lru_cache(maxsize=4096)
def _lay_out(
    text: str, pixel_size: int, width: float, bold: bool, shrink: float, language: str
) -> HeaderText:
    words = text.split()
    size = pixel_size
    smallest = max(1, round(pixel_size * shrink))
    header_font = font(size, bold=bold)
    metrics = QFontMetricsF(header_font)
    longest = max((metrics.horizontalAdvance(w) for w in words), default=0.0)
    while longest > width and size > smallest:
        size -= 1
        header_font = font(size, bold=bold)
        metrics = QFontMetricsF(header_font)
        longest = max(metrics.horizontalAdvance(w) for w in words)
    lines = tuple(_wrap(words, metrics, max(width, 1.0), language))
    return HeaderText(header_font, lines, metrics.lineSpacing(), metrics.ascent())


def stage_name_text(name: str, header_width: float) -> HeaderText:
    """A stage header's name as it is drawn in a header ``header_width`` wide."""
    return lay_out_header(name, STAGE_NAME_PX, header_width - 2 * STAGE_NAME_SIDE)


def stage_header_height(name: str, header_width: float) -> float:
    """Height a stage header needs to show its whole name."""
    return STAGE_NAME_TOP + stage_name_text(name, header_width).height + STAGE_NAME_BOTTOM


def lane_title_text(title: str, header_width: float) -> HeaderText:
    """A lane header's title as it is drawn in a header ``header_width`` wide."""
    return lay_out_header(title, LANE_TITLE_PX, header_width - LANE_TITLE_LEFT - LANE_TITLE_RIGHT)


def lane_header_height(title: str, header_width: float) -> float:
    """Height a lane header needs to show its whole title."""
    return LANE_TITLE_TOP + lane_title_text(title, header_width).height + LANE_TITLE_BOTTOM
