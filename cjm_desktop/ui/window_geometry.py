"""Window sizes that fit the screen: first-run size, remembered geometry clamped, sensible docks."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
# Room for the window manager's frame and title bar, which Qt only knows once the window is shown.
FRAME_ALLOWANCE = QMargins(8, 36, 8, 8)
FIRST_RUN_FRACTION = 0.9  # of the available screen, so the desktop still shows around the editor
FIRST_RUN_MAX = QSize(1600, 1000)  # larger is tiring on a 4K screen: the map zooms instead
DOCK_FRACTION = 0.24  # right-hand docks take about a quarter of the window...
# ...within these widths (px), never half of it. At least 320: the persona and metrics docks, tabbed
# with the inspector, need that much, and three tab titles fit it in Finnish and Hungarian.
DOCK_MIN, DOCK_MAX = 320, 420


def client_area(available: QRect) -> QRect:
    """The part of the available screen area a window's contents can use once framed."""
    return available.marginsRemoved(FRAME_ALLOWANCE)


def first_run_geometry(available: QRect) -> QRect:
    """A centred window of most of the screen, its frame inside the available area."""
    area = client_area(available)
    width = min(area.width(), max(round(area.width() * FIRST_RUN_FRACTION), 1024), FIRST_RUN_MAX.width())
    height = min(area.height(), max(round(area.height() * FIRST_RUN_FRACTION), 640), FIRST_RUN_MAX.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    return rect


def clamp_to_screen(rect: QRect, available: QRect) -> QRect:
    """RECT shrunk to the screen's client area if larger, then moved inside it."""
    area = client_area(available)
    result = QRect(rect.topLeft(), rect.size().boundedTo(area.size()))
    result.moveLeft(min(max(result.left(), area.left()), area.right() - result.width() + 1))
    result.moveTop(min(max(result.top(), area.top()), area.bottom() - result.height() + 1))
    return result


def dock_width(window_width: int) -> int:
    """The width right-hand docks open at in a window this wide."""
    return max(DOCK_MIN, min(DOCK_MAX, round(window_width * DOCK_FRACTION)))


def _available(window: QMainWindow, rect: QRect | None = None) -> QRect:
    """The available area of the screen showing RECT's centre (else the window's, else primary)."""
    screen = QGuiApplication.screenAt(rect.center()) if rect is not None else None
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def window_docks(window: QMainWindow) -> list[QDockWidget]:
    """The window's docks: its own children, so PySide need not wrap every widget and action below it."""
    return window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


def size_docks(window: QMainWindow, width: int | None = None) -> None:
    """Open the right-hand docks at a quarter of the window, not at their widest child's whim."""
    docks = [
        d
        for d in window_docks(window)
        if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea and not d.isFloating()
    ]
    if docks:
        target = dock_width(width or window.width())
        window.resizeDocks(docks, [target] * len(docks), Qt.Orientation.Horizontal)


def restore_window(window: QMainWindow) -> None:
    """Remembered geometry and dock layout clamped to today's screen, else a first-run size."""
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is not None and window.restoreGeometry(geometry):
        state = settings.value(STATE_KEY)
        if state is not None:
            window.restoreState(state)
        # The screen may be smaller than when the geometry was saved (laptop undocked, projector).
        window.setGeometry(clamp_to_screen(window.geometry(), _available(window, window.geometry())))
        if window.isMaximized() or window.isFullScreen():
            return
        docks_wide = any(d.isVisible() and d.width() > window.width() * 0.4 for d in window_docks(window))
        if docks_wide:
            size_docks(window)
        return
    rect = first_run_geometry(_available(window))
    window.setGeometry(rect)
    size_docks(window, rect.width())


def save_window(window: QMainWindow) -> None:
    """Remember the window's geometry and dock layout for the next start."""
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
