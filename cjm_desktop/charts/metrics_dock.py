"""The metrics dock: a bar per stage and a line over time for the chosen metric, drawn with pyqtgraph.

It only reads the model and redraws (coalesced) whenever the document changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cjm_desktop.canvas.style import DARK_MAP, LIGHT_MAP, MapPalette
from cjm_desktop.charts.funnel_panel import FunnelPanel
from cjm_desktop.document import JourneyDocument
from cjm_desktop.i18n import tr
from cjm_desktop.model import Metric
from cjm_desktop.model.metric_format import format_value, target_status

GOOD, BAD, NEUTRAL = "#2f855a", "#c53030", "#3659a8"
BACKGROUND = "#ffffff"  # the light theme's; the dark theme draws on DARK_MAP's paper


class MetricsChart(QWidget):
    """Bar chart of one metric per stage, and its time series with one line per stage."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.combo = QComboBox()
        self.combo.setObjectName("metric-combo")
        self.combo.currentIndexChanged.connect(self._draw)
        self.empty = QLabel(tr("MetricsChart", "No metrics yet: Map ▸ Import metrics…"))
        self.empty.setWordWrap(True)
        self.bars = pg.PlotWidget(background=BACKGROUND)
        self.bars.setObjectName("bars")
        self.bars.setMenuEnabled(False)
        self.bars.setMouseEnabled(x=False, y=False)
        self.bars.showGrid(y=True, alpha=0.25)
        self.lines = pg.PlotWidget(background=BACKGROUND)
        self.lines.setObjectName("lines")
        self.lines.setMenuEnabled(False)
        self.lines.showGrid(y=True, alpha=0.25)
        self.legend = self.lines.addLegend(
            offset=(-10, 10), labelTextColor="#1f2933", brush=(255, 255, 255, 210)
        )
        for plot in (self.bars, self.lines):
            plot.setMinimumHeight(110)  # with the funnel below, the dock still fits a 768-pixel screen
        self.bar_item: pg.BarGraphItem | None = None
        self.bar_names: list[str] = []
        # Stage names under the bars are elided to the room each bar has, again on every resize.
        self.bars.getViewBox().sigResized.connect(self._stage_ticks)
        self.line_items: list[pg.PlotDataItem] = []
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("MetricsChart", "Metric:")))
        top.addWidget(self.combo, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.empty)
        box.addWidget(self.bars, 1)
        box.addWidget(self.lines, 1)
        self.funnel = FunnelPanel(doc)
        box.addWidget(self.funnel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # many signals of one edit (an import macro) make one redraw
        self._timer.timeout.connect(self.refresh)
        doc.reset.connect(self._timer.start)
        doc.collection_changed.connect(self._timer.start)
        doc.item_changed.connect(self._timer.start)
        self.refresh()

    def chart_palette(self) -> MapPalette:
        """The map palette that matches this dock's theme: the charts sit in the chrome, light or dark."""
        return DARK_MAP if self.palette().color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT_MAP

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_timer"):  # not mid-__init__
            self._timer.start()  # a theme switch: redraw on the new background

    def chosen_metric(self) -> Metric | None:
        """The metric shown."""
        metric_id = self.combo.currentData()
        return next((m for m in self.doc.journey.metrics if m.id == metric_id), None)

    def _stage_ticks(self, *_args: object) -> None:
        """Stage names under the bars, each elided to its bar's share of the width (never overlapping)."""
        axis = self.bars.getAxis("bottom")
        room = self.bars.getViewBox().width() / max(len(self.bar_names), 1) - 8
        metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
        ticks = [
            (i, metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(int(room), 12)))
            for i, name in enumerate(self.bar_names)
        ]
        axis.setTicks([ticks])

    def refresh(self) -> None:
        """Re-read the list of metrics (keeping the choice) and redraw."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for metric in self.doc.journey.metrics:
            self.combo.addItem(metric.name, metric.id)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)
        self._draw()

    def bar_values(self) -> list[tuple[str, float | None]]:
        """(stage name, value) of the chosen metric, in stage order."""
        metric = self.chosen_metric()
        if metric is None:
            return []
        values = {v.stage_id: v.value for v in self.doc.journey.stage_values() if v.metric_id == metric.id}
        return [(stage.name, values.get(stage.id)) for stage in self.doc.journey.stages]

    def series(self) -> tuple[list[str], list[tuple[str, list[float | None]]]]:
        """Dates, and per stage with a series its value at each date (None where it has none)."""
        metric = self.chosen_metric()
        if metric is None:
            return [], []
        by_stage = {
            v.stage_id: dict(v.series)
            for v in self.doc.journey.stage_values()
            if v.metric_id == metric.id and len(v.series) >= 2
        }
        dates = sorted({when for points in by_stage.values() for when in points})
        lines = [
            (stage.name, [by_stage[stage.id].get(d) for d in dates])
            for stage in self.doc.journey.stages
            if stage.id in by_stage
        ]
        return dates, lines

    def _draw(self) -> None:
        colours = self.chart_palette()
        veil = QColor(colours.paper)
        veil.setAlpha(210)
        for plot in (self.bars, self.lines):
            plot.setBackground(colours.paper)
        self.legend.setLabelTextColor(colours.ink)
        self.legend.setBrush(veil)
        metric = self.chosen_metric()
        self.empty.setVisible(metric is None)
        self.bars.setVisible(metric is not None)
        self.bars.clear()
        self.lines.clear()
        self.legend.clear()
        self.bar_item, self.line_items = None, []
        if metric is None:
            self.lines.setVisible(False)
            return
        bars = self.bar_values()
        xs = [i for i, (_n, v) in enumerate(bars) if v is not None]
        heights = [bars[i][1] for i in xs]
        colors = [{"good": GOOD, "bad": BAD}.get(target_status(metric, h), NEUTRAL) for h in heights]
        if xs:
            self.bar_item = pg.BarGraphItem(
                x=xs, height=heights, width=0.6, brushes=colors, pens=[None] * len(xs)
            )
            self.bars.addItem(self.bar_item)
            for x, h in zip(xs, heights, strict=True):
                shown = format_value(metric, h, self.doc.journey.number_locale)
                label = pg.TextItem(shown, color=colours.ink, anchor=(0.5, 1.0))
                label.setPos(x, h)
                self.bars.addItem(label)
        top = max([*heights, metric.target or 0.0, 0.0])
        bottom = min([*heights, metric.target or 0.0, 0.0])
        self.bars.setYRange(bottom, top * 1.18 if top > 0 else 1.0, padding=0)  # room for the value labels
        self.bars.setXRange(-0.6, len(bars) - 0.4, padding=0)
        if metric.target is not None:
            self.bars.addItem(
                pg.InfiniteLine(
                    pos=metric.target,
                    angle=0,
                    pen=pg.mkPen("#9aa5b1", width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
                )
            )
        self.bar_names = [name for name, _v in bars]
        self._stage_ticks()
        self.bars.setTitle(metric.name + (f" ({metric.unit})" if metric.unit else ""))
        dates, lines = self.series()
        self.lines.setVisible(bool(lines))
        palette = [QColor(stage.color) for stage in self.doc.journey.stages]
        names = [stage.name for stage in self.doc.journey.stages]
        for name, points in lines:
            xs = [i for i, v in enumerate(points) if v is not None]
            ys = [points[i] for i in xs]
            color = palette[names.index(name)] if name in names else QColor(NEUTRAL)
            item = self.lines.plot(
                xs,
                ys,
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolSize=5,
                symbolBrush=color,
                symbolPen=None,
                name=name,
            )
            self.line_items.append(item)
        step = max(1, len(dates) // 6)  # a handful of date labels, never a smear
        self.lines.getAxis("bottom").setTicks([[(i, d) for i, d in enumerate(dates) if i % step == 0]])
        self.lines.setTitle(tr("MetricsChart", "%s over time") % metric.name if lines else "")
