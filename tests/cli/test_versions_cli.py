"""``diff`` and ``merge`` sub-commands: exit codes, word-by-word text, JSON, and a valid output map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.cli.commands import run_command
from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
from cjm_desktop.paths import sample_map_path


@pytest.fixture
def maps(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The sample as base, and two edited copies (one edit each, on different cards)."""
    base = load_map(sample_map_path())
    paths = tmp_path / "base.cjm", tmp_path / "ours.cjm", tmp_path / "theirs.cjm"
    save_map(base, paths[0], keep_backup=False)
    base.cards[0].text = "Instagram story with a friend's like"
    base.emotions[0].score = -3
    save_map(base, paths[1], keep_backup=False)
    base = load_map(paths[0])
    base.stages[1].name = "Comparison"
    save_map(base, paths[2], keep_backup=False)
    return paths


def test_diff_exit_codes_and_word_by_word_text(maps, capsys) -> None:
    base, ours, _ = maps
    assert run_command(["diff", str(base), str(base)]) == 0
    assert capsys.readouterr().out == ""
    assert run_command(["diff", str(base), str(ours)]) == 1
    out = capsys.readouterr().out
    assert "Instagram [-ad-]{+story+} with a friend's like" in out
    assert "score: " in out and "→ -3" in out
    assert run_command(["diff", str(base), str(base.with_name("missing.cjm"))]) == 2
    assert "missing.cjm" in capsys.readouterr().err


def test_diff_json_for_tools(maps, capsys) -> None:
    base, _, theirs = maps
    assert run_command(["diff", "--format", "json", str(base), str(theirs)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["same"] is False
    [change] = report["changes"]
    assert (change["collection"], change["kind"]) == ("stages", "changed")
    assert change["fields"]["name"]["new"] == "Comparison"
    assert ["+", "Comparison"] in change["fields"]["name"]["words"]


def test_merge_clean_conflicting_and_failing(maps, tmp_path: Path, capsys) -> None:
    base, ours, theirs = maps
    out = tmp_path / "out.cjm"
    assert run_command(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 0
    merged = load_map(out)
    assert merged.cards[0].text.startswith("Instagram story") and merged.stages[1].name == "Comparison"

    other = load_map(theirs)
    other.cards[0].text = "Something else"
    save_map(other, theirs, keep_backup=False)
    assert run_command(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 1
    assert "Merge conflict" in capsys.readouterr().out
    merged = load_map(out)  # always a valid map
    assert merged.cards[0].text.startswith("Instagram story")
    assert any("Something else" in c.text for c in merged.cards if "merge-conflict" in c.tags)

    before = out.read_bytes()
    theirs.write_text("{ not json")
    assert run_command(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 2
    assert "theirs.cjm" in capsys.readouterr().err
    assert out.read_bytes() == before  # nothing written on error


def test_diff_as_git_external_driver_reads_a_new_file_against_dev_null(maps, capsys) -> None:
    base, _, _ = maps
    args = ["diff", "map.cjm", "/dev/null", ".", ".", str(base), "abc123", "100644"]
    assert run_command(args) == 0  # git treats any other exit status as a failed driver
    out = capsys.readouterr().out
    assert out.startswith("cjm diff map.cjm") and "+ stage “Awareness”" in out
