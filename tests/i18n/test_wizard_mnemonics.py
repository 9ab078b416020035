"""Every field of the metrics import wizard has a label with its own Alt letter, on every page, in every language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QRadioButton, QWidget, QWizard

from cjm_desktop.model import Journey, Stage
from cjm_desktop.ui.import_wizard import ImportWizard
from cjm_desktop.ui.main_window import MainWindow
from tests.i18n.conftest import LANGS
from tests.ui.test_import_wizard import click

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt letter of a label or button text ('&&' is a literal ampersand)."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def form_labels(page: QWidget) -> list[QLabel]:
    """The labels of every form row on the page (a row that spans the form has none)."""
    labels = []
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().isVisibleTo(page):
                labels.append(item.widget())
    return labels


def page_problems(wizard: ImportWizard) -> list[str]:
    """Form labels without a buddy or Alt letter, and Alt letters used twice where the page shows."""
    page = wizard.currentPage()
    labels = form_labels(page)
    assert labels or page in (wizard.metrics_page, wizard.stages_page)  # these two pages are tables
    problems = [f"no buddy: {lb.text()!r}" for lb in labels if lb.buddy() is None]
    problems += [f"no Alt letter: {lb.text()!r}" for lb in labels if mnemonic(lb.text()) is None]
    buttons = [b for b in wizard.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
    texts = [lb.text() for lb in labels] + [b.text() for b in buttons]
    keys = Counter(k for k in map(mnemonic, texts) if k)
    problems += [f"'{k}' twice: {[t for t in texts if mnemonic(t) == k]}" for k, n in keys.items() if n > 1]
    return [f"{page.title()}: {p}" for p in problems]


@pytest.mark.parametrize("code", LANGS)
def test_every_wizard_label_has_a_unique_alt_letter_on_every_page(
    code: str,
    speak: Callable[[str], list[str]],
    make_window: Callable[..., MainWindow],
    qtbot,
    tmp_path: Path,
) -> None:
    speak(code)
    path = tmp_path / "metrics.csv"
    path.write_text("Stage;Visits\nAwareness;100\nPurchase;50\n", encoding="utf-8")
    win = make_window(Journey(stages=[Stage("s1", "Awareness"), Stage("s2", "Purchase")]))
    wizard = ImportWizard(win.doc, win)
    wizard.show()
    qtbot.waitExposed(wizard)
    problems = page_problems(wizard)  # the first page before any file is read
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        qtbot.keyClicks(wizard.source_page.path_edit, str(path))
        qtbot.keyClick(wizard.source_page.path_edit, Qt.Key.Key_Return)
    seen = []
    while True:
        seen.append(wizard.currentPage())
        problems += page_problems(wizard)
        if wizard.currentPage() is wizard.layout_page:  # the long layout shows two more columns
            shown = len(form_labels(wizard.layout_page))
            wizard.layout_page.findChild(QRadioButton, "layout-long").click()
            assert len(form_labels(wizard.layout_page)) > shown
            problems += page_problems(wizard)
            wizard.layout_page.findChild(QRadioButton, "layout-rows").click()
        if wizard.currentPage() is wizard.stages_page:
            break
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert len(seen) == 4 and problems == [], "\n".join(problems)
    # The Alt letter of a label moves the focus to its field.
    wizard.back()
    wizard.back()
    wizard.back()
    options = wizard.source_page.options
    label = next(lb for lb in form_labels(wizard.source_page) if lb.buddy() is options.decimal)
    wizard.activateWindow()  # Alt+letter goes through the active window's shortcuts
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.source_page.path_edit.setFocus()
    # Key code and text both given: QTest derives the text only for ASCII (Greek letters are keys too).
    letter = mnemonic(label.text())
    key = Qt.Key(ord(letter.upper()))
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, wizard.source_page.path_edit, key, letter, Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(options.decimal.hasFocus)
    wizard.reject()
