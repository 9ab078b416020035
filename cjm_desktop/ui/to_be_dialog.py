"""Edit the to-be curves: a persona x stage grid of target scores, applied as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.document import snapshot_edits as se
from cjm_desktop.i18n import tr

NO_SCORE = pe.MIN_SCORE - 1  # the spin box's "—": no to-be score at this stage


class ToBeDialog(QDialog):
    """One row per persona, one column per stage; a cell edits the to-be score of a scored point."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(tr("ToBeDialog", "To-be curves"))
        journey = doc.journey
        self.table = QTableWidget(len(journey.personas), len(journey.stages))
        self.table.setHorizontalHeaderLabels([s.name for s in journey.stages])
        self.table.setVerticalHeaderLabels([p.name for p in journey.personas])
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        for row, persona in enumerate(journey.personas):
            for column, stage in enumerate(journey.stages):
                point = journey.emotion(persona.id, stage.id)
                spin = QSpinBox()
                spin.setRange(NO_SCORE, pe.MAX_SCORE)
                spin.setSpecialValueText("—")
                if point is None:
                    spin.setValue(NO_SCORE)
                    spin.setEnabled(False)
                    spin.setToolTip(tr("ToBeDialog", "Score the as-is curve at this stage first"))
                else:
                    spin.setValue(NO_SCORE if point.to_be is None else point.to_be)
                    self.spins[(persona.id, stage.id)] = spin
                self.table.setCellWidget(row, column, spin)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr("ToBeDialog", "The score each persona should reach; drawn dashed on the map (— for none).")
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(min(900, 160 + 110 * len(journey.stages)), 140 + 40 * len(journey.personas))

    def accept(self) -> None:
        """Apply the scores (one undo step) and close."""
        scores = {key: None if spin.value() == NO_SCORE else spin.value() for key, spin in self.spins.items()}
        se.set_to_be_scores(self.doc, scores)
        super().accept()
