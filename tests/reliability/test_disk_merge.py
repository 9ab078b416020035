"""Sync folders: the file changed on disk while the map has unsaved edits; Merge keeps both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cjm_desktop.document import edits
from cjm_desktop.io.mapfile.atomic import write_atomic
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.ui.recovery_actions import keeper_of
from cjm_desktop.versions.conflict_notes import CONFLICT_TAG
from tests.reliability.test_file_changed import wait_for_offer


def colleague_edits(path: Path, card_index: int, text: str, shared_text: str) -> None:
    """Another copy of the map (a sync client's) changes a card and the card both sides edit."""
    journey = loads(path.read_bytes())
    journey.cards[card_index].text = text
    journey.cards[0].text = shared_text
    write_atomic(path, dumps(journey))


def test_merge_keeps_disk_changes_and_unsaved_edits_in_one_undo_step(
    qtbot, open_map, map_file: Path, prompts
) -> None:
    window = open_map(map_file)
    keeper, doc = keeper_of(window), window.doc
    journey = doc.journey
    mine, theirs, shared = journey.cards[3].id, journey.cards[5].id, journey.cards[0].id
    edits.set_fields(doc, "cards", mine, {"text": "My unsaved edit"}, "Edit")
    edits.set_fields(doc, "cards", shared, {"text": "My wording"}, "Edit")
    before_merge = dumps(doc.journey)

    wait_for_offer(qtbot, keeper, lambda: colleague_edits(map_file, 5, "Colleague's edit", "Their wording"))
    button = window.disk_merge.button
    assert button.isVisible() and keeper.bar.reload_button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    merged = doc.journey
    assert merged.card(mine).text == "My unsaved edit" and merged.card(theirs).text == "Colleague's edit"
    assert merged.card(shared).text == "My wording"  # a true conflict keeps ours ...
    notes = [c for c in merged.cards if CONFLICT_TAG in c.tags]
    assert len(notes) == 1 and "Their wording" in notes[0].text  # ... and shows theirs in a note
    assert not keeper.bar.isVisible() and not keeper.changed_on_disk()
    assert doc.modified and prompts.warnings == []

    doc.undo_stack.undo()  # one step takes the whole merge back
    assert dumps(doc.journey) == before_merge


def test_merge_is_not_offered_without_unsaved_edits(qtbot, open_map, map_file: Path, prompts) -> None:
    window = open_map(map_file)
    keeper = keeper_of(window)
    wait_for_offer(qtbot, keeper, lambda: colleague_edits(map_file, 5, "Colleague's edit", "Theirs"))
    assert not window.disk_merge.button.isVisible()  # Reload loses nothing: no merge needed
