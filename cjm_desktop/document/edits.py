"""Edits as users name them (add a stage, delete cards, paste, ...), each pushed as one undo step.

The GUI, workshop mode and tests all go through these functions, so cascades (a stage's cards,
the routes of a deleted card) are handled in one place.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from cjm_desktop.document.commands import (
    InsertItemsCommand,
    MoveCardsCommand,
    MoveItemCommand,
    RemoveItemsCommand,
    ReplaceListCommand,
    SetFieldsCommand,
)
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.i18n import tr
from cjm_desktop.model import STAGE_COLORS, Card, Lane, LaneKind, Stage, new_id


def set_fields(
    doc: JourneyDocument,
    collection: str,
    item_id: str,
    values: dict[str, Any],
    text: str = "",
    merge: bool = False,
) -> None:
    """Change fields of one item as one undo step (typing merges when ``merge``)."""
    target = doc.target(collection, item_id)
    if all(getattr(target, key) == value for key, value in values.items()):
        return  # nothing changes: keep the history clean
    label = text or tr("edits", "Edit %s") % ", ".join(values)
    doc.push(SetFieldsCommand(doc, collection, item_id, values, label, merge))


def add_stage(doc: JourneyDocument, index: int | None = None, name: str = "") -> Stage:
    """Insert a new stage (at the end by default) and return it."""
    stages = doc.journey.stages
    index = len(stages) if index is None else max(0, min(index, len(stages)))
    color = STAGE_COLORS[len(stages) % len(STAGE_COLORS)]
    stage = Stage(id=new_id("stage"), name=name or tr("edits", "Stage %d") % (len(stages) + 1), color=color)
    doc.push(InsertItemsCommand(doc, "stages", [(index, stage)], tr("edits", "Add stage")))
    return stage


def add_lane(
    doc: JourneyDocument, kind: LaneKind = LaneKind.NOTES, title: str = "", index: int | None = None
) -> Lane:
    """Insert a new lane (at the end by default) and return it."""
    lanes = doc.journey.lanes
    index = len(lanes) if index is None else max(0, min(index, len(lanes)))
    lane = Lane(id=new_id("lane"), kind=LaneKind(kind), title=title or lane_title(kind))
    doc.push(InsertItemsCommand(doc, "lanes", [(index, lane)], tr("edits", "Add lane")))
    return lane


def lane_title(kind: LaneKind) -> str:
    """The default title of a lane kind."""
    titles = {
        LaneKind.TOUCHPOINTS: tr("edits", "Touchpoints"),
        LaneKind.ACTIONS: tr("edits", "Customer actions"),
        LaneKind.THOUGHTS: tr("edits", "Thoughts"),
        LaneKind.GOALS: tr("edits", "Goals & expectations"),
        LaneKind.EMOTIONS: tr("edits", "Emotions"),
        LaneKind.PAIN_POINTS: tr("edits", "Pain points"),
        LaneKind.OPPORTUNITIES: tr("edits", "Opportunities"),
        LaneKind.MOMENTS_OF_TRUTH: tr("edits", "Moments of truth"),
        LaneKind.QUOTES: tr("edits", "Quotes"),
        LaneKind.CTA: tr("edits", "Calls to action"),
        LaneKind.METRICS: tr("edits", "Metrics"),
        LaneKind.BACKSTAGE: tr("edits", "Backstage"),
        LaneKind.IMAGES: tr("edits", "Storyboard"),
        LaneKind.NOTES: tr("edits", "Notes"),
    }
    return titles[LaneKind(kind)]


def move_stage(doc: JourneyDocument, stage_id: str, new_index: int) -> None:
    """Move a stage to another column."""
    new_index = max(0, min(new_index, len(doc.journey.stages) - 1))
    if doc.journey.stage_index(stage_id) != new_index:
        doc.push(MoveItemCommand(doc, "stages", stage_id, new_index, tr("edits", "Move stage")))


def move_lane(doc: JourneyDocument, lane_id: str, new_index: int) -> None:
    """Move a lane to another row."""
    new_index = max(0, min(new_index, len(doc.journey.lanes) - 1))
    if doc.journey.lane_index(lane_id) != new_index:
        doc.push(MoveItemCommand(doc, "lanes", lane_id, new_index, tr("edits", "Move lane")))


def add_card(
    doc: JourneyDocument,
    lane_id: str,
    stage_id: str,
    text: str = "",
    position: int | None = None,
    **fields: Any,
) -> Card:
    """Add a card to a cell (at the end of the cell by default) and return it."""
    card = Card(id=new_id("card"), lane_id=lane_id, stage_id=stage_id, text=text, **fields)
    index = doc.journey.insertion_index(lane_id, stage_id, 10**9 if position is None else position)
    doc.push(InsertItemsCommand(doc, "cards", [(index, card)], tr("edits", "Add card")))
    return card


def delete_cards(doc: JourneyDocument, card_ids: list[str], text: str = "") -> None:
    """Delete cards and the routes that connect them, as one undo step."""
    ids = set(card_ids)
    if not ids:
        return
    with doc.macro(
        text
        or (tr("edits", "Delete card") if len(ids) == 1 else tr("edits", "Delete %n cards", None, len(ids)))
    ):
        _remove_cards_cascade(doc, ids)


def _remove_cards_cascade(doc: JourneyDocument, ids: set[str]) -> None:
    routes = [r.id for r in doc.journey.routes if r.from_card in ids or r.to_card in ids]
    if routes:
        doc.push(RemoveItemsCommand(doc, "routes", routes, tr("edits", "Delete routes")))
    if any(v.card_id in ids for v in doc.journey.metric_values):  # a touchpoint's metrics go with it
        kept = [v for v in doc.journey.metric_values if v.card_id not in ids]
        doc.push(ReplaceListCommand(doc, "metric_values", kept, tr("edits", "Delete metric values")))
    for card in doc.journey.cards:  # opportunities lose their links to deleted pain points
        if card.id not in ids and any(p in ids for p in card.pain_point_ids):
            kept_links = [p for p in card.pain_point_ids if p not in ids]
            doc.push(
                SetFieldsCommand(
                    doc, "cards", card.id, {"pain_point_ids": kept_links}, tr("edits", "Unlink pain points")
                )
            )
    doc.push(RemoveItemsCommand(doc, "cards", sorted(ids), tr("edits", "Delete cards")))


def delete_stages(doc: JourneyDocument, stage_ids: list[str]) -> None:
    """Delete stages with their cards, emotion scores and metric values, as one undo step."""
    ids = set(stage_ids)
    if not ids:
        return
    journey = doc.journey
    with doc.macro(
        tr("edits", "Delete stage") if len(ids) == 1 else tr("edits", "Delete %n stages", None, len(ids))
    ):
        cards = {c.id for c in journey.cards if c.stage_id in ids}
        if cards:
            _remove_cards_cascade(doc, cards)
        if any(p.stage_id in ids for p in journey.emotions):
            kept = [p for p in journey.emotions if p.stage_id not in ids]
            doc.push(ReplaceListCommand(doc, "emotions", kept, tr("edits", "Delete emotion scores")))
        if any(v.stage_id in ids for v in journey.metric_values):
            kept_values = [v for v in journey.metric_values if v.stage_id not in ids]
            doc.push(
                ReplaceListCommand(doc, "metric_values", kept_values, tr("edits", "Delete metric values"))
            )
        doc.push(RemoveItemsCommand(doc, "stages", sorted(ids), tr("edits", "Delete stages")))


def delete_lanes(doc: JourneyDocument, lane_ids: list[str]) -> None:
    """Delete lanes with their cards, as one undo step."""
    ids = set(lane_ids)
    if not ids:
        return
    journey = doc.journey
    with doc.macro(
        tr("edits", "Delete lane") if len(ids) == 1 else tr("edits", "Delete %n lanes", None, len(ids))
    ):
        cards = {c.id for c in journey.cards if c.lane_id in ids}
        if cards:
            _remove_cards_cascade(doc, cards)
        if any(lane_id in ids for lane_id in journey.voting.lane_ids):
            kept = [lane_id for lane_id in journey.voting.lane_ids if lane_id not in ids]
            doc.push(
                SetFieldsCommand(doc, "voting", "", {"lane_ids": kept}, tr("edits", "Update voting lanes"))
            )
        doc.push(RemoveItemsCommand(doc, "lanes", sorted(ids), tr("edits", "Delete lanes")))


def move_cards(doc: JourneyDocument, card_ids: list[str], lane_id: str, stage_id: str, position: int) -> None:
    """Move cards into a cell at a position, as one undo step."""
    if not card_ids:
        return
    label = (
        tr("edits", "Move card") if len(card_ids) == 1 else tr("edits", "Move %n cards", None, len(card_ids))
    )
    moved = set(card_ids)
    values = doc.journey.metric_values
    if not any(v.card_id in moved and v.stage_id != stage_id for v in values):
        doc.push(MoveCardsCommand(doc, card_ids, lane_id, stage_id, position, label))
        return
    # A touchpoint's own metric values belong to its stage: they go with the card, or the old stage
    # would show the number of a touchpoint it no longer has.
    follow = [dataclasses.replace(v, stage_id=stage_id) if v.card_id in moved else v for v in values]
    with doc.macro(label):
        doc.push(MoveCardsCommand(doc, card_ids, lane_id, stage_id, position, label))
        doc.push(ReplaceListCommand(doc, "metric_values", follow, tr("edits", "Set metric values")))


def insert_cards(
    doc: JourneyDocument,
    cards: list[Card],
    lane_id: str,
    stage_id: str,
    position: int | None = None,
    text: str = "",
) -> list[Card]:
    """Insert copies of cards into one cell with fresh ids (paste, workshop capture); one undo step."""
    journey = doc.journey
    personas = {p.id for p in journey.personas}
    known_cards = {c.id for c in journey.cards}
    start = journey.insertion_index(lane_id, stage_id, 10**9 if position is None else position)
    placed = []
    for k, source in enumerate(cards):
        card = copy.deepcopy(source)
        card.id = new_id("card")
        card.lane_id, card.stage_id = lane_id, stage_id
        card.persona_ids = [p for p in card.persona_ids if p in personas]
        # Pasted from another map, links to its pain points would point nowhere: keep only this map's.
        card.pain_point_ids = [p for p in card.pain_point_ids if p in known_cards]
        placed.append((start + k, card))
    if placed:
        label = text or (
            tr("edits", "Paste card")
            if len(placed) == 1
            else tr("edits", "Paste %n cards", None, len(placed))
        )
        doc.push(InsertItemsCommand(doc, "cards", placed, label))
    return [card for _, card in placed]


def duplicate_cards(doc: JourneyDocument, card_ids: list[str]) -> list[Card]:
    """Duplicate cards, each copy right after its original; one undo step."""
    journey = doc.journey
    ids = set(card_ids)
    placed = []
    offset = 0
    for index, card in enumerate(journey.cards):
        if card.id in ids:
            offset += 1
            copy_ = copy.deepcopy(card)
            copy_.id = new_id("card")
            copy_.votes = 0
            placed.append((index + offset, copy_))
    if placed:
        label = (
            tr("edits", "Duplicate card")
            if len(placed) == 1
            else tr("edits", "Duplicate %n cards", None, len(placed))
        )
        doc.push(InsertItemsCommand(doc, "cards", placed, label))
    return [card for _, card in placed]
