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


def test_the_word_is_found_anywhere_in_the_file_also_across_the_first_reads_end(
    tmp_path, monkeypatch
) -> None:
    import types

    import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, which quicken() wraps

    from cjm_desktop import qt_import_check

    feature = sys.modules["PySide6.support.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back afterwards
    assert qt_import_check.quicken()
    quick = feature._mod_uses_pyside
    head = qt_import_check._HEAD_BYTES
    rest = qt_import_check._REST_BYTES
    for at in (0, head - 7, head - 3, head - 1, head, 3 * head, head + rest - 3, head + 2 * rest - 6):
        source = tmp_path / f"at_{at}.py"
        source.write_bytes(b"#" * at + b"PySide6\n" + b"x = 1\n" * 10)
        module = types.ModuleType(f"at_{at}")
        module.__file__ = str(source)
        assert quick(module), at
    plain = tmp_path / "plain.py"
    plain.write_bytes(b"PySide" + b"#" * (head - 6) + b"6 is not the word here\n")
    module = types.ModuleType("plain")
    module.__file__ = str(plain)
    assert not quick(module)
