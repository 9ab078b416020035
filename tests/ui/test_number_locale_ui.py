"""The map's number locale in the inspector: one undoable edit, and the canvas and the metrics dock
read their numbers in it."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF

from cjm_desktop.charts.metrics_dock import MetricsChart
from cjm_desktop.model import Journey, Lane, LaneKind, Metric, MetricValue, Stage
from cjm_desktop.ui.main_window import MainWindow
from tests.ui.test_inspector_kinds import choose, editor, one_undo_step

NBSP = "\u00a0"


def journey() -> Journey:
    j = Journey(title="Numbers", stages=[Stage("a", "Awareness"), Stage("b", "Purchase")])
    j.lanes = [Lane("m", LaneKind.METRICS, "Metrics")]
    j.metrics = [Metric("visits", "Sessions", is_count=True)]
    j.metric_values = [MetricValue("visits", "a", 12500.0), MetricValue("visits", "b", 870.5)]
    return j


def canvas_text(win: MainWindow) -> str:
    """What the metrics lane says about the first stage's value (its tooltip)."""
    row = win.scene.row_items["m"]
    x = win.scene.layout.stage_rect(0)[0] + 20 - row.pos().x()
    return row.tooltip_at(QPointF(x, row.metrics_top() + 10))


def dock_labels(chart: MetricsChart) -> list[str]:
    """The value labels over the dock's bars."""
    return [
        item.textItem.toPlainText()
        for item in chart.bars.getPlotItem().items
        if isinstance(item, pg.TextItem)
    ]


def test_choosing_a_number_locale_is_one_undo_step_and_changes_how_numbers_read(qtbot, make_window) -> None:
    win = make_window(journey())
    assert win.inspector.target == ("map", "")
    assert canvas_text(win).endswith(": 12,500")  # no locale set: the test system's (C -> English)
    combo = editor(win, "number_locale")
    one_undo_step(win, lambda: choose(qtbot, combo, "fi"))
    assert win.doc.journey.number_locale == "fi"
    assert canvas_text(win).endswith(f": 12{NBSP}500")
    chart = MetricsChart(win.doc)
    qtbot.addWidget(chart)
    qtbot.waitUntil(lambda: "12 500" in dock_labels(chart))  # toPlainText shows the no-break space as a space
    choose(qtbot, combo, "el")
    assert canvas_text(win).endswith(": 12.500")
    qtbot.waitUntil(lambda: "12.500" in dock_labels(chart))
    win.doc.undo_stack.undo()
    win.doc.undo_stack.undo()
    assert win.doc.journey.number_locale == ""
    qtbot.waitUntil(lambda: combo.currentData() == "")  # the inspector follows undo
