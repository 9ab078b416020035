"""Start page (templates, open, recent with thumbnails, sample), Ctrl+N's templates, empty-map hints."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Journey
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.main_window import MainWindow, open_windows
from cjm_desktop.ui.start_page import MISSING_ROLE, StartPage, recent_entries
from cjm_desktop.ui.template_dialog import TemplateDialog, load_manifest
from cjm_desktop.ui.thumbnails import file_thumbnail, render_thumbnail
from tests.ui.conftest import close_new_windows


@pytest.fixture
def host(qtbot) -> Iterator[MainWindow]:
    """A hidden, untouched window, as app.run_gui makes it before showing the start page."""
    before = set(open_windows())
    window = MainWindow()
    yield window
    close_new_windows(before)


@pytest.fixture
def start_page(qtbot, host: MainWindow) -> Iterator[StartPage]:
    """The start page for the hidden host window; closed afterwards unless a choice closed it."""
    page = StartPage(host)
    page.show()
    qtbot.waitExposed(page)
    yield page
    if shiboken6.isValid(page):
        page.close()


@pytest.fixture
def recent(tmp_path: Path) -> tuple[Path, Path]:
    """One existing and one deleted map in the recent list."""
    here = tmp_path / "workshop.cjm"
    shutil.copy(sample_map_path(), here)
    gone = tmp_path / "deleted-map.cjm"
    QSettings().setValue("recent_files", [str(here), str(gone)])
    return here, gone


def test_thumbnail_is_drawn_from_the_map(qapp) -> None:
    image = render_thumbnail(load_map(sample_map_path()))
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 8) for y in range(0, 60, 4)}
    assert len(colours) > 5  # stage headers, cards, text: not a blank rectangle


def test_file_thumbnail_is_cached_until_the_file_changes(qapp, tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    shutil.copy(sample_map_path(), path)
    assert file_thumbnail(path) is not None
    path.write_text("not a map", encoding="utf-8")  # changed: the cached picture is not reused
    assert file_thumbnail(path) is None
    assert file_thumbnail(tmp_path / "absent.cjm") is None


def test_start_page_lists_templates_and_recent_with_missing_marked(qtbot, host, recent, start_page) -> None:
    here, gone = recent
    page = start_page
    assert page.template_list.count() == len(load_manifest()) >= 6
    assert [p for p, _ in recent_entries()] == [here, gone]
    assert page.recent_list.count() == 2
    missing = page.recent_list.item(1)
    assert missing.data(MISSING_ROLE) and "(missing)" in missing.text()
    assert not missing.flags() & Qt.ItemFlag.ItemIsEnabled
    assert str(here) in page.recent_list.item(0).text()
    qtbot.waitUntil(lambda: page.thumbnails_pending() == 0, timeout=20000)
    for widget in (page.template_list, page.recent_list):
        image = widget.item(0).icon().pixmap(widget.iconSize()).toImage()
        assert len({image.pixelColor(x, 20).name() for x in range(0, image.width(), 6)}) > 3


def test_choosing_a_template_opens_it_and_closes_the_page(qtbot, host, start_page) -> None:
    page = start_page
    blank = next(i for i, t in enumerate(page.templates) if t.id == "blank")
    with qtbot.waitSignal(page.destroyed, timeout=5000):
        page.template_list.itemActivated.emit(page.template_list.item(blank))
    assert host.isVisible()
    journey = host.doc.journey
    assert journey.stages and journey.lanes  # the starter set of a blank map
    assert host.doc.path is None


def test_opening_a_recent_map_and_the_sample(qtbot, host, recent, start_page) -> None:
    here, _gone = recent
    page = start_page
    page.recent_list.itemActivated.emit(page.recent_list.item(1))  # the missing one: nothing happens
    assert page.isVisible() and not host.isVisible()
    with qtbot.waitSignal(page.destroyed, timeout=5000):
        page.recent_list.itemActivated.emit(page.recent_list.item(0))
    assert host.doc.path == here.resolve()


def test_sample_button(qtbot, host, start_page) -> None:
    page = start_page
    with qtbot.waitSignal(page.destroyed, timeout=5000):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    assert host.doc.journey.stages and host.isVisible()


def test_ctrl_n_offers_the_templates(qtbot, make_window, monkeypatch) -> None:
    window = make_window(load_map(sample_map_path()))
    offered = []

    def pick_blank(dialog: TemplateDialog) -> int:
        offered.extend(t.id for t in dialog.templates)
        dialog.list.setCurrentRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", pick_blank)
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    window.new_action.trigger()
    assert offered[0] == "blank" and len(offered) >= 6
    new = open_windows()[-1]
    assert new is not window and new.doc.journey.stages and new.doc.journey.lanes


def test_empty_map_tells_what_to_do_and_double_click_does_it(qtbot, make_window) -> None:
    window = make_window(Journey("Empty"))
    hint = window.empty_hints.label
    assert hint.isVisible() and "empty" in hint.text()
    viewport = window.view.viewport()
    centre = QPoint(viewport.width() // 2, viewport.height() // 2)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    if window.view.editor is not None:
        window.view.editor.commit()
    assert len(window.doc.journey.stages) == 1
    assert "lane" in hint.text().lower()
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert len(window.doc.journey.lanes) == 1
    assert "card" in hint.text()
    window.doc.undo_stack.undo()  # each step is one undoable command
    assert not window.doc.journey.lanes and "lane" in hint.text().lower()


def test_no_hint_on_a_full_map(qtbot, make_window) -> None:
    window = make_window(load_map(sample_map_path()))
    assert not window.empty_hints.label.isVisible()
    assert isinstance(window.doc, JourneyDocument)


def test_the_hint_stays_on_screen_and_clear_of_a_growing_map(qtbot, make_window) -> None:
    """Stages added one by one scroll the view to the newest: the hint stays whole in the canvas,
    below the stage row, instead of scrolling away with the map over its headers."""
    window = make_window(Journey("Empty"))
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 400)
    window.view.zoom_reset()
    for _ in range(5):
        window.edit.add_stage_after()
        if window.view.editor is not None:
            window.view.editor.commit()
    hint, view = window.empty_hints.label, window.view
    assert hint.isVisible() and "lane" in hint.text().lower()
    assert view.horizontalScrollBar().value() > 0  # the view followed the newest stage
    canvas = view.viewport().geometry()
    assert canvas.contains(hint.geometry())  # whole, inside the canvas
    scene_rect = view.scene().itemsBoundingRect()
    map_shown = view.mapFromScene(scene_rect).boundingRect().translated(canvas.topLeft())
    assert not hint.geometry().intersects(map_shown)  # clear of the stage row
    view.horizontalScrollBar().setValue(0)  # scrolled back: still whole and clear
    map_shown = view.mapFromScene(scene_rect).boundingRect().translated(canvas.topLeft())
    assert canvas.contains(hint.geometry()) and not hint.geometry().intersects(map_shown)


def test_hint_placement_prefers_below_then_above_then_the_bottom() -> None:
    from cjm_desktop.ui.empty_hints import hint_top

    assert hint_top(600, 60, None) == 180  # nothing on the canvas: a third of the way down
    assert hint_top(600, 60, (250, 310)) == 326  # below the map
    assert hint_top(600, 60, (400, 560)) == 324  # no room below: above it
    assert hint_top(600, 60, (50, 560)) == 524  # no room either side: at the bottom, over it
