"""Dataclasses for a journey map and the pure operations that change it.

The model holds all state of a map. It never imports Qt: the document layer wraps these
operations in undoable commands and signals, and the canvas only mirrors what is here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from pathlib import PurePath
from typing import Any

from cjm_desktop.i18n import tr
from cjm_desktop.model.channels import Channel, default_channels
from cjm_desktop.model.evidence import Evidence
from cjm_desktop.model.snapshot import Snapshot


class LaneKind(StrEnum):
    """The kinds of row a map offers (see domain.md)."""

    TOUCHPOINTS = "touchpoints"
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    GOALS = "goals"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    MOMENTS_OF_TRUTH = "moments_of_truth"
    QUOTES = "quotes"
    CTA = "cta"
    METRICS = "metrics"
    BACKSTAGE = "backstage"
    IMAGES = "images"
    NOTES = "notes"


# The ten channels of format versions 1 and 2 (a map now carries its own list: model/channels.py).
CHANNELS: tuple[str, ...] = (
    "web",
    "mobile_app",
    "email",
    "phone",
    "store",
    "social",
    "messaging",
    "courier",
    "partner",
    "other",
)

QUOTE_SOURCES: tuple[str, ...] = ("interview", "survey", "support_ticket", "review", "other")

# How far an opportunity is, in order (format version 5).
OPPORTUNITY_STATUSES: tuple[str, ...] = ("idea", "planned", "in_test", "done")


@dataclass
class Stage:
    """A column of the map: one step of the customer's journey."""

    id: str
    name: str
    description: str = ""
    color: str = "#4f7cac"


# The colours new stages take in turn (the first is Stage's default).
STAGE_COLORS = ("#4f7cac", "#5a9e7c", "#c9833e", "#8e6bb0", "#c0564b", "#3f9aa8", "#a07a4e", "#6b7f99")


@dataclass
class Lane:
    """A row of the map: one kind of information shown for every stage."""

    id: str
    kind: LaneKind
    title: str
    collapsed: bool = False


@dataclass
class Card:
    """One item in a lane x stage cell. Kind-specific fields stay at their defaults elsewhere."""

    id: str
    lane_id: str
    stage_id: str
    text: str = ""
    color: str | None = None
    tags: list[str] = field(default_factory=list)
    persona_ids: list[str] = field(default_factory=list)
    # touchpoints
    channel: str | None = None
    online: bool | None = None
    moment_of_truth: bool = False
    # pain points: 1 (minor) .. 3 (severe); opportunities: impact and effort 1..3
    severity: int | None = None
    impact: int | None = None
    effort: int | None = None
    # opportunities: the pain-point cards they address, who owns them and how far they are
    pain_point_ids: list[str] = field(default_factory=list)
    owner: str = ""
    status: str = ""  # "" (not set) or one of OPPORTUNITY_STATUSES
    # quotes
    author: str = ""
    source: str | None = None
    date: str = ""
    # image frames: base64-encoded PNG/JPEG, already downscaled
    image: str = ""
    # workshop dot voting
    votes: int = 0
    # what backs the card (format version 5): see model/evidence.py
    evidence: list[Evidence] = field(default_factory=list)
    evidence_level: str = ""  # an EvidenceLevel value; "" = not set


@dataclass
class Persona:
    """A generalised portrait of a customer segment the map is made for."""

    id: str
    name: str
    color: str = "#d0573c"
    photo: str = ""  # base64-encoded PNG/JPEG, downscaled
    role: str = ""
    age: str = ""
    location: str = ""
    segment: str = "B2C"
    background: str = ""
    goals: str = ""
    motivations: str = ""
    frustrations: str = ""
    behaviours: str = ""
    channels: list[str] = field(default_factory=list)
    quote: str = ""
    visible: bool = True


@dataclass
class EmotionPoint:
    """How one persona feels at one stage, on a -3..+3 scale."""

    persona_id: str
    stage_id: str
    score: int
    note: str = ""
    to_be: int | None = None  # the score the team aims for: the dashed "to-be" curve


@dataclass
class Route:
    """An arrow from one touchpoint card to another: a persona's path across channels."""

    id: str
    from_card: str
    to_card: str
    persona_id: str | None = None
    label: str = ""


@dataclass
class Metric:
    """A measured quantity laid over the stages (conversion rate, NPS, sessions, ...)."""

    id: str
    name: str
    unit: str = ""
    format: str = "number"  # number | percent | currency | duration
    higher_is_better: bool = True
    target: float | None = None
    aggregate: str = "mean"
    is_count: bool = False
    source_note: str = ""  # where the numbers come from ("GA4, March", "support survey")


@dataclass
class MetricValue:
    """A metric's value at one stage, with its time series when the source had dates.

    A value may also belong to one touchpoint card of that stage (``card_id``) and/or to one
    persona or segment (``persona_id``); with both empty it is the stage's own value.
    """

    metric_id: str
    stage_id: str
    value: float
    series: list[tuple[str, float]] = field(default_factory=list)
    card_id: str = ""
    persona_id: str = ""
    manual: bool = False  # typed by hand: an import or Refresh never replaces it

    @property
    def is_stage_value(self) -> bool:
        """True for the stage's own value (not a touchpoint's or a persona's)."""
        return not self.card_id and not self.persona_id


@dataclass
class MetricSource:
    """Where metrics were imported from, so they can be refreshed later."""

    path: str
    sheet: str = ""
    layout: str = "rows"
    stage_column: str = ""
    date_column: str = ""
    aggregate: str = ""
    stage_mapping: dict[str, str] = field(default_factory=dict)  # sheet name -> stage id, "" = skip
    header_row: int = 0
    # The reading choices a refresh repeats: "dot"/"comma" ('' = auto), a codec name ('' = detected).
    decimal: str = ""
    encoding: str = ""
    touchpoint_column: str = ""  # values go onto the card of this name within the stage
    persona_column: str = ""  # values belong to the persona (name or segment) named here

    def file_path(self, map_folder: PurePath | None) -> PurePath:
        """The source file; a relative path (the bundled sample's) is relative to the map's folder."""
        path = PurePath(self.path)
        return path if path.is_absolute() or map_folder is None else map_folder / path

    def anchor(self, map_folder: PurePath) -> None:
        """Make a relative path absolute, for a copy of the map that will live somewhere else."""
        self.path = str(self.file_path(map_folder))


@dataclass
class VotingSettings:
    """Dot-voting rules for a workshop."""

    dots_per_participant: int = 5
    lane_ids: list[str] = field(default_factory=list)


@dataclass
class Journey:
    """A whole journey map: ordered stages and lanes, cards in their cells, and research content."""

    # A new map's title is in the user's language (i18n is Qt-free, so the model may use it).
    title: str = field(default_factory=lambda: tr("Journey", "Untitled journey"))
    description: str = ""
    goals: str = ""
    # How numbers read on this map ('fi', 'el', ...; '' = the system's locale): see number_locale.py.
    number_locale: str = ""
    # The count metric the funnel follows ('' = the first count metric): see model/funnel.py.
    funnel_metric_id: str = ""
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    emotions: list[EmotionPoint] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    metric_values: list[MetricValue] = field(default_factory=list)
    metric_source: MetricSource | None = None
    channels: list[Channel] = field(default_factory=default_channels)
    voting: VotingSettings = field(default_factory=VotingSettings)
    snapshots: list[Snapshot] = field(default_factory=list)
    # Derived look-up caches: id -> list position, validated on every hit (never serialized).
    _positions: dict[str, dict[str, int]] = field(default_factory=dict, repr=False, compare=False)

    # ---- look-ups -------------------------------------------------------------------------
    def stage(self, stage_id: str) -> Stage:
        """Return the stage with this id (KeyError when absent)."""
        return self.stages[self.stage_index(stage_id)]

    def lane(self, lane_id: str) -> Lane:
        """Return the lane with this id (KeyError when absent)."""
        return self.lanes[self.lane_index(lane_id)]

    def card(self, card_id: str) -> Card:
        """Return the card with this id (KeyError when absent)."""
        return self.cards[self.card_index(card_id)]

    def channel(self, channel_id: str) -> Channel | None:
        """The map's channel with this id, or None when the map has no such channel."""
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        return None

    def persona(self, persona_id: str) -> Persona:
        """Return the persona with this id (KeyError when absent)."""
        return self.personas[self._index_of("personas", self.personas, persona_id)]

    def stage_index(self, stage_id: str) -> int:
        """Position of a stage, left to right."""
        return self._index_of("stages", self.stages, stage_id)

    def lane_index(self, lane_id: str) -> int:
        """Position of a lane, top to bottom."""
        return self._index_of("lanes", self.lanes, lane_id)

    def card_index(self, card_id: str) -> int:
        """Position of a card in the map's card list (which also orders cards within a cell)."""
        return self._index_of("cards", self.cards, card_id)

    def cards_in(self, lane_id: str, stage_id: str) -> list[Card]:
        """Cards of one cell, in display order."""
        return [c for c in self.cards if c.lane_id == lane_id and c.stage_id == stage_id]

    def cells(self) -> dict[tuple[str, str], list[Card]]:
        """All non-empty cells keyed by (lane id, stage id), each in display order; one pass."""
        result: dict[tuple[str, str], list[Card]] = {}
        for card in self.cards:
            result.setdefault((card.lane_id, card.stage_id), []).append(card)
        return result

    def stage_values(self) -> list[MetricValue]:
        """The stages' own metric values (touchpoint and persona values left out)."""
        return [v for v in self.metric_values if v.is_stage_value]

    def emotion(self, persona_id: str, stage_id: str) -> EmotionPoint | None:
        """The emotion point of a persona at a stage, if scored."""
        for point in self.emotions:
            if point.persona_id == persona_id and point.stage_id == stage_id:
                return point
        return None

    def insertion_index(
        self, lane_id: str, stage_id: str, position: int, ignore: set[str] | frozenset[str] = frozenset()
    ) -> int:
        """Index in ``cards`` that puts a card at ``position`` within a cell.

        Cards in ``ignore`` (the ones being moved) do not count. Position past the end appends
        after the cell's last card, or at the end of the list for an empty cell.
        """
        # The cards of the cell's stage are found by list.index over their stage ids (C-level string
        # compares, no object made per card); only those are read in Python: ~0.3 ms, not ~2.5 ms,
        # for 10,000 cards in 100 stages.
        cards = self.cards
        stage_of = list(map(_STAGE_OF, cards))
        cell: list[int] = []
        i = -1
        while True:
            try:
                i = stage_of.index(stage_id, i + 1)
            except ValueError:
                break
            card = cards[i]
            if card.lane_id == lane_id and card.id not in ignore:
                cell.append(i)
        if not cell:
            return len(cards)
        if position < len(cell):
            return cell[max(position, 0)]
        return cell[-1] + 1

    def index_in(self, name: str, item_id: str) -> int:
        """Position of the item with this id in the journey's list ``name`` (KeyError when absent)."""
        return self._index_of(name, getattr(self, name), item_id)

    def positions_changed(
        self, name: str, placed: Iterable[tuple[int, str]] = (), gone: Iterable[str] = ()
    ) -> None:
        """Items of the list ``name`` now sit at these (position, id) places, and ``gone`` left it.

        Keeps the cached positions instead of dropping them: after an edit of a 10,000-card map
        the next look-up would otherwise rebuild them (~2-3 ms), and renumbering every item after
        the edit costs nearly as much. Items after the edit are found a place or two off by
        ``_index_of``, which corrects them as they are looked up.
        """
        positions = self._positions.get(name)
        if positions is None:
            return
        for item_id in gone:
            positions.pop(item_id, None)
        for index, item_id in placed:
            positions[item_id] = index

    def _index_of(self, name: str, items: list[Any], item_id: str) -> int:
        # The cache is checked against the list on every hit, so direct list edits can never
        # make it lie; a miss rebuilds it in one pass. Look-ups in paint stay O(1).
        positions = self._positions.get(name)
        if positions is not None:
            index = positions.get(item_id)
            if index is not None:
                count = len(items)
                if index < count and items[index].id == item_id:
                    return index
                # Items inserted or removed before this one since it was cached moved it a few places.
                for step in range(1, _DRIFT + 1):
                    for near in (index + step, index - step):
                        if 0 <= near < count and items[near].id == item_id:
                            positions[item_id] = near
                            return near
        positions = dict(zip(map(_ID_OF, items), range(len(items)), strict=True))
        self._positions[name] = positions
        if item_id not in positions:
            raise KeyError(item_id)
        return positions[item_id]


# How far a cached position may have drifted (items inserted or removed before it) and still be found
# without a rebuild: an edit's few cards; a paste of many before it rebuilds on the next look-up.
_DRIFT = 8
_ID_OF = attrgetter("id")
_STAGE_OF = attrgetter("stage_id")
