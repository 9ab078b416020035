"""Small things that broke a researcher's flow: accelerators eaten from map text, tied faces, hints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QUndoView

from cjm_desktop.canvas.emotion_row import FACE_RADIUS, EmotionRowItem
from cjm_desktop.canvas.route_tool import RouteTool
from cjm_desktop.canvas.style import font
from cjm_desktop.canvas.vote_tool import VotingSession
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.model import Card, EmotionPoint, Journey, Lane, LaneKind, Persona, Stage
from cjm_desktop.ui.main_window import add_recent


def shown_text(action_text: str) -> str:
    """What a menu shows for an action's text: `&&` is a literal `&`, a single `&` marks the accelerator."""
    return action_text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def small_map() -> Journey:
    return Journey(
        title="Shop",
        stages=[Stage("s0", "Browse"), Stage("s1", "Pay")],
        lanes=[
            Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints"),
            Lane("goals", LaneKind.GOALS, "Goals & expectations"),
            Lane("emo", LaneKind.EMOTIONS, "Emotions"),
        ],
        cards=[Card("a", "tp", "s0", "Shop"), Card("b", "tp", "s1", "Checkout")],
        personas=[Persona("p1", "R&D lead", color="#d0573c"), Persona("p2", "Dan", color="#2f7ebc")],
        emotions=[EmotionPoint("p1", "s0", 1), EmotionPoint("p2", "s0", 1), EmotionPoint("p1", "s1", -2)],
    )


def test_map_text_on_menus_keeps_its_ampersand(make_window, tmp_path):
    window = make_window(small_map())
    lane_titles = [shown_text(a.text()) for a in window.edit.add_lane_menu.actions()]
    assert edits.lane_title(LaneKind.GOALS) in lane_titles
    assert "Goals & expectations" in lane_titles
    assert "R&D lead" in [shown_text(a.text()) for a in window.personas.curve_actions()]
    path = tmp_path / "Q&A session.cjm"
    path.write_text("{}", encoding="utf-8")  # recent files lists only files that exist
    add_recent(path)
    window._fill_recent()
    assert str(path) in [shown_text(a.text()) for a in window.recent_menu.actions()]


def test_history_starts_with_a_readable_row(make_window):
    window = make_window(small_map())
    history = window.history_dock.widget()
    assert isinstance(history, QUndoView)
    first = history.model().index(0, 0).data()
    assert first and "<empty>" not in first


def test_status_texts_read_right_for_one(qapp):
    doc = JourneyDocument(small_map())
    doc.journey.voting.dots_per_participant = 2
    session = VotingSession(doc)
    session.start()
    assert session.vote("a")
    text = session.status_text()
    assert "1 dots" not in text and "dots left: 1" in text
    session.stop()


def test_two_personas_with_the_same_score_show_both_faces(make_window):
    window = make_window(small_map())
    row = window.scene.row_items["emo"]
    assert isinstance(row, EmotionRowItem)
    placed = {(p.persona_id, p.stage_id): p.pos for p in row.placed_points()}
    a, b = placed[("p1", "s0")], placed[("p2", "s0")]
    assert a.y() == b.y()  # same score, same height
    assert abs(a.x() - b.x()) >= 2 * FACE_RADIUS  # side by side: neither face hides the other
    # A lone point stays on its stage's centre line.
    assert placed[("p1", "s1")].x() == row.stage_centers()[1]
    # Both faces can be picked for a drag.
    assert row.point_at(a).persona_id == "p1" and row.point_at(b).persona_id == "p2"


def test_empty_emotion_hint_wraps_above_the_zero_line(make_window):
    journey = small_map()
    journey.emotions = []
    window = make_window(journey)
    row = window.scene.row_items["emo"]
    area = row.hint_area()
    assert area.bottom() < row.score_y(0)  # the dashed zero line does not cross it
    assert row._rect.contains(area)
    text = "Click a stage column to score how a persona feels; drag a face to change it"
    needed = QFontMetricsF(font(13, italic=True)).boundingRect(
        area, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text
    )
    assert needed.width() <= area.width() + 0.5 and needed.height() <= area.height()


def test_first_esc_in_draw_route_says_the_route_was_kept(make_window, qtbot):
    window = make_window(small_map())
    scene, view = window.scene, window.view
    messages: list[str] = []
    scene.set_tool(RouteTool(scene, message=messages.append))

    def click(card_id: str) -> None:
        item = scene.card_items[card_id]
        point = view.mapFromScene(item.mapRectToScene(item._rect).center())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    click("a")
    click("b")
    assert [(r.from_card, r.to_card) for r in window.doc.journey.routes] == [("a", "b")]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.doc.journey.routes  # kept
    assert "cancel" not in messages[-1].lower() and "kept" in messages[-1]
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_personas_reorder_in_the_editor_by_button_and_keys(qtbot):
    from cjm_desktop.io.mapfile.cjm_file import dumps
    from cjm_desktop.ui.persona_editor import PersonaEditor

    doc = JourneyDocument(small_map())
    editor = PersonaEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    before = dumps(doc.journey)
    editor.select("p1")
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in doc.journey.personas] == ["p2", "p1"]
    assert editor.current_id == "p1" and editor.list.currentRow() == 1
    assert doc.undo_stack.count() == 1
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.id for p in doc.journey.personas] == ["p1", "p2"]
    assert editor.list.currentItem().text() == "R&D lead"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before


def test_a_route_has_a_context_menu_of_undoable_edits(make_window):
    from PySide6.QtWidgets import QMenu

    from cjm_desktop.io.mapfile.cjm_file import dumps
    from cjm_desktop.model import Route

    journey = small_map()
    journey.routes = [Route("r1", "a", "b", None, "")]
    window = make_window(journey)
    doc, scene = window.doc, window.scene
    before = dumps(doc.journey)
    arrow = scene.route_layer.items["r1"]
    middle = arrow.path().pointAtPercent(0.5)
    menu = window.edit.route_menu_at(middle)
    assert isinstance(menu, QMenu), "right-click on an arrow opens its menu"
    assert scene.route_layer.selected_route_ids() == ["r1"]
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:1] == ["Label…"] and "Reverse direction" in texts and "Delete route" in texts
    persona_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    pick = next(a for a in persona_menu.actions() if a.text() == "R&&D lead")
    pick.trigger()
    assert doc.journey.routes[0].persona_id == "p1"
    next(a for a in menu.actions() if a.text() == "Reverse direction").trigger()
    assert (doc.journey.routes[0].from_card, doc.journey.routes[0].to_card) == ("b", "a")
    next(a for a in menu.actions() if a.text() == "Delete route").trigger()
    assert doc.journey.routes == []
    for _ in range(3):
        doc.undo_stack.undo()
    assert dumps(doc.journey) == before
