"""Shared fixtures for window-level tests: open a real MainWindow on a map, close it cleanly."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from cjm_desktop.document import JourneyDocument
from cjm_desktop.model import Journey
from cjm_desktop.ui.main_window import MainWindow, open_windows


def close_new_windows(before: set) -> None:
    """Close the windows a test opened (never other tests' windows), without a save prompt."""
    for w in open_windows():
        if w in before:
            continue
        if w.view.editor is not None:
            w.view.editor.commit()
        w.doc.undo_stack.setClean()
        w.close()
    QApplication.processEvents()


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., MainWindow]]:
    """A factory: ``make_window(journey, width, height)`` shows a window; all are closed afterwards."""
    before = set(open_windows())

    def make(journey: Journey, width: int = 1400, height: int = 900) -> MainWindow:
        win = MainWindow(JourneyDocument(journey))
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make
    close_new_windows(before)
