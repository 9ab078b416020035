"""Helper process for test_atomic_kill: forks children that save two big maps in turn, forever.

Usage: python save_loop_spawner.py TARGET.cjm OUT_FOLDER
Builds maps A and B (different, about 480 KB each), writes their exact bytes to OUT_FOLDER/A.cjm and
OUT_FOLDER/B.cjm, saves A to TARGET, prints "READY". Then reads commands on stdin:
  "fork"       fork a child that saves B, A, B, ... to TARGET with save_map until killed; prints its pid
  "reap PID"   wait for that (killed) child; prints its wait status
The spawner is single-threaded with everything imported, so a fork costs about a millisecond and
the child is saving at once: the test's kill can land at any moment of a save.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cjm_desktop.io.mapfile.cjm_file import dumps, save_map
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage


def big_map(tag: str, cards: int = 1000) -> Journey:
    """A map of ``cards`` cards whose every text says which version it is."""
    journey = Journey(title=f"Version {tag}")
    journey.stages = [Stage(id=f"stage-{i}", name=f"Stage {i} {tag}") for i in range(8)]
    journey.lanes = [Lane(id=f"lane-{i}", kind=LaneKind.NOTES, title=f"Lane {i}") for i in range(6)]
    journey.cards = [
        Card(
            id=f"card-{i}",
            lane_id=f"lane-{i % 6}",
            stage_id=f"stage-{i % 8}",
            text=f"Version {tag}, card {i}: " + "interview notes " * 20,
            tags=[tag, "kill-test"],
        )
        for i in range(cards)
    ]
    return journey


def save_forever(target: Path, maps: list[Journey]) -> None:
    """The child's work: save in turn until SIGKILL arrives."""
    turn = 0
    while True:
        save_map(maps[turn % 2], target)
        turn += 1


def main() -> int:
    target, out = Path(sys.argv[1]), Path(sys.argv[2])
    a, b = big_map("A"), big_map("B")
    (out / "A.cjm").write_bytes(dumps(a))
    (out / "B.cjm").write_bytes(dumps(b))
    save_map(a, target, keep_backup=False)
    print("READY", flush=True)
    for line in sys.stdin:
        command = line.split()
        if command[:1] == ["fork"]:
            pid = os.fork()
            if pid == 0:
                try:
                    save_forever(target, [b, a])
                finally:
                    os._exit(0)
            print(pid, flush=True)
        elif command[:1] == ["reap"]:
            _, status = os.waitpid(int(command[1]), 0)
            print(status, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
