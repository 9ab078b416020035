"""The first half of reading a sheet: the file identified and checked, opened, its sheet's parse begun.

What it needs loads in a few milliseconds (python-calamine, the safety checks), so a reader process
can start the parse, the longest step of a read, before it loads the rest of the reader
(spreadsheet_reader.finish_sheet: rows, numbers and formats) beside it.
"""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import python_calamine as calamine

from cjm_desktop.i18n import tr_noop
from cjm_desktop.io.sheets import spreadsheet_guard as guard
from cjm_desktop.io.sheets import xlsb_guard
from cjm_desktop.io.sheets.sheet_suffixes import TEXT_SUFFIXES, WORKBOOK_SUFFIXES
from cjm_desktop.io.sheets.spreadsheet_errors import ImportCancelled, SpreadsheetError

# typing (~4 ms) loads during the parse, not on the reader's way to it (mypy reads this as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from cjm_desktop.io.sheets.cell_value import CellValue

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class Steps:
    """Progress reporting and cancellation polling between the expensive steps."""

    def __init__(self, path: Path, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.path, self.progress, self.cancelled = path, progress, cancelled

    def __call__(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(self.path)
        if self.progress is not None:
            self.progress(min(max(fraction, 0.0), 1.0))


class OpenedSheet:
    """A sheet whose reading has begun (open_sheet); spreadsheet_reader.finish_sheet reads it and closes it.

    ``book`` is None for a text file (read whole by finish_sheet); ``name`` is the sheet's name.
    """

    def __init__(self, path: Path, kind: str, steps: Steps, book: Workbook | None, name: str) -> None:
        self.path, self.kind, self.steps, self.book, self.name = path, kind, steps, book, name
        self.names = book.names if book is not None else [path.stem]
        self.closed = False

    def __enter__(self) -> OpenedSheet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the workbook (finish_sheet does; a caller that gives up must). Once is enough."""
        if self.book is not None and not self.closed:
            self.book.close()
        self.closed = True


def open_sheet(
    path: str | Path,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    parse_unscanned: Callable[[], None] | None = None,
) -> OpenedSheet:
    """Identify, check and open the file, and (see spreadsheet_reader.read_sheet) maybe start the parse."""
    path = Path(path)
    steps = Steps(path, progress, cancelled)
    steps(0.0)
    kind = identify(path)
    if kind == "text":
        return OpenedSheet(path, kind, steps, None, path.stem)
    book = Workbook(path, kind)
    try:
        steps(0.1)
        name = book.resolve(sheet)
        book.check_extent(name, parse_unscanned)
        steps(0.25)
    except BaseException:
        book.close()
        raise
    return OpenedSheet(path, kind, steps, book, name)


def sheet_names(path: str | Path) -> list[str]:
    """Names of the worksheets in a file, in workbook order (a text file has one, its stem)."""
    path = Path(path)
    kind = identify(path)
    if kind == "text":
        return [path.stem]
    with Workbook(path, kind) as book:
        return book.names


def identify(path: Path) -> str:
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


class Workbook:
    """An opened workbook with its zip package (when it has one) for the safety checks."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self.archive: zipfile.ZipFile | None = None
        self.parts: dict[str, str] | None = None
        self.styles_part = ""
        self.parse: Parse | None = None
        try:
            if kind == "ole":
                guard.check_ole(path)
            else:
                self.archive = zipfile.ZipFile(path)
                guard.check_zip_package(path, self.archive)
                if "content.xml" in self.archive.namelist():
                    # calamine parses every OpenDocument table when it opens the file.
                    guard.check_ods_extent(path, self.archive)
            self.book = open_calamine(path)
            worksheet = calamine.SheetTypeEnum.WorkSheet  # not chart, dialog or macro sheets
            self.names = [m.name for m in self.book.sheets_metadata if m.typ == worksheet]
        except BaseException as error:
            self.close()
            raise translate(path, error) from error
        if not self.names:
            self.close()
            problem = tr_noop("Spreadsheet", "the workbook has no worksheets (only charts or macros).")
            raise SpreadsheetError.about(path, "empty", problem)

    def __enter__(self) -> Workbook:
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

    def check_extent(self, name: str, parse_unscanned: Callable[[], None] | None = None) -> None:
        """Refuse a sheet whose cells would span an absurd grid, before calamine allocates it.

        With ``parse_unscanned`` (see read_sheet), an .xlsx sheet's parse starts instead of its scan.
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
            if parse_unscanned is not None:
                parse_unscanned()
                self.parse = Parse(self.book, name)
                return
            parts = self.sheet_parts()
            wanted = (
                [parts[name]]
                if name in parts
                else [n for n in self.archive.namelist() if "/worksheets/" in n and n.endswith(".xml")]
            )
            for part in wanted:
                guard.check_xlsx_sheet_extent(self.path, self.archive, part)
        except SpreadsheetError:
            raise
        except BaseException as error:
            raise translate(self.path, error) from error

    def load(self, name: str, max_rows: int | None) -> tuple[list[list[CellValue]], int, int, bool]:
        """Cells of a sheet (blanks as "", as calamine gives them), and where they start in the sheet."""
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
            raise translate(self.path, error) from error
        # calamine gives "" for blank and error cells: settle_numbers makes them None, column by column
        # (column_scan.py), where a column of numbers costs one sum instead of a look at every cell.
        return raw, start[0], start[1], truncated  # type: ignore[return-value] # calamine's cells are CellValues

    def sheet_parts(self) -> dict[str, str]:
        """The sheets' parts of an .xlsx/.xlsm package, by sheet name (empty for other files)."""
        if self.parts is None:
            self.parts = {}
            if self.archive is not None:
                from cjm_desktop.io.sheets.xlsx_formats import PEEK_ERRORS, xlsx_sheet_parts

                try:
                    self.parts, self.styles_part = xlsx_sheet_parts(self.archive)
                except PEEK_ERRORS:
                    pass  # not an .xlsx package, or an odd one: calamine decides whether it reads
        return self.parts


class Parse(threading.Thread):
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


def open_calamine(path: Path) -> calamine.CalamineWorkbook:
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


def translate(path: Path, error: BaseException) -> BaseException:
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
