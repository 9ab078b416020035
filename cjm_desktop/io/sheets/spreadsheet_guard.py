"""Safety checks run on a spreadsheet before any parser sees it: bombs, encryption, absurd sizes.

The parsers (calamine, openpyxl) trust their input. A 1 KB .xlsx naming cells A1 and XFD1048576
makes calamine allocate a dense 17-billion-cell grid and abort the whole process; a zip member can
expand a thousandfold; an XML part can declare billion-laughs entities. Everything here works on
bounded reads and byte-level scans, so refusing a hostile file costs fixed memory and time.
"""

from __future__ import annotations

import mmap
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from cjm_desktop.i18n import tr_noop
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError

MAX_FILE_BYTES = 256 * 1024 * 1024  # on disk
MAX_UNPACKED_BYTES = 500 * 1024 * 1024  # sum of all parts once decompressed
MAX_RATIO = 200  # a real worksheet compresses 5-30x; zip bombs reach ~1000x
RATIO_MIN_BYTES = 5 * 1024 * 1024  # tiny parts may compress absurdly well and are harmless
MAX_PARTS = 10_000
MAX_CELLS = 10_000_000  # dense grid a parser may build (rows x columns): ~650 MB at worst
PROLOG_LIMIT = 64 * 1024  # bytes before an XML part's root element
CHUNK = 4 * 1024 * 1024
MAX_TAG_BYTES = 1024 * 1024  # no real tag comes near this; bounds what a scan carries over

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_XML_SUFFIXES = (".xml", ".rels", ".vml")

# xlsx cell and row tags whose position is not spelled canonically (`<c r="B7"`, `<row r="7"`),
# and the rare canonical references that make a grid big: two-letter columns, six-digit rows.
_LOOSE_CELL = re.compile(rb'<c(?! r=")[\s>/]')
_LOOSE_ROW = re.compile(rb'<row(?! r=")[\s>/]')
_PREFIXED_TAG = re.compile(rb":(?:c|row)[\s>/]")
# Self-closing cells hold no value and readers skip them (real files style blank cells out to
# XFD1048576), so only cells with content count.
_WIDE_CELL = re.compile(rb'<c r="([A-Za-z]{2,})\d+"[^>]*(?<!/)>')
_TALL_CELL = re.compile(rb'<c r="[A-Za-z]{1,3}(\d{6,})"[^>]*(?<!/)>')
# Matches wherever either of the two above can: one scan of a typical sheet instead of two.
_BIG_REF = re.compile(rb'<c r="[A-Za-z](?:[A-Za-z]|[A-Za-z]{0,2}\d{6})')
_XLSX_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>")
_XLSX_REF = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]*)(\d*)")
# OpenDocument tables: rows and cells carry repeat counts that a parser multiplies out.
_ODS_TAG = re.compile(
    rb"<(/?)(?:[\w.-]+:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>"
)
_ROWS_REPEATED = re.compile(rb"number-rows-repeated\s*=\s*[\"'](\d+)")
_COLS_REPEATED = re.compile(rb"number-columns-repeated\s*=\s*[\"'](\d+)")


def check_file_size(path: Path, size: int) -> None:
    """Refuse empty files and files too big to read safely."""
    if size == 0:
        raise SpreadsheetError.about(path, "empty", tr_noop("Spreadsheet", "the file is empty (0 bytes)."))
    if size > MAX_FILE_BYTES:
        problem = tr_noop(
            "Spreadsheet",
            "the file is %1 MB; files over %2 MB cannot be imported. Save only the sheet you need, "
            "or export it as CSV.",
        )
        raise SpreadsheetError.about(
            path, "too_large", problem, f"{size / 2**20:.0f}", MAX_FILE_BYTES // 2**20
        )


def check_ole(path: Path) -> None:
    """Refuse an OLE compound file that wraps an encrypted (password-protected) Office package."""
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        # Stream names in the OLE directory are UTF-16; Excel stores the encrypted workbook as an
        # "EncryptedPackage" stream next to "EncryptionInfo".
        for marker in ("EncryptedPackage", "EncryptionInfo"):
            if data.find(marker.encode("utf-16-le")) >= 0:
                problem = tr_noop(
                    "Spreadsheet",
                    "the workbook is password-protected. Open it in Excel or LibreOffice, remove the "
                    "password (File > Info > Protect Workbook), save, and try again.",
                )
                raise SpreadsheetError.about(path, "password", problem)


def check_zip_package(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse encrypted, oversized, bomb-like or entity-declaring zip packages."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        problem = tr_noop(
            "Spreadsheet", "the file holds %1 parts, far more than any real spreadsheet; it was refused."
        )
        raise SpreadsheetError.about(path, "unsafe", problem, len(infos))
    for info in infos:
        if info.flag_bits & 0x1:
            problem = tr_noop(
                "Spreadsheet",
                "the file is password-protected (encrypted). Remove the password and try again.",
            )
            raise SpreadsheetError.about(path, "password", problem)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO:
            problem = tr_noop(
                "Spreadsheet",
                "the part '%1' would expand %2 times (to %3 MB): this looks like a zip bomb and was refused.",
            )
            size = f"{info.file_size / 2**20:.0f}"
            raise SpreadsheetError.about(path, "unsafe", problem, info.filename, f"{ratio:.0f}", size)
    if "META-INF/manifest.xml" in archive.namelist():
        with archive.open("META-INF/manifest.xml") as manifest:
            if b"encryption-data" in manifest.read(PROLOG_LIMIT * 16):
                problem = tr_noop(
                    "Spreadsheet",
                    "the spreadsheet is password-protected. Open it in LibreOffice, remove the "
                    "password (File > Properties > Security), save, and try again.",
                )
                raise SpreadsheetError.about(path, "password", problem)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        problem = tr_noop(
            "Spreadsheet",
            "the file would expand to %1 MB once unpacked; the limit is %2 MB. Save only the sheet "
            "you need, or export it as CSV.",
        )
        limit = MAX_UNPACKED_BYTES // 2**20
        raise SpreadsheetError.about(path, "too_large", problem, f"{total / 2**20:.0f}", limit)
    for info in infos:
        if info.filename.lower().endswith(_XML_SUFFIXES) and info.file_size:
            _check_prolog(path, archive, info)


def _check_prolog(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    # A DTD (and so any entity declaration) may only stand before the root element: reading the
    # prolog is enough, and a prolog longer than PROLOG_LIMIT is itself refused.
    head = b""
    with archive.open(info) as part:
        while True:
            more = part.read(4096)
            head += more
            verdict = _prolog_verdict(head)
            if verdict == "ok":
                return
            if verdict == "dtd" or b"<!ENTITY" in head:
                problem = tr_noop(
                    "Spreadsheet",
                    "the part '%1' declares XML entities (a DOCTYPE), which spreadsheets never need "
                    "and XML bombs use; the file was refused.",
                )
                raise SpreadsheetError.about(path, "unsafe", problem, info.filename)
            if not more:
                return  # a part with no element at all: the parser reports it if it matters
            if len(head) >= PROLOG_LIMIT:
                problem = tr_noop(
                    "Spreadsheet", "the part '%1' does not start like XML; it is damaged or unsafe."
                )
                raise SpreadsheetError.about(path, "unsafe", problem, info.filename)


def _prolog_verdict(head: bytes) -> str:
    """'ok' once the root element is reached, 'dtd' on a DOCTYPE, 'more' when the head is too short."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    text = head.removeprefix(b"\xef\xbb\xbf")
    pos = 0
    while True:
        while pos < len(text) and text[pos] in b" \t\r\n":
            pos += 1
        if len(text) - pos < 4:
            return "more"
        if text.startswith(b"<?", pos):
            end, skip = text.find(b"?>", pos + 2), 2
        elif text.startswith(b"<!--", pos):
            end, skip = text.find(b"-->", pos + 4), 3
        elif text.startswith(b"<!", pos):
            return "dtd"  # <!DOCTYPE (nothing else starting with <! may stand in a prolog)
        else:
            return "ok"  # the root element (or junk the parser will reject)
        if end < 0:
            return "more"
        pos = end + skip


def check_xlsx_sheet_extent(path: Path, archive: zipfile.ZipFile, part: str) -> None:
    """Refuse a worksheet whose cell references span more than MAX_CELLS (a dense-grid bomb)."""
    rows_bound, cols_bound, canonical = _fast_extent(path, archive, part)
    if rows_bound * cols_bound <= MAX_CELLS and canonical:
        return
    rows, cols = _exact_xlsx_extent(path, archive, part)
    if rows * cols > MAX_CELLS:
        raise _too_many_cells(path, rows, cols)


def _fast_extent(path: Path, archive: zipfile.ZipFile, part: str) -> tuple[int, int, bool]:
    # A few C-speed scans for rare patterns, so a typical sheet costs one decompression and about
    # the time of one more. "canonical" means every row and cell tag starts exactly `<row r="` /
    # `<c r="`: then each position is explicit (a reader takes the first r) and the wide/tall
    # scans see every one. Anything else (implicit positions, odd syntax, prefixes) goes to the
    # exact pass.
    max_row, max_col = 99_999, 26
    canonical = True
    for data in _whole_tags(path, archive, part):
        canonical = canonical and not (
            _LOOSE_CELL.search(data) or _LOOSE_ROW.search(data) or _PREFIXED_TAG.search(data)
        )
        if not _BIG_REF.search(data):
            continue
        if _WIDE_CELL.search(data):
            max_col = max([max_col, *(_column_number(c) for c in set(_WIDE_CELL.findall(data)))])
        if _TALL_CELL.search(data):
            max_row = max([max_row, *(int(r) for r in set(_TALL_CELL.findall(data)))])
    return max_row, max_col, canonical


def _exact_xlsx_extent(path: Path, archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    # Replays how a reader places cells: explicit references win, otherwise the next position.
    max_row = max_col = row = col = 0
    for data in _whole_tags(path, archive, part):
        for match in _XLSX_TAG.finditer(data):
            ref = _XLSX_REF.search(match.group(2))
            if match.group(1) == b"row":
                row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                col = 0
                continue
            if ref and ref.group(1):
                col = _column_number(ref.group(1))
                row = int(ref.group(2)) if ref.group(2) else row
            else:
                col += 1
            if not match.group(2).endswith(b"/"):
                max_row, max_col = max(max_row, row), max(max_col, col)
    return max_row, max_col


def check_ods_extent(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse an OpenDocument table whose repeated rows/cells multiply out past MAX_CELLS."""
    if "content.xml" not in archive.namelist():
        return  # calamine reports the missing part as damage
    rows = cols = row = col = row_width = 0
    row_repeat, row_filled = 1, False
    for data in _whole_tags(path, archive, "content.xml"):
        for match in _ODS_TAG.finditer(data):
            closing, name, attrs, empty = match.groups()
            if name == b"table":
                row = 0 if not closing else row  # each table (sheet) is its own grid
            elif name == b"table-row" and not closing:
                found = _ROWS_REPEATED.search(attrs)
                row_repeat = int(found.group(1)) if found else 1
                col, row_width, row_filled = 0, 0, False
                row += row_repeat if empty else 0
            elif name == b"table-row":
                row += row_repeat
                if row_filled:
                    rows, cols = max(rows, row), max(cols, row_width)
                    if rows * cols > MAX_CELLS:
                        raise _too_many_cells(path, rows, cols)
            elif not closing:
                found = _COLS_REPEATED.search(attrs)
                col += int(found.group(1)) if found else 1
                # A self-closing cell without a value type is empty; anything else may hold data.
                if not empty or b"value-type" in attrs:
                    row_filled, row_width = True, col


def _whole_tags(path: Path, archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """Stream a part in pieces that each end after a complete tag, in bounded memory."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            data = tail + chunk
            cut = data.rfind(b">") + 1
            # Text after the last tag is irrelevant; only an unfinished tag is carried over.
            start = data.find(b"<", cut)
            tail = data[start:] if start >= 0 else b""
            if len(tail) > MAX_TAG_BYTES:
                problem = tr_noop(
                    "Spreadsheet",
                    "the part '%1' holds a single XML tag over %2 MB; the file is damaged or unsafe.",
                )
                raise SpreadsheetError.about(path, "unsafe", problem, part, MAX_TAG_BYTES // 2**20)
            yield data[:cut]


def _too_many_cells(path: Path, rows: int, cols: int) -> SpreadsheetError:
    problem = tr_noop(
        "Spreadsheet",
        "a sheet spans %1 rows x %2 columns, more than the %3 cells that can be imported safely. "
        "Copy the data you need into a new file, or export it as CSV.",
    )
    return SpreadsheetError.about(path, "too_large", problem, f"{rows:,}", f"{cols:,}", f"{MAX_CELLS:,}")


def _column_number(letters: bytes) -> int:
    """Excel column letters to a 1-based number: A -> 1, Z -> 26, AA -> 27."""
    number = 0
    for char in letters.upper():
        number = number * 26 + (char - 64)
    return number
