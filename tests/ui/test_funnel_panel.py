"""The funnel panel of the metrics dock: the user picks the count metric (one undo step, saved)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from cjm_desktop.charts.funnel_panel import DROP, DROP_RED, FunnelPanel
from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.funnel_edits import set_funnel_metric
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.model import Journey, Metric, MetricValue, Persona, Stage


def journey() -> Journey:
    j = Journey(stages=[Stage("a", "Awareness"), Stage("b", "Cart"), Stage("c", "Purchase")])
    j.metrics = [
        Metric("visits", "Sessions", is_count=True),
        Metric("nps", "NPS"),
        Metric("orders", "Orders", is_count=True),
    ]
    j.metric_values = [
        MetricValue("visits", "a", 1000),
        MetricValue("visits", "b", 300),
        MetricValue("visits", "c", 240),
        MetricValue("orders", "a", 90),
        MetricValue("orders", "b", 80),
        MetricValue("orders", "c", 20),
    ]
    return j


@pytest.fixture
def panel(qtbot) -> FunnelPanel:
    widget = FunnelPanel(JourneyDocument(journey()))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cells(panel: FunnelPanel) -> list[list[str]]:
    return [[panel.table.item(r, c).text() for c in range(4)] for r in range(panel.table.rowCount())]


def test_offers_only_count_metrics_and_shows_each_stage_with_its_drop_off(panel: FunnelPanel) -> None:
    assert [panel.combo.itemText(i) for i in range(panel.combo.count())] == ["Sessions", "Orders"]
    assert panel.combo.currentData() == "visits"  # nothing chosen yet: the first count metric
    assert cells(panel) == [
        ["Awareness", "1,000", "", ""],
        ["Cart", "300", "30\u202f%", "70\u202f%"],
        ["Purchase", "240", "80\u202f%", "20\u202f%"],
    ]
    assert panel.table.item(1, DROP).foreground().color().name() == DROP_RED


def test_choosing_a_metric_is_one_undo_step_and_saved(qtbot, panel: FunnelPanel) -> None:
    doc = panel.doc
    before = dumps(doc.journey)
    panel.combo.setFocus()
    qtbot.keyClick(panel.combo, Qt.Key.Key_Down)  # a closed combo picks the next entry: "activated"
    assert doc.journey.funnel_metric_id == "orders" and doc.undo_stack.count() == 1
    assert loads(dumps(doc.journey)).funnel_metric_id == "orders"
    qtbot.waitUntil(
        lambda: panel.table.item(2, DROP) is not None and panel.table.item(2, DROP).text() == "75\u202f%"
    )
    assert panel.table.item(2, DROP).foreground().color().name() == DROP_RED  # Cart -> Purchase now
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    qtbot.waitUntil(lambda: panel.combo.currentData() == "visits")


def test_only_a_count_metric_can_be_chosen(panel: FunnelPanel) -> None:
    with pytest.raises(ValueError, match="'nps' is not a count metric"):
        set_funnel_metric(panel.doc, "nps")


def test_the_funnel_per_persona(qtbot, panel: FunnelPanel) -> None:
    doc = panel.doc
    assert not panel.persona_combo.isVisibleTo(panel)  # no persona values yet
    journey = doc.journey
    journey.personas = [Persona("anna", "Anna"), Persona("bence", "Bence")]
    journey.metric_values += [
        MetricValue("visits", "a", 400, persona_id="anna"),
        MetricValue("visits", "b", 100, persona_id="anna"),
        MetricValue("visits", "b", 77, card_id="x", persona_id="anna"),  # a touchpoint's: not the stage's
    ]
    doc.reset.emit()
    qtbot.waitUntil(lambda: panel.persona_combo.count() == 2)  # Everyone, Anna (Bence has no values)
    panel.persona_combo.setCurrentIndex(1)
    panel.persona_combo.activated.emit(1)
    assert cells(panel)[:2] == [["Awareness", "400", "", ""], ["Cart", "100", "25\u202f%", "75\u202f%"]]
    assert cells(panel)[2][1] == "–"


def test_the_biggest_drop_reads_on_the_dark_theme_too(panel: FunnelPanel, qtbot) -> None:
    from cjm_desktop.canvas.contrast import contrast_ratio
    from cjm_desktop.ui.theme import palette_for

    panel.setPalette(palette_for("dark"))  # what a theme switch hands the dock
    dark_base = panel.table.palette().color(QPalette.ColorRole.Base)  # under the cells
    qtbot.waitUntil(lambda: panel.table.item(1, DROP).foreground().color().name() != DROP_RED)
    red = panel.table.item(1, DROP).foreground().color()
    assert contrast_ratio(red, dark_base) >= 4.5 and red.red() > red.green()  # still a red
