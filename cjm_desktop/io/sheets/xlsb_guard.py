"""The declared-extent guard for .xlsb worksheets: refuse a sheet that says it spans an absurd grid.

An .xlsb sheet is a stream of binary records (MS-XLSB 2.1.4): a record type (1-2 bytes) and a
size (1-4 bytes), both 7 bits per byte. Before its cells, a sheet declares its extent in a
BrtWsDim record; a sheet declaring more than the cell cap is refused here, after reading a few
hundred bytes. A file whose declared extent lies (a small dimension, then a cell at XFD1048576)
makes calamine try to allocate the whole grid: that is stopped by the memory cap of the reader
process (guarded_read), where the failed allocation costs a message, not the editor. Scanning
every record here instead would take longer than calamine's whole read.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from cjm_desktop.i18n import tr_noop
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError

_WS_DIM = 0x0094  # BrtWsDim: rwFirst, rwLast, colFirst, colLast (u32 each)
_BEGIN_SHEET_DATA = 0x0091  # the cells start: the dimension, if any, came before
_HEAD_RECORDS = 64  # real sheets put BrtWsDim within the first few records
_CHUNK = 64 * 1024


def sheet_parts(archive: zipfile.ZipFile) -> list[str]:
    """The worksheet parts of an .xlsb package."""
    return [n for n in archive.namelist() if "/worksheets/" in n and n.lower().endswith(".bin")]


def check_xlsb_extent(path: Path, archive: zipfile.ZipFile, part: str, max_cells: int) -> None:
    """Refuse a worksheet whose declared extent (BrtWsDim) exceeds ``max_cells``."""
    for count, (record, body) in enumerate(_records(path, archive, part)):
        if record == _WS_DIM and len(body) >= 16:
            first_row, last_row, first_col, last_col = struct.unpack_from("<IIII", body)
            rows = max(last_row - first_row, 0) + 1
            cols = max(last_col - first_col, 0) + 1
            if rows * cols > max_cells:
                raise _too_many_cells(path, rows, cols)
            return
        if record == _BEGIN_SHEET_DATA or count >= _HEAD_RECORDS:
            return


def _records(path: Path, archive: zipfile.ZipFile, part: str) -> Iterator[tuple[int, bytes]]:
    """Yield (record type, body) of a part; bodies of huge records are cut to their first bytes."""
    with archive.open(part) as stream:
        buffer = b""
        pos = 0
        while True:
            if len(buffer) - pos < 16:
                more = stream.read(_CHUNK)
                buffer = buffer[pos:] + more
                pos = 0
                if not buffer:
                    return
            record, pos = _varint(buffer, pos, 2)
            size, pos = _varint(buffer, pos, 4)
            if record < 0 or size < 0:
                if pos >= len(buffer):
                    return  # a truncated tail: calamine reports the damage if it matters
                problem = tr_noop("Spreadsheet", "the part '%1' is damaged (a broken record).")
                raise SpreadsheetError.about(path, "damaged", problem, part)
            if len(buffer) - pos >= size:
                yield record, buffer[pos : pos + 16]
                pos += size
                continue
            # The body runs past the buffer: keep its head, skip the rest without holding it.
            head = buffer[pos : pos + 16]
            remaining = size - (len(buffer) - pos)
            while remaining > 0:
                skipped = stream.read(min(remaining, _CHUNK))
                if not skipped:
                    return
                if len(head) < 16:
                    head += skipped[: 16 - len(head)]
                remaining -= len(skipped)
            buffer, pos = b"", 0
            yield record, head


def _varint(data: bytes, pos: int, max_bytes: int) -> tuple[int, int]:
    """Decode a record type or size: 7 bits per byte, low bits first, a high bit continues."""
    value = shift = 0
    for _ in range(max_bytes):
        if pos >= len(data):
            return -1, pos
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
    return -1, pos


def _too_many_cells(path: Path, rows: int, cols: int) -> SpreadsheetError:
    return SpreadsheetError(
        path,
        f"a sheet declares {rows:,} rows x {cols:,} columns, more than can be imported safely. Copy "
        "the data you need into a new file, or export it as CSV.",
        "too_large",
    )
