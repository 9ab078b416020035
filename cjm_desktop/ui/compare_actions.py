"""Visual compare feature: the map against a snapshot or another .cjm file, with a Changes dock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey
from cjm_desktop.ui.lazy_dock import LazyDock

if TYPE_CHECKING:
    from cjm_desktop.canvas.compare_overlay import CompareOverlay
    from cjm_desktop.ui.compare_dock import ChangesPanel
    from cjm_desktop.ui.main_window import MainWindow
    from cjm_desktop.versions.diff import Change


class CompareActions(QObject):
    """Map ▸ Compare entries, the compare overlay on the canvas and the Changes dock of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.other: Journey | None = None
        self.name = ""
        self.overlay: CompareOverlay | None = None
        self._syncing = False
        # The changes list is built when a compare first shows it.
        self.dock = LazyDock(tr("CompareActions", "Changes"), window, self._build_panel)
        self.dock.setObjectName("compare-changes")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.splitDockWidget(window.inspector_dock, self.dock, Qt.Orientation.Vertical)
        self.dock.hide()
        self.file_action = QAction(tr("CompareActions", "Compare with a map &file…"), window)
        self.file_action.setStatusTip(
            tr("CompareActions", "Show what differs between this map and another version of it")
        )
        self.file_action.triggered.connect(lambda _c=False: self.choose_file())
        self.end_action = QAction(tr("CompareActions", "&End compare"), window)
        self.end_action.triggered.connect(lambda _c=False: self.end())
        self.end_action.setEnabled(False)
        window.map_menu.addSeparator()
        window.map_menu.addActions([self.file_action, self.end_action])
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.recompute)
        window.doc.collection_changed.connect(self._schedule)
        window.doc.item_changed.connect(self._schedule)
        window.doc.reset.connect(self._on_reset)
        window.scene.selectionChanged.connect(self._on_selection)
        # Before and after of the selected card, at the foot of the inspector (added from here, so
        # the inspector itself knows nothing of compares).
        self.before_after = QLabel()
        self.before_after.setObjectName("compare-before-after")
        self.before_after.setWordWrap(True)
        self.before_after.setTextFormat(Qt.TextFormat.PlainText)
        self.before_after.setStyleSheet("background: #fff4ce; border: 1px solid #e0a526; padding: 6px;")
        self.before_after.hide()
        inspector_layout = window.inspector.layout()
        if inspector_layout is not None:
            inspector_layout.addWidget(self.before_after)

    def _build_panel(self) -> ChangesPanel:
        # The compare modules load with the first compare, not at every start.
        from cjm_desktop.ui.compare_dock import ChangesPanel

        panel = ChangesPanel()
        panel.change_chosen.connect(self._show_change)
        panel.end_requested.connect(self.end)
        return panel

    @property
    def panel(self) -> ChangesPanel:
        """The changes list in the dock (built on first use)."""
        return self.dock.content()

    @property
    def active(self) -> bool:
        """True while a compare is shown."""
        return self.other is not None

    def compare_with(self, other: Journey, name: str) -> None:
        """Show the map compared with ``other`` (a snapshot's map or another file's), named ``name``."""
        from cjm_desktop.canvas.compare_overlay import CompareOverlay
        from cjm_desktop.versions.compare import compare

        self.other, self.name = other, name
        comparison = compare(other, self.window.doc.journey)
        if self.overlay is None:
            self.overlay = CompareOverlay(self.window.scene, comparison)
        else:
            self.overlay.set_comparison(comparison)
        self.panel.show_comparison(comparison, name)
        self._update_before_after()
        self.dock.show()
        self.dock.raise_()
        self.end_action.setEnabled(True)
        self.window.scene.update()

    def open_file(self, path: str | Path) -> bool:
        """Compare with a .cjm file; a bad file says why and changes nothing."""
        try:
            other = load_map(path)
        except MapFileError as error:
            self.window.show_error(tr("CompareActions", "Could not compare with the map"), error)
            return False
        self.compare_with(other, Path(path).name)
        return True

    def choose_file(self) -> None:
        """Ask for a .cjm file to compare with."""
        from PySide6.QtWidgets import QFileDialog  # with its first use: its types cost PySide ~1 ms

        start = str(self.window.doc.path.parent) if self.window.doc.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("CompareActions", "Compare with a map"),
            start,
            tr("CompareActions", "Journey maps (*.cjm)"),
        )
        if path:
            self.open_file(path)

    def end(self) -> None:
        """Stop comparing: the overlay, the dashed curves and the dock go."""
        self.timer.stop()
        if self.overlay is not None:
            self.overlay.clear()
            self.overlay.deleteLater()
        self.overlay, self.other = None, None
        self.dock.hide()
        self.before_after.hide()
        self.end_action.setEnabled(False)

    def recompute(self) -> None:
        """Compare again after an edit, so the overlay and list show the map as it is now."""
        if self.other is not None:
            self.compare_with(self.other, self.name)

    def _schedule(self, *_args: object) -> None:
        if self.active:
            self.timer.start()  # once after a burst of changes, when the scene has laid out

    def _on_reset(self) -> None:
        if self.active:
            self.timer.start()

    def _show_change(self, change: Change) -> None:
        if self._syncing:
            return
        from cjm_desktop.ui.compare_dock import focus_rect

        rect = focus_rect(self.window.scene, change)
        self._syncing = True
        try:
            if change.collection == "cards" and change.key[0] in self.window.scene.card_items:
                self.window.scene.select_ids([change.key[0]])
        finally:
            self._syncing = False
        if rect is not None:
            self.window.view.ensureVisible(rect, 80, 80)

    def _update_before_after(self) -> None:
        if not shiboken6.isValid(self.before_after):
            return  # the inspector (and this label in it) closed before the scene's last selection change
        cards = self.window.scene.selected_ids("card") if self.active else []
        changes = self.panel.changes if self.dock.is_built() else []  # no compare yet: no list
        change = next((c for c in changes if cards == [c.key[0]] and c.collection == "cards"), None)
        text = ""
        if change is not None:
            from cjm_desktop.ui.compare_dock import before_after_text

            text = before_after_text(change, self.name)
        self.before_after.setText(text)
        self.before_after.setVisible(bool(text))

    def _on_selection(self) -> None:
        self._update_before_after()
        if self._syncing or not self.active:
            return
        cards = self.window.scene.selected_ids("card")
        if len(cards) == 1:
            self._syncing = True
            try:
                self.panel.select_key("cards", (cards[0],))
            finally:
                self._syncing = False
