"""The scene a workshop projects: the same document as the editor, with its own view state.

A second scene (rather than a second view on the editor's scene) lets the wall screen hide empty
lanes, focus one lane and use the projector theme while the editor's map stays exactly as it was;
both mirror the one document, so whatever the room captures shows in both at once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from cjm_desktop.canvas.card_painter import RADIUS
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import PROJECTOR_THEME, Theme, font, kind_style
from cjm_desktop.document import JourneyDocument
from cjm_desktop.model import Journey, Lane, LaneKind

LABEL_WIDTH = 188.0  # room left of a focused stage for its lane names (= the lane header column)


def lane_is_empty(journey: Journey, lane: Lane) -> bool:
    """Does a lane show nothing: no cards and, for drawn lanes, nothing to draw?"""
    if any(card.lane_id == lane.id for card in journey.cards):
        return False
    if lane.kind == LaneKind.EMOTIONS:
        return not journey.emotions
    if lane.kind == LaneKind.METRICS:
        return not journey.metric_values
    return True


class PresentationScene(JourneyScene):
    """The projected map: projector theme, no metrics lane, hidden empty lanes, one focused stage or lane."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.theme: Theme = PROJECTOR_THEME
        self.hide_empty = False
        self.focus_lane_id: str | None = None  # show this lane alone
        self.focus_stage_id: str | None = None  # spotlight on this stage's column
        self.lane_labels = True  # repeat lane names beside the focused stage (off when the headers show)
        self.relayout()

    # ---- view state ------------------------------------------------------------------------------
    def set_hide_empty(self, on: bool) -> None:
        """Leave lanes that show nothing out of the projected map (never touches the document)."""
        self.hide_empty = on
        self.relayout()

    def set_focus_lane(self, lane_id: str | None) -> None:
        """Show one lane alone, or every lane again with None."""
        self.focus_lane_id = lane_id
        self.relayout()

    def set_focus_stage(self, stage_id: str | None) -> None:
        """Put the spotlight on one stage's column, or none (the overview)."""
        self.focus_stage_id = stage_id
        self.update()

    def hidden_lanes(self) -> set[str]:
        """The lanes the projected map leaves out, derived afresh so a captured card shows at once."""
        journey = self.doc.journey
        all_ids = {lane.id for lane in journey.lanes}
        focus = getattr(self, "focus_lane_id", None)
        if focus in all_ids:
            return all_ids - {focus}
        # The metrics lane (a tall table of figures) stays out of the projected map, so that a stage
        # column with its story lanes fits one projector screen at a size the room can read; L shows
        # the metrics lane alone, large.
        hidden = {lane.id for lane in journey.lanes if lane.kind == LaneKind.METRICS}
        if getattr(self, "hide_empty", False):
            hidden |= {lane.id for lane in journey.lanes if lane_is_empty(journey, lane)}
        return hidden if hidden != all_ids else set()  # an empty map still shows its grid

    def relayout(self) -> None:
        """Lay out the visible lanes only."""
        self.hidden_lane_ids = self.hidden_lanes()
        super().relayout()

    # ---- painting --------------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        theme = getattr(self, "theme", PROJECTOR_THEME)
        painter.fillRect(rect, theme.surround)
        layout = self.layout
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), theme.paper)
        if not layout.stage_ids or not layout.lane_ids:
            return
        m = layout.metrics
        lanes = range(
            max(bisect_right(layout.lane_y, rect.top()) - 1, 0),
            min(bisect_left(layout.lane_y, rect.bottom()) + 1, len(layout.lane_ids)),
        )
        stages = range(
            max(bisect_right(layout.stage_x, rect.left()) - 1, 0),
            min(bisect_left(layout.stage_x, rect.right()) + 1, len(layout.stage_ids)),
        )
        for li in lanes:
            for si in stages:
                painter.fillRect(QRectF(*layout.cell_rect(li, si)), theme.lane_band[li % 2])
        painter.setOpacity(theme.column_tint)
        for si in stages:
            x, y, w, h = layout.stage_column_rect(si)
            color = QColor(self.doc.journey.stage(layout.stage_ids[si]).color)
            painter.fillRect(QRectF(x, y + m.stage_header_height, w, h - m.stage_header_height), color)
        painter.setOpacity(1.0)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        theme = getattr(self, "theme", PROJECTOR_THEME)
        layout = self.layout
        if theme.card_outline_width:
            # A firm edge so pale cards do not dissolve into pale rows on a washed-out projector.
            painter.setPen(QPen(theme.card_outline, theme.card_outline_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for x, y, w, h in layout.cards.values():
                card_rect = QRectF(x, y, w, h)
                if card_rect.intersects(rect):
                    painter.drawRoundedRect(card_rect, RADIUS, RADIUS)
        stage_id = getattr(self, "focus_stage_id", None)
        if stage_id in layout.stage_ids and not self.export_mode:
            self._paint_spotlight(painter, rect, layout.stage_ids.index(stage_id), theme)

    def focus_column_rect(self, index: int) -> QRectF:
        """A stage's column (header and visible lanes), slightly widened for the spotlight's edge."""
        return QRectF(*self.layout.stage_column_rect(index)).adjusted(-6, -6, 6, 6)

    def lane_header_column_rect(self) -> QRectF:
        """The lane headers down the left of the map."""
        layout = self.layout
        m = layout.metrics
        x, y, _w, h = layout.grid_rect()
        return QRectF(x, layout.grid_top, m.lane_header_width, y + h - layout.grid_top).adjusted(-6, -6, 6, 6)

    def lane_label_band(self, index: int) -> QRectF:
        """Where a focused stage's lane names go: the strip just left of its column."""
        column = self.focus_column_rect(index)
        return QRectF(column.left() - LABEL_WIDTH - 16, column.top(), LABEL_WIDTH + 10, column.height())

    def _paint_spotlight(self, painter: QPainter, rect: QRectF, index: int, theme: Theme) -> None:
        column = self.focus_column_rect(index)
        outside = QPainterPath()
        outside.addRect(rect.united(column))
        lit = QPainterPath()
        lit.addRoundedRect(column, 10, 10)
        lit.addRoundedRect(self.lane_header_column_rect(), 10, 10)  # the row names stay readable
        painter.fillPath(outside.subtracted(lit.simplified()), theme.dim)
        if index == 0 or not getattr(self, "lane_labels", True):
            return  # the real lane headers are in sight
        # Lane names travel with the focused stage, so the room knows which row is which. They sit on
        # a band of their own: over the previous stage's cards they would hide half a card each.
        painter.fillRect(self.lane_label_band(index), theme.surround)
        layout = self.layout
        journey = self.doc.journey
        title_font = font(16, bold=True)
        metrics = QFontMetricsF(title_font)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.setFont(title_font)
        for li, lane_id in enumerate(layout.lane_ids):
            lane = journey.lane(lane_id)
            space = QRectF(
                column.left() - LABEL_WIDTH, layout.lane_y[li] + 8, LABEL_WIDTH - 34, layout.lane_h[li] - 16
            )
            if not space.intersects(rect):
                continue
            text = metrics.boundingRect(space, int(flags), lane.title)
            pill = text.adjusted(-12, -6, 12, 6)
            path = QPainterPath()
            path.addRoundedRect(pill, 8, 8)
            painter.fillPath(path, theme.surround)
            painter.fillRect(
                QRectF(pill.right() - 4, pill.top(), 4, pill.height()), QColor(kind_style(lane.kind).accent)
            )
            painter.setPen(QColor("white"))
            painter.drawText(space, flags, lane.title)
