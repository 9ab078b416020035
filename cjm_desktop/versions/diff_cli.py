"""``diff OLD.cjm NEW.cjm``: what changed between two maps; also git's external diff driver."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey
from cjm_desktop.versions.diff import diff
from cjm_desktop.versions.report import diff_json, diff_text

# git runs an external diff driver with: path old-file old-hex old-mode new-file new-hex new-mode
GIT_ARGS = 7


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``diff``."""
    parser = argparse.ArgumentParser(
        prog="cjm-desktop diff",
        description=tr(
            "cli",
            "List what changed between two maps: stages, lanes, cards, personas, emotion "
            "scores, metrics, routes; text changes word by word ([-removed-]{+added+}). "
            "Exit status: 0 same, 1 different, 2 error. Given git's seven external-diff arguments it "
            "prints the changes and exits 0, as git expects of a diff driver.",
        ),
    )
    parser.add_argument("maps", nargs="+", type=str, help=tr("cli", "OLD.cjm NEW.cjm (or git's 7 arguments)"))
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("cli", "text for people, json for tools"),
    )
    return parser


def _load(path: str) -> Journey:
    from cjm_desktop.io.mapfile.cjm_file import load_map

    # git passes /dev/null for the missing side of an added or deleted file.
    return Journey(title="") if path == "/dev/null" else load_map(path)


def run(args: argparse.Namespace) -> int:
    """Print the changes; 0 when the maps are the same, 1 when they differ, 2 on error."""
    git = len(args.maps) == GIT_ARGS
    if len(args.maps) != 2 and not git:
        print(tr("Versions", "cjm-desktop diff: give OLD.cjm NEW.cjm"), file=sys.stderr)
        return 2
    old_path, new_path = (args.maps[1], args.maps[4]) if git else (args.maps[0], args.maps[1])
    try:
        old, new = _load(old_path), _load(new_path)
    except MapFileError as error:
        print(f"{error.path}: {error.problem}", file=sys.stderr)
        return 2
    changes = diff(old, new)
    if args.format == "json":
        report = diff_json(changes, old, new)
        report.update(old=old_path, new=new_path)
        print(json.dumps(report, ensure_ascii=False, indent=1))
        same = report["same"]
    else:
        text = diff_text(changes, old, new)
        same = not text
        if git:
            print(f"cjm diff {Path(args.maps[0]).as_posix()}")
        if text:
            print(text)
    if git:
        return 0
    return 0 if same else 1
