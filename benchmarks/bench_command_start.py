"""Benchmark: how fast commands and the editor start, each beside a bare baseline run the same way.

1. ``import-metrics`` of a 100,000-row workbook as a whole process (``python main.py import-metrics``)
   against a bare python-calamine read of the same sheet as a process. Target: <= 1.3x.
2. Cold start to the painted sample map in a real window (``MainWindow`` + sample map, until the
   canvas's first paint) against a bare ``QMainWindow`` started and painted the same way, and against
   a Qt skeleton of the same shape (graphics view, docks, menus) with no cjm-desktop code.
   Target: <= 0.5 s. Uses the display in $DISPLAY, else starts Xvfb when it is installed, else
   falls back to the offscreen platform (and says so).

    python benchmarks/bench_command_start.py [--rows 100000] [--repeat 5] [--keep FILE] [--only-start]
        [--only-import]

Part 1 alternates its runs (ours, the bare read, a process doing only the guarded read), so each
sees the same share of a busy machine, and prints CPU time (user + sys, children included) beside
wall time: on a shared machine CPU shows a change that wall time hides in noise. Part 2 also prints
each process's CPU time up to the end of its first paint (what a start costs, without the exit).
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

# The floor's pieces (--floors): the bare read plus one thing ours cannot skip, each as a process.
SCAN_THEN_READ = """
import sys, zipfile
from pathlib import Path
from python_calamine import CalamineWorkbook
from cjm_desktop.io.sheets import spreadsheet_guard as guard
with zipfile.ZipFile(sys.argv[1]) as archive:  # the extent scan, then the parse (no spare core)
    guard.check_xlsx_sheet_extent(Path(sys.argv[1]), archive, "xl/worksheets/sheet1.xml")
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
assert len(rows) > 1
"""
READ_AND_PICKLE = """
import gc, pickle, sys
from python_calamine import CalamineWorkbook
gc.disable()  # as the reader and import-metrics do while rows are built
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
rows = pickle.loads(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))  # both ends of the wire
assert len(rows) > 1
"""
# What import-metrics' reader process does (read, settle, match, aggregate), in one process, one step
# after another (no reader process, no memory cap, numpy loaded before the read, not beside it).
READ_AND_IMPORT = """
import gc, sys
gc.disable()
from cjm_desktop.cli.import_job import import_outcome
from cjm_desktop.cli.import_metrics import JOB_OPTIONS
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.metrics.import_data import map_to_wire
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
from cjm_desktop.paths import sample_map_path
job = {"data": sys.argv[1], "map_name": "map", "map": map_to_wire(load_map(sample_map_path()))}
job["options"] = {**dict.fromkeys(JOB_OPTIONS), "map_stage": []}
table = read_sheet(sys.argv[1], parse_unscanned=lambda: None)  # as under the reader's cap: no scan
assert import_outcome(table, job)["result"]["values"]
"""
READ_IN_CHILD = """
import subprocess, sys
read = "import sys; from python_calamine import CalamineWorkbook as W; W.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()"
subprocess.run([sys.executable, "-c", read, sys.argv[1]], check=True)
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
            # The process's CPU time so far rides along: less at the mercy of other processes than wall.
            QTimer.singleShot(0, lambda: (print("painted", time.process_time(), flush=True), QApplication.quit()))
            watched.removeEventFilter(self)
        return False

probe = FirstPaint()
"""
EDITOR = (
    """
from pathlib import Path
import cjm_desktop
# As app._start_gui: Qt's enums by the quick path, PySide6 imported through shiboken's kept code
# (where the copy has them).
if Path(cjm_desktop.__file__).with_name("qt_enums.py").is_file():
    from cjm_desktop import qt_enums
    qt_enums.install()
if Path(cjm_desktop.__file__).with_name("shiboken_code.py").is_file():
    from cjm_desktop import shiboken_code
    with shiboken_code.kept():
        import PySide6.QtWidgets
"""
    + PROBE
    + """
import gc
# What app.run_gui does, in code that does it (a --baseline copy may be older; the editable install
# would hand it this checkout's module, so look for the file itself).
qt_import_check = None
if Path(cjm_desktop.__file__).with_name("qt_import_check.py").is_file():
    from cjm_desktop import qt_import_check
    gc.disable()  # until the event loop runs
    qt_import_check.quicken()
dataclass_code = None
if Path(cjm_desktop.__file__).with_name("dataclass_code.py").is_file():
    from cjm_desktop import dataclass_code
    dataclass_code.install()  # the warm-up run keeps the code, as the app's first start does
from cjm_desktop import language
from cjm_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
language.install_language("en")
window = MainWindow()
window.view.viewport().installEventFilter(probe)
window.new_from_sample()
if qt_import_check is not None:
    QTimer.singleShot(0, gc.enable)
app.exec()
if dataclass_code is not None:
    dataclass_code.save()
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
# What any editor of this shape pays in Python + PySide6 + Qt before its own code runs: a main window
# with a menu bar (6 menus, 60 actions), a toolbar, a graphics view showing 40 text cards, two tabbed
# docks (a form with text fields, a list) and a status bar; no cjm-desktop module is imported.
SKELETON = (
    PROBE
    + """
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDockWidget, QFormLayout, QGraphicsScene, QGraphicsView, QLineEdit, QListWidget, QMainWindow,
    QPlainTextEdit, QWidget,
)
app = QApplication(sys.argv[:1])
window = QMainWindow()
for m in range(6):
    menu = window.menuBar().addMenu(f"Menu &{m}")
    for a in range(10):
        menu.addAction(f"Action {m}.{a}")
toolbar = window.addToolBar("Main")
for a in range(8):
    toolbar.addAction(f"Tool {a}")
scene = QGraphicsScene()
for i in range(40):
    scene.addRect(i % 5 * 210, i // 5 * 110, 200, 100, brush=QColor("#eef3fb"))
    text = scene.addText(f"Card {i}: a line of text that wraps in its card")
    text.setTextWidth(190)
    text.setPos(i % 5 * 210 + 5, i // 5 * 110 + 5)
view = QGraphicsView(scene)
view.setViewport(QWidget())  # as the editor's view does: spares PySide's one-time search (see canvas/view.py)
view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
window.setCentralWidget(view)
form_host = QWidget()
form = QFormLayout(form_host)
form.addRow("Title", QLineEdit("A map"))
form.addRow("Goals", QPlainTextEdit("Goals"))
form.addRow("Description", QPlainTextEdit("Description"))
docks = []
for title, widget in (("Inspector", form_host), ("History", QListWidget())):
    dock = QDockWidget(title, window)
    dock.setWidget(widget)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    docks.append(dock)
window.tabifyDockWidget(*docks)
docks[0].raise_()
window.statusBar().showMessage("Ready")
window.resize(1440, 900)
view.viewport().installEventFilter(probe)
window.show()
app.exec()
"""
)


PAINT_CPU: list[float] = []  # CPU seconds each run reported with its ``until`` line, when it did


def timed_run(args: list[str], env: dict[str, str], until: str | None = None, cwd: Path = ROOT) -> float:
    """Seconds from starting the process to its end (or to the line ``until`` on its output)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd
    )
    if until is not None:
        assert process.stdout is not None
        for line in process.stdout:
            word, *rest = line.split() or [""]
            if word == until:
                elapsed = time.perf_counter() - start
                if rest:
                    PAINT_CPU.append(float(rest[0]))
                process.wait(timeout=60)
                return elapsed
    _out, err = process.communicate(timeout=300)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])} failed:\n{err}")
    return time.perf_counter() - start


def median_of(repeat: int, args: list[str], env: dict[str, str], until: str | None = None) -> float:
    timed_run(args, env, until)  # warm the file cache: every run then starts equally "cold"
    return statistics.median(timed_run(args, env, until) for _ in range(repeat))


def cpu_timed_run(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """(wall, CPU) seconds of a whole run; CPU is user + sys of the process and the children it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed_run(args, env, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def interleaved(
    repeat: int, commands: list[list[str]], env: dict[str, str], folders: list[Path] | None = None
) -> list[tuple[float, float]]:
    """Median (wall, CPU) seconds of each command (run in its folder), in turn ``repeat`` times after a warm-up each."""
    return [
        (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for times in interleaved_runs(repeat, commands, env, folders)
    ]


def interleaved_runs(
    repeat: int, commands: list[list[str]], env: dict[str, str], folders: list[Path] | None = None
) -> list[list[tuple[float, float]]]:
    """Each command's (wall, CPU) seconds per round: run in turn ``repeat`` times after a warm-up each."""
    folders = folders or [ROOT] * len(commands)
    for args, cwd in zip(commands, folders, strict=True):
        timed_run(args, env, cwd=cwd)  # warm the file cache (and write the bytecode)
    runs: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(repeat):
        for args, times, cwd in zip(commands, runs, folders, strict=True):
            times.append(cpu_timed_run(args, env, cwd))
    return runs


def per_round(ours: list[tuple[float, float]], bare: list[tuple[float, float]], target: float) -> str:
    """Ours against the bare read of the same round (seconds apart, not minutes): the machine's drift
    between rounds, which moves both, cancels out of each round's ratio."""
    ratios = sorted(a[0] / b[0] for a, b in zip(ours, bare, strict=True))
    met = sum(r <= target for r in ratios)
    return (
        f"median {statistics.median(ratios):.2f} x, range {ratios[0]:.2f}-{ratios[-1]:.2f} x, "
        f"<= {target} x in {met} of {len(ratios)} rounds"
    )


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
    parser.add_argument("--only-start", action="store_true", help="time only the editor's cold start")
    parser.add_argument("--only-import", action="store_true", help="time only import-metrics")
    parser.add_argument(
        "--floors",
        action="store_true",
        help="import-metrics: also time the bare read plus the scan, plus pickling the rows, in a child, "
        "and our read and import in one process",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="a copy of older code (e.g. `git archive main | tar -x -C DIR`) to time too (both parts)",
    )
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if not args.only_start:
        import_metrics(args)
    if not args.only_import:
        start_to_paint(args)
    return 0


def import_metrics(args: argparse.Namespace) -> None:
    """Part 1: the import-metrics command against a bare calamine read."""
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
        commands = [
            [*command, "--force"],
            [python, "-c", CALAMINE_READ, str(book)],
            [python, "-c", GUARDED_READ, str(book)],
        ]
        folders = [ROOT] * len(commands)
        if args.baseline is not None:  # python main.py there imports its own cjm_desktop (sys.path[0])
            commands.append([*command, "--force"])
            folders.append(args.baseline.resolve())
        floors = {
            "calamine read, extent scan first": SCAN_THEN_READ,
            "calamine read, rows pickled+back": READ_AND_PICKLE,
            "calamine read in a child process": READ_IN_CHILD,
            "our read+import, 1 process, serial": READ_AND_IMPORT,
        }
        if args.floors:
            commands += [[python, "-c", code, str(book)] for code in floors.values()]
            folders += [ROOT] * len(floors)
        runs = interleaved_runs(args.repeat, commands, env, folders)
        timings = [(statistics.median(t[0] for t in r), statistics.median(t[1] for t in r)) for r in runs]
        (ours, ours_cpu), (bare, bare_cpu), (read, read_cpu) = timings[:3]
    print(f"\nimport-metrics, {args.rows:,} rows, whole process (median of {args.repeat}, alternating)")
    print("                                     wall        CPU")
    print(f"  cjm-desktop import-metrics     {ours * 1000:8.0f} ms {ours_cpu * 1000:7.0f} ms")
    print(f"  bare python-calamine read      {bare * 1000:8.0f} ms {bare_cpu * 1000:7.0f} ms   (baseline)")
    print(
        f"  ratio                          {ours / bare:8.2f} x  {ours_cpu / bare_cpu:7.2f} x    target <= 1.3 x"
    )
    print(f"  per round, wall                {per_round(runs[0], runs[1], 1.3)}")
    if args.baseline is not None:
        baseline = -1 - len(floors) * args.floors
        old, old_cpu = timings[baseline]
        print(
            f"  --baseline import-metrics      {old * 1000:8.0f} ms {old_cpu * 1000:7.0f} ms   {args.baseline}"
        )
        print(f"  ratio, --baseline code         {old / bare:8.2f} x  {old_cpu / bare_cpu:7.2f} x")
        print(f"  per round, --baseline code     {per_round(runs[baseline], runs[1], 1.3)}")
    print(f"  (a process doing only the guarded read: {read * 1000:.0f} ms, CPU {read_cpu * 1000:.0f} ms)")
    if args.floors:
        for label, (wall, cpu) in zip(floors, timings[-len(floors) :], strict=True):
            print(
                f"  {label:<34} {wall * 1000:4.0f} ms {cpu * 1000:7.0f} ms   (+{(wall - bare) * 1000:.0f} ms)"
            )
    print(f"  (load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())})")


def start_to_paint(args: argparse.Namespace) -> None:
    """Part 2: the editor's cold start to a painted map against a bare QMainWindow."""
    python = sys.executable
    env, xvfb, where = display_env()
    probes = {
        "editor": [python, "-c", EDITOR],
        "skeleton": [python, "-c", SKELETON],
        "bare": [python, "-c", BARE],
    }
    # A baseline checkout runs from its own folder, first on sys.path (python -c puts the current
    # folder there), so its cjm_desktop is the one imported.
    folders = {name: ROOT for name in probes}
    if args.baseline is not None:
        probes["baseline"] = [python, "-c", EDITOR]
        folders["baseline"] = args.baseline.resolve()
    walls: dict[str, list[float]] = {name: [] for name in probes}
    cpus: dict[str, list[float]] = {name: [] for name in probes}
    to_paint: dict[str, list[float]] = {name: [] for name in probes}
    try:
        for name, command in probes.items():
            timed_run(command, env, "painted", folders[name])  # warm the file cache, write the bytecode
        for _ in range(args.repeat):
            # Take turns, so a burst of load on this shared machine hits every probe alike.
            for name, command in probes.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                walls[name].append(timed_run(command, env, "painted", folders[name]))
                to_paint[name].append(PAINT_CPU[-1])
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\ncold start to a painted window, {where} (median of {args.repeat}; load average {load})")
    print("                                 wall to paint       CPU to paint        process CPU")
    print("                                 (median, min)       (median, min)       (whole run, median)")
    for name, label, note in (
        ("editor", "editor with the sample map", "target <= 500 ms"),
        ("baseline", "editor, --baseline code", str(args.baseline)),
        ("skeleton", "Qt skeleton, no app code", "(view, 40 cards, docks, menus)"),
        ("bare", "bare QMainWindow", "(baseline)"),
    ):
        if name not in walls:
            continue
        wall = statistics.median(walls[name]) * 1000
        fastest = min(walls[name]) * 1000  # the run least slowed by other processes
        cpu = statistics.median(cpus[name]) * 1000
        paint_cpu = statistics.median(to_paint[name]) * 1000
        least = min(to_paint[name]) * 1000
        print(
            f"  {label:<30} {wall:6.0f} ms {fastest:6.0f} ms  {paint_cpu:6.0f} ms {least:6.0f} ms  "
            f"{cpu:8.0f} ms   {note}"
        )


if __name__ == "__main__":
    sys.exit(main())
