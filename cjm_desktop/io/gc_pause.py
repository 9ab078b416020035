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
def gc_paused(keep: bool = False) -> Iterator[None]:
    """Disable the cyclic collector for the block (or the decorated call); restore it after.

    ``keep``: what the block built lives on (an opened map, its scene). Its objects go straight to
    the oldest generation, as if they had survived the young collections: otherwise the first
    young collection after the block walks every one of them (~30 ms per 10,000 cards), then the
    middle one again, only to move them there. Cycles among them are still found by the next full
    collection, when the collector would have looked at them there anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            promote_all()
        if was_enabled:
            gc.enable()


def promote_all() -> None:
    """Move every tracked object to the oldest generation without a collection pass (no cycle is lost)."""
    # freeze() moves all generations to the permanent one and zeroes the young count; unfreeze()
    # puts them all back in the oldest generation. Neither walks the objects.
    gc.freeze()
    gc.unfreeze()
