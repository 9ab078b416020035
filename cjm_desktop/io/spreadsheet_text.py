"""Delimited text files (.csv/.tsv/.txt): encoding and delimiter detection, typed cells.

Analytics and survey tools export CSV in every regional flavour: UTF-8 with or without a BOM,
Windows-1252 from older Excel, semicolons with decimal commas in most of Europe, tabs. Cells come
back typed like a workbook's: numbers (with '%' and currency symbols understood), ISO and dotted
dates, h:mm:ss durations; anything else stays text.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from cjm_desktop.io.spreadsheet_errors import SpreadsheetError

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = (",", ";", "\t", "|")
SAMPLE_CHARS = 64 * 1024
FORMAT_SAMPLE_ROWS = 50
PROGRESS_EVERY = 5000

PERCENT_FORMAT = "0.0%"
DURATION_FORMAT = "[h]:mm:ss"
_CURRENCIES = "$€£¥₹₽"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\Z")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z")
_DURATION = re.compile(r"(\d+):([0-5]\d):([0-5]\d)\Z")
_POINT_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\Z|\.\d+\Z")
_COMMA_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\Z|,\d+\Z")
_COMMA_VOTE = re.compile(r"-?\d+,(?:\d{1,2}|\d{4,})\Z")
_POINT_VOTE = re.compile(r"-?\d+\.(?:\d{1,2}|\d{4,})\Z")


@dataclass
class TextTable:
    """A text file's cells, typed, with the encoding and delimiter that were detected."""

    rows: list[list[object]]
    encoding: str
    delimiter: str
    number_formats: list[str | None] = field(default_factory=list)
    cell_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    truncated: bool = False


def read_text_table(
    path: Path, max_rows: int | None, steps: Callable[[float], None], max_cells: int
) -> TextTable:
    """Read a delimited text file; ``steps(fraction)`` reports progress and may raise to cancel."""
    raw = path.read_bytes()
    encoding = detect_encoding(raw)
    if encoding not in ("utf-16", "utf-32") and b"\x00" in raw[:8192]:
        raise SpreadsheetError(
            path,
            "this is not a text (CSV) file: it holds binary data. Choose a .csv "
            "exported from your tool, or the original workbook.",
            "not_spreadsheet",
        )
    text = raw.decode(encoding, errors="replace")  # strict already for the 8-bit guesses; UTF-16 may be cut
    lines = text.splitlines()
    delimiter = ""
    if lines and re.fullmatch(r"sep=(.)", lines[0].strip()):
        # Excel writes this hint line into CSVs meant for other regions.
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if not text.strip():
        raise SpreadsheetError(path, "the file has no data in it.", "empty")
    delimiter = delimiter or sniff_delimiter(text[:SAMPLE_CHARS], path.suffix.lower())
    if path.suffix.lower() == ".txt" and delimiter not in text[:SAMPLE_CHARS]:
        # A .txt may be a table or prose: with nothing dividing it into columns it is prose, and
        # asking for "the column with the stage names" would only puzzle the user.
        raise SpreadsheetError(
            path,
            "this is a plain text file, not a table: no commas, semicolons or tabs divide it into "
            "columns. Choose a spreadsheet or a .csv / .tsv file.",
            "not_spreadsheet",
        )
    total_lines = max(text.count("\n"), 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    steps(0.1)
    raw_rows: list[list[str]] = []
    try:
        for raw_row in reader:
            if max_rows is not None and len(raw_rows) >= max_rows:
                return _typed(raw_rows, encoding, delimiter, truncated=True)
            raw_rows.append(raw_row)
            if len(raw_rows) % PROGRESS_EVERY == 0:
                steps(0.1 + 0.6 * min(reader.line_num / total_lines, 1.0))
                if len(raw_rows) * max(len(raw_row), 1) > max_cells:
                    problem = f"the file has more than {max_cells:,} cells, too many to import."
                    raise SpreadsheetError(path, problem, "too_large")
    except csv.Error as error:
        raise SpreadsheetError(
            path, f"the file is not valid CSV near line {reader.line_num} ({error}).", "damaged"
        ) from error
    steps(0.7)
    return _typed(raw_rows, encoding, delimiter, truncated=False)


def detect_encoding(raw: bytes) -> str:
    """BOM first, then strict UTF-8, then Windows-1252, then Latin-1 (which never fails)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


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


def parse_text_cell(text: str, decimal_comma: bool = False) -> tuple[object, str | None]:
    """A text cell as a typed value and the number format it implies ('0.0%', currency, duration)."""
    s = text.strip()
    if not s:
        return None, None
    first = s[0]
    if not (first.isdigit() or first in "+-.,(" or first in _CURRENCIES):
        return s, None
    if first.isdigit() and len(s) >= 7:
        when = _parse_date(s)
        if when is not None:
            return when, None
        duration = _DURATION.match(s)
        if duration:
            hours, minutes, seconds = (int(g) for g in duration.groups())
            return timedelta(hours=hours, minutes=minutes, seconds=seconds), DURATION_FORMAT
    return _parse_number(s, decimal_comma)


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
    except ValueError:
        return None  # 2024-13-45 is text, not a date
    return None


def _parse_number(s: str, decimal_comma: bool) -> tuple[object, str | None]:
    body, fmt, scale, sign = s, None, 1.0, 1
    if body.startswith("(") and body.endswith(")"):
        body, sign = body[1:-1].strip(), -1  # accounting negatives: (1,234.00)
    if body[:1] in "+-":
        sign, body = (-sign if body[0] == "-" else sign), body[1:].strip()
    if body.endswith("%"):
        body, fmt, scale = body[:-1].rstrip(), PERCENT_FORMAT, 0.01
    for symbol in _CURRENCIES:
        if body.startswith(symbol) or body.endswith(symbol):
            body, fmt = body.strip(symbol).strip(), f'"{symbol}"#,##0.00'
            break
    pattern = _COMMA_NUMBER if decimal_comma else _POINT_NUMBER
    if not body or not pattern.match(body) or (len(body) > 1 and body[0] == "0" and body.isdigit()):
        return s, None  # text, or an identifier such as 00123 whose zeros matter
    plain = body.replace(".", "").replace(",", ".") if decimal_comma else body.replace(",", "")
    if scale == 1.0 and plain.isdigit():
        return sign * int(plain), fmt
    return sign * float(plain) * scale, fmt


def _uses_decimal_comma(rows: list[list[str]], delimiter: str) -> bool:
    """Whether numbers in this file write their decimals after a comma (12,5)."""
    if delimiter == ",":
        return False
    votes: Counter[str] = Counter()
    for row in rows[:200]:
        for cell in row:
            cell = cell.strip().rstrip("%").strip()
            if _COMMA_VOTE.match(cell):
                votes["comma"] += 1
            elif _POINT_VOTE.match(cell):
                votes["point"] += 1
    return votes["comma"] > votes["point"]


def _typed(raw_rows: list[list[str]], encoding: str, delimiter: str, truncated: bool) -> TextTable:
    decimal_comma = _uses_decimal_comma(raw_rows, delimiter)
    while raw_rows and not any(cell.strip() for cell in raw_rows[-1]):
        raw_rows.pop()  # trailing blank lines
    width = max((len(row) for row in raw_rows), default=0)
    rows: list[list[object]] = []
    cell_formats: dict[tuple[int, int], str] = {}
    for r, raw_row in enumerate(raw_rows):
        row: list[object] = [None] * width
        for c, cell in enumerate(raw_row):
            if cell:
                row[c], fmt = parse_text_cell(cell, decimal_comma)
                if fmt and r < FORMAT_SAMPLE_ROWS:
                    cell_formats[(r, c)] = fmt
        rows.append(row)
    counters: list[Counter[str]] = [Counter() for _ in range(width)]
    for (_r, c), fmt in cell_formats.items():
        counters[c][fmt] += 1
    formats = [counter.most_common(1)[0][0] if counter else None for counter in counters]
    return TextTable(rows, encoding, delimiter, formats, cell_formats, truncated)
