"""Read a spreadsheet off the GUI thread, with a progress dialog and a working Cancel.

The import wizard and "Refresh metrics" both use it, so the window never freezes on a large file.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cjm_desktop.i18n import tr
from cjm_desktop.io.sheets.guarded_read import read_guarded
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.io.sheets.table import Table

PROGRESS_STEPS = 1000


class SheetJob(QThread):
    """Reads the sheet names and one sheet (in a guarded child process) from a worker thread."""

    progressed = Signal(int)  # 0..PROGRESS_STEPS
    succeeded = Signal(object, object)  # (sheet names, Table)
    failed = Signal(object)  # the exception: SpreadsheetError (kind "cancelled" when cancelled) or other

    def __init__(
        self,
        path: str | Path,
        sheet: str | None = None,
        max_rows: int | None = None,
        parent: QObject | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path, self.sheet, self.max_rows = Path(path), sheet, max_rows
        self.options = options or {}  # read_sheet's encoding / decimal choices
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the reader to stop at its next step (it raises ImportCancelled)."""
        self._cancel.set()

    def run(self) -> None:
        # Never let an exception escape a Qt virtual: everything becomes the ``failed`` signal.
        try:
            # In a capped child process: a file that makes the parser run wild costs a message,
            # never the editor and the map in it.
            names, table = read_guarded(
                self.path,
                self.sheet,
                self.max_rows,
                progress=lambda f: self.progressed.emit(int(f * PROGRESS_STEPS)),
                cancelled=self._cancel.is_set,
                **self.options,
            )
        except Exception as error:  # noqa: BLE001 - reported to the user, not swallowed
            if not isinstance(error, SpreadsheetError):
                error = SpreadsheetError(self.path, f"could not be read ({type(error).__name__}: {error}).")
            self.failed.emit(error)
            return
        self.succeeded.emit(names, table)


class SheetReading(QObject):
    """One read with its progress dialog: ``finished(names, table)`` or ``failed(error)``, exactly once."""

    finished = Signal(object, object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        path: str | Path,
        sheet: str | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.job = SheetJob(path, sheet, parent=self, options=options)
        self.dialog = QProgressDialog(
            tr("SheetReading", "Reading %s…") % Path(path).name,
            tr("SheetReading", "Cancel"),
            0,
            PROGRESS_STEPS,
            parent,
        )
        self.dialog.setWindowTitle(tr("SheetReading", "Reading spreadsheet"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # small files finish before the dialog would flash up
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.job.cancel)
        self.job.progressed.connect(self.dialog.setValue)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)

    def start(self) -> SheetReading:
        """Start reading; returns self so callers can connect and keep a reference."""
        self.job.start()
        return self

    def cancel(self) -> None:
        """Cancel as the dialog's button does (``failed`` follows with a "cancelled" error)."""
        self.dialog.cancel()

    def stop(self) -> None:
        """Cancel, forget the outcome and wait for the thread (before its owner closes or reads again)."""
        for signal in (self.job.succeeded, self.job.failed, self.job.progressed):
            signal.disconnect()
        self.job.cancel()
        self.job.wait()  # a QThread must not be destroyed while it runs
        self.dialog.reset()
        self.dialog.hide()

    def _done(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.job.wait()

    def _succeeded(self, names: list[str], table: Table) -> None:
        self._done()
        self.finished.emit(names, table)

    def _failed(self, error: Exception) -> None:
        self._done()
        self.failed.emit(error)
