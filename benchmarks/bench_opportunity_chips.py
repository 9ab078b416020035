"""Benchmark: the pass that builds opportunity chips (status, links, "addressed by") on a big map.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_opportunity_chips.py``.
The scene runs this pass after a link or status edit and after cards are added or removed (typing
in a card skips it). On the 10,000-card map it prints the median time with no links and with every
opportunity linked to two pain points, beside a bare pass over the same cards measured in the same
run as the baseline.
"""

from __future__ import annotations

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

from cjm_desktop.canvas.card_links import card_link_texts  # noqa: E402
from cjm_desktop.model.opportunities import opportunities, pain_points  # noqa: E402


def median_ms(work: Callable[[], object], repeat: int = 25) -> float:
    """The median wall time of ``work`` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the figures."""
    journey = generate_map(100, 12, 10_000)
    opps, pains = opportunities(journey), pain_points(journey)
    bare = median_ms(lambda: [c.id for c in journey.cards if c.lane_id])
    print(f"{len(journey.cards)} cards, {len(opps)} opportunities, {len(pains)} pain points")
    print(f"  baseline: a bare pass over the cards     {bare:6.2f} ms")
    print(f"  chips, no links                          {median_ms(lambda: card_link_texts(journey)):6.2f} ms")
    for k, card in enumerate(opps):
        card.pain_point_ids = [pains[k % len(pains)].id, pains[(k * 7 + 1) % len(pains)].id]
        card.status = "planned"
    linked = median_ms(lambda: card_link_texts(journey))
    print(f"  chips, every opportunity linked twice    {linked:6.2f} ms   (target: well under 16 ms)")


if __name__ == "__main__":
    main()
