"""The Table a spreadsheet read gives: one sheet's cells as plain values, with their number formats. No Qt.

A light leaf (no parser imported) so that the importer, the dialogs and the guarded reader's
unpickler can name the type without loading the readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cjm_desktop.io.sheets.cell_value import CellValue
from cjm_desktop.io.sheets.number_text import ColumnNumbers


@dataclass
class Table:
    """One sheet's cells as plain values, with what is known about their number formats."""

    path: Path
    sheet: str
    rows: list[list[CellValue]]
    # Per column of `rows`: the most common explicit number format in the sampled rows
    # (e.g. '0.0%'), None where unknown or General. .xlsb workbooks give none.
    number_formats: list[str | None] = field(default_factory=list)
    # (row, column) in `rows` coordinates -> format, for the sampled rows only.
    cell_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    first_row: int = 0  # sheet row (0-based) of rows[0]: leading blank rows are skipped
    first_column: int = 0  # sheet column (0-based) of each row's first cell
    truncated: bool = False  # max_rows cut the table short
    encoding: str = ""  # text files: the detected encoding
    delimiter: str = ""  # text files: the detected delimiter
    encoding_alternatives: list[str] = field(default_factory=list)  # text files: other likely encodings
    numbers: list[ColumnNumbers] = field(default_factory=list)  # per column: how text numbers were read
    # (id, length) of the rows `width` was measured on, and the width: the import asks for it
    # about ten times, and each measure walks every row (30 ms on 100,000 rows).
    _width_of: tuple[int, int, int] = field(default=(0, -1, 0), repr=False, compare=False)

    @property
    def undecided(self) -> list[ColumnNumbers]:
        """Columns whose text numbers read two ways and that nothing settled."""
        return [info for info in self.numbers if info.undecided]

    @property
    def width(self) -> int:
        """Number of columns (rows are padded to the same length)."""
        key = (id(self.rows), len(self.rows))
        if self._width_of[:2] != key:
            self._width_of = (*key, max(map(len, self.rows), default=0))
        return self._width_of[2]

    def column_letter(self, column: int) -> str:
        """The spreadsheet letter of a column of `rows` (A, B, ..., AA), for headerless sheets."""
        number, letters = self.first_column + column + 1, ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(65 + rest) + letters
        return letters
