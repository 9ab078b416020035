"""Refresh's sheet choice in every language: nothing cut off, and its Alt letters unique."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.refresh_dialog import RefreshDialog
from tests.i18n.conftest import LANGS
from tests.i18n.fit import clipped, too_big
from tests.i18n.test_wizard_mnemonics import mnemonic
from tests.ui.test_refresh_sheet import RENAMED, SAMPLES, rename_sheet


@pytest.mark.parametrize("code", LANGS)
def test_the_sheet_choice_fits_in_every_language(
    code: str, speak: Callable[[str], list[str]], qtbot, tmp_path: Path
) -> None:
    speak(code)
    for name in ("ecommerce.cjm", "ecommerce-metrics.xlsx"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    rename_sheet(tmp_path / "ecommerce-metrics.xlsx", other_sheet="Notes")
    path = tmp_path / "ecommerce.cjm"
    window = MainWindow(JourneyDocument(load_map(path), path))
    try:
        dialog = RefreshDialog(window.doc, window)  # the window owns it and closes it
        dialog.show()
        qtbot.waitExposed(dialog)
        with qtbot.waitSignal(dialog.sheet_missing, timeout=30000):
            dialog.start()
        QApplication.processEvents()
        combo = dialog.sheet_combo
        problems = clipped(dialog) + [too_big(dialog) or ""]
        placeholder = combo.fontMetrics().horizontalAdvance(combo.placeholderText())
        if placeholder > combo.width() - 24:  # the arrow's room
            problems.append(f"placeholder needs {placeholder} px, combo is {combo.width()}")
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        texts = [lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() is combo]
        texts += [b.text() for b in buttons]
        keys = Counter(k for k in map(mnemonic, texts) if k)
        problems += [f"Alt+{k} twice: {texts}" for k, n in keys.items() if n > 1]
        assert len(texts) == len(buttons) + 1 and mnemonic(texts[0])  # the Sheet label and its letter
        with qtbot.waitSignal(dialog.ready, timeout=30000):
            combo.setFocus()
            qtbot.keyClick(combo, Qt.Key.Key_End)
        assert combo.currentText() == RENAMED
        QApplication.processEvents()
        problems += clipped(dialog)
        assert [p for p in problems if p] == []
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
