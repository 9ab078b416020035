"""The visual compare drawn over the canvas: added cards green, changed amber, moved with their
origin, removed ones as red ghosts in their old cells, and metric values old -> new.

Overlay items are view decoration built from a Comparison and the scene's current layout; they
hold no map data of their own, take no mouse input, and are rebuilt whenever the layout changes.
Being scene items, they are part of anything exported while the compare is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.canvas.dashed_curves import set_compared_map
from cjm_desktop.canvas.style import font
from cjm_desktop.i18n import tr
from cjm_desktop.model import LaneKind
from cjm_desktop.model.metric_format import format_value
from cjm_desktop.versions.compare import Comparison

ADDED_COLOR = QColor("#2e9d5b")
REMOVED_COLOR = QColor("#d64541")
CHANGED_COLOR = QColor("#e0a526")
MOVED_COLOR = QColor("#3a7bd5")
GHOST_HEIGHT = 44.0
OVERLAY_Z = 50.0


class CompareMark(QGraphicsItem):
    """An outline around a card (or a ghost of a removed one) with a small label on its top edge."""

    def __init__(
        self, rect: QRectF, color: QColor, label: str, ghost_text: str = "", dashed: bool = False
    ) -> None:
        super().__init__()
        self.rect, self.color, self.label, self.ghost_text, self.dashed = (
            rect,
            color,
            label,
            ghost_text,
            dashed,
        )
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.rect.adjusted(-4, -12, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine
        if self.ghost_text:
            fill = QColor(self.color)
            fill.setAlpha(40)
            painter.setBrush(fill)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.color, 3, style))
        painter.drawRoundedRect(self.rect, 6, 6)
        if self.ghost_text:
            painter.setPen(self.color.darker(130))
            painter.setFont(font(12, italic=True))
            text_rect = self.rect.adjusted(10, 8, -10, -4)
            metrics = QFontMetricsF(painter.font())
            text = metrics.elidedText(self.ghost_text, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        label_font = font(10, bold=True)
        metrics = QFontMetricsF(label_font)
        label = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, self.rect.width() - 12)
        box = QRectF(self.rect.right() - metrics.horizontalAdvance(label) - 14, self.rect.top() - 10, 0, 18)
        box.setRight(self.rect.right() - 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(label_font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


class CompareOverlay(QObject):
    """Keeps the compare decoration of one scene in step with its layout."""

    def __init__(self, scene, comparison: Comparison) -> None:
        super().__init__(scene)
        self.scene, self.comparison = scene, comparison
        self.items: list[QGraphicsItem] = []
        set_compared_map(scene, comparison.old)
        scene.layout_changed.connect(self.refresh)
        self.refresh()

    def set_comparison(self, comparison: Comparison) -> None:
        """Show another comparison (the map was edited while compared)."""
        self.comparison = comparison
        set_compared_map(self.scene, comparison.old)
        self.refresh()

    def clear(self) -> None:
        """Remove every overlay item and the dashed curves: the compare ends."""
        self.scene.layout_changed.disconnect(self.refresh)
        self._remove_items()
        set_compared_map(self.scene, None)
        self.scene.update()

    def _remove_items(self) -> None:
        for item in self.items:
            self.scene.removeItem(item)
        self.items.clear()

    def _add(self, item: QGraphicsItem) -> None:
        self.scene.addItem(item)
        self.items.append(item)

    def refresh(self) -> None:
        """Rebuild the decoration from the scene's current layout."""
        self._remove_items()
        c, layout = self.comparison, self.scene.layout
        cards = {card_id: QRectF(*rect) for card_id, rect in layout.cards.items()}
        for card_id, rect in cards.items():
            if card_id in c.added_cards:
                self._add(CompareMark(rect.adjusted(-3, -3, 3, 3), ADDED_COLOR, tr("Compare", "new")))
            elif card_id in c.moved_cards:
                self._add_moved(card_id, rect)
            elif card_id in c.changed_cards:
                self._add(CompareMark(rect.adjusted(-3, -3, 3, 3), CHANGED_COLOR, tr("Compare", "changed")))
        self._add_ghosts(cards)
        self._add_metric_changes()

    def _cell(self, lane_id: str, stage_id: str) -> QRectF | None:
        layout = self.scene.layout
        if lane_id not in layout.lane_ids or stage_id not in layout.stage_ids:
            return None
        return QRectF(*layout.cell_rect(layout.lane_ids.index(lane_id), layout.stage_ids.index(stage_id)))

    def _add_moved(self, card_id: str, rect: QRectF) -> None:
        lane_id, stage_id = self.comparison.moved_cards[card_id]
        color = CHANGED_COLOR if card_id in self.comparison.changed_cards else MOVED_COLOR
        origin = self._cell(lane_id, stage_id)
        names = self._names(lane_id, stage_id)
        self._add(
            CompareMark(
                rect.adjusted(-3, -3, 3, 3), color, tr("Compare", "moved from %1").replace("%1", names)
            )
        )
        if origin is not None:
            line = QGraphicsLineItem(QLineF(origin.center(), rect.center()))
            line.setPen(QPen(MOVED_COLOR, 2, Qt.PenStyle.DashLine))
            line.setZValue(OVERLAY_Z - 1)
            self._add(line)

    def _names(self, lane_id: str, stage_id: str) -> str:
        old = self.comparison.old
        lane = next((lane.title for lane in old.lanes if lane.id == lane_id), lane_id)
        stage = next((s.name for s in old.stages if s.id == stage_id), stage_id)
        return tr("Compare", "%1 / %2").replace("%1", lane).replace("%2", stage)

    def _add_ghosts(self, cards: dict[str, QRectF]) -> None:
        m = self.scene.layout.metrics
        stacked: dict[tuple[str, str], float] = {}
        for record in self.comparison.removed_cards:
            cell = self._cell(record["lane_id"], record["stage_id"])
            if cell is None:
                continue  # its lane or stage is gone too: the change list still names it
            key = (record["lane_id"], record["stage_id"])
            if key not in stacked:
                bottoms = [r.bottom() for r in cards.values() if cell.contains(r.center())]
                stacked[key] = max(bottoms, default=cell.top()) + m.card_gap
            y = stacked[key]
            rect = QRectF(cell.left() + m.cell_padding, y, m.card_width, GHOST_HEIGHT)
            stacked[key] = rect.bottom() + m.card_gap
            text = " ".join(str(record.get("text", "")).split()) or record["id"]
            self._add(
                CompareMark(rect, REMOVED_COLOR, tr("Compare", "removed"), ghost_text=text, dashed=True)
            )

    def _add_metric_changes(self) -> None:
        journey = self.scene.doc.journey
        lane = next((lane for lane in journey.lanes if lane.kind == LaneKind.METRICS), None)
        if lane is None:
            return
        metrics = {m.id: m for m in [*self.comparison.old.metrics, *journey.metrics]}
        lines: dict[str, list[str]] = {}
        for (metric_id, stage_id), (before, after) in self.comparison.metric_values.items():
            metric = metrics.get(metric_id)
            if metric is None:
                continue
            old = format_value(metric, before) if before is not None else "—"
            new = format_value(metric, after) if after is not None else "—"
            lines.setdefault(stage_id, []).append(f"{metric.name}: {old} → {new}")
        for stage_id, texts in lines.items():
            cell = self._cell(lane.id, stage_id)
            if cell is not None:
                self._add(MetricChangeItem(cell, texts))


class MetricChangeItem(QGraphicsItem):
    """Old -> new metric values at the foot of a metrics cell, on an amber tag."""

    def __init__(self, cell: QRectF, lines: list[str]) -> None:
        super().__init__()
        self.cell, self.lines = cell, lines
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def _box(self) -> QRectF:
        height = 16.0 * len(self.lines) + 8
        return QRectF(self.cell.left() + 6, self.cell.bottom() - height - 4, self.cell.width() - 12, height)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._box().adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box()
        fill = QColor(CHANGED_COLOR)
        fill.setAlpha(235)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#2b2200"))
        painter.setFont(font(10, bold=True))
        metrics = QFontMetricsF(painter.font())
        for i, line in enumerate(self.lines):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, box.width() - 10)
            painter.drawText(QPointF(box.left() + 5, box.top() + 16 * (i + 1)), text)
