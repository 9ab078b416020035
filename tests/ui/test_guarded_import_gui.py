"""Hostile spreadsheets through the GUI: the import wizard and Refresh say why, and the map stays intact."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.io.sheets import guarded_read
from cjm_desktop.model.journey import MetricSource
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.main_window import MainWindow
from tests.data import make_hostile_spreadsheets as hostile


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    # A lower cap than the editor's 2 GB, so the file that passes every guard hits it in a second.
    monkeypatch.setattr(guarded_read, "MEMORY_CAP", 600 * 1024**2)
    window = MainWindow(JourneyDocument(load_map(sample_map_path())))
    yield window
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()


@pytest.mark.parametrize("name", list(hostile.HOSTILE))
def test_import_wizard_refuses_a_hostile_file_and_keeps_the_map(qtbot, window: MainWindow, name: str) -> None:
    before = dumps(window.doc.journey)
    window.metrics_actions.import_action.trigger()
    wizard = window.metrics_actions.wizard
    source = wizard.source_page
    with qtbot.waitSignal(wizard.load_failed, timeout=30000) as failed:
        qtbot.keyClicks(source.path_edit, str(hostile.HERE / name))
        qtbot.keyClick(source.path_edit, Qt.Key.Key_Return)
    message = failed.args[0]
    assert message and message in source.info.text()
    if hostile.HOSTILE[name][0] == "reader_limit":
        assert "memory" in message and "map is unchanged" in message
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == 0


@pytest.mark.parametrize("name", ["grid-bomb.xlsb", "memory-hog.ods"])
def test_refresh_from_a_source_turned_hostile_keeps_the_map(
    qtbot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    source = tmp_path / f"analytics{Path(name).suffix}"
    shutil.copy(hostile.HERE / name, source)
    window.doc.journey.metric_source = MetricSource(path=str(source))
    before = dumps(window.doc.journey)
    dialog = window.metrics_actions.open_refresh()
    with qtbot.waitSignal(dialog.failed, timeout=30000) as failed:
        pass  # read in a worker thread, in a child process
    assert str(source) in failed.args[0] and dialog.message.text() == failed.args[0]
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == 0
