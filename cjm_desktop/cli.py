"""Headless sub-commands: they need no display and exit non-zero with a clear message on failure."""

from __future__ import annotations

import argparse
import json
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


def template_files() -> dict[str, Path]:
    """The bundled templates by name (their id in templates.json), in the manifest's order."""
    from cjm_desktop.paths import resources_dir

    folder = resources_dir() / "templates"
    try:
        entries = json.loads((folder / "templates.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, Path] = {}
    for entry in entries if isinstance(entries, list) else []:
        if (
            isinstance(entry, dict)
            and isinstance(entry.get("id"), str)
            and isinstance(entry.get("file"), str)
        ):
            if (folder / entry["file"]).is_file():
                found[entry["id"]] = folder / entry["file"]
    return found


def _new(args: argparse.Namespace) -> int:
    """Write a new map: blank, a copy of the sample, or a bundled template."""
    from cjm_desktop.io.cjm_file import load_map, save_map
    from cjm_desktop.model import Journey
    from cjm_desktop.paths import sample_map_path

    output: Path = args.output
    if output.is_dir():
        print(
            f"{output}: is a folder; give the new map's file name, e.g. {output / 'journey.cjm'}",
            file=sys.stderr,
        )
        return 1
    if output.suffix.lower() != ".cjm":
        print(f"{output}: a map's file name ends in .cjm, e.g. {output.name}.cjm", file=sys.stderr)
        return 1
    if args.sample and args.template:
        print("cjm-desktop new: choose --sample or --template, not both", file=sys.stderr)
        return 2
    templates = template_files()
    if args.template and args.template not in templates:
        names = ", ".join(templates)
        print(f"cjm-desktop new: no template called '{args.template}' (choose from {names})", file=sys.stderr)
        return 2
    if output.exists() and not args.force:
        print(f"{output}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    if args.template:
        journey = load_map(templates[args.template])
    elif args.sample:
        journey = load_map(sample_map_path())
    else:
        journey = Journey(title=args.title)
    if args.title:
        journey.title = args.title
    save_map(journey, output, keep_backup=False)
    print(output)
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
    p.add_argument(
        "--template",
        metavar="NAME",
        help="start from a bundled template: " + ", ".join(template_files()),
    )
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


COMMANDS = ("validate", "new", "export", "import-metrics")


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
