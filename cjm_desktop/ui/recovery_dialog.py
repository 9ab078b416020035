"""At start-up: maps a crashed run left, with name, file and time; Restore, Discard or Later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile import recovery
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.ui.recovery_actions import keeper_of, orphaned_recoveries

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def format_time(entry: recovery.RecoveryEntry) -> str:
    """When a recovery copy was written, in the user's local time and date format."""
    moment = QDateTime.fromMSecsSinceEpoch(int(entry.saved_at.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class RecoveryDialog(QDialog):
    """Lists recovered maps; the user restores, discards or postpones the ticked ones."""

    def __init__(self, entries: list[recovery.RecoveryEntry], parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import (  # on first use: PySide builds its types at import
            QDialogButtonBox,
            QTreeWidget,
            QTreeWidgetItem,
        )

        super().__init__(parent)
        self.entries = entries
        self.choice = LATER
        self.setWindowTitle(tr("RecoveryDialog", "Recover unsaved maps"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "RecoveryDialog",
                "cjm-desktop did not close properly last time. These maps had changes that were not saved:",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                tr("RecoveryDialog", "Map"),
                tr("RecoveryDialog", "Original file"),
                tr("RecoveryDialog", "Last autosaved"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        for entry in entries:
            where = str(entry.original_path) if entry.original_path else tr("RecoveryDialog", "(never saved)")
            item = QTreeWidgetItem([entry.title or entry.display_name(), where, format_time(entry)])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(1, where)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree)
        note = QLabel(
            tr("RecoveryDialog", "Restored maps open with their changes unsaved; save them to keep them."),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            tr("RecoveryDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            tr("RecoveryDialog", "&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            tr("RecoveryDialog", "&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._finish(RESTORE))
        self.discard_button.clicked.connect(self._confirm_discard)
        self.later_button.clicked.connect(lambda: self._finish(LATER))
        layout.addWidget(buttons)
        self.resize(760, 320)

    def selected(self) -> list[recovery.RecoveryEntry]:
        """The ticked entries."""
        return [
            entry
            for row, entry in enumerate(self.entries)
            if self.tree.topLevelItem(row).checkState(0) == Qt.CheckState.Checked
        ]

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == LATER:
            self.reject()
        else:
            self.accept()

    def _confirm_discard(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # on first use: PySide builds its types at import

        count = len(self.selected())
        answer = QMessageBox.warning(
            self,
            tr("RecoveryDialog", "Discard recovered work?"),
            tr("RecoveryDialog", "The unsaved changes of %n maps will be deleted for good.", None, count),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._finish(DISCARD)


def restore(entries: list[recovery.RecoveryEntry], window: MainWindow) -> list[MainWindow]:
    """Open recovered maps, marked modified and with their original path; return their windows."""
    from cjm_desktop.ui.main_window import MainWindow

    windows: list[MainWindow] = []
    for entry in entries:
        try:
            journey = recovery.read_recovery(entry)
        except MapFileError as error:
            # Keep the file: a later version may read it, or someone may rescue it by hand.
            window.show_error(tr("RecoveryDialog", "Could not restore the map"), error)
            continue
        untouched = not window.doc.modified and window.doc.path is None and not window.doc.journey.stages
        target = window if untouched and not windows else MainWindow()
        target.doc.replace_journey(journey, entry.original_path)
        # Never clean until saved: the restored work exists nowhere else but in the recovery copy.
        target.doc.undo_stack.resetClean()
        keeper = keeper_of(target)
        if keeper is not None:
            keeper.adopt(dumps(journey))  # this run's copy exists before the old one goes
        recovery.discard(entry.file)
        target.show_fitted()
        windows.append(target)
    return windows


def offer_recovery(window: MainWindow) -> bool:
    """At start-up, offer the maps a crashed run left; True when at least one was restored."""
    entries = orphaned_recoveries()
    if not entries:
        return False
    dialog = RecoveryDialog(entries, window)
    dialog.exec()
    chosen = dialog.selected()
    if dialog.choice == RESTORE:
        return bool(restore(chosen, window))
    if dialog.choice == DISCARD:
        for entry in chosen:
            recovery.discard(entry.file)
    return False
