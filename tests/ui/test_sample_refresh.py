"""Map ▸ Refresh metrics on the bundled sample: it re-reads the sheet beside the map, one undo step."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.paths import resources_dir
from cjm_desktop.ui.main_window import MainWindow

SAMPLES = resources_dir() / "samples"


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


def checkout_abandonment(window: MainWindow) -> float:
    (value,) = [
        v.value
        for v in window.doc.journey.metric_values
        if v.card_id == "card-005" and v.metric_id == "metric-abandon" and not v.persona_id
    ]
    return value


def test_refresh_reads_a_changed_value_from_the_sheet_beside_the_sample(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    sheet = tmp_path / "ecommerce-metrics.xlsx"
    book = openpyxl.load_workbook(sheet)
    rows = list(book.active.iter_rows())
    (row,) = [r for r in rows if r[1].value == "Checkout page"]
    assert row[6].value == pytest.approx(0.69)  # the Cart abandonment column
    row[6].value = 0.58
    book.save(sheet)
    before = dumps(window.doc.journey)
    dialog = window.metrics_actions.open_refresh()
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        pass
    assert dialog.apply_button.isEnabled() and len(dialog.changes) == 1
    assert "Checkout page" in dialog.table.item(0, 0).text()
    dialog.accept()
    assert checkout_abandonment(window) == pytest.approx(0.58)
    assert window.doc.journey.metric_source.path == "ecommerce-metrics.xlsx"  # still relative
    window.doc.undo_stack.undo()
    assert dumps(window.doc.journey) == before and checkout_abandonment(window) == pytest.approx(0.69)


def test_a_copy_of_the_sample_still_finds_its_sheet(qtbot) -> None:
    window = MainWindow()  # an untouched blank map: the sample's copy opens in this window
    try:
        window.new_from_sample()
        source = window.doc.journey.metric_source
        assert window.doc.path is None and Path(source.path).is_absolute()
        assert Path(source.path) == SAMPLES / "ecommerce-metrics.xlsx"  # anchored at the bundled sheet
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
