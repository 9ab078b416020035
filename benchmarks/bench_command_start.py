"""Benchmark: how fast commands and the editor start, each beside a bare baseline run the same way.

1. ``import-metrics`` of a 100,000-row workbook as a whole process (``python main.py import-metrics``)
   against a bare python-calamine read of the same sheet as a process. Target: <= 1.3x.
2. Cold start to the painted sample map in a real window (``MainWindow`` + sample map, until the
   canvas's first paint) against a bare ``QMainWindow`` started and painted the same way.
   Target: <= 0.5 s. Uses the display in $DISPLAY, else starts Xvfb when it is installed, else
   falls back to the offscreen platform (and says so).

    python benchmarks/bench_command_start.py [--rows 100000] [--repeat 5] [--keep FILE] [--only import|start]

Beside each median wall time it prints the median CPU time (user + sys, the process and its
children): on a machine shared with other work, CPU shows a change that wall time hides in noise.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_metrics_import import generate  # noqa: E402

from cjm_desktop.paths import sample_map_path  # noqa: E402

CALAMINE_READ = """
import sys
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
assert len(rows) > 1
"""

# The part of import-metrics that is reading: a process that only does the guarded read (the capped
# reader process, the rows sent back and unpickled), so the rest is what the import adds.
GUARDED_READ = """
import sys
from cjm_desktop.io.sheets.guarded_read import read_guarded
names, table = read_guarded(sys.argv[1])
assert len(table.rows) > 1
"""

# Both window probes print the seconds from process start to the end of the first paint of the
# widget a user looks at (the map's canvas; the bare window itself), then quit.
PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("painted", flush=True), QApplication.quit()))
            watched.removeEventFilter(self)
        return False

probe = FirstPaint()
"""
EDITOR = (
    PROBE
    + """
from cjm_desktop import language
from cjm_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
language.install_language("en")
window = MainWindow()
window.view.viewport().installEventFilter(probe)
window.new_from_sample()
app.exec()
"""
)
BARE = (
    PROBE
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
window.installEventFilter(probe)
window.show()
app.exec()
"""
)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(args: list[str], env: dict[str, str], until: str | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds from starting the process to its end (or to the line ``until`` on its output).

    CPU (user + sys of the process and the children it waited for) is only counted for whole runs.
    """
    cpu = _children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    if until is not None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == until:
                elapsed = time.perf_counter() - start
                process.wait(timeout=60)
                return elapsed, float("nan")
    _out, err = process.communicate(timeout=300)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])} failed:\n{err}")
    return time.perf_counter() - start, _children_cpu() - cpu


def median_of(repeat: int, args: list[str], env: dict[str, str], until: str | None = None) -> float:
    return medians_of(repeat, args, env, until)[0]


def medians_of(
    repeat: int, args: list[str], env: dict[str, str], until: str | None = None
) -> tuple[float, float]:
    """Median wall and CPU seconds of ``repeat`` runs, after one run that warms the file cache."""
    timed_run(args, env, until)  # warm the file cache: every run then starts equally "cold"
    runs = [timed_run(args, env, until) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def interleaved(repeat: int, commands: list[list[str]], env: dict[str, str]) -> list[tuple[float, float]]:
    """Median (wall, CPU) seconds of each command, run in turn ``repeat`` times after a warm-up each."""
    for args in commands:
        timed_run(args, env)  # warm the file cache (and write the bytecode)
    runs: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(repeat):
        for args, times in zip(commands, runs, strict=True):
            times.append(timed_run(args, env))
    return [
        (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)) for times in runs
    ]


def display_env() -> tuple[dict[str, str], subprocess.Popen[bytes] | None, str]:
    """An environment with a real display: the current one, a private Xvfb, or offscreen."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as in main(): time the installed app, not the compiler
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return env, None, f"display {env.get('DISPLAY') or env.get('WAYLAND_DISPLAY')}"
    if shutil.which("Xvfb"):
        display = f":{140 + os.getpid() % 500}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
        time.sleep(0.5)  # the server needs a moment before the first client connects
        env["DISPLAY"] = display
        return env, xvfb, f"Xvfb {display} (xcb)"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, None, "offscreen (no display, no Xvfb)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="reuse/keep the generated workbook at this path")
    parser.add_argument("--only", choices=("import", "start"), help="run only one of the two parts")
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.only != "start":
        bench_import(args)
    if args.only != "import":
        bench_start(args)
    return 0


def bench_import(args: argparse.Namespace) -> None:
    """Part 1: import-metrics of a big workbook against a bare python-calamine read."""
    python = sys.executable
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app runs from compiled bytecode (pip writes it): let the warm-up run write it too,
    # or every run would compile the package's sources again and time the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        book = args.keep or Path(folder) / "analytics.xlsx"
        if not book.exists():
            print(f"generating {args.rows:,} rows ...", flush=True)
            generate(book, args.rows)
        out = Path(folder) / "out.cjm"
        command = [python, "main.py", "import-metrics", str(sample_map_path()), str(book), "-o", str(out)]
        # Alternated run by run, so that both see the same share of a busy machine.
        commands = [
            [*command, "--force"],
            [python, "-c", CALAMINE_READ, str(book)],
            [python, "-c", GUARDED_READ, str(book)],
        ]
        (ours, ours_cpu), (bare, bare_cpu), (read, read_cpu) = interleaved(args.repeat, commands, env)
    print(f"\nimport-metrics, {args.rows:,} rows, whole process (median of {args.repeat})")
    print("                                     wall        CPU")
    print(f"  cjm-desktop import-metrics     {ours * 1000:8.0f} ms {ours_cpu * 1000:7.0f} ms")
    print(f"  bare python-calamine read      {bare * 1000:8.0f} ms {bare_cpu * 1000:7.0f} ms   (baseline)")
    print(
        f"  ratio                          {ours / bare:8.2f} x  {ours_cpu / bare_cpu:7.2f} x    target <= 1.3 x"
    )
    print(f"  (a process doing only the guarded read: {read * 1000:.0f} ms, CPU {read_cpu * 1000:.0f} ms)")


def bench_start(args: argparse.Namespace) -> None:
    """Part 2: cold start of the editor with the sample map against a bare QMainWindow."""
    python = sys.executable
    env, xvfb, where = display_env()
    try:
        editor = median_of(args.repeat, [python, "-c", EDITOR], env, until="painted")
        window = median_of(args.repeat, [python, "-c", BARE], env, until="painted")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    print(f"\ncold start to a painted window, {where} (median of {args.repeat})")
    print(f"  editor with the sample map     {editor * 1000:8.0f} ms   target <= 500 ms")
    print(f"  bare QMainWindow               {window * 1000:8.0f} ms   (baseline)")


if __name__ == "__main__":
    sys.exit(main())
