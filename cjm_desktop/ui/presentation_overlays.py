"""What floats over the projected map: where we are, whose turn it is, the timer, key help, black-out.

Large type on dark pills, so each reads from the back of the room over any part of the map.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from cjm_desktop.ui.workshop_controls import key_hints
from cjm_desktop.ui.workshop_timer import TimerLabel, WorkshopTimer

HELP_MS = 6000  # how long the key help shows when presenting starts on a single screen
MARGIN = 24
MAX_BAR_WIDTH = 1100  # the help and capture bars: a comfortable line length, centred


def pill_label(parent: QWidget, pixel_size: int = 22, name: str = "pill") -> QLabel:
    """A hidden label in bold white type on a dark rounded pill."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(
        f"QLabel#{name} {{ color: white; background: rgba(11, 15, 20, 210);"
        # The faint edge keeps the box visible over the near-black surround as well as over the map.
        " border: 1px solid rgba(255, 255, 255, 70); border-radius: 10px; padding: 6px 14px; }"
    )
    f = QFont(parent.font())
    f.setPixelSize(pixel_size)
    f.setBold(True)
    label.setFont(f)
    label.hide()
    return label


def shown(widget: QWidget | None) -> bool:
    """Is an overlay meant to be on screen (also before its window is first shown)?"""
    return widget is not None and not widget.isHidden()


def whole_hints(hints: str) -> str:
    """HINTS ("key what · key what · …") wrapped only between hints: a key left at a line's end with
    its meaning on the next ("· L" / "one lane") reads as noise on a wall. No-break spaces inside."""
    return "\u00a0· ".join(hint.replace(" ", "\u00a0") for hint in hints.split(" · "))


class Overlays:
    """The presentation's floating labels, and where they sit on the screen."""

    def __init__(self, parent: QWidget, timer: WorkshopTimer | None) -> None:
        self.parent = parent
        self.caption = pill_label(parent)  # where we are: "3 / 5  Purchase", top left
        self.vote_status = pill_label(parent, 28)  # whose turn it is, under the caption, while voting
        self.timer_label = TimerLabel(timer, 44, parent) if timer is not None else None
        if self.timer_label is not None:
            self.timer_label.hide()  # until the first time box starts
        self.help = pill_label(parent, 20, "help")
        help_font = self.help.font()
        help_font.setBold(False)  # a paragraph reads better in regular weight
        self.help.setFont(help_font)
        self.help.setText(whole_hints(key_hints()))
        self.help.setWordWrap(True)
        self.help_timer = QTimer(parent)  # a child, so it can never fire on a closed window
        self.help_timer.setSingleShot(True)
        self.help_timer.setInterval(HELP_MS)
        self.help_timer.timeout.connect(self.help.hide)
        self.blank = QWidget(parent)
        self.blank.setStyleSheet("background: black;")
        self.blank.hide()

    def show_help_briefly(self) -> None:
        """Show the keys for a few seconds."""
        self.help.show()
        self.help_timer.start()

    def reserved(self, bottom_bar: QWidget | None = None) -> tuple[int, int]:
        """How many pixels the visible overlays take at the top and at the bottom of the screen."""
        height = self.parent.height()
        top = [
            w.geometry().bottom() + 1
            for w in (self.caption, self.vote_status, self.timer_label)
            if w is not None and shown(w)
        ]
        bottom = [height - w.geometry().top() for w in (self.help, bottom_bar) if w is not None and shown(w)]
        return max(top, default=0), max(bottom, default=0)

    def place(self, bottom_bar: QWidget | None = None) -> None:
        """Put every overlay in its corner; ``bottom_bar`` (the floating capture box) goes bottom centre."""
        width, height = self.parent.width(), self.parent.height()
        self.caption.adjustSize()
        self.caption.move(MARGIN, MARGIN)
        self.vote_status.adjustSize()
        below = self.caption.geometry().bottom() + 12 if self.caption.isVisible() else MARGIN
        self.vote_status.move(MARGIN, below)
        if self.timer_label is not None:
            self.timer_label.adjustSize()
            self.timer_label.move(width - self.timer_label.width() - MARGIN, MARGIN)
        bar_width = max(min(width - 2 * MARGIN, MAX_BAR_WIDTH), 100)
        for bar in (self.help, bottom_bar):
            if bar is None:
                continue
            bar.setFixedWidth(bar_width)
            bar.adjustSize()
            if isinstance(bar, QLabel) and bar.wordWrap():
                # adjustSize guesses a wrapped label's height from a default width: ask for this one.
                bar.setFixedHeight(bar.heightForWidth(bar_width))
            bar.move((width - bar_width) // 2, height - bar.height() - MARGIN)
        self.blank.setGeometry(self.parent.rect())
        self.blank.raise_()
