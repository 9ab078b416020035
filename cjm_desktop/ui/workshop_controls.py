"""The facilitator's controls while presenting: capture box, timer, voting turn and key hints.

With two screens they sit in a dock on the laptop; with one, only the capture box floats over the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey, Lane, LaneKind
from cjm_desktop.ui.workshop_timer import PRESET_MINUTES, TimerLabel, WorkshopTimer

if TYPE_CHECKING:
    from cjm_desktop.canvas.vote_tool import VotingSession
    from cjm_desktop.ui.presentation import PresentationWindow

DRAWN_KINDS = (LaneKind.EMOTIONS, LaneKind.METRICS)


def capture_lanes(journey: Journey) -> list[Lane]:
    """Lanes the room can add cards to, numbered 1.. in map order (drawn lanes are scored, not typed)."""
    return [lane for lane in journey.lanes if lane.kind not in DRAWN_KINDS]


def key_hints() -> str:
    """The presentation keys in one line, for the controls and the F1 overlay."""
    return tr(
        "WorkshopControls",
        "← → stages · Home/End · O overview · ↑ ↓ scroll · + − zoom · H hide empty lanes · "
        "L one lane · 1–9 capture into a lane · B blank · T timer (Shift+T: 1/3/5/10 min) · "
        "V voting · N next participant · Ctrl+Z undo · F1 keys · Esc back / leave",
    )


PLACEHOLDER_MARGIN = 24  # the edit's frame, its 6 px padding each side and the text margins


class CaptureBar(QWidget):
    """Lane picker and text box: type what the room says, Enter puts it on the map."""

    committed = Signal(str, str)  # (lane id, text)
    cancelled = Signal()

    def __init__(self, journey_source, parent: QWidget | None = None, stacked: bool = False) -> None:
        super().__init__(parent)
        self._journey_source = journey_source  # callable returning the live Journey
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "CaptureBar { background: rgba(11, 15, 20, 225); border-radius: 12px; }"
            " QLabel { color: white; } QLineEdit, QComboBox { padding: 6px; }"
        )
        big = QFont(self.font())
        big.setPixelSize(22)
        self.stage_label = QLabel(self)
        self.stage_label.setFont(big)
        self.lane_combo = QComboBox(self)
        self.lane_combo.setFont(big)
        self.edit = QLineEdit(self)
        self.edit.setFont(big)
        # The longest hint that fits the box: in Greek or Romanian the whole one is cut off mid-word.
        self._placeholders = (
            tr("CaptureBar", "What did the room say? Enter adds it, Esc closes, ↑/↓ changes the lane"),
            tr("CaptureBar", "What did the room say? Enter adds it"),
            tr("CaptureBar", "What did the room say?"),
        )
        self.edit.setPlaceholderText(self._placeholders[0])
        # In the laptop's narrow dock the parts stack; over the map they sit in one line.
        row = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.stage_label)
        row.addWidget(self.lane_combo)
        row.addWidget(self.edit, 1)
        self.edit.installEventFilter(self)
        self.refresh_lanes()

    def journey(self) -> Journey:
        """The map being captured into."""
        return self._journey_source()

    def refresh_lanes(self) -> None:
        """Rebuild the lane list ("1  Touchpoints", ...) keeping the chosen lane."""
        current = self.lane_id()
        self.lane_combo.blockSignals(True)
        self.lane_combo.clear()
        for number, lane in enumerate(capture_lanes(self.journey()), start=1):
            self.lane_combo.addItem(f"{number}  {lane.title}" if number <= 9 else lane.title, lane.id)
        self.lane_combo.blockSignals(False)
        if current:
            self.set_lane(current)

    def lane_id(self) -> str:
        """The lane a capture goes to."""
        return self.lane_combo.currentData() or ""

    def set_lane(self, lane_id: str) -> None:
        """Choose the lane captures go to."""
        if self.lane_combo.findData(lane_id) < 0:
            self.refresh_lanes()
        index = self.lane_combo.findData(lane_id)
        if index >= 0:
            self.lane_combo.setCurrentIndex(index)

    def set_stage_name(self, name: str) -> None:
        """Show which stage captures land in."""
        self.stage_label.setText(tr("CaptureBar", "Into %s:") % name)

    def _commit(self) -> None:
        text = self.edit.text().strip()
        if text:
            self.committed.emit(self.lane_id(), text)
            self.edit.clear()

    def _fit_placeholder(self) -> None:
        """Show the longest placeholder that fits the edit's width whole (the shortest when none does)."""
        metrics = QFontMetrics(self.edit.font())
        room = self.edit.width() - PLACEHOLDER_MARGIN
        fitting = [text for text in self._placeholders if metrics.horizontalAdvance(text) <= room]
        self.edit.setPlaceholderText(fitting[0] if fitting else self._placeholders[-1])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.Resize:
            self._fit_placeholder()
        if watched is self.edit and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.edit.clear()
                self.cancelled.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Handled here: QLineEdit passes Enter on to its parent, where it would open the box again.
                self._commit()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.lane_combo.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.lane_combo.setCurrentIndex(
                    (self.lane_combo.currentIndex() + step) % self.lane_combo.count()
                )
                return True
        return super().eventFilter(watched, event)


class WorkshopControls(QWidget):
    """Everything the facilitator drives while the map is on the wall."""

    def __init__(
        self, presentation: PresentationWindow, timer: WorkshopTimer | None, voting: VotingSession | None
    ) -> None:
        super().__init__(presentation)
        self.presentation = presentation
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        bold = QFont(self.font())
        bold.setPixelSize(18)
        bold.setBold(True)
        self.status.setFont(bold)
        layout.addWidget(self.status)
        self.capture = CaptureBar(
            lambda: presentation.doc.journey, self, stacked=presentation.controls_in_window
        )
        layout.addWidget(self.capture)
        # Bound methods, not lambdas: Qt drops them when this widget goes, the document stays.
        presentation.doc.collection_changed.connect(self._lanes_changed)
        presentation.doc.item_changed.connect(self._lanes_changed)
        presentation.doc.reset.connect(self.capture.refresh_lanes)
        if timer is not None:
            top = QHBoxLayout()
            top.addWidget(TimerLabel(timer, 28, self))
            start = QPushButton(tr("WorkshopControls", "Start / stop (T)"), self)
            start.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            start.clicked.connect(timer.toggle)
            top.addWidget(start, 1)
            layout.addLayout(top)
            row = QHBoxLayout()
            for minutes in PRESET_MINUTES:
                button = QPushButton(tr("WorkshopControls", "%d min") % minutes, self)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _c=False, m=minutes: timer.set_duration(m * 60_000))
                row.addWidget(button)
            layout.addLayout(row)
        if voting is not None:
            self.voting = voting
            self.vote_label = QLabel(voting.status_text(), self)
            self.vote_label.setFont(bold)
            voting.changed.connect(self._voting_changed)
            layout.addWidget(self.vote_label)
            row = QHBoxLayout()
            toggle = QPushButton(tr("WorkshopControls", "Voting on/off (V)"), self)
            toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            toggle.clicked.connect(lambda: voting.set_active(not voting.active))
            nxt = QPushButton(tr("WorkshopControls", "Next participant (N)"), self)
            nxt.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            nxt.clicked.connect(voting.next_participant)
            row.addWidget(toggle)
            row.addWidget(nxt)
            layout.addLayout(row)
        hints = QLabel(key_hints(), self)
        hints.setWordWrap(True)
        layout.addWidget(hints)
        leave = QPushButton(tr("WorkshopControls", "End presentation"), self)
        leave.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        leave.clicked.connect(presentation.close)
        layout.addWidget(leave)
        layout.addStretch(1)

    def _lanes_changed(self, name: str, *_rest: object) -> None:
        if name == "lanes":
            self.capture.refresh_lanes()

    def _voting_changed(self) -> None:
        self.vote_label.setText(self.voting.status_text())

    def set_status(self, text: str) -> None:
        """Show where the projected map is (stage n / m)."""
        self.status.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # The facilitator's keyboard is on the laptop: navigation works from here too.
        if not self.presentation.handle_key(event):
            super().keyPressEvent(event)
