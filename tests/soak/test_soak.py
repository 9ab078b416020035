"""Soak test: minutes of seeded random use of the real window, as a long workshop would do it.

Keys, clicks, drags on the canvas, typing in cards, undo/redo, docks and dialogs, presentation mode
in and out, and autosave firing, on the sample map and on a generated 2,500-card map. It fails on
any Python exception or Qt warning (pytest-qt), on memory growth beyond MEMORY_BOUND_MB after the
warm-up, and when undoing everything does not give back the starting map.

    CJM_SOAK_SECONDS=1800 CJM_SOAK_SEED=1234 ./dev test tests/soak -s    # a long run, replayed

The seed is printed first, so a failure can be replayed. Input time: CJM_SOAK_SECONDS in total
(split over the two maps); 180 s on CI (CI=true), 20 s otherwise, so the local suite stays quick.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_desktop.canvas.items import CardItem
from cjm_desktop.document import JourneyDocument
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, save_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui import recovery_actions
from cjm_desktop.ui.main_window import MainWindow, open_windows

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_open_repaint import generate_map  # noqa: E402  - the benchmarks' 40 x 12, 2,500-card map

pytestmark = pytest.mark.slow

DEFAULT_SECONDS = 180.0 if os.environ.get("CI") else 20.0
WARM_UP_FRACTION = 0.25  # caches (card pixmaps per zoom level, fonts) fill during the first quarter
MEMORY_BOUND_MB = 150.0  # growth of the process's resident memory allowed after the warm-up
WORDS = "checkout delivery late courier refund happy slow app ÄÖÜ 顧客 😊 price basket".split()
LEFT = Qt.MouseButton.LeftButton


def total_seconds() -> float:
    """Input time for the whole soak (both maps)."""
    return float(os.environ.get("CJM_SOAK_SECONDS", DEFAULT_SECONDS))


def rss_mb() -> float:
    """Resident memory of this process now (Linux), else the peak (ru_maxrss)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Soak:
    """Seeded random input through the real widgets of one window."""

    def __init__(self, qtbot, window: MainWindow, rng: random.Random) -> None:
        self.qtbot, self.window, self.rng = qtbot, window, rng
        self.view, self.scene, self.doc = window.view, window.scene, window.doc
        self.events = 0
        self.counts: dict[str, int] = {}
        self.autosaves = 0
        self.modals_closed = 0
        keeper = recovery_actions.keeper_of(window)
        keeper.autosaved.connect(self._autosaved)
        self.keeper = keeper
        # Modal dialogs (a confirmation, the personas editor) are answered "Cancel" shortly after they open.
        self.modal_timer = QTimer()
        self.modal_timer.setInterval(50)
        self.modal_timer.timeout.connect(self._close_modal)
        self.modal_timer.start()
        self.actions: list[tuple[float, Callable[[], None]]] = [
            (20, self.key),
            (14, self.click),
            (8, self.drag),
            (10, self.type_in_card),
            (10, self.undo_redo),
            (3, self.toggle_dock),
            (2, self.dialog),
            (1, self.present),
            (3, self.zoom),
            (1, self.wait_for_autosave),
        ]
        # CJM_SOAK_ONLY=dialog,present narrows the input to some kinds (to find what a failure needs).
        only = {name for name in os.environ.get("CJM_SOAK_ONLY", "").split(",") if name}
        if only:
            self.actions = [(w, a) for w, a in self.actions if a.__name__ in only | {"wait_for_autosave"}]

    def _autosaved(self, _file: Path) -> None:
        self.autosaves += 1

    def _close_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.modals_closed += 1
            modal.close()

    def step(self) -> None:
        """One random user action, then let the event loop run (painting, timers, autosave)."""
        weights = [w for w, _ in self.actions]
        action = self.rng.choices([a for _, a in self.actions], weights)[0]
        self.counts[action.__name__] = self.counts.get(action.__name__, 0) + 1
        action()
        QApplication.processEvents()

    # ---- gestures --------------------------------------------------------------------------------
    def _point(self) -> QPoint:
        viewport = self.view.viewport()
        return QPoint(self.rng.randrange(viewport.width()), self.rng.randrange(viewport.height()))

    def _card_point(self) -> QPoint | None:
        visible = [i for i in self.view.items(self.view.viewport().rect()) if isinstance(i, CardItem)]
        if not visible:
            return None
        item = self.rng.choice(visible)
        return self.view.mapFromScene(item.sceneBoundingRect().center())

    def key(self) -> None:
        keys = [
            (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        ]
        key, modifiers = self.rng.choice(keys)
        self.view.setFocus()
        self.qtbot.keyClick(self.view, key, modifiers)
        self.events += 1
        if self.view.editor is not None:  # Return may have opened an editor: finish it
            self._finish_editor()

    def click(self) -> None:
        point = self._card_point() if self.rng.random() < 0.6 else self._point()
        if point is None:
            return
        modifiers = (
            Qt.KeyboardModifier.ControlModifier if self.rng.random() < 0.2 else Qt.KeyboardModifier.NoModifier
        )
        QTest.mouseClick(self.view.viewport(), LEFT, modifiers, point)
        self.events += 1

    def drag(self) -> None:
        start = self._card_point()
        if start is None:
            return
        end = self._point()
        viewport = self.view.viewport()
        QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
        for k in range(1, 6):  # several moves, past the drag threshold, as a hand does
            QTest.mouseMove(viewport, start + (end - start) * k / 5)
        QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, end)
        self.events += 7

    def type_in_card(self) -> None:
        self.view.setFocus()
        action = self.window.edit.add_card if self.rng.random() < 0.5 else self.window.edit.edit_text
        if not action.isEnabled():
            return
        action.trigger()
        self.events += 1
        if self.view.editor is None:
            return
        text = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(1, 6)))
        self.type_text(self.view.editor, text)
        self.events += len(text)
        self._finish_editor()

    def type_text(self, widget, text: str) -> None:
        """Type as a keyboard does; characters QTest cannot name arrive as key events with their text."""
        for char in text:
            if char.isascii():
                self.qtbot.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def _finish_editor(self) -> None:
        editor = self.view.editor
        if editor is None:
            return
        if self.rng.random() < 0.8:
            editor.commit()
        else:
            self.qtbot.keyClick(editor, Qt.Key.Key_Escape)
        self.events += 1

    def undo_redo(self) -> None:
        edit = self.window.edit
        for _ in range(self.rng.randint(1, 4)):
            action = edit.undo if self.rng.random() < 0.6 else edit.redo
            if action.isEnabled():
                action.trigger()
                self.events += 1

    def toggle_dock(self) -> None:
        docks = [self.window.inspector_dock, self.window.history_dock]
        metrics = getattr(getattr(self.window, "metrics_actions", None), "dock_action", None)
        toggles = [d.toggleViewAction() for d in docks] + ([metrics] if metrics is not None else [])
        self.rng.choice(toggles).trigger()
        self.events += 1

    def dialog(self) -> None:
        # The export dialog (window-modal) is closed by the modal timer or here; the personas dock and
        # the find bar are opened and closed again.
        choice = self.rng.randrange(3)
        if choice == 0:
            self.window.export_actions.export.trigger()
            QApplication.processEvents()
            self._close_modal()
        elif choice == 1:
            self.window.personas.open_action.trigger()
            QApplication.processEvents()
            self.window.personas.dock.close()
        else:
            self.window.find_actions.find.trigger()
            self.type_text(self.window.find_actions.bar.edit, self.rng.choice(WORDS))
            self.window.find_actions.bar.hide()
        self.events += 3

    def present(self) -> None:
        presentation = self.window.workshop.start_presentation()
        self.qtbot.waitExposed(presentation)
        for _ in range(self.rng.randint(2, 8)):
            key = self.rng.choice(
                [Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_O, Qt.Key.Key_Home, Qt.Key.Key_End]
            )
            self.qtbot.keyClick(presentation, key)
            self.events += 1
        presentation.close()
        QApplication.processEvents()
        self.events += 2

    def zoom(self) -> None:
        self.rng.choice(
            [self.view.zoom_in, self.view.zoom_out, self.view.zoom_to_fit, self.view.zoom_reset]
        )()
        self.events += 1

    def wait_for_autosave(self) -> None:
        if self.doc.modified and self.keeper.timer.isActive():
            with self.qtbot.waitSignal(self.keeper.autosaved, timeout=10_000):
                pass

    def close(self) -> None:
        """Stop answering dialogs, close what is open."""
        self.modal_timer.stop()
        presentation = self.window.workshop.presentation
        if presentation is not None:
            presentation.close()
        if self.view.editor is not None:
            self.view.editor.commit()
        QApplication.processEvents()


@pytest.fixture
def soak_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(recovery_actions, "recovery_folder", lambda: tmp_path / "recovery")
    monkeypatch.setattr(recovery_actions, "_session", None)
    monkeypatch.setattr(recovery_actions, "AUTOSAVE_DELAY_MS", 300)  # autosave fires often
    yield tmp_path
    for window in open_windows():
        window.doc.undo_stack.setClean()
        window.close()
    QApplication.processEvents()


def run_soak(qtbot, path: Path, seconds: float, label: str) -> None:
    seed = int(os.environ.get("CJM_SOAK_SEED", random.SystemRandom().randrange(2**31)))
    print(
        f"\nsoak {label}: seed {seed} (replay with CJM_SOAK_SEED={seed}), {seconds:.0f} s of input",
        flush=True,
    )
    window = MainWindow(JourneyDocument(load_map(path), path))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.view.zoom_reset()
    start = dumps(window.doc.journey)
    soak = Soak(qtbot, window, random.Random(seed))
    began = time.monotonic()
    warm_until = began + seconds * WARM_UP_FRACTION
    baseline = peak = 0.0
    while (now := time.monotonic()) - began < seconds:
        soak.step()
        if not baseline and now >= warm_until:
            gc.collect()
            baseline = rss_mb()
        peak = max(peak, rss_mb()) if soak.events % 50 == 0 or not peak else peak
    soak.close()
    gc.collect()
    QApplication.processEvents()
    end_rss = rss_mb()
    peak = max(peak, end_rss)
    stack = window.doc.undo_stack
    steps = stack.index()
    while stack.canUndo():
        stack.undo()
    QApplication.processEvents()
    print(
        f"soak {label}: seed {seed}: {soak.events:,} input events in {seconds:.0f} s, {steps} undo steps, "
        f"{soak.autosaves} autosaves, {soak.modals_closed} dialogs answered; memory after warm-up "
        f"{baseline:.0f} MB, at the end {end_rss:.0f} MB, peak {peak:.0f} MB; actions {soak.counts}",
        flush=True,
    )
    assert dumps(window.doc.journey) == start, f"seed {seed}: undoing everything did not restore the map"
    assert end_rss - baseline <= MEMORY_BOUND_MB, (
        f"seed {seed}: memory grew {end_rss - baseline:.0f} MB after the warm-up (bound {MEMORY_BOUND_MB} MB)"
    )
    assert soak.events > 0 and soak.autosaves > 0, f"seed {seed}: the soak did not exercise the window"


@pytest.mark.timeout(0)
def test_soak_sample_map(qtbot, soak_env: Path) -> None:
    path = soak_env / "sample.cjm"
    save_map(load_map(sample_map_path()), path)
    run_soak(qtbot, path, total_seconds() / 2, "sample map")


@pytest.mark.timeout(0)
def test_soak_large_map(qtbot, soak_env: Path) -> None:
    path = soak_env / "large.cjm"
    save_map(generate_map(), path)
    run_soak(qtbot, path, total_seconds() / 2, "2,500-card map")
