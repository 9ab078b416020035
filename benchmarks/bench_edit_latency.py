"""Benchmark: edit latency on big maps, from the model change to the repainted 1920x1080 view.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_edit_latency.py [--repeat N]``.
For maps of 2,500 cards (40 stages x 12 lanes) and 10,000 cards (100 stages x 12 lanes) it prints:
open (load + scene + first layout), full repaint of the view, peak memory, and the median time of a
card text edit, an added card and an undo, and of a card added to (and undone from) the fullest
cell of the top row, which moves every row below, each from pushing the command to the end of the
view's next paint. Every edit figure is printed beside the baseline measured in the same run: the same
edit through the full-relayout path (``JourneyScene.incremental = False``: lay out the whole map
and repaint the whole scene, as before incremental layout). Targets (issue 11), 10,000 cards:
open <= 1 s, each edit <= 16 ms, full repaint <= 8 ms, peak memory <= 400 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_open_repaint import after_first_frame, generate_map  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QPoint, QRect  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QRegion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cjm_desktop.canvas import text_measure  # noqa: E402
from cjm_desktop.canvas.scene import JourneyScene  # noqa: E402
from cjm_desktop.canvas.view import JourneyView  # noqa: E402
from cjm_desktop.document import JourneyDocument, edits  # noqa: E402
from cjm_desktop.io.mapfile.cjm_file import load_map, save_map  # noqa: E402

VIEW_W, VIEW_H = 1920, 1080


class PaintCounter(QObject):
    """Counts the paint events a widget receives (the viewport's, here)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def until_repainted(view: JourneyView, counter: PaintCounter, change: Callable[[], None]) -> float:
    """Seconds from ``change()`` (a model change through a command) to the end of the next paint."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    before = counter.paints
    start = time.perf_counter()
    change()
    deadline = start + 5.0
    while counter.paints == before:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the view never repainted after the change")
    return time.perf_counter() - start


def full_repaint(view: JourneyView, repeat: int) -> float:
    """Median seconds to paint the whole viewport (warm caches)."""
    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(repeat + 1):
        painter = QPainter(image)
        start = time.perf_counter()
        view.viewport().render(painter, QPoint(), QRegion(QRect(0, 0, VIEW_W, VIEW_H)))
        times.append(time.perf_counter() - start)
        painter.end()
    return statistics.median(times[1:])


def edit_latencies(doc: JourneyDocument, view: JourneyView, repeat: int) -> dict[str, float]:
    """Median ms of a card text edit, an added card and an undo, on the last card of a cell in view.

    The view is centred on that card, so the card added after it shows: a card added out of sight
    repaints nothing (nor should it), and cells are taller than the view at 100 %.
    """
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    scene = view.scene()
    first = next(cid for cid, item in scene.card_items.items() if visible.contains(item.sceneBoundingRect()))
    card = doc.journey.card(first)
    card = doc.journey.cards_in(card.lane_id, card.stage_id)[-1]
    card_id = card.id
    view.centerOn(scene.card_items[card_id])
    text, edit_ms, add_ms, undo_ms = card.text, [], [], []
    for k in range(repeat):
        # Typing: one more character each time (merged into one undo step, as in the editor).
        typed = text + " x" * (k + 1)
        edit_ms.append(
            until_repainted(
                view,
                counter,
                lambda t=typed: edits.set_fields(doc, "cards", card_id, {"text": t}, merge=True),
            )
        )
        add_ms.append(
            until_repainted(view, counter, lambda: edits.add_card(doc, card.lane_id, card.stage_id, "New"))
        )
        undo_ms.append(until_repainted(view, counter, doc.undo_stack.undo))
    # The worst case: a card added to the fullest cell of the top row grows the row, and every row
    # below moves (the view, centred lower down, shows them move).
    top = scene.layout.lane_ids[0]
    fullest = max(
        (c for c in doc.journey.cards if c.lane_id == top),
        key=lambda c: scene.layout.cards[c.id][1] + scene.layout.cards[c.id][3],
    )
    grow_ms, shrink_ms = [], []
    for _ in range(repeat):
        grow_ms.append(
            until_repainted(view, counter, lambda: edits.add_card(doc, top, fullest.stage_id, "New"))
        )
        shrink_ms.append(until_repainted(view, counter, doc.undo_stack.undo))
    view.viewport().removeEventFilter(counter)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    return {
        "edit": statistics.median(edit_ms) * 1000,
        "add": statistics.median(add_ms) * 1000,
        "undo": statistics.median(undo_ms) * 1000,
        "grow": statistics.median(grow_ms) * 1000,
        "shrink": statistics.median(shrink_ms) * 1000,
    }


def measure(stages: int, cards: int, folder: Path, repeat: int) -> None:
    """Open a generated map in a shown 1920x1080 view and print every figure."""
    path = folder / f"bench-{stages}x12x{cards}.cjm"
    save_map(generate_map(stages=stages, lanes=12, cards=cards), path, keep_backup=False)
    start = time.perf_counter()
    doc = JourneyDocument(load_map(path), path)
    scene = JourneyScene(doc)
    open_ms = (time.perf_counter() - start) * 1000
    # Baseline, same run: every card's text laid out by QTextLayout to learn its height.
    text_measure.enabled = False
    try:
        start = time.perf_counter()
        JourneyScene(JourneyDocument(load_map(path), path))
        exact_open_ms = (time.perf_counter() - start) * 1000
    finally:
        text_measure.enabled = True
    view = JourneyView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.zoom_reset()
    view.show()
    QApplication.processEvents()
    after_first_frame(view)
    repaint_ms = full_repaint(view, repeat) * 1000
    fast = edit_latencies(doc, view, repeat)
    JourneyScene.incremental = False
    try:
        slow = edit_latencies(doc, view, repeat)
    finally:
        JourneyScene.incremental = True
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{stages} stages x 12 lanes, {cards} cards")
    print(
        f"  open (load + scene + layout)   {open_ms:8.1f} ms   target <= 1000 ms (10,000 cards); "
        f"every text laid out by Qt (baseline): {exact_open_ms:.1f} ms"
    )
    print(f"  full repaint 1920x1080         {repaint_ms:8.1f} ms   target <= 8 ms")
    print(f"  peak memory (process so far)   {peak_mb:8.1f} MB   target <= 400 MB")
    print("  model change -> repainted view (median)  incremental   full relayout (baseline)")
    for key, label in (
        ("edit", "card text edit"),
        ("add", "add a card"),
        ("undo", "undo (add card)"),
        ("grow", "add: top row grows"),
        ("shrink", "undo: top row shrinks"),
    ):
        print(f"    {label:<20}                {fast[key]:8.1f} ms   {slow[key]:8.1f} ms   target <= 16 ms")
    view.close()


def main() -> int:
    """Measure the 2,500- and 10,000-card maps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="edits per measurement (median taken)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"Qt platform: {app.platformName()}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        measure(40, 2500, Path(folder), args.repeat)
        measure(100, 10000, Path(folder), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
