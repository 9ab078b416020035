"""Benchmark: the whole metrics import of a 100,000-row workbook against openpyxl's read-only pass.

Generates an analytics-style export (date, stage, sessions, conversions, bounce rate, time on page,
NPS) with openpyxl, then times, in the same run and on the same file:
  (a) our import: read_sheet + detect_header_row + suggest_spec + build_import (stage matching and
      aggregation per stage and per date), and
  (b) openpyxl read_only iterating over every value.
Target: (a) at least 4x faster than (b).

With ``--baseline CHECKOUT`` (an older commit's tree, e.g. made by
``git worktree add --detach /tmp/cjm-base COMMIT``) it also times (a) as that checkout's code runs
it, in fresh processes taking turns with this checkout's, and prints the median CPU and wall time of
each (the machine may be shared: CPU time is the fairer figure; the load average is printed too).
Target: this checkout no slower than the baseline.

    python benchmarks/bench_metrics_import.py [--rows 100000] [--repeat 3] [--keep FILE]
                                              [--baseline CHECKOUT [--rounds 5]]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
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


# The import's entry points in a checkout: the current layout first, then the one before io/ was split.
_LAYOUTS = [
    ("cjm_desktop.io.sheets.spreadsheet_reader", "cjm_desktop.io.metrics.metrics_import"),
    ("cjm_desktop.io.sheets.spreadsheet_reader", "cjm_desktop.io.metrics.metrics_import"),
]
_WORKER_RUNS = 2  # timed imports per process, after one untimed (the first pays lazy imports)


def worker(checkout: Path, path: Path) -> None:
    """Time the import as ``checkout``'s code runs it; print [[read CPU, total CPU, wall], ...] as JSON."""
    sys.path[:] = [str(checkout), *(p for p in sys.path if Path(p).resolve() != Path(__file__).parents[1])]
    for module in [m for m in sys.modules if m == "cjm_desktop" or m.startswith("cjm_desktop.")]:
        del sys.modules[module]
    import importlib

    for reader_name, import_name in _LAYOUTS:
        try:
            reader, importer = importlib.import_module(reader_name), importlib.import_module(import_name)
            break
        except ImportError:
            continue
    else:
        raise SystemExit(f"no metrics import found in {checkout}")
    assert Path(reader.__file__).is_relative_to(checkout.resolve()), reader.__file__

    def run() -> list[float]:
        cpu, wall = time.process_time(), time.perf_counter()
        table = reader.read_sheet(path)
        read = time.process_time() - cpu
        spec = importer.suggest_spec(table, STAGES, header_row=importer.detect_header_row(table.rows))
        if len(importer.build_import(table, spec, STAGES).values) != 25:
            raise SystemExit("import went wrong")
        return [read, time.process_time() - cpu, time.perf_counter() - wall]

    def clear_caches() -> None:
        """Every timed run starts cold: a checkout's functools caches must not carry one run's work."""
        for module in [m for name, m in sys.modules.items() if name.startswith("cjm_desktop.")]:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()

    run()
    times = []
    for _ in range(_WORKER_RUNS):
        clear_caches()
        times.append(run())
    print(json.dumps(times))


def compare_with_baseline(path: Path, baseline: Path, rounds: int) -> None:
    """Alternate fresh processes of this checkout and the baseline; print the medians."""
    checkouts = {"this checkout": Path(__file__).resolve().parents[1], "baseline": baseline.resolve()}
    samples: dict[str, list[list[float]]] = {label: [] for label in checkouts}
    loads = []
    for _ in range(rounds):
        for label, checkout in checkouts.items():
            loads.append(os.getloadavg()[0])
            command = [sys.executable, __file__, "--worker", str(checkout), str(path)]
            answer = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            samples[label] += json.loads(answer.splitlines()[-1])
    print(
        f"\nimport as each checkout runs it, median of {rounds * _WORKER_RUNS} runs (processes taking turns):"
    )
    total = {}
    for label, times in samples.items():
        read, total[label], wall = (statistics.median(t[i] for t in times) for i in range(3))
        print(
            f"  {label:14} CPU {total[label]:5.2f} s (read {read:4.2f} s + match and aggregate "
            f"{total[label] - read:4.2f} s), wall {wall:5.2f} s  ({checkouts[label]})"
        )
    change = total["this checkout"] / total["baseline"] - 1
    print(f"  CPU change against the baseline: {change:+.1%} (target: <= 0)")
    loads_text = f"{min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} cores"
    print(f"  load average (1 min) during the runs: {loads_text}")


def main() -> None:
    """Generate, time both passes, print the figures and the ratio."""
    if sys.argv[1:2] == ["--worker"]:
        worker(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the workbook here instead of a temporary folder")
    parser.add_argument("--baseline", type=Path, help="a checkout of older code to time the import against")
    parser.add_argument("--rounds", type=int, default=5, help="with --baseline: processes per checkout")
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
        if args.baseline is not None:
            compare_with_baseline(path, args.baseline, args.rounds)


if __name__ == "__main__":
    main()
