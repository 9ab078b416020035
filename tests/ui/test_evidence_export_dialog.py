"""The export dialog's "Evidence appendix" checkbox adds the appendix pages to a PDF."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from cjm_desktop.io.mapfile.cjm_file import load_map

V5 = Path(__file__).resolve().parents[1] / "data" / "format-v5.cjm"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def page_texts(path: Path) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(path).pages]


def test_the_export_dialog_checkbox_adds_the_appendix(qtbot, make_window, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from cjm_desktop.ui.export_actions import open_export_dialog

    window = make_window(load_map(V5))
    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.evidence_appendix.isVisible() and not dialog.evidence_appendix.isChecked()
    qtbot.mouseClick(dialog.evidence_appendix, Qt.MouseButton.LeftButton)
    assert dialog.options().evidence_appendix
    out = tmp_path / "dialog.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        assert dialog.export_to(out)
    assert squash("Evidence level: Backed by data") in "".join(page_texts(out)[1:])
    dialog.close()


def outline(path: Path) -> list[tuple[str, int]]:
    """The PDF's top-level bookmarks as (title, page index)."""
    reader = PdfReader(path)
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]


def test_the_page_count_and_preview_include_the_appendix(qtbot, make_window, tmp_path: Path) -> None:
    from cjm_desktop.ui.export_actions import open_export_dialog

    window = make_window(load_map(V5))
    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.update_preview()
    plain_count, plain_preview = dialog.page_count, dialog.preview.pixmap().toImage()
    assert plain_count == 1
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.evidence_appendix.setChecked(True)  # the live preview follows the checkbox
    assert dialog.page_count > plain_count
    assert dialog.preview.pixmap().toImage() != plain_preview  # the appendix's first page is drawn
    assert "Evidence appendix" in dialog.caption.text()
    out = tmp_path / "counted.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        assert dialog.export_to(out)
    assert len(PdfReader(out).pages) == dialog.page_count
    # The map keeps its entry; "Evidence" opens the appendix's first page.
    assert outline(out) == [(window.doc.journey.title, 0), ("Evidence", 1)]
    dialog.close()


def test_per_stage_pages_and_the_appendix_each_get_bookmarks(qtbot, make_window, tmp_path: Path) -> None:
    from cjm_desktop.ui.export_actions import open_export_dialog

    journey = load_map(V5)
    window = make_window(journey)
    dialog = open_export_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.layout_group.button(2).setChecked(True)  # one page per stage
    dialog.evidence_appendix.setChecked(True)
    dialog.update_preview()
    stages = len(journey.stages)
    assert dialog.page_count > stages
    out = tmp_path / "stages.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        assert dialog.export_to(out)
    assert len(PdfReader(out).pages) == dialog.page_count
    marks = outline(out)
    assert [page for _title, page in marks] == list(range(stages + 1))
    assert marks[-1] == ("Evidence", stages)
    assert marks[0][0].endswith(journey.stages[0].name)
    dialog.close()
