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
