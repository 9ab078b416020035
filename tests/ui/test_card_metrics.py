"""A touchpoint's metric values: a chip on the card (its height follows), a line in the inspector."""

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


def test_the_wizard_offers_touchpoint_and_persona_columns(qtbot, make_window, tmp_path) -> None:
    from PySide6.QtWidgets import QWizard

    from tests.io.test_import_targets import ROWS, write_csv
    from tests.io.test_import_targets import journey as target_journey
    from tests.ui.test_import_wizard import click

    window: MainWindow = make_window(target_journey(), 1400, 900)
    window.metrics_actions.import_action.trigger()
    wizard = window.metrics_actions.wizard
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        wizard.load(write_csv(tmp_path / "data.csv", ROWS))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.layout_page
    assert page.touchpoint_combo.isVisibleTo(page) and page.touchpoint_combo.currentText() == "(none)"
    page.touchpoint_combo.setCurrentIndex(page.touchpoint_combo.findText("Touchpoint"))
    page.persona_combo.setCurrentIndex(page.persona_combo.findText("Persona"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)  # metrics
    click(qtbot, wizard, QWizard.WizardButton.NextButton)  # stages: every one matched
    assert "'Chekout' (1 row)" in wizard.stages_page.summary.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    journey = window.doc.journey
    assert {(v.card_id, v.persona_id, v.value) for v in journey.metric_values if v.card_id} == {
        ("ad", "anna", 1500.0),
        ("ad", "bence", 700.0),
        ("co", "", 900.0),
    }
    assert journey.metric_source.touchpoint_column == "Touchpoint"
    assert window.doc.undo_stack.count() == 1  # the whole import is one step


def test_refresh_lists_touchpoint_and_persona_changes_where_they_sit(qtbot, make_window, tmp_path) -> None:
    from cjm_desktop.io.metrics.metrics_import import ImportSpec, build_import, source_from_spec
    from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards
    from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
    from tests.io.test_import_targets import ROWS, write_csv
    from tests.io.test_import_targets import journey as target_journey

    j = target_journey()
    path = write_csv(tmp_path / "data.csv", ROWS)
    spec = ImportSpec(
        header_row=0, stage_column="Stage", touchpoint_column="Touchpoint", persona_column="Persona"
    )
    table = read_sheet(path)
    result = build_import(table, spec, j.stages, j.metrics, touchpoint_cards(j), j.personas)
    j.metrics, j.metric_values, j.metric_source = (
        result.metrics,
        result.values,
        source_from_spec(table, spec, result),
    )
    window: MainWindow = make_window(j, 1400, 900)
    write_csv(path, [*ROWS, ["Purchase", "Checkout page", None, 100], ["Awareness", "Search ad", "Anna", 1]])
    dialog = window.metrics_actions.open_refresh()
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        pass  # read in a worker thread
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())
    }
    assert rows == {"Purchase · Checkout page": "changed", "Awareness · Search ad · Anna": "changed"}
