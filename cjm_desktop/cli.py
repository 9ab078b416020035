"""Headless sub-commands: they need no display and exit non-zero with a clear message on failure."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cjm_desktop.io.errors import MapFileError


def _validate(args: argparse.Namespace) -> int:
    """Check maps can be opened; print what is wrong with those that cannot."""
    from cjm_desktop.io.cjm_file import load_map

    failures = 0
    for path in args.maps:
        try:
            journey = load_map(path)
        except MapFileError as error:
            print(f"{path}: {error.problem}", file=sys.stderr)
            failures += 1
        else:
            print(
                f"{path}: ok ({len(journey.stages)} stages, {len(journey.lanes)} lanes, {len(journey.cards)} cards)"
            )
    return 1 if failures else 0


def _new(args: argparse.Namespace) -> int:
    """Write a new map: blank, or a copy of the sample."""
    from cjm_desktop.io.cjm_file import load_map, save_map
    from cjm_desktop.model import Journey
    from cjm_desktop.paths import sample_map_path

    journey = load_map(sample_map_path()) if args.sample else Journey(title=args.title)
    if args.title:
        journey.title = args.title
    if args.output.exists() and not args.force:
        print(f"{args.output}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    save_map(journey, args.output, keep_backup=False)
    print(args.output)
    return 0


def _build_parsers() -> dict[str, tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]]:
    parsers: dict[str, tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]] = {}
    p = argparse.ArgumentParser(
        prog="cjm-desktop validate", description="Check that maps open; report problems."
    )
    p.add_argument("maps", nargs="+", type=Path)
    parsers["validate"] = (p, _validate)
    p = argparse.ArgumentParser(prog="cjm-desktop new", description="Create a new map file.")
    p.add_argument("output", type=Path)
    p.add_argument("--title", default="")
    p.add_argument("--sample", action="store_true", help="start from the bundled sample map")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    parsers["new"] = (p, _new)
    return parsers


# Sub-commands other modules add (export, import-metrics) register here: name -> (parser factory, runner).
EXTRA_COMMANDS: dict[
    str, tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]
] = {}


def _register_extras() -> None:
    # Imported lazily so `--help` stays fast and a missing optional part never breaks the CLI.
    for module in ("cjm_desktop.export.cli", "cjm_desktop.io.metrics_cli"):
        try:
            __import__(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
    from cjm_desktop.versions import diff_cli, merge_cli  # issue 13: versions

    EXTRA_COMMANDS["diff"] = (diff_cli.build_parser, diff_cli.run)
    EXTRA_COMMANDS["merge"] = (merge_cli.build_parser, merge_cli.run)


COMMANDS = ("validate", "new", "export", "import-metrics", "diff", "merge")


def run_command(argv: list[str]) -> int:
    """Run a sub-command; errors are printed, never raised as tracebacks."""
    _register_extras()
    name, rest = argv[0], argv[1:]
    builtin = _build_parsers()
    if name in builtin:
        parser, runner = builtin[name]
    elif name in EXTRA_COMMANDS:
        factory, runner = EXTRA_COMMANDS[name]
        parser = factory()
    else:
        print(f"cjm-desktop: '{name}' is not available in this build", file=sys.stderr)
        return 2
    args = parser.parse_args(rest)
    try:
        return runner(args)
    except MapFileError as error:
        print(f"{error.path}: {error.problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cancelled", file=sys.stderr)
        return 130
