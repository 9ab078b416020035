"""Test set-up shared by the whole suite: headless Qt, isolated settings, paths to shared data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Must happen before any QGuiApplication exists. Forced (not setdefault) so a developer's DISPLAY
# or a stray QT_QPA_PLATFORM=xcb never pops windows up or breaks CI; set CJM_TEST_DISPLAY=1 to
# watch the GUI tests on the real screen instead.
if not os.environ.get("CJM_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from hypothesis import settings as hypothesis_settings
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

# Redirect QSettings / QStandardPaths (config, data, cache) to "qttest" folders, so no test ever
# reads or overwrites the user's real settings, recent files or autosave recovery copies.
QStandardPaths.setTestModeEnabled(True)
QCoreApplication.setOrganizationName("cjm-desktop-tests")
QCoreApplication.setApplicationName("cjm-desktop-tests")

# CI machines are small and shared: wall-clock deadlines on property tests only produce flakes.
hypothesis_settings.register_profile("ci", deadline=None, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's top-level folder (where pyproject.toml and resources/ live)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared/ folder, which sits beside the repository checkout."""
    return REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    """Real-world spreadsheets for reader tests; skips the test where the corpus is absent."""
    path = shared_dir / "corpus" / "spreadsheets"
    if not path.is_dir():
        pytest.skip(f"spreadsheet corpus not found at {path}")
    return path


@pytest.fixture(autouse=True)
def tmp_settings() -> Iterator[None]:
    """Wipe QSettings after each test so no test sees another's settings."""
    yield
    # QSettings needs an application object to resolve its default location; tests of the pure
    # model never create one, and there is then nothing to clear.
    if QCoreApplication.instance() is not None:
        settings = QSettings()
        settings.clear()
        settings.sync()
