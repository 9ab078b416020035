"""The editor's start path: what opening the window on the sample map loads (a structural promise).

Cold start is timed by benchmarks/bench_command_start.py; here only what the start imports is checked,
because a heavy library pulled in by one stray module-level import costs every user every start.
"""

from __future__ import annotations

import json
import subprocess
import sys

# Libraries only some features use (charts, spreadsheet import and export, schema messages): each is
# imported on first use of its feature, never by showing the editor on a map.
NOT_AT_START = ["numpy", "pyqtgraph", "openpyxl", "python_calamine", "jsonschema", "charset_normalizer"]

START = f"""
import json, sys
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)  # never the user's settings, recent files or recovery folder
from cjm_desktop import language
from cjm_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
language.install_language("en")
window = MainWindow()
window.new_from_sample()
QTimer.singleShot(0, app.quit)  # after the first paint of the shown window
app.exec()
print(json.dumps([m for m in {NOT_AT_START!r} if m in sys.modules]))
"""


def test_opening_the_editor_on_the_sample_map_loads_no_feature_library() -> None:
    """numpy, pyqtgraph and the spreadsheet libraries wait for the feature that needs them."""
    result = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []
