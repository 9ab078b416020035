"""Live capture: pick a lane with a number key, type, Enter; every capture is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.ui.workshop_controls import capture_lanes

from .conftest import step


def capture(qtbot, presentation, number: int, texts: list[str]) -> list[bytes]:
    """Press a lane number, type each text and Enter; return the map before each capture."""
    qtbot.keyClick(presentation, getattr(Qt.Key, f"Key_{number}"))
    edit = presentation.capture.edit
    snapshots = []
    for i, text in enumerate(texts):
        if i:
            qtbot.keyClick(presentation, Qt.Key.Key_Return)  # Enter opens the box again, same lane
        assert presentation.capture.isVisible() and edit.hasFocus()
        snapshots.append(dumps(presentation.doc.journey))
        qtbot.keyClicks(edit, text)
        with qtbot.waitSignal(presentation.captured):
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.text() == ""
        assert not presentation.capture.isVisible()  # the keys are the facilitator's again
    return snapshots


def test_capture_three_cards_into_two_lanes_then_undo_one_by_one(window, presentation, qtbot):
    doc = window.doc
    journey = doc.journey
    lanes = capture_lanes(journey)
    touch, pain = lanes[0], lanes[3]
    assert (touch.title, pain.title) == ("Touchpoints", "Pain points")
    start = dumps(journey)
    step(qtbot, presentation, Qt.Key.Key_Right)
    step(qtbot, presentation, Qt.Key.Key_Right)  # Consideration
    stage = journey.stages[1]
    before_touch = [c.text for c in journey.cards_in(touch.id, stage.id)]
    before_pain = [c.text for c in journey.cards_in(pain.id, stage.id)]
    snapshots = capture(qtbot, presentation, 1, ["Comparison site", "Price alert e-mail"])
    snapshots += capture(qtbot, presentation, 4, ["Shipping cost hidden until checkout"])
    assert [c.text for c in journey.cards_in(touch.id, stage.id)] == before_touch + [
        "Comparison site",
        "Price alert e-mail",
    ]
    assert [c.text for c in journey.cards_in(pain.id, stage.id)] == before_pain + [
        "Shipping cost hidden until checkout"
    ]
    # Live in the editor too: the editor's scene has items for the new cards.
    new_ids = [
        c.id for c in journey.cards if c.text in ("Comparison site", "Shipping cost hidden until checkout")
    ]
    assert all(card_id in window.scene.card_items for card_id in new_ids)
    assert all(card_id in presentation.scene.layout.cards for card_id in new_ids)
    # The keys are navigation again after Esc.
    assert step(qtbot, presentation, Qt.Key.Key_Right) == 2
    # Ctrl+Z from the presentation takes the captures back one at a time.
    for snapshot in reversed(snapshots):
        qtbot.keyClick(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert dumps(journey) == snapshot
    assert dumps(journey) == start
    qtbot.keyClick(
        presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [c.text for c in journey.cards_in(touch.id, stage.id)] == before_touch + ["Comparison site"]


def test_capture_from_overview_focuses_first_stage_and_arrows_change_lane(window, presentation, qtbot):
    journey = window.doc.journey
    lanes = capture_lanes(journey)
    qtbot.keyClick(presentation, Qt.Key.Key_2)
    assert presentation.stage_index == 0
    edit = presentation.capture.edit
    assert presentation.capture.lane_id() == lanes[1].id
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert presentation.capture.lane_id() == lanes[2].id
    qtbot.keyClicks(edit, "Wants it today")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert journey.cards_in(lanes[2].id, journey.stages[0].id)[-1].text == "Wants it today"


def test_blank_text_and_unknown_lane_number_add_nothing(window, presentation, qtbot):
    before = dumps(window.doc.journey)
    qtbot.keyClick(presentation, Qt.Key.Key_9)  # the sample has five card lanes
    assert not presentation.capture.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_1)
    qtbot.keyClicks(presentation.capture.edit, "   ")
    qtbot.keyClick(presentation.capture.edit, Qt.Key.Key_Return)
    assert dumps(window.doc.journey) == before


def test_capture_in_dual_screen_mode_uses_the_laptop_controls(window, qtbot):
    p = window.workshop.start_presentation(controls_in_window=True)
    qtbot.waitExposed(p)
    step(qtbot, p, Qt.Key.Key_Right)
    qtbot.keyClick(p, Qt.Key.Key_5)
    lane = capture_lanes(window.doc.journey)[4]
    assert p.capture.lane_id() == lane.id
    qtbot.keyClicks(p.capture.edit, "Free returns")
    qtbot.keyClick(p.capture.edit, Qt.Key.Key_Return)
    assert window.doc.journey.cards_in(lane.id, window.doc.journey.stages[0].id)[-1].text == "Free returns"
    # Navigation keys typed on the laptop's controls move the wall screen.
    with qtbot.waitSignal(p.focus_changed) as blocker:
        qtbot.keyClick(p.controls, Qt.Key.Key_Right)
    assert blocker.args == [1]


def test_after_a_capture_t_and_o_act_instead_of_typing(window, presentation, qtbot):
    step(qtbot, presentation, Qt.Key.Key_Right)
    qtbot.keyClick(presentation, Qt.Key.Key_1)
    qtbot.keyClicks(presentation.capture.edit, "Chat bubble")
    with qtbot.waitSignal(presentation.captured):
        qtbot.keyClick(presentation.capture.edit, Qt.Key.Key_Return)
    assert not presentation.capture.isVisible()
    focused = QApplication.focusWidget()
    assert focused is not presentation.capture.edit
    with qtbot.waitSignal(window.workshop.timer.running_changed):
        qtbot.keyClick(focused, Qt.Key.Key_T)
    assert window.workshop.timer.running
    window.workshop.timer.toggle()
    assert step(qtbot, presentation, Qt.Key.Key_O) == -1
    assert presentation.capture.edit.text() == ""
