"""Benchmark: edit latency on big maps, from the model change to the repainted 1920x1080 view.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_edit_latency.py [--repeat N]``;
``--baseline COPY --runs N`` measures this tree and an older copy (``git archive main | tar -x -C COPY``)
in turns, each run in a fresh process, and prints each figure's median and range over the runs,
wall clock and CPU time (all of the process's threads) side by side.
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
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
# --tree DIR: measure the cjm_desktop of another checkout (the baseline), with this script.
TREE = Path(sys.argv[sys.argv.index("--tree") + 1]).resolve() if "--tree" in sys.argv else HERE.parent
sys.path.insert(0, str(TREE))
sys.path.insert(0, str(HERE))
# From TREE, before bench_open_repaint puts this tree first on the path.
importlib.import_module("cjm_desktop")
from bench_open_repaint import after_first_frame, generate_map  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QPoint, QRect  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QRegion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cjm_desktop.canvas import text_measure  # noqa: E402
from cjm_desktop.canvas.scene import JourneyScene  # noqa: E402
from cjm_desktop.canvas.view import JourneyView  # noqa: E402
from cjm_desktop.document import JourneyDocument, edits  # noqa: E402
from cjm_desktop.io.mapfile.cjm_file import load_map, save_map  # noqa: E402

try:  # the editor paints without Qt's GUI thread pool (cjm_desktop/raster_threads.py); older trees did not
    from cjm_desktop import raster_threads  # noqa: E402
except ImportError:
    raster_threads = None  # type: ignore[assignment]
# The venv's editable install finds this tree's module for an older tree that has none: only TREE's own counts.
SERIAL = raster_threads is not None and Path(raster_threads.__file__).resolve().is_relative_to(TREE)


VIEW_W, VIEW_H = 1920, 1080
EDITS = (
    ("edit", "card text edit"),
    ("add", "add a card"),
    ("undo", "undo (add card)"),
    ("grow", "add: top row grows"),
    ("shrink", "undo: top row shrinks"),
)


class PaintCounter(QObject):
    """Counts the paint events a widget receives (the viewport's, here)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def until_repainted(
    view: JourneyView, counter: PaintCounter, change: Callable[[], None]
) -> tuple[float, float]:
    """Seconds, wall and CPU, from ``change()`` (a model change through a command) to the end of the next paint."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    before = counter.paints
    start, cpu = time.perf_counter(), time.process_time()
    change()
    deadline = start + 5.0
    while counter.paints == before:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the view never repainted after the change")
    return time.perf_counter() - start, time.process_time() - cpu


def full_repaint(view: JourneyView, repeat: int) -> tuple[float, float]:
    """Median seconds, wall and CPU, to paint the whole viewport (warm caches)."""
    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)
    walls, cpus = [], []
    for _ in range(repeat + 1):
        painter = QPainter(image)
        start, cpu = time.perf_counter(), time.process_time()
        view.viewport().render(painter, QPoint(), QRegion(QRect(0, 0, VIEW_W, VIEW_H)))
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        painter.end()
    return statistics.median(walls[1:]), statistics.median(cpus[1:])


def window_repaint(view: JourneyView, repeat: int) -> tuple[float, float]:
    """Median seconds, wall and CPU, of a full repaint as the window gets it: a paint event into the
    window's backing store and its flush (``repaint()``), the events before it processed first."""
    app = QApplication.instance()
    assert app is not None
    walls, cpus = [], []
    for _ in range(repeat + 1):
        app.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        view.viewport().repaint()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls[1:]), statistics.median(cpus[1:])


def edit_latencies(doc: JourneyDocument, view: JourneyView, repeat: int) -> dict[str, float]:
    """Median ms (wall, and CPU as ``KEY_cpu``) of a card text edit, an added card and an undo, and the worst case.

    The view is centred on the last card of a cell in view, so the card added after it shows: a
    card added out of sight repaints nothing (nor should it), and cells are taller than the view.
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
    text = card.text
    times: dict[str, list[tuple[float, float]]] = {key: [] for key, _ in EDITS}
    for k in range(repeat):
        # Typing: one more character each time (merged into one undo step, as in the editor).
        typed = text + " x" * (k + 1)
        times["edit"].append(
            until_repainted(
                view,
                counter,
                lambda t=typed: edits.set_fields(doc, "cards", card_id, {"text": t}, merge=True),
            )
        )
        times["add"].append(
            until_repainted(view, counter, lambda: edits.add_card(doc, card.lane_id, card.stage_id, "New"))
        )
        times["undo"].append(until_repainted(view, counter, doc.undo_stack.undo))
    # The worst case: a card added to the fullest cell of the top row grows the row, and every row
    # below moves (the view, centred lower down, shows them move).
    top = scene.layout.lane_ids[0]
    fullest = max(
        (c for c in doc.journey.cards if c.lane_id == top),
        key=lambda c: scene.layout.cards[c.id][1] + scene.layout.cards[c.id][3],
    )
    for _ in range(repeat):
        times["grow"].append(
            until_repainted(view, counter, lambda: edits.add_card(doc, top, fullest.stage_id, "New"))
        )
        times["shrink"].append(until_repainted(view, counter, doc.undo_stack.undo))
    view.viewport().removeEventFilter(counter)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    result = {}
    for key, pairs in times.items():
        result[key] = statistics.median(wall for wall, _ in pairs) * 1000
        result[key + "_cpu"] = statistics.median(cpu for _, cpu in pairs) * 1000
    return result


def measure(stages: int, cards: int, folder: Path, repeat: int, relayout: bool = True) -> dict[str, float]:
    """Open a generated map in a shown 1920x1080 view; return every figure (ms, MB)."""
    path = folder / f"bench-{stages}x12x{cards}.cjm"
    save_map(generate_map(stages=stages, lanes=12, cards=cards), path, keep_backup=False)
    start, cpu = time.perf_counter(), time.process_time()
    doc = JourneyDocument(load_map(path), path)
    scene = JourneyScene(doc)
    figures = {"open": (time.perf_counter() - start) * 1000, "open_cpu": (time.process_time() - cpu) * 1000}
    # Baseline, same run: every card's text laid out by QTextLayout to learn its height.
    text_measure.enabled = False
    try:
        start = time.perf_counter()
        JourneyScene(JourneyDocument(load_map(path), path))
        figures["exact_open"] = (time.perf_counter() - start) * 1000
    finally:
        text_measure.enabled = True
    view = JourneyView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.zoom_reset()
    view.show()
    QApplication.processEvents()
    after_first_frame(view)
    wall, cpu = full_repaint(view, repeat)
    figures["repaint"], figures["repaint_cpu"] = wall * 1000, cpu * 1000
    wall, cpu = window_repaint(view, repeat)
    figures["window_repaint"], figures["window_repaint_cpu"] = wall * 1000, cpu * 1000
    figures.update(edit_latencies(doc, view, repeat))
    if relayout:
        JourneyScene.incremental = False
        try:
            slow = edit_latencies(doc, view, repeat)
        finally:
            JourneyScene.incremental = True
        figures.update({"relayout_" + key: value for key, value in slow.items()})
    figures["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    view.close()
    return figures


def report(stages: int, cards: int, figures: dict[str, float]) -> None:
    """Print one map's figures (one run)."""
    print(f"\n{stages} stages x 12 lanes, {cards} cards")
    print(
        f"  open (load + scene + layout)   {figures['open']:8.1f} ms (CPU {figures['open_cpu']:.1f})   "
        f"target <= 1000 ms (10,000 cards); every text laid out by Qt (baseline): {figures['exact_open']:.1f} ms"
    )
    print(
        f"  full repaint 1920x1080         {figures['repaint']:8.1f} ms (CPU {figures['repaint_cpu']:.1f})   target <= 8 ms"
    )
    print(
        f"    through the window (repaint)  {figures['window_repaint']:8.1f} ms "
        f"(CPU {figures['window_repaint_cpu']:.1f})"
    )
    print(f"  peak memory (process so far)   {figures['peak']:8.1f} MB   target <= 400 MB")
    print("  model change -> repainted view (median, wall / CPU)  incremental   full relayout (baseline)")
    for key, label in EDITS:
        slow = (
            f"{figures['relayout_' + key]:8.1f} / {figures['relayout_' + key + '_cpu']:.1f} ms"
            if "relayout_" + key in figures
            else "      -"
        )
        print(
            f"    {label:<22}  {figures[key]:8.1f} / {figures[key + '_cpu']:5.1f} ms   {slow}   target <= 16 ms"
        )


SIZES = ((40, 2500), (100, 10000))


def compare(baseline: Path, runs: int, repeat: int, relayout: bool) -> None:
    """Measure this tree and ``baseline`` in turns, a fresh process each, and print medians and ranges."""
    script = Path(__file__).resolve()
    trees = {"this tree": HERE.parent, "baseline": baseline.resolve()}
    results: dict[str, list[dict[str, dict[str, float]]]] = {name: [] for name in trees}
    loads = [os.getloadavg()[0]]
    for run in range(runs):
        for name, tree in trees.items():
            command = [sys.executable, str(script), "--tree", str(tree), "--json", "--repeat", str(repeat)]
            if not relayout:
                command.append("--no-relayout")
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results[name].append(json.loads(out.strip().splitlines()[-1]))
            loads.append(os.getloadavg()[0])
            print(f"  run {run + 1}/{runs}: {name} done (load {loads[-1]:.2f})", file=sys.stderr)
    print(f"{runs} runs each, taking turns; load average (1 min) {min(loads):.2f}-{max(loads):.2f}")
    print("median of the runs' medians [range], wall ms / CPU ms")
    for stages, cards in SIZES:
        size = str(cards)
        print(
            f"\n{stages} stages x 12 lanes, {cards} cards        this tree                          baseline"
        )
        keys = ["open", "repaint", "window_repaint", *(key for key, _ in EDITS)]
        if relayout:
            keys += ["relayout_" + key for key, _ in EDITS]
        for key in keys:
            cells = []
            for name in trees:
                walls = [r[size][key] for r in results[name]]
                cpus = [r[size][key + "_cpu"] for r in results[name]]
                cells.append(
                    f"{statistics.median(walls):7.1f} [{min(walls):.1f}-{max(walls):.1f}]"
                    f" / {statistics.median(cpus):.1f} [{min(cpus):.1f}-{max(cpus):.1f}]"
                )
            print(f"  {key:<22} {cells[0]:<36} {cells[1]}")
        peaks = [max(r[size]["peak"] for r in results[name]) for name in trees]
        print(f"  {'peak memory (MB)':<22} {peaks[0]:7.0f}                              {peaks[1]:7.0f}")


def main() -> int:
    """Measure the 2,500- and 10,000-card maps (or compare with a baseline copy)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="edits per measurement (median taken)")
    parser.add_argument("--baseline", type=Path, help="an older copy to measure in turns with this tree")
    parser.add_argument("--runs", type=int, default=3, help="with --baseline: runs of each tree")
    parser.add_argument("--no-relayout", action="store_true", help="skip the full-relayout baseline")
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)  # read before the imports
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one run, for --baseline
    args = parser.parse_args()
    if args.baseline is not None:
        compare(args.baseline, args.runs, args.repeat, not args.no_relayout)
        return 0
    if SERIAL:
        raster_threads.paint_serially()  # as the editor does before its first paint
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not args.json:
        print(f"Qt platform: {app.platformName()}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
        print("load average (1, 5, 15 min): " + ", ".join(f"{load:.2f}" for load in os.getloadavg()))
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for stages, cards in SIZES:
            results[str(cards)] = measure(stages, cards, Path(folder), args.repeat, not args.no_relayout)
            if not args.json:
                report(stages, cards, results[str(cards)])
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
