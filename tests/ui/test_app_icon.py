"""The application icon: generated sizes match their names and the source, and the app uses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from cjm_desktop.paths import icons_dir
from cjm_desktop.ui.app_icon import app_icon

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_svg_source_is_valid(qapp) -> None:
    assert QSvgRenderer(str(icons_dir() / "cjm-desktop.svg")).isValid()


@pytest.mark.parametrize("size", SIZES)
def test_png_has_its_size_and_is_drawn(qapp, size: int) -> None:
    image = QImage(str(icons_dir() / f"cjm-desktop-{size}.png"))
    assert image.size() == QSize(size, size)
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255  # the rounded square covers the middle
    assert image.pixelColor(0, 0).alpha() == 0  # and leaves the corners transparent


def test_windows_and_containers_exist(qapp) -> None:
    assert (icons_dir() / "cjm-desktop.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (icons_dir() / "cjm-desktop.icns").read_bytes()[:4] == b"icns"
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert set(SIZES) <= sizes
