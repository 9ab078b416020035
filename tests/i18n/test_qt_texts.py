"""Qt's own buttons speak the language too, also where PySide6 ships no Qt catalogue (Greek, Romanian)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeView, QWizard


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


@pytest.mark.parametrize(
    ("code", "look_in", "file_types"),
    [
        ("fi", "&Lähde:", "Tiedostot&yyppi:"),
        ("el", "Αναζήτηση &σε:", "&Τύπος αρχείων:"),
        ("ro", "&Caută în:", "&Tip fișiere:"),
        ("hu", "&Keresés itt:", "Fájlok &típusa:"),
    ],
)
def test_qts_own_file_dialog_speaks_the_language(
    code: str, look_in: str, file_types: str, speak: Callable[[str], list[str]], qtbot
) -> None:
    """Export and Save as, where the desktop has no native dialog: Qt 6.11's "&Look in:" and
    "Files of &type:" read English in Finnish and Hungarian too (Qt's catalogues know the old texts)."""
    from PySide6.QtWidgets import QDialogButtonBox as Buttons
    from PySide6.QtWidgets import QFileDialog, QLabel

    speak(code)
    dialog = QFileDialog(None, "t")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look_in
    assert labels["fileTypeLabel"] == file_types
    assert labels["fileNameLabel"] != "File &name:"
    save = dialog.findChild(Buttons).button(Buttons.StandardButton.Save)
    assert save is None or save.text() not in ("&Save", "Save")
    header = dialog.findChild(QTreeView).model()
    assert header.headerData(0, Qt.Orientation.Horizontal) != "Name"
