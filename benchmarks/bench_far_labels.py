"""Benchmark: what the far-zoom stage, lane and persona labels add to a repaint of the fitted sample map.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_far_labels.py [--repeat N] [--rounds R]``.
Renders the Hungarian sample map zoomed to fit in a 1056x656 view (a 1366x768 window beside the
inspector) and in a 1920x1080 view, each round first without the labels (the same-run baseline) and
then with the stage and lane labels only, then with the persona names too, and prints the median,
range and CPU time of a repaint. Target: the labels add well under 1 ms (a repaint stays far inside
16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cjm_desktop.canvas import far_labels, far_persona_labels  # noqa: E402
from cjm_desktop.canvas.scene import JourneyScene  # noqa: E402
from cjm_desktop.canvas.view import JourneyView  # noqa: E402
from cjm_desktop.document import JourneyDocument  # noqa: E402
from cjm_desktop.io.mapfile.cjm_file import load_map  # noqa: E402
from cjm_desktop.paths import sample_map_path  # noqa: E402


def repaint_times(view: JourneyView, repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of REPEAT full renders of VIEW."""
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    wall, cpu = [], []
    for _ in range(repeat):
        painter = QPainter(image)
        t0, c0 = time.perf_counter(), time.process_time()
        view.render(painter)
        painter.end()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=60, help="repaints per measurement (median taken)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds without / with labels")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    print(f"load average {os.getloadavg()[0]:.2f}")
    real_paint, real_persona_paint = far_labels.paint, far_persona_labels.paint
    for width, height in ((1056, 656), (1920, 1080)):
        scene = JourneyScene(JourneyDocument(load_map(sample_map_path("hu"))))
        view = JourneyView(scene)
        view.resize(width, height)
        view.show()
        app.processEvents()
        view.zoom_to_fit()
        app.processEvents()
        print(f"view {width}x{height}, zoom to fit {view.zoom():.0%}")
        for round_ in range(1, args.rounds + 1):
            figures = []
            for headers, personas in ((False, False), (True, False), (True, True)):
                far_labels.paint = real_paint if headers else lambda *_a, **_k: None
                far_persona_labels.paint = real_persona_paint if personas else lambda *_a, **_k: None
                wall, cpu = repaint_times(view, args.repeat)
                figures.append(
                    f"{statistics.median(wall):.2f} ms (range {min(wall):.2f}-{max(wall):.2f}, "
                    f"CPU {statistics.median(cpu):.2f})"
                )
            print(
                f"  round {round_}: no labels {figures[0]}; stage and lane labels {figures[1]}; "
                f"with persona names too {figures[2]}"
            )
        view.close()


if __name__ == "__main__":
    main()
