"""The start page answers Alt+letter in every language: its two buttons and its two lists."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from cjm_desktop.ui.main_window import MainWindow, open_windows
from cjm_desktop.ui.menu_keys import accelerator
from cjm_desktop.ui.start_page import StartPage
from tests.i18n.conftest import LANGS
from tests.ui.conftest import close_new_windows


@pytest.mark.parametrize("code", LANGS)
def test_start_page_buttons_and_lists_have_their_own_letters(
    code: str, speak: Callable[[str], list[str]], qtbot
) -> None:
    speak(code)
    before = set(open_windows())
    page = StartPage(MainWindow())
    page.show()
    qtbot.waitExposed(page)
    headings = [label for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts = [page.open_button.text(), page.sample_button.text(), *(label.text() for label in headings)]
    assert len(texts) == 4 and None not in map(accelerator, texts), texts
    letters = Counter(map(accelerator, texts))
    assert [t for t in texts if letters[accelerator(t)] > 1] == [], texts
    templates = next(label for label in headings if label.buddy() is page.template_list)
    page.activateWindow()  # Alt+letter goes through the active window's shortcuts
    qtbot.waitUntil(page.isActiveWindow)
    page.open_button.setFocus()
    # Key code and text given: QTest derives text only for ASCII, and Greek letters are keys of their own.
    letter = accelerator(templates.text())
    key = Qt.Key(ord(letter.upper()))
    QTest.sendKeyEvent(QTest.KeyAction.Click, page.open_button, key, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.template_list.hasFocus)
    if shiboken6.isValid(page):
        page.close()
    close_new_windows(before)
