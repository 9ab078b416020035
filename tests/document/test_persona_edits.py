"""Persona and emotion edits: each one undo step that restores the serialized map exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.model import (
    Card,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    Metric,
    MetricValue,
    Persona,
    Route,
    Stage,
)


@pytest.fixture
def doc(qapp) -> JourneyDocument:
    journey = Journey(
        title="Shop",
        stages=[Stage("s1", "Awareness"), Stage("s2", "Purchase"), Stage("s3", "Advocacy")],
        lanes=[Lane("l1", LaneKind.TOUCHPOINTS, "Touchpoints"), Lane("l2", LaneKind.EMOTIONS, "Emotions")],
        cards=[
            Card("c1", "l1", "s1", "Ad", persona_ids=["p1", "p2"]),
            Card("c2", "l1", "s2", "Checkout", persona_ids=["p1"]),
            Card("c3", "l1", "s3", "Review"),
        ],
        personas=[Persona("p1", "Anna", role="Student"), Persona("p2", "Bence", segment="B2B")],
        emotions=[
            EmotionPoint("p1", "s1", 2),
            EmotionPoint("p2", "s1", 1),
            EmotionPoint("p1", "s2", -2, "fees"),
        ],
        routes=[Route("r1", "c1", "c2", persona_id="p1", label="clicks ad")],
    )
    return JourneyDocument(journey)


def check_one_undo_step(doc: JourneyDocument, edit: Callable[[], object]) -> bytes:
    """Run an edit; it must be one undo step that restores the map exactly, and redo must replay it."""
    before = dumps(doc.journey)
    index = doc.undo_stack.index()
    edit()
    after = dumps(doc.journey)
    assert after != before
    assert doc.undo_stack.index() == index + 1
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after
    loads(after)  # the edited map is still a valid file
    return after


def test_add_persona_gets_a_fresh_colour(doc: JourneyDocument) -> None:
    persona = pe.add_persona(doc, "Csilla", role="Nurse")
    assert doc.journey.personas[-1] is persona
    assert persona.color == pe.PERSONA_COLORS[1]  # p1 and p2 share the default; the next free one
    doc.undo_stack.undo()
    check_one_undo_step(doc, lambda: pe.add_persona(doc, "Dóra"))


def test_edit_persona_typing_merges_into_one_step(doc: JourneyDocument) -> None:
    before = dumps(doc.journey)
    for text in ["Lo", "Love", "Loves", "Loves fast delivery"]:
        pe.edit_persona(doc, "p1", {"goals": text}, merge=True)
    assert doc.undo_stack.count() == 1
    assert doc.journey.persona("p1").goals == "Loves fast delivery"
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before


def test_edit_persona_without_change_adds_no_step(doc: JourneyDocument) -> None:
    pe.edit_persona(doc, "p1", {"role": "Student"})
    assert doc.undo_stack.count() == 0
    with pytest.raises(ValueError):
        pe.edit_persona(doc, "p1", {"segment": "B2X"})


def test_every_text_field_and_channels_round_trip(doc: JourneyDocument) -> None:
    values = {
        "name": "Ελένη Παπαδοπούλου",
        "role": "Tanárnő",
        "age": "34",
        "location": "Iași, România",
        "background": "Hyvää päivää " * 50,
        "goals": "🛒 fast",
        "motivations": "ș ț ő ű",
        "frustrations": "fees",
        "behaviours": "mobile first",
        "channels": ["web", "mobile_app"],
        "quote": "«Miért kell regisztrálni?»",
        "segment": "B2B",
        "color": "#123456",
    }
    after = check_one_undo_step(doc, lambda: pe.edit_persona(doc, "p1", values))
    reloaded = loads(after).persona("p1")
    for key, value in values.items():
        assert getattr(reloaded, key) == value


def test_photo_set_and_remove(doc: JourneyDocument) -> None:
    from PySide6.QtGui import QColor, QImage

    from cjm_desktop.canvas.image_codec import embed_qimage

    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    photo = embed_qimage(image).data_b64
    after = check_one_undo_step(doc, lambda: pe.set_persona_photo(doc, "p1", photo))
    assert loads(after).persona("p1").photo == photo
    check_one_undo_step(doc, lambda: pe.set_persona_photo(doc, "p1", ""))


def test_visibility_is_an_undoable_document_edit(doc: JourneyDocument) -> None:
    after = check_one_undo_step(doc, lambda: pe.set_persona_visible(doc, "p2", False))
    assert loads(after).persona("p2").visible is False


def test_duplicate_copies_the_curve_after_the_original(doc: JourneyDocument) -> None:
    twin_holder: list[Persona] = []
    check_one_undo_step(doc, lambda: twin_holder.append(pe.duplicate_persona(doc, "p1")))
    twin = twin_holder[0]
    assert [p.id for p in doc.journey.personas] == ["p1", twin.id, "p2"]
    assert twin.name == "Anna (copy)" and twin.role == "Student"
    assert twin.color != doc.journey.persona("p1").color
    curve = [(p.stage_id, p.score, p.note) for p in doc.journey.emotions if p.persona_id == twin.id]
    assert curve == [("s1", 2, ""), ("s2", -2, "fees")]


def test_delete_cascades_in_one_step(doc: JourneyDocument) -> None:
    check_one_undo_step(doc, lambda: pe.delete_personas(doc, ["p1"]))
    journey = doc.journey
    assert [p.id for p in journey.personas] == ["p2"]
    assert all(p.persona_id == "p2" for p in journey.emotions)
    assert journey.card("c1").persona_ids == ["p2"]
    assert journey.card("c2").persona_ids == []
    assert journey.routes[0].persona_id is None


def test_delete_takes_the_persona_metric_values_and_undo_brings_them_back(doc: JourneyDocument) -> None:
    doc.journey.metrics = [Metric("m1", "Conversion", format="percent")]
    doc.journey.metric_values = [
        MetricValue("m1", "s1", 0.2),
        MetricValue("m1", "s1", 0.3, persona_id="p1"),
        MetricValue("m1", "s1", 0.1, persona_id="p2"),
    ]
    check_one_undo_step(doc, lambda: pe.delete_personas(doc, ["p1"]))  # undo restores them exactly
    assert [(v.persona_id, v.value) for v in doc.journey.metric_values] == [("", 0.2), ("p2", 0.1)]


def test_delete_several_and_nothing(doc: JourneyDocument) -> None:
    check_one_undo_step(doc, lambda: pe.delete_personas(doc, ["p1", "p2"]))
    assert doc.journey.emotions == []
    pe.delete_personas(doc, [])
    assert doc.undo_stack.count() == 1


def test_move_persona(doc: JourneyDocument) -> None:
    check_one_undo_step(doc, lambda: pe.move_persona(doc, "p2", 0))
    assert [p.id for p in doc.journey.personas] == ["p2", "p1"]


def test_set_emotion_changes_in_place_and_keeps_the_note(doc: JourneyDocument) -> None:
    check_one_undo_step(doc, lambda: pe.set_emotion(doc, "p1", "s2", -3))
    assert doc.journey.emotions[2] == EmotionPoint("p1", "s2", -3, "fees")


def test_set_emotion_adds_a_point_and_clamps(doc: JourneyDocument) -> None:
    check_one_undo_step(doc, lambda: pe.set_emotion(doc, "p2", "s3", 7.4))
    assert doc.journey.emotion("p2", "s3").score == 3
    pe.set_emotion(doc, "p2", "s3", 2.6)
    assert doc.journey.emotion("p2", "s3").score == 3  # rounds to the same score: no new step
    assert doc.undo_stack.count() == 1
    with pytest.raises(KeyError):
        pe.set_emotion(doc, "nobody", "s3", 1)


def test_note_and_clear(doc: JourneyDocument) -> None:
    check_one_undo_step(doc, lambda: pe.set_emotion_note(doc, "p1", "s1", "  saw a friend's post  "))
    assert doc.journey.emotion("p1", "s1").note == "saw a friend's post"
    check_one_undo_step(doc, lambda: pe.clear_emotion(doc, "p1", "s1"))
    assert doc.journey.emotion("p1", "s1") is None
    with pytest.raises(KeyError):
        pe.set_emotion_note(doc, "p1", "s1", "x")


def test_persona_curve_is_in_stage_order(doc: JourneyDocument) -> None:
    pe.set_emotion(doc, "p1", "s3", 1)
    from cjm_desktop.document.edits import move_stage

    move_stage(doc, "s3", 0)
    assert [(i, p.stage_id) for i, p in pe.persona_curve(doc, "p1")] == [(0, "s3"), (1, "s1"), (2, "s2")]
