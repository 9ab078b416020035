"""Evidence actions: Edit ▸ Evidence level for the selected cards, and View ▸ Show assumptions only.

The level is one undo step for all selected cards; the view filter is view state only: it never
enters the undo history or the file.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cjm_desktop.i18n import tr, tr_noop
from cjm_desktop.model.evidence import EvidenceLevel

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


# The menu's own texts: each needs an accelerator that is unique within the submenu.
LEVEL_MENU_TEXTS = {
    EvidenceLevel.NONE: tr_noop("EvidenceActions", "&Not set"),
    EvidenceLevel.ASSUMPTION: tr_noop("EvidenceActions", "&Assumption"),
    EvidenceLevel.ANECDOTAL: tr_noop("EvidenceActions", "Anec&dotal"),
    EvidenceLevel.DATA: tr_noop("EvidenceActions", "&Backed by data"),
}


class EvidenceActions(QObject):
    """The evidence level menu and the evidence view filter of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.level_menu = QMenu(tr("EvidenceActions", "Level &of evidence"), window)
        self.level_menu.setStatusTip(tr("EvidenceActions", "Set the evidence level of the selected cards"))
        self.level_actions: dict[str, QAction] = {}
        for level, text in LEVEL_MENU_TEXTS.items():
            action = self.level_menu.addAction(tr("EvidenceActions", text))
            action.triggered.connect(partial(self.set_level, level.value))
            self.level_actions[level.value] = action
        window.edit_menu.addSeparator()
        window.edit_menu.addMenu(self.level_menu)
        window.scene.selectionChanged.connect(self._sync_enabled)
        self._sync_enabled()
        self.assumptions_only = QAction(tr("EvidenceActions", "Show a&ssumptions only"), window)
        self.assumptions_only.setCheckable(True)
        self.assumptions_only.setStatusTip(
            tr("EvidenceActions", "Fade every card that is not marked as an assumption")
        )
        self.assumptions_only.toggled.connect(window.scene.set_assumptions_only)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.assumptions_only)
        # Last of the save checks (created after them): only a save that goes ahead moves paths.
        window.before_save.append(self.keep_file_links)

    def _sync_enabled(self) -> None:
        if not shiboken6.isValid(self.window.scene):
            return  # the window is closing: its scene emits selectionChanged while it is destroyed
        self.level_menu.setEnabled(bool(self.window.scene.selected_ids("card")))

    def set_level(self, level: str) -> None:
        """Give every selected card ``level`` (one undo step; nothing when none changes)."""
        from cjm_desktop.document.evidence_edits import set_evidence_level  # with its first use

        set_evidence_level(self.window.doc, self.window.scene.selected_ids("card"), level)

    def keep_file_links(self, path: Path) -> bool:
        """Before saving into another folder, re-point relative file evidence (one undo step)."""
        doc = self.window.doc
        old = doc.path.parent if doc.path is not None else None
        if old is None or old.resolve() != path.parent.resolve():
            from cjm_desktop.document.evidence_edits import rebase_file_paths

            rebase_file_paths(doc, old, path.parent)
        return True
