"""Number formats of a legacy .xls sheet's first rows (percent, currency, date, duration). No Qt.

calamine reads .xls cells as plain values (0.125, 1234.5) and gives no formats. xlrd, the
maintained reader of BIFF files, parses the workbook's global records (the FORMAT and XF tables)
on its own; the sheet's cells are NOT loaded through it (that costs about 1 s per 65,000 rows, seven
times calamine's whole read). Instead only the first rows' cell records are walked here, reading
the XF index every BIFF5/BIFF8 cell record carries at the same offset, and stopping at the first
row past the sample. The codes are Excel's own, so the importer's guessing treats them exactly like
.xlsx ones.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xlrd

# BIFF5/BIFF8 cell records: row (u16), column (u16), XF index (u16) come first in each.
_CELL_RECORDS = frozenset(
    {
        0x0203,  # NUMBER
        0x027E,  # RK
        0x00FD,  # LABELSST
        0x0204,  # LABEL
        0x00D6,  # RSTRING
        0x0006,  # FORMULA
        0x0205,  # BOOLERR
    }
)
_MULRK = 0x00BD  # row, first column, (XF, RK value) x n, last column
_EOF = 0x000A
_MAX_RECORDS = 1_000_000  # a sheet's header records before its cells are few; never walk forever
_SAY_NOTHING = frozenset({"General", "@", ""})


class _Discard:
    """A log sink: xlrd writes warnings to stdout by default, which is the guarded reader's pipe."""

    def write(self, text: str) -> int:
        return len(text)


def peek_xls_formats(
    path: Path, sheet: str, first_row: int, first_column: int, sample_rows: int
) -> dict[tuple[int, int], str]:
    """Formats of the sheet's first ``sample_rows`` value cells, keyed in Table coordinates."""
    import xlrd  # here, not above: every other read (and the reader child's start) spares ~25 ms

    book = xlrd.open_workbook(str(path), logfile=_Discard(), formatting_info=True, on_demand=True)
    try:
        if book.biff_version < 50 or sheet not in book.sheet_names():
            return {}  # BIFF2-4 cells keep their style elsewhere; such files are rare and read fine
        codes = _xf_codes(book)
        # xlrd keeps the workbook stream and each worksheet's offset in it (the same list its own
        # get_sheet uses); the walk below reads only as far as the sampled rows.
        start = book._sh_abs_posn[book.sheet_names().index(sheet)]
        return _walk(book.mem, start, codes, first_row, first_column, first_row + sample_rows)
    finally:
        book.release_resources()


def _xf_codes(book: xlrd.Book) -> list[str | None]:
    """The format code of each XF (cell style) index; None where it says nothing (General, text)."""
    codes: list[str | None] = []
    for xf in book.xf_list:
        fmt = book.format_map.get(xf.format_key)
        code = fmt.format_str if fmt is not None else None
        codes.append(None if not code or code in _SAY_NOTHING else code)
    return codes


def _walk(
    mem: bytes, pos: int, codes: list[str | None], first_row: int, first_column: int, end_row: int
) -> dict[tuple[int, int], str]:
    """Walk the sheet's records from its BOF, noting formatted cells until ``end_row``."""
    formats: dict[tuple[int, int], str] = {}
    unpack = struct.unpack_from

    def note(row: int, column: int, xf: int) -> None:
        code = codes[xf] if xf < len(codes) else None
        if code is not None and row >= first_row and column >= first_column:
            formats[(row - first_row, column - first_column)] = code

    for _ in range(_MAX_RECORDS):
        if pos + 4 > len(mem):
            break
        opcode, length = unpack("<HH", mem, pos)
        data = pos + 4
        pos = data + length
        if opcode == _EOF or pos > len(mem):
            break
        if opcode in _CELL_RECORDS and length >= 6:
            row, column, xf = unpack("<HHH", mem, data)
            if row >= end_row:
                break  # cells are stored row by row: everything sampled has been seen
            note(row, column, xf)
        elif opcode == _MULRK and length >= 12:
            row, column = unpack("<HH", mem, data)
            if row >= end_row:
                break
            for i in range((length - 6) // 6):
                note(row, column + i, unpack("<H", mem, data + 4 + 6 * i)[0])
    return formats
