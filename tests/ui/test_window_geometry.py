"""Windows fit the screen: first-run size, remembered geometry clamped, docks at sensible widths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from cjm_desktop.ui.window_geometry import (
    DOCK_MAX,
    DOCK_MIN,
    clamp_to_screen,
    client_area,
    dock_width,
    first_run_geometry,
)

LAPTOP = QRect(0, 0, 1366, 768)


@pytest.mark.parametrize(
    "available", [LAPTOP, QRect(0, 0, 1366, 728), QRect(0, 0, 1920, 1050), QRect(1920, 0, 3840, 2100)]
)
def test_first_run_fits_inside_the_client_area(available: QRect) -> None:
    rect = first_run_geometry(available)
    assert client_area(available).contains(rect)
    assert rect.width() >= min(1024, client_area(available).width())


def test_remembered_geometry_from_a_big_screen_is_clamped() -> None:
    rect = clamp_to_screen(QRect(200, 150, 2400, 1300), LAPTOP)
    assert client_area(LAPTOP).contains(rect)
    assert rect.size() == client_area(LAPTOP).size()


def test_window_off_screen_moves_back_keeping_its_size() -> None:
    rect = clamp_to_screen(QRect(3000, -400, 900, 600), LAPTOP)
    assert client_area(LAPTOP).contains(rect)
    assert (rect.width(), rect.height()) == (900, 600)


def test_docks_take_a_quarter_within_limits() -> None:
    assert dock_width(1200) == DOCK_MIN
    assert dock_width(1600) == round(1600 * 0.24)
    assert dock_width(3800) == DOCK_MAX


# Starts the editor on a configured offscreen screen, shows the metrics dock, prints the window's
# frame and the dock widths as JSON, then quits (saving geometry like a user closing the window).
RUN = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget
from cjm_desktop import app as cjm_app
from cjm_desktop.ui.main_window import open_windows

def report():
    window = open_windows()[0]
    if len(sys.argv) > 1:
        window.setGeometry(*map(int, sys.argv[1].split(",")))
    metrics = window.findChild(QDockWidget, "metrics")
    metrics.show()
    QApplication.processEvents()
    frame = window.frameGeometry()
    docks = {d.objectName(): d.width() for d in window.findChildren(QDockWidget) if d.isVisible()}
    print(json.dumps({"frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                      "width": window.width(), "docks": docks}))
    QApplication.closeAllWindows()

QTimer.singleShot(0, report)
sys.exit(cjm_app.main(["--blank"]))
"""


def _run_on_screen(tmp_path: Path, width: int, height: int, *args: str) -> dict:
    screen = tmp_path / f"screen-{width}x{height}.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height}]}),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # both runs share one settings file
    result = subprocess.run(
        [sys.executable, "-c", RUN, *args], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_laptop_screen_first_run_then_clamped_after_a_big_screen(tmp_path: Path) -> None:
    first = _run_on_screen(tmp_path, 1366, 768)
    x, y, w, h = first["frame"]
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768
    for name, width in first["docks"].items():
        assert width <= max(DOCK_MAX, first["width"] * 0.3), name
    # Used on a 2560x1440 monitor with a huge window, then opened on the laptop again.
    _run_on_screen(tmp_path, 2560, 1440, "100,80,2400,1300")
    again = _run_on_screen(tmp_path, 1366, 768)
    x, y, w, h = again["frame"]
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768
    assert all(width < again["width"] * 0.4 for width in again["docks"].values())
