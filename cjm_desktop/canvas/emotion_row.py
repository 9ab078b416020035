"""The emotion lane: each persona's experience curve across the stages.

Drawn from the model on every paint (the item keeps only its lane id and a drag in progress).
Dragging a face up or down snaps to whole scores and becomes one command on release; a click in a
stage column without a point adds one; a double-click asks for a note through ``persona_requests``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cjm_desktop.canvas.dashed_curves import dashed_curves, paint_dashed_curve
from cjm_desktop.canvas.lane_row_base import LaneRowItem
from cjm_desktop.canvas.signal_cues import curve_pattern
from cjm_desktop.canvas.style import LIGHT_MAP, font, palette
from cjm_desktop.document import persona_edits
from cjm_desktop.i18n import tr

SCALE = range(persona_edits.MAX_SCORE, persona_edits.MIN_SCORE - 1, -1)  # +3 at the top
FACE_RADIUS = 13.0
HIT_RADIUS = 17.0
LEGEND_HEIGHT = 26.0
BOTTOM_PAD = 36.0  # room for a "lowest" label under a -3 point
FACE_GAP = 3.0  # personas with the same score at a stage sit side by side, faces apart, not on top
NOTE_FILL = QColor("#ffd54f")


class PersonaRequests(QObject):
    """What the emotion lane and persona strip ask of the window (dialogs are the window's business)."""

    note_requested = Signal(str, str)  # (persona id, stage id): edit the note of that point
    edit_persona_requested = Signal(str)  # persona id: open the persona editor on it
    highlight_changed = Signal(str)  # persona id, "" for none: the canvas changed the highlight


def persona_requests(scene: QObject) -> PersonaRequests:
    """The request hub of a scene, created on first use (one per scene)."""
    hub = scene.findChild(PersonaRequests, "persona-requests")
    if hub is None:
        hub = PersonaRequests(scene)
        hub.setObjectName("persona-requests")
    return hub


@dataclass(frozen=True)
class PlacedPoint:
    """Where one persona's score at one stage is drawn, in item coordinates."""

    persona_id: str
    stage_id: str
    stage_index: int
    score: int
    note: str
    pos: QPointF


class EmotionRowItem(LaneRowItem):
    """The experience curve lane: a -3..+3 scale across the stages, one curve per visible persona."""

    def __init__(self, item_id: str) -> None:
        super().__init__(item_id)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        # (persona id, stage id, score shown now, score before the drag); view state only.
        self._drag: tuple[str, str, int, int] | None = None
        # The point the keyboard works on (see emotion_keys); view state, never in the file.
        self.focus_point: tuple[str, str] | None = None

    def reserved_height(self) -> float:
        return 230.0

    # ---- geometry ------------------------------------------------------------------------------
    def plot_top(self) -> float:
        """y of the +3 line."""
        return LEGEND_HEIGHT + 14.0

    def plot_bottom(self) -> float:
        """y of the -3 line."""
        return max(self._rect.height() - BOTTOM_PAD, self.plot_top() + 60.0)

    def score_y(self, score: float) -> float:
        """y of a score on the scale."""
        top, bottom = self.plot_top(), self.plot_bottom()
        return top + (persona_edits.MAX_SCORE - score) / (
            persona_edits.MAX_SCORE - persona_edits.MIN_SCORE
        ) * (bottom - top)

    def score_at(self, y: float) -> int:
        """The whole score nearest to y (clamped to the scale)."""
        top, bottom = self.plot_top(), self.plot_bottom()
        span = persona_edits.MAX_SCORE - persona_edits.MIN_SCORE
        return persona_edits.clamp_score(persona_edits.MAX_SCORE - (y - top) / (bottom - top) * span)

    def shown_personas(self) -> list:
        """Personas whose curves are drawn (visible ones, in list order)."""
        return [p for p in self.journey_scene().doc.journey.personas if p.visible]

    def placed_points(self) -> list[PlacedPoint]:
        """Every drawn point, persona by persona, left to right (a drag in progress included)."""
        doc = self.journey_scene().doc
        centers = self.stage_centers()
        result = []
        for persona in self.shown_personas():
            for index, point in persona_edits.persona_curve(doc, persona.id):
                if index >= len(centers):
                    continue  # a stage newer than the last layout: drawn after the next one
                score = point.score
                if self._drag and self._drag[:2] == (persona.id, point.stage_id):
                    score = self._drag[2]
                pos = QPointF(centers[index], self.score_y(score))
                result.append(PlacedPoint(persona.id, point.stage_id, index, score, point.note, pos))
        # Faces sharing a stage and a score are spread side by side, a face apart, so none hides another.
        ties: dict[tuple[int, int], list[PlacedPoint]] = {}
        for placed in result:
            ties.setdefault((placed.stage_index, placed.score), []).append(placed)
        step = 2 * FACE_RADIUS + FACE_GAP
        for group in ties.values():
            for k, placed in enumerate(group):
                placed.pos.setX(placed.pos.x() + (k - (len(group) - 1) / 2) * step)
        return result

    def point_at(self, pos: QPointF) -> PlacedPoint | None:
        """The point under a position (the top-most drawn one wins; faded personas are not picked)."""
        highlight = self.journey_scene().highlight_persona_id
        best, best_d = None, HIT_RADIUS
        for placed in reversed(self.placed_points()):
            if highlight and placed.persona_id != highlight:
                continue
            d = (placed.pos - pos).manhattanLength() * 0.75
            if d <= best_d:
                best, best_d = placed, d
        return best

    def hint_area(self) -> QRectF:
        """Where the empty lane's hint goes: above the zero line, clear of the scale labels."""
        rect = self._rect
        return QRectF(
            rect.left() + 40, self.plot_top(), rect.width() - 56, self.score_y(0) - 6 - self.plot_top()
        )

    # ---- painting ------------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.journey_scene()
        journey = scene.doc.journey
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_scale(painter)
        if not journey.personas:
            self.paint_hint(
                painter, tr("lanes", "Add a persona (Map ▸ Personas…) to draw the experience curve")
            )
            return
        personas = self.shown_personas()
        if not personas:
            self.paint_hint(painter, tr("lanes", "Every persona's curve is hidden"))
            return
        self._paint_legend(painter, personas)
        placed = self.placed_points()
        if not placed:
            self.paint_hint(
                painter,
                tr("lanes", "Click a stage column to score how a persona feels; drag a face to change it"),
                self.hint_area(),
            )
        by_persona: dict[str, list[PlacedPoint]] = {}
        for p in placed:
            by_persona.setdefault(p.persona_id, []).append(p)
        highlight = scene.highlight_persona_id
        # The highlighted persona is drawn last, so it sits on top of the others.
        order = sorted(personas, key=lambda p: p.id == highlight)
        for persona in order:
            points = by_persona.get(persona.id, [])
            if not points:
                continue
            dim = bool(highlight) and persona.id != highlight
            painter.setOpacity(0.22 if dim else 1.0)
            color = palette().graphic(QColor(persona.color))  # stands out from either lane band
            for style, dashed in dashed_curves(self, persona.id):  # to-be, and a compared version
                paint_dashed_curve(painter, style, dashed, color)
            self._paint_curve(painter, points, color, curve_pattern(journey, persona.id))
            self._paint_lowest(painter, points, color)
            for p in points:
                paint_face(painter, p.pos, p.score, color, FACE_RADIUS)
                if p.note:
                    self._paint_note_marker(painter, p.pos)
        painter.setOpacity(1.0)
        self._paint_focus_ring(painter)

    def focus_center(self) -> QPointF:
        """Where the keyboard's ring is drawn: the point's face, or the zero line of an unscored stage."""
        persona_id, stage_id = self.focus_point or ("", "")
        for placed in self.placed_points():
            if (placed.persona_id, placed.stage_id) == (persona_id, stage_id):
                return placed.pos
        journey = self.journey_scene().doc.journey
        index = next((i for i, s in enumerate(journey.stages) if s.id == stage_id), 0)
        centers = self.stage_centers()
        return QPointF(centers[min(index, len(centers) - 1)] if centers else 0.0, self.score_y(0))

    def _paint_focus_ring(self, painter: QPainter) -> None:
        """The keyboard's point: a black and white dashed ring that shows on any colour (not exported)."""
        if self.focus_point is None or self.journey_scene().export_mode:
            return
        center = self.focus_center()
        radius = FACE_RADIUS + 6
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette().paper, 5))
        painter.drawEllipse(center, radius, radius)
        painter.setPen(QPen(palette().ink, 2.5, Qt.PenStyle.DashLine))
        painter.drawEllipse(center, radius, radius)

    def _paint_scale(self, painter: QPainter) -> None:
        rect = self._rect
        label_font = font(11, bold=True)
        painter.setFont(label_font)
        for score in SCALE:
            y = self.score_y(score)
            if score == 0:
                painter.setPen(QPen(palette().axis_zero, 1.2, Qt.PenStyle.DashLine))
            else:
                painter.setPen(QPen(palette().axis_line, 1))
            painter.drawLine(QPointF(rect.left() + 34, y), QPointF(rect.right() - 8, y))
            painter.setPen(_score_color(score))
            text = f"+{score}" if score > 0 else str(score)
            painter.drawText(
                QRectF(rect.left() + 2, y - 8, 28, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    def _paint_legend(self, painter: QPainter, personas: list) -> None:
        # One line when it fits; a narrow row (a single stage exported alone) stacks the entries
        # in smaller type rather than leave a persona out.
        left, right = 40.0, self._rect.right() - 8
        names = [p.name or tr("lanes", "Unnamed persona") for p in personas]
        legend_font = font(12, bold=True)
        metrics = QFontMetricsF(legend_font)
        widths = [22 + metrics.horizontalAdvance(n) + 18 for n in names]
        if left + sum(widths) - 18 <= right:
            places = []
            x = left
            for w in widths:
                places.append((x, 14.0))
                x += w
        else:
            legend_font = font(10, bold=True)
            metrics = QFontMetricsF(legend_font)
            pitch = (LEGEND_HEIGHT + 6) / max(len(names), 2)
            places = [(left, 6 + pitch * (i + 0.5)) for i in range(len(names))]
        painter.setFont(legend_font)
        for persona, name, (x, y) in zip(personas, names, places, strict=True):
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(right - x - 22, 40))
            color = palette().graphic(QColor(persona.color))
            journey = self.journey_scene().doc.journey
            painter.setPen(QPen(color, 3, curve_pattern(journey, persona.id), Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(x, y), QPointF(x + 16, y))
            painter.setPen(palette().ink)
            painter.drawText(QPointF(x + 22, y + metrics.ascent() / 2 - 1), name)

    def _paint_curve(
        self,
        painter: QPainter,
        points: list[PlacedPoint],
        color: QColor,
        pattern: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        if len(points) < 2:
            return
        path = QPainterPath(points[0].pos)
        for a, b in zip(points, points[1:], strict=False):
            # Horizontal tangents at each point: smooth, and never overshoots the -3..+3 scale.
            mid = (a.pos.x() + b.pos.x()) / 2
            path.cubicTo(QPointF(mid, a.pos.y()), QPointF(mid, b.pos.y()), b.pos)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette().halo, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(path)  # a halo in the paper's colour keeps crossing curves apart
        pen = QPen(color, 3.2, pattern, Qt.PenCapStyle.RoundCap)  # each persona its own pattern
        if pattern == Qt.PenStyle.SolidLine:
            painter.setPen(pen)
            painter.drawPath(path)
            return
        # Dashes laid out along the whole curve, not by Qt's dasher that skips what lies outside the
        # clip and so restarted them at each strip of a huge PNG export.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(QPainterPathStroker(pen).createStroke(path), color)

    def _paint_lowest(self, painter: QPainter, points: list[PlacedPoint], color: QColor) -> None:
        scores = [p.score for p in points]
        if len(points) < 2 or min(scores) == max(scores):
            return  # a flat or single-point curve has no low point worth calling out
        low = points[scores.index(min(scores))]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 2.2))
        painter.drawEllipse(low.pos, FACE_RADIUS + 5, FACE_RADIUS + 5)
        label_font = font(11, bold=True)
        painter.setFont(label_font)
        metrics = QFontMetricsF(label_font)
        text = tr("lanes", "lowest")
        w = metrics.horizontalAdvance(text) + 10
        below = low.pos.y() + FACE_RADIUS + 7 + metrics.height() <= self._rect.height()
        y = low.pos.y() + FACE_RADIUS + 7 if below else low.pos.y() - FACE_RADIUS - 7 - metrics.height()
        box = QRectF(low.pos.x() - w / 2, y, w, metrics.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette().halo)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(palette().readable(color))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_note_marker(self, painter: QPainter, center: QPointF) -> None:
        box = QRectF(center.x() + FACE_RADIUS - 3, center.y() - FACE_RADIUS - 5, 10, 10)
        painter.setPen(QPen(QColor("#9a7b00"), 1))
        painter.setBrush(NOTE_FILL)
        painter.drawRect(box)
        painter.drawLine(
            QPointF(box.left() + 2, box.center().y()), QPointF(box.right() - 2, box.center().y())
        )

    # ---- interaction ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        hit = self.point_at(event.pos())
        if hit is not None:
            self._drag = (hit.persona_id, hit.stage_id, hit.score, hit.score)
            event.accept()
            return
        target = self._empty_column_target(event.pos())
        if target is None:
            event.ignore()  # leave the press to the view (rubber band selection)
            return
        persona_id, stage_id = target
        persona_edits.set_emotion(
            self.journey_scene().doc,
            persona_id,
            stage_id,
            self.score_at(event.pos().y()),
            text=tr("lanes", "Add emotion score"),
        )
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._drag is None:
            return
        score = self.score_at(event.pos().y())
        if score != self._drag[2]:
            self._drag = (self._drag[0], self._drag[1], score, self._drag[3])
            self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        drag, self._drag = self._drag, None
        if drag is None:
            return
        persona_id, stage_id, score, original = drag
        if score != original:
            persona_edits.set_emotion(
                self.journey_scene().doc, persona_id, stage_id, score
            )  # one step per drag
        self.update()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.point_at(event.pos())
        if hit is None:
            event.ignore()
            return
        self._drag = None
        persona_requests(self.journey_scene()).note_requested.emit(hit.persona_id, hit.stage_id)
        event.accept()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.point_at(event.pos())
        if hit is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        journey = self.journey_scene().doc.journey
        persona, stage = journey.persona(hit.persona_id), journey.stage(hit.stage_id)
        score = f"+{hit.score}" if hit.score > 0 else str(hit.score)
        tip = f"{persona.name} · {stage.name}: {score}"
        if hit.note:
            tip += "\n" + hit.note
        self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.SizeVerCursor)

    def _empty_column_target(self, pos: QPointF) -> tuple[str, str] | None:
        """(persona, stage) a click at ``pos`` scores: the highlighted persona, else the first visible one unscored there."""
        scene = self.journey_scene()
        if not self.plot_top() - 8 <= pos.y() <= self.plot_bottom() + 8:
            return None
        layout = scene.layout
        index = layout.stage_at(pos.x() + self.pos().x())
        if index is None:
            return None
        stage_id = layout.stage_ids[index]
        journey = scene.doc.journey
        shown = self.shown_personas()
        highlight = scene.highlight_persona_id
        candidates = [p for p in shown if p.id == highlight] if highlight else shown
        for persona in candidates:
            if journey.emotion(persona.id, stage_id) is None:
                return persona.id, stage_id
        return None


def _score_color(score: int) -> QColor:
    if score > 0:
        return palette().good
    if score < 0:
        return palette().bad
    return palette().muted_ink


def paint_face(painter: QPainter, center: QPointF, score: int, color: QColor, radius: float) -> None:
    """A face marker: a disc in the persona's colour with eyes and a mouth that smiles with the score."""
    painter.setPen(QPen(palette().paper, 2))
    painter.setBrush(color)
    painter.drawEllipse(center, radius, radius)
    feature = LIGHT_MAP.ink if color.lightnessF() > 0.72 else QColor("white")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(feature)
    eye = radius * 0.14
    for side in (-1, 1):
        painter.drawEllipse(QPointF(center.x() + side * radius * 0.36, center.y() - radius * 0.25), eye, eye)
    # The mouth's control point moves down for a smile, up for a frown, in proportion to the score.
    half = radius * 0.45
    mouth_y = center.y() + radius * 0.38 - score * radius * 0.03
    bend = score * radius * 0.13
    mouth = QPainterPath(QPointF(center.x() - half, mouth_y))
    mouth.quadTo(QPointF(center.x(), mouth_y + bend), QPointF(center.x() + half, mouth_y))
    painter.setBrush(QBrush())
    painter.setPen(QPen(feature, max(1.4, radius * 0.13), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(mouth)
