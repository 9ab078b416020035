"""The ``new`` sub-command: write a new map, blank or a copy of the sample."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``new``."""
    p = argparse.ArgumentParser(prog="cjm-desktop new", description="Create a new map file.")
    p.add_argument("output", type=Path)
    p.add_argument("--title", default="")
    p.add_argument("--sample", action="store_true", help="start from the bundled sample map")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    return p


def run(args: argparse.Namespace) -> int:
    """Write the map; refuses to overwrite a file unless --force."""
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
