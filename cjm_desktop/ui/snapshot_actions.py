"""Snapshots feature: Map ▸ Snapshots (take, list and manage; to-be curves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cjm_desktop.i18n import tr

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow
    from cjm_desktop.ui.snapshot_dialog import SnapshotsDialog


class SnapshotActions(QObject):
    """The Map ▸ Snapshots menu of one window and its Snapshots window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: SnapshotsDialog | None = None
        menu = window.map_menu.addMenu(tr("SnapshotActions", "&Snapshots"))
        self.menu = menu
        self.take_action = QAction(tr("SnapshotActions", "&Take snapshot…"), window)
        self.take_action.setStatusTip(tr("SnapshotActions", "Keep a named, dated copy of the map inside it"))
        self.take_action.triggered.connect(lambda _c=False: self.show_dialog().take())
        self.manage_action = QAction(tr("SnapshotActions", "&Snapshots…"), window)
        self.manage_action.triggered.connect(lambda _c=False: self.show_dialog())
        self.edit_curves_action = QAction(tr("SnapshotActions", "&Edit the to-be curves…"), window)
        self.edit_curves_action.triggered.connect(lambda _c=False: self.edit_to_be())
        self.copy_curves_action = QAction(
            tr("SnapshotActions", "Cop&y the emotion curves to the to-be curves"), window
        )
        self.copy_curves_action.triggered.connect(lambda _c=False: self.copy_curves())
        self.clear_curves_action = QAction(tr("SnapshotActions", "&Clear the to-be curves"), window)
        self.clear_curves_action.triggered.connect(lambda _c=False: self.clear_curves())
        menu.addActions([self.take_action, self.manage_action])
        menu.addSeparator()
        menu.addActions([self.edit_curves_action, self.copy_curves_action, self.clear_curves_action])

    def copy_curves(self) -> None:
        """Make the emotion curves the to-be curves (one undo step)."""
        from cjm_desktop.document import snapshot_edits  # loaded on first use, not at start

        snapshot_edits.set_to_be_curves(self.window.doc, self.window.doc.journey)

    def clear_curves(self) -> None:
        """Remove every to-be curve (one undo step)."""
        from cjm_desktop.document import snapshot_edits

        snapshot_edits.clear_to_be_curves(self.window.doc)

    def edit_to_be(self) -> None:
        """Edit every persona's to-be scores in a grid (one undo step)."""
        from cjm_desktop.ui.to_be_dialog import ToBeDialog  # loaded on first use, not at start

        ToBeDialog(self.window.doc, self.window).exec()

    def show_dialog(self) -> SnapshotsDialog:
        """Show (creating once) the Snapshots window of this map."""
        if self.dialog is None:
            from cjm_desktop.ui.snapshot_dialog import SnapshotsDialog  # loaded on first use

            compare = getattr(self.window, "compare_actions", None)
            self.dialog = SnapshotsDialog(
                self.window.doc, self.window, compare.compare_with if compare is not None else None
            )
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
