"""The literal table of sub-commands: every entry loads a parser and a runner, cheaply."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cjm_desktop.cli.commands import SUBCOMMANDS, unknown_command_message


@pytest.mark.parametrize("name", list(SUBCOMMANDS))
def test_every_entry_loads_a_parser_and_a_runner(name: str) -> None:
    build_parser, runner = SUBCOMMANDS[name].load()
    parser = build_parser()
    assert parser.prog == f"cjm-desktop {name}"
    assert callable(runner)


def test_near_misses_are_suggested_and_far_ones_are_not() -> None:
    assert "Did you mean 'import-metrics'?" in unknown_command_message("import-metric")
    assert "Did you mean" not in unknown_command_message("zzz")


HEAVY = ["PySide6", "numpy", "jsonschema", "openpyxl", "python_calamine", "pyqtgraph"]


@pytest.mark.parametrize(
    ("command", "allowed"),
    [
        ("validate", set()),
        ("new", set()),
        ("import-metrics", {"numpy", "python_calamine"}),  # what it really uses to read and combine rows
    ],
)
def test_a_sub_command_imports_only_what_it_uses(command: str, allowed: set[str]) -> None:
    """Starting a command (parsing its arguments) loads no heavy library it does not need."""
    code = (
        "import json, sys\n"
        "from cjm_desktop.cli.commands import SUBCOMMANDS\n"
        f"build_parser, run = SUBCOMMANDS[{command!r}].load()\n"
        "build_parser()\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) <= allowed


def test_validating_a_good_map_loads_neither_qt_nor_jsonschema() -> None:
    """jsonschema is only imported for a map the fast schema check refuses (for its message)."""
    code = (
        "import json, sys\n"
        "from cjm_desktop.cli.commands import run_command\n"
        "from cjm_desktop.paths import sample_map_path\n"
        "assert run_command(['validate', str(sample_map_path())]) == 0\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_import_metrics_runs_without_qt(tmp_path) -> None:
    """The headless import applies its plan to the model directly: no Qt is loaded for it."""
    data = tmp_path / "data.csv"
    data.write_text("Stage,Sessions\nAwareness,10\nConsideration,20\n", encoding="utf-8")
    out = tmp_path / "out.cjm"
    code = (
        "import json, sys\n"
        "from cjm_desktop.cli.commands import run_command\n"
        "from cjm_desktop.paths import sample_map_path\n"
        f"status = run_command(['import-metrics', str(sample_map_path()), {str(data)!r}, '-o', {str(out)!r}])\n"
        "assert status == 0, status\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "PySide6" not in json.loads(result.stdout.splitlines()[-1])
    assert out.is_file()


def test_import_metrics_choices_agree_with_the_importer() -> None:
    """The command spells out the importer's choices (so parsing loads no numpy): they must agree."""
    from cjm_desktop.cli import import_metrics as command
    from cjm_desktop.io.metrics import metrics_import

    assert command.LAYOUTS == metrics_import.LAYOUTS
    assert command.AGGREGATES == metrics_import.AGGREGATES
