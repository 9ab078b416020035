"""``merge BASE OURS THEIRS -o OUT``: three-way merge of two edited copies; git's merge driver."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_format import FormatError
from cjm_desktop.io.mapfile.errors import MapFileError


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``merge``."""
    parser = argparse.ArgumentParser(
        prog="cjm-desktop merge",
        description=tr(
            "cli",
            "Combine the changes of two copies of a map edited from a common BASE. A field "
            "changed differently on both sides keeps OURS and becomes a conflict note card in the "
            "merged map. Exit status: 0 clean, 1 with conflicts, 2 on error (nothing written).",
        ),
    )
    parser.add_argument("base", type=Path, help=tr("cli", "the common version both copies were edited from"))
    parser.add_argument("ours", type=Path, help=tr("cli", "our edited copy"))
    parser.add_argument("theirs", type=Path, help=tr("cli", "their edited copy"))
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help=tr("cli", "the merged map (may be OURS)")
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Merge and write the result; print each conflict and each record kept against a deletion."""
    from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
    from cjm_desktop.versions.merge import merge
    from cjm_desktop.versions.report import merge_lines

    try:
        base, ours, theirs = load_map(args.base), load_map(args.ours), load_map(args.theirs)
        result = merge(base, ours, theirs)
        save_map(result.journey, args.output, keep_backup=False)
    except MapFileError as error:
        print(f"{error.path}: {error.problem}", file=sys.stderr)
        return 2
    except FormatError as error:  # a merge that could not make a valid map writes nothing
        message = tr("Versions", "%1: the merge could not make a valid map: %2")
        print(message.replace("%1", str(args.output)).replace("%2", str(error)), file=sys.stderr)
        return 2
    for line in merge_lines(result):
        print(line)
    return 0 if result.clean else 1
