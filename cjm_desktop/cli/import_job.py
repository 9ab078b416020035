"""What ``import-metrics`` does with the sheet, in its reader process: choices -> spec -> import -> outcome.

It runs where the sheet was read (cli/import_child.py), so what crosses the pipe is the outcome
only: its messages already worded in the user's language, and the result to apply in the form of
io/metrics/import_data.py. The editor's side (cli/import_metrics.py) prints and saves it.
"""

from __future__ import annotations

from typing import Any

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.metrics.columns import guess_long_columns, guess_stage_column
from cjm_desktop.io.metrics.import_data import map_from_wire, result_to_wire
from cjm_desktop.io.metrics.import_summary import ambiguity_message, needs_choice, summarize, summary_lines
from cjm_desktop.io.metrics.left_out import named_rows, unmatched_lines
from cjm_desktop.io.metrics.metrics_guess import normalize_name
from cjm_desktop.io.metrics.metrics_import import (
    NEW_STAGE,
    ImportSpec,
    ImportSpecError,
    build_import,
    source_from_spec,
    suggest_spec,
)
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.model import Stage


def import_outcome(table: Table, job: dict[str, Any]) -> dict[str, Any]:
    """The import of ``table`` as the command's options in ``job`` ask (import_metrics.JOB_OPTIONS), as JSON data.

    ``{"notes": [lines for stderr], "error": a message that fails the command or None,
    "summary": [lines for stdout], "result": import_data.result_to_wire(...)}``; with an error,
    only the notes before it come too.
    """
    targets = map_from_wire(job["map"])
    options, data, stages = job["options"], job["data"], targets.stages
    try:
        given = options["header_row"]
        header = None if given is None else -1 if given == 0 else (given - 1 - table.first_row)
        spec = suggest_spec(table, stages, header_row=header)
        if options["layout"] and options["layout"] != spec.layout:
            spec.layout = options["layout"]
            _guess_columns(table, spec, stages)
        for name in ("stage_column", "metric_column", "value_column"):
            if options[name]:
                setattr(spec, name, options[name])
        if options["no_date"]:
            spec.date_column = None
        elif options["date_column"]:
            spec.date_column = options["date_column"]
        spec.aggregate = options["aggregate"] or ""
        spec.stage_mapping = stage_mapping(options["map_stage"], stages)
        spec.touchpoint_column = options["touchpoint_column"] or None
        spec.persona_column = options["persona_column"] or None
        found = (targets.metrics, targets.touchpoints, targets.personas)
        undecided = needs_choice(table, spec)
        if undecided:  # a number that reads two ways is never guessed
            raise ImportSpecError(ambiguity_message(table, spec.header_row, undecided[0]))
        result = build_import(table, spec, stages, *found)
        if result.unmatched and (options["create_stages"] or options["skip_unmatched"]):
            for name in result.unmatched:
                spec.stage_mapping[name] = NEW_STAGE if options["create_stages"] else ""
            result = build_import(table, spec, stages, *found)
    except ImportSpecError as error:
        return {"notes": [], "error": f"{data}: {error}"}
    if result.unmatched:
        listed = ", ".join(named_rows(name, result.unmatched_rows.get(name, 0)) for name in result.unmatched)
        message = tr(
            "cli",
            "%1: these sheet stages match no stage of %2: %3.\n"
            "Map them with --map-stage 'SHEET=STAGE', or use --create-stages or --skip-unmatched.\n"
            "The map's stages are: %4.",
        )
        names = ", ".join(s.name for s in stages)
        return {"notes": [], "error": arg(message, data, job["map_name"], listed, names)}
    # Never dropped silently: each name that matched nothing, with its rows (the import goes on).
    notes = [
        arg(tr("cli", "%1: left out %2"), data, line) for line in unmatched_lines(result.unmatched_targets)
    ]
    if not result.metrics:
        message = tr(
            "cli",
            "%1: no metric columns with numbers were found (check --layout and --header-row; text "
            "numbers such as '1 234,50 €' are read, but other text is not). %2",
        )
        return {"notes": notes, "error": arg(message, data, _cells_seen(table))}
    return {
        "notes": notes,
        "error": None,
        "summary": summary_lines(summarize(table, result)),
        "result": result_to_wire(result, source_from_spec(table, spec, result)),
    }


def stage_mapping(pairs: list[str], stages: list[Stage]) -> dict[str, str]:
    """``--map-stage`` values as a spec's stage mapping (map stage named or given by id)."""
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


def _cells_seen(table: Table) -> str:
    """What the sheet holds, so a user sees why no column counted as numbers."""
    header = table.rows[0] if table.rows else []
    cells = ", ".join(str(v) for v in header[:8] if v is not None) or tr("cli", "(blank)")
    return arg(tr("cli", "Its first row reads: %1."), cells)


def _guess_columns(table: Table, spec: ImportSpec, stages: list[Stage]) -> None:
    """Guess the stage (and long-layout) columns again for a layout the user forced."""
    names = [stage.name for stage in stages]
    if spec.layout == "columns":
        spec.stage_column = None
        return
    # Called before --date-column applies: the date column is still suggest_spec's guess (an index).
    date_column = spec.date_column if isinstance(spec.date_column, int) else None
    spec.stage_column = guess_stage_column(table, spec.header_row, names, exclude={date_column})
    if spec.layout == "long":
        spec.metric_column, spec.value_column = guess_long_columns(
            table, spec.header_row, spec.stage_column, date_column
        )
