"""Cards show opportunity links: status and pain-point count on the opportunity, "addressed by" on the pain."""

from __future__ import annotations

from pathlib import Path

from cjm_desktop.canvas import card_painter
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.document import opportunity_edits as opp
from cjm_desktop.io.mapfile.cjm_file import load_map
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
