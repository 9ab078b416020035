"""Touchpoint routes as users name the edits: draw, delete, relabel, assign to a persona.

Each function is one undo step. Deleting a card deletes its routes too (``edits.delete_cards``).
"""

from __future__ import annotations

from cjm_desktop.document.commands import InsertItemsCommand, RemoveItemsCommand
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import set_fields
from cjm_desktop.i18n import tr
from cjm_desktop.model import Route, new_id


def find_route(doc: JourneyDocument, from_card: str, to_card: str) -> Route | None:
    """The route from one card to another, if drawn already."""
    return next((r for r in doc.journey.routes if r.from_card == from_card and r.to_card == to_card), None)


def add_route(
    doc: JourneyDocument, from_card: str, to_card: str, persona_id: str | None = None, label: str = ""
) -> Route | None:
    """Draw an arrow from one card to another; None (and no undo step) for a loop or a duplicate."""
    journey = doc.journey
    journey.card(from_card)  # KeyError for a card that does not exist: a caller bug, not a user error
    journey.card(to_card)
    if from_card == to_card or find_route(doc, from_card, to_card) is not None:
        return None
    if persona_id is not None and persona_id not in {p.id for p in journey.personas}:
        persona_id = None
    route = Route(
        id=new_id("route"), from_card=from_card, to_card=to_card, persona_id=persona_id, label=label
    )
    doc.push(
        InsertItemsCommand(doc, "routes", [(len(journey.routes), route)], tr("route_edits", "Draw route"))
    )
    return route


def delete_routes(doc: JourneyDocument, route_ids: list[str]) -> None:
    """Delete routes (the cards stay), as one undo step."""
    existing = {r.id for r in doc.journey.routes}
    ids = [route_id for route_id in route_ids if route_id in existing]
    if ids:
        label = (
            tr("route_edits", "Delete route")
            if len(ids) == 1
            else tr("route_edits", "Delete %n routes", None, len(ids))
        )
        doc.push(RemoveItemsCommand(doc, "routes", ids, label))


def relabel_route(doc: JourneyDocument, route_id: str, label: str, merge: bool = False) -> None:
    """Change the text on a route's arrow (typing merges into one step when ``merge``)."""
    set_fields(doc, "routes", route_id, {"label": label}, tr("route_edits", "Relabel route"), merge)


def set_route_persona(doc: JourneyDocument, route_id: str, persona_id: str | None) -> None:
    """Say whose route this is (its arrow takes the persona's colour); None for everyone."""
    set_fields(doc, "routes", route_id, {"persona_id": persona_id}, tr("route_edits", "Change route persona"))


def reverse_route(doc: JourneyDocument, route_id: str) -> None:
    """Turn an arrow round."""
    route = doc.target("routes", route_id)
    if find_route(doc, route.to_card, route.from_card) is not None:
        return  # the opposite arrow exists already: reversing would duplicate it
    set_fields(
        doc,
        "routes",
        route_id,
        {"from_card": route.to_card, "to_card": route.from_card},
        tr("route_edits", "Reverse route"),
    )
