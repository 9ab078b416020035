"""``python main.py``: --version, --help and the headless validate / new commands, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop import __version__
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cjm-desktop {__version__}"


def test_help_describes_files_and_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout and "MAP.cjm" in result.stdout
    assert "--blank" in result.stdout and "--version" in result.stdout
    assert "validate" in result.stdout and "new" in result.stdout


def test_unknown_option_exits_with_usage_error() -> None:
    result = run("--no-such-option")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_validate_good_files(tmp_path: Path) -> None:
    result = run("validate", str(sample_map_path()))
    assert result.returncode == 0, result.stderr
    journey = load_map(sample_map_path())
    assert (
        f"ok (stages: {len(journey.stages)}, lanes: {len(journey.lanes)}, cards: {len(journey.cards)})"
        in result.stdout
    )


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"{broken", "invalid JSON"),
        (b"[]", "top level is not a JSON object"),
        (json.dumps({"format_version": 99}).encode(), "newer"),
        (json.dumps({"format_version": 1, "stages": [{"id": "s", "name": 5}]}).encode(), "stages[0].name"),
        ("Käse".encode("latin-1"), "not UTF-8"),
    ],
)
def test_validate_bad_file_names_it_and_the_problem(tmp_path: Path, content: bytes, fragment: str) -> None:
    bad = tmp_path / "bad.cjm"
    bad.write_bytes(content)
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr and fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_mixed_files_reports_each(tmp_path: Path) -> None:
    missing = tmp_path / "missing.cjm"
    result = run("validate", str(sample_map_path()), str(missing))
    assert result.returncode == 1
    assert "ok (" in result.stdout
    assert f"{missing}: the file does not exist" in result.stderr


def test_new_blank_and_sample(tmp_path: Path) -> None:
    blank = tmp_path / "blank.cjm"
    result = run("new", str(blank), "--title", "Kitchen ROPO")
    assert result.returncode == 0, result.stderr
    journey = load_map(blank)
    assert journey.title == "Kitchen ROPO" and journey.stages == []

    sample = tmp_path / "sample.cjm"
    result = run("new", str(sample), "--sample")
    assert result.returncode == 0, result.stderr
    written = load_map(sample)
    copy, bundled = load_map(sample), load_map(sample_map_path())
    # The copy lives elsewhere: its metric source now names the bundled sheet by its full path.
    assert copy.metric_source.path == str(sample_map_path().parent / bundled.metric_source.path)
    copy.metric_source.path = bundled.metric_source.path
    assert copy == bundled

    again = run("new", str(sample))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert load_map(sample) == written  # not overwritten
    forced = run("new", str(sample), "--force")
    assert forced.returncode == 0 and load_map(sample).stages == []


def test_new_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "nope" / "x.cjm"))
    assert result.returncode == 1
    assert "folder does not exist" in result.stderr and "Traceback" not in result.stderr


def test_main_runs_from_another_folder(tmp_path: Path) -> None:
    result = run("validate", str(sample_map_path()), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("word", "suggestion"), [("valdate", "Did you mean 'validate'?"), ("expotr", "Did you mean 'export'?")]
)
def test_mistyped_sub_command_is_an_error_with_a_suggestion(word: str, suggestion: str) -> None:
    result = run(word, "a.cjm")
    assert result.returncode == 2
    assert f"'{word}' is neither a sub-command nor an existing file" in result.stderr
    assert suggestion in result.stderr
    for name in ("export", "import-metrics", "validate", "new"):
        assert f"  {name} " in result.stderr  # the list of sub-commands
    assert result.stdout == ""


def test_missing_file_is_an_error_not_a_window(tmp_path: Path) -> None:
    # With no display and no window opened, a hang here would end in the 60 s timeout.
    result = run(str(tmp_path / "nowhere.cjm"))
    assert result.returncode == 2
    assert "nowhere.cjm' is neither a sub-command nor an existing file" in result.stderr
    assert "Did you mean" not in result.stderr


def test_no_file_opens_the_start_page(tmp_path: Path) -> None:
    """Started without a file, the editor shows the start page (reported by its smoke check)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CJM_SMOKE_TEST="1")
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: start page shown with 6 templates" in result.stdout


@pytest.mark.parametrize("status", [0, 1])
def test_a_headless_command_skips_the_teardown_but_not_its_output_status_or_atexit(
    tmp_path: Path, status: int
) -> None:
    """A command's own process ends at once when it is done (app._exit_now): objects are not freed one
    by one, but what it printed arrives (to a file: block-buffered), its status is kept and atexit
    handlers (the spare reader's end) run."""
    target = tmp_path / "out.cjm"
    args = ["new", str(target), "--sample"] if status == 0 else ["validate", str(tmp_path / "missing.cjm")]
    code = (
        "import atexit, sys\n"
        "class Witness:\n"
        "    def __del__(self): print('torn down', flush=True)\n"
        "witness = Witness()\n"
        "atexit.register(print, 'atexit ran')\n"
        f"sys.argv = ['main.py', *{args!r}]\n"
        "from cjm_desktop.app import main\n"
        "raise SystemExit(main())\n"
    )
    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        done = subprocess.run(
            [sys.executable, "-c", code],
            stdout=stdout,
            stderr=stderr,
            timeout=60,
            cwd=REPO,
            env=dict(os.environ),
        )
    printed = out.read_text(encoding="utf-8")
    assert done.returncode == status, err.read_text(encoding="utf-8")
    assert "atexit ran" in printed and "torn down" not in printed
    if status == 0:
        assert (
            str(target) in printed and load_map(target).stages == load_map(sample_map_path()).stages
        )  # written whole
    else:
        assert "missing.cjm" in err.read_text(encoding="utf-8")
