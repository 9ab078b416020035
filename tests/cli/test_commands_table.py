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


def heavy_loaded(code: str) -> set[str]:
    """The HEAVY libraries a fresh Python process holds after running ``code``."""
    code = f"import json, sys\n{code}\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.mark.parametrize("command", ["validate", "new", "import-metrics"])
def test_a_sub_command_imports_only_what_it_uses(command: str) -> None:
    """Starting a command (parsing its arguments) loads no heavy library (import-metrics: its reader does)."""
    loads = f"from cjm_desktop.cli.commands import SUBCOMMANDS\nSUBCOMMANDS[{command!r}].load()[0]()"
    assert heavy_loaded(loads) == set()


def test_validating_a_good_map_loads_neither_qt_nor_jsonschema() -> None:
    """jsonschema is only imported for a map the fast schema check refuses (for its message)."""
    code = (
        "from cjm_desktop.cli.commands import run_command\n"
        "from cjm_desktop.paths import sample_map_path\n"
        "assert run_command(['validate', str(sample_map_path())]) == 0"
    )
    assert heavy_loaded(code) == set()


def test_import_metrics_own_process_loads_neither_numpy_nor_the_reader(tmp_path) -> None:
    """Reading, number settling, matching and aggregating happen in the reader process (no Qt anywhere)."""
    from tests.cli.test_import_in_reader import write_sheet

    data, out = write_sheet(tmp_path / "data.xlsx"), tmp_path / "out.cjm"
    code = (
        "from cjm_desktop.cli.commands import run_command\n"
        "from cjm_desktop.paths import sample_map_path\n"
        f"assert run_command(['import-metrics', str(sample_map_path()), {str(data)!r}, '-o', {str(out)!r}]) == 0"
    )
    assert heavy_loaded(code) == set()
    assert out.is_file()


def test_import_metrics_choices_agree_with_the_importer() -> None:
    """The command spells out the importer's choices (so parsing loads no numpy): they must agree."""
    from cjm_desktop.cli import IMPORT_CHILD, import_child
    from cjm_desktop.cli import import_metrics as command
    from cjm_desktop.io.metrics import metrics_import
    from cjm_desktop.io.sheets import number_text

    assert command.LAYOUTS == metrics_import.LAYOUTS
    assert command.AGGREGATES == metrics_import.AGGREGATES
    assert command.DECIMALS == (number_text.DOT, number_text.COMMA)
    assert IMPORT_CHILD == import_child.__name__
