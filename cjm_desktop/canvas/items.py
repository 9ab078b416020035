"""Graphics items: each holds a model id and the rect the layout gave it, never model data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.canvas import card_painter, header_text
from cjm_desktop.canvas.shapes import fill_within
from cjm_desktop.canvas.style import font, palette

if TYPE_CHECKING:
    from cjm_desktop.canvas.scene import JourneyScene

# Below this zoom (as painted) headers skip their text; card_painter simplifies cards below 0.35 too.
TEXT_MIN_DETAIL = 0.35

# Item settings as values made once: reading a Qt enum member and or-ing flags is Python-level work
# (several microseconds each), which added up to about a third of building a 10,000-card scene.
_NO_PEN = QPen(Qt.PenStyle.NoPen)  # one pen for all: an enum would be converted to a new QPen per item
_OPEN_HAND = Qt.CursorShape.OpenHandCursor
_NO_RECT = QRectF()  # never changed in place: set_rect replaces it
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_HEADER_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
_CARD_FLAGS = _HEADER_FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


class MapItem(QGraphicsRectItem):
    """Base: an item identified by a model id and sized by the scene's layout.

    It derives from QGraphicsRectItem only so that Qt asks C++ for the bounding rect: the view
    calls boundingRect() several times per item and frame, and a Python override of it cost
    about half of a full repaint of a 2,500-card map. The rect item's own pen and brush stay unused.
    """

    KIND = ""  # what the item shows: "card", "stage", "lane", "title"

    def __init__(self, item_id: str, cached: bool = True) -> None:
        super().__init__()
        self.item_id = item_id
        self._rect = _NO_RECT  # shared until set_rect gives the item its own
        self.setPen(_NO_PEN)
        # On screen an item is painted once per zoom level and then blitted, which keeps panning
        # smooth; the scene renews the pixmap on every change it shows (JourneyScene.renew_drawn,
        # a card's update()) and exports switch caching off (JourneyScene.export_mode) for vectors.
        # Uncached (Qt's default: no call) for a scene that paints directly, as on open: a map's
        # 10,000 cards were each set to cache and then back.
        if cached:
            self.setCacheMode(_DEVICE_CACHE)

    def journey_scene(self) -> JourneyScene:
        """The scene this item lives in (typed)."""
        return self.scene()  # type: ignore[return-value]

    def set_rect(self, x: float, y: float, w: float, h: float) -> None:
        """Place and size the item (the layout's decision)."""
        rect = self._rect
        if rect.width() != w or rect.height() != h:
            self._rect = QRectF(0, 0, w, h)
            self.setRect(-4, -4, w + 8, h + 8)  # room for selection outlines and shadows
        self.setPos(x, y)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def show_selected(self, option: QStyleOptionGraphicsItem) -> bool:
        """Draw the selection outline? Never in exports."""
        # What option.state's State_Selected says (Qt sets it from isSelected()), without reading the
        # state: its QStyle flag type would make PySide build QStyle's eleven enums on the first paint.
        return self.isSelected() and not self.journey_scene().export_mode


class CardItem(MapItem):
    """A card in a cell."""

    KIND = "card"

    def __init__(self, item_id: str, cached: bool = True) -> None:
        super().__init__(item_id, cached)
        self.setFlags(_CARD_FLAGS)
        # No z of its own: the scene puts each card under its lane's parent item, which stacks
        # the cards above headers and rows (z 10); one call less per card on open.
        self.setCursor(_OPEN_HAND)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.journey_scene()
        journey = scene.doc.journey
        card = journey.card(self.item_id)
        kind = journey.lane(card.lane_id).kind
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        card_painter.paint_card(
            painter,
            self._rect,
            card,
            kind,
            scene.text_cache,
            self.show_selected(option),
            detail,
            journey.personas,
            journey.channels,
            scene.card_metric_texts(card.id),
            scene.card_link_texts(card.id),
        )
        if scene.is_dimmed(card):
            painter.fillRect(self._rect.adjusted(-1, -1, 1, 1), palette().dim)


class StageHeaderItem(MapItem):
    """A stage's header across the top of its column."""

    KIND = "stage"

    def __init__(self, item_id: str, cached: bool = True) -> None:
        super().__init__(item_id, cached)
        self.setFlags(_HEADER_FLAGS)
        self.setZValue(5)
        self.setCursor(_OPEN_HAND)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.journey_scene()
        journey = scene.doc.journey
        stage = journey.stage(self.item_id)
        index = journey.stage_index(self.item_id)
        rect = self._rect
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        painter.fillPath(path, QColor(stage.color))
        if option.levelOfDetailFromTransform(painter.worldTransform()) < TEXT_MIN_DETAIL:
            return  # far zoomed out: text would be a few pixels tall, and drawing it costs most of a frame
        painter.setPen(QColor(255, 255, 255, 190))
        painter.setFont(font(11, bold=True))
        painter.drawText(
            rect.adjusted(14, 8, -10, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"{scene.stage_numbers.get(self.item_id, index + 1):02d}",
        )
        painter.setPen(QColor("white"))
        # Wrapped, never elided: the header row is as tall as the longest name needs (header_text).
        name = header_text.stage_name_text(stage.name, rect.width())
        name.draw(painter, rect.x() + header_text.STAGE_NAME_SIDE, rect.y() + header_text.STAGE_NAME_TOP)
        if self.show_selected(option):
            painter.setPen(QPen(palette().selection, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 9, 9)


class LaneHeaderItem(MapItem):
    """A lane's header down the left of its row."""

    KIND = "lane"

    def __init__(self, item_id: str, cached: bool = True) -> None:
        super().__init__(item_id, cached)
        self.setFlags(_HEADER_FLAGS)
        self.setZValue(5)
        self.setCursor(_OPEN_HAND)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lane = self.journey_scene().doc.journey.lane(self.item_id)
        colours = palette()
        style = colours.kind(lane.kind)
        rect = self._rect
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        painter.fillPath(path, colours.lane_header_bg)
        fill_within(painter, path, QRectF(rect.x(), rect.y(), 5, rect.height()), QColor(style.accent))
        if option.levelOfDetailFromTransform(painter.worldTransform()) < TEXT_MIN_DETAIL:
            return  # far zoomed out: see StageHeaderItem.paint
        painter.setPen(QColor(style.accent))
        painter.setFont(font(18))
        painter.drawText(
            QRectF(rect.x() + 14, rect.y() + 10, 26, 26), Qt.AlignmentFlag.AlignCenter, style.symbol
        )
        painter.setPen(palette().ink)
        # The lane is at least as tall as its wrapped title needs (header_text), so no word is lost.
        title = header_text.lane_title_text(lane.title, rect.width())
        title.draw(painter, rect.x() + header_text.LANE_TITLE_LEFT, rect.y() + header_text.LANE_TITLE_TOP)
        if self.show_selected(option):
            painter.setPen(QPen(palette().selection, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 9, 9)


class TitleItem(MapItem):
    """The map's title and goals above the grid, so they travel with every export."""

    KIND = "title"

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        journey = self.journey_scene().doc.journey
        rect = self._rect
        title_font = font(28, bold=True)
        painter.setFont(title_font)
        painter.setPen(palette().ink)
        metrics = QFontMetricsF(title_font)
        title = metrics.elidedText(journey.title or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QPointF(rect.x(), rect.y() + metrics.ascent()), title)
        subtitle = journey.goals or journey.description
        if subtitle:
            sub_font = font(14)
            painter.setFont(sub_font)
            painter.setPen(palette().muted_ink)
            sub_metrics = QFontMetricsF(sub_font)
            line = sub_metrics.elidedText(
                " ".join(subtitle.split()), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(QPointF(rect.x(), rect.y() + metrics.height() + 4 + sub_metrics.ascent()), line)
