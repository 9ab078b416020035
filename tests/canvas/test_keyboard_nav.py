"""Arrow keys move the selection; Alt+arrows move cards, stages and lanes as one undo step each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import LaneKind


@pytest.fixture
def grid(qtbot):
    doc = JourneyDocument()
    s1, s2 = edits.add_stage(doc, name="One"), edits.add_stage(doc, name="Two")
    l1, l2 = edits.add_lane(doc, LaneKind.ACTIONS), edits.add_lane(doc, LaneKind.PAIN_POINTS)
    a = edits.add_card(doc, l1.id, s1.id, "a")
    b = edits.add_card(doc, l1.id, s1.id, "b")
    c = edits.add_card(doc, l1.id, s2.id, "c")
    d = edits.add_card(doc, l2.id, s1.id, "d")
    scene = JourneyScene(doc)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.show()
    view.setFocus()
    return doc, scene, view, (s1, s2), (l1, l2), (a, b, c, d)


def test_arrows_walk_cells_and_cards(qtbot, grid) -> None:
    doc, scene, view, _, _, (a, b, c, d) = grid
    before = dumps(doc.journey)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # nothing selected: the first card
    assert scene.selected_ids("card") == [a.id]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_ids("card") == [b.id]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # leaves the cell downwards, into the next lane
    assert scene.selected_ids("card") == [d.id]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_ids("card") == [c.id]
    assert dumps(doc.journey) == before and doc.undo_stack.count() == 8  # selection is no edit


def test_alt_arrows_move_a_card_one_undo_step_each(qtbot, grid) -> None:
    doc, scene, view, (s1, s2), (l1, l2), (a, b, c, d) = grid
    before = dumps(doc.journey)
    scene.select_ids([a.id])
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [x.text for x in doc.journey.cards_in(l1.id, s1.id)] == ["b", "a"]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert doc.journey.card(a.id).stage_id == s2.id
    assert scene.selected_ids("card") == [a.id]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before


def test_alt_arrows_reorder_stages_and_enter_edits(qtbot, grid) -> None:
    doc, scene, view, (s1, s2), _, _ = grid
    scene.select_ids([s1.id])
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in doc.journey.stages] == [s2.id, s1.id]
    with qtbot.waitSignal(scene.edit_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["stage", s1.id]
