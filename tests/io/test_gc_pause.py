"""gc_paused: the collector is off inside and back after; ``keep`` promotes without losing cycles."""

from __future__ import annotations

import gc
import weakref

from cjm_desktop.io.gc_pause import gc_paused


class _Node:
    """A plain object that can take part in a reference cycle."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_collector_off_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_paused(keep=True):
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused(keep=True):
            pass
        assert not gc.isenabled()  # a collector that was off stays off
    finally:
        gc.enable()


def test_keep_moves_what_the_block_built_to_the_oldest_generation() -> None:
    with gc_paused(keep=True):
        kept = [_Node() for _ in range(50)]
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(node) in oldest for node in kept)
    assert gc.get_freeze_count() == 0  # nothing left frozen: the full collection still sees them
    assert gc.get_count()[0] < 50  # the young generation no longer counts them


def test_a_cycle_built_in_a_kept_block_is_still_collected() -> None:
    with gc_paused(keep=True):
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
    del a, b
    gc.collect()
    assert ref() is None
