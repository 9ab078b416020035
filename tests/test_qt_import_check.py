"""The quick answer to PySide6's per-import question is the same answer, for every module of a start."""

from __future__ import annotations

import json
import subprocess
import sys

CHECK = """
import json, sys
import PySide6.QtCore
from cjm_desktop import qt_import_check
installed = qt_import_check.quicken()
import cjm_desktop.ui.main_window  # the editor's start: ~200 modules, ours and the standard library's
feature = sys.modules["PySide6.support.feature"]
quick = feature._mod_uses_pyside
differ = [n for n, m in list(sys.modules.items()) if m is not None and quick(m) != quick.original(m)]
uses = sum(1 for m in list(sys.modules.values()) if m is not None and quick(m))
print(json.dumps({"installed": installed, "again": qt_import_check.quicken(), "differ": differ, "uses": uses}))
"""


def test_the_quick_check_agrees_with_pysides_own_on_every_module() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["installed"] and found["again"]
    assert found["differ"] == []
    assert found["uses"] > 50  # our Qt modules say "PySide6": the check can tell both kinds apart
