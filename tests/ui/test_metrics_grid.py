"""The metrics grid: definitions and values typed or pasted by hand, one step each; Refresh keeps them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import metric_grid_edits as ge
from cjm_desktop.document.metric_edits import merged_metrics
from cjm_desktop.document.persona_edits import delete_personas
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.io.metrics.metrics_import import ImportResult, diff_metrics
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Metric, MetricValue, Persona, Stage
from cjm_desktop.ui.metrics_grid import NAME, NOTE, TARGET, MetricsGrid
from tests.ui.test_inspector_kinds import choose


def journey() -> Journey:
    j = Journey(
        stages=[Stage("a", "Awareness"), Stage("b", "Cart"), Stage("c", "Purchase")], number_locale="fi"
    )
    j.metrics = [Metric("conv", "Conversion", format="percent"), Metric("visits", "Sessions", is_count=True)]
    j.lanes = [Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints")]
    j.cards = [Card("x", "tp", "b", "Cart page")]
    j.metric_values = [MetricValue("visits", "a", 1000), MetricValue("conv", "b", 0.2, card_id="x")]
    j.personas = [Persona("anna", "Anna")]
    return j


@pytest.fixture
def grid(qtbot) -> MetricsGrid:
    widget = MetricsGrid(JourneyDocument(journey()))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def one_step(grid: MetricsGrid, gesture) -> None:
    doc = grid.doc
    before, index = dumps(doc.journey), doc.undo_stack.index()
    gesture()
    assert doc.undo_stack.index() == index + 1
    after = dumps(doc.journey)
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after


def type_into(qtbot, table, row: int, column: int, text: str) -> None:
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.indexWidget(table.model().index(row, column))  # the delegate's line edit
    assert editor is not None
    editor.setFocus()
    QApplication.processEvents()  # the editor is set up (and its delegate listening) before keys come
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate committed


def test_typing_a_value_in_the_maps_convention_is_one_step_and_marked_manual(
    qtbot, grid: MetricsGrid
) -> None:
    values = grid.values
    assert (
        values.item(1, 0).text() == "1\u00a0000" and values.item(0, 1).text() == ""
    )  # a card's value is not the stage's
    one_step(grid, lambda: type_into(qtbot, values, 0, 1, "4,5"))  # fi: comma decimal; percent metric
    typed = next(v for v in grid.doc.journey.metric_values if v.metric_id == "conv" and v.is_stage_value)
    assert typed.value == pytest.approx(0.045) and typed.manual
    qtbot.waitUntil(lambda: values.item(0, 1).text() == "4,5\u202f%" and values.item(0, 1).font().italic())
    index = grid.doc.undo_stack.index()
    type_into(qtbot, values, 0, 2, "lots")  # not a number: nothing changes
    assert grid.doc.undo_stack.index() == index
    qtbot.waitUntil(lambda: values.item(0, 2).text() == "")


def test_pasting_a_block_from_a_spreadsheet_is_one_step(grid: MetricsGrid) -> None:
    values = grid.values
    values.setCurrentCell(0, 0)
    QGuiApplication.clipboard().setText("3,1 %\t2,4 %\t1,9 %\r\n1 200\t\t300\r\n")
    one_step(grid, lambda: values.paste_text(QGuiApplication.clipboard().text()))
    journey = grid.doc.journey
    got = {(v.metric_id, v.stage_id): v.value for v in journey.stage_values()}
    assert got == pytest.approx(
        {
            ("conv", "a"): 0.031,
            ("conv", "b"): 0.024,
            ("conv", "c"): 0.019,
            ("visits", "a"): 1200,
            ("visits", "c"): 300,
        }
    )
    values.selectRow(0)
    one_step(grid, values.clear_selection_values)
    assert not [v for v in grid.doc.journey.stage_values() if v.metric_id == "conv"]


def test_definitions_are_edited_in_place(qtbot, grid: MetricsGrid) -> None:
    table = grid.definitions
    one_step(grid, lambda: type_into(qtbot, table, 0, NAME, "Checkout conversion"))
    one_step(grid, lambda: type_into(qtbot, table, 0, TARGET, "5"))
    one_step(grid, lambda: type_into(qtbot, table, 0, NOTE, "GA4, March"))
    one_step(grid, lambda: choose(qtbot, table.cellWidget(1, 3), False))
    metric = grid.doc.journey.metrics[0]
    assert (metric.name, metric.target, metric.source_note) == ("Checkout conversion", 0.05, "GA4, March")
    assert grid.doc.journey.metrics[1].higher_is_better is False
    assert loads(dumps(grid.doc.journey)).metrics[0].source_note == "GA4, March"
    one_step(grid, lambda: qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: grid.definitions.rowCount() == 3)
    table.setCurrentCell(1, NAME)
    one_step(grid, lambda: qtbot.mouseClick(grid.delete_button, Qt.MouseButton.LeftButton))
    assert [m.name for m in grid.doc.journey.metrics] == ["Checkout conversion", "New metric"]
    assert not any(v.metric_id == "visits" for v in grid.doc.journey.metric_values)  # its values went too


def test_refresh_never_overwrites_a_typed_value() -> None:
    j = journey()
    doc = JourneyDocument(j)
    ge.set_stage_values(doc, [("visits", "b", 777)])
    result = ImportResult(
        metrics=[j.metrics[1]],
        values=[
            MetricValue("visits", "a", 1100),
            MetricValue("visits", "b", 900),
            MetricValue("visits", "c", 50),
        ],
    )
    changes = diff_metrics(j.metric_values, result)
    assert [(c.stage_id, c.old, c.new) for c in changes] == [("a", 1000, 1100), ("c", None, 50)]  # b is typed
    _metrics, values = merged_metrics(j, result)
    got = {(v.stage_id, v.manual): v.value for v in values if v.metric_id == "visits"}
    assert got == {("a", False): 1100, ("b", True): 777, ("c", False): 50}


def pick_target(qtbot, combo, value: str) -> None:
    """Arrow keys on the focused "Values of" combo, as a keyboard user picks (each step is a choice)."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    while combo.currentData() != value:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_touchpoint_values_are_typed_pasted_and_cleared_one_step_each(qtbot, grid: MetricsGrid) -> None:
    grid.doc.journey.cards.append(Card("y", "tp", "a", "Search ad"))
    grid.refresh()
    combo = grid.target_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Stages", "Touchpoints", "Persona: Anna"]
    pick_target(qtbot, combo, "touchpoints")
    values = grid.values
    # Columns in stage order; each header names the card and, below, its stage.
    assert [values.horizontalHeaderItem(c).text() for c in range(values.columnCount())] == [
        "Search ad\n(Awareness)",
        "Cart page\n(Cart)",
    ]
    assert values.item(0, 1).text() == "20\u202f%"  # the card's value, not a stage's
    one_step(grid, lambda: type_into(qtbot, values, 1, 0, "1 500"))
    typed = next(v for v in grid.doc.journey.metric_values if v.card_id == "y")
    assert (typed.metric_id, typed.stage_id, typed.value, typed.manual) == ("visits", "a", 1500, True)
    assert not typed.persona_id
    values.setCurrentCell(0, 0)
    one_step(grid, lambda: values.paste_text("3,5 %\t25 %\n\t40\n"))  # an empty cell clears, as pasted
    got = {(v.metric_id, v.card_id): v.value for v in grid.doc.journey.metric_values if v.card_id}
    assert got == pytest.approx({("conv", "y"): 0.035, ("conv", "x"): 0.25, ("visits", "x"): 40})
    values.selectColumn(1)
    one_step(grid, values.clear_selection_values)
    assert not [v for v in grid.doc.journey.metric_values if v.card_id == "x"]
    assert [(v.metric_id, v.stage_id) for v in grid.doc.journey.stage_values()] == [
        ("visits", "a")
    ]  # untouched


def test_persona_values_are_typed_per_stage(qtbot, grid: MetricsGrid) -> None:
    pick_target(qtbot, grid.target_combo, "anna")
    values = grid.values
    assert values.columnCount() == 3 and values.item(1, 0).text() == ""  # the stage's 1 000 is not Anna's
    one_step(grid, lambda: type_into(qtbot, values, 0, 2, "2,5"))
    typed = next(v for v in grid.doc.journey.metric_values if v.persona_id)
    assert (typed.metric_id, typed.stage_id, typed.persona_id, typed.card_id) == ("conv", "c", "anna", "")
    assert typed.value == pytest.approx(0.025) and typed.manual
    qtbot.waitUntil(lambda: values.item(0, 2).text() == "2,5\u202f%")
    # The persona is deleted (its values with it): the grid goes back to the stages.
    delete_personas(grid.doc, ["anna"])
    qtbot.waitUntil(lambda: grid.target_combo.count() == 2)
    assert grid.values.target == "stages" and grid.values.item(1, 0).text() == "1\u00a0000"
