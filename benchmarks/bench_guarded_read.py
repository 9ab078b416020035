"""Benchmark: what reading in a capped child process costs, on the 100,000-row workbook.

Times, in the same run and on the same file (the one bench_metrics_import.py generates):
  (a) sheet_names + read_sheet in this process (what the import wizard did before: the baseline),
  (b) read_guarded: the same read in a child process capped at 2 GB, with the sheet sent back,
  (c) the child's start alone: Python plus the reader's imports, reading nothing.
Target: (b) - (a) small next to (a).

    python benchmarks/bench_guarded_read.py [--rows 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_metrics_import import generate  # noqa: E402

from cjm_desktop.io.sheets.guarded_read import child_command, read_guarded  # noqa: E402
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet, sheet_names  # noqa: E402


def best(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and best wall-clock seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def child_start() -> None:
    """Start the child with a request for a missing file: imports and answers, reads nothing."""
    subprocess.run(child_command(), input=b'{"path": "/nonexistent.csv"}\n', capture_output=True, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "analytics.xlsx"
        generate(path, args.rows)
        rows = len(read_sheet(path).rows)
        direct = best(lambda: (sheet_names(path), read_sheet(path)), args.repeat)
        guarded = best(lambda: read_guarded(path), args.repeat)
        start = best(child_start, args.repeat)
        print(f"{rows:,} rows, {path.stat().st_size / 2**20:.1f} MB .xlsx, median (best) of {args.repeat}:")
        print(f"  (a) names + read, in process   {direct[0]:6.2f} s ({direct[1]:.2f} s)")
        print(f"  (b) read_guarded, child process {guarded[0]:6.2f} s ({guarded[1]:.2f} s)")
        print(f"      overhead (b) - (a)          {guarded[0] - direct[0]:+6.2f} s")
        print(f"  (c) child start alone          {start[0]:6.2f} s ({start[1]:.2f} s)")

    return 0


if __name__ == "__main__":
    sys.exit(main())
