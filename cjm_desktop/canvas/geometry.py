"""Where every stage, lane, cell and card sits: pure functions, no Qt, testable without a scene."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

Rect = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True)
class Metrics:
    """The grid's fixed dimensions in scene units (1 unit = 1 px at 100 % zoom)."""

    margin: float = 32.0
    title_height: float = 72.0
    stage_header_height: float = 60.0
    lane_header_width: float = 188.0
    stage_width: float = 252.0
    cell_padding: float = 10.0
    card_gap: float = 8.0
    min_lane_height: float = 76.0
    gutter: float = 2.0  # white line between columns and rows

    @property
    def card_width(self) -> float:
        """Width of a card inside a cell."""
        return self.stage_width - 2 * self.cell_padding


@dataclass
class LaneSpec:
    """What the layout needs to know of a lane: its id and the height a drawn lane reserves.

    Drawn lanes (the emotion curve, metrics) paint in ``reserved`` units at the top of their
    row; any cards in them stack below, so nothing in a file is ever hidden.
    """

    id: str
    reserved: float = 0.0
    header: float = 0.0  # height the lane's header needs for its whole title


Local = tuple[int, float, float, float, float]  # lane index, x, y within the lane's row, width, height


class CardRects(Mapping[str, Rect]):
    """Card id -> rect in scene units, kept relative to the card's lane row.

    A card's y is its row's top (``lane_y``, shared with the layout) plus its offset in the row, so
    when a row's height changes the rows below move by changing ``lane_y`` alone: no card's entry
    is touched (the scene moves each row's items with one parent item the same way).
    """

    def __init__(self, lane_y: list[float]) -> None:
        self._lane_y = lane_y
        self._local: dict[str, Local] = {}

    def __getitem__(self, card_id: str) -> Rect:
        lane, x, dy, w, h = self._local[card_id]
        return (x, self._lane_y[lane] + dy, w, h)

    def __iter__(self) -> Iterator[str]:
        return iter(self._local)

    def __len__(self) -> int:
        return len(self._local)

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._local

    def local(self, card_id: str) -> Local | None:
        """(lane index, x, y within the row, width, height), or None for a card not laid out."""
        return self._local.get(card_id)

    def place(self, card_id: str, local: Local) -> None:
        """Put a card at a place within a lane's row."""
        self._local[card_id] = local

    def local_items(self) -> Iterator[tuple[str, Local]]:
        """(card id, place within its row) for every card laid out."""
        return iter(self._local.items())

    def pop(self, card_id: str, default: None = None) -> None:
        """Forget a card (deleted, or moved to a cell not laid out yet)."""
        self._local.pop(card_id, default)


@dataclass
class GridLayout:
    """The computed positions of everything on the map."""

    metrics: Metrics
    top: float  # y of the stage headers
    stage_ids: list[str]
    lane_ids: list[str]
    stage_x: list[float]
    lane_y: list[float]
    lane_h: list[float]
    width: float = 0.0
    height: float = 0.0
    cards: CardRects = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.cards = CardRects(self.lane_y)  # reads lane_y, which the scene updates in place

    @property
    def grid_top(self) -> float:
        """y of the first lane."""
        return self.top + self.metrics.stage_header_height

    @property
    def grid_left(self) -> float:
        """x of the first stage."""
        return self.metrics.margin + self.metrics.lane_header_width

    def stage_rect(self, index: int) -> Rect:
        """The header of stage ``index``."""
        m = self.metrics
        return (self.stage_x[index], self.top, m.stage_width - m.gutter, m.stage_header_height - m.gutter)

    def lane_rect(self, index: int) -> Rect:
        """The header of lane ``index``."""
        m = self.metrics
        return (m.margin, self.lane_y[index], m.lane_header_width - m.gutter, self.lane_h[index] - m.gutter)

    def cell_rect(self, lane_index: int, stage_index: int) -> Rect:
        """The cell of a lane and a stage."""
        m = self.metrics
        return (
            self.stage_x[stage_index],
            self.lane_y[lane_index],
            m.stage_width - m.gutter,
            self.lane_h[lane_index] - m.gutter,
        )

    def lane_row_rect(self, index: int) -> Rect:
        """The whole row of a lane across all stages (where drawn lanes paint)."""
        m = self.metrics
        return (
            self.grid_left,
            self.lane_y[index],
            len(self.stage_ids) * m.stage_width - m.gutter,
            self.lane_h[index] - m.gutter,
        )

    def stage_column_rect(self, index: int) -> Rect:
        """A stage's header and all its cells."""
        m = self.metrics
        bottom = self.lane_y[-1] + self.lane_h[-1] if self.lane_ids else self.grid_top
        return (self.stage_x[index], self.top, m.stage_width - m.gutter, bottom - self.top)

    def grid_rect(self) -> Rect:
        """Headers and cells together, without the title."""
        bottom = self.lane_y[-1] + self.lane_h[-1] if self.lane_ids else self.grid_top
        return (self.metrics.margin, self.top, self.width - 2 * self.metrics.margin, bottom - self.top)

    def stage_at(self, x: float) -> int | None:
        """Index of the stage column under x, or None outside the stages."""
        if not self.stage_x or x < self.stage_x[0] or x >= self.stage_x[-1] + self.metrics.stage_width:
            return None
        return bisect_right(self.stage_x, x) - 1

    def lane_at(self, y: float) -> int | None:
        """Index of the lane row under y, or None outside the lanes."""
        if not self.lane_y or y < self.lane_y[0] or y >= self.lane_y[-1] + self.lane_h[-1]:
            return None
        return bisect_right(self.lane_y, y) - 1

    def stage_insert_index(self, x: float) -> int:
        """Where a stage dragged to x would be inserted (0..number of stages)."""
        w = self.metrics.stage_width
        index = round((x - self.grid_left) / w)
        return max(0, min(index, len(self.stage_ids)))

    def lane_insert_index(self, y: float) -> int:
        """Where a lane dragged to y would be inserted (0..number of lanes)."""
        for i, (top, h) in enumerate(zip(self.lane_y, self.lane_h, strict=True)):
            if y < top + h / 2:
                return i
        return len(self.lane_ids)

    def position_in_cell(self, card_rects: list[Rect], y: float) -> int:
        """Insertion position among a cell's cards (their rects in order) for a drop at y."""
        for i, (_, top, _, h) in enumerate(card_rects):
            if y < top + h / 2:
                return i
        return len(card_rects)


def compute_layout(
    stage_ids: list[str],
    lanes: list[LaneSpec],
    cell_cards: dict[tuple[str, str], list[tuple[str, float]]],
    top: float,
    metrics: Metrics = Metrics(),
) -> GridLayout:
    """Lay the grid out: each lane as tall as its fullest cell, cards stacked in their cells.

    ``cell_cards`` maps (lane id, stage id) to the cell's cards in order as (card id, height).
    """
    m = metrics
    left = m.margin + m.lane_header_width
    stage_x = [left + i * m.stage_width for i in range(len(stage_ids))]
    layout = GridLayout(m, top, list(stage_ids), [lane.id for lane in lanes], stage_x, [], [])
    y = top + m.stage_header_height
    stage_pos = {sid: i for i, sid in enumerate(stage_ids)}
    for li, lane in enumerate(lanes):
        height = max(m.min_lane_height, lane.reserved, lane.header)
        for stage_id in stage_ids:
            cards = cell_cards.get((lane.id, stage_id))
            if cards:
                content = sum(h for _, h in cards) + m.card_gap * (len(cards) - 1) + 2 * m.cell_padding
                height = max(height, lane.reserved + content + m.gutter)
        layout.lane_y.append(y)
        layout.lane_h.append(height)
        for stage_id in stage_ids:
            cards = cell_cards.get((lane.id, stage_id))
            if not cards:
                continue
            cx = stage_x[stage_pos[stage_id]] + m.cell_padding - m.gutter / 2
            dy = lane.reserved + m.cell_padding  # within the row: the scene patches cells the same way
            for card_id, h in cards:
                layout.cards.place(card_id, (li, cx, dy, m.card_width, h))
                dy += h + m.card_gap
        y += height
    layout.width = left + len(stage_ids) * m.stage_width + m.margin
    layout.height = y + m.margin
    return layout
