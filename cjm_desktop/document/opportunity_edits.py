"""Opportunity edits: link or unlink the pain points a card addresses; each is one undo step."""

from __future__ import annotations

from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import set_fields
from cjm_desktop.i18n import tr
from cjm_desktop.model import OPPORTUNITY_STATUSES


def set_pain_points(doc: JourneyDocument, card_id: str, pain_point_ids: list[str]) -> None:
    """Make an opportunity address exactly these pain points (one undo step; nothing when unchanged)."""
    journey = doc.journey
    known = {c.id for c in journey.cards}
    # Map order, no duplicates, never itself, never a card that does not exist.
    wanted = set(pain_point_ids)
    ids = [c.id for c in journey.cards if c.id in wanted and c.id != card_id and c.id in known]
    current = journey.card(card_id).pain_point_ids
    if ids == current:
        return
    if len(ids) > len(current) and set(current) <= set(ids):
        label = tr("opportunity", "Link pain point")
    elif len(ids) < len(current) and set(ids) <= set(current):
        label = tr("opportunity", "Unlink pain point")
    else:
        label = tr("opportunity", "Change linked pain points")
    set_fields(doc, "cards", card_id, {"pain_point_ids": ids}, label)


def link_pain_point(doc: JourneyDocument, card_id: str, pain_point_id: str, linked: bool = True) -> None:
    """Link (or with ``linked=False`` unlink) one pain point to an opportunity, as one undo step."""
    current = list(doc.journey.card(card_id).pain_point_ids)
    if linked and pain_point_id not in current:
        current.append(pain_point_id)
    elif not linked and pain_point_id in current:
        current.remove(pain_point_id)
    set_pain_points(doc, card_id, current)


def set_status(doc: JourneyDocument, card_id: str, status: str) -> None:
    """Set how far an opportunity is ("" = not set), as one undo step."""
    if status and status not in OPPORTUNITY_STATUSES:
        raise ValueError(f"unknown opportunity status {status!r}")
    set_fields(doc, "cards", card_id, {"status": status}, tr("opportunity", "Set status"))


def set_owner(doc: JourneyDocument, card_id: str, owner: str, merge: bool = True) -> None:
    """Set who owns an opportunity; typing merges into one undo step."""
    set_fields(doc, "cards", card_id, {"owner": owner}, tr("opportunity", "Set owner"), merge)


def set_rating(doc: JourneyDocument, card_id: str, field: str, value: int | None) -> None:
    """Set an opportunity's impact or effort (1..3, or None for unset), as one undo step."""
    if field not in ("impact", "effort"):
        raise ValueError(field)
    if value is not None and not 1 <= value <= 3:
        raise ValueError(f"{field} must be 1..3, not {value}")
    label = tr("opportunity", "Set impact") if field == "impact" else tr("opportunity", "Set effort")
    set_fields(doc, "cards", card_id, {field: value}, label)
