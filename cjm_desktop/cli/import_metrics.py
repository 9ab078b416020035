"""The ``import-metrics`` sub-command: lay spreadsheet metrics over a map's stages, headless.

    python main.py import-metrics MAP.cjm DATA.xlsx [--sheet S] [--layout rows|columns|long]
        [--stage-column C] [--date-column D] [--aggregate mean] [--map-stage 'Loyalty=Retention']
        [--create-stages | --skip-unmatched] [--decimal dot|comma|auto] [--encoding NAME]
        [--dry-run] -o OUT.cjm

It applies the same plan as the GUI's undoable import (io/metrics/metrics_apply.py), straight to the map
without Qt, and writes OUT.cjm atomically. Sheet stages that match no map stage stop the
import with their names listed, unless a flag says what to do with them: nothing is dropped silently.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.gc_pause import gc_paused
from cjm_desktop.io.metrics.metrics_guess import normalize_name
from cjm_desktop.io.sheets.number_text import COMMA, DOT
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.model import Stage

if TYPE_CHECKING:
    from cjm_desktop.io.metrics.metrics_import import ImportSpec
    from cjm_desktop.io.sheets.table import Table

# metrics_import's LAYOUTS and AGGREGATES, spelled out: parsing the command line (and starting the
# reader process) must not wait for numpy and the import modules, which load while the sheet is read.
# tests/cli/test_commands_table.py checks that they agree.
LAYOUTS = ("rows", "columns", "long")
AGGREGATES = ("sum", "mean", "median", "min", "max", "last", "count")


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``import-metrics``."""
    p = argparse.ArgumentParser(
        prog="cjm-desktop import-metrics",
        description=tr(
            "cli",
            "Import metrics per stage from a spreadsheet "
            "(.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) into a map, headless. Layout, header row, "
            "stage and date columns, the encoding and the decimal mark are detected unless given.",
        ),
        epilog=tr(
            "cli",
            "Sheet stages that match no stage of the map (ignoring case, accents and spacing) stop the "
            "import unless --map-stage, --create-stages or --skip-unmatched says what to do with them. "
            "Exit status is 1 on any failure; OUT.cjm is only written when the import succeeds.",
        ),
    )
    p.add_argument("map", type=Path, metavar="MAP.cjm", help=tr("cli", "the map that receives the metrics"))
    p.add_argument(
        "data",
        type=Path,
        metavar="DATA.xlsx",
        help=tr("cli", "the spreadsheet or text file (.csv, .tsv) to read"),
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT.cjm", help=tr("cli", "where to write the map"))
    p.add_argument("--sheet", help=tr("cli", "worksheet name (default: the first)"))
    p.add_argument(
        "--layout",
        choices=LAYOUTS,
        help=tr(
            "cli",
            "rows: a stage column and metric columns; columns: a column "
            "per stage; long: stage, metric and value columns (default: guessed)",
        ),
    )
    p.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help=tr("cli", "sheet row of the column names, counted from 1 (0 = no header; default: detected)"),
    )
    p.add_argument("--stage-column", metavar="C", help=tr("cli", "column with the stage names (header text)"))
    p.add_argument(
        "--date-column", metavar="D", help=tr("cli", "column with dates: values also form a time series")
    )
    p.add_argument("--no-date", action="store_true", help=tr("cli", "ignore any date column"))
    p.add_argument(
        "--touchpoint-column",
        metavar="C",
        help=tr("cli", "column naming a touchpoint card of the row's stage: its values go onto that card"),
    )
    p.add_argument(
        "--persona-column",
        metavar="C",
        help=tr("cli", "column naming a persona (or a segment): values per persona"),
    )
    p.add_argument(
        "--metric-column", metavar="M", help=tr("cli", "long/columns layouts: column with the metric names")
    )
    p.add_argument("--value-column", metavar="V", help=tr("cli", "long layout: column with the values"))
    p.add_argument(
        "--aggregate",
        choices=AGGREGATES,
        help=tr(
            "cli",
            "how rows landing on one stage combine, for every "
            "metric (default: per metric, sum for counts and mean otherwise)",
        ),
    )
    p.add_argument(
        "--map-stage",
        action="append",
        default=[],
        metavar="SHEET=STAGE",
        help=tr("cli", "send a sheet stage to a map stage (by name); 'SHEET=' skips it; repeatable"),
    )
    unmatched = p.add_mutually_exclusive_group()
    unmatched.add_argument(
        "--create-stages", action="store_true", help=tr("cli", "create a new stage per unmatched name")
    )
    unmatched.add_argument(
        "--skip-unmatched", action="store_true", help=tr("cli", "leave the rows of unmatched names out")
    )
    p.add_argument(
        "--decimal",
        choices=("auto", DOT, COMMA),
        default="auto",
        help=tr(
            "cli",
            "how text numbers write decimals: dot (12.5, 1,234.5), comma (12,5, 1.234,5 or 1 234,5), or "
            "auto: decided per column from the file, then the map's number locale; a column that still "
            "reads two ways (12.500) stops the import (default: auto)",
        ),
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help=tr(
            "cli",
            "text files: their encoding (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; default: detected)",
        ),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=tr("cli", "print what would be imported and write nothing")
    )
    p.add_argument("--force", action="store_true", help=tr("cli", "overwrite OUT.cjm if it exists"))
    return p


def stage_mapping(pairs: list[str], stages: list[Stage]) -> dict[str, str]:
    """``--map-stage`` values as a spec's stage mapping (map stage named or given by id)."""
    from cjm_desktop.io.metrics.metrics_import import ImportSpecError

    mapping: dict[str, str] = {}
    by_name = {normalize_name(s.name): s.id for s in stages}
    ids = {s.id for s in stages}
    for pair in pairs:
        sheet, sep, target = pair.partition("=")
        if not sep or not sheet.strip():
            problem = tr("cli", "--map-stage '%1' should read SHEET=STAGE (or SHEET= to skip).")
            raise ImportSpecError(arg(problem, pair))
        target = target.strip()
        if not target:
            mapping[sheet.strip()] = ""
        elif target in ids:
            mapping[sheet.strip()] = target
        elif normalize_name(target) in by_name:
            mapping[sheet.strip()] = by_name[normalize_name(target)]
        else:
            names = ", ".join(s.name for s in stages)
            problem = tr("cli", "--map-stage '%1': the map has no stage '%2'. Its stages are: %3.")
            raise ImportSpecError(arg(problem, pair, target, names))
    return mapping


def run(args: argparse.Namespace) -> int:
    """Import, apply as the GUI does, and save; a clear message and exit 1 on any failure."""
    # Without the cyclic collector: the rows arrive while it is paused, so they are all "young" when
    # it runs again, and its next passes would walk every one of 100,000 rows (~40 ms of CPU) looking
    # for cycles that rows of plain values never form. A command's process ends soon after anyway.
    with gc_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
    from cjm_desktop.io.sheets.guarded_read import GuardedRead

    if args.output is None and not args.dry_run:
        print(tr("cli", "import-metrics: -o OUT.cjm is required (or use --dry-run)"), file=sys.stderr)
        return 1
    if (
        args.output is not None
        and args.output.exists()
        and not args.force
        and args.output.resolve() != args.map.resolve()
    ):
        print(arg(tr("cli", "%1: already exists (use --force to overwrite)"), args.output), file=sys.stderr)
        return 1
    journey = load_map(args.map)  # MapFileError: reported by cli.commands.run_command
    # In a capped child: a hostile file cannot crash us. Started first, so that it reads while this
    # process loads what combines the rows (numpy and the import modules, about half a second).
    reading = GuardedRead(
        args.data,
        args.sheet,
        encoding=args.encoding,
        stage_names=[stage.name for stage in journey.stages],
        decimal=None if args.decimal == "auto" else args.decimal,
        default_decimal=_default_decimal(journey.number_locale),
    )
    try:
        from cjm_desktop.io.metrics.import_summary import (
            ambiguity_message,
            needs_choice,
            summarize,
            summary_lines,
        )
        from cjm_desktop.io.metrics.left_out import named_rows, unmatched_lines
        from cjm_desktop.io.metrics.metrics_apply import apply_plan, plan_import
        from cjm_desktop.io.metrics.metrics_import import (
            NEW_STAGE,
            ImportSpecError,
            build_import,
            source_from_spec,
            suggest_spec,
        )
        from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards
    except BaseException:
        reading.close()
        raise
    try:
        _names, table = reading.result()
        header = (
            None
            if args.header_row is None
            else -1
            if args.header_row == 0
            else (args.header_row - 1 - table.first_row)
        )
        spec = suggest_spec(table, journey.stages, header_row=header)
        if args.layout and args.layout != spec.layout:
            spec.layout = args.layout
            _guess_columns(table, spec, journey.stages)
        for name in ("stage_column", "metric_column", "value_column"):
            if getattr(args, name):
                setattr(spec, name, getattr(args, name))
        if args.no_date:
            spec.date_column = None
        elif args.date_column:
            spec.date_column = args.date_column
        spec.aggregate = args.aggregate or ""
        spec.stage_mapping = stage_mapping(args.map_stage, journey.stages)
        spec.touchpoint_column = args.touchpoint_column or None
        spec.persona_column = args.persona_column or None
        targets = (touchpoint_cards(journey), journey.personas)
        undecided = needs_choice(table, spec)
        if undecided:  # a number that reads two ways is never guessed
            raise ImportSpecError(ambiguity_message(table, spec.header_row, undecided[0]))
        result = build_import(table, spec, journey.stages, journey.metrics, *targets)
        if result.unmatched and (args.create_stages or args.skip_unmatched):
            for name in result.unmatched:
                spec.stage_mapping[name] = NEW_STAGE if args.create_stages else ""
            result = build_import(table, spec, journey.stages, journey.metrics, *targets)
    except (SpreadsheetError, ImportSpecError) as error:
        print(
            f"{args.data}: {error.problem if isinstance(error, SpreadsheetError) else error}", file=sys.stderr
        )
        return 1
    if result.unmatched:
        listed = ", ".join(named_rows(name, result.unmatched_rows.get(name, 0)) for name in result.unmatched)
        message = tr(
            "cli",
            "%1: these sheet stages match no stage of %2: %3.\n"
            "Map them with --map-stage 'SHEET=STAGE', or use --create-stages or --skip-unmatched.\n"
            "The map's stages are: %4.",
        )
        stages = ", ".join(s.name for s in journey.stages)
        print(arg(message, args.data, args.map.name, listed, stages), file=sys.stderr)
        return 1
    if result.unmatched_targets:
        # Never dropped silently: each name that matched nothing, with its rows (the import goes on).
        for line in unmatched_lines(result.unmatched_targets):
            print(arg(tr("cli", "%1: left out %2"), args.data, line), file=sys.stderr)
    if not result.metrics:
        message = tr(
            "cli",
            "%1: no metric columns with numbers were found (check --layout and --header-row; text "
            "numbers such as '1 234,50 €' are read, but other text is not). %2",
        )
        print(arg(message, args.data, _cells_seen(table)), file=sys.stderr)
        return 1
    print("\n".join(summary_lines(summarize(table, result))))
    if args.dry_run:
        print(arg(tr("cli", "%1: dry run, nothing was written"), args.data))
        return 0
    source = source_from_spec(table, spec, result)
    source.path = str(Path(args.data).resolve())  # an absolute path, so Refresh works from anywhere
    source.decimal = "" if args.decimal == "auto" else args.decimal  # Refresh reads the same way
    source.encoding = args.encoding or ""
    apply_plan(journey, plan_import(journey, result), source)
    save_map(journey, args.output, keep_backup=False)
    stages = len({v.stage_id for v in result.values})
    # The stage count as a label's value: one plural (the metrics') per sentence.
    metrics = tr("cli", "%1: %n metrics (%2); stages with values: %3", None, len(result.metrics))
    print(arg(metrics, args.output, ", ".join(m.name for m in result.metrics), stages))
    if result.new_stage_names:
        print(arg(tr("cli", "  new stages: %1"), ", ".join(result.new_stage_names)))
    return 0


def _default_decimal(number_locale: str) -> str | None:
    """How the map's number locale writes decimals (babel loads only for a map that names one)."""
    if not number_locale:
        return None
    from cjm_desktop.model.number_locale import decimal_convention

    return decimal_convention(number_locale)


def _cells_seen(table: Table) -> str:
    """What the sheet holds, so a user sees why no column counted as numbers."""
    header = table.rows[0] if table.rows else []
    cells = ", ".join(str(v) for v in header[:8] if v is not None) or tr("cli", "(blank)")
    return arg(tr("cli", "Its first row reads: %1."), cells)


def _guess_columns(table: Table, spec: ImportSpec, stages: list[Stage]) -> None:
    """Guess the stage (and long-layout) columns again for a layout the user forced."""
    from cjm_desktop.io.metrics.columns import guess_long_columns, guess_stage_column

    names = [stage.name for stage in stages]
    if spec.layout == "columns":
        spec.stage_column = None
        return
    spec.stage_column = guess_stage_column(table, spec.header_row, names, exclude={spec.date_column})
    if spec.layout == "long":
        spec.metric_column, spec.value_column = guess_long_columns(
            table, spec.header_row, spec.stage_column, spec.date_column
        )
