"""The main window: one map per window, its canvas, docks, menus and file handling."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QUndoView,
    QWidget,
)

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import JourneyDocument
from cjm_desktop.i18n import tr, tr_noop
from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.accessibility_actions import AccessibilityActions
from cjm_desktop.ui.action_icons import WindowChrome
from cjm_desktop.ui.channels_actions import ChannelActions
from cjm_desktop.ui.compare_actions import CompareActions
from cjm_desktop.ui.disk_merge import DiskMerge
from cjm_desktop.ui.edit_actions import EditActions
from cjm_desktop.ui.empty_hints import EmptyHints
from cjm_desktop.ui.evidence_actions import EvidenceActions
from cjm_desktop.ui.export_actions import ExportActions
from cjm_desktop.ui.find_bar import FindActions
from cjm_desktop.ui.help_actions import add_help_actions
from cjm_desktop.ui.inspector import Inspector
from cjm_desktop.ui.kinds_actions import KindsActions
from cjm_desktop.ui.labels import literal
from cjm_desktop.ui.map_locking import (
    MapLockKeeper,
    OpenMode,
    add_open_read_only_action,
    choose_open_mode,
    open_in,
)
from cjm_desktop.ui.map_theme import MapTheme
from cjm_desktop.ui.metrics_actions import MetricsActions
from cjm_desktop.ui.metrics_grid import MetricsGridActions
from cjm_desktop.ui.opportunity_matrix_actions import OpportunityMatrixActions
from cjm_desktop.ui.persona_actions import PersonaActions
from cjm_desktop.ui.preferences import add_preferences_action
from cjm_desktop.ui.recovery_actions import RecoveryKeeper
from cjm_desktop.ui.save_places import suggested_path
from cjm_desktop.ui.snapshot_actions import SnapshotActions
from cjm_desktop.ui.workshop_actions import WorkshopActions

MAX_RECENT = 10
FILE_FILTER = tr_noop("MainWindow", "Journey maps (*.cjm);;All files (*)")

_windows: list[MainWindow] = []  # keeps every open window alive


class MainWindow(QMainWindow):
    """A window editing one journey map."""

    saved = Signal(Path)  # after a successful save, with the file written
    closing = Signal()  # the user agreed to close: the window goes away for good

    def __init__(self, doc: JourneyDocument | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.doc = doc or JourneyDocument()
        # Checks run before every save, each may veto it (e.g. the file changed on disk meanwhile).
        self.before_save: list[Callable[[Path], bool]] = []
        self.scene = JourneyScene(self.doc, self)
        self.view = JourneyView(self.scene, self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setCentralWidget(self.view)
        self.edit = EditActions(self.view, self)
        self.view.customContextMenuRequested.connect(self.edit.context_menu)
        self.inspector = Inspector(self.scene)
        self.inspector_dock = self._dock(tr("MainWindow", "Inspector"), self.inspector, "inspector")
        history = QUndoView(self.doc.undo_stack)
        history.setEmptyLabel(tr("MainWindow", "Opened map"))  # Qt's default first row reads "<empty>"
        history.setAccessibleName(tr("MainWindow", "Undo history"))
        self.history_dock = self._dock(tr("MainWindow", "History"), history, "history")
        self.tabifyDockWidget(self.inspector_dock, self.history_dock)
        self.inspector_dock.raise_()
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(
            # "%1 %" in English and Finnish, "%1%" in Hungarian and Greek: the translation decides.
            lambda z: self.zoom_label.setText(
                tr("MainWindow", "%1 %").replace("%1", QLocale().toString(round(z * 100)))
            )
        )
        self._build_menus()
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        self.doc.path_changed.connect(self._update_title)
        self.doc.item_changed.connect(lambda c, _i: c == "map" and self._update_title())
        self._update_title()
        self.resize(1280, 720)  # show_fitted() sizes it to the screen
        self.start_page: QWidget | None = None  # shown instead of the window until a map is chosen
        _windows.append(self)
        # The features, in one place: each adds its menus, docks and tools to the parts built above.
        self.find_actions = FindActions(self)
        self.kinds_actions = KindsActions(self)
        self.personas = PersonaActions(self)
        self.export_actions = ExportActions(self)
        self.metrics_actions = MetricsActions(self)
        self.workshop = WorkshopActions(self)
        self.recovery = RecoveryKeeper(self)
        self.locks = MapLockKeeper(self)
        self.evidence = EvidenceActions(self)  # after the save checks it follows
        self.channels = ChannelActions(self)
        self.metrics_grid = MetricsGridActions(self)
        self.opportunity_matrix = OpportunityMatrixActions(self)
        self.snapshot_actions = SnapshotActions(self)
        self.compare_actions = CompareActions(self)
        self.disk_merge = DiskMerge(self)  # after recovery: adds Merge to its changed-on-disk bar
        self.open_read_only_action = add_open_read_only_action(self)
        self.accessibility = AccessibilityActions(self)
        self.empty_hints = EmptyHints(self)
        self.map_theme = MapTheme(self)
        self.preferences_action = add_preferences_action(self)
        self.user_guide_action, self.shortcuts_action = add_help_actions(self)
        # Last: it gives icons to, and lists the docks of, everything created above.
        self.chrome = WindowChrome(self)

    def _dock(self, title: str, widget: QWidget, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    # ---- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("MainWindow", "&File"))
        # Ctrl+N offers the templates (Blank first, with a starter set of stages and lanes).
        self.new_action = self._add(
            file_menu, tr("MainWindow", "&New map…"), self.new_from_template, QKeySequence.StandardKey.New
        )
        self._add(file_menu, tr("MainWindow", "New from sa&mple map"), self.new_from_sample)
        self._add(
            file_menu,
            tr("MainWindow", "New &window"),
            lambda: MainWindow().show_fitted(),
            QKeySequence("Ctrl+Shift+N"),
        )
        self._add(file_menu, tr("MainWindow", "&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(tr("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.save_action = self._add(
            file_menu, tr("MainWindow", "&Save"), self.save, QKeySequence.StandardKey.Save
        )
        self._add(file_menu, tr("MainWindow", "Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self.file_menu = file_menu
        self.export_anchor = file_menu.addSeparator()
        self._add(file_menu, tr("MainWindow", "&Close window"), self.close, QKeySequence.StandardKey.Close)
        self._add(
            file_menu, tr("MainWindow", "&Quit"), QApplication.closeAllWindows, QKeySequence.StandardKey.Quit
        )

        e = self.edit
        edit_menu = bar.addMenu(tr("MainWindow", "&Edit"))
        edit_menu.addActions([e.undo, e.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([e.cut, e.copy, e.paste, e.duplicate, e.delete])
        edit_menu.addSeparator()
        edit_menu.addActions([e.select_all, e.edit_text])
        self.edit_menu = edit_menu

        insert_menu = bar.addMenu(tr("MainWindow", "&Insert"))
        insert_menu.addActions([e.add_card, e.add_stage])
        insert_menu.addMenu(e.add_lane_menu)
        self.insert_menu = insert_menu

        view_menu = bar.addMenu(tr("MainWindow", "&View"))
        self._add(
            view_menu, tr("MainWindow", "Zoom &in"), self.view.zoom_in, QKeySequence.StandardKey.ZoomIn
        ).setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self._add(
            view_menu, tr("MainWindow", "Zoom o&ut"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self._add(view_menu, tr("MainWindow", "Zoom to &fit"), self.view.zoom_to_fit, QKeySequence("Ctrl+0"))
        self._add(view_menu, tr("MainWindow", "&Actual size"), self.view.zoom_reset, QKeySequence("Ctrl+1"))
        view_menu.addSeparator()
        view_menu.addAction(self.inspector_dock.toggleViewAction())
        view_menu.addAction(self.history_dock.toggleViewAction())
        self.view_menu = view_menu
        self.map_menu = bar.addMenu(tr("MainWindow", "&Map"))

        help_menu = bar.addMenu(tr("MainWindow", "&Help"))
        self._add(help_menu, tr("MainWindow", "&About cjm-desktop"), self.about)

        toolbar = self.addToolBar(tr("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, e.undo, e.redo])
        toolbar.addSeparator()
        toolbar.addActions([e.add_stage, e.add_card])
        self.toolbar = toolbar

    def _add(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    # ---- title and closing ----------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.doc.display_name()}[*] — cjm-desktop")
        self.setWindowModified(self.doc.modified)

    def show_fitted(self) -> None:
        """Show the window (at its remembered size, else most of the screen) with the map in view."""
        if not self.isVisible():
            self._restore_geometry()
        self.show()
        self.view.zoom_to_fit()
        if self.view.zoom() > 1.0:
            self.view.zoom_reset()
            self.view.frame_map()  # around the map at 100 %, not at the fit's bigger zoom

    def _restore_geometry(self) -> None:
        from cjm_desktop.ui.window_geometry import restore_window

        restore_window(self)

    def maybe_save(self) -> bool:
        """Ask before unsaved work is dropped; False when the user cancels."""
        if not self.doc.modified:
            return True
        from PySide6.QtWidgets import QMessageBox  # here, not at start: its types cost PySide ~1 ms

        answer = QMessageBox.warning(
            self,
            tr("MainWindow", "Unsaved changes"),
            tr("MainWindow", "Save the changes to “%s” before closing?") % self.doc.display_name(),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.view.editor is not None:
            self.view.editor.commit()
        if self.maybe_save():
            from cjm_desktop.ui.window_geometry import save_window

            save_window(self)
            if self in _windows:
                _windows.remove(self)
            self.closing.emit()
            event.accept()
        else:
            event.ignore()

    # ---- files --------------------------------------------------------------------------------
    def _target_window(self) -> MainWindow:
        """This window when it holds an untouched blank map, else a new one."""
        untouched = not self.doc.modified and self.doc.path is None and not self.doc.journey.stages
        return self if untouched else MainWindow()

    def new_map(self) -> None:
        """Open a blank map in a new window."""
        MainWindow().show_fitted()

    def new_from_template(self) -> None:
        """Offer the bundled templates for a new map (see ui/template_dialog.py)."""
        from cjm_desktop.ui.template_dialog import new_from_template

        new_from_template(self)

    def new_from_sample(self) -> None:
        """Open a copy of the sample map (unsaved, so the sample itself stays pristine)."""
        try:
            journey = load_map(sample_map_path())
        except MapFileError as error:
            self.show_error(tr("MainWindow", "Could not open the sample map"), error)
            return
        if journey.metric_source is not None:  # the copy has no folder: keep Refresh finding the sheet
            journey.metric_source.anchor(sample_map_path().parent)
        window = self._target_window()
        window.doc.replace_journey(journey, None)
        window.show_fitted()

    def open_dialog(self) -> None:
        """Ask for a map file and open it."""
        from PySide6.QtWidgets import QFileDialog

        start = str(self.doc.path.parent) if self.doc.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, tr("MainWindow", "Open journey map"), start, tr("MainWindow", FILE_FILTER)
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a map; a bad file shows why and leaves every open map untouched."""
        path = Path(path).resolve()
        for window in _windows:
            if window.doc.path == path:
                window.raise_()
                window.activateWindow()
                return True
        mode = OpenMode.READ_ONLY if read_only else choose_open_mode(self, path)
        if mode is None:
            return False
        try:
            journey = load_map(path)
        except MapFileError as error:
            self.show_error(tr("MainWindow", "Could not open the map"), error)
            return False
        window = self._target_window()
        open_in(window, journey, path, mode)
        window.show_fitted()
        add_recent(path)
        return True

    def save(self) -> bool:
        """Save to the map's file, asking for one the first time."""
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        from PySide6.QtWidgets import QFileDialog

        start = str(suggested_path(self.doc.path, self.doc.journey.title or "journey", ".cjm"))
        path, _ = QFileDialog.getSaveFileName(
            self, tr("MainWindow", "Save journey map"), start, tr("MainWindow", FILE_FILTER)
        )
        if not path:
            return False
        if not path.endswith(".cjm"):
            path += ".cjm"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        if self.view.editor is not None:
            self.view.editor.commit()
        if not all(check(path) for check in self.before_save):
            return False
        try:
            save_map(self.doc.journey, path)
        except MapFileError as error:
            # The map stays in the window, unsaved but intact.
            self.show_error(tr("MainWindow", "Could not save the map"), error)
            return False
        self.doc.set_path(path)
        self.doc.undo_stack.setClean()
        add_recent(path)
        self.statusBar().showMessage(tr("MainWindow", "Saved %s") % path.name, 4000)
        self.saved.emit(path)
        return True

    def show_error(self, title: str, error: MapFileError) -> None:
        """A clear message naming the file and the problem."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            tr("MainWindow", "“%1”: %2").replace("%1", error.path.name).replace("%2", error.problem),
            parent=self,
        )
        box.setDetailedText(str(error.path))
        box.exec()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_files():
            self.recent_menu.addAction(literal(path), lambda p=path: self.open_path(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(tr("MainWindow", "(none)")).setEnabled(False)

    def about(self) -> None:
        """Version, licence and third-party notices (ui/help_menu.py)."""
        from cjm_desktop.ui.help_menu import about_dialog

        about_dialog(self).exec()

    # ---- drops --------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if any(url.toLocalFile().endswith(".cjm") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".cjm"):
                self.open_path(url.toLocalFile())
        event.acceptProposedAction()


def recent_files() -> list[str]:
    """Recently opened maps that still exist, newest first."""
    value = QSettings().value("recent_files", [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [p for p in paths if Path(p).exists()][:MAX_RECENT]


def add_recent(path: Path) -> None:
    """Put a map at the top of the recent list."""
    paths = [str(path)] + [p for p in recent_files() if p != str(path)]
    QSettings().setValue("recent_files", paths[:MAX_RECENT])


def open_windows() -> list[MainWindow]:
    """Every window that is open."""
    return list(_windows)
