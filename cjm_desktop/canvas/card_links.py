"""The opportunity chips cards show: an opportunity's status and links, a pain point's "addressed by"."""

from __future__ import annotations

from cjm_desktop.i18n import tr
from cjm_desktop.model import OPPORTUNITY_STATUSES, Card, Journey, LaneKind
from cjm_desktop.model.opportunities import STATUS_SYMBOLS, status_label


def link_key(card: Card) -> tuple[str, tuple[str, ...]]:
    """What a card's opportunity chips depend on: an edit that keeps it needs no new pass."""
    return card.status, tuple(card.pain_point_ids)


def card_link_texts(journey: Journey) -> dict[str, tuple[str, ...]]:
    """Card id -> its opportunity chips, for the cards that have any; one pass over the cards."""
    # Each label is translated once per pass, not once per card: the pass runs after link edits.
    statuses = {s: f"{STATUS_SYMBOLS[s]} {status_label(s)}" for s in OPPORTUNITY_STATUSES}
    counts: dict[int, str] = {}
    addressed_by: dict[int, str] = {}
    addressed: dict[str, int] = {}
    result: dict[str, tuple[str, ...]] = {}
    # Most cards carry neither: one quick filter, then work only on the opportunities.
    for card in [c for c in journey.cards if c.status or c.pain_point_ids]:
        texts = []
        if card.status in statuses:
            # A symbol with the word: the status never reads by colour alone.
            texts.append(statuses[card.status])
        count = len(card.pain_point_ids)
        if count:
            for pain_id in card.pain_point_ids:
                addressed[pain_id] = addressed.get(pain_id, 0) + 1
            if count not in counts:
                # English has no plural rules without a catalogue: one is its own string, as elsewhere.
                counts[count] = (
                    tr("card", "→ 1 pain point")
                    if count == 1
                    else tr("card", "→ %n pain points", None, count)
                )
            texts.append(counts[count])
        if texts:
            result[card.id] = tuple(texts)
    pain_lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.PAIN_POINTS}
    for pain_id, count in addressed.items():
        try:
            in_pain_lane = journey.card(pain_id).lane_id in pain_lanes
        except KeyError:  # a link the cascade is about to remove
            continue
        if in_pain_lane:
            if count not in addressed_by:
                addressed_by[count] = tr("card", "Addressed by %n", None, count)
            result[pain_id] = (*result.get(pain_id, ()), addressed_by[count])
    return result
