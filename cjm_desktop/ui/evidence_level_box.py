"""The inspector's evidence level for several selected cards: one choice sets them all, one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.i18n import tr
from cjm_desktop.model.evidence import EVIDENCE_LEVELS, level_label


class BulkEvidenceLevel(QComboBox):
    """Shows the level the cards share ("Mixed" when they differ) and sets a chosen one on all of them."""

    def __init__(self, doc: JourneyDocument, card_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.card_ids = list(card_ids)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setPlaceholderText(tr("Inspector", "Mixed"))  # shown while the cards' levels differ
        for level in EVIDENCE_LEVELS:
            self.addItem(level_label(level), level)
        self.activated.connect(self._apply)
        self.show_levels()

    def levels(self) -> set[str]:
        """The levels the (still existing) cards have now."""
        ids = {card.id for card in self.doc.journey.cards}
        return {self.doc.journey.card(cid).evidence_level for cid in self.card_ids if cid in ids}

    def show_levels(self) -> None:
        """Show the shared level, or nothing chosen (the "Mixed" placeholder) when they differ."""
        levels = self.levels()
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(levels.pop()) if len(levels) == 1 else -1)
        self.blockSignals(False)

    def _apply(self, index: int) -> None:
        if index >= 0:
            from cjm_desktop.document.evidence_edits import set_evidence_level  # with its first use

            set_evidence_level(self.doc, self.card_ids, self.itemData(index))
