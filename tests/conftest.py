"""Test set-up shared by the whole suite: headless Qt, isolated settings, paths to shared data."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Where the real user's settings, data and cache would go, remembered before the sandbox below
# replaces them, so a test can prove nothing was written there.
REAL_USER_DIRS: dict[str, Path] = {
    "config": Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"),
    "data": Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"),
    "state": Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"),
    "qttest": Path.home() / ".qttest",
}

# One private home per test session, set in the environment before anything reads it: QSettings,
# recent files and recovery copies of this process AND of every subprocess a test starts (they
# inherit os.environ) land here. HOME moves too, because QStandardPaths' test mode (below) ignores
# the XDG variables and writes under ~/.qttest.
SANDBOX = Path(tempfile.mkdtemp(prefix="cjm-tests-home-"))
atexit.register(shutil.rmtree, SANDBOX, ignore_errors=True)
os.environ["HOME"] = str(SANDBOX)
for _var, _sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = str(SANDBOX / _sub)
    (SANDBOX / _sub).mkdir()

# Must happen before any QGuiApplication exists. Forced (not setdefault) so a developer's DISPLAY
# or a stray QT_QPA_PLATFORM=xcb never pops windows up or breaks CI; set CJM_TEST_DISPLAY=1 to
# watch the GUI tests on the real screen instead.
# English unless a test chooses otherwise: the sub-commands speak the system locale's language, and
# the tests that read their output (in this process or a child) expect English.
for _var in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

if not os.environ.get("CJM_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Qt's enums made from here on take the quick path, as in the app (cjm_desktop/qt_enums.py).
from cjm_desktop import qt_enums  # noqa: E402

qt_enums.install()

import pytest  # noqa: E402 - the environment above must be set first
from hypothesis import settings as hypothesis_settings  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402

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
def real_user_dirs() -> dict[str, Path]:
    """The user's real config/data/state folders, which no test may write to."""
    return REAL_USER_DIRS


@pytest.fixture(scope="session")
def sandbox_home() -> Path:
    """The session's private home holding every settings, data and cache folder tests use."""
    return SANDBOX


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


def shown_windows() -> set[int]:
    """Ids of the top-level widgets shown now (none without a QApplication)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return set()
    return {id(w) for w in app.topLevelWidgets() if w.isVisible()}


def fail_on_leaked_windows(before: set[int]) -> None:
    """Close top-level windows shown since ``before`` and fail the test naming them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # A window closed with WA_DeleteOnClose goes (with its dialogs) on the next deferred delete.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in app.topLevelWidgets() if w.isVisible() and id(w) not in before]
    if not leaked:
        return
    names = ", ".join(f"{type(w).__name__} '{w.windowTitle()}'" for w in leaked)
    for widget in leaked:  # the next test starts clean
        doc = getattr(widget, "doc", None)
        if doc is not None:
            doc.undo_stack.setClean()  # no "save changes?" prompt
        widget.close()
    pytest.fail(f"the test left {len(leaked)} top-level window(s) open: {names}", pytrace=False)


@pytest.fixture(autouse=True)
def no_leaked_windows() -> Iterator[None]:
    """Fail a test that leaves a top-level window open: it would slow or disturb the tests after it.

    Root-level and autouse, so it is set up before (and checked after) every fixture of the test,
    whose own teardown closes what it opened.
    """
    before = shown_windows()
    yield
    fail_on_leaked_windows(before)


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
