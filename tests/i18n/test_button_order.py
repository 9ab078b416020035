"""Tab walks a dialog's buttons in the order they are shown (left to right), in every language."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.export_dialog import ExportDialog
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.refresh_dialog import RefreshDialog


def tab_visits(dialog: QDialog, buttons: list[QAbstractButton]) -> list[str]:
    """The shown BUTTONS in the order Tab reaches them, going round the dialog's focus chain once."""
    seen: list[str] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if widget in buttons and widget.isVisible():
            seen.append(widget.text())
        widget = widget.nextInFocusChain()
    return seen


def shown_left_to_right(buttons: list[QAbstractButton]) -> list[str]:
    return [b.text() for b in sorted((b for b in buttons if b.isVisible()), key=lambda b: b.x())]


@pytest.mark.parametrize("code", ["en", "hu"])
def test_export_and_refresh_buttons_tab_left_to_right(
    code: str,
    speak: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    qtbot,
) -> None:
    speak(code)
    window = make_window(load_map(sample_map_path()))
    for dialog in (ExportDialog(window.scene, parent=window), RefreshDialog(window.doc, window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.findChild(QDialogButtonBox)
        buttons = box.buttons()
        assert len([b for b in buttons if b.isVisible()]) >= 2
        assert tab_visits(dialog, buttons) == shown_left_to_right(buttons)
        dialog.close()


@pytest.mark.parametrize("code", ["en", "fi", "el", "ro", "hu"])
def test_refresh_buttons_have_their_own_alt_letters(
    code: str,
    speak: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    qtbot,
) -> None:
    speak(code)
    window = make_window(load_map(sample_map_path()))
    dialog = RefreshDialog(window.doc, window)
    qtbot.addWidget(dialog)
    letters = []
    for button in dialog.findChild(QDialogButtonBox).buttons():
        marked = re.findall(r"&(\w)", button.text().replace("&&", ""))
        letters += [letter.lower() for letter in marked]
    apply_and_locate = (dialog.apply_button.text(), dialog.locate_button.text())
    assert all(re.search(r"&\w", text) for text in apply_and_locate), apply_and_locate
    assert len(letters) == len(set(letters)), letters
