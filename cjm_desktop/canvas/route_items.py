"""Route arrows: a persona's path from one touchpoint card to another, drawn over the grid.

A RouteItem holds only its route's id; where it runs comes from the two card items, so an arrow
follows its cards through every relayout and while they are being dragged. The RouteLayer keeps
exactly one item per route whose cards are on the map.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.canvas.items import CardItem, LaneHeaderItem, StageHeaderItem
from cjm_desktop.canvas.route_labels import place_label
from cjm_desktop.canvas.signal_cues import route_caption
from cjm_desktop.canvas.style import font, palette
from cjm_desktop.model import Route

if TYPE_CHECKING:
    from cjm_desktop.canvas.scene import JourneyScene

LINE_WIDTH = 2.4
HEAD = 11.0  # arrowhead length
HIT_WIDTH = 12.0  # how far from the line a click still picks the route
LABEL_REACH = 180.0  # cards this far around an arrow are considered when its label is placed


def _route(scene: JourneyScene, route_id: str) -> Route | None:
    return next((r for r in scene.doc.journey.routes if r.id == route_id), None)


def route_color(scene: JourneyScene, route: Route) -> QColor:
    """The persona's colour, or a neutral slate for a route of no one in particular."""
    if route.persona_id:
        for persona in scene.doc.journey.personas:
            if persona.id == route.persona_id:
                return palette().graphic(QColor(persona.color))
    return QColor(palette().route_neutral)


def curve_between(a: QRectF, b: QRectF, column_right: float | None = None) -> QPainterPath:
    """A smooth curve from card ``a`` to card ``b``: side to side across columns, a bracket within one.

    ``column_right`` is the right edge of the cards' stage column: a bracket bends inside it.
    """
    dx = b.center().x() - a.center().x()
    path = QPainterPath()
    if abs(dx) > a.width() / 2:
        sign = 1.0 if dx > 0 else -1.0
        start = QPointF(a.right() if sign > 0 else a.left(), a.center().y())
        end = QPointF(b.left() if sign > 0 else b.right(), b.center().y())
        reach = max(36.0, abs(end.x() - start.x()) * 0.45)
        path.moveTo(start)
        path.cubicTo(start + QPointF(sign * reach, 0), end - QPointF(sign * reach, 0), end)
    else:
        # Same column: loop out to the right so the arrow never hides the cards in between.
        start = QPointF(a.right(), a.center().y())
        end = QPointF(b.right(), b.center().y())
        reach = 34.0 + min(abs(end.y() - start.y()) * 0.15, 40.0)
        if column_right is not None:
            # A cubic with both handles at +reach bulges out by 3/4 of it: keep that inside the column.
            room = column_right - max(start.x(), end.x()) - 1.0
            reach = min(reach, max(room, 4.0) / 0.75)
        path.moveTo(start)
        path.cubicTo(start + QPointF(reach, 0), end + QPointF(reach, 0), end)
    return path


def arrow_head(path: QPainterPath) -> QPolygonF:
    """A triangle at the end of ``path``, pointing along its last tangent."""
    end = path.pointAtPercent(1.0)
    angle = math.radians(path.angleAtPercent(0.999))
    # angleAtPercent counts counter-clockwise with y up; scene y grows downwards.
    direction = QPointF(math.cos(angle), -math.sin(angle))
    normal = QPointF(-direction.y(), direction.x())
    base = end - direction * HEAD
    return QPolygonF([end, base + normal * (HEAD * 0.5), base - normal * (HEAD * 0.5)])


def label_text(label: str) -> tuple[str, QSizeF]:
    """A route label as drawn (elided to a pill's width) and the size of its pill."""
    metrics = QFontMetricsF(font(11, bold=True))
    text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 160)
    return text, QSizeF(metrics.horizontalAdvance(text) + 14, 20)


class RouteItem(QGraphicsItem):
    """An arrow for one route; holds the route id, reads colour and label from the model."""

    KIND = "route"

    def __init__(self, route_id: str) -> None:
        super().__init__()
        self.item_id = route_id
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setZValue(12)  # above cards: a route crossing a card stays readable
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._ends: tuple | None = None
        self._bounds = QRectF()
        self._label_rect = QRectF()

    def journey_scene(self) -> JourneyScene:
        """The scene this item lives in (typed)."""
        return self.scene()  # type: ignore[return-value]

    def endpoints(self) -> tuple[CardItem, CardItem] | None:
        """The two card items the route connects, when both are on the map."""
        scene = self.journey_scene()
        route = _route(scene, self.item_id)
        if route is None:
            return None
        a, b = scene.card_items.get(route.from_card), scene.card_items.get(route.to_card)
        return (a, b) if a is not None and b is not None else None

    def update_geometry(self, force: bool = False) -> None:
        """Run the arrow between its cards' current places (cheap no-op when nothing moved)."""
        ends = self.endpoints()
        if ends is None:
            self.setVisible(False)
            return
        a, b = ends
        ra, rb = a.mapRectToScene(a._rect), b.mapRectToScene(b._rect)
        key = (ra.getRect(), rb.getRect())
        self.setVisible(a.isVisible() and b.isVisible())
        if key == self._ends and not force:
            return
        self._ends = key
        path = curve_between(ra, rb, self._column_right(ra, rb))
        # Placed before prepareGeometryChange: the scene look-up it makes would otherwise index this
        # item under its old bounds and never learn the new ones.
        label_rect = self._place_label(path)
        self.prepareGeometryChange()
        self._path = path
        self._head = arrow_head(self._path)
        bounds = self._path.boundingRect().united(self._head.boundingRect())
        self._label_rect = label_rect
        if not self._label_rect.isEmpty():
            bounds = bounds.united(self._label_rect)
        self._bounds = bounds.adjusted(-HIT_WIDTH, -HIT_WIDTH, HIT_WIDTH, HIT_WIDTH)
        self.update()

    def _column_right(self, ra: QRectF, rb: QRectF) -> float | None:
        """Right edge of the stage column both cards sit in (None when they are in different ones)."""
        layout = self.journey_scene().layout
        index = layout.stage_at(ra.center().x())
        if index is None or index != layout.stage_at(rb.center().x()):
            return None
        return layout.stage_x[index] + layout.metrics.stage_width - layout.metrics.gutter

    def _place_label(self, path: QPainterPath) -> QRectF:
        """The label's pill, placed near the arrow's middle where it covers no card (empty: no label)."""
        scene = self.journey_scene()
        route = _route(scene, self.item_id)
        caption = route_caption(scene.doc.journey, route) if route is not None else ""
        if not caption:  # the persona's initials and the label: colour is never the only cue
            return QRectF()
        _text, size = label_text(caption)
        window = path.boundingRect().adjusted(-LABEL_REACH, -LABEL_REACH, LABEL_REACH, LABEL_REACH)
        # Cards and headers stay readable; labels of other routes already placed are avoided too.
        obstacles = []
        # By bounding rect: a route's shape is its line only, its label lies outside that.
        for item in scene.items(window, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, (CardItem, StageHeaderItem, LaneHeaderItem)) and item.isVisible():
                obstacles.append(item.mapRectToScene(item._rect))
            elif isinstance(item, RouteItem) and item is not self and item.isVisible():
                other = item.label_rect()
                if not other.isEmpty():
                    obstacles.append(other.adjusted(-2, -2, 2, 2))
        return place_label(path, size, obstacles)

    def label_rect(self) -> QRectF:
        """Where the label's pill is drawn, in scene coordinates (empty without a label)."""
        return QRectF(self._label_rect)

    def path(self) -> QPainterPath:
        """The curve in scene coordinates (the item sits at the origin)."""
        return QPainterPath(self._path)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        shape = stroker.createStroke(self._path)
        shape.addPolygon(self._head)
        return shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.journey_scene()
        route = _route(scene, self.item_id)
        if route is None or self._path.isEmpty():
            return
        color = route_color(scene, route)
        dimmed = bool(scene.highlight_persona_id) and route.persona_id != scene.highlight_persona_id
        if dimmed:
            painter.setOpacity(0.22)
        selected = (
            self.isSelected() and not scene.export_mode
        )  # as MapItem.show_selected: QStyle stays unbuilt
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if selected:
            halo = QColor(palette().selection)
            halo.setAlpha(90)
            painter.setPen(QPen(halo, LINE_WIDTH + 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self._path)
        # A casing in the paper's colour keeps the arrow readable where it crosses cards and grid lines.
        painter.setPen(QPen(palette().halo, LINE_WIDTH + 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self._path)
        painter.setPen(QPen(color, LINE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self._path)
        painter.setPen(
            QPen(color, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        painter.setBrush(color)
        painter.drawPolygon(self._head)
        if not self._label_rect.isEmpty():
            self._paint_label(painter, route_caption(scene.doc.journey, route), color)

    def _paint_label(self, painter: QPainter, label: str, color: QColor) -> None:
        label_font = font(11, bold=True)
        text, _size = label_text(label)
        pill = self._label_rect
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(palette().surface)
        painter.drawRoundedRect(pill, 10, 10)
        painter.setFont(label_font)
        painter.setPen(palette().ink)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)


class RouteLayer(QObject):
    """Keeps one RouteItem per route on the scene and moves them with their cards."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.items: dict[str, RouteItem] = {}
        scene.layout_changed.connect(self.sync)
        # Not scene.changed: a listener on it makes Qt repaint the whole view whenever an item is
        # removed (and for a new item's first placement); the scene calls follow_drag instead.
        self.sync()

    def sync(self) -> None:
        """Create and remove route items to match the model, then place every arrow."""
        routes = self.scene.doc.journey.routes
        cards = self.scene.card_items
        wanted = [r.id for r in routes if r.from_card in cards and r.to_card in cards]
        keep = set(wanted)
        for route_id in [i for i in self.items if i not in keep]:
            self.scene.removeItem(self.items.pop(route_id))
        for route_id in wanted:
            item = self.items.get(route_id)
            if item is None:
                item = self.items[route_id] = RouteItem(route_id)
                self.scene.addItem(item)
            item.update_geometry(force=True)

    def follow_drag(self) -> None:
        """Qt just moved dragged cards (the model has not changed yet): arrows follow the items."""
        if self.items and isinstance(self.scene.mouseGrabberItem(), CardItem):
            for item in self.items.values():
                item.update_geometry()

    def selected_route_ids(self) -> list[str]:
        """Ids of the selected routes, in model order."""
        chosen = {item.item_id for item in self.items.values() if item.isSelected()}
        return [r.id for r in self.scene.doc.journey.routes if r.id in chosen]
