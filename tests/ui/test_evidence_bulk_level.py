"""Several selected cards get one evidence level from the inspector, as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage


def journey() -> Journey:
    j = Journey(title="Bulk")
    j.stages = [Stage("s1", "Buy"), Stage("s2", "Use")]
    j.lanes = [Lane("pain", LaneKind.PAIN_POINTS, "Pain points"), Lane("do", LaneKind.ACTIONS, "Actions")]
    j.cards = [
        Card("c1", "pain", "s1", "Extra fee", evidence_level="assumption"),
        Card("c2", "pain", "s2", "Slow support"),
        Card("c3", "do", "s1", "Compares prices", evidence_level="anecdotal"),
        Card("c4", "do", "s2", "Unpacks", evidence_level="anecdotal"),
    ]
    return j


def levels(win) -> dict[str, str]:
    return {card.id: card.evidence_level for card in win.doc.journey.cards}


def test_three_cards_get_one_level_in_one_undo_step(qtbot, make_window) -> None:
    win = make_window(journey())
    win.scene.select_ids(["c1", "c2", "c3"])
    box = win.inspector.bulk_level
    assert box is not None
    qtbot.waitUntil(box.isVisible)  # a widget added to a shown form is shown on the next event loop turn
    assert box.currentIndex() == -1 and box.placeholderText() == "Mixed"  # their levels differ
    before, steps = dumps(win.doc.journey), win.doc.undo_stack.count()
    box.setFocus()
    with qtbot.waitSignal(box.activated, timeout=2000):
        qtbot.keyClick(box, Qt.Key.Key_End)  # the last level: backed by data
    after = dumps(win.doc.journey)
    assert levels(win) == {"c1": "data", "c2": "data", "c3": "data", "c4": "anecdotal"}
    assert win.doc.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: box.currentData() == "data")
    win.doc.undo_stack.undo()
    assert dumps(win.doc.journey) == before
    qtbot.waitUntil(lambda: box.currentIndex() == -1)  # mixed again
    win.doc.undo_stack.redo()
    assert dumps(win.doc.journey) == after


def test_no_level_box_for_one_card_or_a_mixed_selection(qtbot, make_window) -> None:
    win = make_window(journey())
    win.scene.select_ids(["c1"])
    assert win.inspector.bulk_level is None  # one card: its own form has the level
    win.scene.select_ids(["c3", "c4"])
    box = win.inspector.bulk_level
    assert box is not None and box.currentData() == "anecdotal"  # the level they share


def test_the_edit_menu_sets_the_level_of_the_selected_cards(qtbot, make_window) -> None:
    win = make_window(journey())
    menu = win.evidence.level_menu
    assert menu.menuAction() in win.edit_menu.actions()
    assert not menu.isEnabled()  # nothing selected
    win.scene.select_ids(["c2", "c3", "c4"])
    assert menu.isEnabled()
    before, steps = dumps(win.doc.journey), win.doc.undo_stack.count()
    win.evidence.level_actions["assumption"].trigger()
    assert levels(win) == {"c1": "assumption", "c2": "assumption", "c3": "assumption", "c4": "assumption"}
    assert win.doc.undo_stack.count() == steps + 1
    win.doc.undo_stack.undo()
    assert dumps(win.doc.journey) == before
