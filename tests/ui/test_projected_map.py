"""The map as a facilitator projects it: zoomed to fit on a 1366x768 or 1920x1080 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from cjm_desktop.document import edits
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.main_window import MainWindow

SCREENS = [(1366, 740), (1920, 1050)]


def map_on_screen(window: MainWindow) -> QRectF:
    """The map's scene rect in viewport pixels."""
    return window.view.viewportTransform().mapRect(window.scene.sceneRect())


def margins(window: MainWindow) -> tuple[float, float, float, float]:
    """Empty viewport left, right, above and below the map."""
    shown, port = map_on_screen(window), QRectF(window.view.viewport().rect())
    return (
        shown.left() - port.left(),
        port.right() + 1 - shown.right(),
        shown.top() - port.top(),
        port.bottom() + 1 - shown.bottom(),
    )


@pytest.mark.parametrize("size", SCREENS)
def test_a_fitted_map_sits_in_the_middle_of_the_view(make_window, size: tuple[int, int]) -> None:
    """Height-limited (the sample on a wide screen), the empty room is shared left and right, not all
    on the right; before, the map stuck to the left edge with ~40 % of the view empty beside it."""
    window = make_window(load_map(sample_map_path("el")), *size)
    window.view.zoom_to_fit()
    first = window.view.zoom()
    left, right, top, bottom = margins(window)
    assert max(left, right) > 50  # the case at hand: room to spare across
    assert abs(left - right) <= 3
    assert abs(top - bottom) <= 3
    assert min(top, bottom) <= 3  # and it fills the view's height: the first fit leaves no room for
    window.view.zoom_to_fit()  # scroll bars that then vanish, so fitting again changes nothing
    assert window.view.zoom() == pytest.approx(first)


def test_a_wide_map_fitted_sits_in_the_middle_top_to_bottom(make_window) -> None:
    """Width-limited (many stages, few lanes), the room is shared above and below."""
    window = make_window(load_map(sample_map_path("en")), 1366, 740)
    for _ in range(12):
        edits.add_stage(window.doc)
    window.view.zoom_to_fit()
    left, right, top, bottom = margins(window)
    assert max(top, bottom) > 50
    assert abs(top - bottom) <= 3
    assert abs(left - right) <= 3


def test_zoomed_further_out_than_fit_the_map_stays_in_the_middle(make_window) -> None:
    window = make_window(load_map(sample_map_path("en")), 1366, 740)
    window.view.zoom_to_fit()
    window.view.zoom_out()
    left, right, top, bottom = margins(window)
    assert abs(left - right) <= 3 and abs(top - bottom) <= 3
