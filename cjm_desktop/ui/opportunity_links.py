"""Inspector editors for opportunities: the pain points a card addresses, and who addresses a pain point."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.i18n import tr
from cjm_desktop.model import Card, Journey
from cjm_desktop.model.opportunities import STATUS_SYMBOLS, card_caption, status_label

ROW_H = 24
ID_ROLE = Qt.ItemDataRole.UserRole


def reveal_card(scene: JourneyScene, card_id: str) -> None:
    """Select one card on the canvas and scroll every view to it (view state, no undo step)."""
    item = scene.item_for(card_id)
    if item is None:
        return
    scene.select_ids([card_id])
    for view in scene.views():
        view.ensureVisible(item, 40, 40)


class _CardList(QWidget):
    """A list of cards with a "Show on map" button; Enter or a double-click shows the card too."""

    def __init__(self, scene: JourneyScene, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setUniformItemSizes(True)
        # Long card texts are cut with "…" (the tool tip has them whole), never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.show_button = QPushButton(tr("OpportunityLinks", "Show on map"))
        self.show_button.setAccessibleName(tr("OpportunityLinks", "Show the chosen card on the map"))
        self.show_button.clicked.connect(self.show_current)
        self.list.itemActivated.connect(lambda _item: self.show_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_button())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        layout.addLayout(buttons)
        self._shown: tuple = ()

    def _fit(self, rows: int) -> None:
        self.list.setFixedHeight(max(1, min(rows, 6)) * ROW_H + 2 * self.list.frameWidth() + 4)
        self._update_button()

    def _update_button(self) -> None:
        item = self.list.currentItem()
        self.show_button.setEnabled(item is not None and bool(item.data(ID_ROLE)))

    def _hint(self, text: str) -> None:
        hint = QListWidgetItem(text)
        hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(hint)

    def show_current(self) -> None:
        """Select the current row's card on the canvas (after this click's handling is over)."""
        item = self.list.currentItem()
        card_id = item.data(ID_ROLE) if item is not None else None
        if card_id:
            # Selecting rebuilds the inspector, which deletes this widget: do it once we are out.
            QTimer.singleShot(0, lambda: reveal_card(self.scene, card_id))


class PainPointChecklist(_CardList):
    """The map's pain points, each ticked when the opportunity addresses it; ``changed`` on a tick."""

    changed = Signal()

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, tr("OpportunityLinks", "Pain points this opportunity addresses"), parent)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def show_links(self, journey: Journey, pains: list[Card], checked: list[str]) -> None:
        """Show every pain point ("Stage: text"), ticked when linked (no ``changed`` signal)."""
        # A linked card that is no longer in a pain-point lane (its lane changed kind) stays listed.
        listed_ids = {p.id for p in pains}
        listed = pains + [c for c in journey.cards if c.id in checked and c.id not in listed_ids]
        shown = tuple((c.id, card_caption(journey, c), c.id in checked) for c in listed)
        if shown == self._shown:
            return
        self._shown = shown
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for card_id, caption, ticked in shown:
            item = QListWidgetItem(caption)
            item.setToolTip(caption)
            item.setData(ID_ROLE, card_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not shown:
            self._hint(tr("OpportunityLinks", "No pain points on the map yet"))
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._fit(len(shown))

    def checked_ids(self) -> list[str]:
        """Ids of the ticked pain points."""
        return [
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).data(ID_ROLE) and self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, card_id: str, checked: bool) -> None:
        """Tick or untick a pain point as the user would (emits ``changed``)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == card_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class AddressedByList(_CardList):
    """The opportunities that address a pain point (read-only here: links are made on the opportunity)."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, tr("OpportunityLinks", "Opportunities addressing this pain point"), parent)

    def show_cards(self, journey: Journey, cards: list[Card]) -> None:
        """List the opportunities with their status ("Stage: text · ◇ Planned")."""
        shown = tuple((c.id, card_caption(journey, c), c.status) for c in cards)
        if shown == self._shown:
            return
        self._shown = shown
        self.list.clear()
        for card_id, caption, status in shown:
            text = (
                tr("OpportunityLinks", "%1 · %2")
                .replace("%1", caption)
                .replace("%2", f"{STATUS_SYMBOLS[status]} {status_label(status)}")
                if status
                else caption
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ID_ROLE, card_id)
            self.list.addItem(item)
        if not shown:
            self._hint(tr("OpportunityLinks", "No opportunity addresses it yet"))
        self._fit(len(shown))
