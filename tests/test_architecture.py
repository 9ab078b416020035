"""The layer contracts of pyproject.toml really bite: a deliberately wrong import breaks them.

`./dev check` runs lint-imports on the real tree (CI too); this shows, on a scratch copy of the
package, that the contracts catch the kinds of import they exist to forbid.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed (dev extra)")


def lint_copy(tmp_path: Path, file: str, wrong_import: str) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on a copy of the package where ``file`` starts with ``wrong_import``."""
    shutil.copytree(
        REPO / "cjm_desktop", tmp_path / "cjm_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "cjm_desktop" / file
    target.write_text(f"{wrong_import}\n" + target.read_text(encoding="utf-8"), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


def test_model_importing_qt_breaks_the_contracts(tmp_path: Path) -> None:
    result = lint_copy(tmp_path, "model/ids.py", "import PySide6.QtCore  # deliberately wrong")
    assert result.returncode == 1, result.stdout
    assert "The model is pure Python: no Qt, no other layer BROKEN" in result.stdout
    assert "cjm_desktop.model.ids -> PySide6" in result.stdout
    # io imports the model, so Qt would reach io through it: that contract breaks too ...
    assert "io imports only the model, i18n and paths: no Qt, no upper layer BROKEN" in result.stdout
    # ... while the rest of the copy is the real tree, which keeps the others.
    assert "Contracts: 4 kept, 2 broken." in result.stdout


def test_a_lower_layer_importing_an_upper_one_breaks_the_layers(tmp_path: Path) -> None:
    result = lint_copy(tmp_path, "canvas/style.py", "import cjm_desktop.ui.inspector  # deliberately wrong")
    assert result.returncode == 1, result.stdout
    assert "cjm_desktop.canvas is not allowed to import cjm_desktop.ui" in result.stdout
