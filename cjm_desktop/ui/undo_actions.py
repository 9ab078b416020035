"""Edit ▸ Undo / Redo actions whose whole text is one translatable sentence.

Qt's ``QUndoStack.createUndoAction(parent, prefix)`` glues the prefix and the command's name with a
space ("Anulează Adaugă o etapă" in Romanian: verb + verb). Here each entry is one string with a
placeholder (``"&Undo %1"``), so a translation can restructure it ("&Anulează: %1"), and the plain
"&Undo" stays when there is nothing to undo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from cjm_desktop.i18n import tr


def undo_text(name: str) -> str:
    """The Undo entry for the command NAME (the plain "&Undo" when there is none)."""
    if not name:
        return tr("EditActions", "&Undo")
    return tr("EditActions", "&Undo %1").replace("%1", name)


def redo_text(name: str) -> str:
    """The Redo entry for the command NAME (the plain "&Redo" when there is none)."""
    if not name:
        return tr("EditActions", "&Redo")
    return tr("EditActions", "&Redo %1").replace("%1", name)


class UndoRedoAction(QAction):
    """Undoes (or redoes) the stack's next command and names it in one translated sentence."""

    def __init__(self, stack: QUndoStack, parent: QObject, redo: bool = False) -> None:
        super().__init__(parent)
        self.stack, self.is_redo = stack, redo
        # Bound methods of this QObject: Qt drops the connections when the action is destroyed.
        if redo:
            stack.canRedoChanged.connect(self.setEnabled)
            stack.redoTextChanged.connect(self.name_changed)
            self.setShortcut(QKeySequence.StandardKey.Redo)
        else:
            stack.canUndoChanged.connect(self.setEnabled)
            stack.undoTextChanged.connect(self.name_changed)
            self.setShortcut(QKeySequence.StandardKey.Undo)
        self.triggered.connect(self.run)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self.name_changed(stack.redoText() if redo else stack.undoText())

    @Slot(str)
    def name_changed(self, name: str) -> None:
        """Say which command the next Undo (Redo) reverts (repeats)."""
        self.setText(redo_text(name) if self.is_redo else undo_text(name))

    @Slot()
    def run(self) -> None:
        """Undo (redo) one step."""
        if self.is_redo:
            self.stack.redo()
        else:
            self.stack.undo()
