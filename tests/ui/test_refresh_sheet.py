"""Refresh when the remembered sheet is gone: the dialog says so, offers the workbook's sheets, and
applies the chosen sheet's values and name as one undo step."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.paths import resources_dir
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.refresh_dialog import RefreshDialog

SAMPLES = resources_dir() / "samples"
REMEMBERED = "Journey metrics"  # the sheet the sample map's source names
RENAMED = "Polun mittarit"  # the same sheet in a workbook exported in Finnish


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    for name in ("ecommerce.cjm", "ecommerce-metrics.xlsx"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    path = tmp_path / "ecommerce.cjm"
    window = MainWindow(JourneyDocument(load_map(path), path))
    yield window
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()


def rename_sheet(book_path: Path, other_sheet: str | None = None) -> None:
    """Rename the metrics sheet, change the checkout page's cart abandonment, maybe add a sheet first."""
    book = openpyxl.load_workbook(book_path)
    sheet = book[REMEMBERED]
    sheet.title = RENAMED
    (row,) = [r for r in sheet.iter_rows() if r[1].value == "Checkout page"]
    assert row[6].value == pytest.approx(0.69)  # the Cart abandonment column
    row[6].value = 0.58
    if other_sheet is not None:
        book.create_sheet(other_sheet, 0).append(["Notes on this export"])
    book.save(book_path)


def checkout_abandonment(window: MainWindow) -> float:
    (value,) = [
        v.value
        for v in window.doc.journey.metric_values
        if v.card_id == "card-005" and v.metric_id == "metric-abandon" and not v.persona_id
    ]
    return value


def apply_and_undo(qtbot, window: MainWindow, dialog: RefreshDialog, before: str) -> None:
    """Apply: the chosen sheet's value and name, as one step; undo: the map exactly as before."""
    assert dialog.apply_button.isEnabled() and len(dialog.changes) == 1
    count = window.doc.undo_stack.count()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    source = window.doc.journey.metric_source
    assert checkout_abandonment(window) == pytest.approx(0.58)
    assert source.sheet == RENAMED and source.path == "ecommerce-metrics.xlsx"  # the path stays relative
    assert window.doc.undo_stack.count() == count + 1
    after = dumps(window.doc.journey)
    window.doc.undo_stack.undo()
    assert dumps(window.doc.journey) == before
    assert window.doc.journey.metric_source.sheet == REMEMBERED
    assert checkout_abandonment(window) == pytest.approx(0.69)
    window.doc.undo_stack.redo()
    assert dumps(window.doc.journey) == after


def test_a_renamed_only_sheet_is_named_preselected_and_remembered(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    book = tmp_path / "ecommerce-metrics.xlsx"
    rename_sheet(book)
    before = dumps(window.doc.journey)
    dialog = RefreshDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.show()
    offered: list[tuple[list[str], str]] = []
    dialog.sheet_missing.connect(lambda names: offered.append((names, dialog.message.text())))
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        dialog.start()
    ((names, said),) = offered
    assert names == [RENAMED] and str(book) in said and REMEMBERED in said
    # With the changes listed, the dialog still says which sheet it read instead of which.
    text = dialog.message.text()
    assert book.name in text and f"“{REMEMBERED}”" in text and f"“{RENAMED}”" in text
    assert dialog.sheet_row.isVisible() and dialog.sheet_combo.currentText() == RENAMED
    assert "Checkout page" in dialog.table.item(0, 0).text()
    apply_and_undo(qtbot, window, dialog, before)


def test_the_user_picks_the_renamed_sheet_among_several(qtbot, window: MainWindow, tmp_path: Path) -> None:
    rename_sheet(tmp_path / "ecommerce-metrics.xlsx", other_sheet="Notes")
    before = dumps(window.doc.journey)
    dialog = RefreshDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sheet_missing, timeout=30000) as blocker:
        dialog.start()
    assert blocker.args == [["Notes", RENAMED]]
    combo = dialog.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Notes", RENAMED]
    assert combo.currentIndex() == -1 and not dialog.apply_button.isEnabled()  # no guess between two
    assert dialog.message.text().count(REMEMBERED) == 1 and dialog.table.rowCount() == 0
    combo.setFocus()
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last sheet, as the keyboard chooses it
    assert combo.currentText() == RENAMED
    assert f"“{REMEMBERED}” any more: read from “{RENAMED}”" in dialog.message.text()
    apply_and_undo(qtbot, window, dialog, before)


def test_the_remembered_sheet_still_there_reads_as_before(qtbot, window: MainWindow) -> None:
    dialog = window.metrics_actions.open_refresh()
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        pass
    assert not dialog.sheet_row.isVisible() and not dialog.apply_button.isEnabled()  # nothing changed


def test_cancel_after_choosing_leaves_the_map_and_its_source_alone(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    rename_sheet(tmp_path / "ecommerce-metrics.xlsx")
    before, count = dumps(window.doc.journey), window.doc.undo_stack.count()
    dialog = window.metrics_actions.open_refresh()
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        pass
    assert dialog.source.sheet == RENAMED  # the dialog's copy of the source, not the map's
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == count
    assert window.doc.journey.metric_source.sheet == REMEMBERED


def test_a_chosen_sheet_that_does_not_fit_asks_for_another_not_for_a_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Choosing the notes sheet by mistake: the dialog names that sheet and keeps the choice open (no
    Locate…: the file is the right one); the right sheet then reads as usual."""
    rename_sheet(tmp_path / "ecommerce-metrics.xlsx", other_sheet="Notes")
    before = dumps(window.doc.journey)
    dialog = RefreshDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sheet_missing, timeout=30000):
        dialog.start()
    with qtbot.waitSignal(dialog.failed, timeout=30000) as blocker:
        dialog.sheet_combo.activated.emit(0)  # "Notes", as a click on it does
    (said,) = blocker.args
    assert "“Notes”" in said and "Choose another sheet" in said
    assert not dialog.locate_button.isVisible() and dialog.sheet_row.isVisible()
    assert not dialog.apply_button.isEnabled() and dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        dialog.sheet_combo.setCurrentIndex(1)
        dialog.sheet_combo.activated.emit(1)
    apply_and_undo(qtbot, window, dialog, before)
