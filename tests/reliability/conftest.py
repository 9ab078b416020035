"""Fixtures for the reliability tests: a private recovery folder, answered prompts, map windows."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui import recovery_actions
from cjm_desktop.ui.main_window import MainWindow, open_windows


class Prompts:
    """Records the modal questions and errors a test would otherwise block on, and answers them."""

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Cancel
        self.warnings: list[str] = []
        self.errors: list[MapFileError] = []


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    answers = Prompts()

    def warning(_parent, _title, text, *_args, **_kwargs):
        answers.warnings.append(text)
        return answers.answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, _title, error: answers.errors.append(error))
    return answers


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery copies of this test go to a folder of their own."""
    folder = tmp_path / "recovery"
    monkeypatch.setattr(recovery_actions, "recovery_folder", lambda: folder)
    monkeypatch.setattr(recovery_actions, "_session", None)
    return folder


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A copy of the sample map in a folder of its own."""
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "interviews.cjm"
    shutil.copy(sample_map_path(), path)
    return path


@pytest.fixture
def open_map(qtbot, recovery_dir: Path) -> Iterator[Callable[[Path], MainWindow]]:
    """Open a map file in a shown window; every window is closed (unsaved work dropped) afterwards."""

    def opener(path: Path) -> MainWindow:
        window = MainWindow()
        window.doc.replace_journey(load_map(path), path)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield opener
    for window in open_windows():
        window.doc.undo_stack.setClean()
        window.close()
