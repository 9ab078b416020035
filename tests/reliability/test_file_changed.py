"""The map's file changed on disk (another program, a sync folder): offer Reload, ask before overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from cjm_desktop.document import edits
from cjm_desktop.io.mapfile.atomic import write_atomic
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.recovery_actions import RecoveryKeeper, keeper_of


def other_program_writes(path: Path, title: str, atomic: bool = True) -> bytes:
    """Change the map's title the way another program (or a sync client) would."""
    journey = loads(path.read_bytes())
    journey.title = title
    data = dumps(journey)
    if atomic:
        write_atomic(path, data)  # replaced by rename, like most sync clients do
    else:
        with open(path, "wb") as handle:  # rewritten in place
            handle.write(data)
    return data


def save(window: MainWindow) -> None:
    next(a for a in window.file_menu.actions() if a.shortcut() == QKeySequence.StandardKey.Save).trigger()


def wait_for_offer(qtbot, keeper: RecoveryKeeper, change) -> None:
    with qtbot.waitSignal(keeper.file_changed_on_disk, timeout=5000):
        change()
    qtbot.waitUntil(keeper.bar.isVisible)


@pytest.mark.parametrize("atomic", [True, False], ids=["replaced", "rewritten-in-place"])
def test_outside_change_offers_reload(qtbot, open_map, map_file: Path, prompts, atomic: bool) -> None:
    window = open_map(map_file)
    keeper = keeper_of(window)
    assert not keeper.bar.isVisible()
    wait_for_offer(qtbot, keeper, lambda: other_program_writes(map_file, "Edited in the office", atomic))
    assert "interviews.cjm" in keeper.bar.label.text() and "discards" not in keeper.bar.label.text()
    qtbot.mouseClick(keeper.bar.reload_button, Qt.MouseButton.LeftButton)
    assert window.doc.journey.title == "Edited in the office"
    assert not window.doc.modified and not keeper.bar.isVisible()
    assert prompts.warnings == []  # nothing unsaved: no question needed
    # The watch survives the replaced file: a second change is noticed too.
    wait_for_offer(qtbot, keeper, lambda: other_program_writes(map_file, "Edited again", atomic))


def test_reload_over_unsaved_edits_warns_first(qtbot, open_map, map_file: Path, prompts) -> None:
    window = open_map(map_file)
    keeper = keeper_of(window)
    edits.set_fields(window.doc, "map", "", {"title": "My unsaved title"})
    mine = dumps(window.doc.journey)
    wait_for_offer(qtbot, keeper, lambda: other_program_writes(map_file, "Theirs"))
    assert "discards your unsaved changes" in keeper.bar.label.text()
    prompts.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(keeper.bar.reload_button, Qt.MouseButton.LeftButton)
    assert len(prompts.warnings) == 1 and "cannot be undone" in prompts.warnings[0]
    assert dumps(window.doc.journey) == mine and window.doc.modified
    prompts.answer = QMessageBox.StandardButton.Discard
    qtbot.mouseClick(keeper.bar.reload_button, Qt.MouseButton.LeftButton)
    assert window.doc.journey.title == "Theirs" and not window.doc.modified


def test_save_over_a_changed_file_asks_first(qtbot, open_map, map_file: Path, prompts) -> None:
    window = open_map(map_file)
    keeper = keeper_of(window)
    edits.set_fields(window.doc, "map", "", {"title": "Mine"})
    wait_for_offer(qtbot, keeper, lambda: other_program_writes(map_file, "Theirs"))
    theirs = map_file.read_bytes()
    qtbot.mouseClick(keeper.bar.keep_button, Qt.MouseButton.LeftButton)
    assert not keeper.bar.isVisible() and window.doc.journey.title == "Mine"
    # Cancel: their file stays, our edits stay unsaved.
    prompts.answer = QMessageBox.StandardButton.Cancel
    save(window)
    assert len(prompts.warnings) == 1 and "changed by another program" in prompts.warnings[0]
    assert map_file.read_bytes() == theirs and window.doc.modified
    # Overwrite: ours is saved, theirs is kept as the backup.
    prompts.answer = QMessageBox.StandardButton.Save
    save(window)
    assert len(prompts.warnings) == 2
    assert load_map(map_file).title == "Mine" and not window.doc.modified
    assert map_file.with_name("interviews.cjm.bak").read_bytes() == theirs
    # Our own save is not an outside change: the next save asks nothing.
    edits.set_fields(window.doc, "map", "", {"title": "Mine, later"})
    save(window)
    assert len(prompts.warnings) == 2 and load_map(map_file).title == "Mine, later"


def test_own_saves_and_identical_rewrites_raise_no_offer(qtbot, open_map, map_file: Path, prompts) -> None:
    window = open_map(map_file)
    keeper = keeper_of(window)
    edits.set_fields(window.doc, "map", "", {"title": "Saved by us"})
    with qtbot.waitSignal(keeper.change_timer.timeout, timeout=5000):
        save(window)
    assert not keeper.bar.isVisible()
    with qtbot.waitSignal(keeper.change_timer.timeout, timeout=5000):
        map_file.write_bytes(map_file.read_bytes())  # touched, same content (a sync client re-downloading)
    assert not keeper.bar.isVisible() and prompts.warnings == []
