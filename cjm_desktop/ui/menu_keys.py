"""An open menu's accelerator letters win over the window's bare-letter shortcuts.

Draw route answers a bare R while the canvas has focus, and a menu opened from the canvas leaves the
focus there: Qt offered Alt+V, R to the shortcut (a route began) instead of View ▸ Reset layout. The
menu now claims a letter that one of its entries is underlined for, as a text field claims typed keys.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

_MNEMONIC = re.compile(r"&([^&\s])")


def accelerator(text: str) -> str | None:
    """The lower-case accelerator letter of a menu text ('&&' is a literal ampersand), or None."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


class MenuLetters(QObject):
    """Event filter for menus: their entries' letters are not taken by window shortcuts."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(obj, QMenu)
            and isinstance(event, QKeyEvent)
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            and event.text()
        ):
            letter = event.text().lower()
            if any(
                a.isVisible() and a.isEnabled() and accelerator(a.text()) == letter for a in obj.actions()
            ):
                event.accept()  # the key goes to the menu, which triggers the entry
                return True
        return False


def claim_letters(menus: list[QMenu], owner: QObject) -> None:
    """Install one MenuLetters filter (kept by OWNER) on each of MENUS."""
    letters = MenuLetters(owner)
    for menu in menus:
        menu.installEventFilter(letters)
