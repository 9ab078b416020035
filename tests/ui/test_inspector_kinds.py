"""The inspector's fields per lane kind, driven with real clicks and keys; every edit is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLineEdit, QMessageBox

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Persona, Route, Stage
from cjm_desktop.ui.inspector_widgets import ImageEditor, PersonaChecklist
from cjm_desktop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def journey() -> Journey:
    j = Journey(title="Kinds")
    j.stages = [Stage("s1", "Order"), Stage("s2", "Wait")]
    j.lanes = [
        Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints"),
        Lane("pain", LaneKind.PAIN_POINTS, "Pain points"),
        Lane("q", LaneKind.QUOTES, "Quotes"),
        Lane("goal", LaneKind.GOALS, "Goals"),
        Lane("img", LaneKind.IMAGES, "Storyboard"),
    ]
    j.cards = [
        Card("t1", "tp", "s1", "Checkout page"),
        Card("t2", "tp", "s2", "Tracking page", channel="web"),
        Card("p1", "pain", "s1", "Extra fee at the last step"),
        Card("q1", "q", "s1", "Why do I need an account?"),
        Card("g1", "goal", "s1", "Pay quickly"),
        Card("i1", "img", "s2", "Courier at the door"),
    ]
    j.personas = [Persona("maria", "Maria", "#d0573c"), Persona("tomas", "Tomás", "#2f6fb3")]
    j.routes = [Route("r1", "t1", "t2")]
    return j


@pytest.fixture
def window(make_window) -> MainWindow:
    win = make_window(journey(), 1400, 900)
    win.view.zoom_reset()
    return win


def click_card(win: MainWindow, card_id: str) -> None:
    item = win.scene.card_items[card_id]
    win.view.ensureVisible(item)
    point = win.view.mapFromScene(item.mapRectToScene(item._rect).center())
    QTest.mouseClick(win.view.viewport(), LEFT, NO_MOD, point)
    assert win.scene.selected_ids("card") == [card_id]


def editor(win: MainWindow, name: str):
    return win.inspector.editors[name][1]


def one_undo_step(win: MainWindow, gesture: Callable[[], None]) -> None:
    """Snapshot, do the gesture (exactly one new undo step), undo == snapshot, redo == edited."""
    doc = win.doc
    before = dumps(doc.journey)
    count = doc.undo_stack.index()
    gesture()
    assert doc.undo_stack.index() == count + 1
    after = dumps(doc.journey)
    assert after != before
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after


def choose(qtbot, combo: QComboBox, value: object) -> None:
    """Pick a value as a user does: open the list (F4), arrow to the entry, Enter: one choice."""
    target = combo.findData(value)
    assert target >= 0
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_F4)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    while popup.currentIndex().row() != target:
        key = Qt.Key.Key_Down if popup.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(popup, key)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentIndex() == target


def test_touchpoint_channel_online_and_moment_of_truth(qtbot, window: MainWindow) -> None:
    click_card(window, "t1")
    assert window.inspector.heading.text().startswith("Card")
    channel = editor(window, "channel")
    assert not channel.itemIcon(channel.findData("phone")).isNull()  # each channel has its icon
    one_undo_step(window, lambda: choose(qtbot, channel, "store"))
    assert window.doc.journey.card("t1").channel == "store"
    window.doc.undo_stack.undo()
    one_undo_step(window, lambda: choose(qtbot, editor(window, "online"), False))
    box = editor(window, "moment_of_truth")
    assert isinstance(box, QCheckBox)
    height = window.scene.layout.cards["t1"][3]
    one_undo_step(window, lambda: QTest.mouseClick(box, LEFT, NO_MOD, QPoint(8, box.height() // 2)))
    assert window.doc.journey.card("t1").moment_of_truth
    assert window.scene.layout.cards["t1"][3] > height  # the gold ribbon makes it stand out


def test_pain_point_severity(qtbot, window: MainWindow) -> None:
    click_card(window, "p1")
    assert "channel" not in window.inspector.editors
    one_undo_step(window, lambda: choose(qtbot, editor(window, "severity"), 3))
    assert window.doc.journey.card("p1").severity == 3


def test_quote_source_author_and_date(qtbot, window: MainWindow) -> None:
    click_card(window, "q1")
    one_undo_step(window, lambda: choose(qtbot, editor(window, "source"), "support_ticket"))
    assert window.doc.journey.card("q1").source == "support_ticket"
    author = editor(window, "author")
    assert isinstance(author, QLineEdit)
    one_undo_step(window, lambda: qtbot.keyClicks(author, "Ticket #48213"))  # typing merges into one step
    assert window.doc.journey.card("q1").author == "Ticket #48213"


def test_linked_personas_for_every_kind_and_goals_for_persona(qtbot, window: MainWindow) -> None:
    for card_id in ("t1", "p1", "q1", "i1"):
        click_card(window, card_id)
        assert isinstance(editor(window, "persona_ids"), PersonaChecklist)
    click_card(window, "g1")
    labels = [window.inspector.form.labelForField(editor(window, "persona_ids")).text()]
    assert labels == ["For personas"]
    checklist: PersonaChecklist = editor(window, "persona_ids")
    assert checklist.count() == 2

    def tick_tomas() -> None:
        checklist.setFocus()
        checklist.setCurrentRow(1)
        qtbot.keyClick(checklist.viewport(), Qt.Key.Key_Space)

    one_undo_step(window, tick_tomas)
    assert window.doc.journey.card("g1").persona_ids == ["tomas"]
    one_undo_step(window, lambda: checklist.set_checked("maria", True))
    assert window.doc.journey.card("g1").persona_ids == ["maria", "tomas"]  # in the map's persona order


def test_image_frame_choose_and_remove_picture(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "storyboard.png"
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#3d8b4f"))
    assert image.save(str(photo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(photo), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: warnings.append(text))
    click_card(window, "i1")
    frame: ImageEditor = editor(window, "image")
    QTest.mouseClick(frame.choose, LEFT)
    assert warnings == []
    window.doc.undo_stack.undo()
    height = window.scene.layout.cards["i1"][3]
    one_undo_step(window, lambda: QTest.mouseClick(frame.choose, LEFT))
    card = window.doc.journey.card("i1")
    assert card.image
    from cjm_desktop.canvas.image_codec import decode_embedded

    assert max(decode_embedded(card.image).width(), decode_embedded(card.image).height()) == 800  # downscaled
    assert window.scene.layout.cards["i1"][3] > height
    qtbot.waitUntil(lambda: not frame.preview.pixmap().isNull())
    one_undo_step(window, lambda: QTest.mouseClick(frame.remove, LEFT))
    assert window.doc.journey.card("i1").image == ""


def test_a_file_that_is_not_a_picture_embeds_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "notes.png"
    bogus.write_text("not a picture")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bogus), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: warnings.append(text))
    click_card(window, "i1")
    before = dumps(window.doc.journey)
    count = window.doc.undo_stack.count()
    QTest.mouseClick(editor(window, "image").choose, LEFT)
    assert warnings and "notes.png" in warnings[0]
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == count


def test_route_label_and_persona_in_the_inspector(qtbot, window: MainWindow) -> None:
    item = window.scene.route_layer.items["r1"]
    point = window.view.mapFromScene(item.path().pointAtPercent(0.5))
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, point)
    assert window.scene.route_layer.selected_route_ids() == ["r1"]
    assert window.inspector.heading.text() == "Route"
    one_undo_step(window, lambda: qtbot.keyClicks(editor(window, "label"), "checks status"))
    assert window.doc.journey.routes[0].label == "checks status"
    one_undo_step(window, lambda: choose(qtbot, editor(window, "persona_id"), "tomas"))
    assert window.doc.journey.routes[0].persona_id == "tomas"


def test_a_long_title_reads_from_its_start_in_the_inspector(make_window) -> None:
    j = journey()
    j.title = "Online store: from first look to loyal fan, and what brings customers back again"
    win = make_window(j, 1400, 900)
    field = editor(win, "title")
    assert isinstance(field, QLineEdit) and field.text() == j.title
    assert field.cursorPosition() == 0  # the start of the title shows, not its end
