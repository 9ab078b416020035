"""Presentation mode: the map full screen on the wall, driven from the keyboard, capturing the room.

A second view on a second scene (``PresentationScene``) that mirrors the same document: captures and
votes are ordinary undoable edits and show in the editor too. With two screens the map goes to the
projector and the controls stay on the laptop (a dock in the main window); with one they float as a
small overlay. Navigation only moves the view: nothing here touches the document except capture and
voting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, QEvent, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QTransform,
)
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QVBoxLayout, QWidget

from cjm_desktop.canvas.presentation_scene import LABEL_WIDTH, PresentationScene
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import edits
from cjm_desktop.i18n import tr
from cjm_desktop.model import Card
from cjm_desktop.ui.presentation_overlays import Overlays
from cjm_desktop.ui.workshop_controls import CaptureBar, WorkshopControls, capture_lanes
from cjm_desktop.ui.workshop_timer import PRESET_MINUTES, WorkshopTimer

if TYPE_CHECKING:
    from cjm_desktop.canvas.vote_tool import VotingSession
    from cjm_desktop.ui.main_window import MainWindow

ANIMATION_MS = 300
ZOOM_STEP = 1.25
# A focused stage fits the screen with all its visible lanes. Only a column so tall that card text
# (13 units) would shrink below 1/100 of the free screen height (a column of more than 1300 units,
# about 14 lanes) stays at that size and scrolls with Up/Down instead.
MIN_TEXT_SHARE = 1 / 100
CARD_TEXT_UNITS = 13
OVERLAY_GAP = 12  # pixels kept between an overlay and the map it must not cover
SURROUND = "#0b0f14"


def choose_screen(screens: list[QScreen], main_screen: QScreen | None, preferred: str = "") -> QScreen | None:
    """The screen to present on: the one asked for, else one the main window is not on, else the main one."""
    for screen in screens:
        if preferred and screen.name() == preferred:
            return screen
    others = [s for s in screens if s is not main_screen]
    if len(screens) > 1 and others:
        return others[0]
    return main_screen or (screens[0] if screens else None)


class PresentationWindow(QWidget):
    """The full-screen projected map and its keyboard navigation."""

    focus_changed = Signal(int)  # stage index in focus once the view arrived there; -1 = overview
    animation_finished = Signal()
    blank_changed = Signal(bool)
    captured = Signal(str)  # id of a card the room just added
    closed = Signal()

    def __init__(
        self,
        window: MainWindow,
        timer: WorkshopTimer,
        voting: VotingSession,
        screen: QScreen | None = None,
        controls_in_window: bool | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("PresentationWindow", "Presentation — %s") % window.doc.display_name())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(f"PresentationWindow {{ background: {SURROUND}; }}")
        self.main_window = window
        self.doc = window.doc
        self.scene = PresentationScene(self.doc, self)
        self.view = JourneyView(self.scene, self)
        self._setup_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.stage_index = -1  # -1 = overview
        self._scroll = 0.0  # how far down a tall focused stage the view has moved (scene units)
        self._zoom_factor = 1.0  # +/- on top of the fitted rect
        self._blanked = False
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._apply_rect)
        self._animation.finished.connect(self._arrived)

        self.timer = timer
        self.voting = voting
        self.overlays = Overlays(self, self.timer)
        self.overlays.help_timer.timeout.connect(self._refit)  # the help went away: the map takes the room
        self.caption, self.vote_status = self.overlays.caption, self.overlays.vote_status
        self.timer_label, self.help, self.blank = (
            self.overlays.timer_label,
            self.overlays.help,
            self.overlays.blank,
        )
        if self.timer is not None:
            self.timer.running_changed.connect(self._show_timer)

        screen = screen or choose_screen(QGuiApplication.screens(), window.screen())
        if controls_in_window is None:
            controls_in_window = screen is not None and screen is not window.screen()
        self.controls_in_window = controls_in_window
        self.controls = WorkshopControls(self, self.timer, self.voting)
        self.capture: CaptureBar = self.controls.capture
        self.dock: QDockWidget | None = None
        if controls_in_window:
            self.dock = QDockWidget(tr("PresentationWindow", "Workshop controls"), window)
            self.dock.setObjectName("workshop-controls")
            self.dock.setWidget(self.controls)
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        else:
            # One screen: only the capture box floats over the map, and only while capturing.
            self.controls.hide()
            self.capture.setParent(self)
            self.capture.hide()
        self.capture.committed.connect(self.commit_capture)
        self.capture.cancelled.connect(self.end_capture)
        if self.voting is not None:
            self.voting.attach(self.scene)
            self.voting.changed.connect(self._on_voting_changed)
        self.scene.layout_changed.connect(self._on_layout_changed)
        self.doc.reset.connect(self.close)  # another map loaded into the window: this one is gone
        self._window_alive = True
        window.destroyed.connect(self._main_window_gone)
        self.view.installEventFilter(self)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self._update_caption()

    def _show_timer(self, _running: bool) -> None:
        # Once a time box has started, the room keeps seeing it (paused or finished too).
        if self.timer_label is not None:
            before = self.free_area()
            self.timer_label.setVisible(True)
            self._place_overlays()
            self._make_room(before)

    def _on_voting_changed(self) -> None:
        before = self.free_area()
        self._update_caption()
        self._make_room(before)

    def _make_room(self, before: QRectF) -> None:
        """An overlay came or went: glide the map into the room now free, rather than leave it under
        the vote status or timer (they covered a focused stage's header)."""
        if self.isVisible() and self.free_area() != before:
            self._go()

    def _setup_view(self) -> None:
        view = self.view
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys come to the window, which navigates
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setDragMode(QGraphicsView.DragMode.NoDrag)
        view.setBackgroundBrush(Qt.BrushStyle.NoBrush)  # so the scene paints the projector theme
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._update_view_rect()

    # ---- showing ---------------------------------------------------------------------------------
    def present(self) -> None:
        """Go full screen on the chosen screen, showing the whole map."""
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        self.view.viewport().resize(self.size())
        self._apply_rect(self.target_rect())
        if not self.controls_in_window:
            # One screen, no controls in sight: say once how to drive it, then get out of the way.
            self.overlays.show_help_briefly()
            self._place_overlays()
            self._apply_rect(self.target_rect())  # the map sits above the help, not under it

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_overlays()
        if self._animation.state() != QVariantAnimation.State.Running:
            self._apply_rect(self.target_rect())

    def _place_overlays(self) -> None:
        self.overlays.place(None if self.controls_in_window else self.capture)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._animation.stop()
        if self._window_alive:
            if self.voting is not None:
                self.voting.detach(self.scene)
            if self.dock is not None:
                self.main_window.removeDockWidget(self.dock)
                self.dock.deleteLater()
        super().closeEvent(event)
        self.closed.emit()
        if self._window_alive:
            self.main_window.activateWindow()

    def _main_window_gone(self) -> None:
        # The editor window closed: its dock, vote and timer went with it, and so does the wall screen.
        self._window_alive = False
        self.close()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # After in-place editing the view may hold the focus: its keys still navigate.
        if watched is self.view and event.type() == QEvent.Type.KeyPress and self.handle_key(event):
            return True
        return super().eventFilter(watched, event)

    # ---- where the view goes ---------------------------------------------------------------------
    def stage_count(self) -> int:
        """How many stages the map has."""
        return len(self.scene.layout.stage_ids)

    def focus_rect(self, index: int) -> QRectF:
        """A stage's column with room on its left for the lane names (scene units)."""
        column = self.scene.focus_column_rect(index)
        return column.adjusted(-LABEL_WIDTH - 16, -12, 24, 12)

    def overview_rect(self) -> QRectF:
        """The whole projected map."""
        layout = self.scene.layout
        return QRectF(0, 0, layout.width, layout.height).adjusted(8, 8, -8, -8)

    def free_area(self) -> QRectF:
        """The part of the screen (viewport pixels) no overlay covers: where the map is fitted."""
        vw, vh = max(self.view.viewport().width(), 1), max(self.view.viewport().height(), 1)
        top, bottom = self.overlays.reserved(None if self.controls_in_window else self.capture)
        top = top + OVERLAY_GAP if top else 0
        bottom = bottom + OVERLAY_GAP if bottom else 0
        if vh - top - bottom < vh / 2:  # a tiny window: overlays may cover rather than squash the map
            top = bottom = 0
        return QRectF(0, top, vw, vh - top - bottom)

    def target_rect(self) -> QRectF:
        """The scene rect the view shows for the current focus, zoom and scroll."""
        vw, vh = max(self.view.viewport().width(), 1), max(self.view.viewport().height(), 1)
        free = self.free_area()
        if 0 <= self.stage_index < self.stage_count():
            rect = self.focus_rect(self.stage_index)
            fit = min(free.width() / rect.width(), free.height() / rect.height())
            legible = free.height() * MIN_TEXT_SHARE / CARD_TEXT_UNITS
            zoom = min(free.width() / rect.width(), max(fit, legible))
        else:
            rect = self.overview_rect()
            zoom = min(free.width() / rect.width(), free.height() / rect.height())
        zoom *= self._zoom_factor
        w, h = vw / zoom, vh / zoom
        shown = free.height() / zoom  # scene height inside the free area
        if shown >= rect.height() or self.stage_index < 0:
            centre_y = rect.center().y()
        else:
            self._scroll = max(0.0, min(self._scroll, rect.height() - shown))
            centre_y = rect.top() + self._scroll + shown / 2
        # Put the content's centre at the free area's centre, not the screen's.
        left = rect.center().x() - (free.center().x()) / zoom
        top = centre_y - (free.center().y()) / zoom
        return QRectF(left, top, w, h)

    def visible_rect(self) -> QRectF:
        """The scene rect the view shows now."""
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def _apply_rect(self, rect: QRectF) -> None:
        if not isinstance(rect, QRectF) or rect.isEmpty():
            return
        vw, vh = self.view.viewport().width(), self.view.viewport().height()
        zoom = min(vw / rect.width(), vh / rect.height())
        self.view.setTransform(QTransform.fromScale(zoom, zoom))
        self.view.centerOn(rect.center())

    def _go(self) -> None:
        """Animate the view to the current target."""
        self._animation.stop()
        self.scene.set_focus_stage(
            self.scene.layout.stage_ids[self.stage_index] if self.stage_index >= 0 else None
        )
        self._update_caption()  # first: the caption's place decides the room left for the map
        target = self.target_rect()
        headers = self.scene.lane_header_column_rect()
        self.scene.lane_labels = not target.contains(QRectF(headers.left() + 40, target.top(), 1, 1))
        self._animation.setStartValue(self.visible_rect())
        self._animation.setEndValue(target)
        self._animation.start()

    def _refit(self) -> None:
        """Fit the current focus to the room the overlays leave, without a navigation signal."""
        # A running glide ends on a fresh target anyway (``_arrived``).
        if self._animation.state() != QVariantAnimation.State.Running:
            self._apply_rect(self.target_rect())

    def toggle_help(self) -> None:
        """F1: show or hide the key help; the map makes room for it rather than hide under it."""
        self.help.setVisible(not self.help.isVisible())
        self._place_overlays()
        self._go()

    def _arrived(self) -> None:
        self._apply_rect(self.target_rect())
        self.animation_finished.emit()
        self.focus_changed.emit(self.stage_index)

    def _update_view_rect(self) -> None:
        # Generous room around the map, so centring a zoomed stage near an edge is never clamped.
        rect = self.scene.sceneRect()
        self.view.setSceneRect(
            rect.adjusted(
                -rect.width() - 2000, -rect.height() - 2000, rect.width() + 2000, rect.height() + 2000
            )
        )

    def _on_layout_changed(self) -> None:
        self._update_view_rect()
        if self.stage_index >= self.stage_count():
            self.stage_index = self.stage_count() - 1
        self._update_caption()

    # ---- navigation ------------------------------------------------------------------------------
    def focus_stage(self, index: int) -> None:
        """Zoom smoothly to one stage (clamped to the map)."""
        if not self.stage_count():
            return
        self.stage_index = max(0, min(index, self.stage_count() - 1))
        self._scroll, self._zoom_factor = 0.0, 1.0
        self._go()

    def next_stage(self) -> None:
        """The stage to the right (from the overview: the first)."""
        self.focus_stage(self.stage_index + 1)

    def previous_stage(self) -> None:
        """The stage to the left (from the first stage: the overview)."""
        if self.stage_index <= 0:
            self.overview()
        else:
            self.focus_stage(self.stage_index - 1)

    def overview(self) -> None:
        """The whole map."""
        self.stage_index = -1
        self._scroll, self._zoom_factor = 0.0, 1.0
        self._go()

    def scroll_stage(self, direction: int) -> None:
        """Move down (1) or up (-1) a stage too tall for the screen."""
        if self.stage_index < 0:
            return
        self._scroll += direction * self.target_rect().height() * 0.6
        self._go()

    def zoom_by(self, factor: float) -> None:
        """Closer (> 1) or further (< 1) on the current focus."""
        self._zoom_factor = max(0.25, min(self._zoom_factor * factor, 6.0))
        self._go()

    def toggle_hide_empty(self) -> None:
        """Hide or show lanes that are empty (the projected map only)."""
        self.scene.set_hide_empty(not self.scene.hide_empty)
        self._go()

    def cycle_lane(self, step: int = 1) -> None:
        """Show the next lane alone; after the last, every lane again."""
        journey = self.doc.journey
        lanes = [
            lane.id
            for lane in journey.lanes
            if not (self.scene.hide_empty and lane.id in self._empty_lanes())
        ]
        if not lanes:
            return
        order = [None, *lanes]
        current = order.index(self.scene.focus_lane_id) if self.scene.focus_lane_id in order else 0
        self.scene.set_focus_lane(order[(current + step) % len(order)])
        self._scroll = 0.0
        self._go()

    def _empty_lanes(self) -> set[str]:
        from cjm_desktop.canvas.presentation_scene import lane_is_empty

        journey = self.doc.journey
        return {lane.id for lane in journey.lanes if lane_is_empty(journey, lane)}

    def set_blank(self, on: bool) -> None:
        """Black the wall screen out (B), or bring the map back."""
        self._blanked = on
        self.blank.setGeometry(self.rect())
        self.blank.setVisible(on)
        self.blank.raise_()
        self.blank_changed.emit(on)

    @property
    def blanked(self) -> bool:
        """Is the screen blacked out?"""
        return self._blanked

    # ---- capture -----------------------------------------------------------------------------------
    def begin_capture(self, lane_number: int | None = None) -> bool:
        """Open the capture box for a lane (1-based number among card lanes); focus a stage if none is."""
        lanes = capture_lanes(self.doc.journey)
        if not lanes or not self.stage_count():
            return False
        if lane_number is not None:
            if not 1 <= lane_number <= len(lanes):
                return False
            self.capture.set_lane(lanes[lane_number - 1].id)
        if self.stage_index < 0:
            self.focus_stage(0)
        self.capture.set_stage_name(
            self.doc.journey.stage(self.scene.layout.stage_ids[self.stage_index]).name
        )
        self.help.hide()  # the capture box sits where the key help does
        self.capture.show()
        self._place_overlays()
        if not self.controls_in_window:
            self._go()  # the map makes room for the box over it
        if self.controls_in_window:
            self.main_window.activateWindow()
        self.capture.edit.setFocus()
        return True

    def commit_capture(self, lane_id: str, text: str) -> Card | None:
        """Add what the room said as a card in the focused stage (one undo step), then close the box.

        Closing gives the keys back at once: the facilitator's next T or O acts instead of typing
        into the box; Enter opens it again on the same lane.
        """
        text = text.strip()
        if not text or self.stage_index < 0 or lane_id not in {lane.id for lane in self.doc.journey.lanes}:
            return None
        stage_id = self.scene.layout.stage_ids[self.stage_index]
        card = edits.add_card(self.doc, lane_id, stage_id, text)
        self._close_capture()
        self.scene.select_ids([card.id])  # the outline says "there it is" to the room
        self._reveal(card.id)
        self.captured.emit(card.id)
        return card

    def end_capture(self) -> None:
        """Close the capture box and give the keys back to navigation."""
        self._close_capture()
        self.scene.clearSelection()

    def _close_capture(self) -> None:
        if not self.controls_in_window and not self.capture.isHidden():
            self.capture.hide()
            self._place_overlays()
            self._go()  # the room the box took goes back to the map
        self.activateWindow()
        self.setFocus()

    def _reveal(self, card_id: str) -> None:
        """Scroll a tall focused stage so a new card is in sight (above any overlay)."""
        rect = self.scene.layout.cards.get(card_id)
        if rect is None or self.stage_index < 0:
            return
        target = self.target_rect()
        zoom = self.view.viewport().height() / target.height()
        free = self.free_area()
        top, bottom = target.top() + free.top() / zoom, target.top() + free.bottom() / zoom
        card = QRectF(*rect)
        if top <= card.top() and card.bottom() <= bottom:
            return
        self._scroll += card.bottom() + 24 - bottom if card.bottom() > bottom else card.top() - 24 - top
        self._go()

    # ---- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Navigation and workshop keys; True when the key was used (the controls forward theirs here)."""
        if self._blanked:
            self.set_blank(False)  # any key brings the map back
            return True
        if event.matches(QKeySequence.StandardKey.Undo):
            self.doc.undo_stack.undo()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            self.doc.undo_stack.redo()
            return True
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            return False
        key = Qt.Key(event.key())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            return self.begin_capture(key - Qt.Key.Key_0)
        actions = {
            Qt.Key.Key_Right: self.next_stage,
            Qt.Key.Key_PageDown: self.next_stage,
            Qt.Key.Key_Space: self.next_stage,
            Qt.Key.Key_Left: self.previous_stage,
            Qt.Key.Key_PageUp: self.previous_stage,
            Qt.Key.Key_Home: lambda: self.focus_stage(0),
            Qt.Key.Key_End: lambda: self.focus_stage(self.stage_count() - 1),
            Qt.Key.Key_Down: lambda: self.scroll_stage(1),
            Qt.Key.Key_Up: lambda: self.scroll_stage(-1),
            Qt.Key.Key_O: self.overview,
            Qt.Key.Key_Plus: lambda: self.zoom_by(ZOOM_STEP),
            Qt.Key.Key_Equal: lambda: self.zoom_by(ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.zoom_by(1 / ZOOM_STEP),
            Qt.Key.Key_H: self.toggle_hide_empty,
            Qt.Key.Key_L: lambda: self.cycle_lane(-1 if shift else 1),
            Qt.Key.Key_B: lambda: self.set_blank(True),
            Qt.Key.Key_Period: lambda: self.set_blank(True),  # what presenter remotes send for "black"
            Qt.Key.Key_Return: lambda: self.begin_capture(),
            Qt.Key.Key_Enter: lambda: self.begin_capture(),
            Qt.Key.Key_Escape: self._escape,
            Qt.Key.Key_F1: self.toggle_help,
            Qt.Key.Key_Question: self.toggle_help,
        }
        if self.timer is not None:
            actions[Qt.Key.Key_T] = self.next_timer_preset if shift else self.timer.toggle
        if self.voting is not None:
            actions[Qt.Key.Key_V] = lambda: self.voting.set_active(not self.voting.active)
            actions[Qt.Key.Key_N] = self.voting.next_participant
        action = actions.get(key)
        if action is None:
            return False
        if key not in (Qt.Key.Key_F1, Qt.Key.Key_Question):
            self.help.hide()
        action()
        return True

    def next_timer_preset(self) -> None:
        """Shift+T: the next time box (1, 3, 5, 10 minutes), shown in the corner, not yet running."""
        minutes = [m * 60_000 for m in PRESET_MINUTES]
        later = [ms for ms in minutes if ms > self.timer.duration_ms]
        self.timer.set_duration(later[0] if later else minutes[0])
        self._show_timer(False)

    def _escape(self) -> None:
        """Esc steps back: a focused lane or stage returns to the overview; the overview leaves."""
        if self.scene.focus_lane_id is not None:
            self.scene.set_focus_lane(None)
            self._go()
        elif self.stage_index >= 0 or self._zoom_factor != 1.0:
            self.overview()
        else:
            self.close()

    def _update_caption(self) -> None:
        journey = self.doc.journey
        layout = self.scene.layout
        if 0 <= self.stage_index < len(layout.stage_ids):
            stage = journey.stage(layout.stage_ids[self.stage_index])
            parts = [f"{self.stage_index + 1} / {len(layout.stage_ids)}   {stage.name}"]
        else:
            parts = [tr("PresentationWindow", "Overview")]
        if self.scene.focus_lane_id in {lane.id for lane in journey.lanes}:
            parts.append(journey.lane(self.scene.focus_lane_id).title)
        self.caption.setText("   ·   ".join(parts))
        # The overview carries the map's own title; a label there would only cover it.
        self.caption.setVisible(len(parts) > 1 or self.stage_index >= 0)
        voting = self.voting is not None and self.voting.active
        self.vote_status.setText(self.voting.status_text() if voting else "")
        self.vote_status.setVisible(voting)
        self._place_overlays()
        self.controls.set_status(parts[0])
