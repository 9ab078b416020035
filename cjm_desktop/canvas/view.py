"""JourneyView: the zoomable, pannable window onto the map, and host of the in-place editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from cjm_desktop.canvas import (
    emotion_keys,
    far_labels,
    far_persona_labels,
    header_text,
    keyboard_nav,
    view_area,
)
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import CARD_FONT_PX, font, painting_with
from cjm_desktop.document import edits
from cjm_desktop.i18n import tr

if TYPE_CHECKING:  # the in-place editor loads with the first edit, not at start
    from cjm_desktop.canvas.inline_editor import InlineEditor

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.2


class JourneyView(QGraphicsView):
    """Ctrl+wheel zooms at the cursor, wheel scrolls, middle button or Space+drag pans."""

    zoom_changed = Signal(float)

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # A viewport made here instead of by Qt: the first Qt-made plain QWidget handed to Python
        # makes PySide load the Python types of every QWidget subclass to find its class (~10-20 ms
        # of the editor's start, at the first viewport() call). The same widget Qt would make.
        self.setViewport(QWidget())
        self.journey_scene = scene
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        # A map smaller than the view (zoom to fit, or further out) sits in its middle, as in canvas
        # editors: fitted on a projector it is framed by even margins, not pushed against one edge.
        # Larger than the view it scrolls as before, and zoom keeps the point under the cursor.
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # No background brush: with one set, Qt skips JourneyScene.drawBackground (lane bands, tints).
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self._pan_from: QPointF | None = None
        self._space_down = False
        self._framed = False  # the first frame painted (see paintEvent)
        self._frame_centre: QPointF | None = None  # where the fitted map's middle was (see frame_map)
        self._fitting = False  # _fit_area is laying out the scroll bars it changed
        scene.sceneRectChanged.connect(self._follow_map)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._scrolled)
            bar.sliderReleased.connect(self._scrolled)
        scene.doc.reset.connect(self._unframe)
        self.editor: InlineEditor | None = None
        scene.edit_requested.connect(self.start_edit)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        # The scene's items paint (and re-cache) with the scene's palette: dark in the dark theme.
        with painting_with(self.journey_scene.map_palette):
            super().paintEvent(event)
        if not self._framed:  # the first frame is painted: the items' screen pixmaps may follow
            self._framed = True
            QTimer.singleShot(0, self.journey_scene, self.journey_scene.start_caching)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt's name
        # Far out (zoom to fit) the headers' and personas' names would be specks: readable labels go
        # over them, under the scene's own foreground (a presented stage's spotlight dims them too).
        scene = self.journey_scene
        far_labels.paint(painter, scene.stage_items.values(), scene.lane_items.values(), QRectF(rect))
        far_persona_labels.paint(painter, getattr(scene, "_persona_strip", None), QRectF(rect))
        super().drawForeground(painter, rect)

    # ---- zoom ----------------------------------------------------------------------------------
    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to a factor, keeping ``anchor`` (a viewport point) still when given."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        old_anchor = self.transformationAnchor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        scale = factor / self.zoom()
        self._fitting = True  # Qt moves the scroll bars as it scales: not a scroll of the user's
        try:
            self.scale(scale, scale)
        finally:
            self._fitting = False
        self.setTransformationAnchor(old_anchor)
        self._fit_area(keep_visible=False)  # closer in, only the map scrolls; further out, it is centred
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further."""
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Back to 100 %."""
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        """Show the whole map, in the middle of the view."""
        # The scene rect already holds the map's margins; fitting it (not the items) leaves no
        # sliver of overflow, so no scroll bars appear at zoom-to-fit.
        self._unframe()
        self.fit_rect(self.journey_scene.sceneRect())
        self.frame_map()

    def frame_map(self) -> None:
        """Centre the view's area on the map as it is now, and keep that centre as the map grows.

        Centred by the alignment alone, a small map (every new one) would move half a stage left
        with each added stage; held around this centre it grows to the right and down, staying put.
        """
        rect = self.journey_scene.sceneRect()
        if rect.isEmpty():
            return
        self._frame_centre = rect.center()
        # The area now centres the map itself, exactly the viewport's size where the map fits: placed
        # at the top left it is exact, where Qt's centring counted the width of a scroll bar shown
        # along the other axis and left the map ~7 px right of the middle.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fit_area(keep_visible=False)

    def _follow_map(self, _rect: QRectF) -> None:
        """The scene's rect changed (the map grew or shrank): the view's area follows it."""
        self._fit_area()

    def _scrolled(self) -> None:
        """Scrolled (not mid-drag: a range changing under the thumb would make it jump)."""
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        if not self._fitting and not any(bar.isSliderDown() for bar in bars):
            self._fit_area()  # the empty room scrolled away from is no longer scrollable

    def _fit_area(self, keep_visible: bool = True, resized: bool = False) -> None:
        """Make the view's scrollable area the map's (see view_area) at this zoom and viewport size.

        A zoom or a fit (``keep_visible`` False) recomputes it from the map alone; a resized viewport
        centres the map along an axis it fits; anything else keeps what is on screen in it, so the
        map never moves by itself.
        """
        centre, zoom = self._frame_centre, self.zoom()
        if centre is None or self._fitting or self.scene() is None:  # no scene: closing, it went first
            return
        rect = self.journey_scene.sceneRect()
        if rect.isEmpty() or zoom <= 0:
            return
        self._fitting = True
        try:
            for _ in range(3):  # a scroll bar that comes or goes changes the room once or twice
                # Half a pixel short of the viewport: exactly its size, rounding could make the area a
                # fraction larger, and scroll bars would appear at fit and shrink the view under the
                # map. (A whole pixel short would shift the map by one as it outgrows the viewport.)
                port = self.viewport().size()
                room = QSizeF((port.width() - 0.5) / zoom, (port.height() - 0.5) / zoom)
                if resized:
                    area = view_area.resized_area(rect, centre, self.mapToScene(0, 0), room, zoom)
                elif keep_visible:
                    area = view_area.kept_area(rect, self.mapToScene(0, 0), room)
                else:
                    area = view_area.scroll_area(rect, centre, room, zoom)
                if area == self.sceneRect():
                    break
                self.setSceneRect(area)
                # Show or hide the scroll bars now (Qt queues it) rather than at the next turn of the
                # event loop: the next step (a zoom's anchor, a test's reading) sees the final viewport.
                QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
                QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)
                if self.viewport().size() == port:
                    break
        finally:
            self._fitting = False

    def _unframe(self) -> None:
        """The view's area follows the scene's rect alone again (another map came in)."""
        self._frame_centre = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSceneRect(QRectF())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # The window resized or a dock shown or closed (a scroll bar that _fit_area shows or hides
        # resizes the viewport inside it, and keeps what is shown): the room the area fills changed.
        super().resizeEvent(event)
        self._fit_area(resized=True)

    def fit_rect(self, rect: QRectF) -> None:
        """Zoom and scroll so ``rect`` (scene units) fills the view."""
        if rect.isEmpty():
            return
        port = self.viewport().size()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        # Fitted, the map needs no scroll bars: once they go, fit again into the room they leave, so
        # the first Ctrl+0 from a scrolled map fits as tightly as a second one.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)
        if self.viewport().size() != port:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self.set_zoom(self.zoom())
        self._fit_area(keep_visible=False)
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # ---- pan -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # Delete on a focused emotion point clears that score rather than firing Edit > Delete.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and emotion_keys.focused_row(self.journey_scene) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() == Qt.Key.Key_Escape and self.journey_scene.selectedItems():
            self.journey_scene.clearSelection()
            return
        if keyboard_nav.handle_key(self.journey_scene, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # ---- in-place editing ------------------------------------------------------------------------
    def start_edit(self, kind: str, item_id: str) -> None:
        """Open the in-place editor over a card, stage header or lane header."""
        if self.editor is not None:
            self.editor.commit()
        scene = self.journey_scene
        item = scene.item_for(item_id)
        if item is None:
            return
        self.ensureVisible(item, 40, 40)
        journey = scene.doc.journey
        if kind == "card":
            text, field, collection = journey.card(item_id).text, "text", "cards"
        elif kind == "stage":
            text, field, collection = journey.stage(item_id).name, "name", "stages"
        else:
            text, field, collection = journey.lane(item_id).title, "title", "lanes"
        from cjm_desktop.canvas.inline_editor import InlineEditor

        editor = InlineEditor(
            self.viewport(), text, single_line=kind != "card", map_palette=self.journey_scene.map_palette
        )
        rect = self.mapFromScene(item.mapRectToScene(item._rect)).boundingRect()
        min_h = 64 if kind == "card" else 36
        editor.setGeometry(
            rect.x() - 2, rect.y() - 2, max(rect.width() + 4, 180), max(rect.height() + 4, min_h)
        )
        # In the font the item draws the text in (a header's bold name, a card's text), at this zoom.
        size, bold = {
            "card": (CARD_FONT_PX, False),
            "stage": (header_text.STAGE_NAME_PX, True),
            "lane": (header_text.LANE_TITLE_PX, True),
        }[kind]
        editor.setFont(font(max(12, round(size * self.zoom())), bold=bold))
        label = {
            "card": tr("JourneyView", "Edit card text"),
            "stage": tr("JourneyView", "Rename stage"),
            "lane": tr("JourneyView", "Rename lane"),
        }[kind]

        def commit(new_text: str) -> None:
            self.editor = None
            if kind != "card" and not new_text:
                return  # a stage or lane keeps its name rather than becoming blank
            if item_id in (
                scene.card_items
                if kind == "card"
                else scene.stage_items
                if kind == "stage"
                else scene.lane_items
            ):
                edits.set_fields(scene.doc, collection, item_id, {field: new_text}, label)
            self.setFocus()

        def cancel() -> None:
            self.editor = None
            self.setFocus()

        editor.committed.connect(commit)
        editor.cancelled.connect(cancel)
        editor.show()
        editor.setFocus()
        self.editor = editor
