"""Qt's own buttons speak the language too, also where PySide6 ships no Qt catalogue (Greek, Romanian)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard


@pytest.mark.parametrize(
    ("code", "cancel", "next_text"),
    [
        ("fi", "Peru", "&Seuraava >"),
        ("el", "Ακύρωση", "&Επόμενο >"),
        ("ro", "Anulează", "Înai&nte >"),
        ("hu", None, None),
    ],
)
def test_dialog_and_wizard_buttons(
    code: str, cancel: str | None, next_text: str | None, speak: Callable[[str], list[str]], qtbot
) -> None:
    loaded = speak(code)
    # PySide6 ships Qt's catalogue for fi and hu only; for el and ro ours answers for Qt.
    assert (f"qtbase_{code}" in loaded) == (code in ("fi", "hu"))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    shown_cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    shown_next = wizard.buttonText(QWizard.WizardButton.NextButton)
    assert shown_cancel != "Cancel" and shown_next != "&Next >"
    if cancel:
        assert (shown_cancel, shown_next) == (cancel, next_text)
