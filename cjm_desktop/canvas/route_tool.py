"""The route tool: click a touchpoint card, then the next one, to draw a persona's route.

Clicks chain (A → B → C draws two arrows), Esc drops the pending start, a second Esc (or a click
on empty space with nothing pending) leaves the tool. Each arrow is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSceneMouseEvent

from cjm_desktop.canvas.items import CardItem
from cjm_desktop.canvas.route_items import curve_between
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import palette
from cjm_desktop.canvas.tools import SelectTool, Tool
from cjm_desktop.document import route_edits
from cjm_desktop.i18n import tr
from cjm_desktop.model import LaneKind


class _EscFilter(QObject):
    """The tool's keys on the views: Esc, and Enter / Delete for drawing without a mouse.

    Arrow keys still walk the cards (the view's keyboard navigation); Enter or Space picks the
    selected touchpoint as a route's start or next stop; Delete removes the arrows leaving it.
    """

    def __init__(self, tool: RouteTool) -> None:
        super().__init__()
        self.tool = tool

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                event.accept()  # ours, not Edit > Delete (which would delete the card)
                return True
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.tool.escape()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.modifiers():
            return self.tool.pick_selected()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.tool.delete_from_selected()
        return False


class RouteTool(Tool):
    """Draws routes between touchpoint cards; consumes clicks so nothing is moved meanwhile."""

    def __init__(
        self,
        scene: JourneyScene,
        on_exit: Callable[[], None] | None = None,
        message: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(scene)
        self.source: str | None = None
        self.on_exit = on_exit
        self.message = message or (lambda _text: None)
        self._rubber: QGraphicsPathItem | None = None
        self._filter = _EscFilter(self)

    # ---- life cycle ---------------------------------------------------------------------------
    def activate(self) -> None:
        self.scene.clearSelection()
        for view in self.scene.views():
            view.viewport().setCursor(Qt.CursorShape.CrossCursor)
            view.installEventFilter(self._filter)
        self.message(
            tr("RouteTool", "Draw route: click a touchpoint card, then the next one. Esc to finish.")
        )

    def deactivate(self) -> None:
        self.cancel()
        for view in self.scene.views():
            view.viewport().unsetCursor()
            view.removeEventFilter(self._filter)
        self.message("")

    def cancel(self) -> None:
        """Drop the pending start card."""
        self.source = None
        if self._rubber is not None:
            self.scene.removeItem(self._rubber)
            self._rubber = None

    def escape(self) -> None:
        """Esc: first drop the pending start, then leave the tool."""
        if self.source is not None:
            self.cancel()
            self.scene.clearSelection()
            # The arrows drawn so far stay: only the loose end waiting for its next card is dropped.
            self.message(
                tr(
                    "RouteTool",
                    "Route kept; the next arrow was not started. Click a touchpoint card to draw "
                    "another route, Esc to finish.",
                )
            )
        else:
            self.leave()

    def leave(self) -> None:
        """Go back to the select tool."""
        if self.scene.tool is self:
            self.scene.set_tool(SelectTool(self.scene))
        if self.on_exit is not None:
            self.on_exit()

    # ---- helpers ------------------------------------------------------------------------------
    def touchpoint_at(self, pos: QPointF) -> str | None:
        """The touchpoint card under a scene position."""
        item = self.scene.top_item_at(pos)
        if not isinstance(item, CardItem):
            return None
        journey = self.scene.doc.journey
        card = journey.card(item.item_id)
        return card.id if journey.lane(card.lane_id).kind == LaneKind.TOUCHPOINTS else None

    def _persona_for(self, from_card: str, to_card: str) -> str | None:
        # The persona being highlighted wins; else the one persona both cards are linked to.
        if self.scene.highlight_persona_id:
            return self.scene.highlight_persona_id
        journey = self.scene.doc.journey
        shared = [p for p in journey.card(from_card).persona_ids if p in journey.card(to_card).persona_ids]
        return shared[0] if len(shared) == 1 else None

    def _update_rubber(self, pos: QPointF) -> None:
        item = self.scene.card_items.get(self.source or "")
        if item is None:
            return
        start = item.mapRectToScene(item._rect)
        if self._rubber is None:
            self._rubber = QGraphicsPathItem()
            self._rubber.setPen(
                QPen(QColor(palette().route_neutral), 2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
            )
            self._rubber.setZValue(50)
            self.scene.addItem(self._rubber)
        target = self.touchpoint_at(pos)
        if target and target != self.source:
            end_item = self.scene.card_items[target]
            path = curve_between(start, end_item.mapRectToScene(end_item._rect))
        else:
            path = QPainterPath(start.center())
            path.lineTo(pos)
        self._rubber.setPath(path)

    # ---- events -------------------------------------------------------------------------------
    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return event.button() != Qt.MouseButton.RightButton  # the context menu still works
        event.accept()  # ours: the view must not start a rubber band either
        if self.source is not None and self.source not in self.scene.card_items:
            self.cancel()  # the start card went away meanwhile (undo, delete)
        card_id = self.touchpoint_at(event.scenePos())
        if card_id is None:
            if isinstance(self.scene.top_item_at(event.scenePos()), CardItem):
                self.message(
                    tr("RouteTool", "Routes connect touchpoint cards: click a card in a touchpoints lane.")
                )
            elif self.source is not None:
                self.cancel()
                self.scene.clearSelection()
            return True
        self.pick(card_id)
        if self._rubber is not None:
            self._update_rubber(event.scenePos())
        return True

    def pick_selected(self) -> bool:
        """Enter: the selected card is the route's start or next stop (the keyboard's click)."""
        selected = self.scene.selected_ids("card")
        if len(selected) != 1:
            return False
        journey = self.scene.doc.journey
        if journey.lane(journey.card(selected[0]).lane_id).kind != LaneKind.TOUCHPOINTS:
            self.message(
                tr("RouteTool", "Routes connect touchpoint cards: choose a card in a touchpoints lane.")
            )
            return True
        if self.source is not None and self.source not in self.scene.card_items:
            self.cancel()
        self.pick(selected[0])
        return True

    def delete_from_selected(self) -> bool:
        """Delete: remove the arrows that leave the selected touchpoint (one undo step)."""
        selected = self.scene.selected_ids("card")
        routes = [r.id for r in self.scene.doc.journey.routes if r.from_card in selected]
        if routes:
            self.cancel()
            route_edits.delete_routes(self.scene.doc, routes)
            self.message(tr("RouteTool", "Arrows leaving this touchpoint deleted (Ctrl+Z brings them back)."))
        return True

    def pick(self, card_id: str) -> None:
        """Start a route at a touchpoint, or draw the arrow from the pending start to it."""
        if self.source is None or self.source == card_id:
            self.source = card_id
            self.scene.select_ids([card_id])
            self.message(tr("RouteTool", "Now click the touchpoint the customer goes to next."))
            return
        route = route_edits.add_route(
            self.scene.doc, self.source, card_id, self._persona_for(self.source, card_id)
        )
        if route is None:
            self.message(tr("RouteTool", "These two touchpoints are already connected."))
        else:
            self.message(
                tr("RouteTool", "Route drawn. Click the next touchpoint to continue, Esc to finish.")
            )
        self.source = card_id  # keep chaining from where the customer is now
        self.scene.select_ids([card_id])

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.source is not None:
            self._update_rubber(event.scenePos())
        event.accept()
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        event.accept()
        return True

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        event.accept()
        return True  # never add or edit cards while drawing routes
