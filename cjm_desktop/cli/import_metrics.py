"""The ``import-metrics`` sub-command: lay spreadsheet metrics over a map's stages, headless.

    python main.py import-metrics MAP.cjm DATA.xlsx [--sheet S] [--layout rows|columns|long]
        [--stage-column C] [--date-column D] [--aggregate mean] [--map-stage 'Loyalty=Retention']
        [--create-stages | --skip-unmatched] [--decimal dot|comma|auto] [--encoding NAME]
        [--dry-run] -o OUT.cjm

The sheet is read and imported in a capped reader process (cli/import_child.py, cli/import_job.py),
which answers with the outcome only; this process applies the same plan as the GUI's undoable import
(io/metrics/metrics_apply.py) straight to the map, without Qt, and writes OUT.cjm atomically. Sheet stages that match no map stage stop the
import with their names listed, unless a flag says what to do with them: nothing is dropped silently.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cjm_desktop.i18n import arg, language, tr
from cjm_desktop.io.gc_pause import gc_paused
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError

# metrics_import's LAYOUTS and AGGREGATES (and number_text's decimal marks), spelled out: this process never loads numpy and the import
# modules (they run in the reader process, cli/import_child.py). tests/cli/test_commands_table.py
# checks that they agree.
LAYOUTS = ("rows", "columns", "long")
AGGREGATES = ("sum", "mean", "median", "min", "max", "last", "count")
DECIMALS = ("dot", "comma")  # number_text's DOT and COMMA
# The options the import itself needs, sent to the reader process by these names (cli/import_job.py).
JOB_OPTIONS = (
    "layout",
    "header_row",
    "stage_column",
    "date_column",
    "no_date",
    "touchpoint_column",
    "persona_column",
    "metric_column",
    "value_column",
    "aggregate",
    "map_stage",
    "create_stages",
    "skip_unmatched",
)


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
        choices=("auto", *DECIMALS),
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


def run(args: argparse.Namespace) -> int:
    """Import, apply as the GUI does, and save; a clear message and exit 1 on any failure."""
    # Without the cyclic collector: loading a large map makes tens of thousands of records that form
    # no cycles worth a collection, and a command's process ends soon after anyway.
    with gc_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from cjm_desktop.io.sheets.reader_start import begin_read

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
    # The prestarted reader parses the sheet while this process loads the map and its modules.
    begin_read(args.data, args.sheet, language())
    from cjm_desktop.cli import IMPORT_CHILD
    from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
    from cjm_desktop.io.metrics.import_data import map_to_wire
    from cjm_desktop.io.sheets.guarded_read import GuardedRead, ReaderJob

    journey = load_map(args.map)  # MapFileError: reported by cli.commands.run_command
    # In a capped child, which imports there too (cli/import_child.py): a hostile file cannot crash
    # us, and only the outcome comes back, never the sheet's rows.
    job = {
        "data": str(args.data),
        "map_name": args.map.name,
        "map": map_to_wire(journey),
        "options": {name: getattr(args, name) for name in JOB_OPTIONS},
    }
    reading = GuardedRead(
        args.data,
        args.sheet,
        encoding=args.encoding,
        stage_names=[stage.name for stage in journey.stages],
        decimal=None if args.decimal == "auto" else args.decimal,
        default_decimal=_default_decimal(journey.number_locale),
        job=ReaderJob(IMPORT_CHILD, job, language()),  # its messages in ours
    )
    try:
        from cjm_desktop.io.metrics.import_data import result_from_wire
        from cjm_desktop.io.metrics.metrics_apply import apply_plan, plan_import
    except BaseException:
        reading.close()
        raise
    try:
        outcome = reading.answer()
    except SpreadsheetError as error:
        print(f"{args.data}: {error.problem}", file=sys.stderr)
        return 1
    if "crash" in outcome:
        raise RuntimeError(f"import-metrics failed in its reader process:\n{outcome['crash']}")
    for line in outcome["notes"]:
        print(line, file=sys.stderr)
    if outcome["error"]:
        print(outcome["error"], file=sys.stderr)
        return 1
    print("\n".join(outcome["summary"]))
    if args.dry_run:
        print(arg(tr("cli", "%1: dry run, nothing was written"), args.data))
        return 0
    result, source = result_from_wire(outcome["result"])
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
