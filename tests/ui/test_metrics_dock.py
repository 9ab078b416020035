"""The metrics dock: a bar per stage and a line per stage over time, following the document."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from cjm_desktop.charts.metrics_dock import BAD, GOOD, NEUTRAL, MetricsChart
from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.commands import ReplaceListCommand, SetFieldsCommand
from cjm_desktop.model import Journey, Metric, MetricValue, Stage
from cjm_desktop.ui.main_window import MainWindow


def journey() -> Journey:
    j = Journey(stages=[Stage("a", "Awareness"), Stage("b", "Consideration"), Stage("c", "Purchase")])
    j.metrics = [Metric("visits", "Sessions", is_count=True), Metric("nps", "NPS", target=30)]
    j.metric_values = [
        MetricValue("visits", "a", 1000, [("2024-03-01", 400.0), ("2024-03-02", 600.0)]),
        MetricValue("visits", "b", 500, [("2024-03-01", 300.0), ("2024-03-02", 200.0)]),
        MetricValue("visits", "c", 100),
        MetricValue("nps", "a", 35),
        MetricValue("nps", "c", 12),
    ]
    return j


@pytest.fixture
def chart(qtbot) -> Iterator[MetricsChart]:
    widget = MetricsChart(JourneyDocument(journey()))
    qtbot.addWidget(widget)
    widget.resize(400, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def test_bars_and_lines_for_the_chosen_metric(chart: MetricsChart) -> None:
    assert chart.combo.count() == 2 and chart.combo.currentText() == "Sessions"
    assert chart.bar_values() == [("Awareness", 1000), ("Consideration", 500), ("Purchase", 100)]
    heights = chart.bar_item.opts["height"]
    assert list(np.asarray(heights)) == [1000, 500, 100]
    dates, lines = chart.series()
    assert dates == ["2024-03-01", "2024-03-02"]
    assert [name for name, _ in lines] == ["Awareness", "Consideration"]  # Purchase has no series
    assert len(chart.line_items) == 2
    xs, ys = chart.line_items[1].getData()
    assert list(ys) == [300, 200]
    assert chart.lines.isVisible()


def test_choosing_a_metric_colours_bars_against_target(qtbot, chart: MetricsChart) -> None:
    chart.combo.setCurrentIndex(1)
    assert chart.bar_values() == [("Awareness", 35), ("Consideration", None), ("Purchase", 12)]
    assert list(np.asarray(chart.bar_item.opts["x"])) == [0, 2]  # no bar where there is no value
    brushes = [b if isinstance(b, str) else b for b in chart.bar_item.opts["brushes"]]
    assert brushes == [GOOD, BAD]
    assert not chart.lines.isVisible()  # NPS has no time series


def test_follows_document_changes_and_undo(qtbot, chart: MetricsChart) -> None:
    doc = chart.doc
    doc.push(
        ReplaceListCommand(
            doc, "metric_values", [MetricValue("visits", "a", 2000), MetricValue("nps", "a", 10)], "import"
        )
    )
    qtbot.waitUntil(
        lambda: (
            chart.bar_values()[0] == ("Awareness", 2000)
            and list(np.asarray(chart.bar_item.opts["height"])) == [2000]
        )
    )
    doc.push(SetFieldsCommand(doc, "metrics", "visits", {"name": "Visits"}, "rename"))
    qtbot.waitUntil(lambda: chart.combo.itemText(0) == "Visits")
    assert chart.combo.currentData() == "visits"  # the choice survives a redraw
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: list(np.asarray(chart.bar_item.opts["height"])) == [1000, 500, 100])
    assert chart.combo.itemText(0) == "Sessions"
    assert NEUTRAL in chart.bar_item.opts["brushes"]


def test_no_metrics_shows_a_hint(qtbot) -> None:
    chart = MetricsChart(JourneyDocument(Journey()))
    qtbot.addWidget(chart)
    chart.show()
    assert chart.empty.isVisible() and not chart.bars.isVisible()


def test_view_menu_toggles_the_dock(qtbot) -> None:
    window = MainWindow(JourneyDocument(journey()))
    try:
        window.show()
        qtbot.waitExposed(window)
        actions = window.metrics_actions
        assert actions.dock_action in window.view_menu.actions()
        assert not actions.dock.isVisible() and actions.chart is None
        actions.dock_action.trigger()
        qtbot.waitUntil(lambda: actions.dock.isVisible() and actions.chart is not None)
        assert actions.chart.combo.currentText() == "Sessions"
        assert not actions.refresh_action.isEnabled()  # no source remembered yet
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        QApplication.processEvents()


def test_the_charts_follow_a_dark_theme(chart: MetricsChart, qtbot) -> None:
    from PySide6.QtGui import QPalette

    from cjm_desktop.canvas.style import DARK_MAP
    from cjm_desktop.ui.theme import palette_for

    assert chart.bars.backgroundBrush().color().lightness() > 240
    chart.setPalette(palette_for("dark"))  # what a theme switch hands the dock
    assert chart.palette().color(QPalette.ColorRole.Base).lightness() < 60
    qtbot.waitUntil(lambda: chart.bars.backgroundBrush().color() == DARK_MAP.paper)
    assert chart.lines.backgroundBrush().color() == DARK_MAP.paper


def test_stage_names_under_the_bars_never_overlap_in_a_narrow_dock(chart: MetricsChart, qtbot) -> None:
    from PySide6.QtGui import QFontMetrics

    def labels() -> list[str]:
        return [text for _x, text in chart.bars.getAxis("bottom")._tickLevels[0]]

    chart.resize(220, 600)  # each bar gets ~50 px: "Consideration" cannot fit whole
    qtbot.waitUntil(lambda: labels()[1] != "Consideration")
    axis = chart.bars.getAxis("bottom")
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    share = chart.bars.getViewBox().width() / 3
    assert all(metrics.horizontalAdvance(text) <= share for text in labels())
    assert labels()[1].endswith("…")
    chart.resize(700, 600)  # room again: the names come back whole
    qtbot.waitUntil(lambda: labels() == ["Awareness", "Consideration", "Purchase"])
