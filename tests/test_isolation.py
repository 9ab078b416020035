"""Tests and the subprocesses they start never write the real user's settings, recents or recovery."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from cjm_desktop.io.mapfile.cjm_file import save_map
from cjm_desktop.model import Journey

# The editor as a user starts it (app.main, no test mode), opening one map and quitting: that adds
# the map to Open Recent, saves the window geometry and creates the recovery session folder.
OPEN_AND_QUIT = """
import sys
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
from cjm_desktop import app as cjm_app

def report_and_quit():
    print("SETTINGS", QSettings().fileName())
    print("DATA", QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    QApplication.closeAllWindows()

QTimer.singleShot(0, report_and_quit)
sys.exit(cjm_app.main([sys.argv[1]]))
"""


def _files_mentioning(folders: list[Path], needle: bytes) -> list[Path]:
    """Every file under FOLDERS whose bytes contain NEEDLE."""
    hits = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            try:
                if path.is_file() and needle in path.read_bytes():
                    hits.append(path)
            except OSError:
                continue  # unreadable or vanished meanwhile: not written by us
    return hits


def test_environment_points_into_the_sandbox(sandbox_home: Path) -> None:
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        assert Path(os.environ[var]).is_relative_to(sandbox_home), var


def test_a_subprocess_run_writes_only_into_the_sandbox(
    tmp_path: Path, sandbox_home: Path, real_user_dirs: dict[str, Path]
) -> None:
    # A unique file name: other programs (or other test runs) writing the real folders meanwhile
    # can never contain it, so finding it there would mean this run leaked.
    name = f"isolation-{uuid.uuid4().hex}.cjm"
    path = tmp_path / name
    save_map(Journey("Isolation probe"), path)
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_QUIT, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    settings_file, data_dir = Path(lines["SETTINGS"]), Path(lines["DATA"])
    assert settings_file.is_relative_to(sandbox_home)
    assert data_dir.is_relative_to(sandbox_home)
    # The run really wrote its recent-files entry, into the sandbox...
    assert name.encode() in settings_file.read_bytes()
    # ...and into none of the real locations.
    real = [
        real_user_dirs["config"] / "cjm-desktop",
        real_user_dirs["data"] / "cjm-desktop",
        real_user_dirs["state"] / "cjm-desktop",
        real_user_dirs["qttest"],
    ]
    assert _files_mentioning(real, name.encode()) == []
