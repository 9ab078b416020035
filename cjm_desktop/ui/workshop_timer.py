"""A countdown for time-boxed workshop exercises, and the large label that shows it in a corner."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from cjm_desktop.i18n import tr

PRESET_MINUTES = (1, 3, 5, 10)
TICK_MS = 200  # often enough that the seconds never visibly skip


class WorkshopTimer(QObject):
    """Counts down from a duration; T toggles it. Time is measured, not summed from ticks."""

    tick = Signal(int)  # milliseconds left
    running_changed = Signal(bool)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, duration_ms: int = 5 * 60_000) -> None:
        super().__init__(parent)
        self.duration_ms = duration_ms
        self._left_at_start = duration_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)

    @property
    def running(self) -> bool:
        """Is the countdown going?"""
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        """Milliseconds left (the full duration before the first start)."""
        if not self.running:
            return self._left_at_start
        return max(0, self._left_at_start - self._clock.elapsed())

    def set_duration(self, ms: int) -> None:
        """Choose the time box (a preset); this also resets the countdown."""
        self.duration_ms = max(1, int(ms))
        self.reset()

    def start(self) -> None:
        """Start, or resume after a stop; a finished timer starts again from its full duration."""
        if self.running:
            return
        if self._left_at_start <= 0:
            self._left_at_start = self.duration_ms
        self._clock.start()
        self._timer.start()
        self.running_changed.emit(True)
        self.tick.emit(self.remaining_ms())

    def stop(self) -> None:
        """Pause, keeping the time left."""
        if not self.running:
            return
        self._left_at_start = self.remaining_ms()
        self._timer.stop()
        self.running_changed.emit(False)
        self.tick.emit(self._left_at_start)

    def toggle(self) -> None:
        """Start when stopped, stop when running (the T key)."""
        self.stop() if self.running else self.start()

    def reset(self) -> None:
        """Back to the full duration, stopped."""
        was_running = self.running
        self._timer.stop()
        self._left_at_start = self.duration_ms
        if was_running:
            self.running_changed.emit(False)
        self.tick.emit(self._left_at_start)

    def _on_tick(self) -> None:
        left = self.remaining_ms()
        self.tick.emit(left)
        if left <= 0:
            self._timer.stop()
            self._left_at_start = 0
            self.running_changed.emit(False)
            self.finished.emit()


def format_ms(ms: int) -> str:
    """'4:05' for a time left; rounds up so '0:00' only shows when time is really up."""
    seconds = (max(0, ms) + 999) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class TimerLabel(QLabel):
    """The countdown in large type; it turns amber in the last minute and red when time is up."""

    def __init__(self, timer: WorkshopTimer, pixel_size: int = 44, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        f = QFont(self.font())
        f.setPixelSize(pixel_size)
        f.setBold(True)
        f.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(f)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(tr("TimerLabel", "Workshop timer: T starts and stops it"))
        timer.tick.connect(self._show)
        timer.running_changed.connect(self._running_changed)  # a bound slot: dropped with the label
        self._show(timer.remaining_ms())

    def _running_changed(self, _running: bool) -> None:
        self._show(self.timer.remaining_ms())

    def _show(self, ms: int) -> None:
        # Red and amber say "over" and "last minute"; the words say it too, for any eyes.
        if ms <= 0:
            self.setText(tr("TimerLabel", "Time's up · %s") % format_ms(ms))
        elif ms <= 60_000 and self.timer.running:
            self.setText(tr("TimerLabel", "Last minute · %s") % format_ms(ms))
        else:
            self.setText(format_ms(ms))
        if ms <= 0:
            color = "#ef4444"
        elif ms <= 60_000 and self.timer.running:
            color = "#f59e0b"
        elif self.timer.running:
            color = "#ffffff"
        else:
            color = "#9aa5b1"  # paused: quieter, so the room sees it is not counting
        self.setStyleSheet(
            f"QLabel {{ color: {color}; background: rgba(11, 15, 20, 210);"
            " border-radius: 10px; padding: 4px 16px; }"
        )
        self.adjustSize()
