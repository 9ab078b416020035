"""The export dialog and the copy-as-image actions, driven through real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.export_actions import open_export_dialog
from cjm_desktop.ui.main_window import MainWindow

from .helpers import pdf_text, squash


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    """A shown window holding the sample map; closed cleanly afterwards."""
    w = MainWindow()
    w.doc.replace_journey(load_map(sample_map_path()), None)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()
    # Closing a window with a selection makes the inspector read its deleted scene (known, lead told).
    w.scene.clearSelection()
    w.close()


def choose(qtbot, combo, data) -> None:
    """Pick a combo box entry with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findData(data)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_menus_hold_the_export_actions(qtbot, window: MainWindow) -> None:
    file_actions = window.file_menu.actions()
    assert file_actions.index(window.export_actions.export) == file_actions.index(window.export_anchor) - 1
    assert window.export_actions.export.shortcut().toString() == "Ctrl+E"
    assert window.export_actions.copy_selection_image in window.edit_menu.actions()
    assert window.export_actions.copy_selection_image.shortcut().toString() == "Ctrl+Shift+C"


def test_dialog_previews_and_exports_a_pdf_slide_per_stage(qtbot, window: MainWindow, tmp_path: Path) -> None:
    before = dumps(window.doc.journey)
    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    assert not dialog.preview.pixmap().isNull()
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        choose(qtbot, dialog.format_box, "pdf")
    assert dialog.pdf_group.isVisible() and not dialog.png_group.isVisible()
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        choose(qtbot, dialog.page_box, "Slide16x9")
    slides = next(b for b in dialog.layout_group.buttons() if b.property("layout_key") == "per_stage")
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        qtbot.mouseClick(slides, Qt.MouseButton.LeftButton)
    assert "5" in dialog.caption.text()
    out = tmp_path / "slides.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        assert dialog.export_to(out)
    reader = PdfReader(out)
    assert len(reader.pages) == 5
    assert squash("Awareness") in squash(pdf_text(out)[0])
    assert dumps(window.doc.journey) == before


def test_dialog_png_of_selected_stages_with_transparent_background(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    journey = window.doc.journey
    window.scene.select_ids([journey.stages[1].id, journey.stages[2].id])
    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.region_box.currentData() == "stages"
    assert dialog.stages_edit.text() == "2,3"
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        choose(qtbot, dialog.background_box, True)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.scale_spin.selectAll()
        qtbot.keyClicks(dialog.scale_spin, "1")
    out = tmp_path / "stages.png"
    assert dialog.export_to(out)
    image = QImage(str(out))
    m = window.scene.metrics
    assert image.width() == int(2 * m.margin + m.lane_header_width + 2 * m.stage_width)
    assert image.hasAlphaChannel()


def test_bad_stage_list_disables_export_and_says_why(qtbot, window: MainWindow) -> None:
    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        choose(qtbot, dialog.region_box, "stages")
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.stages_edit.selectAll()
        qtbot.keyClicks(dialog.stages_edit, "9-12")
    assert not dialog.export_button.isEnabled()
    assert "out of range" in dialog.preview.text()


def test_copy_selection_as_image_puts_the_cards_on_the_clipboard(qtbot, window: MainWindow) -> None:
    card = window.doc.journey.cards[0]
    window.scene.select_ids([card.id])
    window.view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not QApplication.clipboard().image().isNull(), timeout=3000)
    image = QApplication.clipboard().image()
    rect = window.scene.card_items[card.id].sceneBoundingRect()
    assert abs(image.width() - 2 * (rect.width() + 2 * window.scene.metrics.cell_padding)) <= 2
    assert window.scene.selected_ids("card") == [card.id]


def test_copy_map_as_image(qtbot, window: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    window.export_actions.copy_map_image.trigger()
    qtbot.waitUntil(lambda: not QApplication.clipboard().image().isNull(), timeout=3000)
    image = QApplication.clipboard().image()
    assert image.width() == int(window.scene.sceneRect().width() * 2)


def test_dialog_exports_editable_powerpoint(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from pptx import Presentation

    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        choose(qtbot, dialog.format_box, "pptx")
    assert not dialog.pdf_group.isVisible() and not dialog.png_group.isVisible()
    assert "5" in dialog.caption.text() and dialog.export_button.isEnabled()
    out = tmp_path / "deck.pptx"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        assert dialog.export_to(out)
    slides = list(Presentation(str(out)).slides)
    assert len(slides) == 7
    assert any("Awareness" in s.text_frame.text for s in slides[2].shapes if s.has_text_frame)


def test_dialog_exports_svg_text_as_outlines(qtbot, window: MainWindow, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        choose(qtbot, dialog.format_box, "svg")
    assert dialog.svg_group.isVisible() and not dialog.svg_outlines.isChecked()
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        qtbot.mouseClick(dialog.svg_outlines, Qt.MouseButton.LeftButton)
    out = tmp_path / "outlines.svg"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        assert dialog.export_to(out)
    root = ET.parse(out).getroot()
    assert not list(root.iter("{http://www.w3.org/2000/svg}text"))
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) > 100
