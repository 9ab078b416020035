"""Read one sheet of a spreadsheet file into plain Python rows: fast, safe, no Qt.

Workbooks (.xlsx/.xlsm/.xlsb/.xls/.ods) go through python-calamine, text files (.csv/.tsv/.txt)
through the csv module. Formulas are never evaluated (a formula cell gives its cached value) and
external links are never followed. Every cell arrives as str, int, float, bool, date, datetime,
time, timedelta or None (blank). Every failure becomes a SpreadsheetError naming the file.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeAlias, cast

import python_calamine as calamine

from cjm_desktop.i18n import tr_noop
from cjm_desktop.io.gc_pause import gc_paused
from cjm_desktop.io.sheets import cell_value, xlsb_guard
from cjm_desktop.io.sheets import spreadsheet_guard as guard
from cjm_desktop.io.sheets.number_text import ColumnNumbers, settle_numbers
from cjm_desktop.io.sheets.spreadsheet_errors import ImportCancelled, SpreadsheetError
from cjm_desktop.io.sheets.table import Table as Table  # re-exported: importers name it from here
from cjm_desktop.io.sheets.xlsx_formats import peek_xlsx_formats, xlsx_sheet_parts

CellValue: TypeAlias = cell_value.CellValue
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
# spreadsheet_text's (checked by tests/io/test_sheet_imports.py): the text reader, with its encoding
# detection (charset_normalizer), loads only for a text file, so a workbook read does not wait for it.
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
FORMAT_SAMPLE_ROWS = 50  # number formats are peeked from this many rows only: cheap, and enough

_PEEK_ERRORS = (KeyError, ValueError, IndexError, ET.ParseError, zipfile.BadZipFile, OSError, EOFError)


class _Steps:
    """Progress reporting and cancellation polling between the expensive steps."""

    def __init__(self, path: Path, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.path, self.progress, self.cancelled = path, progress, cancelled

    def __call__(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(self.path)
        if self.progress is not None:
            self.progress(min(max(fraction, 0.0), 1.0))


def sheet_names(path: str | Path) -> list[str]:
    """Names of the worksheets in a file, in workbook order (a text file has one, its stem)."""
    path = Path(path)
    kind = _identify(path)
    if kind == "text":
        return [path.stem]
    with _Workbook(path, kind) as book:
        return book.names


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
    parse_during_scan: Callable[[], None] | None = None,
    names: list[str] | None = None,
    beside_parse: Callable[[], None] | None = None,
) -> Table:
    """Read one sheet (the first when ``sheet`` is None); ``max_rows`` limits it for a preview.

    Text files: ``encoding`` overrides detection, ``stage_names`` break ties between code pages.
    Text numbers in any file are read per column (number_text): ``decimal`` ('dot'/'comma') forces
    the convention, ``default_decimal`` settles columns nothing else settles; ``Table.numbers``
    says what was decided, including columns left undecided.

    ``parse_during_scan``: only for a reader process whose memory is capped (sheet_child). An .xlsx
    sheet is then parsed while its extent is scanned (both take long; the parse runs on another
    core), and this is called just before the parse starts. The scan's verdict still comes first:
    a sheet it refuses is refused whatever the parse did. But a dense-grid bomb may make the parse
    hit the memory cap and end the process before the scan refuses it, so whoever passes this must
    read again without it when the process dies (guarded_read does), to give the scan's message.

    ``beside_parse``: called on this thread after the scan while the parse still runs on the other
    (only when it does, see ``parse_during_scan``): a reader process's own work, done in that wait.

    ``names``: filled with what sheet_names() gives, from the same opening of the file (calamine
    reads a workbook's shared strings when it opens it: opening twice would read them twice).
    """
    path = Path(path)
    steps = _Steps(path, progress, cancelled)
    steps(0.0)
    kind = _identify(path)
    if kind == "text":
        from cjm_desktop.io.sheets import spreadsheet_text

        if names is not None:
            names[:] = [path.stem]

        try:
            text = spreadsheet_text.read_text_table(
                path, max_rows, steps, guard.MAX_CELLS, encoding, stage_names
            )
        except SpreadsheetError:
            raise
        except BaseException as error:
            raise _translate(path, error) from error
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
    with _Workbook(path, kind) as book:
        if names is not None:
            names[:] = book.names
        steps(0.1)
        name = book.resolve(sheet)
        book.check_extent(name, parse_during_scan)
        if book.parse is not None and beside_parse is not None:
            beside_parse()
        steps(0.25)
        rows, first_row, first_column, truncated = book.load(name, max_rows)
        steps(0.9)
        formats = book.cell_formats(name, first_row, first_column)
    text_formats: dict[tuple[int, int], str] = {}
    numbers = settle_numbers(rows, decimal, default_decimal, text_formats, FORMAT_SAMPLE_ROWS)
    for key, code in text_formats.items():
        formats.setdefault(key, code)
    table = Table(
        path,
        name,
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


def _with_text_formats(formats: list[str | None], numbers: list[ColumnNumbers]) -> list[str | None]:
    """Column formats, with what text numbers imply (12,5 %, 1 234 €) where the cells say nothing."""
    width = max(len(formats), len(numbers))
    merged = [*formats, *[None] * (width - len(formats))]
    for info in numbers:
        if merged[info.column] is None and info.number_format:
            merged[info.column] = info.number_format
    return merged


def _identify(path: Path) -> str:
    """'zip', 'ole' or 'text' by content (extensions lie); refuse anything else clearly."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            magic = handle.read(8)
    except FileNotFoundError as error:
        problem = tr_noop("Spreadsheet", "the file does not exist (was it moved or renamed?).")
        raise SpreadsheetError.about(path, "missing", problem) from error
    except IsADirectoryError as error:
        problem = tr_noop("Spreadsheet", "this is a folder, not a spreadsheet file.")
        raise SpreadsheetError.about(path, "not_spreadsheet", problem) from error
    except OSError as error:
        problem = tr_noop("Spreadsheet", "the file cannot be opened (%1).")
        raise SpreadsheetError.about(path, "missing", problem, error.strerror) from error
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES + TEXT_SUFFIXES:
        problem = tr_noop(
            "Spreadsheet",
            "this is not a spreadsheet file. Choose an .xlsx, .xlsm, .xlsb, .xls, .ods, .csv or .tsv file.",
        )
        raise SpreadsheetError.about(path, "not_spreadsheet", problem)
    guard.check_file_size(path, size)
    if magic.startswith(guard.ZIP_MAGIC):
        return "zip"
    if magic.startswith(guard.OLE_MAGIC):
        return "ole"
    if suffix in TEXT_SUFFIXES:
        return "text"
    problem = tr_noop(
        "Spreadsheet",
        "the file is not really a %1 workbook: it is damaged, or another kind of file was given this name.",
    )
    raise SpreadsheetError.about(path, "not_spreadsheet", problem, suffix)


class _Workbook:
    """An opened workbook with its zip package (when it has one) for the safety checks."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self.archive: zipfile.ZipFile | None = None
        self.parts: dict[str, str] | None = None
        self.styles_part = ""
        self.parse: _Parse | None = None
        try:
            if kind == "ole":
                guard.check_ole(path)
            else:
                self.archive = zipfile.ZipFile(path)
                guard.check_zip_package(path, self.archive)
                if "content.xml" in self.archive.namelist():
                    # calamine parses every OpenDocument table when it opens the file.
                    guard.check_ods_extent(path, self.archive)
            self.book = _open_calamine(path)
            worksheet = calamine.SheetTypeEnum.WorkSheet  # not chart, dialog or macro sheets
            self.names = [m.name for m in self.book.sheets_metadata if m.typ == worksheet]
        except BaseException as error:
            self.close()
            raise _translate(path, error) from error
        if not self.names:
            self.close()
            problem = tr_noop("Spreadsheet", "the workbook has no worksheets (only charts or macros).")
            raise SpreadsheetError.about(path, "empty", problem)

    def __enter__(self) -> _Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the zip package and the workbook."""
        if self.archive is not None:
            self.archive.close()
        book = getattr(self, "book", None)
        if book is not None and (self.parse is None or not self.parse.is_alive()):
            book.close()  # (a parse still running holds the workbook: its process ends soon)

    def resolve(self, sheet: str | None) -> str:
        """The sheet to read: the named one, or the first worksheet."""
        if sheet is None:
            return self.names[0]
        if sheet not in self.names:
            listed = ", ".join(f"'{n}'" for n in self.names)
            problem = tr_noop("Spreadsheet", "there is no sheet named '%1' (its sheets: %2).")
            raise SpreadsheetError.about(self.path, "missing", problem, sheet, listed)
        return sheet

    def check_extent(self, name: str, parse_during_scan: Callable[[], None] | None = None) -> None:
        """Refuse a sheet whose cells would span an absurd grid, before calamine allocates it.

        With ``parse_during_scan`` (see read_sheet), an .xlsx sheet's parse starts before its scan.
        """
        if self.archive is None:
            return  # .xls holds at most 65,536 x 256 cells by design
        try:
            if "content.xml" in self.archive.namelist():
                return  # checked on opening
            if binary_sheets := xlsb_guard.sheet_parts(self.archive):  # .xlsb: every sheet, cheaply
                for part in binary_sheets:
                    xlsb_guard.check_xlsb_extent(self.path, self.archive, part, guard.MAX_CELLS)
                return
            parts = self._parts()
            wanted = (
                [parts[name]]
                if name in parts
                else [n for n in self.archive.namelist() if "/worksheets/" in n and n.endswith(".xml")]
            )
            if parse_during_scan is not None:
                parse_during_scan()
                self.parse = _Parse(self.book, name)
            for part in wanted:
                guard.check_xlsx_sheet_extent(self.path, self.archive, part)
        except SpreadsheetError:
            raise
        except BaseException as error:
            raise _translate(self.path, error) from error

    def load(self, name: str, max_rows: int | None) -> tuple[list[list[CellValue]], int, int, bool]:
        """Cells of a sheet with blanks as None, and where they start in the sheet."""
        try:
            sheet = self.book.get_sheet_by_name(name) if self.parse is None else self.parse.result()
            if sheet.height * sheet.width > guard.MAX_CELLS:
                problem = tr_noop(
                    "Spreadsheet", "the sheet '%1' has %2 rows x %3 columns, too many to import."
                )
                size = (f"{sheet.height:,}", f"{sheet.width:,}")
                raise SpreadsheetError.about(self.path, "too_large", problem, name, *size)
            raw = sheet.to_python(skip_empty_area=True, nrows=max_rows)
            start = sheet.start or (0, 0)
            truncated = max_rows is not None and sheet.height - start[0] > max_rows
        except SpreadsheetError:
            raise
        except BaseException as error:
            raise _translate(self.path, error) from error
        # calamine gives "" for blank and error cells; None says "no value" unambiguously.
        # (Testing `"" in row` first is C-speed and spares the copy of rows that have no blank.)
        rows = [[None if value == "" else value for value in row] if "" in row else row for row in raw]
        return cast(list[list[CellValue]], rows), start[0], start[1], truncated

    def cell_formats(self, name: str, first_row: int, first_column: int) -> dict[tuple[int, int], str]:
        """Number formats of the first rows' cells (xlsx/xlsm, ods and xls); never fails the read."""
        if self.kind == "ole":
            from cjm_desktop.io.sheets.xls_formats import peek_xls_formats

            try:
                return peek_xls_formats(self.path, name, first_row, first_column, FORMAT_SAMPLE_ROWS)
            except Exception:
                return {}  # xlrd's errors are many and untyped; formats only refine guesses
        if self.archive is not None and "content.xml" in self.archive.namelist():
            from cjm_desktop.io.sheets.ods_formats import peek_ods_formats

            try:
                return peek_ods_formats(self.archive, name, first_row, first_column, FORMAT_SAMPLE_ROWS)
            except _PEEK_ERRORS:
                return {}
        parts = self._parts()
        if self.archive is None or name not in parts:
            return {}
        try:
            return peek_xlsx_formats(
                self.archive, parts[name], self.styles_part, first_row, first_column, FORMAT_SAMPLE_ROWS
            )
        except _PEEK_ERRORS:
            return {}  # formats only refine guesses; a sheet that reads must not fail here

    def _parts(self) -> dict[str, str]:
        if self.parts is None:
            self.parts = {}
            if self.archive is not None:
                try:
                    self.parts, self.styles_part = xlsx_sheet_parts(self.archive)
                except _PEEK_ERRORS:
                    pass  # not an .xlsx package, or an odd one: calamine decides whether it reads
        return self.parts


class _Parse(threading.Thread):
    """calamine parsing a sheet on another thread (it lets go of the GIL while it parses)."""

    def __init__(self, book: calamine.CalamineWorkbook, name: str) -> None:
        super().__init__(name="sheet-parse", daemon=True)  # never keeps a refusing process alive
        self.book, self.sheet_name = book, name
        self.sheet: calamine.CalamineSheet | None = None
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:  # noqa: D102 - Thread's
        try:
            self.sheet = self.book.get_sheet_by_name(self.sheet_name)
        except BaseException as error:  # handed to the reading thread, which words it
            self.error = error

    def result(self) -> calamine.CalamineSheet:
        """The parsed sheet, or the parse's error raised here."""
        self.join()
        if self.error is not None:
            raise self.error
        assert self.sheet is not None
        return self.sheet


def _open_calamine(path: Path) -> calamine.CalamineWorkbook:
    """Open by name; if that fails, by content (an .xls saved under an .xlsx name still opens)."""
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise
    except calamine.CalamineError as by_name:
        try:
            with open(path, "rb") as handle:
                return calamine.CalamineWorkbook.from_filelike(handle)
        except Exception:
            raise by_name from None


def _translate(path: Path, error: BaseException) -> BaseException:
    """Map any reader failure to a SpreadsheetError in plain words (Ctrl+C stays Ctrl+C)."""
    if isinstance(error, SpreadsheetError | KeyboardInterrupt | SystemExit | GeneratorExit):
        return error
    detail = str(error).strip().splitlines()[0][:160] if str(error).strip() else type(error).__name__
    if isinstance(error, calamine.PasswordError):
        problem = tr_noop(
            "Spreadsheet",
            "the workbook is password-protected. Open it in Excel or LibreOffice, remove the "
            "password, save, and try again.",
        )
        return SpreadsheetError.about(path, "password", problem)
    if isinstance(error, MemoryError) or "limit" in detail.lower():
        problem = tr_noop("Spreadsheet", "the file is too large to import safely (%1).")
        return SpreadsheetError.about(path, "too_large", problem, detail)
    if isinstance(error, calamine.WorksheetNotFound):
        return SpreadsheetError.about(
            path, "missing", tr_noop("Spreadsheet", "the sheet cannot be found (%1)."), detail
        )
    if isinstance(error, NotImplementedError):
        problem = tr_noop(
            "Spreadsheet",
            "the file uses a compression method that cannot be read (%1). Open it in Excel or "
            "LibreOffice and save it again.",
        )
        return SpreadsheetError.about(path, "damaged", problem, detail)
    problem = tr_noop(
        "Spreadsheet",
        "the file is damaged or is not a valid spreadsheet, so it cannot be read. Try opening it in "
        "Excel or LibreOffice and saving it again. (Details: %1)",
    )
    return SpreadsheetError.about(path, "damaged", problem, detail)


def _column_formats(formats: dict[tuple[int, int], str], width: int) -> list[str | None]:
    """Most common explicit (not General, not text) format per column."""
    counters: list[Counter[str]] = [Counter() for _ in range(width)]
    for (_row, col), code in formats.items():
        if col < width and code not in ("General", "@"):
            counters[col][code] += 1
    return [c.most_common(1)[0][0] if c else None for c in counters]
