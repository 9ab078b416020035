"""Benchmark: the outline dock SHOWN while a 2,500-card map is edited: time per edit and memory growth.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_outline_dock.py [--edits N]``.
A shown OutlineDock over a 40-stage x 12-lane map with 2,500 cards; each round types in a card, adds
a card and undoes it. Printed: the median time from the edit to the dock being up to date (the
document's change and the dock's deferred update), and how much the process's resident memory grew
over all rounds after a warm-up. The baseline, measured in the same run, is the same rounds with the
dock built afresh after every edit (``OutlineDock.rebuild``), which is what it did before it followed
the typed change signals. Goal: a few ms per edit and no growth per edit.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_open_repaint import generate_map  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cjm_desktop.canvas.scene import JourneyScene  # noqa: E402
from cjm_desktop.document import JourneyDocument, edits  # noqa: E402
from cjm_desktop.ui.outline_dock import OutlineDock  # noqa: E402


def rss_mb() -> float:
    """Resident memory of this process now (not the peak), in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2


def rounds(doc: JourneyDocument, outline: OutlineDock, count: int, after: Callable[[], None]) -> list[float]:
    """Seconds per edit (type, add, undo) until the dock is up to date; ``after`` runs after each edit."""
    app = QApplication.instance()
    assert app is not None
    card = doc.journey.cards[len(doc.journey.cards) // 2]
    text, times = card.text, []
    for k in range(count):
        for edit in (
            lambda k=k: edits.set_fields(doc, "cards", card.id, {"text": f"{text} {k}"}, merge=True),
            lambda: edits.add_card(doc, card.lane_id, card.stage_id, "New"),
            doc.undo_stack.undo,
        ):
            start = time.perf_counter()
            edit()
            app.processEvents()  # the dock's deferred update runs here
            after()
            times.append(time.perf_counter() - start)
    return times


def measure(
    doc: JourneyDocument, outline: OutlineDock, count: int, after: Callable[[], None]
) -> tuple[float, float]:
    """(median ms per edit, MB of growth over ``count`` rounds after a warm-up of 20)."""
    rounds(doc, outline, 20, after)
    gc.collect()
    before = rss_mb()
    times = rounds(doc, outline, count, after)
    gc.collect()
    return statistics.median(times) * 1000, rss_mb() - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=100, help="rounds of type + add + undo")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    doc = JourneyDocument(generate_map(stages=40, lanes=12, cards=2500), None)
    scene = JourneyScene(doc)
    outline = OutlineDock(scene)
    outline.resize(360, 900)
    outline.show()
    app.processEvents()
    fast_ms, fast_mb = measure(doc, outline, args.edits, lambda: None)
    slow_ms, slow_mb = measure(doc, outline, args.edits, outline.rebuild)
    print(f"Outline dock shown, 2,500 cards, {args.edits} rounds x 3 edits (type, add card, undo)")
    print("                                  follows signals   rebuilt per edit (baseline)")
    print(f"  edit -> dock up to date (median)   {fast_ms:8.1f} ms      {slow_ms:8.1f} ms")
    print(f"  resident memory growth             {fast_mb:8.1f} MB      {slow_mb:8.1f} MB")
    outline.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
