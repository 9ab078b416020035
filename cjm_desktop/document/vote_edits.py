"""Dot-voting edits: add or take back a dot, reset all votes, change the voting rules.

Each is one undo step, so a vote placed by mistake in a workshop is one Ctrl+Z away.
"""

from __future__ import annotations

from cjm_desktop.document.commands import SetFieldsCommand
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.i18n import tr
from cjm_desktop.model import Card, Journey, LaneKind

# Lanes that are drawn (scores, metrics) rather than filled with cards: nothing there to vote on.
DRAWN_KINDS = (LaneKind.EMOTIONS, LaneKind.METRICS)


def card_lane_ids(journey: Journey) -> list[str]:
    """Lanes that hold cards, in map order: the ones a vote can be about."""
    return [lane.id for lane in journey.lanes if lane.kind not in DRAWN_KINDS]


def votable_lane_ids(journey: Journey) -> list[str]:
    """Lanes whose cards can be voted on: the map's choice, else every card lane."""
    offered = card_lane_ids(journey)
    chosen = [lane_id for lane_id in journey.voting.lane_ids if lane_id in offered]
    return chosen or offered


def votable_card_count(journey: Journey) -> int:
    """How many cards a vote could land on now."""
    lanes = set(votable_lane_ids(journey))
    return sum(1 for card in journey.cards if card.lane_id in lanes)


def is_votable(journey: Journey, card_id: str) -> bool:
    """Can this card receive dots?"""
    try:
        card = journey.card(card_id)
    except KeyError:
        return False
    return card.lane_id in votable_lane_ids(journey)


def add_vote(doc: JourneyDocument, card_id: str) -> None:
    """Put one dot on a card."""
    card = doc.journey.card(card_id)
    doc.push(SetFieldsCommand(doc, "cards", card_id, {"votes": card.votes + 1}, tr("vote_edits", "Add vote")))


def remove_vote(doc: JourneyDocument, card_id: str) -> bool:
    """Take one dot off a card; False when it has none."""
    card = doc.journey.card(card_id)
    if card.votes <= 0:
        return False
    doc.push(
        SetFieldsCommand(doc, "cards", card_id, {"votes": card.votes - 1}, tr("vote_edits", "Remove vote"))
    )
    return True


def reset_votes(doc: JourneyDocument) -> int:
    """Clear every card's dots as one undo step; return how many cards had any."""
    voted = [card.id for card in doc.journey.cards if card.votes]
    if voted:
        with doc.macro(tr("vote_edits", "Reset votes")):
            for card_id in voted:
                doc.push(
                    SetFieldsCommand(doc, "cards", card_id, {"votes": 0}, tr("vote_edits", "Reset votes"))
                )
    return len(voted)


def set_dots_per_participant(doc: JourneyDocument, dots: int) -> None:
    """Change each participant's budget (spin-box steps merge into one undo step)."""
    dots = max(1, int(dots))
    if doc.journey.voting.dots_per_participant != dots:
        doc.push(
            SetFieldsCommand(
                doc,
                "voting",
                "",
                {"dots_per_participant": dots},
                tr("vote_edits", "Dots per participant"),
                merge=True,
            )
        )


def set_votable_lanes(doc: JourneyDocument, lane_ids: list[str]) -> None:
    """Choose which lanes can be voted on, kept in map order."""
    wanted = set(lane_ids)
    ordered = [lane.id for lane in doc.journey.lanes if lane.id in wanted]
    if ordered != doc.journey.voting.lane_ids:
        doc.push(
            SetFieldsCommand(doc, "voting", "", {"lane_ids": ordered}, tr("vote_edits", "Votable lanes"))
        )


def ranked_cards(journey: Journey) -> list[Card]:
    """Cards with dots, most-voted first; ties keep map order (stage, then lane, then cell order)."""
    stage_pos = {stage.id: i for i, stage in enumerate(journey.stages)}
    lane_pos = {lane.id: i for i, lane in enumerate(journey.lanes)}
    voted = [(i, card) for i, card in enumerate(journey.cards) if card.votes > 0]
    voted.sort(
        key=lambda pair: (
            -pair[1].votes,
            stage_pos.get(pair[1].stage_id, 0),
            lane_pos.get(pair[1].lane_id, 0),
            pair[0],
        )
    )
    return [card for _, card in voted]
