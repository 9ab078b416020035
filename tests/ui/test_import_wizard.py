"""The metrics import as a new user does it: wizard, stage matching, Refresh with its diff, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QPushButton, QWizard

from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import LaneKind
from cjm_desktop.ui.import_wizard import ImportWizard, file_filter
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.sheet_reading import SheetJob
from tests.ui.metrics_workbook import SHEET_STAGES, bare_sample, expected, write_daily

SHEET_TO_MAP = dict(
    zip(SHEET_STAGES, ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy"), strict=True)
)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    window = MainWindow(JourneyDocument(bare_sample()))
    yield window
    window.doc.undo_stack.setClean()  # no "save changes?" prompt on close
    window.close()  # the window deletes itself on close
    QApplication.processEvents()


def values(window: MainWindow) -> dict[tuple[str, str], float]:
    journey = window.doc.journey
    names = {m.id: m.name for m in journey.metrics}
    stages = {s.id: s.name for s in journey.stages}
    return {(stages[v.stage_id], names[v.metric_id]): v.value for v in journey.metric_values}


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def run_wizard(qtbot, window: MainWindow, path: Path) -> ImportWizard:
    window.metrics_actions.import_action.trigger()
    wizard = window.metrics_actions.wizard
    assert wizard is not None and wizard.isVisible()
    source = wizard.source_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing read yet
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        qtbot.keyClicks(source.path_edit, str(path))
        qtbot.keyClick(source.path_edit, Qt.Key.Key_Return)
    assert source.sheet_combo.currentText() == "Daily"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    layout = wizard.layout_page
    assert layout.header_spin.value() == 2  # the title line above the header was skipped
    assert layout.findChild(object, "layout-rows").isChecked()
    assert layout.stage_combo.currentText() == "Stage" and layout.date_combo.currentText() == "Date"
    preview = layout.preview.model()
    assert preview.rowCount() == 37
    assert preview.data(preview.index(2, 1)) == "awareness"
    assert preview.data(preview.index(2, 4)) == "30.0 %"  # shown as the spreadsheet shows it
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    metrics = wizard.metrics_page.table
    rows = {metrics.item(r, 0).text(): r for r in range(metrics.rowCount())}
    assert list(rows) == ["Sessions", "Conversions", "Bounce rate", "Time on page", "NPS"]
    bounce, nps = rows["Bounce rate"], rows["NPS"]
    assert metrics.cellWidget(bounce, 2).currentText() == "percent"
    assert metrics.cellWidget(bounce, 3).currentText() == "lower"  # bounce rate: lower is better
    assert metrics.cellWidget(rows["Time on page"], 2).currentText() == "duration"
    assert metrics.cellWidget(rows["Sessions"], 5).currentText() == "sum"
    assert metrics.cellWidget(nps, 5).currentText() == "mean"
    metrics.item(bounce, 4).setText("40")  # the user sets targets as shown: 40 %
    metrics.item(nps, 4).setText("25")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    stages = wizard.stages_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # "Loyalty" matches nothing: a decision is due
    assert "Loyalty" in stages.summary.text()
    loyalty = next(
        r
        for r in range(stages.table.rowCount())
        if stages.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "Loyalty"
    )
    assert "no match" in stages.table.item(loyalty, 0).text()
    matched = stages.table.cellWidget(0, 1)
    assert isinstance(matched, QComboBox) and matched.currentText() == "Awareness"  # "awareness" matched
    combo: QComboBox = stages.table.cellWidget(loyalty, 1)
    combo.setCurrentIndex(combo.findText("Retention"))
    assert finish.isEnabled()
    return wizard


def test_wizard_import_refresh_and_undo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = write_daily(tmp_path / "daily.xlsx")
    before = dumps(window.doc.journey)
    wizard = run_wizard(qtbot, window, path)
    with qtbot.waitSignal(wizard.imported):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.doc.undo_stack.count() == 1
    got, hand = values(window), expected()
    for (sheet_stage, metric), value in hand.items():
        assert got[(SHEET_TO_MAP[sheet_stage], metric)] == pytest.approx(value), (sheet_stage, metric)
    journey = window.doc.journey
    bounce = next(m for m in journey.metrics if m.name == "Bounce rate")
    assert bounce.target == pytest.approx(0.4) and not bounce.higher_is_better
    assert next(m for m in journey.metrics if m.name == "NPS").target == 25
    assert all(len(v.series) == 7 for v in journey.metric_values)  # sparklines have their series
    row = next(
        item
        for lane_id, item in window.scene.row_items.items()
        if journey.lane(lane_id).kind == LaneKind.METRICS
    )
    worst = [m for m in row.funnel_marks() if m.worst]
    assert len(worst) == 1 and (worst[0].from_index, worst[0].to_index) == (3, 4)  # Retention -> Advocacy
    assert window.metrics_actions.refresh_action.isEnabled()
    imported = dumps(journey)

    # Next month: the source changes; Refresh lists old -> new and applies it as one step.
    write_daily(path, scale=1.5)
    dialog = window.metrics_actions.open_refresh()
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        pass  # the file is read in a worker thread; the dialog says when the diff is listed
    table = dialog.table
    rows = {
        (table.item(r, 0).text(), table.item(r, 1).text()): (
            table.item(r, 2).text(),
            table.item(r, 3).text(),
            table.item(r, 4).text(),
        )
        for r in range(table.rowCount())
    }
    old, new = expected()[("Loyalty", "Sessions")], expected(1.5)[("Loyalty", "Sessions")]
    assert rows[("Retention", "Sessions")] == (f"{old:,.0f}", f"{new:,.0f}", "changed")
    assert ("Awareness", "NPS") not in rows  # NPS does not depend on the scale: unchanged, not listed
    assert f"Values to update from {path.name}: {len(rows)}." in dialog.message.text()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert window.doc.undo_stack.count() == 2 and window.doc.undo_stack.undoText() == "Refresh metrics"
    assert values(window)[("Retention", "Sessions")] == new
    window.doc.undo_stack.undo()
    assert dumps(window.doc.journey) == imported
    assert values(window)[("Retention", "Sessions")] == old
    window.doc.undo_stack.undo()
    assert dumps(window.doc.journey) == before


def test_missing_source_offers_locate(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_daily(tmp_path / "daily.xlsx")
    wizard = run_wizard(qtbot, window, path)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    moved = path.rename(tmp_path / "moved.xlsx")
    write_daily(moved, scale=2.0)
    dialog = window.metrics_actions.open_refresh()
    assert "was not found" in dialog.message.text() and str(path) in dialog.message.text()
    assert dialog.locate_button.isVisible() and not dialog.apply_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        qtbot.mouseClick(dialog.locate_button, LEFT)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert window.doc.journey.metric_source.path == str(moved)
    assert values(window)[("Awareness", "Sessions")] == expected(2.0)[("awareness", "Sessions")]


def test_unreadable_file_is_reported_and_map_untouched(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("this is not a workbook", encoding="utf-8")
    before = dumps(window.doc.journey)
    wizard = ImportWizard(window.doc, window)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.load_failed, timeout=10000) as blocker:
        wizard.load(bad)
    assert "notes.xlsx" in wizard.source_page.info.text() or blocker.args[0] in wizard.source_page.info.text()
    assert not wizard.source_page.isComplete()
    wizard.reject()
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == 0


def test_cancelled_read_reports_cancelled(qtbot, tmp_path: Path) -> None:
    job = SheetJob(write_daily(tmp_path / "d.xlsx"))
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=10000) as blocker:
        job.start()
    job.wait()
    assert blocker.args[0].kind == "cancelled"


def test_file_filter_lists_every_supported_type() -> None:
    text = file_filter()
    for suffix in (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".tsv"):
        assert f"*{suffix}" in text


def test_export_workbook_reimports_cleanly(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = run_wizard(qtbot, window, write_daily(tmp_path / "daily.xlsx"))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    out = tmp_path / "export"  # no suffix typed: the action adds .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    actions = window.metrics_actions
    assert actions.export_action in window.map_menu.actions() and actions.export_action.isEnabled()
    actions.export_action.trigger()
    exported = out.with_suffix(".xlsx")
    assert exported.is_file()
    # The exported workbook, imported into a fresh copy of the map, gives the same numbers.
    fresh = MainWindow(JourneyDocument(bare_sample()))
    try:
        again = ImportWizard(fresh.doc, fresh)  # a child of ``fresh``: deleted when it closes
        with qtbot.waitSignal(again.table_loaded, timeout=10000):
            again.load(exported)
        assert again.table.sheet == "Metrics"
        for _ in range(3):
            again.next()
        assert again.stages_page.isComplete()  # the stage names are the map's own
        again.accept()
        old, new = values(window), values(fresh)
        assert new.keys() == old.keys()
        for key, value in old.items():
            assert new[key] == pytest.approx(value, rel=1e-9), key
        formats = {m.name: m.format for m in fresh.doc.journey.metrics}
        assert formats["Bounce rate"] == "percent" and formats["Time on page"] == "duration"
    finally:
        fresh.doc.undo_stack.setClean()
        fresh.close()
        QApplication.processEvents()


def test_progress_dialog_cancel_stops_the_read(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from cjm_desktop.ui.sheet_reading import SheetReading

    parent = QWidget()
    qtbot.addWidget(parent)
    reading = SheetReading(parent, write_daily(tmp_path / "d.xlsx"))
    qtbot.mouseClick(reading.dialog.findChild(QPushButton), LEFT)  # the dialog's Cancel button
    with qtbot.waitSignal(reading.failed, timeout=10000) as blocker:
        reading.start()
    assert blocker.args[0].kind == "cancelled"
    assert not reading.job.isRunning()


def test_closing_the_wizard_while_reading_is_safe(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = write_daily(tmp_path / "d.xlsx")
    wizard = ImportWizard(window.doc, window, path)  # starts reading at once
    reading = wizard.reading
    assert reading is not None
    wizard.reject()
    assert not reading.job.isRunning() and wizard.table is None
    assert window.doc.undo_stack.count() == 0
