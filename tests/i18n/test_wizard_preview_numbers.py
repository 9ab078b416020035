"""The import wizard's sheet preview shows the numbers it read in the decimal mark of the user's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.io.sheets.table import Table
from cjm_desktop.ui.sheet_preview import PreviewModel


def shown_row(model: PreviewModel, row: int) -> list[str]:
    return [model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ["Ενημέρωση", "12500", "1234.5", "12.5 %", "-12.5"]),
        ("el", ["Ενημέρωση", "12500", "1234,5", "12,5 %", "-12,5"]),
        ("ro", ["Ενημέρωση", "12500", "1234,5", "12,5 %", "-12,5"]),
    ],
)
def test_preview_numbers_use_the_languages_decimal_mark(
    speak: Callable[[str], list[str]], code: str, expected: list[str]
) -> None:
    """The Greek file's 1.234,50 was previewed as "1234.5", which a Greek analyst reads as 12345."""
    speak(code)
    table = Table(
        Path("el.csv"),
        "el",
        [
            ["Στάδιο", "Επισκέψεις", "Έσοδα", "Μετατροπή", "Μεταβολή"],
            ["Ενημέρωση", 12500.0, 1234.5, 0.125, -12.5],
        ],
        number_formats=[None, None, None, "0.0%", None],
    )
    model = PreviewModel(table, header_row=0)
    assert shown_row(model, 0)[2] == "Έσοδα"
    assert shown_row(model, 1) == expected
