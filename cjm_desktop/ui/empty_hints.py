"""Empty canvas areas say what to do there, and a double-click there does it.

A map without stages or lanes has no cells, so double-click and Ctrl+Return had nothing to act
on. A hint over the canvas names the next step; a double-click on the empty canvas adds the
missing stage or lane (one undoable command each, through the same actions as the Insert menu).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from cjm_desktop.i18n import tr
from cjm_desktop.model import LaneKind

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

HINT_TEXT = QColor("#ffffff")
HINT_BACKGROUND = QColor(30, 41, 59, 220)  # slate, nearly opaque: readable over any map or theme


def hint_text(stages: int, lanes: int, cards: int) -> str:
    """What the canvas should tell the user for a map of this shape ("" when nothing is missing)."""
    if not stages and not lanes:
        return tr(
            "EmptyHints",
            "This map is empty. Double-click here to add a stage, or use Insert ▸ New stage and Insert ▸ New lane.",
        )
    if not stages:
        return tr("EmptyHints", "Add a stage: double-click here, or use Insert ▸ New stage.")
    if not lanes:
        return tr("EmptyHints", "Add a lane: double-click here, or pick a kind under Insert ▸ New lane.")
    if not cards:
        return tr(
            "EmptyHints", "Double-click an empty cell (or select it and press Ctrl+Return) to add a card."
        )
    return ""


def hint_top(height: int, hint: int, span: tuple[int, int] | None, gap: int = 16) -> int:
    """Where a hint HINT pixels tall goes on a canvas HEIGHT pixels tall, clear of the map's SPAN.

    Below the map when there is room (the eye goes on from the map to the hint), else above it, else
    at the bottom; a third of the way down on a canvas with nothing on it.
    """
    if span is None or span[1] < 0 or span[0] > height:
        return max(gap, (height - hint) // 3)
    top, bottom = span
    if bottom + gap + hint <= height - gap:
        return bottom + gap
    if top - gap - hint >= gap:
        return top - gap - hint
    return max(gap, height - hint - gap)


class EmptyHints(QObject):
    """A hint label over the canvas, and double-clicks on an empty map turned into the next step."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        view = window.view
        viewport = view.viewport()
        # A child of the view, not of its viewport: Qt scrolls the viewport's children with the map,
        # which carried the hint off screen as a growing map scrolled to its newest stage.
        self.label = QLabel(view)
        self.label.setObjectName("empty-hint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Clicks go through to the canvas: the label only speaks.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        bg = HINT_BACKGROUND
        self.label.setStyleSheet(
            f"QLabel#empty-hint {{ background: rgba({bg.red()}, {bg.green()}, {bg.blue()}, {bg.alpha()});"
            f" color: {HINT_TEXT.name()}; border-radius: 8px; padding: 10px 16px; font-size: 14px;"
            # A light rim sets the slate box off the dark map's paper (on white it is invisible).
            " border: 1px solid rgba(255, 255, 255, 70); }"
        )
        viewport.installEventFilter(self)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._follow)
        view.zoom_changed.connect(self._follow)
        doc = window.doc
        for signal in (doc.reset, doc.collection_changed):
            signal.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        """Show the hint the map's current shape calls for, over the canvas and clear of the map."""
        j = self.window.doc.journey
        text = hint_text(len(j.stages), len(j.lanes), len(j.cards))
        self.label.setText(text)
        self.label.setVisible(bool(text))
        if text:
            self._place()

    def _follow(self, *_args: object) -> None:
        """The map moved in the view (scrolled, zoomed): keep the hint clear of it."""
        if self.label.isVisible():
            self._place()

    def _place(self) -> None:
        view = self.window.view
        viewport = view.viewport()
        width = min(560, max(200, viewport.width() - 40))
        self.label.setFixedWidth(width)
        self.label.adjustSize()
        self.label.raise_()
        area = viewport.geometry()  # where the canvas shows, in the view's (the label's parent's) coordinates
        top = hint_top(area.height(), self.label.height(), self._map_span())
        self.label.move(area.x() + (area.width() - width) // 2, area.y() + top)

    def _map_span(self) -> tuple[int, int] | None:
        """The map's top and bottom on the canvas (viewport pixels), or None when it has no items."""
        view = self.window.view
        scene = view.scene()
        if scene is None or scene.itemsBoundingRect().isEmpty():
            return None
        shown = view.mapFromScene(scene.itemsBoundingRect()).boundingRect()
        return shown.top(), shown.bottom()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The viewport (and the label in it) can go before this filter when the window closes.
        if not shiboken6.isValid(self.label):
            return False
        if event.type() == QEvent.Type.Resize and self.label.isVisible():
            self._place()
        elif event.type() == QEvent.Type.MouseButtonDblClick and self._add_missing():
            return True
        return False

    def _add_missing(self) -> bool:
        """On a map without stages or lanes, add the one that is missing; False when none is."""
        journey = self.window.doc.journey
        if not journey.stages:
            self.window.edit.add_stage_after()
            return True
        if not journey.lanes:
            self.window.edit.add_lane(LaneKind.ACTIONS)
            return True
        return False
