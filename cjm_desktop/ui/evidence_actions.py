"""View ▸ Show assumptions only: a view filter that fades every card not marked as an assumption.

View state only: it never enters the undo history or the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cjm_desktop.document.evidence_edits import rebase_file_paths
from cjm_desktop.i18n import tr

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


class EvidenceActions(QObject):
    """The evidence view filter of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
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

    def keep_file_links(self, path: Path) -> bool:
        """Before saving into another folder, re-point relative file evidence (one undo step)."""
        doc = self.window.doc
        old = doc.path.parent if doc.path is not None else None
        if old is None or old.resolve() != path.parent.resolve():
            rebase_file_paths(doc, old, path.parent)
        return True
