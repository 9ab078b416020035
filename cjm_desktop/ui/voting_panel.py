"""The dot-voting dock: the rules, the round (start, next participant, stop) and the ranked results."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.vote_tool import VotingSession
from cjm_desktop.document import vote_edits
from cjm_desktop.i18n import tr

MAX_DOTS = 50
RANKED_TEXT_CHARS = 80


class VotingPanel(QWidget):
    """Set up a vote, run it participant by participant, and see the most-voted cards."""

    card_activated = Signal(str)  # a ranked card was clicked: show it on the canvas

    def __init__(self, scene: JourneyScene, session: VotingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene, self.session, self.doc = scene, session, scene.doc
        self._refreshing = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.dots = QSpinBox(self)
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setAccessibleName(tr("VotingPanel", "Dots per participant"))
        form.addRow(tr("VotingPanel", "Dots per participant:"), self.dots)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("VotingPanel", "Lanes that can be voted on:"), self))
        self.lanes = QListWidget(self)
        self.lanes.setAccessibleName(tr("VotingPanel", "Lanes that can be voted on"))
        self.lanes.setMaximumHeight(150)
        layout.addWidget(self.lanes)
        row = QHBoxLayout()
        self.start_button = QPushButton(self)
        self.start_button.setCheckable(True)
        self.next_button = QPushButton(tr("VotingPanel", "Next participant"), self)
        row.addWidget(self.start_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.hint = QLabel(
            tr(
                "VotingPanel",
                "Click a card to add a dot; right-click, Shift- or Alt-click takes one of your dots back.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(tr("VotingPanel", "Most-voted cards:"), self))
        self.ranked = QListWidget(self)
        self.ranked.setAccessibleName(tr("VotingPanel", "Most-voted cards"))
        self.ranked.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.ranked, 1)
        self.reset_button = QPushButton(tr("VotingPanel", "Reset votes"), self)
        layout.addWidget(self.reset_button)

        self.dots.valueChanged.connect(self._dots_edited)
        self.lanes.itemChanged.connect(self._lanes_edited)
        self.start_button.toggled.connect(session.set_active)
        self.next_button.clicked.connect(session.next_participant)
        self.reset_button.clicked.connect(lambda: vote_edits.reset_votes(self.doc))
        self.ranked.itemClicked.connect(self._show_card)
        session.changed.connect(self.refresh)
        session.message.connect(self.status.setText)
        self.doc.reset.connect(self.refresh)
        self.doc.collection_changed.connect(self._doc_changed)
        self.doc.item_changed.connect(self._doc_changed)
        self.refresh()

    # ---- showing the model -------------------------------------------------------------------------
    def _doc_changed(self, name: str, *_rest: object) -> None:
        if name in ("cards", "lanes", "voting", "stages"):
            self.refresh()

    def refresh(self) -> None:
        """Mirror the voting rules, the round and the ranking."""
        self._refreshing = True
        try:
            journey = self.doc.journey
            self.dots.setValue(journey.voting.dots_per_participant)
            votable = set(vote_edits.votable_lane_ids(journey))
            self.lanes.clear()
            offered = set(vote_edits.card_lane_ids(journey))
            for lane in journey.lanes:
                if lane.id not in offered:
                    continue  # emotions and metrics hold no cards to vote on
                item = QListWidgetItem(lane.title, self.lanes)
                item.setData(Qt.ItemDataRole.UserRole, lane.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if lane.id in votable else Qt.CheckState.Unchecked)
            active = self.session.active
            self.start_button.setChecked(active)
            self.start_button.setText(
                tr("VotingPanel", "Stop voting") if active else tr("VotingPanel", "Start voting")
            )
            self.next_button.setEnabled(active)
            self.status.setText(self.session.status_text())
            self.ranked.clear()
            ranked = vote_edits.ranked_cards(journey)
            for rank, card in enumerate(ranked, start=1):
                text = " ".join(card.text.split()) or tr("VotingPanel", "(empty card)")
                if len(text) > RANKED_TEXT_CHARS:
                    text = text[: RANKED_TEXT_CHARS - 1] + "…"
                stage = journey.stage(card.stage_id).name
                # The count first, so it stays in sight when a long card text is cut off.
                item = QListWidgetItem(f"{rank}.  {card.votes} ●   {text}   ({stage})", self.ranked)
                item.setToolTip(card.text)
                item.setData(Qt.ItemDataRole.UserRole, card.id)
            self.reset_button.setEnabled(bool(ranked))  # the cards with dots: no second pass over all
        finally:
            self._refreshing = False

    def ranked_ids(self) -> list[str]:
        """Card ids in the ranked list, top first."""
        return [self.ranked.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ranked.count())]

    # ---- edits -------------------------------------------------------------------------------------
    def _dots_edited(self, value: int) -> None:
        if not self._refreshing:
            vote_edits.set_dots_per_participant(self.doc, value)

    def _lanes_edited(self, _item: QListWidgetItem) -> None:
        if self._refreshing:
            return
        checked = [
            self.lanes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.lanes.count())
            if self.lanes.item(i).checkState() == Qt.CheckState.Checked
        ]
        if not checked:
            # No lane at all would mean "the default" (every lane): keep the last one ticked instead.
            self.refresh()
            self.status.setText(tr("VotingPanel", "At least one lane must stay open to votes."))
            return
        vote_edits.set_votable_lanes(self.doc, checked)

    def _show_card(self, item: QListWidgetItem) -> None:
        card_id = item.data(Qt.ItemDataRole.UserRole)
        if card_id in self.scene.card_items:
            self.scene.select_ids([card_id])
            self.card_activated.emit(card_id)
