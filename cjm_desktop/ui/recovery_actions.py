"""Never lose a map: background recovery copies, and a watch on the map's file for outside changes.

Each window gets a RecoveryKeeper. After edits settle (AUTOSAVE_DELAY_MS without another change)
it serializes the map on the GUI thread (fast) and writes the bytes in a worker thread, so the UI
never waits on the disk. Its recovery copy goes away when the map is saved clean or the window is
closed normally; after a crash or kill it stays, and the next start offers it (recovery_dialog).
"""

from __future__ import annotations

import functools
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QFileSystemWatcher,
    QLockFile,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    QTimer,
    Signal,
)

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile import recovery
from cjm_desktop.io.mapfile.cjm_file import dumps, file_fingerprint, load_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.ui.message_bar import MessageBar

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

AUTOSAVE_DELAY_MS = 2000
MAX_AUTOSAVE_WAIT_S = 30.0  # edits that never pause are still written at least this often
FILE_CHANGE_DELAY_MS = 250  # a sync tool may write a file in several steps: look once it settles
SESSION_LOCK_PREFIX = "session-"


def recovery_folder() -> Path:
    """Where recovery copies live: the user's data folder (QStandardPaths.AppDataLocation)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class _Session:
    """This run of the editor: an id, and a lock file telling other runs that it is alive."""

    def __init__(self) -> None:
        self.id = recovery.new_session_id()
        self.folder = recovery_folder()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(self.folder / f"{SESSION_LOCK_PREFIX}{self.id}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran
        self.lock.tryLock(0)


_session: _Session | None = None


def session() -> _Session:
    """The running editor's session (created on first use)."""
    global _session
    if _session is None or _session.folder != recovery_folder():
        _session = _Session()
    return _session


def is_session_alive(session_id: str, folder: Path | None = None) -> bool:
    """True when the editor run that owns ``session_id`` is still running."""
    folder = folder or recovery_folder()
    if _session is not None and session_id == _session.id:
        return True
    lock_path = folder / f"{SESSION_LOCK_PREFIX}{session_id}.lock"
    if not lock_path.exists():
        return False
    probe = QLockFile(str(lock_path))
    probe.setStaleLockTime(0)
    # tryLock removes a lock whose process is gone and takes it: then that run has crashed.
    if probe.tryLock(0):
        probe.unlock()
        return False
    return True


def orphaned_recoveries(folder: Path | None = None) -> list[recovery.RecoveryEntry]:
    """Recovery copies left by editor runs that are no longer running (crashed or killed)."""
    folder = folder or recovery_folder()
    entries = recovery.list_recoveries(folder)
    alive: dict[str, bool] = {}
    # Probing a crashed run's lock removes it, so lock files never pile up.
    for lock in folder.glob(f"{SESSION_LOCK_PREFIX}*.lock"):
        session_id = lock.name[len(SESSION_LOCK_PREFIX) : -len(".lock")]
        alive[session_id] = is_session_alive(session_id, folder)
    result = []
    for entry in entries:
        if entry.session_id not in alive:
            alive[entry.session_id] = is_session_alive(entry.session_id, folder)
        if not alive[entry.session_id]:
            result.append(entry)
    return result


class _Slot:
    """What the GUI thread and the writer share for one window; ``lock`` guards it all."""

    def __init__(self, file: Path) -> None:
        self.lock = threading.Lock()
        self.file = file
        self.written_seq = 0  # newest job written (or superseded by a discard)
        self.closed = False


def _mark_closed(slot: _Slot, *_args: object) -> None:
    with slot.lock:
        slot.closed = True


class _WriteSignals(QObject):
    written = Signal(int, str)  # (job number, "" or the error message)


class _WriteJob(QRunnable):
    """Writes one recovery copy off the GUI thread."""

    def __init__(
        self, slot: _Slot, seq: int, data: bytes, title: str, path: Path | None, signals: _WriteSignals
    ) -> None:
        super().__init__()
        self.slot, self.seq, self.data = slot, seq, data
        self.title, self.path, self.signals = title, path, signals

    def run(self) -> None:  # noqa: D102 - QRunnable's
        error = ""
        slot = self.slot
        with slot.lock:
            # Jobs may run out of order; an older one, or one after a clean save, must not win.
            if slot.closed or self.seq <= slot.written_seq:
                return
            try:
                session_id, document_id = slot.file.stem.split("--")
                recovery.write_recovery(
                    slot.file.parent, session_id, document_id, self.data, self.title, self.path
                )
                slot.written_seq = self.seq
            except (MapFileError, OSError) as exc:
                error = str(exc)
            # Still under the lock: a window that closed meanwhile set ``closed`` first, so its
            # signal object is never used after it is gone.
            if not slot.closed:
                try:
                    self.signals.written.emit(self.seq, error)
                except RuntimeError:
                    slot.closed = True  # its window was deleted without closing: nobody to tell


class RecoveryKeeper(QObject):
    """Autosaves one window's map to a recovery copy and watches its file for outside changes."""

    autosaved = Signal(Path)  # a recovery copy was written (emitted on the GUI thread)
    file_changed_on_disk = Signal(Path)  # the open map's file changed and differs from ours

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        current = session()
        self.document_id = recovery.new_session_id()
        self.slot = _Slot(recovery.recovery_file(current.folder, current.id, self.document_id))
        self._seq = 0
        self._pending_since = time.monotonic()
        self._signals = _WriteSignals(self)
        self._signals.written.connect(self._on_written)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.autosave_now)
        self.doc.undo_stack.indexChanged.connect(self._on_edit)
        self.doc.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.doc.reset.connect(self._on_reset)
        window.saved.connect(self._on_saved)
        window.closing.connect(self.close)
        window.before_save.append(self.confirm_overwrite)
        # Deleted without a close (by code): stop the writer talking to objects that are gone.
        self.destroyed.connect(functools.partial(_mark_closed, self.slot))
        # What the map's file held when we last loaded or saved it: (fingerprint, sha256).
        self._known: tuple[tuple[int, int] | None, str] | None = None
        self._watched: Path | None = None
        self._dismissed_digest = ""
        self.watcher = None
        self.change_timer = QTimer(self)
        self.change_timer.setSingleShot(True)
        self.change_timer.setInterval(FILE_CHANGE_DELAY_MS)
        self.change_timer.timeout.connect(self.check_file)
        self.bar = ChangedOnDiskBar(self)
        self._on_reset()

    # ---- autosave ------------------------------------------------------------------------------
    @property
    def file(self) -> Path:
        """This window's recovery copy (present only while there is unsaved work)."""
        return self.slot.file

    def _on_edit(self, _index: int = 0) -> None:
        if not self.doc.modified:
            return
        if not self.timer.isActive():
            self._pending_since = time.monotonic()
        if time.monotonic() - self._pending_since >= MAX_AUTOSAVE_WAIT_S:
            self.autosave_now()  # someone typing without pause still gets a copy now and then
        else:
            self.timer.start()  # restart: one write after the edits settle

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
        else:
            self.timer.start()

    def autosave_now(self) -> None:
        """Write the recovery copy now (in the background); nothing when there is no unsaved work."""
        self.timer.stop()
        if not self.doc.modified or self.slot.closed:
            return
        self._seq += 1
        data = dumps(self.doc.journey)  # on the GUI thread: the model is only read here
        job = _WriteJob(self.slot, self._seq, data, self.doc.journey.title, self.doc.path, self._signals)
        QThreadPool.globalInstance().start(job)

    def adopt(self, data: bytes) -> None:
        """Write a recovery copy right away (synchronously): used when a recovered map is restored."""
        self._seq += 1
        _WriteJob(self.slot, self._seq, data, self.doc.journey.title, self.doc.path, self._signals).run()

    def _on_written(self, seq: int, error: str) -> None:
        if error:
            message = tr("RecoveryKeeper", "Could not write the recovery copy: %s") % error
            self.window.statusBar().showMessage(message, 8000)
            return
        if not self.doc.modified:
            self.discard()  # saved while the copy was being written: it is not needed any more
            return
        self.autosaved.emit(self.file)

    def discard(self) -> None:
        """Delete the recovery copy and make sure no write in flight brings it back."""
        self.timer.stop()
        with self.slot.lock:
            self.slot.written_seq = max(self.slot.written_seq, self._seq)
            recovery.discard(self.slot.file)

    def close(self) -> None:
        """The window closed normally: its recovery copy goes."""
        self.timer.stop()
        self.change_timer.stop()
        with self.slot.lock:
            self.slot.closed = True
            recovery.discard(self.slot.file)

    # ---- the map's file changed on disk --------------------------------------------------------
    def _on_reset(self) -> None:
        self.bar.hide()
        self._remember_disk(self.doc.path)
        if self.doc.modified:
            self.timer.start()
        else:
            self.discard()

    def _on_saved(self, path: Path) -> None:
        self.bar.hide()
        self._remember_disk(path)

    def _remember_disk(self, path: Path | None) -> None:
        self._known = (file_fingerprint(path), _digest(path)) if path else None
        self._dismissed_digest = ""
        self._watch(path)

    def _watch(self, path: Path | None) -> None:
        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.fileChanged.connect(lambda _p: self.change_timer.start())
            self.watcher.directoryChanged.connect(lambda _p: self.change_timer.start())
        if path is not None and path == self._watched:
            self._rearm()
            return
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        self._watched = path
        if path is not None:
            # Watch the folder too: an atomic save by another program replaces the file, and a
            # watch on the old file alone would go quiet.
            paths = [str(p) for p in (path, path.parent) if p.exists()]
            if paths:
                self.watcher.addPaths(paths)

    def _rearm(self) -> None:
        # A file replaced by rename (our atomic save, most sync clients) drops out of the watch.
        path = self._watched
        if path is None or self.watcher is None:
            return
        if str(path) not in self.watcher.files() and path.exists():
            self.watcher.addPath(str(path))

    def changed_on_disk(self) -> bool:
        """True when the map's file now holds something other than what we last loaded or saved."""
        path = self.doc.path
        if path is None or self._known is None or path != self._watched:
            return False
        fingerprint, digest = self._known
        now = file_fingerprint(path)
        if now is None:
            return False  # deleted or moved away: saving simply writes it again
        if now == fingerprint:
            return False
        return _digest(path) != digest

    def check_file(self) -> None:
        """Offer to reload when the file changed on disk (and the user has not said "keep mine")."""
        self._rearm()
        path = self.doc.path
        if not self.changed_on_disk():
            return
        digest = _digest(path)
        if digest == self._dismissed_digest:
            return
        self.bar.show_for(path, self.doc.modified)
        self.file_changed_on_disk.emit(path)

    def reload(self) -> bool:
        """Replace the map with the file's current content (after asking when edits would be lost)."""
        path = self.doc.path
        if path is None:
            return False
        if self.doc.modified:
            from PySide6.QtWidgets import QMessageBox  # with its first use, not at start

            answer = QMessageBox.warning(
                self.window,
                tr("RecoveryKeeper", "Reload the map?"),
                tr(
                    "RecoveryKeeper",
                    "Reloading “%s” discards your unsaved changes, and they cannot be undone.",
                )
                % path.name,
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        try:
            journey = load_map(path)
        except MapFileError as error:
            self.window.show_error(tr("RecoveryKeeper", "Could not reload the map"), error)
            return False
        self.doc.replace_journey(journey, path)
        self.window.statusBar().showMessage(tr("RecoveryKeeper", "Reloaded %s") % path.name, 4000)
        return True

    def keep_mine(self) -> None:
        """Ignore this outside change; saving will still ask before overwriting it."""
        self.bar.hide()
        self._dismissed_digest = _digest(self.doc.path) if self.doc.path else ""

    def adopt_disk_version(self) -> None:
        """The file's current content was taken into the map (merged): no longer an outside change."""
        self.bar.hide()
        self._remember_disk(self.doc.path)

    def confirm_overwrite(self, path: Path) -> bool:
        """Before a save: ask when the target is the map's file and it changed on disk meanwhile."""
        if path != self.doc.path or not self.changed_on_disk():
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self.window,
            tr("RecoveryKeeper", "File changed on disk"),
            tr(
                "RecoveryKeeper",
                "“%s” was changed by another program since you opened or saved it.\n"
                "Overwrite it with your version? The other version is kept as a .bak file.",
            )
            % path.name,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return True
        self.bar.show_for(path, self.doc.modified)
        return False


def _digest(path: Path | None) -> str:
    if path is None:
        return ""
    import hashlib  # with the first map file: a start on a new map has none to compare

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


class ChangedOnDiskBar(MessageBar):
    """A non-blocking bar above the map: the file changed on disk; Reload or Keep mine."""

    def __init__(self, keeper: RecoveryKeeper) -> None:
        super().__init__(keeper.window, "changed-on-disk-bar", "#fff4ce", "#e0c060")
        self.reload_button = self.add_button(tr("ChangedOnDiskBar", "&Reload"))
        self.keep_button = self.add_button(tr("ChangedOnDiskBar", "&Keep mine"))
        self.reload_button.clicked.connect(keeper.reload)
        self.keep_button.clicked.connect(keeper.keep_mine)

    def show_for(self, path: Path, modified: bool) -> None:
        """Say what happened and what reloading would cost."""
        text = tr("ChangedOnDiskBar", "“%s” was changed by another program.") % path.name
        if modified:
            text += " " + tr("ChangedOnDiskBar", "Reloading discards your unsaved changes.")
        self.label.setText(text)
        self.show()


def keeper_of(window: MainWindow) -> RecoveryKeeper | None:
    """The recovery keeper of a window."""
    return window.recovery
