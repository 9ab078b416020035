"""Evidence edits: each is one undo step that restores the serialized map exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import evidence_edits as ev
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Evidence, Journey, Lane, LaneKind, Stage

A = Evidence("url", "https://example.org/a", "Report A")
B = Evidence("file", "research/b.pdf")
C = Evidence("reference", "interview 12, 03:14")


@pytest.fixture
def doc(qapp) -> JourneyDocument:
    journey = Journey(
        stages=[Stage("s1", "Buy")],
        lanes=[Lane("l", LaneKind.PAIN_POINTS, "Pain")],
        cards=[Card("c1", "l", "s1", "Fees", evidence=[A, B]), Card("c2", "l", "s1", "Slow")],
    )
    return JourneyDocument(journey)


def one_undo_step(doc: JourneyDocument, edit: Callable[[], object]) -> None:
    before, index = dumps(doc.journey), doc.undo_stack.index()
    edit()
    assert doc.undo_stack.index() == index + 1
    after = dumps(doc.journey)
    assert after != before
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after


def evidence(doc: JourneyDocument, card_id: str = "c1") -> list[Evidence]:
    return doc.journey.card(card_id).evidence


def test_add_edit_remove_and_move_are_one_step_each(doc: JourneyDocument) -> None:
    one_undo_step(doc, lambda: ev.add_evidence(doc, "c1", C))
    assert evidence(doc) == [A, B, C]
    one_undo_step(doc, lambda: ev.add_evidence(doc, "c1", Evidence("url", "https://x.org"), 0))
    assert evidence(doc)[0].target == "https://x.org"
    one_undo_step(doc, lambda: ev.edit_evidence(doc, "c1", 0, Evidence("url", "https://y.org", "Y")))
    assert evidence(doc)[0] == Evidence("url", "https://y.org", "Y")
    one_undo_step(doc, lambda: ev.move_evidence(doc, "c1", 3, 1))
    assert evidence(doc) == [Evidence("url", "https://y.org", "Y"), C, A, B]
    one_undo_step(doc, lambda: ev.remove_evidence(doc, "c1", 0))
    assert evidence(doc) == [C, A, B]
    assert doc.undo_stack.command(doc.undo_stack.index() - 1).text() == "Remove evidence"


def test_undo_returns_the_exact_list_and_order(doc: JourneyDocument) -> None:
    ev.move_evidence(doc, "c1", 0, 5)  # clamped to the end
    assert evidence(doc) == [B, A]
    doc.undo_stack.undo()
    assert evidence(doc) == [A, B]
    steps = doc.undo_stack.count()
    ev.move_evidence(doc, "c1", 1, 1)  # no change: no step
    assert doc.undo_stack.count() == steps


def test_the_level_of_several_cards_is_one_step(doc: JourneyDocument) -> None:
    one_undo_step(doc, lambda: ev.set_evidence_level(doc, ["c1", "c2"], "assumption"))
    assert [c.evidence_level for c in doc.journey.cards] == ["assumption", "assumption"]
    one_undo_step(doc, lambda: ev.set_evidence_level(doc, ["c1"], "data"))
    steps = doc.undo_stack.count()
    ev.set_evidence_level(doc, ["c1"], "data")
    assert doc.undo_stack.count() == steps
    with pytest.raises(ValueError):
        ev.set_evidence_level(doc, ["c1"], "proven")


def test_moving_the_map_rebases_relative_files_in_one_step(doc: JourneyDocument, tmp_path) -> None:
    old, new = tmp_path / "maps", tmp_path / "archive"
    one_undo_step(doc, lambda: ev.rebase_file_paths(doc, old, new))
    assert evidence(doc) == [A, Evidence("file", "../maps/research/b.pdf")]  # web addresses untouched
    steps = doc.undo_stack.count()
    assert ev.rebase_file_paths(doc, new, new) == 0 and doc.undo_stack.count() == steps
