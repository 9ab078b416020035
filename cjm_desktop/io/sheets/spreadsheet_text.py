"""Delimited text files (.csv/.tsv/.txt): encoding and delimiter detection, typed cells.

Analytics and survey tools export CSV in every regional flavour: UTF-8 with or without a BOM,
legacy code pages from older Excel (text_encoding detects them), semicolons, tabs. Dates (ISO,
27.11.2026, 2026. 11. 27.) and h:mm:ss durations come back typed; numbers stay text for
number_text to read per column, because ``12.500`` means different things in different files.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from cjm_desktop.i18n import tr_noop
from cjm_desktop.io.sheets import text_encoding
from cjm_desktop.io.sheets.cell_value import CellValue
from cjm_desktop.io.sheets.number_text import COMMA, DOT, read_number_text
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = (",", ";", "\t", "|")
SAMPLE_CHARS = 64 * 1024
FORMAT_SAMPLE_ROWS = 50
PROGRESS_EVERY = 5000
MAX_LINE_BYTES = 4 * 1024 * 1024  # no real table row is this long; a longer first line is refused
MAX_COLUMNS = 16_384  # Excel's limit: no spreadsheet tool writes a wider row

DURATION_FORMAT = "[h]:mm:ss"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\Z")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z")
_HUNGARIAN_DATE = re.compile(r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?\Z")
_DURATION = re.compile(r"(\d+):([0-5]\d):([0-5]\d)\Z")


@dataclass
class TextTable:
    """A text file's cells, typed, with the encoding and delimiter that were detected."""

    rows: list[list[CellValue]]
    encoding: str
    delimiter: str
    number_formats: list[str | None] = field(default_factory=list)
    cell_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    truncated: bool = False
    alternatives: list[str] = field(default_factory=list)  # other encodings that could have been meant


def read_text_table(
    path: Path,
    max_rows: int | None,
    steps: Callable[[float], None],
    max_cells: int,
    encoding: str | None = None,
    stage_names: Iterable[str] = (),
) -> TextTable:
    """Read a delimited text file; ``steps(fraction)`` reports progress and may raise to cancel.

    ``encoding`` (any Python codec) overrides detection; ``stage_names`` (the map's) break ties
    between code pages. Numbers stay text here: ``number_text.settle_numbers`` reads them per column.
    """
    _check_line_shape(path)
    raw = path.read_bytes()
    guess = _encoding_of(path, raw, encoding, stage_names)
    text = text_encoding.decode(raw, guess.encoding)
    del raw
    lines = text.splitlines()
    delimiter = ""
    if lines and re.fullmatch(r"sep=(.)", lines[0].strip()):
        # Excel writes this hint line into CSVs meant for other regions.
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    del lines
    if not text.strip():
        raise SpreadsheetError.about(path, "empty", tr_noop("Spreadsheet", "the file has no data in it."))
    delimiter = delimiter or sniff_delimiter(text[:SAMPLE_CHARS], path.suffix.lower())
    if path.suffix.lower() == ".txt" and delimiter not in text[:SAMPLE_CHARS]:
        # A .txt may be a table or prose: with nothing dividing it into columns it is prose, and
        # asking for "the column with the stage names" would only puzzle the user.
        problem = tr_noop(
            "Spreadsheet",
            "this is a plain text file, not a table: no commas, semicolons or tabs divide it into "
            "columns. Choose a spreadsheet or a .csv / .tsv file.",
        )
        raise SpreadsheetError.about(path, "not_spreadsheet", problem)
    _check_width(path, text, delimiter)
    total_lines = max(text.count("\n"), 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    steps(0.1)
    raw_rows: list[list[str]] = []
    try:
        for raw_row in reader:
            if max_rows is not None and len(raw_rows) >= max_rows:
                return _typed(raw_rows, guess, delimiter, truncated=True)
            raw_rows.append(raw_row)
            if len(raw_rows) % PROGRESS_EVERY == 0:
                steps(0.1 + 0.6 * min(reader.line_num / total_lines, 1.0))
                if len(raw_rows) * max(len(raw_row), 1) > max_cells:
                    problem = tr_noop("Spreadsheet", "the file has more than %1 cells, too many to import.")
                    raise SpreadsheetError.about(path, "too_large", problem, f"{max_cells:,}")
    except csv.Error as error:
        problem = tr_noop("Spreadsheet", "the file is not valid CSV near line %1 (%2).")
        raise SpreadsheetError.about(path, "damaged", problem, reader.line_num, error) from error
    steps(0.7)
    return _typed(raw_rows, guess, delimiter, truncated=False)


def _check_line_shape(path: Path) -> None:
    """Refuse a file whose first line is absurdly long before reading it all into memory."""
    with open(path, "rb") as handle:
        head = handle.read(MAX_LINE_BYTES + 1)
    if len(head) > MAX_LINE_BYTES and not any(mark in head for mark in (b"\n", b"\r", b"\n\x00")):
        problem = tr_noop(
            "Spreadsheet",
            "its first line is longer than %1 MB, so it is not a table of rows (is it really a CSV file?).",
        )
        raise SpreadsheetError.about(path, "not_spreadsheet", problem, MAX_LINE_BYTES // 2**20)


def _check_width(path: Path, text: str, delimiter: str) -> None:
    """Refuse a first row wider than any spreadsheet (Excel stops at 16,384 columns)."""
    end = text.find("\n", 0, MAX_LINE_BYTES)
    first = text[: end if end >= 0 else MAX_LINE_BYTES]
    width = first.count(delimiter) + 1
    if width > MAX_COLUMNS:
        problem = tr_noop(
            "Spreadsheet",
            "its first line has %1 columns; spreadsheets hold at most %2, so this is not a table that "
            "can be imported.",
        )
        raise SpreadsheetError.about(path, "too_large", problem, f"{width:,}", f"{MAX_COLUMNS:,}")


def _encoding_of(
    path: Path, raw: bytes, encoding: str | None, stage_names: Iterable[str]
) -> text_encoding.EncodingGuess:
    """The file's encoding (given or detected), or a SpreadsheetError saying it is not text."""
    try:
        if encoding:
            label = text_encoding.check_codec(encoding)
            return text_encoding.EncodingGuess(label, forced=True)
        return text_encoding.detect_encoding(raw, stage_names)
    except text_encoding.EncodingError as error:
        problems = {
            "binary": tr_noop(
                "Spreadsheet",
                "this is not a text (CSV) file: it holds binary data, not text. Choose a .csv exported "
                "from your tool, or the original workbook (or name the encoding with --encoding).",
            ),
            "undecodable": tr_noop(
                "Spreadsheet",
                "this is not a text (CSV) file: its bytes do not read as text in any usual encoding. "
                "Choose a .csv exported from your tool, or the original workbook (or name the encoding "
                "with --encoding).",
            ),
            "unknown": tr_noop(
                "Spreadsheet", "'%1' is not an encoding this program knows (try cp1250, cp1253, utf-8)."
            ),
        }
        raise SpreadsheetError.about(path, "not_spreadsheet", problems[error.reason], encoding) from error


def detect_encoding(raw: bytes) -> str:
    """The encoding ``read_text_table`` would pick for these bytes (no map to break ties)."""
    return text_encoding.detect_encoding(raw).encoding


def sniff_delimiter(sample: str, suffix: str = ".csv") -> str:
    """The delimiter that splits the sample's lines into the same number (>1) of fields."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    if len(lines) > 1:
        lines = lines[:-1]  # the sample may cut the last line short
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    scores: dict[str, tuple[bool, int]] = {}
    for candidate in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        scores[candidate] = (len(set(widths)) == 1 and widths[0] > 1, min(widths, default=1))
    if sniffed in scores and scores[sniffed][0]:
        return sniffed
    consistent = [d for d in DELIMITERS if scores[d][0]]
    if consistent:
        return max(consistent, key=lambda d: scores[d][1])
    if suffix == ".tsv":
        return "\t"
    # Ragged data: the delimiter that splits the most lines at all.
    return max(DELIMITERS, key=lambda d: (sum(d in line for line in lines), d == ","))


def parse_text_cell(text: str, decimal_comma: bool | None = None) -> tuple[object, str | None]:
    """A text cell as a typed value and the number format it implies ('0.0%', currency, duration).

    ``decimal_comma`` forces a convention; None reads only what is the same in both (``12.500``,
    which is 12.5 or 12,500, then stays text).
    """
    s = text.strip()
    if not s:
        return None, None
    when = _date_or_duration(s)
    if when is not None:
        return when
    reading = read_number_text(s)
    if reading is None:
        return s, None
    decimal = None if decimal_comma is None else COMMA if decimal_comma else DOT
    value = reading.value(decimal)
    return (s, None) if value is None else (value, reading.number_format)


def _date_or_duration(s: str) -> tuple[CellValue, str | None] | None:
    """A stripped cell as a date, datetime or duration, or None when it is none of these."""
    if not (s[0].isdigit() and len(s) >= 7):
        return None
    when = _parse_date(s)
    if when is not None:
        return when, None
    duration = _DURATION.match(s)
    if duration:
        hours, minutes, seconds = (int(g) for g in duration.groups())
        return timedelta(hours=hours, minutes=minutes, seconds=seconds), DURATION_FORMAT
    return None


def _parse_date(s: str) -> date | datetime | None:
    try:
        iso = _ISO_DATE.match(s)
        if iso:
            year, month, day, hour, minute, second = iso.groups()
            if hour is None:
                return date(int(year), int(month), int(day))
            return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
        dotted = _DOTTED_DATE.match(s)
        if dotted:
            day, month, year = (int(g) for g in dotted.groups())
            return date(year, month, day)
        hungarian = _HUNGARIAN_DATE.match(s)
        if hungarian:
            year, month, day = (int(g) for g in hungarian.groups())
            return date(year, month, day)
    except ValueError:
        return None  # 2024-13-45 is text, not a date
    return None


def _typed(
    raw_rows: list[list[str]], guess: text_encoding.EncodingGuess, delimiter: str, truncated: bool
) -> TextTable:
    while raw_rows and not any(cell.strip() for cell in raw_rows[-1]):
        raw_rows.pop()  # trailing blank lines
    width = max((len(row) for row in raw_rows), default=0)
    rows: list[list[CellValue]] = []
    cell_formats: dict[tuple[int, int], str] = {}
    for r, raw_row in enumerate(raw_rows):
        row: list[CellValue] = [None] * width
        for c, cell in enumerate(raw_row):
            s = cell.strip()
            if not s:
                continue
            typed = _date_or_duration(s)
            if typed is None:
                row[c] = s
            else:
                row[c], fmt = typed
                if fmt and r < FORMAT_SAMPLE_ROWS:
                    cell_formats[(r, c)] = fmt
        rows.append(row)
    counters: list[Counter[str]] = [Counter() for _ in range(width)]
    for (_r, c), fmt in cell_formats.items():
        counters[c][fmt] += 1
    formats = [counter.most_common(1)[0][0] if counter else None for counter in counters]
    return TextTable(rows, guess.encoding, delimiter, formats, cell_formats, truncated, guess.alternatives)
