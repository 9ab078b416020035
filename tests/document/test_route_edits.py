"""Route edits: each is one undo step that restores the serialized map exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cjm_desktop.document import JourneyDocument, edits, route_edits
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Persona, Route, Stage


def journey() -> Journey:
    j = Journey(title="Kitchen")
    j.stages = [Stage("s1", "Inspiration"), Stage("s2", "Research"), Stage("s3", "Purchase")]
    j.lanes = [Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints")]
    j.cards = [
        Card("store", "tp", "s1", "Visits the store", channel="store", online=False),
        Card("social", "tp", "s2", "Designs on social networks", channel="social", online=True),
        Card("web", "tp", "s2", "Configurator", channel="web", online=True),
        Card("back", "tp", "s3", "Returns to the store", channel="store", online=False, moment_of_truth=True),
    ]
    j.personas = [Persona("anna", "Anna", "#7a5cb0")]
    j.routes = [Route("r0", "store", "social", "anna", "ideas")]
    return j


@pytest.fixture
def doc(qapp) -> JourneyDocument:
    return JourneyDocument(journey())


def assert_one_undo_step(doc: JourneyDocument, edit: Callable[[], object]) -> None:
    """The standard undo test: snapshot, edit (one step), undo == snapshot, redo == edited."""
    before = dumps(doc.journey)
    count = doc.undo_stack.index()
    edit()
    assert doc.undo_stack.index() == count + 1
    after = dumps(doc.journey)
    assert after != before
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after


def test_add_route(doc: JourneyDocument) -> None:
    assert_one_undo_step(doc, lambda: route_edits.add_route(doc, "social", "web", "anna"))
    route = doc.journey.routes[-1]
    assert (route.from_card, route.to_card, route.persona_id) == ("social", "web", "anna")


def test_loops_duplicates_and_unknown_personas_are_refused_or_dropped(doc: JourneyDocument) -> None:
    count = doc.undo_stack.index()
    assert route_edits.add_route(doc, "web", "web") is None
    assert route_edits.add_route(doc, "store", "social") is None  # exists already
    assert doc.undo_stack.index() == count
    route = route_edits.add_route(doc, "web", "back", persona_id="nobody")
    assert route is not None and route.persona_id is None  # never a dangling reference in the file
    loads(dumps(doc.journey))  # the file still validates


def test_add_route_to_a_missing_card_is_a_caller_error(doc: JourneyDocument) -> None:
    with pytest.raises(KeyError):
        route_edits.add_route(doc, "store", "gone")


def test_delete_routes(doc: JourneyDocument) -> None:
    route_edits.add_route(doc, "social", "web")
    ids = [r.id for r in doc.journey.routes]
    assert_one_undo_step(doc, lambda: route_edits.delete_routes(doc, ids))
    assert doc.journey.routes == []
    assert len(doc.journey.cards) == 4  # the cards stay


def test_relabel_typing_merges_into_one_step(doc: JourneyDocument) -> None:
    before = dumps(doc.journey)
    count = doc.undo_stack.index()
    for label in ("l", "lo", "loo", "looks at designs"):
        route_edits.relabel_route(doc, "r0", label, merge=True)
    assert doc.undo_stack.index() == count + 1
    assert doc.journey.routes[0].label == "looks at designs"
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before


def test_set_route_persona_and_reverse(doc: JourneyDocument) -> None:
    assert_one_undo_step(doc, lambda: route_edits.set_route_persona(doc, "r0", None))
    assert_one_undo_step(doc, lambda: route_edits.reverse_route(doc, "r0"))
    assert (doc.journey.routes[0].from_card, doc.journey.routes[0].to_card) == ("social", "store")


def test_reverse_never_duplicates_an_opposite_route(doc: JourneyDocument) -> None:
    route_edits.add_route(doc, "social", "store")
    count = doc.undo_stack.index()
    route_edits.reverse_route(doc, "r0")
    assert doc.undo_stack.index() == count


def test_deleting_a_card_deletes_its_routes_in_one_step(doc: JourneyDocument) -> None:
    route_edits.add_route(doc, "social", "web")
    route_edits.add_route(doc, "web", "back")
    assert_one_undo_step(doc, lambda: edits.delete_cards(doc, ["social"]))
    assert [(r.from_card, r.to_card) for r in doc.journey.routes] == [("web", "back")]


def test_routes_survive_save_and_reopen(doc: JourneyDocument) -> None:
    route_edits.add_route(doc, "social", "web", "anna", "compares")
    reopened = loads(dumps(doc.journey))
    assert dumps(reopened) == dumps(doc.journey)
