"""Dot voting on the canvas: a tool that turns clicks on cards into votes, and the round it belongs to.

Participants vote in turns, each with the map's dots-per-participant budget. Who is voting and how
many dots they have used is workshop state (like selection): never in the undo history or the file;
only the dots themselves are (``Card.votes``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from cjm_desktop.canvas.items import CardItem
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.tools import Tool
from cjm_desktop.document import JourneyDocument, vote_edits
from cjm_desktop.i18n import tr


class VotingSession(QObject):
    """One round of dot voting: whose turn it is, their dots left, and the scenes that take votes."""

    changed = Signal()  # active, participant or dots left changed
    message = Signal(str)  # a refusal worth telling the room ("no dots left", ...)

    def __init__(self, doc: JourneyDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.active = False
        self.participant = 1
        self.placed: dict[str, int] = {}  # card id -> dots the current participant put there
        self.undone: dict[str, int] = {}  # card id -> their dots an undo took back (a redo re-places them)
        self.seen: dict[str, int] = {}  # card id -> its votes when last looked at (to tell undo from redo)
        self._scenes: dict[JourneyScene, Tool] = {}  # scene -> the tool it had before voting
        doc.item_changed.connect(self._reconcile)
        doc.collection_changed.connect(self._reconcile)
        doc.reset.connect(self.stop)

    # ---- round -----------------------------------------------------------------------------------
    @property
    def budget(self) -> int:
        """Dots each participant may place."""
        return max(1, self.doc.journey.voting.dots_per_participant)

    def dots_used(self) -> int:
        """Dots the current participant has placed."""
        return sum(self.placed.values())

    def dots_left(self) -> int:
        """Dots the current participant may still place."""
        return max(0, self.budget - self.dots_used())

    def status_text(self) -> str:
        """'Participant 2 · dots left: 3', as shown to the room."""
        if not self.active:
            return tr("voting", "Voting is off")
        # "Dots left: 1" reads right for every count; "1 dots left" did not.
        return tr("voting", "Participant %d · dots left: %d") % (self.participant, self.dots_left())

    def start(self) -> None:
        """Open voting: the first participant's turn; clicks on the attached scenes now vote."""
        if self.active:
            return
        if not vote_edits.votable_card_count(self.doc.journey):
            self.changed.emit()  # the panel's Start button springs back
            self.message.emit(tr("voting", "There are no cards to vote on in the lanes open to votes."))
            return
        self.active, self.participant, self.placed, self.undone, self.seen = True, 1, {}, {}, {}
        for scene in list(self._scenes):
            self._install(scene)
        self.changed.emit()

    def stop(self) -> None:
        """Close voting and give every scene its previous tool back (the dots stay)."""
        if not self.active:
            return
        self.active = False
        for scene, previous in self._scenes.items():
            if isinstance(scene.tool, VoteTool):
                scene.set_tool(previous)
        self.changed.emit()

    def set_active(self, on: bool) -> None:
        """Start or stop voting."""
        self.start() if on else self.stop()

    def next_participant(self) -> None:
        """Hand over to the next person, with a fresh budget."""
        if not self.active:
            return
        self.participant += 1
        self.placed, self.undone, self.seen = {}, {}, {}
        self.changed.emit()

    # ---- scenes ----------------------------------------------------------------------------------
    def attach(self, scene: JourneyScene) -> None:
        """Let a scene take votes (now if voting is on, else once it starts)."""
        self._scenes[scene] = scene.tool
        if self.active:
            self._install(scene)

    def detach(self, scene: JourneyScene) -> None:
        """Forget a scene (its presentation closed)."""
        previous = self._scenes.pop(scene, None)
        if previous is not None and isinstance(scene.tool, VoteTool):
            scene.set_tool(previous)

    def _install(self, scene: JourneyScene) -> None:
        if not isinstance(scene.tool, VoteTool):
            self._scenes[scene] = scene.tool
            scene.set_tool(VoteTool(scene, self))

    # ---- votes -----------------------------------------------------------------------------------
    def vote(self, card_id: str) -> bool:
        """The current participant puts a dot on a card, within their budget."""
        journey = self.doc.journey
        if not self.active:
            return False
        if not vote_edits.is_votable(journey, card_id):
            self.message.emit(tr("voting", "Cards in this lane are not being voted on"))
            return False
        if self.dots_left() <= 0:
            self.message.emit(tr("voting", "Participant %d has no dots left") % self.participant)
            return False
        self.placed[card_id] = self.placed.get(card_id, 0) + 1
        self.undone.clear()  # a new step drops the redo history
        self.seen[card_id] = journey.card(card_id).votes + 1
        vote_edits.add_vote(self.doc, card_id)
        self.changed.emit()
        return True

    def unvote(self, card_id: str) -> bool:
        """The current participant takes back one of their own dots from a card."""
        if not self.active or self.placed.get(card_id, 0) <= 0:
            if self.active:
                self.message.emit(tr("voting", "Only your own dots can be taken back"))
            return False
        self.placed[card_id] -= 1
        if not self.placed[card_id]:
            del self.placed[card_id]
        self.undone.clear()
        self.seen[card_id] = self.doc.journey.card(card_id).votes - 1
        vote_edits.remove_vote(self.doc, card_id)
        self.changed.emit()
        return True

    def _reconcile(self, *_args: object) -> None:
        # Undo (or deleting a card) takes dots away behind our back: the participant gets them back.
        # Redo puts them on the card again, and so charges the participant's budget again.
        journey = self.doc.journey
        changed = False
        for card_id in set(self.placed) | set(self.undone):
            try:
                votes = journey.card(card_id).votes
            except KeyError:
                votes = 0
            before = self.seen.get(card_id, votes)
            self.seen[card_id] = votes
            placed, undone = self.placed.get(card_id, 0), self.undone.get(card_id, 0)
            if votes < before:
                moved = min(before - votes, placed)
                placed, undone = placed - moved, undone + moved
            elif votes > before:
                moved = min(votes - before, undone)
                placed, undone = placed + moved, undone - moved
            else:
                continue
            changed = True
            self._store(self.placed, card_id, placed)
            self._store(self.undone, card_id, undone)
        if changed:
            self.changed.emit()

    @staticmethod
    def _store(counts: dict[str, int], card_id: str, value: int) -> None:
        if value > 0:
            counts[card_id] = value
        else:
            counts.pop(card_id, None)


class VoteTool(Tool):
    """Click a votable card to add a dot; right-click, Shift- or Alt-click takes one back."""

    def __init__(self, scene: JourneyScene, session: VotingSession) -> None:
        super().__init__(scene)
        self.session = session

    def activate(self) -> None:
        self.scene.clearSelection()  # a selected card's outline would look like a vote

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        item = self.scene.top_item_at(event.scenePos())
        if not isinstance(item, CardItem):
            return False
        remove = event.button() == Qt.MouseButton.RightButton or bool(
            event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        )
        if remove:
            self.session.unvote(item.item_id)
        elif event.button() == Qt.MouseButton.LeftButton:
            self.session.vote(item.item_id)
        event.accept()
        return True  # no selection or drag while voting

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return isinstance(self.scene.top_item_at(event.scenePos()), CardItem)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return isinstance(self.scene.top_item_at(event.scenePos()), CardItem)

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        # A quick second click is a second dot, not "edit this card".
        item = self.scene.top_item_at(event.scenePos())
        if isinstance(item, CardItem):
            return self.mouse_press(event)
        return True
