"""Cards show opportunity links: status and pain-point count on the opportunity, "addressed by" on the pain."""

from __future__ import annotations

import random
from pathlib import Path

from cjm_desktop.canvas import card_painter
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.document import opportunity_edits as opp
from cjm_desktop.document.commands import InsertItemsCommand
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Card, Metric, MetricValue
from tests.canvas.test_incremental_layout import placement

DATA = Path(__file__).resolve().parents[1] / "data"


def chip_texts(scene: JourneyScene, card_id: str) -> list[str]:
    """The chip labels the card's item paints (the same call the item makes)."""
    journey = scene.doc.journey
    card = journey.card(card_id)
    kind = journey.lane(card.lane_id).kind
    chips = card_painter.chips_for(
        card, kind, journey.personas, journey.channels, (), scene.card_link_texts(card_id)
    )
    return [chip.text for chip in chips]


def test_linked_cards_show_status_count_and_addressed_by(qapp) -> None:
    journey = load_map(DATA / "format-v6.cjm")
    journey.card("card-028").severity = None  # no chip row yet: the link chip must add one
    doc = JourneyDocument(journey)
    scene = JourneyScene(doc)
    assert "● Idea" in chip_texts(scene, "card-031") and "→ 2 pain points" in chip_texts(scene, "card-031")
    assert "Addressed by 1" in chip_texts(scene, "card-025")
    assert not any("Addressed" in t for t in chip_texts(scene, "card-028"))  # nobody addresses it yet
    height = scene.layout.cards["card-028"][3]

    opp.link_pain_point(doc, "card-033", "card-028")
    opp.link_pain_point(doc, "card-031", "card-028")
    assert "Addressed by 2" in chip_texts(scene, "card-028")
    assert scene.layout.cards["card-028"][3] > height  # the new chip row is laid out, not cut off
    fresh = JourneyScene(doc)
    assert placement(scene) == placement(fresh)  # the incremental update equals a full layout
    fresh.deleteLater()

    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert not any("Addressed" in t for t in chip_texts(scene, "card-028"))
    assert scene.layout.cards["card-028"][3] == height


def test_status_chip_has_a_symbol_and_deleting_the_pain_point_drops_the_count(qapp) -> None:
    doc = JourneyDocument(load_map(DATA / "format-v6.cjm"))
    scene = JourneyScene(doc)
    opp.set_status(doc, "card-033", "done")
    assert "■ Done" in chip_texts(scene, "card-033")
    edits.delete_cards(doc, ["card-025"])
    assert "→ 1 pain point" in chip_texts(scene, "card-031")
    fresh = JourneyScene(doc)
    assert placement(scene) == placement(fresh)
    fresh.deleteLater()


def test_chips_after_cards_come_and_go_match_a_fresh_scene(qapp) -> None:
    """Adding, deleting, undoing and redoing cards keeps every card's link and metric chips (and
    place) as a scene built from scratch has them, opportunities and measured touchpoints included."""
    journey = load_map(DATA / "format-v6.cjm")
    journey.metrics.append(Metric(id="m-visits", name="Visits"))
    touch = [c for c in journey.cards if c.lane_id == "lane-touch"]
    for card in touch[:2]:
        journey.metric_values.append(MetricValue("m-visits", card.stage_id, 1200.0, card_id=card.id))
    doc = JourneyDocument(journey)
    scene = JourneyScene(doc)
    rng = random.Random(3)
    for step in range(40):
        cards = doc.journey.cards
        action = rng.randrange(4)
        if action == 0:
            lane, stage = rng.choice(doc.journey.lanes), rng.choice(doc.journey.stages)
            edits.add_card(doc, lane.id, stage.id, "a new card")
        elif action == 1 and cards:
            edits.delete_cards(
                doc, [rng.choice(cards).id]
            )  # opportunities, linked pain points, measured cards
        elif action == 2 and doc.undo_stack.canUndo():
            doc.undo_stack.undo()
        elif doc.undo_stack.canRedo():
            doc.undo_stack.redo()
        fresh = JourneyScene(doc)
        for card in doc.journey.cards:
            assert scene.card_link_texts(card.id) == fresh.card_link_texts(card.id), (step, card.id)
            assert scene.card_metric_texts(card.id) == fresh.card_metric_texts(card.id), (step, card.id)
        assert placement(scene) == placement(fresh), step
        fresh.deleteLater()


def test_a_card_arriving_after_its_metric_values_shows_their_chips(qapp) -> None:
    """Values may name a card before it is (re)inserted, e.g. by a merge: its chips show on arrival."""
    journey = load_map(DATA / "format-v6.cjm")
    journey.metrics.append(Metric(id="m-visits", name="Visits"))
    stage = journey.stages[0].id
    journey.metric_values.append(MetricValue("m-visits", stage, 1200.0, card_id="card-late"))
    doc = JourneyDocument(journey)
    scene = JourneyScene(doc)
    card = Card(id="card-late", lane_id="lane-touch", stage_id=stage, text="Arrives late")
    doc.push(InsertItemsCommand(doc, "cards", [(0, card)], "Add card"))
    assert scene.card_metric_texts("card-late") == JourneyScene(doc).card_metric_texts("card-late") != ()
