"""Header names laid out so they never lose a word: wrapped, shrunk or hyphenated, never cut.

Stage and lane headers measure their names here during layout (the header row grows to the
tallest stage name, a lane grows to its title) and paint the very same lines, so the canvas,
presentation mode and every export show every word. Only a single word longer than the whole
header is first drawn smaller and, when even the smallest size is too wide, hyphenated.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from cjm_desktop.canvas.style import font

SHRINK_LIMIT = 0.7  # an over-long word may be drawn down to 70 % of the header's size, then it breaks
HYPHEN = "-"
MIN_TAIL = 3  # letters a hyphenated word carries to its last line, at least
SYLLABLE_LOOKBACK = 4  # letters a break may move back to fall between syllables
_VOWELS = set("aeiouyæøαεηιουω")  # base letters once accents are split off (ä -> a, ώ -> ω)

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


def _is_vowel(char: str) -> bool:
    """A vowel of the users' languages (Latin with accents, Finnish ä ö, Greek with tonos)."""
    base = unicodedata.normalize("NFD", char.lower())[:1]
    return base in _VOWELS


def _syllable_cut(word: str, cut: int) -> int:
    """Where to break WORD at or before CUT: before a consonant that starts a syllable (consonant then
    vowel, as in "pis-teet", "Ér-zel-mek", "Συ-ναι-σθή-μα-τα"), looking back a few letters; else CUT."""
    for at in range(cut, max(MIN_TAIL, cut - SYLLABLE_LOOKBACK) - 1, -1):
        if at + 1 < len(word) and word[at].isalpha() and not _is_vowel(word[at]) and _is_vowel(word[at + 1]):
            return at
    return cut


def _hyphenate(word: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A word wider than the header cut into pieces that each end in a hyphen (the last one not)."""
    pieces: list[str] = []
    rest = word
    while rest and not _fits(metrics, rest, width):
        cut = 1
        while cut < len(rest) - 1 and _fits(metrics, rest[: cut + 1] + HYPHEN, width):
            cut += 1
        cut = _syllable_cut(rest, cut)
        pieces.append(rest[:cut] + HYPHEN)
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    # No one- or two-letter tail on its own line ("Kosketuspiste-/et"): typesetters carry at least
    # MIN_TAIL letters over, taking them from the piece before while both still fit.
    if len(pieces) >= 2 and len(pieces[-1]) < MIN_TAIL:
        head, tail = pieces[-2].removesuffix(HYPHEN), pieces[-1]
        move = MIN_TAIL - len(tail)
        if len(head) - move >= MIN_TAIL and _fits(metrics, head[-move:] + tail, width):
            pieces[-2:] = [head[:-move] + HYPHEN, head[-move:] + tail]
    return pieces


def _wrap(words: list[str], metrics: QFontMetricsF, width: float) -> list[str]:
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
            *whole, line = _hyphenate(word, metrics, width)
            lines.extend(whole)
    if line or not lines:
        lines.append(line)
    return lines


@lru_cache(maxsize=4096)
def lay_out_header(
    text: str, pixel_size: int, width: float, bold: bool = True, shrink: float = SHRINK_LIMIT
) -> HeaderText:
    """Wrap a header name into ``width``; shrink the font for an over-long word (down to ``shrink``
    of its size) before breaking it."""
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
    lines = tuple(_wrap(words, metrics, max(width, 1.0)))
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
