"""Snapshots and to-be curves: each edit one undo step that restores the serialized map exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.document import snapshot_edits as se
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION, FormatError
from cjm_desktop.io.mapfile.snapshots import journey_from_snapshot, snapshot_content
from cjm_desktop.model.snapshot import TO_BE
from cjm_desktop.paths import sample_map_path

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def doc(qapp) -> JourneyDocument:
    return JourneyDocument(load_map(sample_map_path()))


def content_bytes(doc: JourneyDocument) -> bytes:
    """The map's saved form without its snapshots."""
    return json.dumps(snapshot_content(doc.journey), sort_keys=True).encode()


def undo_redo_restores(doc: JourneyDocument, before: bytes) -> None:
    after = dumps(doc.journey)
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after


def test_take_mark_and_delete_are_each_one_undo_step(doc: JourneyDocument) -> None:
    before = dumps(doc.journey)
    snapshot = se.take_snapshot(doc, " Q3 as-is ", "before the redesign")
    assert (snapshot.name, snapshot.note, snapshot.status) == ("Q3 as-is", "before the redesign", "")
    assert snapshot.created[:2] == "20" and snapshot.created.endswith("+00:00")
    assert snapshot.content == snapshot_content(doc.journey)
    undo_redo_restores(doc, before)
    before = dumps(doc.journey)
    se.set_snapshot_status(doc, snapshot.id, TO_BE)
    assert doc.journey.snapshots[0].status == TO_BE
    undo_redo_restores(doc, before)
    before = dumps(doc.journey)
    se.delete_snapshot(doc, snapshot.id)
    assert doc.journey.snapshots == []
    undo_redo_restores(doc, before)
    assert doc.undo_stack.count() == 3


def test_restore_brings_the_snapshot_back_and_undo_the_edited_map(doc: JourneyDocument) -> None:
    snapshot = se.take_snapshot(doc, "Start")
    saved = content_bytes(doc)
    doc.journey.cards[0].text = "Edited after the snapshot"
    doc.journey.stages.pop()
    stages = {s.id for s in doc.journey.stages}
    doc.journey.cards = [c for c in doc.journey.cards if c.stage_id in stages]
    doc.journey.emotions = [e for e in doc.journey.emotions if e.stage_id in stages]
    edited = dumps(doc.journey)
    with_signal = []
    doc.reset.connect(lambda: with_signal.append(True))
    se.restore_snapshot(doc, snapshot.id)
    assert content_bytes(doc) == saved and with_signal
    assert [s.id for s in doc.journey.snapshots] == [snapshot.id]  # snapshots stay
    undo_redo_restores(doc, edited)


def test_a_damaged_snapshot_is_refused_before_anything_changes(doc: JourneyDocument) -> None:
    snapshot = se.take_snapshot(doc, "Broken")
    snapshot.content["cards"][0]["stage_id"] = "nowhere"
    before = dumps(doc.journey)
    with pytest.raises(FormatError, match="Broken"):
        se.restore_snapshot(doc, snapshot.id)
    assert dumps(doc.journey) == before


def test_to_be_curves_from_the_map_and_from_a_to_be_snapshot(doc: JourneyDocument) -> None:
    before = dumps(doc.journey)
    se.set_to_be_curves(doc, doc.journey)
    assert doc.journey.emotions and all(p.to_be == p.score for p in doc.journey.emotions)
    undo_redo_restores(doc, before)
    point = doc.journey.emotions[0]
    pe.set_emotion(doc, point.persona_id, point.stage_id, -3)  # an as-is edit keeps the to-be score
    assert doc.journey.emotions[0].to_be == point.to_be
    snapshot = se.take_snapshot(doc, "Target", status=TO_BE)
    target = journey_from_snapshot(snapshot)
    target.emotions[1].score = 3
    se.clear_to_be_curves(doc)
    assert all(p.to_be is None for p in doc.journey.emotions)
    se.set_to_be_curves(doc, target)
    assert doc.journey.emotions[1].to_be == 3
    saved = loads(dumps(doc.journey))  # the to-be scores survive a save
    assert [p.to_be for p in saved.emotions] == [p.to_be for p in doc.journey.emotions]


def test_a_version_1_file_opens_and_saves_in_the_current_version(tmp_path) -> None:
    journey = load_map(DATA / "format-v1.cjm")
    assert journey.snapshots == []
    doc = json.loads(dumps(journey))
    assert doc["format_version"] == FORMAT_VERSION and doc["snapshots"] == []


def test_a_snapshot_of_an_older_version_restores_through_the_migrations(doc: JourneyDocument) -> None:
    old = json.loads((DATA / "format-v1.cjm").read_text(encoding="utf-8"))
    snapshot = se.take_snapshot(doc, "Old")
    snapshot.content = old
    se.restore_snapshot(doc, snapshot.id)
    assert doc.journey.title == old["map"]["title"]
    assert len(doc.journey.cards) == len(old["cards"])


def test_the_version_2_test_file_holds_a_snapshot_and_to_be_curves(qapp) -> None:
    doc = JourneyDocument(load_map(DATA / "format-v3.cjm"))
    assert all(p.to_be is not None for p in doc.journey.emotions)
    [snapshot] = doc.journey.snapshots
    assert (snapshot.status, snapshot.created) == ("as-is", "2026-09-30T12:00:00+00:00")
    se.restore_snapshot(doc, snapshot.id)
    assert len(doc.journey.cards) == 10 and doc.journey.snapshots == [snapshot]
