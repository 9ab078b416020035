"""Several counts in one message: each takes its own plural form (Romanian has three)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cjm_desktop.io.sheets.spreadsheet_reader import CellValue, Table
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage
from cjm_desktop.ui.import_wizard import table_summary
from cjm_desktop.ui.template_dialog import template_summary


def journey(stages: int, lanes: int, cards: int) -> Journey:
    """A map with these many stages, lanes and cards (cards in the first cell)."""
    return Journey(
        title="t",
        stages=[Stage(f"s{i}", f"S{i}") for i in range(stages)],
        lanes=[Lane(f"l{i}", LaneKind.ACTIONS, f"L{i}") for i in range(lanes)],
        cards=[Card(f"c{i}", "l0", "s0", f"C{i}") for i in range(cards)],
    )


def table(rows: int, columns: int, delimiter: str = "") -> Table:
    """A read sheet of ``rows`` x ``columns`` (a text file when ``delimiter`` is given)."""
    cells: list[list[CellValue]] = [[1] * columns for _ in range(rows)]
    encoding = "cp1250" if delimiter else ""
    return Table(Path("vizite.csv"), "Foaie1", cells, encoding=encoding, delimiter=delimiter)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((1, 5, 1), "1 etapă · 5 rânduri · 1 card"),
        ((5, 1, 5), "5 etape · 1 rând · 5 carduri"),
        ((20, 1, 1), "20 de etape · 1 rând · 1 card"),
    ],
)
def test_template_summary_in_romanian(
    counts: tuple[int, int, int], expected: str, speak: Callable[[str], None]
) -> None:
    speak("ro")
    assert template_summary(journey(*counts)) == expected


def test_sheet_summary_in_romanian(speak: Callable[[str], None]) -> None:
    speak("ro")
    assert table_summary(table(1, 5)) == "Citit din „Foaie1”: 1 rând × 5 coloane."
    text_file = (
        "Citit din „Foaie1”: 5 rânduri × 1 coloană. " + "Fișier text: codificare cp1250, separator „tab”."
    )
    assert table_summary(table(5, 1, "\t")) == text_file


def test_english_counts_say_one_row_and_one_card() -> None:
    assert template_summary(journey(1, 5, 1)) == "1 stage · 5 lanes · 1 card"
    assert table_summary(table(5, 1)) == "5 rows × 1 column read from “Foaie1”."
