"""Keyboard-only editing: emotion scores, routes, persona order, metric targets; focus always visible."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.canvas.emotion_keys import focus_center, focused_row
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import EmotionPoint, Journey, Lane, LaneKind, Persona, Stage


def mood_map() -> Journey:
    return Journey(
        title="Moods",
        stages=[Stage("s0", "Browse"), Stage("s1", "Pay"), Stage("s2", "Wait")],
        lanes=[Lane("act", LaneKind.ACTIONS, "Actions"), Lane("emo", LaneKind.EMOTIONS, "Emotions")],
        personas=[Persona("p1", "Maya", color="#d0573c"), Persona("p2", "Dan", color="#2f7ebc")],
        emotions=[EmotionPoint("p1", "s0", 1), EmotionPoint("p2", "s1", -1)],
    )


def test_emotion_scores_change_with_up_and_down_one_undo_step_each(make_window, qtbot):
    window = make_window(mood_map())
    doc, scene, view = window.doc, window.scene, window.view
    view.setFocus()
    start = dumps(doc.journey)
    scene.select_ids(["emo"])  # the Emotions lane header, as the arrow keys reach it
    qtbot.keyClick(view, Qt.Key.Key_Right)
    row = focused_row(scene)
    assert row is not None and row.focus_point == ("p1", "s0")
    assert scene.selectedItems() == []
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert doc.journey.emotion("p1", "s0").score == 2
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # past +3: stays at +3, no empty undo step
    assert doc.journey.emotion("p1", "s0").score == 3
    assert doc.undo_stack.count() == 2
    # The ring follows the point as it moves up the scale.
    assert focus_center(row).y() == row.score_y(3)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # an unscored stage: Down scores it from 0
    assert row.focus_point == ("p1", "s1")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert doc.journey.emotion("p1", "s1").score == -1
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # the next persona at the same stage
    assert row.focus_point == ("p2", "s1")
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # clears the score, not Edit > Delete
    assert doc.journey.emotion("p2", "s1") is None
    assert doc.undo_stack.count() == 4
    for _ in range(4):
        doc.undo_stack.undo()
    assert dumps(doc.journey) == start
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # back to the lane header
    assert focused_row(scene) is None and scene.selected_ids("lane") == ["emo"]


def test_the_focus_ring_is_drawn_and_never_exported(make_window, qtbot):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    window = make_window(mood_map())
    scene, view = window.scene, window.view
    view.setFocus()
    row = scene.row_items["emo"]

    def ring_pixels() -> int:
        center = (
            row.mapToScene(focus_center(row))
            if row.focus_point
            else row.mapToScene(row.placed_points()[0].pos)
        )
        box = QRectF(center.x() - 24, center.y() - 24, 48, 48)
        image = QImage(48, 48, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), box)
        painter.end()
        ring = 0
        for x in range(48):
            for y in range(48):
                # The ring's band, outside the face (radius 13) and its curve-coloured edge.
                if (
                    16 <= ((x - 24) ** 2 + (y - 24) ** 2) ** 0.5 <= 23
                    and image.pixelColor(x, y).lightness() < 80
                ):
                    ring += 1
        return ring

    without = ring_pixels()
    scene.select_ids(["emo"])
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert ring_pixels() > without + 10
    scene.export_mode = True
    assert ring_pixels() <= without + 2
    scene.export_mode = False


def route_map() -> Journey:
    from cjm_desktop.model import Card

    journey = mood_map()
    journey.lanes.insert(0, Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints"))
    journey.cards = [
        Card("a", "tp", "s0", "Ad"),
        Card("b", "tp", "s1", "Shop"),
        Card("c", "tp", "s2", "Mail"),
    ]
    return journey


def test_routes_are_drawn_and_deleted_from_the_keyboard(make_window, qtbot):
    window = make_window(route_map())
    doc, scene, view = window.doc, window.scene, window.view
    view.setFocus()
    start = dumps(doc.journey)
    window.kinds_actions.draw_route.setChecked(True)  # R on the canvas
    qtbot.keyClick(view, Qt.Key.Key_Right)  # nothing selected: the first card
    assert scene.selected_ids("card") == ["a"]
    qtbot.keyClick(view, Qt.Key.Key_Return)  # start here
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_ids("card") == ["b"]
    qtbot.keyClick(view, Qt.Key.Key_Return)  # arrow a -> b
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # and on to c
    assert [(r.from_card, r.to_card) for r in doc.journey.routes] == [("a", "b"), ("b", "c")]
    assert doc.undo_stack.count() == 2
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert scene.selected_ids("card") == ["b"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the arrow leaving b goes; the card stays
    assert [(r.from_card, r.to_card) for r in doc.journey.routes] == [("a", "b")]
    assert [c.id for c in doc.journey.cards] == ["a", "b", "c"]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.kinds_actions.draw_route.isChecked()
    for _ in range(3):
        doc.undo_stack.undo()
    assert dumps(doc.journey) == start


def test_metric_targets_are_typed_one_undo_step_each(make_window, qtbot):
    from cjm_desktop.model import Metric

    journey = mood_map()
    journey.metrics = [
        Metric("m1", "Conversion", format="percent", target=0.02),
        Metric("m2", "Wait time", unit="min", higher_is_better=False),
    ]
    window = make_window(journey)
    doc = window.doc
    start = dumps(doc.journey)
    dialog = window.accessibility.edit_targets()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    conversion, wait = dialog.fields["m1"], dialog.fields["m2"]
    assert conversion.text() == "2"  # percentages as the user reads them
    conversion.setFocus()
    conversion.selectAll()
    qtbot.keyClicks(conversion, "5")
    qtbot.keyClick(conversion, Qt.Key.Key_Tab)  # leaving the field applies it
    assert doc.target("metrics", "m1").target == 0.05
    assert wait.hasFocus()
    qtbot.keyClicks(wait, "twelve")
    qtbot.keyClick(wait, Qt.Key.Key_Return)
    assert doc.target("metrics", "m2").target is None
    assert "is not a number" in dialog.error.text() and "Wait time" in dialog.error.text()
    wait.clear()
    qtbot.keyClicks(wait, "12")
    qtbot.keyClick(wait, Qt.Key.Key_Return)
    assert doc.target("metrics", "m2").target == 12
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dumps(doc.journey) == start
    dialog.close()


def test_the_shortcut_sheet_lists_menu_and_canvas_keys(make_window, qtbot):
    window = make_window(mood_map())
    sheet = window.accessibility.show_shortcuts()
    qtbot.waitExposed(sheet)
    assert any(keys == "F5" for keys, _what in sheet.rows())  # the presentation, read from its action
    undo_keys = [keys for keys, what in sheet.rows() if what == "Undo"]
    assert undo_keys and "Z" in undo_keys[0]
    whats = [what for _keys, what in sheet.rows()]
    assert "Raise or lower the score (one undo step each)" in whats
    assert "Start the route here, or draw the next arrow" in whats
    assert "In the persona editor's list: move the persona" in whats
    assert any("target" in what for what in whats)
    sheet.close()


def test_keyboard_focus_on_the_canvas_is_visible(make_window, qtbot):
    from PySide6.QtWidgets import QApplication

    window = make_window(mood_map())
    view = window.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.personas.highlight_combo.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = view.grab().toImage().pixelColor(0, view.height() // 2)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focused = view.grab().toImage().pixelColor(0, view.height() // 2)
    highlight = QApplication.palette().highlight().color()
    assert focused.name() == highlight.name()
    assert unfocused.name() != highlight.name()
