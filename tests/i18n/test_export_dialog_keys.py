"""Every choice in the Export dialog has its own Alt letter, in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel

from cjm_desktop.ui.export_dialog import ExportDialog
from cjm_desktop.ui.main_window import MainWindow
from tests.i18n.conftest import LANGS
from tests.i18n.test_layout_fit import show, window  # noqa: F401 - the sample in a 1366x768 window

LETTER = re.compile(r"&(\w)")


@pytest.mark.parametrize("code", LANGS)
def test_every_export_choice_has_its_own_letter(code: str, window: MainWindow, qtbot) -> None:  # noqa: F811
    """The title-block box and the Scale / DPI choice had none: only Tab reached them."""
    dialog = show(qtbot, ExportDialog(window.scene, parent=window))
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    texts = [
        w.text()
        for w in [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
        if w.isVisibleTo(dialog)
        and w.text()
        and w is not cancel
        and (not isinstance(w, QLabel) or w.buddy() is not None)
    ]
    letters = {text: LETTER.search(text.replace("&&", "")) for text in texts}
    assert [text for text, m in letters.items() if m is None] == []
    chosen = [m.group(1).lower() for m in letters.values() if m]
    assert len(chosen) == len(set(chosen)), texts
    dialog.reject()
