"""Opportunities and the pain points they address: pure look-ups shared by inspector, matrix and export."""

from __future__ import annotations

from dataclasses import dataclass

from cjm_desktop.i18n import tr, tr_noop
from cjm_desktop.model.journey import OPPORTUNITY_STATUSES, Card, Journey, LaneKind

# The status names as users read them (translated where shown).
STATUS_LABELS: dict[str, str] = {
    "idea": tr_noop("opportunity", "Idea"),
    "planned": tr_noop("opportunity", "Planned"),
    "in_test": tr_noop("opportunity", "In test"),
    "done": tr_noop("opportunity", "Done"),
}

# A symbol per status so it never reads by colour alone (card badge, matrix legend).
# The same shapes as the impact × effort matrix draws: circle, diamond, triangle, square; hollow = not set.
STATUS_SYMBOLS: dict[str, str] = {"": "○", "idea": "●", "planned": "◆", "in_test": "▲", "done": "■"}

assert tuple(STATUS_LABELS) == OPPORTUNITY_STATUSES


def status_label(status: str) -> str:
    """The translated name of a status; "Not set" for an empty one."""
    if status in STATUS_LABELS:
        return tr("opportunity", STATUS_LABELS[status])
    return tr("opportunity", "Not set")


def cards_of_kind(journey: Journey, kind: LaneKind) -> list[Card]:
    """The cards in lanes of one kind, stage by stage (left to right), then in cell order."""
    lanes = {lane.id for lane in journey.lanes if lane.kind == kind}
    order = {stage.id: i for i, stage in enumerate(journey.stages)}
    cards = [c for c in journey.cards if c.lane_id in lanes]
    return sorted(cards, key=lambda c: order.get(c.stage_id, len(order)))  # stable: cell order kept


def pain_points(journey: Journey) -> list[Card]:
    """Every pain-point card of the map, left to right."""
    return cards_of_kind(journey, LaneKind.PAIN_POINTS)


def opportunities(journey: Journey) -> list[Card]:
    """Every opportunity card of the map, left to right."""
    return cards_of_kind(journey, LaneKind.OPPORTUNITIES)


def addressed_by(journey: Journey, pain_point_id: str) -> list[Card]:
    """The cards (opportunities) that link to a pain point, in map order."""
    return [c for c in journey.cards if pain_point_id in c.pain_point_ids]


def short_text(text: str, limit: int = 60) -> str:
    """A card's text on one line, shortened with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def card_caption(journey: Journey, card: Card) -> str:
    """ "Stage: text" on one line: the stage name tells two cards with the same text apart."""
    try:
        stage = journey.stage(card.stage_id).name
    except KeyError:
        stage = ""
    text = short_text(card.text) or tr("opportunity", "(no text)")
    return tr("opportunity", "%1: %2").replace("%1", stage).replace("%2", text) if stage else text


@dataclass(frozen=True)
class PortfolioRow:
    """One opportunity as the portfolio lists it."""

    card_id: str
    stage: str
    text: str
    pain_points: tuple[str, ...]
    owner: str
    status: str
    impact: int | None
    effort: int | None


def portfolio(journey: Journey) -> list[PortfolioRow]:
    """The opportunities with what they address, left to right (the xlsx export's sheet)."""
    stages = {s.id: s.name for s in journey.stages}
    texts = {c.id: c for c in journey.cards}
    rows = []
    for card in opportunities(journey):
        linked = tuple(card_caption(journey, texts[p]) for p in card.pain_point_ids if p in texts)
        rows.append(
            PortfolioRow(
                card.id,
                stages.get(card.stage_id, ""),
                card.text,
                linked,
                card.owner,
                status_label(card.status) if card.status else "",
                card.impact,
                card.effort,
            )
        )
    return rows
