"""One editor per map: each window locks the map it edits, and opening a locked map asks first.

Opening a map another editor holds (on this computer or, through a shared drive, on another)
offers: open read-only, open a copy (an unsaved map with the same content), or open anyway (our
lock replaces theirs; the changed-on-disk watch still guards saving over their work). A map the
same editor already shows is not opened twice: its window comes to the front (MainWindow.open_path).
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile import map_lock
from cjm_desktop.io.mapfile.map_lock import LockInfo, MapLock, MapLocked
from cjm_desktop.model import Journey
from cjm_desktop.ui.read_only import file_is_read_only, read_only_mode

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


class OpenMode(enum.Enum):
    """How a map is opened."""

    EDIT = "edit"
    READ_ONLY = "read_only"
    COPY = "copy"
    ANYWAY = "anyway"  # edit although another editor holds the lock


def describe_holder(info: LockInfo) -> str:
    """'Ana on LAPTOP-7 since 14:02' in the user's words."""
    from datetime import datetime  # only for a held lock's message, not at start

    since = datetime.fromtimestamp(info.time).strftime("%Y-%m-%d %H:%M") if info.time else "?"
    return (
        tr("MapLocking", "%1 on %2 since %3")
        .replace("%1", info.owner)
        .replace("%2", info.host)
        .replace("%3", since)
    )


def choose_open_mode(parent: QWidget, path: Path) -> OpenMode | None:
    """Ask how to open a map another editor holds; EDIT when nobody does, None when cancelled."""
    holder = map_lock.live_lock(path)
    if holder is None:
        return OpenMode.EDIT
    from PySide6.QtWidgets import QMessageBox  # only when asking: PySide builds its types at import

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("MapLocking", "Map in use"),
        tr("MapLocking", "“%1” is open in another editor: %2.")
        .replace("%1", path.name)
        .replace("%2", describe_holder(holder)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        tr(
            "MapLocking",
            "Open it read-only to look and present, open a copy to edit separately, or open it "
            "anyway (whoever saves last overwrites the other's changes).",
        )
    )
    read_only = box.addButton(tr("MapLocking", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(tr("MapLocking", "Open a &copy"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(tr("MapLocking", "Open &anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(read_only)
    box.exec()
    chosen = box.clickedButton()
    choices = {read_only: OpenMode.READ_ONLY, copy: OpenMode.COPY, anyway: OpenMode.ANYWAY}
    return next((mode for button, mode in choices.items() if button is chosen), None)


def open_in(window: MainWindow, journey: Journey, path: Path, mode: OpenMode) -> None:
    """Put a loaded map into a window the way ``mode`` says."""
    if mode is OpenMode.COPY:
        window.doc.replace_journey(journey, None)  # unsaved: Save asks where the copy goes
        window.statusBar().showMessage(tr("MapLocking", "Opened a copy of %s") % path.name, 6000)
        return
    keeper_of(window).expect(path, mode)
    window.doc.replace_journey(journey, path)


class MapLockKeeper(QObject):
    """Holds the lock of the map a window edits, and makes the window read-only when it must be."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        self.lock: MapLock | None = None
        self._locked_path: Path | None = None
        self._expected: tuple[Path, OpenMode] | None = None
        self.read_only = read_only_mode(window)
        self.doc.path_changed.connect(self.follow_path)
        window.closing.connect(self.release)
        window.before_save.insert(0, self.check_save)
        self.follow_path()

    def expect(self, path: Path, mode: OpenMode) -> None:
        """The next time the document takes ``path``, open it in ``mode``."""
        self._expected = (path, mode)

    def follow_path(self) -> None:
        """Lock the document's (new) file and release the old one; decide read-only."""
        path = self.doc.path
        if path == self._locked_path and (self.lock is not None or self.doc.read_only):
            return
        self.release()
        mode = OpenMode.EDIT
        if self._expected is not None and self._expected[0] == path:
            mode = self._expected[1]
        self._expected = None
        self._locked_path = path
        if path is None:
            self.doc.set_read_only("")
            return
        if mode is OpenMode.READ_ONLY:
            self.doc.set_read_only(tr("MapLocking", "the map was opened read-only."))
            return
        if file_is_read_only(path):
            self.doc.set_read_only(tr("MapLocking", "the file is read-only (write-protected)."))
            return
        try:
            self.lock = map_lock.acquire(path, force=mode is OpenMode.ANYWAY)
        except MapLocked as locked:
            # Reached without the question (a recovered map, a Save As onto a locked file).
            self.doc.set_read_only(
                tr("MapLocking", "the map is open in another editor (%s).") % describe_holder(locked.info)
            )
            return
        except OSError:
            self.lock = None  # no lock can be written here: edit without telling others
        self.doc.set_read_only("")

    def release(self) -> None:
        """Remove our lock file (the window closed, or the map moved to another file)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self._locked_path = None

    def check_save(self, target: Path) -> bool:
        """Before a save: never over a read-only map's own file, nor over a map another editor holds."""
        from PySide6.QtWidgets import QMessageBox  # on first use: PySide builds its types at import

        if self.doc.read_only and target == self.doc.path:
            QMessageBox.warning(
                self.window,
                tr("MapLocking", "Read-only map"),
                tr("MapLocking", "“%1” is read-only: %2 Use Save As to keep your version.")
                .replace("%1", target.name)
                .replace("%2", self.doc.read_only_reason),
            )
            return False
        if target != self.doc.path:
            holder = map_lock.live_lock(target)
            if holder is not None:
                QMessageBox.warning(
                    self.window,
                    tr("MapLocking", "Map in use"),
                    tr("MapLocking", "“%1” is open in another editor (%2). Save under another name.")
                    .replace("%1", target.name)
                    .replace("%2", describe_holder(holder)),
                )
                return False
        return True


def keeper_of(window: MainWindow) -> MapLockKeeper:
    """The lock keeper of a window (created on first use)."""
    keeper = window.findChild(MapLockKeeper, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return keeper if keeper is not None else MapLockKeeper(window)


def open_read_only_dialog(window: MainWindow) -> None:
    """Ask for a map and open it read-only."""
    from PySide6.QtWidgets import QFileDialog  # on first use: PySide builds its types at import

    start = str(window.doc.path.parent) if window.doc.path else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window,
        tr("MapLocking", "Open journey map read-only"),
        start,
        tr("MainWindow", "Journey maps (*.cjm);;All files (*)"),
    )
    if path:
        window.open_path(path, read_only=True)


def add_open_read_only_action(window: MainWindow) -> QAction:
    """File ▸ Open read-only…, after Open Recent."""
    action = QAction(tr("MapLocking", "Open rea&d-only…"), window)
    action.triggered.connect(lambda _checked=False: open_read_only_dialog(window))
    actions = window.file_menu.actions()
    after_open = next((i for i, a in enumerate(actions) if a.menu() is window.recent_menu), len(actions) - 1)
    if after_open < len(actions):
        window.file_menu.insertAction(actions[after_open], action)
    else:
        window.file_menu.addAction(action)
    return action
