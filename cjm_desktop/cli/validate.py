"""The ``validate`` sub-command: check that maps open; print what is wrong with those that do not."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cjm_desktop.i18n import arg, tr


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``validate``."""
    p = argparse.ArgumentParser(
        prog="cjm-desktop validate", description=tr("cli", "Check that maps open; report problems.")
    )
    p.add_argument("maps", nargs="+", type=Path, help=tr("cli", "the maps to check"))
    return p


def run(args: argparse.Namespace) -> int:
    """Load every map; exit status 1 when any cannot be opened."""
    from cjm_desktop.io.mapfile.cjm_file import load_map
    from cjm_desktop.io.mapfile.errors import MapFileError

    failures = 0
    for path in args.maps:
        try:
            journey = load_map(path)
        except MapFileError as error:
            print(f"{path}: {error.problem}", file=sys.stderr)
            failures += 1
        else:
            # Counts as labelled values: three numbers never share one plural form.
            message = tr("cli", "%1: ok (stages: %2, lanes: %3, cards: %4)")
            print(arg(message, path, len(journey.stages), len(journey.lanes), len(journey.cards)))
    return 1 if failures else 0
