"""JourneyScene: mirrors a JourneyDocument as graphics items and lays them out from the model."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSceneMouseEvent

from cjm_desktop.canvas import card_painter
from cjm_desktop.canvas.bands import top_band_height
from cjm_desktop.canvas.card_links import card_link_texts, link_key
from cjm_desktop.canvas.card_metrics import card_metric_texts
from cjm_desktop.canvas.geometry import GridLayout, LaneSpec, Metrics, compute_layout
from cjm_desktop.canvas.header_text import lane_header_height, stage_header_height
from cjm_desktop.canvas.items import CardItem, LaneHeaderItem, MapItem, StageHeaderItem, TitleItem
from cjm_desktop.canvas.lane_rows import DRAWN_LANES, LaneRowItem
from cjm_desktop.canvas.route_items import RouteLayer
from cjm_desktop.canvas.style import LIGHT_MAP, MapPalette, painting_with
from cjm_desktop.canvas.text_block import TextCache
from cjm_desktop.canvas.tools import SelectTool
from cjm_desktop.document import Collection, JourneyDocument
from cjm_desktop.io.gc_pause import gc_paused
from cjm_desktop.model import Card, EvidenceLevel, Lane, LaneKind, Stage

# Row parent items: never painted, and their cards lie within them (Qt indexes the rows, not the cards).
_ROW_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    | QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
)
_INDEX_DEPTH = 8  # levels of Qt's index tree of the scene's top-level items (see __init__)
_ROW_SLACK = 8.0  # px above and below a row that its cards' selection outlines and shadows may reach

_Item = TypeVar("_Item", bound=MapItem)


class JourneyScene(QGraphicsScene):
    """The map as a scene; rebuilds itself from the model after any change."""

    # Edits re-lay out and repaint only what they change; False takes the full path for every
    # change (lay out the whole map, repaint the whole scene): the benchmarks' baseline.
    incremental = True

    layout_changed = Signal()
    edit_requested = Signal(str, str)  # (item kind: "card" | "stage" | "lane", id): open the in-place editor

    def __init__(self, doc: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._base_metrics = Metrics()  # the grid's defaults; headers may grow the live metrics
        self.metrics = self._base_metrics
        self.text_cache = TextCache()
        self._export_mode = False
        # Items paint straight onto the first frame; their screen pixmaps are made after it is shown
        # (start_caching): filling ~40 pixmaps would delay the first frame by ~15 ms.
        self._caching = False
        self._cell_fills: dict[tuple[int, str], QBrush] = {}
        # View state: the palette this scene paints with (the app theme's; exports use LIGHT_MAP).
        self.map_palette: MapPalette = LIGHT_MAP
        self.transparent_background = False  # exports with a transparent background skip the paper
        # Qt sizes its index tree by the number of items, ~14 levels for a 10,000-card map; but only the
        # ~150 top-level items (rows, headers, drawn lanes) are in it, the cards being found through
        # their row. Each of those rows spans the whole map, so at 14 levels moving one (a row above
        # grew) re-files it in ~1,000 leaves, ~0.1 ms a row; at 8 levels, in ~30.
        self.setBspTreeDepth(_INDEX_DEPTH)
        # Cached card pixmaps for a full 4K screen of cards; Qt's default (10 MB) is too small.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 160 * 1024))
        self.highlight_persona_id: str | None = None  # view state: dims cards of other personas
        self.assumptions_only = False  # view state: dims every card that is not an assumption
        # View state: lanes left out of the layout (presentation mode hides empty lanes); default none.
        self.hidden_lane_ids: set[str] = set()
        # Stage id -> number shown in its header, where it differs from its place (export subsets).
        self.stage_numbers: dict[str, int] = {}
        self._lanes_hidden = False
        self.layout: GridLayout = compute_layout([], [], {}, 0.0, self.metrics)
        self.card_items: dict[str, CardItem] = {}
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.row_items: dict[str, LaneRowItem] = {}
        # One empty parent item per lane holds the lane's cards at their place within its row, so
        # when a row's height changes the rows below move with one setPos each, not one per card.
        self._rows: dict[str, QGraphicsRectItem] = {}
        self._card_lane: dict[str, str] = {}  # card id -> lane whose parent item holds its item
        self.title_item = TitleItem("title")
        self.title_item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # until start_caching
        self.addItem(self.title_item)
        self._card_heights: dict[str, tuple[tuple, float]] = {}
        # What the last layout was made of, so an edit re-lays out only the cells it touches:
        # each cell's cards in order with their heights, and the height its content needs.
        self._cells: dict[tuple[str, str], list[tuple[str, float]]] = {}
        self._cell_need: dict[tuple[str, str], float] = {}
        self._card_cell: dict[str, tuple[str, str]] = {}
        self._reserved: dict[str, float] = {}
        self._header_need: dict[str, float] = {}  # height each lane header needs for its whole title
        # Cards the document just reported inserted / removed, for the collection_changed after.
        self._inserted: list[str] | None = None
        self._removed: list[str] | None = None
        self._metric_texts: dict[str, tuple[str, ...]] | None = None  # built on first use
        self._link_texts: dict[str, tuple[str, ...]] | None = None  # opportunity chips, built on first use
        self._link_keys: dict[str, tuple] = {}  # what each card's chips were built from
        self.tool = SelectTool(self)
        doc.reset.connect(self.rebuild)
        doc.collection_changed.connect(self._on_collection_changed)
        doc.items_inserted.connect(self._on_items_inserted)
        doc.items_removed.connect(self._on_items_removed)
        doc.item_changed.connect(self._on_item_changed)
        # Headers and drawn lanes read the model as they paint, into cached pixmaps: a change of
        # anything but cards and routes renews them (a handful of items, so all of them at once).
        doc.reset.connect(self.renew_drawn)
        for signal in (doc.collection_changed, doc.item_changed, doc.items_inserted, doc.items_removed):
            signal.connect(self._renew_drawn_after)
        self.rebuild()
        self.route_layer = RouteLayer(self)

    @property
    def export_mode(self) -> bool:
        """True while exporting: no selection or hints, and no pixmap caching (vector output)."""
        return self._export_mode

    @export_mode.setter
    def export_mode(self, on: bool) -> None:
        self._export_mode = on
        self._apply_cache_mode()

    @property
    def paints_direct(self) -> bool:
        """True when new items paint without a screen pixmap (exporting, or before the first frame)."""
        return self._export_mode or not self._caching

    def start_caching(self) -> None:
        """From now on each item keeps its look in a screen pixmap (the view calls this after its first frame)."""
        if not self._caching:
            self._caching = True
            self._apply_cache_mode()

    def _apply_cache_mode(self) -> None:
        direct = self.paints_direct
        mode = QGraphicsItem.CacheMode.NoCache if direct else QGraphicsItem.CacheMode.DeviceCoordinateCache
        for card in self.card_items.values():
            card.setCacheMode(mode)
        for item in self.drawn_items():
            item.setCacheMode(mode)

    def drawn_items(self) -> list[MapItem]:
        """Every item but the cards that paints from the model: title, headers, drawn lanes, persona strip."""
        items: list[MapItem] = [self.title_item, *self.stage_items.values(), *self.lane_items.values()]
        items += self.row_items.values()
        strip = getattr(self, "_persona_strip", None)
        if strip is not None and strip.scene() is self:
            items.append(strip)
        return items

    def renew_drawn(self, *_changed: object) -> None:
        """Repaint the title, headers and drawn lanes, renewing their cached pixmaps (after a model change)."""
        if not hasattr(self, "row_items"):
            return  # still being built: nothing painted yet
        for item in self.drawn_items():
            item.update()

    def _renew_drawn_after(self, collection: Collection, *_ids: object) -> None:
        # Cards repaint themselves (a card edit must not repaint the whole map); routes are their own items.
        if collection not in (Collection.CARDS, Collection.ROUTES, Collection.SNAPSHOTS):
            self.renew_drawn()

    def update(self, *rect: Any) -> None:
        """Repaint the scene; a whole-scene update also renews the headers' and drawn lanes' pixmaps.

        A view-state change (a highlighted persona, a compared version, a relayout) ends in this call,
        and those items paint from that state: with it they never show a stale pixmap. An update of
        a part (rows moved down by an edit) moves items without changing what they show.
        """
        if not rect:
            self.renew_drawn()
        super().update(*rect)

    # ---- mirroring the model -------------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and build them again from the model (after load)."""
        for items in (self.card_items, self.stage_items, self.lane_items, self.row_items):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        self._card_heights.clear()
        self._card_lane.clear()
        self._metric_texts = None
        self._link_texts = None
        # One item and one cached height per card, no reference cycles: no cyclic collection meanwhile.
        with gc_paused():
            self.sync()

    def sync(self) -> None:
        """Create and remove items so there is exactly one per model object, then lay out."""
        journey = self.doc.journey
        self._sync_map(self.stage_items, [s.id for s in journey.stages], StageHeaderItem)
        self._sync_map(self.lane_items, [lane.id for lane in journey.lanes], LaneHeaderItem)
        for lane in journey.lanes:
            if lane.id not in self._rows:
                self._rows[lane.id] = self._row_parent()
        self._sync_map(self.card_items, [c.id for c in journey.cards], CardItem)
        lanes = {lane.id for lane in journey.lanes}
        for lane_id in [i for i in self._rows if i not in lanes]:
            row = self._rows.pop(lane_id)
            for child in row.childItems():  # a card the model still has keeps its item
                child.setParentItem(None)  # type: ignore[arg-type]  # Qt takes no parent (the stubs say no)
                if isinstance(child, CardItem):
                    self._card_lane.pop(child.item_id, None)  # the next layout adopts it again
            self.removeItem(row)
        drawn = {lane.id: DRAWN_LANES[lane.kind] for lane in journey.lanes if lane.kind in DRAWN_LANES}
        for lane_id in list(self.row_items):
            if lane_id not in drawn or not isinstance(self.row_items[lane_id], drawn[lane_id]):
                self.removeItem(self.row_items.pop(lane_id))
        for lane_id, cls in drawn.items():
            if lane_id not in self.row_items:
                item = cls(lane_id)
                if self.paints_direct:
                    item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
                self.row_items[lane_id] = item
                self.addItem(item)
        self.relayout()

    def _row_parent(self) -> QGraphicsRectItem:
        """A never painted item whose children are one lane's cards (placed within its row).

        Its rect covers its row (``_size_row``) and it declares that its cards lie within it: Qt
        then indexes the row alone, not each card, and finds, paints and clicks its cards through
        it. A row that moves (an edit grew a row above) is one index update instead of one per card.
        """
        row = QGraphicsRectItem()
        row.setPen(Qt.PenStyle.NoPen)
        row.setFlags(_ROW_FLAGS)
        row.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to its cards or the scene
        row.setZValue(10)  # the cards' stacking among the other items, as when they had no parent
        self.addItem(row)
        return row

    def _size_row(self, lane_id: str, index: int) -> None:
        """Make a row's parent item cover its row, cards' outlines and shadows included."""
        layout = self.layout
        left, right = layout.grid_left - _ROW_SLACK, layout.width - layout.metrics.margin + _ROW_SLACK
        rect = QRectF(left, -_ROW_SLACK, right - left, layout.lane_h[index] + 2 * _ROW_SLACK)
        row = self._rows[lane_id]
        if row.rect() != rect:
            row.setRect(rect)

    def loosen_rows(self, card_ids: Sequence[str]) -> None:
        """Let these cards' rows cover the whole map while the cards are dragged out of them.

        A card is found and painted only within its row's rect; the relayout after the drop
        sizes the rows again.
        """
        area = self.sceneRect()
        for lane_id in {self._card_lane.get(card_id) for card_id in card_ids}:
            row = self._rows.get(lane_id) if lane_id else None
            if row is not None:
                row.setRect(row.mapRectFromScene(area))

    def _adopt(self, item: CardItem, card_id: str, lane_id: str) -> None:
        """Put a card's item under its lane's parent item (which adds it to the scene)."""
        row = self._rows.get(lane_id)
        if row is None:  # a lane not on the map: the next sync lays it out
            if item.scene() is None:
                self.addItem(item)
            return
        item.setParentItem(row)
        self._card_lane[card_id] = lane_id

    def _sync_map(self, items: dict[str, _Item], ids: list[str], cls: type[_Item]) -> None:
        wanted = set(ids)
        for item_id in [i for i in items if i not in wanted]:
            self.removeItem(items.pop(item_id))
            self._card_heights.pop(item_id, None)
            self._card_lane.pop(item_id, None)
        lane_of: dict[str, str] | None = None  # for cards: the lane whose parent item takes them
        for item_id in ids:
            if item_id not in items:
                item = cls(item_id, cached=not self.paints_direct)
                items[item_id] = item
                if isinstance(item, CardItem):
                    if lane_of is None:
                        lane_of = {card.id: card.lane_id for card in self.doc.journey.cards}
                    self._adopt(item, item_id, lane_of[item_id])
                else:
                    self.addItem(item)

    def card_height(self, card: Card) -> float:
        """A card's height, remembered until its shown content changes."""
        return self._heights([card], {card.lane_id: self.doc.journey.lane(card.lane_id).kind})[0]

    def _heights(self, cards: Sequence[Card], kinds: dict[str, LaneKind]) -> list[float]:
        """Each card's height (``kinds``: lane id -> kind), remembered until its shown content changes.

        One loop with everything it needs looked up once: on open it runs for every card of the map.
        """
        journey = self.doc.journey
        channels, width, cache, known = (
            journey.channels,
            self.metrics.card_width,
            self.text_cache,
            self._card_heights,
        )
        if self._metric_texts is None:
            self._metric_texts = card_metric_texts(journey)
        if self._link_texts is None:
            self._renew_link_texts()
        metric_texts_of, link_texts_of = self._metric_texts, self._link_texts or {}
        key_of, measure = card_painter.height_key, card_painter.card_height
        heights = []
        for card in cards:
            kind = kinds[card.lane_id]
            metric_texts = metric_texts_of.get(card.id, ())
            link_texts = link_texts_of.get(card.id, ())
            key = key_of(card, kind, channels, metric_texts, link_texts)
            cached = known.get(card.id)
            if cached and cached[0] == key:
                heights.append(cached[1])
                continue
            height = measure(card, kind, width, cache, channels, metric_texts, link_texts)
            known[card.id] = (key, height)
            heights.append(height)
        return heights

    def card_metric_texts(self, card_id: str) -> tuple[str, ...]:
        """A touchpoint's metric chips, from a map of every card's built once per metrics change."""
        if self._metric_texts is None:
            self._metric_texts = card_metric_texts(self.doc.journey)
        return self._metric_texts.get(card_id, ())

    def card_link_texts(self, card_id: str) -> tuple[str, ...]:
        """A card's opportunity chips (status, links, "addressed by"), from a map built once per change."""
        if self._link_texts is None:
            self._renew_link_texts()
        assert self._link_texts is not None
        return self._link_texts.get(card_id, ())

    def _renew_link_texts(self) -> set[str]:
        # One pass over the cards; returns the cards whose chips changed (to re-measure and repaint).
        old = self._link_texts or {}
        new = self._link_texts = card_link_texts(self.doc.journey)
        self._link_keys = {c.id: link_key(c) for c in self.doc.journey.cards if c.status or c.pain_point_ids}
        return {card_id for card_id in old.keys() | new.keys() if old.get(card_id) != new.get(card_id)}

    def _link_key_changed(self, card_id: str) -> bool:
        # Typing in a card keeps its links and status: no pass over the whole map for that.
        try:
            card = self.doc.journey.card(card_id)
        except KeyError:
            return True
        key = link_key(card)
        return self._link_keys.get(card_id, ("", ())) != key

    def top_band_height(self) -> float:
        """Height of what sits between the title and the stage headers (the persona strip)."""
        return top_band_height(self)

    def relayout(self) -> None:
        """Recompute every position from the model and move the items there."""
        journey = self.doc.journey
        m = self.metrics
        cells: dict[tuple[str, str], list[tuple[str, float]]] = {}
        kinds = {lane.id: lane.kind for lane in journey.lanes}
        for card, height in zip(journey.cards, self._heights(journey.cards, kinds), strict=True):
            cells.setdefault((card.lane_id, card.stage_id), []).append((card.id, height))
        self._cells = cells
        self._cell_need = {key: self._need(cards) for key, cards in cells.items()}
        self._card_cell = {card_id: key for key, cards in cells.items() for card_id, _ in cards}
        # Headers never lose words: the stage header row grows to the tallest wrapped name, and
        # each lane to its wrapped title (header_text measures what the items then paint).
        header_w = self._base_metrics.stage_width - self._base_metrics.gutter
        stage_header = max(
            [self._base_metrics.stage_header_height]
            + [stage_header_height(s.name, header_w) + self._base_metrics.gutter for s in journey.stages]
        )
        if stage_header != m.stage_header_height:
            self.metrics = m = replace(m, stage_header_height=stage_header)
        lane_header_w = m.lane_header_width - m.gutter
        specs = [
            LaneSpec(
                lane.id,
                self.row_items[lane.id].reserved_height() if lane.id in self.row_items else 0.0,
                lane_header_height(lane.title, lane_header_w) + m.gutter,
            )
            for lane in journey.lanes
            if lane.id not in self.hidden_lane_ids
        ]
        self._reserved = {spec.id: spec.reserved for spec in specs}
        self._header_need = {spec.id: spec.header for spec in specs}
        top = m.margin + m.title_height + self.top_band_height()
        self.layout = layout = compute_layout([s.id for s in journey.stages], specs, cells, top, m)
        self.title_item.set_rect(
            m.margin, m.margin, max(layout.width - 2 * m.margin, 400), m.title_height - 12
        )
        for i, stage_id in enumerate(layout.stage_ids):
            self.stage_items[stage_id].set_rect(*layout.stage_rect(i))
        for i, lane_id in enumerate(layout.lane_ids):
            self.lane_items[lane_id].set_rect(*layout.lane_rect(i))
            self._rows[lane_id].setPos(0, layout.lane_y[i])
            self._size_row(lane_id, i)
            if lane_id in self.row_items:
                x, y, w, _ = layout.lane_row_rect(i)
                self.row_items[lane_id].set_rect(x, y, w, specs[i].reserved - m.gutter)
        lane_ids, card_lane, items = layout.lane_ids, self._card_lane, self.card_items
        for card_id, (li, x, dy, w, h) in layout.cards.local_items():
            item = items[card_id]
            if card_lane.get(card_id) != lane_ids[li]:
                self._adopt(item, card_id, lane_ids[li])
            item.set_rect(x, dy, w, h)  # within its row's parent item
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

    # ---- incremental layout: an edit of cards re-lays out only the cells it touches ----------------
    def _need(self, cards: list[tuple[str, float]]) -> float:
        """Height a cell's cards need (with padding and the gutter), as compute_layout counts it."""
        m = self.metrics
        return sum(h for _, h in cards) + m.card_gap * (len(cards) - 1) + 2 * m.cell_padding + m.gutter

    def _store_cell(self, key: tuple[str, str], cards: list[tuple[str, float]]) -> None:
        """Keep a cell's (card id, height) list and the height it needs; an empty cell is forgotten."""
        if cards:
            self._cells[key] = cards
            self._cell_need[key] = self._need(cards)
        else:
            self._cells.pop(key, None)
            self._cell_need.pop(key, None)

    def _can_patch(self) -> bool:
        # Hidden lanes (presentation) and a layout not yet made take the full path.
        return self.incremental and not self.hidden_lane_ids and not self._lanes_hidden and bool(self._cells)

    def _patch_cards(self, changed: set[tuple[str, str]], rescan: bool = True) -> None:
        """Lay out again only the cells in ``changed``; rows below move only when a row's height does.

        With ``rescan`` the cells' cards are read again from the model (cards added, removed or
        moved); without it the cells' records are already up to date (a card's height changed).
        """
        layout = self.layout
        lane_index = {lane_id: i for i, lane_id in enumerate(layout.lane_ids)}
        if any(key[0] not in lane_index or key[1] not in self.stage_items for key in changed):
            self.sync()  # a card in a lane or stage the layout does not know
            return
        if rescan:
            self._rescan(changed)
        self._move_rows(changed, lane_index)

    def _rescan(self, changed: set[tuple[str, str]]) -> None:
        """Read the cards of these cells again from the model, in model order, with their heights."""
        members: dict[tuple[str, str], list[Card]] = {key: [] for key in changed}
        for card in self.doc.journey.cards:  # one pass, however many cells changed
            bucket = members.get((card.lane_id, card.stage_id))
            if bucket is not None:
                bucket.append(card)
        for key, in_cell in members.items():
            cards = [(c.id, self.card_height(c)) for c in in_cell]
            self._store_cell(key, cards)
            for card_id, _ in cards:
                self._card_cell[card_id] = key

    def _move_rows(self, changed: set[tuple[str, str]], lane_index: dict[str, int]) -> None:
        """Place the changed cells' cards; when a row's height changed, move the rows below it."""
        layout = self.layout
        m = self.metrics
        first_moved = len(layout.lane_ids)  # rows from here down move (a row's height changed)
        for lane_id in {key[0] for key in changed}:
            i = lane_index[lane_id]
            reserved = self._reserved.get(lane_id, 0.0)
            height = max(m.min_lane_height, reserved, self._header_need.get(lane_id, 0.0))
            for stage_id in layout.stage_ids:
                need = self._cell_need.get((lane_id, stage_id))
                if need is not None:
                    height = max(height, reserved + need)
            if height != layout.lane_h[i]:
                layout.lane_h[i] = height
                first_moved = min(first_moved, i)
        stage_index = {stage_id: i for i, stage_id in enumerate(layout.stage_ids)}
        if first_moved == len(layout.lane_ids):
            # Rows keep their heights: only these cells' cards move (and route arrows follow them).
            moved = [self._place_cell(key, lane_index[key[0]], stage_index[key[1]]) for key in changed]
            if any(moved):
                self.layout_changed.emit()
            return
        y = layout.lane_y[first_moved]
        band_shown = self._band_shown(y)
        if band_shown:
            # Every view showing the band repaints all of itself anyway; a whole-scene update made
            # first lets Qt skip marking each moved row's cards dirty one by one (~8,000 cards on a
            # 10,000-card map, ~3 ms). The items' cached pixmaps stay: nothing they show changed.
            QGraphicsScene.update(self)
        for i in range(first_moved, len(layout.lane_ids)):
            lane_id = layout.lane_ids[i]
            layout.lane_y[i] = y  # the layout's card rects of this row follow (CardRects)
            self.lane_items[lane_id].set_rect(*layout.lane_rect(i))
            self._rows[lane_id].setPos(0, y)  # and so do the row's card items
            self._size_row(lane_id, i)
            if lane_id in self.row_items:
                x, row_y, w, _ = layout.lane_row_rect(i)
                self.row_items[lane_id].set_rect(x, row_y, w, self._reserved.get(lane_id, 0.0) - m.gutter)
            y += layout.lane_h[i]
        for key in changed:
            self._place_cell(key, lane_index[key[0]], stage_index[key[1]])
        layout.height = y + m.margin
        self.setSceneRect(QRectF(0, 0, max(layout.width, 600), max(layout.height, 400)))
        if not band_shown:
            # The cell backgrounds from the first moved row down changed: repaint just that band.
            top = layout.lane_y[first_moved]
            self.update(QRectF(0, top, self.sceneRect().width(), self.sceneRect().height() - top))
        self.layout_changed.emit()

    def _band_shown(self, top: float) -> bool:
        """True when a view shows part of the scene from ``top`` down (where rows are about to move)."""
        for view in self.views():
            if not view.isVisible():
                continue
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            if shown.bottom() >= top:
                return True
        return False

    def _place_cell(self, key: tuple[str, str], lane_i: int, stage_i: int) -> bool:
        """Stack a cell's cards in it (the positions compute_layout gives); True if any moved."""
        cards = self._cells.get(key)
        if not cards:
            return False
        moved = False
        layout, m = self.layout, self.metrics
        lane_id = key[0]
        cx = layout.stage_x[stage_i] + m.cell_padding - m.gutter / 2
        dy = self._reserved.get(lane_id, 0.0) + m.cell_padding  # within the row, as compute_layout places
        rects = layout.cards
        for card_id, h in cards:
            local = (lane_i, cx, dy, m.card_width, h)
            if rects.local(card_id) != local:
                rects.place(card_id, local)
                item = self.card_items[card_id]
                if self._card_lane.get(card_id) != lane_id:
                    self._adopt(item, card_id, lane_id)  # moved to another lane
                item.set_rect(cx, dy, m.card_width, h)
                moved = True
            dy += h + m.card_gap
        return moved

    def _on_items_inserted(self, collection: Collection, ids: list[str]) -> None:
        if collection is Collection.CARDS:
            self._inserted = ids

    def _on_items_removed(self, collection: Collection, ids: list[str]) -> None:
        if collection is Collection.CARDS:
            self._removed = ids

    def _cards_inserted_or_removed(self, inserted: list[str], removed: list[str]) -> None:
        """The document said which cards came and went: touch only their cells (no pass over all cards)."""
        journey = self.doc.journey
        changed: set[tuple[str, str]] = set()
        for card_id in removed:
            key = self._card_cell.pop(card_id, None)
            if key is not None:
                changed.add(key)
                self._cells[key] = [entry for entry in self._cells[key] if entry[0] != card_id]
            self.layout.cards.pop(card_id, None)
            item = self.card_items.pop(card_id, None)
            if item is not None:
                self.removeItem(item)
            self._card_heights.pop(card_id, None)
            self._card_lane.pop(card_id, None)
        for card_id in inserted:
            card = journey.card(card_id)
            key = (card.lane_id, card.stage_id)
            changed.add(key)
            item = CardItem(card_id, cached=not self.paints_direct)
            self.card_items[card_id] = item
            self._adopt(item, card_id, card.lane_id)
            self._cells.setdefault(key, []).append((card_id, self.card_height(card)))
            self._card_cell[card_id] = key
        for key in changed:
            # A cell keeps the model's order: sort its few cards by their place in the journey.
            cards = sorted(self._cells.get(key, []), key=lambda entry: journey.card_index(entry[0]))
            self._store_cell(key, cards)
        self._patch_cards(changed, rescan=False)

    def _cards_changed(self, inserted: list[str] | None, removed: list[str] | None) -> None:
        """Cards were added, removed or reordered: mirror them, then re-lay out the touched cells."""
        if inserted is not None or removed is not None:
            self._cards_inserted_or_removed(inserted or [], removed or [])
            return
        journey = self.doc.journey
        before = self._card_cell
        self._sync_map(self.card_items, [c.id for c in journey.cards], CardItem)
        now: dict[tuple[str, str], list[str]] = {}
        for card in journey.cards:
            now.setdefault((card.lane_id, card.stage_id), []).append(card.id)
        changed = {key for key, ids in now.items() if [cid for cid, _ in self._cells.get(key, ())] != ids}
        changed |= {key for key in self._cells if key not in now}
        for card_id in [cid for cid in before if cid not in self.card_items]:
            self._card_cell.pop(card_id)
            self.layout.cards.pop(card_id, None)
        self._patch_cards(changed)

    def _card_edited(self, card_id: str) -> None:
        """One card's fields changed: re-measure it; its cell (and rows below) move only if needed."""
        card = self.doc.journey.card(card_id)
        key = (card.lane_id, card.stage_id)
        old = self._card_cell.get(card_id)
        if old is None:
            self.relayout()
            return
        if old != key:
            self._patch_cards({key, old})  # moved to another cell
            return
        cards = self._cells[key]
        height = self.card_height(card)
        k = next(i for i, (cid, _) in enumerate(cards) if cid == card_id)
        if cards[k][1] == height:
            return  # same height, same place: only the card repaints
        cards[k] = (card_id, height)
        self._cell_need[key] = self._need(cards)
        self._patch_cards({key}, rescan=False)

    def _on_collection_changed(self, name: Collection) -> None:
        inserted, removed = self._inserted, self._removed
        self._inserted = self._removed = None  # they belong to this change only
        came_and_went = name is Collection.CARDS and (inserted is not None or removed is not None)
        if came_and_went and self._chips_follow(inserted or [], removed or []):
            pass  # no other card's chips changed: no pass over every card
        else:
            if name in (Collection.METRICS, Collection.METRIC_VALUES, Collection.PERSONAS, Collection.CARDS):
                self._drop_metric_texts()
            if name in (Collection.CARDS, Collection.LANES, Collection.STAGES):
                self.repaint_cards(self._renew_link_texts())
        if name is Collection.CARDS and self._can_patch():
            self._cards_changed(inserted, removed)
        elif name in (Collection.STAGES, Collection.LANES, Collection.CARDS):
            self.sync()
        else:
            self.relayout()
        if name in (Collection.PERSONAS, Collection.CHANNELS):
            self.repaint_cards()  # chips on cards show persona names and colours, channel names and icons

    def _on_item_changed(self, collection: Collection, item_id: str) -> None:
        if collection in (Collection.METRICS, Collection.PERSONAS, Collection.MAP):  # names, formats, locale
            self._drop_metric_texts()
        linked: set[str] = set()
        if collection is Collection.LANES or (
            collection is Collection.CARDS and self._link_key_changed(item_id)
        ):  # links, status, a lane's kind
            linked = self._renew_link_texts() - {item_id}
        if collection is Collection.LANES and item_id in self.lane_items:
            self.sync()  # the kind may have changed to or from a drawn lane
            self.repaint_cards({c.id for c in self.doc.journey.cards if c.lane_id == item_id})
        elif collection is Collection.CARDS and item_id in self.card_items and self._can_patch():
            self._card_edited(item_id)
        else:
            self.relayout()
        if linked and self._can_patch():
            for card_id in linked & self.card_items.keys():  # a pain point gained or lost a link
                self._card_edited(card_id)
        elif linked:
            self.relayout()
        self.repaint_cards(linked)
        if collection is Collection.CARDS and item_id in self.card_items:
            self.card_items[item_id].update()
        elif collection in (Collection.PERSONAS, Collection.CHANNELS):
            self.repaint_cards()
        elif collection == "map":
            for row in self.row_items.values():
                row.update()  # the number locale changes how metric values read

    def _chips_follow(self, inserted: list[str], removed: list[str]) -> bool:
        """Cards came or went: drop just their opportunity chips, if no other card's chips change.

        False (a pass over every card is needed) when a card that came or went carries links or a
        status, or is a pain point an opportunity links to. Metric chips come from the metric
        values alone, which a card coming or going leaves as they are.
        """
        if any(card_id in self._link_keys for card_id in removed):
            return False  # an opportunity went: its pain points lose an "addressed by"
        journey = self.doc.journey
        for card_id in inserted:
            card = journey.card(card_id)
            if card.status or card.pain_point_ids:
                return False
        ids = {*inserted, *removed}
        if any(pain_id in ids for _, pain_ids in self._link_keys.values() for pain_id in pain_ids):
            return False
        if self._link_texts is not None:
            for card_id in removed:
                self._link_texts.pop(card_id, None)
        return True

    def _drop_metric_texts(self) -> None:
        # Rebuild now and repaint just the cards whose chips changed (their cached pixmaps are stale).
        old = self._metric_texts or {}
        new = self._metric_texts = card_metric_texts(self.doc.journey)
        changed = {card_id for card_id in old.keys() | new.keys() if old.get(card_id) != new.get(card_id)}
        if changed:
            self.repaint_cards(changed)

    def set_map_palette(self, map_palette: MapPalette) -> None:
        """Paint the map with another palette (theme switch): every item repaints, nothing is rebuilt."""
        if map_palette is self.map_palette:
            return
        self.map_palette = map_palette
        self._cell_fills.clear()
        for item in self.items():
            item.update()  # also renews the cached pixmaps of cards
        self.update()

    def repaint_cards(self, ids: set[str] | None = None) -> None:
        """Repaint cards whose look changed; a card's cached pixmap is only renewed by its update()."""
        if ids is None:
            for item in self.card_items.values():
                item.update()
            return
        for card_id in ids:  # a few cards of many: no pass over every item
            found = self.card_items.get(card_id)
            if found is not None:
                found.update()

    # ---- selection (view state, never in the undo history) -------------------------------------
    def selected_ids(self, kind: str) -> list[str]:
        """Ids of the selected items of a kind ("card", "stage", "lane"), in model order."""
        chosen = {
            item.item_id for item in self.selectedItems() if isinstance(item, MapItem) and item.KIND == kind
        }
        journey = self.doc.journey
        sources: dict[str, Sequence[Card | Stage | Lane]] = {
            "card": journey.cards,
            "stage": journey.stages,
            "lane": journey.lanes,
        }
        return [x.id for x in sources[kind] if x.id in chosen]

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
        """Is this card faded out by the persona highlight or the "assumptions only" filter?"""
        if self.assumptions_only and card.evidence_level != EvidenceLevel.ASSUMPTION:
            return True
        return bool(self.highlight_persona_id) and self.highlight_persona_id not in card.persona_ids

    def set_assumptions_only(self, on: bool) -> None:
        """Fade every card that is not marked as an assumption (view state, never in the file)."""
        self.assumptions_only = on
        self.repaint_cards()
        self.update()

    def set_highlight_persona(self, persona_id: str | None) -> None:
        """Fade cards not linked to a persona (view state)."""
        self.highlight_persona_id = persona_id
        self.repaint_cards()
        self.update()

    # ---- painting -----------------------------------------------------------------------------
    def render(self, painter: QPainter, *args, **kwargs) -> None:
        """QGraphicsScene.render, with this scene's palette in effect (exports, thumbnails)."""
        with painting_with(self.map_palette):
            super().render(painter, *args, **kwargs)

    def drawBackground(self, painter: QPainter, exposed: QRectF | QRect) -> None:  # noqa: N802 - Qt's name
        rect = QRectF(exposed)
        if not self.transparent_background:
            painter.fillRect(rect, self.map_palette.paper)
        layout = self.layout
        if not layout.stage_ids or not layout.lane_ids:
            return
        first_lane = max(bisect_right(layout.lane_y, rect.top()) - 1, 0)
        last_lane = min(bisect_left(layout.lane_y, rect.bottom()) + 1, len(layout.lane_ids))
        first_stage = max(bisect_right(layout.stage_x, rect.left()) - 1, 0)
        last_stage = min(bisect_left(layout.stage_x, rect.right()) + 1, len(layout.stage_ids))
        # Per frame, look each visible stage's colour up once and each cell's fill in a dict: at
        # zoom-to-fit a big map shows hundreds of cells, and per-cell model look-ups cost ~10 ms.
        journey = self.doc.journey
        colours = [journey.stage(layout.stage_ids[si]).color for si in range(first_stage, last_stage)]
        xs = layout.stage_x[first_stage:last_stage]
        bands = self.map_palette.lane_band
        fills = [[self._cell_fill(band, colour) for colour in colours] for band in bands]
        width = layout.metrics.stage_width - layout.metrics.gutter
        gutter = layout.metrics.gutter
        for li in range(first_lane, last_lane):
            y, h = layout.lane_y[li], layout.lane_h[li] - gutter
            for x, fill in zip(xs, fills[li % 2], strict=True):
                painter.fillRect(QRectF(x, y, width, h), fill)

    def _cell_fill(self, band: QColor, stage_color: str) -> QBrush:
        # A faint tint of the stage's colour ties each column to its header. Mixed once here
        # rather than painted as a translucent second pass, which cost ~7 ms a frame.
        key = (band.rgb(), stage_color)
        fill = self._cell_fills.get(key)
        if fill is None:
            tint = QColor(stage_color)
            fill = QBrush(
                QColor(
                    round(band.red() * 0.95 + tint.red() * 0.05),
                    round(band.green() * 0.95 + tint.green() * 0.05),
                    round(band.blue() * 0.95 + tint.blue() * 0.05),
                )
            )
            self._cell_fills[key] = fill
        return fill

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
            super().mouseMoveEvent(event)  # drags the selected cards
            self.route_layer.follow_drag()

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
