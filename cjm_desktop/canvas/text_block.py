"""Wrapped text laid out once and cached: measures and paints cards of any script and length."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from cjm_desktop.canvas.text_measure import forget_fonts, quick_height


class TextBlock:
    """Lines of wrapped text; an over-long text ends in an ellipsis on its last shown line.

    A block measured by ``quick_height`` has no QTextLayout until it is first drawn: opening a big
    map measures every card but paints only those in view.
    """

    # Slots: opening a 10,000-card map makes a block per card, and slots make that cheaper.
    __slots__ = (
        "text",
        "font",
        "width",
        "max_lines",
        "line_count",
        "height",
        "elided_tail",
        "tail_y",
        "_layout",
    )

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        max_lines: int,
        line_count: int,
        height: float,
        layout: QTextLayout | None = None,
        elided_tail: str = "",
        tail_y: float = 0.0,
    ) -> None:
        self.text, self.font, self.width, self.max_lines = text, font, width, max_lines
        self.line_count = line_count
        self.height = height
        self.elided_tail = elided_tail  # the last shown line with "…", or "" when everything fits
        self.tail_y = tail_y
        self._layout = layout

    @property
    def layout(self) -> QTextLayout:
        """The laid-out lines, made on first use."""
        if self._layout is None:
            self._layout = lay_out_text(self.text, self.font, self.width, self.max_lines).layout
        return self._layout

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        """Paint the text with its top-left at ``origin``."""
        layout = self.layout
        for i in range(self.line_count - (1 if self.elided_tail else 0)):
            layout.lineAt(i).draw(painter, origin)
        if self.elided_tail:
            painter.setFont(self.font)
            metrics = QFontMetricsF(self.font)
            painter.drawText(
                QPointF(origin.x(), origin.y() + self.tail_y + metrics.ascent()), self.elided_tail
            )


# One option for every layout (setTextOption copies it): a map lays out thousands of texts on open.
_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
_WRAP.setUseDesignMetrics(True)


def lay_out_text(text: str, font: QFont, width: float, max_lines: int = 0) -> TextBlock:
    """Wrap at word boundaries, or anywhere for a long unbroken word (URLs, German compounds)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_WRAP)
    metrics = QFontMetricsF(font)
    leading = metrics.leading()
    y = 0.0
    layout.beginLayout()
    lines = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height() + leading
        lines += 1
        if max_lines and lines > max_lines:
            break
    layout.endLayout()
    elided, tail_y = "", 0.0
    if max_lines and lines > max_lines:
        last = layout.lineAt(max_lines - 1)
        rest = text[last.textStart() :].replace("\n", " ")
        elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        tail_y = last.y()
        lines = max_lines
        y = last.y() + last.height() + leading
    return TextBlock(text, font, width, max_lines, lines, y, layout, elided, tail_y)


class TextCache:
    """Keeps laid-out text by (text, font key, width, max lines); derived state, safe to clear."""

    def __init__(self, limit: int = 20000) -> None:
        self._blocks: dict[tuple, TextBlock] = {}
        self._limit = limit

    def block(
        self, text: str, font: QFont, width: float, max_lines: int = 0, font_key: str = ""
    ) -> TextBlock:
        """The laid-out block for this text, computed at most once (``font_key``: font.key(), if known)."""
        font_key = font_key or font.key()
        key = (text, font_key, round(width, 1), max_lines)
        block = self._blocks.get(key)
        if block is None:
            if len(self._blocks) >= self._limit:
                self._blocks.clear()
            quick = quick_height(text, font, width, max_lines, font_key)
            if quick is None:
                block = lay_out_text(text, font, width, max_lines)
            else:
                block = TextBlock(text, font, width, max_lines, *quick)
            self._blocks[key] = block
        return block

    def clear(self) -> None:
        """Forget every block (after a font change)."""
        self._blocks.clear()
        forget_fonts()


def text_rect(origin: QPointF, block: TextBlock, width: float) -> QRectF:
    """The area a block covers when drawn at ``origin``."""
    return QRectF(origin.x(), origin.y(), width, block.height)
