"""SIGKILL a process while it saves, hundreds of times: the map on disk is always complete."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.atomic import BACKUP_SUFFIX, remove_stale_temps
from cjm_desktop.io.mapfile.cjm_file import loads

pytestmark = [
    pytest.mark.slow,  # child processes killed mid-write; CI runs them, `-m "not slow"` skips them
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL (POSIX)"),
]

KILLS = 240
SEED = 20261125
MAX_DELAY_S = 0.08  # one save of these ~480 KB maps takes ~30 ms: kills land in 0-2 saves, at any stage
WINDOW = 20  # rounds between checks that kills still land after renames too
SPAWNER = Path(__file__).with_name("save_loop_spawner.py")


def test_sigkill_during_save_never_damages_the_map(tmp_path: Path, repo_root: Path) -> None:
    target = tmp_path / "journey.cjm"
    spawner = subprocess.Popen(  # noqa: S603 - our own helper script
        [sys.executable, str(SPAWNER), str(target), str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo_root,
        env={**os.environ, "PYTHONPATH": str(repo_root)},
    )
    try:
        assert spawner.stdout.readline().strip() == "READY"
        version_a, version_b = (tmp_path / "A.cjm").read_bytes(), (tmp_path / "B.cjm").read_bytes()
        assert version_a != version_b and len(version_a) > 300_000
        # Both versions are valid maps, so "equals A or B byte for byte" means "opens, complete".
        assert loads(version_a).title == "Version A" and loads(version_b).title == "Version B"
        rng = random.Random(SEED)
        seen = {"A": 0, "B": 0}
        changes = 0
        previous = version_a
        max_delay, window_changes = MAX_DELAY_S, 0
        for round_ in range(KILLS):
            spawner.stdin.write("fork\n")
            spawner.stdin.flush()
            pid = int(spawner.stdout.readline())
            time.sleep(rng.uniform(0, max_delay))  # the kill moment is the point of this test
            os.kill(pid, signal.SIGKILL)
            spawner.stdin.write(f"reap {pid}\n")
            spawner.stdin.flush()
            status = int(spawner.stdout.readline())
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"round {round_}: not killed"
            )
            data = target.read_bytes()
            assert data in (version_a, version_b), (
                f"round {round_}: the map on disk is damaged ({len(data)} bytes)"
            )
            seen["A" if data == version_a else "B"] += 1
            changes += data != previous
            window_changes += data != previous
            previous = data
            backup = target.with_name(target.name + BACKUP_SUFFIX)
            if backup.exists():
                assert backup.read_bytes() in (version_a, version_b), f"round {round_}: the backup is damaged"
            if (round_ + 1) % WINDOW == 0:
                # On a busy machine a save can outlast the window, and every kill would land before the
                # rename: widen it until kills land on both sides again (what the test must exercise).
                if window_changes < 3:
                    max_delay = min(max_delay * 1.5, 2.0)
                window_changes = 0
        leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
        print(
            f"\n{KILLS} kills survived; final versions seen {seen}; the file changed in {changes} rounds; "
            f"{len(leftovers)} temporary files left by killed saves; kill window up to {max_delay * 1000:.0f} ms"
        )
        # Kills must have landed both before and after renames, or the test proved nothing.
        assert seen["A"] > 10 and seen["B"] > 10 and changes > 10
        # Temporary files of killed saves are hidden (dot files) and removed by a later save once stale.
        assert all(name.startswith(".journey.cjm.") for name in leftovers)
        assert remove_stale_temps(target, max_age=0) == len(leftovers)
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    finally:
        spawner.kill()
        spawner.communicate()
