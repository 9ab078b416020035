"""Read-only mode: a write-protected file, or a map opened read-only, can be viewed, presented,
exported and saved elsewhere, but not edited; the editing actions say why."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjm_desktop.document import edits
from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile import map_lock
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui import recovery_actions
from cjm_desktop.ui.main_window import MainWindow, open_windows
from cjm_desktop.ui.read_only import file_is_read_only


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(recovery_actions, "recovery_folder", lambda: tmp_path / "recovery")
    monkeypatch.setattr(recovery_actions, "_session", None)
    maps = tmp_path / "maps"
    maps.mkdir()
    yield maps
    for window in open_windows():
        window.doc.undo_stack.setClean()
        window.close()
    assert [p.name for p in maps.iterdir() if p.name.startswith(map_lock.LOCK_PREFIX)] == []


@pytest.fixture
def protected_map(folder: Path) -> Path:
    """A copy of the sample map with every write bit cleared (as a read-only checkbox leaves it)."""
    path = folder / "published.cjm"
    shutil.copy(sample_map_path(), path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


def open_window(qtbot, path: Path, read_only: bool = False) -> MainWindow:
    window = MainWindow()
    assert window.open_path(path, read_only=read_only)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_write_protected_file_is_detected_even_for_root(protected_map: Path) -> None:
    # Tests run as root, whom os.access lets write anything: the permission bits decide.
    assert file_is_read_only(protected_map)
    protected_map.chmod(0o644)
    assert not file_is_read_only(protected_map)


def test_write_protected_map_opens_read_only_and_refuses_edits(qtbot, protected_map: Path) -> None:
    window = open_window(qtbot, protected_map)
    doc = window.doc
    assert doc.read_only and "read-only" in doc.read_only_reason
    assert not map_lock.lock_path_for(protected_map).exists()  # nobody edits it, nobody is told
    before = dumps(doc.journey)
    # Every editing action is greyed out and its tooltip says why.
    for action in (window.edit.delete, window.edit.add_card, window.edit.add_stage, window.save_action):
        assert not action.isEnabled()
        assert action.toolTip() == doc.read_only_reason
    assert window.findChild(type(window.toolbar), "read-only-bar").isVisible()
    assert window.windowTitle().startswith("published.cjm[*] (read-only)")
    assert not window.inspector.isEnabled()
    # Selecting a card (which normally enables Delete) keeps Delete disabled; the key does nothing.
    card = doc.journey.cards[0]
    window.scene.select_ids([card.id])
    assert not window.edit.delete.isEnabled()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    # An edit that gets through a gesture anyway is refused at the document, with the reason shown.
    with qtbot.waitSignal(doc.edit_refused):
        edits.add_stage(doc, name="Sneaked in")
    assert "read-only" in window.statusBar().currentMessage()
    assert dumps(doc.journey) == before and doc.undo_stack.count() == 0 and not doc.modified


def test_read_only_map_can_be_presented_and_exported(qtbot, protected_map: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, protected_map)
    presentation = window.workshop.start_presentation()
    qtbot.waitExposed(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    presentation.close()
    out = tmp_path / "published.png"
    export_file(window.scene, out, ExportOptions(format="png", scale=1))
    assert not QImage(str(out)).isNull()


def test_save_as_makes_an_editable_copy(qtbot, protected_map: Path, folder: Path, monkeypatch) -> None:
    window = open_window(qtbot, protected_map)
    original = protected_map.read_bytes()
    target = folder / "my-copy.cjm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.findChild(type(window.toolbar), "read-only-bar").save_as_button.click()
    assert target.exists() and window.doc.path == target
    assert not window.doc.read_only and window.edit.add_stage.isEnabled() and window.save_action.isEnabled()
    assert "read-only" not in window.windowTitle()
    assert map_lock.read_lock(target) is not None  # editing the copy: it is locked now
    edits.add_stage(window.doc, name="Mine now")
    assert window.doc.modified
    assert protected_map.read_bytes() == original


def test_save_over_a_read_only_map_is_refused(qtbot, protected_map: Path, monkeypatch) -> None:
    window = open_window(qtbot, protected_map)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: warnings.append(text))
    before = protected_map.read_bytes()
    assert not window._save_to(protected_map)  # as Save would, had its action not been disabled
    assert protected_map.read_bytes() == before and "Save As" in warnings[0]


def test_explicit_read_only_open_of_a_writable_map(qtbot, folder: Path) -> None:
    path = folder / "draft.cjm"
    shutil.copy(sample_map_path(), path)
    window = open_window(qtbot, path, read_only=True)
    assert window.doc.read_only and "opened read-only" in window.doc.read_only_reason
    assert not map_lock.lock_path_for(path).exists()  # a reader does not block editors
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Open read-only…" in texts
