"""A card's wrapped-text height without shaping the whole text: words measured once, lines broken in Python.

Opening a 10,000-card map used to lay out every card's text with a QTextLayout only to learn its
height. Here each distinct word is shaped once (by the same QTextLayout settings) and lines are
broken by adding word widths. The shortcut answers only where it is certain to match
``lay_out_text``: plain text whose only break opportunities are single spaces, glyphs all in the
primary font, and no line decision within ``MARGIN`` of the width (kerning across a space is
measured per pair of characters). Everything else returns None and is laid out exactly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

# Letters, digits and punctuation that neither offer a break (UAX #14: AL, NU, IS, EX, QU, OP, CP)
# nor need a fallback font's metrics; one space between words. Hyphens, slashes, dashes, tabs,
# newlines, CJK, Thai, ... take the exact path.
_PLAIN = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ɏ.,;:!?'\"()&%+=#@*]+(?: [A-Za-z0-9À-ÖØ-öø-ɏ.,;:!?'\"()&%+=#@*]+)*")
# px. Widths are sums of advances in Qt's 1/64 px fixed point, measured with pair kerning, so they
# match Qt's to the unit (no mismatch at any margin over 100,000 texts, exact ties included); a few
# units of room cover Qt rounding the line width to 1/64 px. At 0.5 px one card in 13 took the slow path.
MARGIN = 1 / 16

_OPTION = QTextOption()
_OPTION.setWrapMode(QTextOption.WrapMode.NoWrap)
_OPTION.setUseDesignMetrics(True)


class _FontMeasure:
    """Word widths, space width and line height of one font, as QTextLayout with design metrics has them."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.words: dict[str, float] = {}
        metrics = QFontMetricsF(font)
        self.leading = metrics.leading()
        self._in_font: dict[str, bool] = {}
        self._metrics = metrics
        self.gaps: dict[tuple[str, str], float] = {}
        layout, _ = self._natural("x")
        self.line_height = layout.lineAt(0).height()

    def _natural(self, text: str) -> tuple[QTextLayout, float]:
        layout = QTextLayout(text, self.font)
        layout.setTextOption(_OPTION)
        layout.beginLayout()
        line = layout.createLine()
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        return layout, line.naturalTextWidth()

    def width(self, word: str) -> float:
        """A word's advance, shaped once; -1 when a character of it has no glyph in the primary font."""
        w = self.words.get(word)
        if w is None:
            w = self.words[word] = self._natural(word)[1] if self.covers(word) else -1.0
        return w

    def gap(self, left: str, right: str) -> float:
        """What a space adds between two words ending and starting with these characters (kerning included)."""
        key = (left, right)
        g = self.gaps.get(key)
        if g is None:
            g = self.gaps[key] = self._natural(f"{left} {right}")[1] - self.width(left) - self.width(right)
        return g

    def covers(self, text: str) -> bool:
        """True when every character has a glyph in the primary font (no fallback line heights)."""
        in_font = self._in_font
        for ch in set(text):
            ok = in_font.get(ch)
            if ok is None:
                ok = in_font[ch] = self._metrics.inFontUcs4(ord(ch))
            if not ok:
                return False
        return True


_FONTS: dict[str, _FontMeasure] = {}
enabled = True  # benchmarks switch the shortcut off for their baseline


def quick_height(
    text: str, font: QFont, width: float, max_lines: int, font_key: str = ""
) -> tuple[int, float] | None:
    """(lines, height) exactly as ``lay_out_text`` gives them, or None when only a full layout can tell."""
    if not enabled or len(text) > 2000 or not _PLAIN.fullmatch(text):
        return None
    key = font_key or font.key()
    fm = _FONTS.get(key)
    if fm is None:
        fm = _FONTS[key] = _FontMeasure(font)
    known, gaps = fm.words, fm.gaps  # looked up directly: this loop runs for every word of the map
    limit, low, high = width - MARGIN, width - MARGIN, width + MARGIN
    words = iter(text.split(" "))
    first = next(words)
    x = known.get(first)
    if x is None:
        x = fm.width(first)
    if x < 0 or x > limit:
        return None  # a fallback font's line height, or a word broken anywhere: Qt's business
    lines, last = 1, first[-1]
    for word in words:
        w = known.get(word)
        if w is None:
            w = fm.width(word)
        if w < 0 or w > limit:
            return None
        g = gaps.get((last, word[0]))
        if g is None:
            g = fm.gap(last, word[0])
        wanted = x + g + w
        if low <= wanted <= high:
            return None  # a line decision too close to call from summed widths
        if wanted > width:
            lines += 1
            x = w
        else:
            x = wanted
        last = word[-1]
    if max_lines and lines > max_lines:
        return None  # elided: the tail needs the laid-out lines
    y = 0.0
    step = fm.line_height
    for _ in range(lines):  # summed as lay_out_text sums, for the same float
        y += step + fm.leading
    return lines, y


def forget_fonts() -> None:
    """Drop measured words (after a font change)."""
    _FONTS.clear()
