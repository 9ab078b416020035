"""The metrics lane: each stage's imported metrics."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cjm_desktop.canvas.lane_row_base import LaneRowItem, tr


class MetricsRowItem(LaneRowItem):
    """The metrics lane: each stage's imported metrics."""

    def reserved_height(self) -> float:
        return 110.0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.journey_scene().doc.journey.metrics:
            self.paint_hint(painter, tr("Import metrics from a spreadsheet (Map ▸ Import metrics…)"))
