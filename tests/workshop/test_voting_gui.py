"""Dot voting through the GUI: clicks on cards, the budget, turns, ranking, reset."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from cjm_desktop.document import vote_edits as ve
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.model import LaneKind

from .conftest import step


def card_point(view, card_id: str) -> QPoint:
    """Where a card sits in a view's viewport, after making sure it is in sight."""
    item = view.journey_scene.card_items[card_id]
    view.ensureVisible(item, 20, 20)
    return view.mapFromScene(item.sceneBoundingRect().center())


def click_card(
    qtbot, view, card_id: str, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.mouseClick(view.viewport(), button, modifier, card_point(view, card_id))


def ve_card_lanes(journey):
    return [lane for lane in journey.lanes if lane.id in ve.card_lane_ids(journey)]


def lane_cards(journey, kind: LaneKind) -> list[str]:
    lane = next(lane for lane in journey.lanes if lane.kind == kind)
    return [c.id for c in journey.cards if c.lane_id == lane.id]


def test_vote_round_in_the_editor(window, qtbot):
    doc, journey = window.doc, window.doc.journey
    workshop = window.workshop
    workshop.show_panel()
    panel = workshop.panel
    start = dumps(journey)
    pain_lane = next(lane.id for lane in journey.lanes if lane.kind == LaneKind.PAIN_POINTS)
    opp_lane = next(lane.id for lane in journey.lanes if lane.kind == LaneKind.OPPORTUNITIES)
    ve.set_votable_lanes(doc, [pain_lane, opp_lane])
    panel.dots.setValue(2)
    assert journey.voting.dots_per_participant == 2
    pains = lane_cards(journey, LaneKind.PAIN_POINTS)
    opps = lane_cards(journey, LaneKind.OPPORTUNITIES)
    touch = lane_cards(journey, LaneKind.TOUCHPOINTS)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert window.workshop.voting.active and panel.start_button.text() == "Stop voting"
    view = window.view
    click_card(qtbot, view, pains[0])
    click_card(qtbot, view, pains[0])
    assert journey.card(pains[0]).votes == 2
    assert window.workshop.voting.dots_left() == 0
    click_card(qtbot, view, opps[0])  # over budget: refused
    assert journey.card(opps[0]).votes == 0
    click_card(qtbot, view, touch[0])  # not a votable lane
    assert journey.card(touch[0]).votes == 0
    assert window.scene.selected_ids("card") == []  # voting clicks never select or drag
    # Shift-click takes one of your own dots back.
    click_card(qtbot, view, pains[0], modifier=Qt.KeyboardModifier.ShiftModifier)
    assert journey.card(pains[0]).votes == 1 and window.workshop.voting.dots_left() == 1
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert window.workshop.voting.participant == 2 and window.workshop.voting.dots_left() == 2
    assert "Participant 2 · dots left: 2" in panel.status.text()
    click_card(qtbot, view, pains[0], modifier=Qt.KeyboardModifier.AltModifier)  # not participant 2's dot
    assert journey.card(pains[0]).votes == 1
    click_card(qtbot, view, opps[1])
    click_card(qtbot, view, opps[1])
    assert panel.ranked_ids() == [opps[1], pains[0]]
    # Clicking a ranked card selects it on the canvas (after voting stops, selection is normal again).
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert not window.workshop.voting.active
    panel.ranked.itemClicked.emit(panel.ranked.item(0))
    assert window.scene.selected_ids("card") == [opps[1]]
    # Votes are in the file.
    assert loads(dumps(journey)).card(opps[1]).votes == 2
    # Reset is one undo step.
    voted = dumps(journey)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert all(card.votes == 0 for card in journey.cards) and panel.ranked.count() == 0
    doc.undo_stack.undo()
    assert dumps(journey) == voted
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert dumps(journey) == start


def test_undoing_a_vote_gives_the_dot_back(window, qtbot):
    journey = window.doc.journey
    pains = lane_cards(journey, LaneKind.PAIN_POINTS)
    window.workshop.voting.start()
    click_card(qtbot, window.view, pains[1])
    left = window.workshop.voting.dots_left()
    window.doc.undo_stack.undo()
    assert journey.card(pains[1]).votes == 0 and window.workshop.voting.dots_left() == left + 1


def test_voting_on_the_projected_map(window, presentation, qtbot):
    journey = window.doc.journey
    pains = lane_cards(journey, LaneKind.PAIN_POINTS)
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    assert window.workshop.voting.active
    assert "Participant 1" in presentation.vote_status.text()
    click_card(qtbot, presentation.view, pains[0])
    assert journey.card(pains[0]).votes == 1
    qtbot.keyClick(presentation, Qt.Key.Key_N)
    assert "Participant 2" in presentation.vote_status.text()
    qtbot.mouseClick(
        presentation.view.viewport(), Qt.MouseButton.RightButton, pos=card_point(presentation.view, pains[0])
    )
    assert journey.card(pains[0]).votes == 1  # participant 2 cannot take participant 1's dot
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    assert not window.workshop.voting.active
    assert step(qtbot, presentation, Qt.Key.Key_Right) == 0


def test_reset_votes_menu_action(window):
    journey = window.doc.journey
    pains = lane_cards(journey, LaneKind.PAIN_POINTS)
    window.workshop.voting.start()
    window.workshop.voting.vote(pains[0])
    window.workshop.reset_action.trigger()
    assert journey.card(pains[0]).votes == 0
    window.doc.undo_stack.undo()
    assert journey.card(pains[0]).votes == 1


def test_votable_lanes_and_dots_from_the_panel_are_undoable(window, qtbot):
    journey = window.doc.journey
    window.workshop.show_panel()
    panel = window.workshop.panel
    before = dumps(journey)
    opp_lane = next(lane for lane in journey.lanes if lane.kind == LaneKind.OPPORTUNITIES)
    row = next(
        i
        for i in range(panel.lanes.count())
        if panel.lanes.item(i).data(Qt.ItemDataRole.UserRole) == opp_lane.id
    )
    assert panel.lanes.item(row).checkState() == Qt.CheckState.Checked  # default: every card lane
    panel.lanes.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert journey.voting.lane_ids == [lane.id for lane in ve_card_lanes(journey) if lane.id != opp_lane.id]
    window.workshop.voting.start()
    opps = lane_cards(journey, LaneKind.OPPORTUNITIES)
    click_card(qtbot, window.view, opps[0])
    assert journey.card(opps[0]).votes == 0
    window.workshop.voting.stop()
    window.doc.undo_stack.undo()
    assert dumps(journey) == before
    assert panel.lanes.item(row).checkState() == Qt.CheckState.Checked


def test_start_voting_ticks_card_lanes_and_offers_no_drawn_lanes(window, qtbot):
    journey = window.doc.journey
    window.workshop.show_panel()
    panel = window.workshop.panel
    offered = [panel.lanes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.lanes.count())]
    card_lanes = [lane.id for lane in journey.lanes if lane.kind not in (LaneKind.EMOTIONS, LaneKind.METRICS)]
    assert offered == card_lanes
    assert all(panel.lanes.item(i).checkState() == Qt.CheckState.Checked for i in range(panel.lanes.count()))
    # Unticking every lane is refused with a word, not a silent "every lane" again.
    for i in range(panel.lanes.count() - 1):
        panel.lanes.item(i).setCheckState(Qt.CheckState.Unchecked)
    panel.lanes.item(panel.lanes.count() - 1).setCheckState(Qt.CheckState.Unchecked)
    assert journey.voting.lane_ids == [card_lanes[-1]]
    assert panel.lanes.item(panel.lanes.count() - 1).checkState() == Qt.CheckState.Checked
    assert "At least one lane" in panel.status.text()


def test_start_voting_warns_when_the_open_lanes_hold_no_cards(window, qtbot):
    from cjm_desktop.document import edits

    journey = window.doc.journey
    empty = edits.add_lane(window.doc, LaneKind.NOTES, "Parking lot")
    ve.set_votable_lanes(window.doc, [empty.id])
    window.workshop.show_panel()
    panel = window.workshop.panel
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert not window.workshop.voting.active
    assert not panel.start_button.isChecked()
    assert "no cards to vote on" in panel.status.text()
    assert journey.voting.lane_ids == [empty.id]


def test_redo_of_an_undone_dot_charges_the_budget_again(window, qtbot):
    journey, doc, voting = window.doc.journey, window.doc, window.workshop.voting
    doc.journey.voting.dots_per_participant = 2
    pains = lane_cards(journey, LaneKind.PAIN_POINTS)
    voting.start()
    assert voting.vote(pains[0]) and voting.vote(pains[1])
    assert voting.dots_left() == 0
    doc.undo_stack.undo()
    assert voting.dots_left() == 1 and journey.card(pains[1]).votes == 0
    doc.undo_stack.redo()
    assert journey.card(pains[1]).votes == 1
    assert voting.dots_left() == 0
    assert not voting.vote(pains[2])  # the budget is spent again
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert voting.dots_left() == 2
    doc.undo_stack.redo()
    assert voting.dots_left() == 1
    voting.stop()
