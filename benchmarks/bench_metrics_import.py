"""Benchmark: the whole metrics import of a 100,000-row workbook against openpyxl's read-only pass.

Generates an analytics-style export (date, stage, sessions, conversions, bounce rate, time on page,
NPS) with openpyxl, then times, in the same run and on the same file:
  (a) our import: read_sheet + detect_header_row + suggest_spec + build_import (stage matching and
      aggregation per stage and per date), and
  (b) openpyxl read_only iterating over every value.
Target: (a) at least 4x faster than (b).

    python benchmarks/bench_metrics_import.py [--rows 100000] [--repeat 3] [--keep FILE]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

import openpyxl  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402

from cjm_desktop.io.metrics.metrics_import import build_import, detect_header_row, suggest_spec  # noqa: E402
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet  # noqa: E402
from cjm_desktop.model.journey import Stage  # noqa: E402

STAGES = [
    Stage(f"stage-{i}", name)
    for i, name in enumerate(["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"])
]
# Spelled the way exports spell them: the import must still match every one.
SHEET_STAGES = ["Awareness", "consideration", "PURCHASE", "Retention ", "Advocacy"]


def generate(path: Path, rows: int) -> None:
    """Write the benchmark workbook with openpyxl's write-only mode."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Analytics")
    sheet.append(["Date", "Stage", "Sessions", "Conversions", "Bounce rate", "Time on page", "NPS"])
    rng = random.Random(2024)
    first = date(2024, 1, 1)
    for i in range(rows):
        bounce = WriteOnlyCell(sheet, round(rng.random(), 4))
        bounce.number_format = "0.0%"
        sheet.append(
            [
                first + timedelta(days=i % 365),
                SHEET_STAGES[i % 5],
                rng.randint(0, 5000),
                rng.randint(0, 300),
                bounce,
                round(rng.uniform(5, 600), 1),
                rng.randint(-100, 100),
            ]
        )
    book.save(path)


def our_import(path: Path) -> tuple[int, int]:
    """The full import; returns (metrics, stage values) so the work cannot be skipped."""
    table = read_sheet(path)
    header = detect_header_row(table.rows)
    spec = suggest_spec(table, STAGES, header_row=header)
    result = build_import(table, spec, STAGES)
    if result.unmatched or len(result.values) != 25:
        raise SystemExit(f"import went wrong: unmatched {result.unmatched}, {len(result.values)} values")
    return len(result.metrics), len(result.values)


def openpyxl_pass(path: Path) -> int:
    """openpyxl read-only iteration over every value of the sheet."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = 0
    for row in book["Analytics"].iter_rows(values_only=True):
        count += sum(1 for value in row if value is not None)
    book.close()
    return count


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """Fastest of ``repeat`` runs, in seconds (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Generate, time both passes, print the figures and the ratio."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the workbook here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "analytics.xlsx"
        start = time.perf_counter()
        generate(path, args.rows)
        print(
            f"generated {args.rows:,} rows x 7 columns in {time.perf_counter() - start:.1f} s "
            f"({path.stat().st_size / 2**20:.1f} MB)"
        )
        ours = best_of(args.repeat, lambda: our_import(path))
        theirs = best_of(args.repeat, lambda: openpyxl_pass(path))
    print(f"cjm import (read + header + match + aggregate): {ours:6.2f} s")
    print(f"openpyxl read-only pass over the same file:     {theirs:6.2f} s")
    print(f"ratio: {theirs / ours:.1f}x faster (target: at least 4x)  best of {args.repeat}")


if __name__ == "__main__":
    main()
