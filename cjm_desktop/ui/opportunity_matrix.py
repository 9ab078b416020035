"""View ▸ Impact × effort matrix: a dock placing each opportunity by its impact and effort.

Dots are labelled and show their status by shape and colour; a click, or Enter on the dot chosen
with the arrow keys, selects the card on the canvas and scrolls to it. Opportunities without both
ratings are listed apart. The dock only reads the model: it holds no data of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.i18n import tr
from cjm_desktop.model import OPPORTUNITY_STATUSES, Journey
from cjm_desktop.model.opportunities import (
    STATUS_SYMBOLS,
    card_caption,
    opportunities,
    short_text,
    status_label,
)
from cjm_desktop.ui.opportunity_links import reveal_card

LEVELS = 3  # impact and effort run 1..3
DOT = 11.0
ROW = 32.0  # one labelled dot per row within a cell: its label gets two lines
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN = 84.0, 40.0, 8.0
# Status colours; the shape says the same, so nothing reads by colour alone.
STATUS_COLORS = {
    "": "#8a8f98",
    "idea": "#6b5fb5",
    "planned": "#2f6fb3",
    "in_test": "#b8651b",
    "done": "#1a7f5e",
}
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Dot:
    """One rated opportunity as the matrix shows it."""

    card_id: str
    label: str
    caption: str  # "Stage: text", for the accessible description and tool tips
    status: str
    impact: int
    effort: int


def status_path(status: str, center: QPointF, size: float) -> QPainterPath:
    """The shape of a status: circle (idea / not set), diamond (planned), triangle (in test), square (done)."""
    r = size / 2
    path = QPainterPath()
    x, y = center.x(), center.y()
    if status == "planned":
        path.moveTo(x, y - r)
        path.lineTo(x + r, y)
        path.lineTo(x, y + r)
        path.lineTo(x - r, y)
        path.closeSubpath()
    elif status == "in_test":
        path.moveTo(x, y - r)
        path.lineTo(x + r, y + r * 0.8)
        path.lineTo(x - r, y + r * 0.8)
        path.closeSubpath()
    elif status == "done":
        path.addRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    else:
        path.addEllipse(center, r, r)
    return path


def paint_status(painter: QPainter, status: str, center: QPointF, size: float) -> None:
    """Draw a status mark; an unset status is a hollow circle."""
    color = QColor(STATUS_COLORS.get(status, STATUS_COLORS[""]))
    painter.setPen(QPen(color.darker(130), 1.4))
    painter.setBrush(color if status else Qt.BrushStyle.NoBrush)
    painter.drawPath(status_path(status, center, size))


def two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """The text wrapped at words into at most two lines of ``width`` pixels, the second elided."""
    words = text.split()
    first: list[str] = []
    while words and metrics.horizontalAdvance(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:  # one long word: elide it on the first line
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width) if words else ""
    return " ".join(first) + ("\n" + rest if rest else "")


class ImpactEffortMatrix(QWidget):
    """The 3 × 3 grid of impact (up) by effort (right), with a labelled dot per rated opportunity."""

    activated = Signal(str)  # the card id of the dot clicked or chosen with Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dots: list[Dot] = []
        self.current = -1
        self._rects: dict[str, QRectF] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("OpportunityMatrix", "Impact × effort matrix"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(340, 300)

    def show_dots(self, dots: list[Dot]) -> None:
        """Show these dots; the chosen one stays chosen when it is still there."""
        chosen = self.dots[self.current].card_id if 0 <= self.current < len(self.dots) else ""
        self.dots = dots
        ids = [d.card_id for d in dots]
        self.current = ids.index(chosen) if chosen in ids else (0 if dots and self.current >= 0 else -1)
        self._describe()
        self.update()

    def choose(self, card_id: str) -> None:
        """Make a card's dot the current one (follows the canvas selection; no signal)."""
        ids = [d.card_id for d in self.dots]
        if card_id in ids and ids.index(card_id) != self.current:
            self.current = ids.index(card_id)
            self._describe()
            self.update()

    def dot_rect(self, card_id: str) -> QRectF:
        """Where a card's dot and label are drawn (empty when not shown)."""
        self._layout()
        return self._rects.get(card_id, QRectF())

    # ---- geometry ---------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT, MARGIN, self.width() - MARGIN_LEFT - MARGIN, self.height() - MARGIN - MARGIN_BOTTOM
        )

    def _cell(self, impact: int, effort: int) -> QRectF:
        plot = self._plot()
        w, h = plot.width() / LEVELS, plot.height() / LEVELS
        return QRectF(plot.left() + (effort - 1) * w, plot.top() + (LEVELS - impact) * h, w, h)

    def _layout(self) -> None:
        # Dots of one cell stack in rows; what does not fit is counted in a "+n" under the last row.
        self._rects = {}
        self._overflow: dict[tuple[int, int], tuple[QRectF, int]] = {}
        by_cell: dict[tuple[int, int], list[Dot]] = {}
        for dot in self.dots:
            by_cell.setdefault((dot.impact, dot.effort), []).append(dot)
        for (impact, effort), dots in by_cell.items():
            cell = self._cell(impact, effort).adjusted(4, 4, -4, -4)
            rows = max(1, int(cell.height() // ROW))
            shown = dots if len(dots) <= rows else dots[: rows - 1]
            for k, dot in enumerate(shown):
                self._rects[dot.card_id] = QRectF(cell.left(), cell.top() + k * ROW, cell.width(), ROW)
            if len(shown) < len(dots):
                rect = QRectF(cell.left(), cell.top() + len(shown) * ROW, cell.width(), ROW)
                self._overflow[(impact, effort)] = (rect, len(dots) - len(shown))

    # ---- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        plot = self._plot()
        # The quick-win corner (high impact, low effort) is tinted so the eye goes there first.
        painter.fillRect(self._cell(LEVELS, 1), QColor(26, 127, 94, 28))
        painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 1))
        for k in range(LEVELS + 1):
            x = plot.left() + k * plot.width() / LEVELS
            y = plot.top() + k * plot.height() / LEVELS
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink)
        levels = (
            tr("OpportunityMatrix", "low"),
            tr("OpportunityMatrix", "medium"),
            tr("OpportunityMatrix", "high"),
        )
        for k, word in enumerate(levels, start=1):
            cell = self._cell(k, k)
            painter.drawText(
                QRectF(0, cell.top(), MARGIN_LEFT - 6, cell.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                word,
            )
            painter.drawText(
                QRectF(cell.left(), plot.bottom() + 2, cell.width(), 16), Qt.AlignmentFlag.AlignHCenter, word
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 18, plot.width(), 18),
            Qt.AlignmentFlag.AlignHCenter,
            tr("OpportunityMatrix", "Effort →"),
        )
        painter.save()
        painter.translate(10, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -10, plot.height(), 18),
            Qt.AlignmentFlag.AlignHCenter,
            tr("OpportunityMatrix", "Impact →"),
        )
        painter.restore()
        metrics = painter.fontMetrics()
        for index, dot in enumerate(self.dots):
            rect = self._rects.get(dot.card_id)
            if rect is None:
                continue
            center = QPointF(rect.left() + DOT / 2 + 2, rect.top() + metrics.height() / 2 + 1)
            paint_status(painter, dot.status, center, DOT)
            label_rect = rect.adjusted(DOT + 7, 0, 0, 0)
            painter.setPen(ink)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                two_lines(dot.label, metrics, int(label_rect.width())),
            )
            if index == self.current and self.hasFocus():
                painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0, 1, 0, -1), 3, 3)
        painter.setPen(ink)
        for rect, count in self._overflow.values():
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter,
                tr("OpportunityMatrix", "+%1 more").replace("%1", str(count)),
            )
        painter.end()

    # ---- interaction ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._layout()
        for index, dot in enumerate(self.dots):
            rect = self._rects.get(dot.card_id)
            if rect is not None and rect.contains(event.position()):
                self.current = index
                self._describe()
                self.update()
                self.activated.emit(dot.card_id)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if not self.dots:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move(-1)
        elif key == Qt.Key.Key_Home:
            self._move(-len(self.dots))
        elif key == Qt.Key.Key_End:
            self._move(len(self.dots))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.activated.emit(self.dots[self.current].card_id)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self.current < 0 and self.dots:
            self.current = 0
            self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.update()
        super().focusOutEvent(event)

    def _move(self, step: int) -> None:
        self.current = max(0, min(len(self.dots) - 1, (self.current if self.current >= 0 else 0) + step))
        self._describe()
        self.update()

    def _describe(self) -> None:
        # What a screen reader says for the chosen dot: its card, status and ratings.
        if 0 <= self.current < len(self.dots):
            dot = self.dots[self.current]
            text = (
                tr("OpportunityMatrix", "%1; status %2; impact %3, effort %4")
                .replace("%1", dot.caption)
                .replace("%2", status_label(dot.status))
                .replace("%3", str(dot.impact))
                .replace("%4", str(dot.effort))
            )
        else:
            text = tr("OpportunityMatrix", "No rated opportunities")
        self.setAccessibleDescription(text)
        self.setToolTip(text)


class OpportunityMatrixPanel(QWidget):
    """The matrix, its status legend, and the opportunities not rated yet."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.doc = scene.doc
        self.matrix = ImpactEffortMatrix()
        self.matrix.activated.connect(self.reveal)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.unrated_label = QLabel(tr("OpportunityMatrix", "Not rated (impact or effort unset):"))
        self.unrated = QListWidget()
        self.unrated.setAccessibleName(tr("OpportunityMatrix", "Opportunities not rated"))
        self.unrated.setMaximumHeight(110)
        self.unrated.setWordWrap(True)
        self.unrated.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unrated.itemActivated.connect(lambda item: self.reveal(item.data(ID_ROLE)))
        self.unrated.itemClicked.connect(lambda item: self.reveal(item.data(ID_ROLE)))
        self.unrated_label.setBuddy(self.unrated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.unrated_label)
        layout.addWidget(self.unrated)
        # Rebuilt once per burst of changes (typing merges many), and only while shown.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.doc.item_changed.connect(self._changed)
        self.doc.collection_changed.connect(self._changed)
        self.doc.reset.connect(self._changed)
        scene.selectionChanged.connect(self._follow_selection)
        self.refresh()

    def _changed(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.refresh()  # it missed the changes made while it was hidden
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Read the map's opportunities again."""
        journey: Journey = self.doc.journey
        dots, unrated = [], []
        for card in opportunities(journey):
            caption = card_caption(journey, card)
            if card.impact and card.effort:
                label = short_text(card.text, 40) or caption
                dots.append(Dot(card.id, label, caption, card.status, card.impact, card.effort))
            else:
                unrated.append((card.id, caption, card.status))
        self.matrix.show_dots(dots)
        self.unrated.clear()
        for card_id, caption, status in unrated:
            text = (
                tr("OpportunityLinks", "%1 · %2").replace("%1", caption).replace("%2", status_label(status))
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, card_id)
            item.setToolTip(text)
            self.unrated.addItem(item)
        self.unrated_label.setVisible(bool(unrated))
        self.unrated.setVisible(bool(unrated))
        self.legend.setText(
            # A no-break space: a narrow dock wraps between entries, never leaves a shape without its word.
            "   ".join(f"{STATUS_SYMBOLS[s]}\u00a0{status_label(s)}" for s in (*OPPORTUNITY_STATUSES, ""))
        )

    def reveal(self, card_id: str) -> None:
        """Select the card on the canvas and scroll to it."""
        reveal_card(self.scene, card_id)

    def _follow_selection(self) -> None:
        ids = self.scene.selected_ids("card") if self.isVisible() else []
        if len(ids) == 1:
            self.matrix.choose(ids[0])
