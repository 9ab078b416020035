"""What an import read, in words: encoding, each metric column's format and number convention,
rows used and cells left out. The command line prints it; the wizard's last page shows it. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cjm_desktop.i18n import arg, tr, tr_noop
from cjm_desktop.io.metrics.left_out import left_out_text
from cjm_desktop.io.metrics.metrics_import import ImportResult, ImportSpec, column_names
from cjm_desktop.io.sheets import number_text as nt
from cjm_desktop.io.sheets.table import Table


@dataclass
class ColumnSummary:
    """One metric and how its column's numbers were read."""

    metric: str
    format: str  # number | percent | currency | duration (the metric's)
    unit: str
    decimal: str  # in words: 'comma (this column)', 'numbers stored as numbers', ...
    thousands: str  # in words: 'no-break space', 'none', ...


@dataclass
class ImportSummary:
    """Everything the summary says, as plain data."""

    file: str
    sheet: str
    encoding: str  # '' for workbooks
    columns: list[ColumnSummary] = field(default_factory=list)
    rows_used: int = 0
    left_out: list[tuple[str, int, list[str]]] = field(default_factory=list)  # reason, count, refs


def summarize(table: Table, result: ImportResult) -> ImportSummary:
    """The summary of an import."""
    summary = ImportSummary(str(table.path), table.sheet, table.encoding, rows_used=result.rows_used)
    by_column = {info.column: info for info in table.numbers}
    for metric in result.metrics:
        infos = [by_column[c] for c in result.value_columns.get(metric.name, []) if c in by_column]
        info = next((i for i in infos if i.text_numbers), infos[0] if infos else None)
        summary.columns.append(
            ColumnSummary(
                metric.name, metric.format, metric.unit, _decimal_words(info), _thousands_words(info)
            )
        )
    for reason, count in result.skipped.items():
        summary.left_out.append((reason, count, result.examples.get(reason, [])))
    return summary


def summary_lines(summary: ImportSummary) -> list[str]:
    """The summary as lines of text (the CLI prints them; the wizard shows them)."""
    lines = [tr("ImportSummary", "Read %s, sheet '%s'") % (summary.file, summary.sheet)]
    if summary.encoding:
        lines.append(tr("ImportSummary", "  encoding: %s") % summary.encoding)
    for column in summary.columns:
        unit = f" ({column.unit})" if column.unit else ""
        lines.append(
            tr("ImportSummary", "  %s: %s%s; decimal mark: %s; thousands: %s")
            % (
                column.metric,
                tr("ImportSummary", FORMAT_WORDS[column.format])
                if column.format in FORMAT_WORDS
                else column.format,
                unit,
                column.decimal,
                column.thousands,
            )
        )
    lines.append(tr("ImportSummary", "  rows used: %s") % summary.rows_used)
    for reason, count, refs in summary.left_out:
        what = left_out_text(reason, count)
        if refs:
            lines.append(arg(tr("ImportSummary", "  left out: %1 (first: %2)"), what, ", ".join(refs)))
        else:
            lines.append(arg(tr("ImportSummary", "  left out: %1"), what))
    return lines


def ambiguity_message(table: Table, header_row: int, info: nt.ColumnNumbers) -> str:
    """Why a column stops the import: its name, both readings of one value, and how to choose."""
    names = column_names(table, header_row)
    name = names[info.column] if info.column < len(names) else table.column_letter(info.column)
    dot, comma = info.readings or (0, 0)
    return tr(
        "ImportSummary",
        "the numbers of column '%s' read two ways and nothing in the file settles which: '%s' is "
        "%s with a decimal point, or %s with a decimal comma. Choose with --decimal dot or "
        "--decimal comma (or set the map's number locale).",
    ) % (name, info.ambiguous_text, _plain(dot), _plain(comma))


def _plain(value: float | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:.10g}"  # no grouping: it would confuse


def _decimal_words(info: nt.ColumnNumbers | None) -> str:
    if info is None or not info.text_numbers:
        return tr("ImportSummary", "numbers stored as numbers")
    mark = {nt.DOT: tr("ImportSummary", "point"), nt.COMMA: tr("ImportSummary", "comma")}
    why = {
        nt.BY_COLUMN: tr("ImportSummary", "from this column"),
        nt.BY_FILE: tr("ImportSummary", "settled by other columns of the file"),
        nt.BY_CHOICE: tr("ImportSummary", "as chosen"),
        nt.BY_DEFAULT: tr("ImportSummary", "from the map's number locale"),
    }
    if info.decimal is None or info.source == nt.NOT_NEEDED:
        return tr("ImportSummary", "none needed (whole numbers)")
    return f"{mark[info.decimal]} ({why.get(info.source, info.source)})"


def _thousands_words(info: nt.ColumnNumbers | None) -> str:
    if info is None or not info.text_numbers:
        return "-"
    words = {
        "": tr("ImportSummary", "none"),
        ",": tr("ImportSummary", "comma"),
        ".": tr("ImportSummary", "point"),
        " ": tr("ImportSummary", "space"),
        "\u00a0": tr("ImportSummary", "no-break space"),
        "\u202f": tr("ImportSummary", "narrow no-break space"),
        "\u2009": tr("ImportSummary", "thin space"),
        "'": tr("ImportSummary", "apostrophe"),
    }
    return words.get(info.thousands, repr(info.thousands))


# The metric's format as the summary names it (the model keeps the code).
FORMAT_WORDS = {
    "number": tr_noop("ImportSummary", "number"),
    "percent": tr_noop("ImportSummary", "percent"),
    "currency": tr_noop("ImportSummary", "currency"),
    "duration": tr_noop("ImportSummary", "duration"),
}


def needs_choice(table: Table, spec: ImportSpec) -> list[nt.ColumnNumbers]:
    """Undecided columns that matter: any but the stage, date and metric-name columns."""
    names = column_names(table, spec.header_row)
    skip = set()
    for ref in (spec.stage_column, spec.date_column, spec.metric_column):
        if isinstance(ref, int):
            skip.add(ref)
        elif isinstance(ref, str):
            skip.update(i for i, n in enumerate(names) if n == ref)
    return [info for info in table.undecided if info.column not in skip]
