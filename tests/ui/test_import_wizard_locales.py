"""The wizard with European files: it detects the encoding (a drop-down with a preview), shows a
column whose numbers read two ways side by side and waits for the decimal mark, and its last page
says what was read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from cjm_desktop.model import Journey, Metric, MetricSource, MetricValue, Stage
from cjm_desktop.ui.import_wizard import ImportWizard
from tests.ui.test_import_wizard import click
from tests.ui.test_inspector_kinds import choose

GREEK = "Στάδιο;Επισκέψεις\nΕνημέρωση;12.500\nΑγορά;1.045\nΑφοσίωση;870\n"


def greek_map() -> Journey:
    return Journey(stages=[Stage("s1", "Ενημέρωση"), Stage("s2", "Αγορά"), Stage("s3", "Αφοσίωση")])


def open_wizard(qtbot, make_window, path: Path, journey: Journey) -> ImportWizard:
    win = make_window(journey)
    wizard = ImportWizard(win.doc, win)
    wizard.show()
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        qtbot.keyClicks(wizard.source_page.path_edit, str(path))
        qtbot.keyClick(wizard.source_page.path_edit, Qt.Key.Key_Return)
    return wizard


def test_ambiguous_column_waits_for_the_decimal_mark_then_imports(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "greek.csv"
    path.write_bytes(GREEK.encode("cp1253"))
    wizard = open_wizard(qtbot, make_window, path, greek_map())
    options = wizard.source_page.options
    assert options.encoding.currentText() == "cp1253 (detected)"
    assert "Ενημέρωση" in options.preview.text()  # the live preview of the text as read
    notice = options.notice.text()
    assert (
        "Επισκέψεις" in notice
        and "12.500 is 12.5 with a decimal point, or 12500 with a decimal comma" in notice
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # never a guessed number
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        choose(qtbot, options.decimal, "comma")
    assert options.notice.text() == "" and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for _page in range(3):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.stages_page.summary.text()
    assert "encoding: cp1253" in summary and "decimal mark: comma (as chosen)" in summary
    assert "rows used: 3" in summary
    with qtbot.waitSignal(wizard.imported):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    values = {v.stage_id: v.value for v in wizard.doc.journey.metric_values}
    assert values == {"s1": 12500, "s2": 1045, "s3": 870}
    source = wizard.doc.journey.metric_source
    assert (source.decimal, source.encoding) == ("comma", "")  # Refresh reads the same way


def test_choosing_another_encoding_reads_the_file_again(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "greek.csv"
    path.write_bytes(GREEK.encode("cp1253"))
    journey = greek_map()
    journey.number_locale = "el"  # the map's locale settles 12.500: nothing to ask
    wizard = open_wizard(qtbot, make_window, path, journey)
    options = wizard.source_page.options
    assert options.notice.text() == "" and wizard.table.rows[1] == ["Ενημέρωση", 12500]
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        choose(qtbot, options.encoding, "cp1252")
    assert options.encoding.currentData() == "cp1252" and wizard.table.encoding == "cp1252"
    assert "Ενημέρωση" not in options.preview.text()  # the preview shows the mis-read text


def test_refresh_reads_the_file_the_way_the_import_did(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "greek.csv"
    path.write_bytes(GREEK.encode("cp1253"))
    journey = greek_map()
    journey.metrics = [Metric("m1", "Επισκέψεις")]
    journey.metric_values = [MetricValue("m1", "s1", 12000.0)]
    journey.metric_source = MetricSource(str(path), "greek", stage_column="Στάδιο", decimal="comma")
    win = make_window(journey)
    dialog = win.metrics_actions.open_refresh()
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        pass
    new = {v.stage_id: v.value for v in dialog.result.values}
    assert new == {"s1": 12500, "s2": 1045, "s3": 870} and not dialog.result.skipped
    dialog.reject()


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("el-cp1253.csv", "Ενημέρωση · 12.500 · 12,5% · 1.234,50 € · -12,5"),
        ("ro-cp1250.csv", "Conştientizare · 12.500 · 12,5 % · 1.234,50 lei · (12,5)"),
    ],
)
def test_text_as_read_is_the_files_text_not_the_numbers_read(
    qtbot, make_window, repo_root: Path, name: str, shown: str
) -> None:
    """The preview that lets a Greek or Romanian analyst judge the encoding shows the file's own text
    (it showed "12500 · 0.125 · 1234.5": numbers that read otherwise to them)."""
    wizard = open_wizard(qtbot, make_window, repo_root / "tests/data/locales" / name, greek_map())
    preview = wizard.source_page.options.preview.text()
    assert shown in preview and "0.125" not in preview
