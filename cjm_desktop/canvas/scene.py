"""JourneyScene: mirrors a JourneyDocument as graphics items and lays them out from the model."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from cjm_desktop.canvas import card_painter
from cjm_desktop.canvas.card_metrics import card_metric_texts
from cjm_desktop.canvas.geometry import GridLayout, LaneSpec, Metrics, compute_layout
from cjm_desktop.canvas.items import CardItem, LaneHeaderItem, MapItem, StageHeaderItem, TitleItem
from cjm_desktop.canvas.lane_rows import DRAWN_LANES, LaneRowItem
from cjm_desktop.canvas.style import LANE_BAND, PAPER
from cjm_desktop.canvas.text_block import TextCache
from cjm_desktop.document import JourneyDocument
from cjm_desktop.model import Card


class JourneyScene(QGraphicsScene):
    """The map as a scene; rebuilds itself from the model after any change."""

    layout_changed = Signal()
    edit_requested = Signal(str, str)  # (item kind: "card" | "stage" | "lane", id): open the in-place editor

    def __init__(self, doc: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.metrics = Metrics()
        self.text_cache = TextCache()
        self._export_mode = False
        self._cell_colors: dict[tuple[int, str], QColor] = {}
        self.transparent_background = False  # exports with a transparent background skip the paper
        # Cached card pixmaps for a full 4K screen of cards; Qt's default (10 MB) is too small.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 160 * 1024))
        self.highlight_persona_id: str | None = None  # view state: dims cards of other personas
        # View state: lanes left out of the layout (presentation mode hides empty lanes); default none.
        self.hidden_lane_ids: set[str] = set()
        self._lanes_hidden = False
        self.layout: GridLayout = compute_layout([], [], {}, 0.0, self.metrics)
        self.card_items: dict[str, CardItem] = {}
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.row_items: dict[str, LaneRowItem] = {}
        self.title_item = TitleItem("title")
        self.addItem(self.title_item)
        self._card_heights: dict[str, tuple[tuple, float]] = {}
        self._metric_texts: dict[str, tuple[str, ...]] | None = None  # built on first use
        from cjm_desktop.canvas.tools import SelectTool  # tools import the scene's types

        self.tool = SelectTool(self)
        doc.reset.connect(self.rebuild)
        doc.collection_changed.connect(self._on_collection_changed)
        doc.item_changed.connect(self._on_item_changed)
        self.rebuild()
        from cjm_desktop.canvas.route_items import RouteLayer  # route arrows follow every relayout

        self.route_layer = RouteLayer(self)

    @property
    def export_mode(self) -> bool:
        """True while exporting: no selection or hints, and no pixmap caching (vector output)."""
        return self._export_mode

    @export_mode.setter
    def export_mode(self, on: bool) -> None:
        self._export_mode = on
        mode = QGraphicsItem.CacheMode.NoCache if on else QGraphicsItem.CacheMode.DeviceCoordinateCache
        for item in self.card_items.values():
            item.setCacheMode(mode)

    # ---- mirroring the model -------------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and build them again from the model (after load)."""
        for items in (self.card_items, self.stage_items, self.lane_items, self.row_items):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        self._card_heights.clear()
        self._metric_texts = None
        self.sync()

    def sync(self) -> None:
        """Create and remove items so there is exactly one per model object, then lay out."""
        journey = self.doc.journey
        self._sync_map(self.stage_items, [s.id for s in journey.stages], StageHeaderItem)
        self._sync_map(self.lane_items, [lane.id for lane in journey.lanes], LaneHeaderItem)
        self._sync_map(self.card_items, [c.id for c in journey.cards], CardItem)
        drawn = {lane.id: DRAWN_LANES[lane.kind] for lane in journey.lanes if lane.kind in DRAWN_LANES}
        for lane_id in list(self.row_items):
            if lane_id not in drawn or not isinstance(self.row_items[lane_id], drawn[lane_id]):
                self.removeItem(self.row_items.pop(lane_id))
        for lane_id, cls in drawn.items():
            if lane_id not in self.row_items:
                item = cls(lane_id)
                self.row_items[lane_id] = item
                self.addItem(item)
        self.relayout()

    def _sync_map(self, items: dict[str, MapItem], ids: list[str], cls: type[MapItem]) -> None:
        wanted = set(ids)
        for item_id in [i for i in items if i not in wanted]:
            self.removeItem(items.pop(item_id))
            self._card_heights.pop(item_id, None)
        for item_id in ids:
            if item_id not in items:
                item = cls(item_id)
                if self._export_mode:
                    item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
                items[item_id] = item
                self.addItem(item)

    def card_height(self, card: Card) -> float:
        """A card's height, remembered until its shown content changes."""
        kind = self.doc.journey.lane(card.lane_id).kind
        channels = self.doc.journey.channels
        metric_texts = self.card_metric_texts(card.id)
        key = card_painter.height_key(card, kind, channels, metric_texts)
        cached = self._card_heights.get(card.id)
        if cached and cached[0] == key:
            return cached[1]
        height = card_painter.card_height(
            card, kind, self.metrics.card_width, self.text_cache, channels, metric_texts
        )
        self._card_heights[card.id] = (key, height)
        return height

    def card_metric_texts(self, card_id: str) -> tuple[str, ...]:
        """A touchpoint's metric chips, from a map of every card's built once per metrics change."""
        if self._metric_texts is None:
            self._metric_texts = card_metric_texts(self.doc.journey)
        return self._metric_texts.get(card_id, ())

    def top_band_height(self) -> float:
        """Height of what sits between the title and the stage headers (the persona strip)."""
        from cjm_desktop.canvas.bands import top_band_height

        return top_band_height(self)

    def relayout(self) -> None:
        """Recompute every position from the model and move the items there."""
        journey = self.doc.journey
        m = self.metrics
        cells: dict[tuple[str, str], list[tuple[str, float]]] = {}
        for card in journey.cards:
            cells.setdefault((card.lane_id, card.stage_id), []).append((card.id, self.card_height(card)))
        specs = [
            LaneSpec(lane.id, self.row_items[lane.id].reserved_height() if lane.id in self.row_items else 0.0)
            for lane in journey.lanes
            if lane.id not in self.hidden_lane_ids
        ]
        top = m.margin + m.title_height + self.top_band_height()
        self.layout = layout = compute_layout([s.id for s in journey.stages], specs, cells, top, m)
        self.title_item.set_rect(
            m.margin, m.margin, max(layout.width - 2 * m.margin, 400), m.title_height - 12
        )
        for i, stage_id in enumerate(layout.stage_ids):
            self.stage_items[stage_id].set_rect(*layout.stage_rect(i))
        for i, lane_id in enumerate(layout.lane_ids):
            self.lane_items[lane_id].set_rect(*layout.lane_rect(i))
            if lane_id in self.row_items:
                x, y, w, _ = layout.lane_row_rect(i)
                self.row_items[lane_id].set_rect(x, y, w, specs[i].reserved - m.gutter)
        for card_id, rect in layout.cards.items():
            self.card_items[card_id].set_rect(*rect)
        if self.hidden_lane_ids or self._lanes_hidden:
            self._apply_hidden_lanes()
        self.setSceneRect(QRectF(0, 0, max(layout.width, 600), max(layout.height, 400)))
        self.update()
        self.layout_changed.emit()

    def _apply_hidden_lanes(self) -> None:
        # Items of hidden lanes keep their last place, so they must not show (or take clicks).
        hidden = self.hidden_lane_ids
        for items in (self.lane_items, self.row_items):
            for lane_id, item in items.items():
                item.setVisible(lane_id not in hidden)
        for card in self.doc.journey.cards:
            self.card_items[card.id].setVisible(card.lane_id not in hidden)
        self._lanes_hidden = bool(hidden)

    def _on_collection_changed(self, name: str) -> None:
        if name in ("metrics", "metric_values", "personas", "cards"):
            self._drop_metric_texts()
        if name in ("stages", "lanes", "cards"):
            self.sync()
        else:
            self.relayout()
        if name in ("personas", "channels"):
            self.repaint_cards()  # chips on cards show persona names and colours, channel names and icons

    def _on_item_changed(self, collection: str, item_id: str) -> None:
        if collection in ("metrics", "personas", "map"):  # names, formats, the number locale
            self._drop_metric_texts()
        if collection == "lanes" and item_id in self.lane_items:
            self.sync()  # the kind may have changed to or from a drawn lane
            self.repaint_cards({c.id for c in self.doc.journey.cards if c.lane_id == item_id})
        else:
            self.relayout()
        if collection == "cards" and item_id in self.card_items:
            self.card_items[item_id].update()
        elif collection in ("personas", "channels"):
            self.repaint_cards()

    def _drop_metric_texts(self) -> None:
        # Rebuild now and repaint just the cards whose chips changed (their cached pixmaps are stale).
        old = self._metric_texts or {}
        new = self._metric_texts = card_metric_texts(self.doc.journey)
        changed = {card_id for card_id in old.keys() | new.keys() if old.get(card_id) != new.get(card_id)}
        if changed:
            self.repaint_cards(changed)

    def repaint_cards(self, ids: set[str] | None = None) -> None:
        """Repaint cards whose look changed; a card's cached pixmap is only renewed by its update()."""
        for card_id, item in self.card_items.items():
            if ids is None or card_id in ids:
                item.update()

    # ---- selection (view state, never in the undo history) -------------------------------------
    def selected_ids(self, kind: str) -> list[str]:
        """Ids of the selected items of a kind ("card", "stage", "lane"), in model order."""
        chosen = {item.item_id for item in self.selectedItems() if getattr(item, "KIND", "") == kind}
        journey = self.doc.journey
        source = {"card": journey.cards, "stage": journey.stages, "lane": journey.lanes}[kind]
        return [x.id for x in source if x.id in chosen]

    def select_ids(self, ids: list[str]) -> None:
        """Select exactly these items (cards, stages or lanes by id)."""
        self.clearSelection()
        for item_id in ids:
            item = self.item_for(item_id)
            if item is not None:
                item.setSelected(True)

    def item_for(self, item_id: str) -> MapItem | None:
        """The item that shows a model object."""
        return self.card_items.get(item_id) or self.stage_items.get(item_id) or self.lane_items.get(item_id)

    def is_dimmed(self, card: Card) -> bool:
        """Is this card faded out by the persona highlight?"""
        return bool(self.highlight_persona_id) and self.highlight_persona_id not in card.persona_ids

    def set_highlight_persona(self, persona_id: str | None) -> None:
        """Fade cards not linked to a persona (view state)."""
        self.highlight_persona_id = persona_id
        self.repaint_cards()
        self.update()

    # ---- painting -----------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        if not self.transparent_background:
            painter.fillRect(rect, PAPER)
        layout = self.layout
        if not layout.stage_ids or not layout.lane_ids:
            return
        first_lane = max(bisect_right(layout.lane_y, rect.top()) - 1, 0)
        last_lane = bisect_left(layout.lane_y, rect.bottom())
        first_stage = max(bisect_right(layout.stage_x, rect.left()) - 1, 0)
        last_stage = bisect_left(layout.stage_x, rect.right())
        journey = self.doc.journey
        for li in range(first_lane, min(last_lane + 1, len(layout.lane_ids))):
            band = LANE_BAND[li % 2]
            for si in range(first_stage, min(last_stage + 1, len(layout.stage_ids))):
                x, y, w, h = layout.cell_rect(li, si)
                painter.fillRect(
                    QRectF(x, y, w, h), self._cell_color(band, journey.stage(layout.stage_ids[si]).color)
                )

    def _cell_color(self, band: QColor, stage_color: str) -> QColor:
        # A faint tint of the stage's colour ties each column to its header. Mixed once here
        # rather than painted as a translucent second pass, which cost ~7 ms a frame.
        key = (band.rgb(), stage_color)
        color = self._cell_colors.get(key)
        if color is None:
            tint = QColor(stage_color)
            color = QColor(
                round(band.red() * 0.95 + tint.red() * 0.05),
                round(band.green() * 0.95 + tint.green() * 0.05),
                round(band.blue() * 0.95 + tint.blue() * 0.05),
            )
            self._cell_colors[key] = color
        return color

    # ---- tools --------------------------------------------------------------------------------
    def set_tool(self, tool) -> None:
        """Install an interaction tool (select, route drawing, voting, ...)."""
        self.tool.deactivate()
        self.tool = tool
        tool.activate()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self.tool.mouse_press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self.tool.mouse_move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self.tool.mouse_release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self.tool.mouse_double_click(event):
            super().mouseDoubleClickEvent(event)

    def top_item_at(self, pos) -> QGraphicsItem | None:
        """The top-most map item under a scene position."""
        for item in self.items(pos):
            if isinstance(item, (MapItem, LaneRowItem)) and not isinstance(item, TitleItem):
                return item
        return None
