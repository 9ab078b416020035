"""Pause Python's cyclic garbage collector while many acyclic objects are built. No Qt.

Reading 100,000 rows creates 100,000 row lists in a burst; every 700 new containers the collector
walks the young objects, and the older generations with them, to find reference cycles that rows
of plain values never form. Paused, calamine's conversion to Python takes half the time
(benchmarks/bench_metrics_import.py). Reference counting still frees everything at once; cycles
made meanwhile (by anything else) are collected as soon as the collector runs again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block (or the decorated call); restore it after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
