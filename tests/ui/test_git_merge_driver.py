"""git drives the merge and diff drivers: two branches edit one map; the merge opens in the editor."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
from cjm_desktop.model import Journey
from cjm_desktop.paths import sample_map_path
from cjm_desktop.versions.conflict_notes import CONFLICT_TAG

MAIN = Path(__file__).resolve().parents[2] / "main.py"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    # No user or system git configuration: the test sees only what it sets up.
    env = dict(
        os.environ,
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        QT_QPA_PLATFORM="offscreen",
        GIT_AUTHOR_NAME="T",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="T",
        GIT_COMMITTER_EMAIL="t@example.com",
    )
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=check, env=env, timeout=120
    )


def commit_edit(repo: Path, message: str, edit) -> None:
    journey = load_map(repo / "map.cjm")
    edit(journey)
    save_map(journey, repo / "map.cjm", keep_backup=False)
    git(repo, "commit", "-qam", message)


def test_git_merge_runs_the_driver_and_the_result_holds_both_sides(tmp_path: Path, make_window) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    command = f'"{sys.executable}" "{MAIN}"'
    # The set-up README.md documents.
    (repo / ".gitattributes").write_text("*.cjm merge=cjm diff=cjm\n")
    git(repo, "config", "merge.cjm.name", "cjm-desktop journey map merge")
    git(repo, "config", "merge.cjm.driver", f"{command} merge %O %A %B -o %A")
    git(repo, "config", "diff.cjm.command", f"{command} diff")
    shutil.copy(sample_map_path(), repo / "map.cjm")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    base = load_map(repo / "map.cjm")
    first, second, shared = base.cards[0].id, base.cards[1].id, base.cards[2].id
    last_stage = base.stages[-1].id

    git(repo, "checkout", "-qb", "anna")

    def anna(j: Journey) -> None:
        j.card(first).text = "Anna's new wording"
        j.card(shared).text = "Anna's view"

    commit_edit(repo, "anna", anna)
    git(repo, "checkout", "-q", "main")
    git(repo, "checkout", "-qb", "bela")

    def bela(j: Journey) -> None:
        j.card(second).stage_id = last_stage
        j.card(shared).text = "Béla's view"

    commit_edit(repo, "bela", bela)

    shown = git(repo, "diff", "main", "bela", "--", "map.cjm").stdout  # through the diff driver
    assert "moved from" in shown and "[-" in shown and "{+Béla's" in shown

    git(repo, "checkout", "-q", "anna")
    merged = git(repo, "merge", "--no-edit", "bela", check=False)
    assert merged.returncode != 0  # the driver reported the conflict
    assert "Merge conflict" in merged.stdout + merged.stderr

    window = make_window(Journey())
    assert window.open_path(repo / "map.cjm")
    journey = window.doc.journey
    assert journey.card(first).text == "Anna's new wording"
    assert journey.card(second).stage_id == last_stage
    assert journey.card(shared).text == "Anna's view"  # ours kept
    notes = [c for c in journey.cards if CONFLICT_TAG in c.tags]
    assert len(notes) == 1 and "Béla's view" in notes[0].text
    assert notes[0].id in window.scene.card_items  # drawn on the canvas
