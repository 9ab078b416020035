"""Garbage in: mojibake, binary junk named .csv, a million columns, a 200 MB single line.

Each is refused quickly with a clear message naming the file, and with bounded memory (measured
with tracemalloc: the refusal never reads the whole file). Files are generated in tmp_path.
"""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest

from cjm_desktop.io.metrics.metrics_import import GarbledNameError, build_import, suggest_spec
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
from cjm_desktop.io.sheets.text_encoding import looks_garbled
from cjm_desktop.model import Stage

MB = 1024 * 1024


def refused(path: Path, *words: str, peak_mb: float = 40) -> SpreadsheetError:
    """Read ``path``, expecting a refusal that names it and says ``words``, within ``peak_mb``."""
    tracemalloc.start()
    try:
        with pytest.raises(SpreadsheetError) as caught:
            read_sheet(path)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert path.name in message and all(word in message for word in words), message
    assert peak < peak_mb * MB, f"peak {peak / MB:.0f} MB"
    return caught.value


def test_binary_junk_renamed_csv_is_refused(tmp_path: Path) -> None:
    rng = random.Random(7)
    junk = tmp_path / "export.csv"
    junk.write_bytes(bytes(rng.randrange(256) for _ in range(64 * 1024)))
    refused(junk, "not a text (CSV) file")
    no_nul = tmp_path / "noise.csv"  # no NUL bytes to give it away: the detector decides
    no_nul.write_bytes(bytes(rng.randrange(1, 256) for _ in range(64 * 1024)))
    refused(no_nul, "not a text (CSV) file")


def test_a_million_columns_on_one_line_is_refused(tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(["1"] * 1_000_000) + "\n", encoding="ascii")
    refused(wide, "1,000,000 columns", "16,384")


def test_a_200_mb_single_line_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    line = tmp_path / "line.csv"
    chunk = b"abcdefghij" * (MB // 10)
    with open(line, "wb") as handle:
        for _ in range(200):
            handle.write(chunk)
    assert line.stat().st_size >= 200 * 1000 * 1000
    refused(line, "first line is longer than 4 MB", peak_mb=10)


def test_mojibake_never_becomes_a_stage_or_metric_name(tmp_path: Path) -> None:
    stages = [Stage("s1", "Awareness")]
    path = tmp_path / "greek.csv"
    path.write_bytes("Στάδιο;Επισκέψεις\nΕνημέρωση;12\nΑγορά;5\n".encode())
    table = read_sheet(path, encoding="cp1252")  # the wrong encoding, forced
    with pytest.raises(GarbledNameError, match="looks garbled.*encoding") as caught:
        build_import(table, suggest_spec(table, stages), stages)
    assert caught.value.name == "Î•Ï€Î¹ÏƒÎºÎ\xadÏˆÎµÎ¹Ï‚"  # the metric header, as mis-read
    # Stage names to create are checked too, even under a clean metric name.
    path.write_bytes("Stage;Visits\nΕνημέρωση;12\nΑγορά;5\n".encode("cp1253"))
    table = read_sheet(path, encoding="cp1252")
    spec = suggest_spec(table, stages)
    spec.stage_mapping = {name: "new:" for name in build_import(table, spec, stages).unmatched}
    with pytest.raises(GarbledNameError) as caught:
        build_import(table, spec, stages)
    assert caught.value.name == "ÅíçìÝñùóç"


@pytest.mark.parametrize(
    ("name", "garbled"),
    [
        ("Ã‰tape", True),  # UTF-8 read as cp1252
        ("KÃ¤ynnit", True),
        ("Ĺ‘sz", True),  # UTF-8 ő read as cp1250
        ("ÅÞåôáóç", True),  # Greek cp1253 read as cp1252
        ("Conºtientizare", True),  # Romanian cp1250 ş read as cp1252
        ("Etap\ufffd", True),
        ("Ostopäätös", False),
        ("Hűség", False),
        ("Conștientizare", False),
        ("Ενημέρωση", False),
        ("Ääni", False),
    ],
)
def test_garbled_names_are_recognised(name: str, garbled: bool) -> None:
    assert looks_garbled(name) is garbled
