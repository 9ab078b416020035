"""Read one sheet of a spreadsheet file into plain Python rows: fast, safe, no Qt.

Workbooks (.xlsx/.xlsm/.xlsb/.xls/.ods) go through python-calamine, text files (.csv/.tsv/.txt)
through the csv module. Formulas are never evaluated (a formula cell gives its cached value) and
external links are never followed. Every cell arrives as str, int, float, bool, date, datetime,
time, timedelta or None (blank). Every failure becomes a SpreadsheetError naming the file.
Opening and checking the file is workbook_open.py's part; this module reads what it opened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeAlias

from cjm_desktop.io.gc_pause import gc_paused
from cjm_desktop.io.sheets import cell_value
from cjm_desktop.io.sheets import spreadsheet_guard as guard
from cjm_desktop.io.sheets.number_text import ColumnNumbers, settle_numbers
from cjm_desktop.io.sheets.sheet_suffixes import TEXT_SUFFIXES as TEXT_SUFFIXES
from cjm_desktop.io.sheets.sheet_suffixes import WORKBOOK_SUFFIXES as WORKBOOK_SUFFIXES
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.io.sheets.table import Table as Table  # re-exported: importers name it from here
from cjm_desktop.io.sheets.workbook_open import (
    Cancelled,
    OpenedSheet,
    Progress,
    Steps,
    Workbook,
    open_sheet,
    translate,
)
from cjm_desktop.io.sheets.workbook_open import sheet_names as sheet_names
from cjm_desktop.io.sheets.xlsx_formats import PEEK_ERRORS, peek_xlsx_formats

CellValue: TypeAlias = cell_value.CellValue

FORMAT_SAMPLE_ROWS = 50  # number formats are peeked from this many rows only: cheap, and enough


@gc_paused()  # rows of plain values form no cycles: no collector passes while they are built
def read_sheet(
    path: str | Path,
    sheet: str | None = None,
    max_rows: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    encoding: str | None = None,
    stage_names: Sequence[str] = (),
    decimal: str | None = None,
    default_decimal: str | None = None,
    parse_unscanned: Callable[[], None] | None = None,
    names: list[str] | None = None,
) -> Table:
    """Read one sheet (the first when ``sheet`` is None); ``max_rows`` limits it for a preview.

    Text files: ``encoding`` overrides detection, ``stage_names`` break ties between code pages.
    Text numbers in any file are read per column (number_text): ``decimal`` ('dot'/'comma') forces
    the convention, ``default_decimal`` settles columns nothing else settles; ``Table.numbers``
    says what was decided, including columns left undecided.

    ``parse_unscanned``: only for a reader process whose memory is capped (sheet_child). An .xlsx
    sheet is then parsed without its extent scan (which costs about half the parse in CPU), and
    this is called just before the parse starts. What the scan guards against stays guarded: the
    grid of a dense-grid bomb cannot be allocated under the cap, and a grid that can is refused by
    its size after the parse (``workbook_open.Workbook.load``). Whoever passes this must read again without it
    when the parse fails at the cap or the process dies (guarded_read does): that read scans first
    and words the refusal of a bomb as the scan does.

    A read is open_sheet (workbook_open.py), then finish_sheet: a reader process does its own work
    between the two, while the parse runs.

    ``names``: filled with what sheet_names() gives, from the same opening of the file (calamine
    reads a workbook's shared strings when it opens it: opening twice would read them twice).
    """
    opened = open_sheet(path, sheet, progress, cancelled, parse_unscanned)
    if names is not None:
        names[:] = opened.names
    return finish_sheet(opened, max_rows, encoding, stage_names, decimal, default_decimal)


@gc_paused()
def finish_sheet(
    opened: OpenedSheet,
    max_rows: int | None = None,
    encoding: str | None = None,
    stage_names: Sequence[str] = (),
    decimal: str | None = None,
    default_decimal: str | None = None,
) -> Table:
    """The rest of read_sheet for a sheet open_sheet began (read_sheet's arguments); closes it."""
    with opened:
        path, steps, book = opened.path, opened.steps, opened.book
        if book is None:
            return _read_text(path, steps, max_rows, encoding, stage_names, decimal, default_decimal)
        rows, first_row, first_column, truncated = book.load(opened.name, max_rows)
        steps(0.9)
        formats = _cell_formats(book, opened.name, first_row, first_column)
    text_formats: dict[tuple[int, int], str] = {}
    numbers = settle_numbers(rows, decimal, default_decimal, text_formats, FORMAT_SAMPLE_ROWS)
    for key, code in text_formats.items():
        formats.setdefault(key, code)
    table = Table(
        path,
        opened.name,
        rows,
        _with_text_formats(_column_formats(formats, len(rows[0]) if rows else 0), numbers),
        formats,
        first_row,
        first_column,
        truncated,
        numbers=numbers,
    )
    steps(1.0)
    return table


def _read_text(
    path: Path,
    steps: Steps,
    max_rows: int | None,
    encoding: str | None,
    stage_names: Sequence[str],
    decimal: str | None,
    default_decimal: str | None,
) -> Table:
    """A text file's one table (the csv module, with encoding and delimiter detection)."""
    from cjm_desktop.io.sheets import spreadsheet_text

    try:
        text = spreadsheet_text.read_text_table(path, max_rows, steps, guard.MAX_CELLS, encoding, stage_names)
    except SpreadsheetError:
        raise
    except BaseException as error:
        raise translate(path, error) from error
    cell_formats = text.cell_formats
    numbers = settle_numbers(text.rows, decimal, default_decimal, cell_formats, FORMAT_SAMPLE_ROWS)
    steps(1.0)
    return Table(
        path,
        path.stem,
        text.rows,
        _with_text_formats(text.number_formats, numbers),
        cell_formats,
        truncated=text.truncated,
        encoding=text.encoding,
        delimiter=text.delimiter,
        encoding_alternatives=text.alternatives,
        numbers=numbers,
    )


def _with_text_formats(formats: list[str | None], numbers: list[ColumnNumbers]) -> list[str | None]:
    """Column formats, with what text numbers imply (12,5 %, 1 234 €) where the cells say nothing."""
    width = max(len(formats), len(numbers))
    merged = [*formats, *[None] * (width - len(formats))]
    for info in numbers:
        if merged[info.column] is None and info.number_format:
            merged[info.column] = info.number_format
    return merged


def _cell_formats(book: Workbook, name: str, first_row: int, first_column: int) -> dict[tuple[int, int], str]:
    """Number formats of the first rows' cells (xlsx/xlsm, ods and xls); never fails the read."""
    if book.kind == "ole":
        from cjm_desktop.io.sheets.xls_formats import peek_xls_formats

        try:
            return peek_xls_formats(book.path, name, first_row, first_column, FORMAT_SAMPLE_ROWS)
        except Exception:
            return {}  # xlrd's errors are many and untyped; formats only refine guesses
    if book.archive is not None and "content.xml" in book.archive.namelist():
        from cjm_desktop.io.sheets.ods_formats import peek_ods_formats

        try:
            return peek_ods_formats(book.archive, name, first_row, first_column, FORMAT_SAMPLE_ROWS)
        except PEEK_ERRORS:
            return {}
    parts = book.sheet_parts()
    if book.archive is None or name not in parts:
        return {}
    try:
        return peek_xlsx_formats(
            book.archive, parts[name], book.styles_part, first_row, first_column, FORMAT_SAMPLE_ROWS
        )
    except PEEK_ERRORS:
        return {}  # formats only refine guesses; a sheet that reads must not fail here


def _column_formats(formats: dict[tuple[int, int], str], width: int) -> list[str | None]:
    """Most common explicit (not General, not text) format per column."""
    counters: list[Counter[str]] = [Counter() for _ in range(width)]
    for (_row, col), code in formats.items():
        if col < width and code not in ("General", "@"):
            counters[col][code] += 1
    return [c.most_common(1)[0][0] if c else None for c in counters]
