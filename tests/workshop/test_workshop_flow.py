"""The issue's "done when": sample map, F5, every stage, three captures in two lanes, a vote, all saved."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.model import LaneKind

from .conftest import step
from .test_voting_gui import click_card


def badge_color(view, card_id: str):
    """The colour inside the top of where a card's vote badge is painted."""
    x, y, w, _h = view.journey_scene.layout.cards[card_id]
    point = view.mapFromScene(QPointF(x + w - 16, y + 8.5))  # above the digit
    return view.grab().toImage().pixelColor(point.x(), point.y())


def test_workshop_session_end_to_end(window, qtbot, tmp_path):
    doc, journey = window.doc, window.doc.journey
    start = dumps(journey)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    p = window.workshop.presentation
    qtbot.waitExposed(p)
    for i in range(len(journey.stages)):
        assert step(qtbot, p, Qt.Key.Key_Right) == i
    step(qtbot, p, Qt.Key.Key_Home)
    # Three captures into two lanes of the first stage.
    for number, text in ((1, "Podcast ad"), (1, "Friend's recommendation"), (5, "Try-on in AR")):
        qtbot.keyClick(p, getattr(Qt.Key, f"Key_{number}"))
        qtbot.keyClicks(p.capture.edit, text)
        qtbot.keyClick(p.capture.edit, Qt.Key.Key_Return)
        qtbot.keyClick(p.capture.edit, Qt.Key.Key_Escape)
    captured = {
        c.text: c
        for c in journey.cards
        if c.text in ("Podcast ad", "Friend's recommendation", "Try-on in AR")
    }
    assert len(captured) == 3
    assert {journey.lane(c.lane_id).kind for c in captured.values()} == {
        LaneKind.TOUCHPOINTS,
        LaneKind.OPPORTUNITIES,
    }
    # A vote on the projected map: the captured opportunity gets two dots, a pain point one.
    pain = next(
        c
        for c in journey.cards
        if journey.lane(c.lane_id).kind == LaneKind.PAIN_POINTS and c.stage_id == journey.stages[0].id
    )
    qtbot.keyClick(p, Qt.Key.Key_V)
    opportunity = captured["Try-on in AR"]
    click_card(qtbot, p.view, opportunity.id)
    click_card(qtbot, p.view, opportunity.id)
    click_card(qtbot, p.view, pain.id)
    qtbot.keyClick(p, Qt.Key.Key_V)
    assert (opportunity.votes, pain.votes) == (2, 1)
    assert badge_color(p.view, opportunity.id).name() == "#2563eb"  # the total shows on the card
    # Leave and save: everything is in the file.
    step(qtbot, p, Qt.Key.Key_O)
    with qtbot.waitSignal(p.closed):
        qtbot.keyClick(p, Qt.Key.Key_Escape)
    path = tmp_path / "workshop.cjm"
    doc.set_path(path)
    assert window.save()
    saved = load_map(path)
    assert dumps(saved) == dumps(journey)
    assert saved.card(opportunity.id).votes == 2 and saved.card(opportunity.id).text == "Try-on in AR"
    # And all of it is undoable, back to the sample as opened.
    steps = doc.undo_stack.index()
    assert steps == 6  # three captures, three dots
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert dumps(journey) == start
