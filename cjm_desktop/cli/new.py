"""The ``new`` sub-command: write a new map, blank, a copy of the sample, or a bundled template."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cjm_desktop.i18n import arg, tr


def template_files() -> dict[str, Path]:
    """The bundled templates by name (their id in templates.json), in the manifest's order."""
    from cjm_desktop.paths import templates_dir

    folder = templates_dir()
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


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``new``."""
    p = argparse.ArgumentParser(prog="cjm-desktop new", description=tr("cli", "Create a new map file."))
    p.add_argument("output", type=Path, help=tr("cli", "the new map file (.cjm)"))
    p.add_argument("--title", default="", help=tr("cli", "the map's title"))
    p.add_argument("--sample", action="store_true", help=tr("cli", "start from the bundled sample map"))
    p.add_argument(
        "--template",
        metavar="NAME",
        help=arg(tr("cli", "start from a bundled template: %1"), ", ".join(template_files())),
    )
    p.add_argument("--force", action="store_true", help=tr("cli", "overwrite an existing file"))
    return p


def run(args: argparse.Namespace) -> int:
    """Write the map; refuses folders, names without .cjm, and overwriting a file unless --force."""
    from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
    from cjm_desktop.model import Journey
    from cjm_desktop.paths import sample_map_path

    output: Path = args.output
    if output.is_dir():
        message = tr("cli", "%1: is a folder; give the new map's file name, e.g. %2")
        print(arg(message, output, output / "journey.cjm"), file=sys.stderr)
        return 1
    if output.suffix.lower() != ".cjm":
        print(
            arg(tr("cli", "%1: a map's file name ends in .cjm, e.g. %2.cjm"), output, output.name),
            file=sys.stderr,
        )
        return 1
    if args.sample and args.template:
        print(tr("cli", "cjm-desktop new: choose --sample or --template, not both"), file=sys.stderr)
        return 2
    templates = template_files()
    if args.template and args.template not in templates:
        names = ", ".join(templates)
        message = tr("cli", "cjm-desktop new: no template called '%1' (choose from %2)")
        print(arg(message, args.template, names), file=sys.stderr)
        return 2
    if output.exists() and not args.force:
        print(arg(tr("cli", "%1: already exists (use --force to overwrite)"), output), file=sys.stderr)
        return 1
    if args.template:
        journey = load_map(templates[args.template])
    elif args.sample:
        journey = load_map(sample_map_path())
        if journey.metric_source is not None:  # the new map lives elsewhere: Refresh still finds the sheet
            journey.metric_source.anchor(sample_map_path().parent)
    else:
        journey = Journey(title=args.title)
    if args.title:
        journey.title = args.title
    save_map(journey, output, keep_backup=False)
    print(output)
    return 0
