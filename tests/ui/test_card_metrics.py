"""A touchpoint's metric values: a compact chip on the card (its height follows) and a line in the inspector."""

from __future__ import annotations

from cjm_desktop.canvas.card_metrics import card_metric_texts
from cjm_desktop.document.commands import ReplaceListCommand
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Metric, MetricValue, Persona, Stage
from cjm_desktop.ui.main_window import MainWindow
from tests.ui.test_inspector_kinds import click_card


def journey() -> Journey:
    j = Journey(stages=[Stage("aw", "Awareness"), Stage("pu", "Purchase")], number_locale="fi")
    j.lanes = [Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints")]
    j.cards = [Card("ad", "tp", "aw", "Search ad"), Card("co", "tp", "pu", "Checkout page")]
    j.personas = [Persona("anna", "Anna")]
    j.metrics = [Metric("s", "Sessions", is_count=True), Metric("c", "Conversion", format="percent")]
    j.metric_values = [
        MetricValue("s", "aw", 5000),  # the stage's own: no chip
        MetricValue("c", "aw", 0.031, card_id="ad"),
        MetricValue("s", "aw", 12500, card_id="ad"),
        MetricValue("s", "aw", 1200, card_id="ad", persona_id="anna"),
    ]
    return j


def test_chips_in_metric_order_with_the_persona_named_and_the_map_locale() -> None:
    assert card_metric_texts(journey()) == {
        "ad": ("Sessions 12\u00a0500", "Sessions 1\u00a0200 · Anna", "Conversion 3,1\u202f%")
    }


def test_the_card_grows_with_its_chips_and_follows_undo(make_window) -> None:
    window: MainWindow = make_window(journey(), 1400, 900)
    scene, doc = window.scene, window.doc
    with_chips = scene.layout.cards["ad"][3]
    plain = scene.layout.cards["co"][3]
    assert with_chips > plain
    values = [v for v in doc.journey.metric_values if not v.card_id]
    doc.push(ReplaceListCommand(doc, "metric_values", values, "Clear"))
    assert scene.card_metric_texts("ad") == () and scene.layout.cards["ad"][3] == plain
    doc.undo_stack.undo()
    assert scene.layout.cards["ad"][3] == with_chips
    click_card(window, "ad")
    assert "Sessions 12" in window.inspector.metrics_label.text()
