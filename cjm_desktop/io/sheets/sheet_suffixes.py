"""The file name endings the spreadsheet import takes, named without loading any reader. No Qt.

The import dialogs need them for their file filters; importing them from spreadsheet_reader loaded
python-calamine into the editor, which only reads through the guarded child. spreadsheet_reader
spells the same tuples (tests/io/test_sheet_imports.py holds them equal).
"""

from __future__ import annotations

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
