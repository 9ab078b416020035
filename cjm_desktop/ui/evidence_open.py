"""Open an evidence item the user clicked: acts on io/mapfile/evidence_targets.py's decision.

Called only from an explicit click, double-click or Enter in the inspector; never when a map is
read. http(s) goes to the browser and an existing document to its usual application; anything
else is confirmed first or explained.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.evidence_targets import Action, Decision, Reason, decide
from cjm_desktop.model import Evidence


def map_folder(path: Path | None) -> Path | None:
    """The folder relative evidence paths are read from: the saved map's folder (None: unsaved)."""
    return path.parent if path is not None else None


def _problem(decision: Decision) -> str:
    if decision.reason == Reason.MISSING_FILE:
        return tr("Evidence", "The file %1 does not exist. It may have been moved or renamed.").replace(
            "%1", decision.target
        )
    if decision.reason == Reason.UNSAVED_MAP:
        return tr("Evidence", "%1 is relative to the map's folder. Save the map first.").replace(
            "%1", decision.target
        )
    if decision.reason == Reason.NOT_AN_ADDRESS:
        return tr("Evidence", "%1 is not a web address. Web addresses start with https://.").replace(
            "%1", decision.target
        )
    if decision.reason == Reason.EMPTY:
        return tr("Evidence", "This evidence item is empty.")
    return tr("Evidence", "A reference is a note; there is nothing to open.")


def _question(decision: Decision) -> str:
    if decision.reason == Reason.EXECUTABLE:
        return tr(
            "Evidence", "%1 is a program or script. Opening it may run it on your computer. Open it anyway?"
        ).replace("%1", decision.target)
    return tr(
        "Evidence", "%1 is not a web page or a file. Your system will decide what opens it. Open it anyway?"
    ).replace("%1", decision.target)


def _url(decision: Decision) -> QUrl:
    if decision.action == Action.OPEN_FILE or decision.reason == Reason.EXECUTABLE:
        return QUrl.fromLocalFile(decision.target)
    return QUrl(decision.target, QUrl.ParsingMode.TolerantMode)


def open_evidence(parent: QWidget | None, item: Evidence, folder: Path | None) -> bool:
    """Open ``item`` after any confirmation it needs; True when something was handed to the system."""
    decision = decide(item, folder)
    if decision.action in (Action.REFUSE, Action.NOTHING):
        QMessageBox.information(parent, tr("Evidence", "Cannot open the evidence"), _problem(decision))
        return False
    if decision.action == Action.CONFIRM:
        answer = QMessageBox.question(
            parent,
            tr("Evidence", "Open the evidence?"),
            _question(decision),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return False
    return bool(QDesktopServices.openUrl(_url(decision)))
