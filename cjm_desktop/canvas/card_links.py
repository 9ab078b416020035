"""The opportunity chips cards show: an opportunity's status and links, a pain point's "addressed by"."""

from __future__ import annotations

from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey, LaneKind
from cjm_desktop.model.opportunities import STATUS_SYMBOLS, status_label


def card_link_texts(journey: Journey) -> dict[str, tuple[str, ...]]:
    """Card id -> its opportunity chips, for the cards that have any; one pass over the cards."""
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    addressed: dict[str, int] = {}
    result: dict[str, tuple[str, ...]] = {}
    for card in journey.cards:
        for pain_id in card.pain_point_ids:
            addressed[pain_id] = addressed.get(pain_id, 0) + 1
        texts = []
        if card.status:
            # A symbol with the word: the status never reads by colour alone.
            texts.append(f"{STATUS_SYMBOLS[card.status]} {status_label(card.status)}")
        count = len(card.pain_point_ids)
        if count:
            # English has no plural rules without a catalogue: one is its own string, as elsewhere.
            texts.append(
                tr("card", "→ 1 pain point") if count == 1 else tr("card", "→ %n pain points", None, count)
            )
        if texts:
            result[card.id] = tuple(texts)
    for pain_id, count in addressed.items():
        if kinds.get(_lane_of(journey, pain_id)) == LaneKind.PAIN_POINTS or pain_id in result:
            result[pain_id] = (*result.get(pain_id, ()), tr("card", "Addressed by %n", None, count))
    return result


def _lane_of(journey: Journey, card_id: str) -> str:
    try:
        return journey.card(card_id).lane_id
    except KeyError:
        return ""
