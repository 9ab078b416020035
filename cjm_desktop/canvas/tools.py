"""Interaction tools installed on the scene: each turns one kind of gesture into one command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from cjm_desktop.canvas.items import CardItem, LaneHeaderItem, StageHeaderItem
from cjm_desktop.canvas.lane_rows import LaneRowItem
from cjm_desktop.canvas.style import palette
from cjm_desktop.document import edits

if TYPE_CHECKING:  # the scene installs the tools: tools only name its type
    from cjm_desktop.canvas.scene import JourneyScene

DRAG_THRESHOLD = 4.0


class Tool:
    """Base tool: returns True from a handler when it consumed the event."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene

    def activate(self) -> None:
        """Called when the tool is installed."""

    def deactivate(self) -> None:
        """Called when another tool replaces this one."""

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False


class DropIndicator(QGraphicsLineItem):
    """A bright line where dragged cards or headers will land (screen only)."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(QPen(palette().selection, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setZValue(100)


class SelectTool(Tool):
    """Select, rubber-band, drag cards between cells, drag headers to reorder, double-click to add or edit."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__(scene)
        self._press: QPointF | None = None
        self._dragging_cards = False
        self._header: StageHeaderItem | LaneHeaderItem | None = None
        self._indicator: DropIndicator | None = None

    # ---- helpers -------------------------------------------------------------------------------
    def _show_indicator(self, line: QLineF | None) -> None:
        if line is None:
            if self._indicator is not None:
                self._indicator.hide()
            return
        if self._indicator is None:
            self._indicator = DropIndicator()
            self.scene.addItem(self._indicator)
        self._indicator.setLine(line)
        self._indicator.show()

    def _hide_indicator(self) -> None:
        if self._indicator is not None:
            self.scene.removeItem(self._indicator)
            self._indicator = None

    def card_drop_target(self, pos: QPointF, moving: set[str]) -> tuple[str, str, int, QLineF] | None:
        """(lane id, stage id, position, indicator line) for cards dropped at ``pos``."""
        layout = self.scene.layout
        li, si = layout.lane_at(pos.y()), layout.stage_at(pos.x())
        if li is None or si is None:
            return None
        lane_id, stage_id = layout.lane_ids[li], layout.stage_ids[si]
        journey = self.scene.doc.journey
        others = [c for c in journey.cards_in(lane_id, stage_id) if c.id not in moving]
        rects = [layout.cards[c.id] for c in others if c.id in layout.cards]
        position = layout.position_in_cell(rects, pos.y())
        x, y, w, h = layout.cell_rect(li, si)
        m = layout.metrics
        if rects and position < len(rects):
            line_y = rects[position][1] - m.card_gap / 2
        elif rects:
            line_y = rects[-1][1] + rects[-1][3] + m.card_gap / 2
        else:
            row = self.scene.row_items.get(lane_id)
            line_y = y + (row.reserved_height() if row else 0) + m.cell_padding / 2
        return lane_id, stage_id, position, QLineF(x + m.cell_padding, line_y, x + w - m.cell_padding, line_y)

    # ---- events --------------------------------------------------------------------------------
    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = event.scenePos()
        self._dragging_cards = False
        item = self.scene.top_item_at(event.scenePos())
        if isinstance(item, (StageHeaderItem, LaneHeaderItem)):
            self._header = item
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if not item.isSelected():
                    self.scene.clearSelection()
                item.setSelected(True)
            else:
                item.setSelected(not item.isSelected())
            return True
        self._header = None
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        moved = (event.scenePos() - self._press).manhattanLength() > DRAG_THRESHOLD
        layout = self.scene.layout
        if self._header is not None:
            if moved:
                pos = event.scenePos()
                if isinstance(self._header, StageHeaderItem):
                    x = layout.grid_left + layout.stage_insert_index(pos.x()) * layout.metrics.stage_width - 1
                    top, bottom = layout.top, layout.height - layout.metrics.margin
                    self._show_indicator(QLineF(x, top, x, bottom))
                else:
                    index = layout.lane_insert_index(pos.y())
                    y = (
                        layout.lane_y[index]
                        if index < len(layout.lane_y)
                        else layout.height - layout.metrics.margin
                    )
                    self._show_indicator(
                        QLineF(layout.metrics.margin, y - 1, layout.width - layout.metrics.margin, y - 1)
                    )
            return True
        selected_cards = self.scene.selected_ids("card")
        if moved and selected_cards and isinstance(self.scene.mouseGrabberItem(), CardItem):
            if not self._dragging_cards:
                self.scene.loosen_rows(selected_cards)  # dragged out of its row, a card must still show
            self._dragging_cards = True
            target = self.card_drop_target(event.scenePos(), set(selected_cards))
            self._show_indicator(target[3] if target else None)
        return False  # let Qt move the selected cards along with the mouse

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        press, self._press = self._press, None
        self._hide_indicator()
        moved = (event.scenePos() - press).manhattanLength() > DRAG_THRESHOLD
        doc = self.scene.doc
        if self._header is not None:
            header, self._header = self._header, None
            if moved:
                layout = self.scene.layout
                if isinstance(header, StageHeaderItem):
                    index = layout.stage_insert_index(event.scenePos().x())
                    old = doc.journey.stage_index(header.item_id)
                    edits.move_stage(doc, header.item_id, index - 1 if index > old else index)
                else:
                    index = layout.lane_insert_index(event.scenePos().y())
                    old = doc.journey.lane_index(header.item_id)
                    edits.move_lane(doc, header.item_id, index - 1 if index > old else index)
            return True
        if self._dragging_cards:
            self._dragging_cards = False
            ids = self.scene.selected_ids("card")
            target = self.card_drop_target(event.scenePos(), set(ids))
            if target is not None:
                edits.move_cards(doc, ids, target[0], target[1], target[2])
            self.scene.relayout()  # snap into the grid (also when the drop changed nothing)
            self.scene.select_ids(ids)
        return False  # Qt ends its own move; the items already sit where the model says

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        item = self.scene.top_item_at(event.scenePos())
        if isinstance(item, CardItem):
            self.scene.edit_requested.emit("card", item.item_id)
            return True
        if isinstance(item, StageHeaderItem):
            self.scene.edit_requested.emit("stage", item.item_id)
            return True
        if isinstance(item, LaneHeaderItem):
            self.scene.edit_requested.emit("lane", item.item_id)
            return True
        if isinstance(item, LaneRowItem):
            return False  # drawn lanes handle their own double-clicks
        layout = self.scene.layout
        li, si = layout.lane_at(event.scenePos().y()), layout.stage_at(event.scenePos().x())
        if li is None or si is None:
            return False
        card = edits.add_card(self.scene.doc, layout.lane_ids[li], layout.stage_ids[si])
        self.scene.select_ids([card.id])
        self.scene.edit_requested.emit("card", card.id)
        return True
