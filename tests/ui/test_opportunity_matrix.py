"""View ▸ Impact × effort matrix: dots placed by rating, status by shape, click or Enter selects the card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from cjm_desktop.document import opportunity_edits as opp
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.opportunity_matrix import status_path

DATA = Path(__file__).resolve().parents[1] / "data"


def open_matrix(qtbot, make_window) -> MainWindow:
    win: MainWindow = make_window(load_map(DATA / "format-v6.cjm"), 1400, 900)
    action = win.opportunity_matrix.toggle_action
    assert action in win.view_menu.actions() and "&" in action.text()
    action.trigger()
    panel = win.opportunity_matrix.panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.matrix.hasFocus())
    return win


def test_dots_sit_in_their_impact_effort_cells_and_unrated_ones_are_listed_apart(qtbot, make_window) -> None:
    win = open_matrix(qtbot, make_window)
    panel = win.opportunity_matrix.panel
    matrix = panel.matrix
    placed = {d.card_id: (d.impact, d.effort, d.status) for d in matrix.dots}
    assert placed == {
        "card-029": (2, 1, "planned"),
        "card-030": (3, 2, "in_test"),
        "card-031": (3, 3, "idea"),
        "card-033": (2, 2, ""),
    }
    # Higher impact is higher up, more effort further right.
    r29, r30, r31 = (matrix.dot_rect(c) for c in ("card-029", "card-030", "card-031"))
    assert r30.top() < r29.top() and r29.left() < r30.left() < r31.left()
    assert [panel.unrated.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.unrated.count())] == [
        "card-032"
    ]
    assert "Done" in panel.unrated.item(0).text()
    # Status never reads by colour alone: each has its own shape.
    shapes = {s: tuple((p.x(), p.y()) for p in status_path(s, matrix.dot_rect("card-029").center(), 10).toFillPolygon()) for s in
              ("idea", "planned", "in_test", "done")}  # fmt: skip
    assert len(set(shapes.values())) == 4
    # Each shape is tied to its word (no-break space): a wrapped legend never ends a line on a lone "■".
    assert "●\u00a0Idea" in panel.legend.text() and "■\u00a0Done" in panel.legend.text()
    image = QImage(matrix.size(), QImage.Format.Format_ARGB32)
    matrix.render(image)  # paints without warnings


def test_clicking_a_dot_selects_the_card_and_scrolls_to_it(qtbot, make_window) -> None:
    win = open_matrix(qtbot, make_window)
    matrix = win.opportunity_matrix.panel.matrix
    before = dumps(win.doc.journey)
    win.view.centerOn(0, 0)
    point = matrix.dot_rect("card-031").center().toPoint()
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: win.scene.selected_ids("card") == ["card-031"])
    item = win.scene.card_items["card-031"]
    visible = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    assert visible.intersects(item.sceneBoundingRect())
    assert dumps(win.doc.journey) == before and not win.doc.modified  # selecting is view state


def test_keyboard_walks_the_dots_and_enter_selects(qtbot, make_window) -> None:
    win = open_matrix(qtbot, make_window)
    matrix = win.opportunity_matrix.panel.matrix
    qtbot.keyClick(matrix, Qt.Key.Key_Home)
    qtbot.keyClick(matrix, Qt.Key.Key_Right)
    chosen = matrix.dots[matrix.current]
    assert chosen.caption in matrix.accessibleDescription()
    qtbot.keyClick(matrix, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.scene.selected_ids("card") == [chosen.card_id])


def test_the_matrix_follows_edits_and_undo(qtbot, make_window) -> None:
    win = open_matrix(qtbot, make_window)
    panel = win.opportunity_matrix.panel
    opp.set_rating(win.doc, "card-032", "impact", 1)
    opp.set_rating(win.doc, "card-032", "effort", 3)
    qtbot.waitUntil(lambda: any(d.card_id == "card-032" for d in panel.matrix.dots))
    assert not panel.unrated.isVisible()
    win.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.unrated.count() == 1)
    # The unrated list selects its card too.
    panel.unrated.setFocus()
    panel.unrated.setCurrentRow(0)
    qtbot.keyClick(panel.unrated, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.scene.selected_ids("card") == ["card-032"])
