"""Read-only mode of a window: view, present and export the map; editing is disabled and says why.

The document refuses every edit while it is read-only (one gate for gestures, dialogs and
actions); this module makes that visible: editing actions are greyed out with the reason as their
tooltip, a bar above the map explains it and offers Save As (a copy elsewhere is editable), and an
edit attempted anyway (a double-click, a drag) is answered in the status bar.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from cjm_desktop.i18n import tr
from cjm_desktop.ui.message_bar import MessageBar

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


def file_is_read_only(path: Path) -> bool:
    """True when a map's file cannot or should not be written.

    Both the permission bits and os.access count: a file marked read-only (no write bit, as a
    colleague or a "read-only" checkbox leaves it) is respected even by an administrator, whom
    os.access lets write anything.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # gone: saving creates it again
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


OBJECT_NAME = "read-only-mode"


class ReadOnlyMode(QObject):
    """Greys out a window's editing actions while its document is read-only."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.doc = window.doc
        self._tips: dict[QAction, str] = {}
        self.bar = ReadOnlyBar(window)
        self.doc.read_only_changed.connect(self._apply)
        self.doc.edit_refused.connect(self._refused)

    def editing_actions(self) -> list[QAction]:
        """Every action that changes the map (Save too: Save As stays, it writes elsewhere)."""
        w = self.window
        e = w.edit
        actions = [e.undo, e.redo, e.cut, e.paste, e.duplicate, e.delete, e.edit_text]
        actions += [a for a in w.insert_menu.actions() if not a.isSeparator()]
        actions.append(w.save_action)
        for owner, names in (
            ("metrics_actions", ("import_action", "refresh_action")),
            ("personas", ("open_action", "add_action")),
            ("workshop", ("voting_action", "reset_action")),
        ):
            feature = getattr(w, owner, None)
            actions += [getattr(feature, n) for n in names if getattr(feature, n, None) is not None]
        return actions

    def _apply(self, reason: str) -> None:
        for action, tip in self._tips.items():
            action.changed.disconnect(self._keep_disabled)
            action.setToolTip(tip)
            action.setEnabled(True)
        self._tips.clear()
        if reason:
            for action in self.editing_actions():
                self._tips[action] = action.toolTip()
                action.setToolTip(reason)
                action.setEnabled(False)
                # Actions re-enable themselves (undo on a stack change, delete on a selection).
                action.changed.connect(self._keep_disabled)
        suffix = tr("ReadOnlyMode", " (read-only)")
        title = self.window.windowTitle().replace(suffix, "")
        # The title is "NAME[*] — cjm-desktop": the mark goes right after the name, where eyes look.
        self.window.setWindowTitle(title.replace("[*]", "[*]" + suffix, 1) if reason else title)
        self.window.inspector.setEnabled(not reason)
        self.window.inspector.setToolTip(reason)
        self.bar.show_reason(reason)

    def _keep_disabled(self) -> None:
        for action in self._tips:
            if action.isEnabled():
                action.setEnabled(False)

    def _refused(self, reason: str) -> None:
        self.window.statusBar().showMessage(tr("ReadOnlyMode", "Not changed: %s") % reason, 6000)
        self.window.scene.rebuild()  # a gesture may have moved something on screen only


class ReadOnlyBar(MessageBar):
    """A bar above the map: why it is read-only, and Save As for an editable copy."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "read-only-bar", "#e4ecf7", "#9fb4d3")
        self.save_as_button = self.add_button(tr("ReadOnlyBar", "Save &as…"))
        self.save_as_button.clicked.connect(lambda _checked=False: window.save_as())

    def show_reason(self, reason: str) -> None:
        """Show the bar with the reason, or hide it when the map is editable."""
        self.label.setText(tr("ReadOnlyBar", "Read-only: %s Save a copy to edit it.") % reason)
        self.setVisible(bool(reason))


def read_only_mode(window: MainWindow) -> ReadOnlyMode:
    """The read-only handling of a window (created on first use)."""
    # By name, among the window's own children: PySide then wraps only the match, not every widget
    # and action of the window (at start that made Python types for a dozen Qt classes, ~5 ms).
    mode = window.findChild(ReadOnlyMode, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return mode if mode is not None else ReadOnlyMode(window)
