"""Find (Ctrl+F) driven with real keys: type, step with Enter / F3, the selection moves on the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.document import edits
from cjm_desktop.model import Card, EmotionPoint, Journey, Lane, LaneKind, Persona, Route, Stage
from cjm_desktop.ui.find_bar import find_matches, normalize
from cjm_desktop.ui.main_window import MainWindow

SHIFT = Qt.KeyboardModifier.ShiftModifier


def journey() -> Journey:
    j = Journey(title="Delivery journey", goals="Why do parcels go back to the depot?")
    j.stages = [Stage("s1", "Order", "Checkout and payment"), Stage("s2", "Wait"), Stage("s3", "Παραλαβή")]
    j.lanes = [
        Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints"),
        Lane("pain", LaneKind.PAIN_POINTS, "Pain points"),
    ]
    # Listed out of reading order on purpose: matches follow the map (lane by lane, stage by stage).
    j.cards = [
        Card("c3", "tp", "s3", "Courier at the door", channel="courier"),
        Card("c1", "tp", "s1", "Checkout page", tags=["courier-choice"]),
        Card("c2", "tp", "s2", "Tracking page, COURIER position"),
        Card("c4", "pain", "s3", "Courier didn’t call: ο κούριερ δεν τηλεφώνησε"),
        Card("c5", "pain", "s2", "Nobody calls ahead", author="Józsi Kovács"),
    ]
    j.personas = [Persona("p1", "Tomás Novák", background="Works late; hates waiting for couriers.")]
    j.emotions = [EmotionPoint("p1", "s2", -2, "Waiting all day")]
    j.routes = [Route("r1", "c1", "c2", None, "checks status")]
    return j


@pytest.fixture
def window(make_window) -> MainWindow:
    win = make_window(journey(), 1300, 850)
    win.view.setFocus()
    return win


def open_find(qtbot, win: MainWindow):
    qtbot.keyClick(win.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = win.find_actions.bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.edit.hasFocus())
    return bar


def selected_card(win: MainWindow) -> list[str]:
    return win.scene.selected_ids("card")


def test_normalize_ignores_case_and_accents() -> None:
    assert normalize("Józsi KOVÁCS") == normalize("jozsi kovacs")
    assert normalize("ΚΟΎΡΙΕΡ") == normalize("κουριερ")
    assert normalize("Şoferul") == normalize("soferul")


def test_matches_cover_every_text_in_reading_order() -> None:
    j = journey()
    kinds = [(m.kind, m.item_id) for m in find_matches(j, "courier")]
    assert kinds == [("card", "c1"), ("card", "c2"), ("card", "c3"), ("card", "c4"), ("persona", "p1")]
    assert [m.kind for m in find_matches(j, "depot")] == ["map"]
    assert [m.item_id for m in find_matches(j, "payment")] == ["s1"]
    assert [m.item_id for m in find_matches(j, "παραλαβη")] == ["s3"]
    assert [m.item_id for m in find_matches(j, "ΚΟΥΡΙΕΡ")] == ["c4"]
    assert [m.item_id for m in find_matches(j, "pain")] == ["pain"]
    assert [m.item_id for m in find_matches(j, "jozsi")] == ["c5"]
    assert [m.kind for m in find_matches(j, "status")] == ["route"]
    assert [m.kind for m in find_matches(j, "all day")] == ["emotion"]
    assert find_matches(j, "   ") == []


def test_ctrl_f_type_and_enter_steps_through_the_matches(qtbot, window: MainWindow) -> None:
    bar = open_find(qtbot, window)
    qtbot.keyClicks(bar.edit, "courier")
    # Find as you type: the first match is selected right away.
    assert selected_card(window) == ["c1"]
    assert bar.count.text() == "1 of 5"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert selected_card(window) == ["c2"] and bar.count.text() == "2 of 5"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert selected_card(window) == ["c3"]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    assert selected_card(window) == ["c2"] and bar.count.text() == "2 of 5"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert selected_card(window) == ["c3"] and bar.count.text() == "3 of 5"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)
    assert selected_card(window) == ["c2"]


def test_the_match_is_scrolled_into_view(qtbot, window: MainWindow) -> None:
    window.view.set_zoom(2.0)
    bar = open_find(qtbot, window)
    qtbot.keyClicks(bar.edit, "nobody calls")
    item = window.scene.card_items["c5"]
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(item.mapRectToScene(item._rect).center())
    assert item.isSelected()


def test_persona_matches_open_the_persona_or_say_where(qtbot, window: MainWindow) -> None:
    bar = open_find(qtbot, window)
    qtbot.keyClicks(bar.edit, "hates waiting")
    assert bar.count.text() == "1 of 1"
    assert "Tomás Novák" in window.statusBar().currentMessage()
    personas = getattr(window, "personas", None)
    if personas is not None:
        assert personas.dock.isVisible()


def test_no_matches_is_said_and_nothing_moves(qtbot, window: MainWindow) -> None:
    bar = open_find(qtbot, window)
    qtbot.keyClicks(bar.edit, "zeppelin")
    assert bar.count.text() == "No matches"
    assert bar.edit.property("nomatch") is True
    window.scene.select_ids(["c2"])
    assert selected_card(window) == ["c2"]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert selected_card(window) == ["c2"]


def test_matches_follow_edits_and_undo(qtbot, window: MainWindow) -> None:
    bar = open_find(qtbot, window)
    qtbot.keyClicks(bar.edit, "courier")
    assert bar.count.text() == "1 of 5"
    edits.set_fields(window.doc, "cards", "c2", {"text": "Tracking page"})
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 4")
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 5")


def test_escape_closes_and_f3_reopens_stepping(qtbot, window: MainWindow) -> None:
    bar = open_find(qtbot, window)
    qtbot.keyClicks(bar.edit, "page")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert selected_card(window) == ["c1"]
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert selected_card(window) == ["c2"]
