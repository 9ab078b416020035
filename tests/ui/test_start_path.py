"""The editor's start path: what opening the window on the sample map loads (a structural promise).

Cold start is timed by benchmarks/bench_command_start.py; here only what the start imports is checked,
because a heavy library pulled in by one stray module-level import costs every user every start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Libraries only some features use (charts, spreadsheet import and export, schema messages): each is
# imported on first use of its feature, never by showing the editor on a map.
NOT_AT_START = [
    "numpy",
    "pyqtgraph",
    "openpyxl",
    "python_calamine",
    "jsonschema",
    "charset_normalizer",
    "babel",  # the number locales users have are written out in model/number_locale.py
    # The editor's own windows that open from a menu: their module loads with their first use.
    "cjm_desktop.ui.channels_dialog",
    "cjm_desktop.ui.opportunity_matrix",
    "cjm_desktop.ui.help_menu",
    # What only an action needs: a card's evidence editor, the evidence and snapshot edits, the route
    # menu, the template dialog, export planning, the in-place editor, and datetime (recovery copies,
    # lock messages).
    "cjm_desktop.ui.evidence_editor",
    "cjm_desktop.document.evidence_edits",
    "cjm_desktop.document.snapshot_edits",
    "cjm_desktop.ui.route_menu",
    "cjm_desktop.ui.template_dialog",
    "cjm_desktop.export.render",
    "cjm_desktop.canvas.inline_editor",
    "datetime",
]

# Qt classes only a dialog or an action uses: PySide builds a class's Python types (its enums) when
# it is first imported, ~0.5-1.5 ms each, so the start's modules import them where they are used.
QT_NOT_AT_START = [
    "QMessageBox",
    "QFileDialog",
    "QColorDialog",
    "QInputDialog",
    "QDialogButtonBox",
    "QSpinBox",
]

START = f"""
import json, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)  # never the user's settings, recent files or recovery folder
from cjm_desktop import language
from cjm_desktop.ui import preferences, recovery_dialog  # what app.run_gui imports besides the window
from cjm_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
language.install_language("en")
window = MainWindow()
window.new_from_sample()


def report():
    # Before quitting: Qt 6 closes (and so deletes) the windows on quit.
    from cjm_desktop.ui.lazy_dock import LazyDock

    built = [d.objectName() for d in window.findChildren(LazyDock) if d.is_built()]
    modules = [m for m in {NOT_AT_START!r} if m in sys.modules]
    modules += [c for c in {QT_NOT_AT_START!r} if c in vars(QtWidgets)]  # PySide adds a class when loaded
    print(json.dumps({{"modules": modules, "built": built}}))
    window.doc.undo_stack.setClean()
    app.quit()


QTimer.singleShot(0, report)  # after the first paint of the shown window
app.exec()
"""


def test_opening_the_editor_on_the_sample_map_loads_no_feature_library_and_builds_no_hidden_dock() -> None:
    """numpy, pyqtgraph and the spreadsheet libraries wait for the feature that needs them, dialogs' Qt
    classes for the dialog; hidden docks (personas, outline, metrics grid, voting, matrix, changes) wait
    for their first show."""
    result = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found == {"modules": [], "built": []}


def test_a_lazy_dock_builds_its_widget_when_the_view_menu_shows_it(make_window) -> None:
    """The View menu's toggle shows a hidden dock with its contents, built on that first show."""
    from cjm_desktop.io.mapfile.cjm_file import load_map
    from cjm_desktop.paths import sample_map_path

    window = make_window(load_map(sample_map_path()))
    dock = window.accessibility.outline_dock
    assert not dock.is_built() and dock.widget() is None
    window.accessibility.outline_action.trigger()
    assert dock.isVisible() and dock.is_built()
    assert dock.widget() is window.accessibility.outline and window.accessibility.outline.isVisible()


KEYS_AT_START = """
import json, sys
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)  # never the user's settings, recent files or recovery folder
from cjm_desktop import language
from cjm_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
language.install_language("en")
window = MainWindow()
window.new_from_sample()
CTRL = Qt.KeyboardModifier.ControlModifier


def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(window.view, key, modifiers)


def keys():
    # The first turn of the event loop, right after the first paint: the shortcuts of actions whose
    # code (and Qt classes) load on first use must work from here on.
    window.activateWindow()
    active = QTest.qWaitForWindowActive(window)  # shortcuts go to the active window
    window.view.setFocus()
    journey = window.doc.journey
    counts = [len(journey.cards)]
    window.scene.select_ids([journey.cards[0].id])
    press(Qt.Key.Key_C, CTRL)
    press(Qt.Key.Key_V, CTRL)  # pastes a copy next to it
    counts.append(len(window.doc.journey.cards))
    press(Qt.Key.Key_Delete)  # deletes the pasted, selected copy
    counts.append(len(window.doc.journey.cards))
    press(Qt.Key.Key_Z, CTRL)
    counts.append(len(window.doc.journey.cards))
    window.scene.select_ids([journey.cards[0].id])
    press(Qt.Key.Key_Return)  # edits the card in place
    editor = window.view.editor
    editing = editor is not None and editor.isVisible()
    if editor is not None:
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    window.view.setFocus()
    press(Qt.Key.Key_F, CTRL)
    find = window.find_actions.bar is not None and window.find_actions.bar.isVisible()
    press(Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    personas = window.personas.dock.isVisible()
    found = {"active": active, "counts": counts, "editing": editing, "find": find, "personas": personas}
    print(json.dumps(found))
    window.doc.undo_stack.setClean()
    app.quit()


QTimer.singleShot(0, keys)
app.exec()
"""


def test_shortcuts_work_right_after_the_start() -> None:
    """Copy, paste, delete, undo, editing in place, find and the personas dock answer their keys on the
    first turn of the event loop, in a fresh process where the code behind them has not been loaded yet."""
    result = subprocess.run(
        [sys.executable, "-c", KEYS_AT_START], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    first = found["counts"][0]
    assert found["counts"] == [first, first + 1, first, first + 1]
    assert found["active"] and found["editing"] and found["find"] and found["personas"]


WIZARD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
from cjm_desktop import language
from cjm_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
language.install_language("en")
window = MainWindow()
window.new_from_sample()
window.metrics_actions.import_action.trigger()
wizard = window.metrics_actions.wizard
opened = "python_calamine" in sys.modules
read = []


def finish():
    # Before quitting: Qt 6 closes (and so deletes) the windows on quit.
    read.append(wizard.table is not None)
    print(json.dumps({"opened": opened, "read": read, "after_read": "python_calamine" in sys.modules}))
    window.doc.undo_stack.setClean()
    app.quit()


wizard.table_loaded.connect(finish)
wizard.load_failed.connect(lambda message: print(message, file=sys.stderr))
wizard.load_failed.connect(app.quit)
QTimer.singleShot(0, lambda: wizard.load(Path(sys.argv[1])))
app.exec()
"""


@pytest.mark.parametrize("sheet", ["fi-utf8.csv", "hu-text-cells.xlsx"])
def test_the_import_wizard_reads_through_the_guarded_child_without_calamine(sheet: str) -> None:
    """The editor process never loads the spreadsheet parser: the wizard's dialogs name only the light
    Table type, and the sheet is read in the capped child process."""
    data = Path(__file__).parents[1] / "data" / "locales" / sheet
    result = subprocess.run(
        [sys.executable, "-c", WIZARD, str(data)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found == {"opened": False, "read": [True], "after_read": False}
