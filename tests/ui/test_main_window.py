"""The main window driven like a user would: real clicks, keys and drags on a real MainWindow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPlainTextEdit, QUndoView

from cjm_desktop.canvas.inline_editor import InlineEditor
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, save_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage
from cjm_desktop.ui import main_window as main_window_module
from cjm_desktop.ui.main_window import MainWindow, open_windows

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def grid_journey() -> Journey:
    j = Journey(title="Delivery")
    j.stages = [Stage("s1", "Order"), Stage("s2", "Wait"), Stage("s3", "Receive")]
    j.lanes = [
        Lane("l1", LaneKind.TOUCHPOINTS, "Touchpoints"),
        Lane("l2", LaneKind.PAIN_POINTS, "Pain points"),
    ]
    j.cards = [
        Card("a", "l1", "s1", "Checkout"),
        Card("b", "l1", "s1", "Confirmation"),
        Card("c", "l1", "s2", "Tracking"),
        Card("d", "l2", "s2", "No ETA"),
    ]
    return j


class Prompts:
    """Records the modal questions a test would otherwise block on, and answers them."""

    def __init__(self) -> None:
        self.warning_answer = QMessageBox.StandardButton.Discard
        self.question_answer = QMessageBox.StandardButton.Yes
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.errors: list[tuple[str, MapFileError]] = []
        self.save_path = ""
        self.open_path = ""


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    answers = Prompts()

    def warning(_parent, _title, text, *_args, **_kwargs):
        answers.warnings.append(text)
        return answers.warning_answer

    def question(_parent, _title, text, *_args, **_kwargs):
        answers.questions.append(text)
        return answers.question_answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        MainWindow, "show_error", lambda _self, title, error: answers.errors.append((title, error))
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (answers.save_path, ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (answers.open_path, ""))
    return answers


@pytest.fixture(autouse=True, scope="module")
def empty_clipboard_at_the_end(qapp) -> Iterator[None]:
    """Free clipboard data created from Python while Python still runs (else PySide6 crashes at exit)."""
    yield
    QGuiApplication.clipboard().clear()


def close_all() -> None:
    for window in open_windows():
        window.doc.undo_stack.setClean()
        window.close()
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, prompts: Prompts) -> Iterator[MainWindow]:
    win = make_window(qtbot, grid_journey())
    yield win
    close_all()


def make_window(qtbot, journey: Journey | None = None) -> MainWindow:
    win = MainWindow(JourneyDocument(journey) if journey else None)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.view.zoom_reset()
    win.view.horizontalScrollBar().setValue(0)
    win.view.verticalScrollBar().setValue(0)
    return win


# ---- helpers: positions on the viewport -----------------------------------------------------------


def view_point(win: MainWindow, scene_point: QPointF) -> QPoint:
    return win.view.mapFromScene(scene_point)


def card_center(win: MainWindow, card_id: str) -> QPoint:
    item = win.scene.card_items[card_id]
    return view_point(win, item.mapRectToScene(item._rect).center())


def cell_point(win: MainWindow, lane_id: str, stage_id: str, where: str = "bottom") -> QPoint:
    layout = win.scene.layout
    x, y, w, h = layout.cell_rect(layout.lane_ids.index(lane_id), layout.stage_ids.index(stage_id))
    rect = QRectF(x, y, w, h)
    point = QPointF(rect.center().x(), rect.bottom() - 8) if where == "bottom" else rect.center()
    if where == "top":
        point = QPointF(rect.center().x(), rect.top() + 4)
    return view_point(win, point)


def header_center(win: MainWindow, stage_id: str) -> QPoint:
    item = win.scene.stage_items[stage_id]
    return view_point(win, item.mapRectToScene(item._rect).center())


def drag(win: MainWindow, start: QPoint, end: QPoint, modifiers=NO_MOD, steps: int = 6) -> None:
    """A real mouse drag on the viewport: press, several moves with the button held, release."""
    viewport = win.view.viewport()
    QTest.mousePress(viewport, LEFT, modifiers, start)
    for k in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * k / steps)
    QTest.mouseRelease(viewport, LEFT, modifiers, end)


def type_into_editor(qtbot, win: MainWindow, text: str) -> None:
    editor = win.view.editor
    assert isinstance(editor, InlineEditor) and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert win.view.editor is None


def cell_texts(win: MainWindow, lane_id: str, stage_id: str) -> list[str]:
    return [c.text for c in win.doc.journey.cards_in(lane_id, stage_id)]


# ---- the promised flow ------------------------------------------------------------------------------


def test_build_a_map_from_scratch_save_and_reopen_identical(qtbot, prompts: Prompts, tmp_path: Path) -> None:
    """Add a stage, type a card, drag it to another cell, undo, redo, save, reopen: identical."""
    win = make_window(qtbot)
    try:
        doc = win.doc
        # Stages and a lane from the Insert actions, named in place by typing.
        win.edit.add_stage.trigger()
        type_into_editor(qtbot, win, "Order")
        win.edit.add_stage.trigger()
        type_into_editor(qtbot, win, "Delivery")
        assert [s.name for s in doc.journey.stages] == ["Order", "Delivery"]
        win.scene.clearSelection()
        win.edit.add_lane(LaneKind.ACTIONS)
        lane_id = doc.journey.lanes[0].id
        s1, s2 = (s.id for s in doc.journey.stages)
        # A card by double-clicking an empty cell, then typing.
        qtbot.mouseDClick(win.view.viewport(), LEFT, NO_MOD, cell_point(win, lane_id, s1, "center"))
        type_into_editor(qtbot, win, "Places the order")
        assert cell_texts(win, lane_id, s1) == ["Places the order"]
        card_id = doc.journey.cards[0].id
        # Drag it to the next stage's cell.
        drag(win, card_center(win, card_id), cell_point(win, lane_id, s2, "center"))
        assert cell_texts(win, lane_id, s1) == [] and cell_texts(win, lane_id, s2) == ["Places the order"]
        moved = dumps(doc.journey)
        doc.undo_stack.undo()
        assert cell_texts(win, lane_id, s1) == ["Places the order"]
        doc.undo_stack.redo()
        assert dumps(doc.journey) == moved
        # Save, then reopen the file in a fresh window: identical.
        prompts.save_path = str(tmp_path / "built")
        assert win.save()
        path = tmp_path / "built.cjm"
        assert path.exists() and not win.isWindowModified()
        assert dumps(load_map(path)) == moved
        close_all()
        other = make_window(qtbot)
        assert other.open_path(path)
        reopened = next(w for w in open_windows() if w.doc.path == path.resolve())
        assert dumps(reopened.doc.journey) == moved
        assert len(reopened.scene.card_items) == 1
    finally:
        close_all()


# ---- stages and lanes ------------------------------------------------------------------------------


def test_add_stage_and_rename_in_place(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["s1"])
    window.edit.add_stage.trigger()
    assert window.view.editor is not None
    type_into_editor(qtbot, window, "Pay")
    assert [s.name for s in window.doc.journey.stages] == ["Order", "Pay", "Wait", "Receive"]
    assert len(window.scene.stage_items) == 4


def test_escape_cancels_in_place_rename(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["s2"])
    before = dumps(window.doc.journey)
    window.edit.edit_text.trigger()  # F2
    editor = window.view.editor
    qtbot.keyClicks(editor, "Nope")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert dumps(window.doc.journey) == before and window.view.editor is None


def test_f2_edits_the_selected_card(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["c"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    type_into_editor(qtbot, window, "GPS tracking")
    assert window.doc.journey.card("c").text == "GPS tracking"


def test_double_click_a_card_edits_it_multiline(qtbot, window: MainWindow) -> None:
    qtbot.mouseDClick(window.view.viewport(), LEFT, NO_MOD, card_center(window, "a"))
    editor = window.view.editor
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Line one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "line two")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.doc.journey.card("a").text == "Line one\nline two"
    assert window.doc.undo_stack.count() == 1


def test_keyboard_adds_a_card_after_the_selected_one(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["a"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    type_into_editor(qtbot, window, "Typed")
    assert cell_texts(window, "l1", "s1") == ["Checkout", "Typed", "Confirmation"]


def test_a_card_added_right_after_a_new_stage_goes_into_that_stage(qtbot, window: MainWindow) -> None:
    """New stage, name it, Ctrl+Return: the card lands in the new stage (it went to the first stage)."""
    window.view.setFocus()
    window.edit.add_stage.trigger()
    type_into_editor(qtbot, window, "Repurchase")
    new_stage = window.doc.journey.stages[-1]
    assert new_stage.name == "Repurchase"
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    type_into_editor(qtbot, window, "Calls support")
    assert cell_texts(window, "l1", new_stage.id) == ["Calls support"]


def test_a_card_added_with_a_lane_header_selected_goes_into_that_lane(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["l2"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    type_into_editor(qtbot, window, "Hidden fees")
    assert cell_texts(window, "l2", "s1") == ["Hidden fees"]


def test_reorder_stages_by_dragging_the_header(qtbot, window: MainWindow) -> None:
    layout = window.scene.layout
    right_edge = QPointF(layout.stage_x[2] + layout.metrics.stage_width * 0.9, layout.top + 20)
    drag(window, header_center(window, "s1"), view_point(window, right_edge))
    assert [s.id for s in window.doc.journey.stages] == ["s2", "s3", "s1"]
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert [s.id for s in window.doc.journey.stages] == ["s1", "s2", "s3"]


def test_reorder_lanes_by_dragging_the_header(qtbot, window: MainWindow) -> None:
    item = window.scene.lane_items["l2"]
    start = view_point(window, item.mapRectToScene(item._rect).center())
    top = QPointF(item.mapRectToScene(item._rect).center().x(), window.scene.layout.lane_y[0] + 5)
    drag(window, start, view_point(window, top))
    assert [lane.id for lane in window.doc.journey.lanes] == ["l2", "l1"]


def test_recolour_and_delete_stage_with_cards_is_one_undo_step(
    qtbot, window: MainWindow, prompts: Prompts
) -> None:
    edits.set_fields(window.doc, "stages", "s2", {"color": "#123456"})
    window.scene.select_ids(["s2"])
    before = dumps(window.doc.journey)
    window.edit.delete.trigger()
    assert prompts.questions  # cards go too: asked first
    assert [s.id for s in window.doc.journey.stages] == ["s1", "s3"]
    assert "c" not in window.scene.card_items and "d" not in window.scene.card_items
    window.edit.undo.trigger()
    assert dumps(window.doc.journey) == before
    assert set(window.scene.card_items) == {"a", "b", "c", "d"}


def test_declining_the_delete_question_keeps_everything(window: MainWindow, prompts: Prompts) -> None:
    prompts.question_answer = QMessageBox.StandardButton.No
    window.scene.select_ids(["l1"])
    window.edit.delete.trigger()
    assert len(window.doc.journey.lanes) == 2 and window.doc.undo_stack.count() == 0


# ---- cards: drag, select, clipboard ---------------------------------------------------------------


def test_drag_card_to_another_cell(qtbot, window: MainWindow) -> None:
    before = dumps(window.doc.journey)
    drag(window, card_center(window, "a"), cell_point(window, "l2", "s3", "center"))
    card = window.doc.journey.card("a")
    assert (card.lane_id, card.stage_id) == ("l2", "s3")
    assert window.doc.undo_stack.count() == 1
    item = window.scene.card_items["a"]
    layout = window.scene.layout
    assert QRectF(*layout.cell_rect(1, 2)).contains(item.mapRectToScene(item._rect))  # snapped into the cell
    window.doc.undo_stack.undo()
    assert dumps(window.doc.journey) == before


def test_drag_card_to_reorder_within_its_cell(qtbot, window: MainWindow) -> None:
    drag(window, card_center(window, "b"), cell_point(window, "l1", "s1", "top"))
    assert cell_texts(window, "l1", "s1") == ["Confirmation", "Checkout"]
    window.doc.undo_stack.undo()
    assert cell_texts(window, "l1", "s1") == ["Checkout", "Confirmation"]


def test_drop_in_place_leaves_no_history(qtbot, window: MainWindow) -> None:
    before = dumps(window.doc.journey)
    start = card_center(window, "a")
    drag(window, start, start + QPoint(12, 3))
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == 0
    item = window.scene.card_items["a"]
    assert item.scenePos().toTuple() == window.scene.layout.cards["a"][:2]  # snapped back


def test_rubber_band_selects_cards(qtbot, window: MainWindow) -> None:
    layout = window.scene.layout
    top_left = QPointF(layout.stage_x[0] + 2, layout.lane_y[0] + 2)
    x, y, w, h = layout.cell_rect(0, 1)
    bottom_right = QPointF(x + w - 2, y + h - 2)
    drag(window, view_point(window, top_left), view_point(window, bottom_right))
    assert window.scene.selected_ids("card") == ["a", "b", "c"]
    assert window.doc.undo_stack.count() == 0


def test_click_and_ctrl_click_multi_select(qtbot, window: MainWindow) -> None:
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, LEFT, NO_MOD, card_center(window, "a"))
    assert window.scene.selected_ids("card") == ["a"]
    qtbot.mouseClick(viewport, LEFT, CTRL, card_center(window, "c"))
    qtbot.mouseClick(viewport, LEFT, CTRL, card_center(window, "d"))
    assert window.scene.selected_ids("card") == ["a", "c", "d"]
    qtbot.mouseClick(viewport, LEFT, CTRL, card_center(window, "c"))
    assert window.scene.selected_ids("card") == ["a", "d"]
    qtbot.mouseClick(viewport, LEFT, NO_MOD, card_center(window, "b"))
    assert window.scene.selected_ids("card") == ["b"]
    qtbot.mouseClick(viewport, LEFT, CTRL, header_center(window, "s2"))
    assert window.scene.selected_ids("stage") == ["s2"]


def test_multi_card_drag_moves_all_selected(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["a", "c"])
    drag(window, card_center(window, "c"), cell_point(window, "l2", "s1", "center"))
    assert cell_texts(window, "l2", "s1") == ["Checkout", "Tracking"]
    assert window.doc.undo_stack.count() == 1


def test_delete_key_deletes_selected_cards_in_one_step(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    window.scene.select_ids(["a", "d"])
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert [c.id for c in window.doc.journey.cards] == ["b", "c"]
    window.edit.undo.trigger()
    assert [c.id for c in window.doc.journey.cards] == ["a", "b", "c", "d"]


def test_duplicate(window: MainWindow) -> None:
    window.scene.select_ids(["a"])
    window.edit.duplicate.trigger()
    assert cell_texts(window, "l1", "s1") == ["Checkout", "Checkout", "Confirmation"]
    copy_id = window.scene.selected_ids("card")
    assert len(copy_id) == 1 and copy_id != ["a"]
    assert window.doc.undo_stack.count() == 1


def test_cut_and_paste_into_another_cell(window: MainWindow) -> None:
    window.scene.select_ids(["a", "b"])
    window.edit.cut.trigger()
    assert cell_texts(window, "l1", "s1") == []
    assert QGuiApplication.clipboard().text() == "Checkout\n\nConfirmation"
    window.scene.select_ids(["d"])
    window.edit.paste.trigger()
    assert cell_texts(window, "l2", "s2") == ["No ETA", "Checkout", "Confirmation"]
    assert window.doc.undo_stack.count() == 2  # the cut, the paste
    window.edit.undo.trigger()
    window.edit.undo.trigger()
    assert [c.id for c in window.doc.journey.cards] == ["a", "b", "c", "d"]


def test_copy_paste_between_two_windows(qtbot, window: MainWindow) -> None:
    other = make_window(
        qtbot, Journey(stages=[Stage("x1", "X")], lanes=[Lane("y1", LaneKind.NOTES, "Notes")])
    )
    edits.set_fields(window.doc, "cards", "c", {"tags": ["gps"], "channel": "web"})
    window.scene.select_ids(["c", "d"])
    window.edit.copy.trigger()
    before = dumps(window.doc.journey)
    other.edit.paste.trigger()
    pasted = other.doc.journey.cards
    assert [c.text for c in pasted] == ["Tracking", "No ETA"]
    assert pasted[0].tags == ["gps"] and pasted[0].channel == "web"
    assert all((c.lane_id, c.stage_id) == ("y1", "x1") for c in pasted)
    assert {c.id for c in pasted}.isdisjoint({"c", "d"})
    assert set(other.scene.card_items) == {c.id for c in pasted}
    assert dumps(window.doc.journey) == before  # the source is untouched
    other.edit.undo.trigger()
    assert other.doc.journey.cards == []


def test_paste_plain_text_makes_one_card_per_paragraph(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("First idea\n\nSecond idea")
    window.scene.select_ids(["d"])
    window.edit.paste.trigger()
    assert cell_texts(window, "l2", "s2") == ["No ETA", "First idea", "Second idea"]


def test_paste_of_damaged_card_data_is_refused(window: MainWindow, prompts: Prompts) -> None:
    mime = QMimeData()
    mime.setData("application/x-cjm-cards+json", b'{"format_version": 1, "cards": [{"id": 5}]}')
    QGuiApplication.clipboard().setMimeData(mime)
    before = dumps(window.doc.journey)
    window.edit.paste.trigger()
    assert dumps(window.doc.journey) == before
    assert prompts.warnings and "Nothing was pasted" in prompts.warnings[0]


def test_context_menu_for_a_card(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[str]] = []
    from PySide6.QtWidgets import QMenu

    from cjm_desktop.ui import edit_actions

    class RecordingMenu(QMenu):
        def exec(self, *_args):  # noqa: A003 - never block on a modal menu
            shown.append([a.text() for a in self.actions()])

    monkeypatch.setattr(edit_actions, "QMenu", RecordingMenu)
    window.edit.context_menu(card_center(window, "c"))
    assert window.scene.selected_ids("card") == ["c"]
    assert any("Duplicate" in t.replace("&", "") for t in shown[0])
    window.edit.context_menu(header_center(window, "s2"))
    assert "Move left" in shown[1] and "Insert stage after" in shown[1]
    window.edit.context_menu(cell_point(window, "l2", "s3", "center"))
    assert "New card here" in shown[2]


# ---- inspector, history, title ------------------------------------------------------------------


def test_inspector_typing_is_one_undo_step(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["b"])
    inspector = window.inspector
    assert inspector.target == ("cards", "b")
    _spec, text_edit = inspector.editors["text"]
    assert isinstance(text_edit, QPlainTextEdit) and text_edit.toPlainText() == "Confirmation"
    before = dumps(window.doc.journey)
    text_edit.selectAll()
    qtbot.keyClicks(text_edit, "Order confirmed")
    assert window.doc.journey.card("b").text == "Order confirmed"
    assert window.doc.undo_stack.count() == 1
    window.edit.undo.trigger()
    assert dumps(window.doc.journey) == before
    qtbot.waitUntil(lambda: text_edit.toPlainText() == "Confirmation")  # the form follows the undo


def test_inspector_edits_stage_name_and_keeps_it_non_blank(qtbot, window: MainWindow) -> None:
    window.scene.select_ids(["s3"])
    _spec, line = window.inspector.editors["name"]
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert window.doc.journey.stage("s3").name == "Receive"  # never blank while typing over it
    qtbot.keyClicks(line, "Unbox")
    assert window.doc.journey.stage("s3").name == "Unbox"
    assert window.doc.undo_stack.count() == 1


def test_inspector_shows_the_map_when_nothing_is_selected(qtbot, window: MainWindow) -> None:
    window.scene.clearSelection()
    _spec, title = window.inspector.editors["title"]
    assert title.text() == "Delivery"
    title.selectAll()
    qtbot.keyClicks(title, "Parcel journey")
    assert window.doc.journey.title == "Parcel journey"
    assert window.doc.undo_stack.count() == 1


def test_undo_history_view(window: MainWindow) -> None:
    views = window.findChildren(QUndoView)
    assert len(views) == 1 and views[0].stack() is window.doc.undo_stack
    edits.add_stage(window.doc)
    edits.delete_cards(window.doc, ["a"])
    assert views[0].model().rowCount() == 3  # "<empty>" plus the two steps
    assert window.history_dock.toggleViewAction() in window.view_menu.actions()


def test_title_shows_file_name_and_unsaved_mark(
    qtbot, window: MainWindow, prompts: Prompts, tmp_path: Path
) -> None:
    assert "[*]" in window.windowTitle() and "Delivery" in window.windowTitle()
    assert not window.isWindowModified()
    edits.add_stage(window.doc)
    assert window.isWindowModified()
    prompts.save_path = str(tmp_path / "parcel.cjm")
    window.save_as()
    assert window.windowTitle().startswith("parcel.cjm[*]")
    assert not window.isWindowModified()
    window.edit.undo.trigger()
    assert window.isWindowModified()  # back before the save point is a change too


# ---- closing and files --------------------------------------------------------------------------


def test_closing_with_unsaved_work_asks(qtbot, window: MainWindow, prompts: Prompts) -> None:
    edits.add_stage(window.doc)
    prompts.warning_answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert len(prompts.warnings) == 1 and window.isVisible()
    assert window in open_windows()
    prompts.warning_answer = QMessageBox.StandardButton.Discard
    assert window.close()
    assert len(prompts.warnings) == 2 and window not in open_windows()


def test_closing_unsaved_with_save_writes_the_file(
    qtbot, window: MainWindow, prompts: Prompts, tmp_path: Path
) -> None:
    edits.add_stage(window.doc, name="Last")
    expected = dumps(window.doc.journey)
    prompts.warning_answer = QMessageBox.StandardButton.Save
    prompts.save_path = str(tmp_path / "kept.cjm")
    assert window.close()
    assert dumps(load_map(tmp_path / "kept.cjm")) == expected


def test_closing_clean_window_does_not_ask(qtbot, window: MainWindow, prompts: Prompts) -> None:
    assert window.close()
    assert prompts.warnings == []


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "invalid JSON"),
        (b'{"format_version": 42}', "version 42"),
        (b"", "empty"),
        (b'{"format_version": 1, "stages": [{"id": "s", "name": 5}]}', "stages[0].name"),
    ],
)
def test_opening_a_bad_file_shows_why_and_leaves_the_open_map_untouched(
    qtbot, window: MainWindow, prompts: Prompts, tmp_path: Path, content: bytes, fragment: str
) -> None:
    edits.add_stage(window.doc, name="Unsaved work")
    before, count, windows = dumps(window.doc.journey), window.doc.undo_stack.count(), open_windows()
    bad = tmp_path / "damaged.cjm"
    bad.write_bytes(content)
    assert window.open_path(bad) is False
    assert len(prompts.errors) == 1
    _title, error = prompts.errors[0]
    assert error.path.name == "damaged.cjm" and fragment in error.problem
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == count
    assert window.isWindowModified() and open_windows() == windows


def test_open_dialog_and_recent_files(qtbot, window: MainWindow, prompts: Prompts, tmp_path: Path) -> None:
    path = tmp_path / "from-dialog.cjm"
    save_map(grid_journey(), path)
    prompts.open_path = str(path)
    window.open_dialog()
    opened = [w for w in open_windows() if w.doc.path == path.resolve()]
    assert len(opened) == 1 and opened[0] is not window  # the edited map keeps its window
    assert dumps(opened[0].doc.journey) == dumps(grid_journey())
    assert main_window_module.recent_files()[0] == str(path.resolve())
    window._fill_recent()
    assert str(path.resolve()) in [a.text() for a in window.recent_menu.actions()]


def test_opening_an_already_open_file_raises_its_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "once.cjm"
    save_map(grid_journey(), path)
    assert window.open_path(path)
    count = len(open_windows())
    assert window.open_path(path)
    assert len(open_windows()) == count


def test_new_map_and_new_from_sample(qtbot, window: MainWindow) -> None:
    count = len(open_windows())
    window.new_map()
    blank = open_windows()[-1]
    assert len(open_windows()) == count + 1 and blank.doc.journey.stages == []
    blank.new_from_sample()  # the blank, untouched window takes the sample
    assert len(open_windows()) == count + 1
    assert blank.doc.journey.stages and blank.doc.path is None and not blank.isWindowModified()


def test_drop_a_cjm_file_onto_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "dropped.cjm"
    journey = grid_journey()
    journey.title = "Dropped map"
    save_map(journey, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(200, 200)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, LEFT, NO_MOD)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, LEFT, NO_MOD)
    QApplication.sendEvent(window, drop)
    assert any(w.doc.journey.title == "Dropped map" and w.doc.path == path.resolve() for w in open_windows())


def test_non_map_files_are_not_accepted_for_dropping(window: MainWindow, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, LEFT, NO_MOD)
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# ---- zoom and pan -------------------------------------------------------------------------------


def wheel(win: MainWindow, delta: int, modifiers) -> None:
    pos = QPointF(300, 300)
    event = QWheelEvent(
        pos,
        win.view.viewport().mapToGlobal(pos),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(win.view.viewport(), event)


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(qtbot, window: MainWindow) -> None:
    window.scene.doc.replace_journey(load_map(main_window_module.sample_map_path()))
    window.view.zoom_reset()
    with qtbot.waitSignal(window.view.zoom_changed):
        wheel(window, 120, CTRL)
    assert window.view.zoom() == pytest.approx(1.2)
    wheel(window, -240, CTRL)
    assert window.view.zoom() == pytest.approx(1.2 / 1.44)
    zoom = window.view.zoom()
    bar = window.view.verticalScrollBar()
    bar.setValue(0)
    wheel(window, -120, NO_MOD)
    assert window.view.zoom() == zoom and bar.value() > 0


def test_zoom_actions_and_fit(qtbot, window: MainWindow) -> None:
    view = window.view
    view.zoom_in()
    assert view.zoom() == pytest.approx(1.2)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(1 / 1.2)
    for _ in range(40):
        view.zoom_out()
    assert view.zoom() == pytest.approx(0.05)  # clamped
    view.zoom_to_fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    layout = window.scene.layout
    assert visible.contains(QRectF(*layout.grid_rect()))  # the whole map is in view
    assert visible.contains(window.scene.title_item.mapRectToScene(window.scene.title_item._rect))
    assert view.zoom() > 0.05
    shortcuts = {a.shortcut().toString() for a in window.view_menu.actions()}
    assert {"Ctrl++", "Ctrl+-", "Ctrl+0"} <= shortcuts


def test_middle_button_pans(qtbot, window: MainWindow) -> None:
    window.scene.doc.replace_journey(load_map(main_window_module.sample_map_path()))
    window.view.set_zoom(2.0)
    h = window.view.horizontalScrollBar()
    h.setValue(200)
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, NO_MOD, QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(300, 300))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NO_MOD, QPoint(300, 300))
    assert h.value() == 300
    assert window.doc.undo_stack.count() == 0  # view state only


QUIT_AFTER_COPY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import cjm_desktop.app as cjm_app
from cjm_desktop.ui import main_window

def copy_and_quit():
    window = main_window.open_windows()[0]
    window.scene.select_ids([window.doc.journey.cards[0].id])
    window.edit.copy.trigger()
    window.doc.undo_stack.setClean()
    QApplication.closeAllWindows()

QTimer.singleShot(300, copy_and_quit)
sys.exit(cjm_app.main(["--blank", sys.argv[1]]))
"""


def test_quitting_after_a_copy_exits_cleanly(tmp_path: Path) -> None:
    """Cards left on the clipboard must not crash the interpreter at exit (PySide6 segfault)."""
    import os
    import subprocess
    import sys

    path = tmp_path / "map.cjm"
    save_map(grid_journey(), path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", QUIT_AFTER_COPY, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr


def test_release_clipboard_keeps_the_text(window: MainWindow) -> None:
    from cjm_desktop.ui.edit_actions import release_clipboard

    window.scene.select_ids(["a", "b"])
    window.edit.copy.trigger()
    release_clipboard()
    mime = QGuiApplication.clipboard().mimeData()
    assert not mime.hasFormat("application/x-cjm-cards+json")
    assert mime.text() == "Checkout\n\nConfirmation"


@pytest.mark.parametrize(
    ("kind", "item_id", "pixels", "bold"), [("stage", "s2", 17, True), ("card", None, 13, False)]
)
def test_the_in_place_editor_writes_in_the_items_own_font(
    window: MainWindow, kind: str, item_id: str | None, pixels: int, bold: bool
) -> None:
    """A header was renamed in a small regular font, though it shows its name big and bold."""
    from cjm_desktop.canvas import style

    window.view.set_zoom(1.0)
    item_id = item_id or window.doc.journey.cards[0].id
    window.view.start_edit(kind, item_id)
    editor = window.view.editor
    assert editor is not None
    shown = editor.font()
    assert (shown.pixelSize(), shown.bold(), shown.family()) == (pixels, bold, style.font(pixels).family())
    editor.commit()
