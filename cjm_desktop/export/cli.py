"""The ``export`` sub-command: maps to PNG, PDF or SVG without a display.

python main.py export MAP.cjm [MORE.cjm ...] -o OUT.png|OUT.pdf|OUT.svg|FOLDER|'{name}.pdf' [options]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from cjm_desktop.export.options import (
    FORMATS,
    PAGE_SIZES,
    SCALE_RANGE,
    ExportError,
    ExportOptions,
    format_for,
    parse_stage_ranges,
)
from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.mapfile.errors import MapFileError


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``export``."""
    p = argparse.ArgumentParser(
        prog="cjm-desktop export",
        description=tr("cli", "Export maps as PNG, PDF or SVG images, headless (no display needed)."),
        epilog=tr(
            "cli",
            "With several maps, -o is a folder or a pattern with {name} (the map's file name without "
            ".cjm), e.g. -o 'out/{name}.pdf'. Exit status is non-zero when any map fails.",
        ),
    )
    p.add_argument("maps", nargs="+", type=Path, metavar="MAP.cjm", help=tr("cli", "the maps to export"))
    p.add_argument(
        "-o",
        "--output",
        required=True,
        help=tr("cli", "output file (.png, .pdf, .svg), folder, or {name} pattern"),
    )
    p.add_argument("--format", choices=FORMATS, help=tr("cli", "format when -o is a folder (default png)"))
    size = p.add_mutually_exclusive_group()
    size.add_argument("--dpi", type=float, help=tr("cli", "PNG resolution in dots per inch (96 = 100 %%)"))
    size.add_argument(
        "--scale",
        type=float,
        help=arg(
            tr("cli", "PNG pixels per canvas pixel, %1-%2 (default 2)"),
            f"{SCALE_RANGE[0]:g}",
            f"{SCALE_RANGE[1]:g}",
        ),
    )
    p.add_argument("--transparent", action="store_true", help=tr("cli", "PNG/SVG: no white background"))
    p.add_argument("--stages", help=tr("cli", "only these stages, counted from 1, e.g. 2-4 or 1,3"))
    p.add_argument(
        "--personas", action="store_true", help=tr("cli", "export the persona profiles instead of the map")
    )
    p.add_argument(
        "--title-block", action="store_true", help=tr("cli", "add the map title, date and personas on top")
    )
    p.add_argument(
        "--page-size", choices=PAGE_SIZES, help=tr("cli", "PDF paper (default A3; Fit = the map's size)")
    )
    orient = p.add_mutually_exclusive_group()
    orient.add_argument(
        "--landscape", action="store_const", const=True, help=tr("cli", "PDF: landscape pages (default)")
    )
    orient.add_argument(
        "--portrait",
        action="store_const",
        const=False,
        dest="landscape",
        help=tr("cli", "PDF: portrait pages"),
    )
    p.add_argument("--margin", type=float, metavar="MM", help=tr("cli", "PDF page margin in mm (default 10)"))
    layout = p.add_mutually_exclusive_group()
    layout.add_argument(
        "--tiles",
        action="store_true",
        help=tr("cli", "PDF: a poster tiled over several pages with crop marks"),
    )
    layout.add_argument(
        "--per-stage", action="store_true", help=tr("cli", "one page (PDF) or one file (PNG/SVG) per stage")
    )
    p.add_argument(
        "--poster-scale", type=float, help=tr("cli", "--tiles: print size, 1 = screen size (96 px per inch)")
    )
    p.add_argument(
        "--overlap", type=float, metavar="MM", help=tr("cli", "--tiles: overlap between pages in mm")
    )
    p.add_argument("--author", help=tr("cli", "PDF: the author named in the document's properties"))
    p.add_argument(
        "--evidence-appendix",
        action="store_true",
        help=tr("cli", "PDF: add pages listing each card's evidence level and evidence, stage by stage"),
    )
    p.add_argument(
        "--svg-text",
        choices=("text", "paths"),
        help=tr("cli", "SVG: real text (default) or outlines that look identical without the fonts"),
    )
    p.add_argument("-v", "--verbose", action="store_true", help=tr("cli", "print progress and timings"))
    return p


def ensure_app() -> None:
    """A Qt application on the offscreen platform unless one was asked for: no display is needed.

    Texts drawn on the map (chips, hints) speak the editor's language: --lang, else the Preferences
    setting, else the system's. An application that already exists keeps its language unless --lang
    was given.
    """
    from PySide6.QtWidgets import QApplication

    from cjm_desktop import APP_NAME, ORG_NAME, language

    if QApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # QGraphicsScene (the one render path) needs a QApplication; no widget is ever created here.
        app = QApplication([sys.argv[0] if sys.argv else "cjm-desktop"])
        app.setOrganizationName(ORG_NAME)
        app.setApplicationName(APP_NAME)
    elif language.requested is None:
        return
    language.install_language(language.choose_language(language.requested))


def output_path(pattern: str, map_path: Path, several: bool, fmt: str | None) -> Path:
    """Where a map's export goes: the file, a folder + the map's name, or the {name} pattern filled."""
    if "{name}" in pattern:
        return Path(pattern.replace("{name}", map_path.stem))
    target = Path(pattern)
    if target.is_dir() or pattern.endswith(("/", os.sep)):
        return target / f"{map_path.stem}.{fmt or 'png'}"
    if several:
        raise ExportError(
            arg(tr("export", "%1: with several maps, -o must be a folder or contain {name}"), pattern)
        )
    return target


# Options that shape only some formats: (argument name, option as typed, the formats it applies to).
FORMAT_OPTIONS = (
    ("dpi", "--dpi", ("png",)),
    ("scale", "--scale", ("png",)),
    ("transparent", "--transparent", ("png", "svg")),
    ("page_size", "--page-size", ("pdf",)),
    ("landscape", "--landscape/--portrait", ("pdf",)),
    ("margin", "--margin", ("pdf",)),
    ("tiles", "--tiles", ("pdf",)),
    ("poster_scale", "--poster-scale", ("pdf",)),
    ("overlap", "--overlap", ("pdf",)),
    ("evidence_appendix", "--evidence-appendix", ("pdf",)),
    ("author", "--author", ("pdf",)),
    ("svg_text", "--svg-text", ("svg",)),
)


def unused_options(args: argparse.Namespace, fmt: str) -> list[str]:
    """The options given that do nothing for this format (PDF page options on a PNG, ...)."""
    return [
        flag
        for name, flag, formats in FORMAT_OPTIONS
        if getattr(args, name) not in (None, False) and fmt not in formats
    ]


T = TypeVar("T")


def _given(value: T | None, default: T) -> T:
    return default if value is None else value


def options_from(args: argparse.Namespace, path: Path) -> ExportOptions:
    """The export options the arguments describe, for one output file."""
    fmt = format_for(path)
    layout = "tiles" if args.tiles else "per_stage" if args.per_stage else "fit"
    defaults = ExportOptions()
    return ExportOptions(
        format=fmt,
        region="personas" if args.personas else "map",
        title_block=args.title_block,
        scale=_given(args.scale, defaults.scale),
        dpi=args.dpi,
        transparent=args.transparent,
        page_size=_given(args.page_size, defaults.page_size),
        landscape=_given(args.landscape, defaults.landscape),
        margin_mm=_given(args.margin, defaults.margin_mm),
        pdf_layout=layout,
        tile_scale=_given(args.poster_scale, defaults.tile_scale),
        overlap_mm=_given(args.overlap, defaults.overlap_mm),
        svg_text=_given(args.svg_text, defaults.svg_text),
        author=_given(args.author, defaults.author),
        evidence_appendix=args.evidence_appendix,
    )


def _export_one(args: argparse.Namespace, map_path: Path, out: Path) -> None:
    from cjm_desktop.export.render import scene_for
    from cjm_desktop.export.run import export_file
    from cjm_desktop.io.mapfile.cjm_file import load_map

    options = options_from(args, out)
    journey = load_map(map_path)
    _doc, scene = scene_for(journey)
    if args.stages:
        options.region = "stages"
        options.stages = parse_stage_ranges(args.stages, len(journey.stages))

    def progress(done: int, total: int) -> bool:
        if args.verbose and total > 1:
            print(f"  {out.name}: {done}/{total}", file=sys.stderr)
        return True

    jobs = [(out, options)]
    if options.pdf_layout == "per_stage" and options.format in ("png", "svg"):
        # Pictures have no pages: one file per stage, numbered like the stage headers.
        indices = options.stages if options.region == "stages" else list(range(len(journey.stages)))
        jobs = [
            (
                out.with_name(f"{out.stem}-{i + 1:02d}{out.suffix}"),
                replace(options, region="stages", stages=[i]),
            )
            for i in indices
        ]
    for path, job in jobs:
        started = time.perf_counter()
        what = export_file(scene, path, job, progress)
        print(path)  # what was written, one file a line, so scripts can pick the files up
        if args.verbose:
            took = f"{time.perf_counter() - started:.2f}"
            print(arg(tr("export", "%1: %2 in %3 s"), path, what, took), file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    """Export every map given; report failures and go on with the rest."""
    several = len(args.maps) > 1
    try:
        targets = [(m, output_path(args.output, m, several, args.format)) for m in args.maps]
        for _map, out in targets:
            format_for(out)
        options_from(args, targets[0][1]).validate()
    except ExportError as error:
        print(arg(tr("export", "cjm-desktop export: %1"), error), file=sys.stderr)
        return 2
    for fmt in sorted({format_for(out) for _map, out in targets}):
        for flag in unused_options(args, fmt):
            message = tr("export", "cjm-desktop export: %1 does not apply to %2 files and is ignored")
            print(arg(message, flag, fmt.upper()), file=sys.stderr)
    ensure_app()
    failures = 0
    for map_path, out in targets:
        try:
            _export_one(args, map_path, out)
        except MapFileError as error:
            print(f"{error.path}: {error.problem}", file=sys.stderr)
            failures += 1
        except ExportError as error:
            print(f"{map_path}: {error}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0
