"""What the view lets the user scroll over: the map and its margin, never empty room beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import edits
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Journey
from cjm_desktop.paths import sample_map_path
from tests.ui.test_projected_map import map_on_screen, margins


def reachable(view: JourneyView) -> QRectF:
    """The scene area the scroll bars can bring into view, from both ends of their ranges."""
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    seen = QRectF()
    for x, y in ((h.minimum(), v.minimum()), (h.maximum(), v.maximum())):
        h.setValue(x)
        v.setValue(y)
        seen = seen.united(view.mapToScene(view.viewport().rect()).boundingRect())
    return seen


def scrolls(view: JourneyView) -> tuple[bool, bool]:
    """Whether each scroll bar has anywhere to go (across, down)."""
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    return h.maximum() > h.minimum(), v.maximum() > v.minimum()


def assert_only_the_map_scrolls(view: JourneyView) -> None:
    """Along an axis that scrolls, either end shows no more than a pixel beyond the map's margin."""
    across, down = scrolls(view)
    seen, slack = reachable(view), 1.5 / view.zoom()
    rect = view.journey_scene.sceneRect()
    if across:
        assert rect.left() - slack <= seen.left() and seen.right() <= rect.right() + slack
    if down:
        assert rect.top() - slack <= seen.top() and seen.bottom() <= rect.bottom() + slack


@pytest.mark.parametrize("size", [(1366, 740), (1920, 1050)])
def test_zoomed_in_after_fit_only_the_map_scrolls(make_window, size: tuple[int, int]) -> None:
    """After Ctrl+0, the viewport-sized frame that centres the fitted map stayed the scrollable area:
    zoomed in, the user could scroll a screen's width of empty room beside the map."""
    window = make_window(load_map(sample_map_path("fi")), *size)
    view = window.view
    view.zoom_to_fit()
    assert scrolls(view) == (False, False)
    for _ in range(5):
        view.zoom_in()
        assert_only_the_map_scrolls(view)
    assert scrolls(view) == (True, True)


def test_an_axis_the_zoomed_map_still_fits_stays_centred_without_a_bar(make_window) -> None:
    """Height-limited at fit, one step in the map is taller than the view but still narrower: it
    scrolls down only, and sits in the middle across."""
    window = make_window(load_map(sample_map_path("el")), 1920, 1050)
    view = window.view
    view.zoom_to_fit()
    left, right, _top, _bottom = margins(window)
    assert left > 100  # the case at hand: room to spare across at fit
    view.zoom_in()
    assert scrolls(view) == (False, True)
    left, right, _top, _bottom = margins(window)
    assert left > 0 and abs(left - right) <= 3
    assert_only_the_map_scrolls(view)


def test_zooming_back_out_and_fitting_again_centre_the_map(make_window) -> None:
    window = make_window(load_map(sample_map_path("fi")), 1366, 740)
    view = window.view
    view.zoom_to_fit()
    fitted = margins(window)
    for _ in range(3):
        view.zoom_in()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())  # off at one end
    for _ in range(4):
        view.zoom_out()
    assert scrolls(view) == (False, False)
    left, right, top, bottom = margins(window)
    assert abs(left - right) <= 3 and abs(top - bottom) <= 3
    view.zoom_to_fit()
    assert scrolls(view) == (False, False)
    assert margins(window) == pytest.approx(fitted, abs=1)


def test_a_map_grown_past_the_view_scrolls_over_itself_only(make_window) -> None:
    """A new map, fitted at 100 %, grows in place (the room on its left stays on screen); once wider
    than the view and scrolled along, the scroll bar spans the map and its margin, not that room."""
    window = make_window(Journey(title="New"), 1366, 740)
    edits.add_stage(window.doc)
    edits.add_stage(window.doc)
    window.show_fitted()
    view = window.view
    assert view.zoom() == pytest.approx(1.0)
    corner = map_on_screen(window).topLeft()
    while view.journey_scene.sceneRect().width() * view.zoom() < view.viewport().width() + 200:
        edits.add_stage(window.doc)
    assert map_on_screen(window).topLeft() == corner  # grown in place
    assert scrolls(view)[0]
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())  # the user scrolls to the new stages
    assert_only_the_map_scrolls(view)
    view.zoom_to_fit()  # and fitted, it is in the middle with nothing to scroll
    assert scrolls(view) == (False, False)
    left, right, top, bottom = margins(window)
    assert abs(left - right) <= 3 and abs(top - bottom) <= 3


def test_zooming_in_keeps_the_middle_of_the_view_in_the_middle(make_window) -> None:
    """The area is recomputed after each zoom step; inside the map it takes nothing from the anchor."""
    window = make_window(load_map(sample_map_path("fi")), 1366, 740)
    view = window.view
    view.zoom_to_fit()
    for _ in range(5):
        view.zoom_in()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 40)
    middle = view.mapToScene(view.viewport().rect().center())
    view.zoom_in()
    assert (view.mapToScene(view.viewport().rect().center()) - middle).manhattanLength() < 2 / view.zoom()


def test_room_shown_when_the_window_shrinks_goes_once_scrolled_away(qtbot, make_window) -> None:
    """Made smaller after a fit and a zoom, the map stays where it was (the room beside it shown);
    scrolled to the map's far end and back, nothing beyond its margin scrolls."""
    window = make_window(load_map(sample_map_path("fi")), 1366, 740)
    view = window.view
    view.zoom_to_fit()
    for _ in range(2):
        view.zoom_in()
    width = view.viewport().width()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: view.viewport().width() < width - 200)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    bar.setValue(bar.minimum())
    assert scrolls(view)[0]
    assert_only_the_map_scrolls(view)


@pytest.mark.parametrize("size", [(1900, 1040), (1100, 700)])
def test_a_fitted_map_stays_in_the_middle_when_the_window_is_resized(
    qtbot, make_window, size: tuple[int, int]
) -> None:
    """Maximised after a fit (or a dock closed), the map is centred in the new room, as before."""
    window = make_window(load_map(sample_map_path("fi")), 1366, 740)
    view = window.view
    view.zoom_to_fit()
    width = view.viewport().width()
    window.resize(*size)
    qtbot.waitUntil(lambda: view.viewport().width() != width)
    left, right, top, bottom = margins(window)
    if left > 3 or right > 3:  # room across: shared
        assert abs(left - right) <= 3
    if top > 3 or bottom > 3:
        assert abs(top - bottom) <= 3
    assert scrolls(view) == (False, False) or min(left, right, top, bottom) <= 3
