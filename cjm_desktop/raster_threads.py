"""Keep Qt's raster painting on the thread that paints (set before the first paint).

Qt 6's raster engine hands every fill or pixmap blit taller than ~96 lines to a thread pool in
segments of 64 lines and waits for them all. A repaint of the map makes dozens of such fills (the
paper, the cell bands, tall card pixmaps), and on the two-core machines the editor is measured on
each hand-off costs more than the fill: waking the pool's threads and waiting for a free core made
the same full repaint of a 1920x1080 view take 5 ms in one run and 9-11 ms in another, depending on
what else the machine ran (``benchmarks/bench_edit_latency.py`` measures it beside the pool's path).
Qt reads ``QT_NO_GUI_THREADPOOL`` once, when it first needs the pool; a value the user set stays.
"""

from __future__ import annotations

import os

VARIABLE = "QT_NO_GUI_THREADPOOL"


def paint_serially() -> None:
    """Ask Qt to paint without its GUI thread pool (before the first paint; a value already set stays)."""
    os.environ.setdefault(VARIABLE, "1")
