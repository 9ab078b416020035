"""Sync folders: when the map's file changed on disk and the map has unsaved edits, offer Merge.

Merge is a three-way merge with the version last loaded or saved as the base, so both the
other program's (a sync client's, a colleague's) changes and the unsaved edits are kept; it is one
undo step, and conflicts become note cards in the map like a command-line merge.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QPushButton

from cjm_desktop.document.commands import ReplaceListCommand
from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey
from cjm_desktop.ui.recovery_actions import keeper_of

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow
    from cjm_desktop.versions.merge import MergeResult


class DiskMerge(QObject):
    """Remembers the version last loaded or saved and merges the file's new content into the map."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.keeper = keeper_of(window)
        self.base: Journey | None = copy.deepcopy(self.doc.journey) if self.doc.path else None
        self.doc.path_changed.connect(self._on_loaded)
        window.saved.connect(self._remember)
        self.button = QPushButton(tr("DiskMerge", "&Merge"))
        self.button.setToolTip(tr("DiskMerge", "Keep both the changes on disk and your unsaved edits"))
        self.button.clicked.connect(lambda _c=False: self.merge_from_disk())
        self.button.hide()
        if self.keeper is not None:
            bar = self.keeper.bar
            holder = bar.reload_button.parentWidget()
            layout = holder.layout() if holder is not None else None
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(layout.indexOf(bar.reload_button), self.button)
            self.keeper.file_changed_on_disk.connect(self._offer)

    def _on_loaded(self) -> None:
        # A load or Save As (not an edit): the map as it is now is what the file holds.
        if not self.doc.modified:
            self._remember()

    def _remember(self, *_args: object) -> None:
        self.base = copy.deepcopy(self.doc.journey) if self.doc.path else None

    def _offer(self, *_args: object) -> None:
        self.button.setVisible(self.doc.modified and self.base is not None)

    def merge_from_disk(self) -> MergeResult | None:
        """Merge the file's current content with the unsaved map (one undo step); None when impossible."""
        path = self.doc.path
        if path is None or self.base is None:
            return None
        try:
            theirs = load_map(path)
        except MapFileError as error:
            self.window.show_error(tr("DiskMerge", "Could not merge the map"), error)
            return None
        from cjm_desktop.document.snapshot_edits import ReplaceContentCommand
        from cjm_desktop.versions.merge import merge  # loaded on first merge, not at start

        result = merge(self.base, self.doc.journey, theirs)
        with self.doc.macro(tr("DiskMerge", "Merge changes from disk")):
            self.doc.push(
                ReplaceContentCommand(self.doc, result.journey, tr("DiskMerge", "Merge map content"))
            )
            if result.journey.snapshots != self.doc.journey.snapshots:
                self.doc.push(
                    ReplaceListCommand(
                        self.doc, "snapshots", result.journey.snapshots, tr("DiskMerge", "Merge snapshots")
                    )
                )
        self.base = theirs  # the common ancestor of the next merge is what the file holds now
        self.button.hide()
        if self.keeper is not None:
            self.keeper.adopt_disk_version()
        if result.clean:
            message = tr("DiskMerge", "Merged the changes from %1").replace("%1", path.name)
        else:
            message = tr(
                "DiskMerge",
                "Merged the changes from %1; %n conflicts are notes in the map",
                None,
                len(result.conflicts),
            ).replace("%1", path.name)
        self.window.statusBar().showMessage(message, 8000)
        return result
