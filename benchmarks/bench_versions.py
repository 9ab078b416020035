"""Save, diff and merge timings on a generated 40-stage x 12-lane map with 2,500 and 10,000 cards.

    .venv/bin/python benchmarks/bench_versions.py

"baseline" is the previous save (json.dumps with indent=1), measured in the same run, so the
cost of the diff-friendly layout is read beside it. diff and merge edit 1 % of the cards on each
side (text on one, cell on the other) and delete a few, as two team members would in a week.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def big_journey(cards: int, stages: int = 40, lanes: int = 12):
    """A large generated map with an emotion curve per persona."""
    from cjm_desktop.model import Card, EmotionPoint, Journey, Lane, LaneKind, Persona, Stage

    rng = random.Random(7)
    kinds = [k for k in LaneKind if k not in (LaneKind.EMOTIONS, LaneKind.METRICS)]
    journey = Journey(title="Big map")
    journey.stages = [Stage(f"s{i}", f"Stage {i}") for i in range(stages)]
    journey.lanes = [Lane(f"l{j}", kinds[j % len(kinds)], f"Lane {j}") for j in range(lanes)]
    journey.personas = [Persona(f"p{k}", f"Persona {k}") for k in range(3)]
    journey.emotions = [
        EmotionPoint(p.id, s.id, rng.randint(-3, 3)) for p in journey.personas for s in journey.stages
    ]
    words = "checkout delivery fee courier parcel review store app search basket".split()
    journey.cards = [
        Card(
            f"c{n}",
            f"l{rng.randrange(lanes)}",
            f"s{rng.randrange(stages)}",
            " ".join(rng.choices(words, k=12)),
        )
        for n in range(cards)
    ]
    return journey


def timed(label: str, fn, repeat: int = 3) -> float:
    best = min(_once(fn) for _ in range(repeat))
    print(f"  {label:<38} {best * 1000:8.1f} ms")
    return best


def _once(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    for cards in (2500, 10000):
        run(cards)


def run(cards: int) -> None:
    """Time one map size."""
    from cjm_desktop.io.mapfile.cjm_file import dumps
    from cjm_desktop.io.mapfile.cjm_format import journey_to_dict
    from cjm_desktop.versions.diff import diff, patch
    from cjm_desktop.versions.merge import merge

    base = big_journey(cards)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    step = 100
    for card in ours.cards[::step]:
        card.text += " (ours)"
    for card in theirs.cards[1::step]:
        card.stage_id = "s0"
    del theirs.cards[2 :: step * 5]
    print(f"{cards} cards, {len(dumps(base)) / 1e6:.1f} MB saved")
    timed("save, baseline json.dumps indent=1", lambda: json.dumps(journey_to_dict(base), indent=1))
    timed("save, diff-friendly layout", lambda: dumps(base))
    changes = diff(base, ours)
    timed(f"diff ({len(changes)} changes)", lambda: diff(base, ours))
    timed("patch", lambda: patch(base, changes))
    timed("three-way merge", lambda: merge(base, ours, theirs))


if __name__ == "__main__":
    main()
