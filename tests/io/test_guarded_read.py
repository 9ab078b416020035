"""Every spreadsheet is read in a capped child process: hostile files are refused, runaway readers stopped."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.io.sheets import guarded_read, reader_start
from cjm_desktop.io.sheets.guarded_read import read_guarded
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from tests.data import make_hostile_spreadsheets as hostile

DATA = hostile.HERE
TEST_MEMORY_CAP = 600 * 1024**2  # the reader needs ~100 MB for a small file; memory-hog needs ~2.3 GB


def test_the_test_files_are_exactly_what_the_script_writes(tmp_path: Path) -> None:
    for written in hostile.write_all(tmp_path):
        assert written.read_bytes() == (DATA / written.name).read_bytes(), written.name


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS is POSIX only")
@pytest.mark.parametrize("name", list(hostile.HOSTILE))
def test_each_hostile_file_is_refused_with_its_reason(name: str) -> None:
    kind, _attack = hostile.HOSTILE[name]
    with pytest.raises(SpreadsheetError) as caught:
        read_guarded(DATA / name, memory_cap=TEST_MEMORY_CAP)
    assert caught.value.kind == kind and caught.value.path == DATA / name
    assert name in str(caught.value)  # the message names the file
    if kind == "reader_limit":  # past every byte-level guard: the child's memory cap stopped it
        assert "0.6 GB of memory" in caught.value.problem and "map is unchanged" in caught.value.problem


def test_a_reader_over_its_time_is_stopped() -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read_guarded(DATA / "memory-hog.ods", time_cap=0.3)
    assert caught.value.kind == "reader_limit" and "longer than 0.3 s" in caught.value.problem


def test_a_reader_that_dies_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        guarded_read, "child_command", lambda: [sys.executable, "-c", "import os; os.abort()"]
    )
    with pytest.raises(SpreadsheetError) as caught:
        read_guarded(DATA / hostile.HEALTHY)
    assert caught.value.kind == "reader_limit" and "stopped unexpectedly" in caught.value.problem


def test_a_healthy_xlsb_reads_through_the_guard() -> None:
    seen: list[float] = []
    names, table = read_guarded(DATA / hostile.HEALTHY, progress=seen.append)
    assert names == ["Data"] and table.sheet == "Data"
    assert table.rows == [["Stage", "Visits"], ["Awareness", 1200.0], ["Purchase", 80.5]]
    assert seen and seen[-1] == 1.0


def test_cancelling_stops_the_reader() -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read_guarded(DATA / "memory-hog.ods", cancelled=lambda: True)
    assert caught.value.kind == "cancelled"


def test_the_answer_may_name_only_the_types_a_read_produces() -> None:
    evil = pickle.dumps(os.system)
    with pytest.raises(pickle.UnpicklingError):
        guarded_read._ResultUnpickler(io.BytesIO(evil)).load()


def test_a_frozen_build_starts_the_reader_through_its_own_executable(monkeypatch, tmp_path) -> None:
    """PyInstaller bundles have no `python -m`: the executable itself takes the reader's flag."""
    from cjm_desktop.io.sheets import guarded_read
    from cjm_desktop.io.sheets.sheet_child import FROZEN_FLAG

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert guarded_read.child_command() == [sys.executable, FROZEN_FLAG]
    # main.py stands in for the bundle's executable: the flag reaches the same reader, end to end.
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    monkeypatch.setattr(guarded_read, "child_command", lambda: [sys.executable, str(main_py), FROZEN_FLAG])
    data = tmp_path / "tiny.csv"
    data.write_text("Stage;Visits\nAwareness;12\n", encoding="utf-8")
    _names, table = guarded_read.read_guarded(data)
    assert [list(map(str, row)) for row in table.rows][-1][:2] == ["Awareness", "12"]


# ---- the parse under the memory cap, without the extent scan first (overlap) ---------------------
def _sheet(cells: str) -> str:
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return f'<worksheet xmlns="{main}"><sheetData>{cells}</sheetData></worksheet>'


def _dies_once_after_overlapping(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The first child says it parses without the scan, then dies; later children are real readers."""
    real = guarded_read.child_command
    dying = "import os, sys; sys.stdin.readline(); sys.stdout.write('O\\n'); sys.stdout.flush(); os.abort()"
    started: list[list[str]] = []

    def command() -> list[str]:
        started.append([sys.executable, "-c", dying] if not started else real())
        return started[-1]

    monkeypatch.setattr(guarded_read, "child_command", command)
    return started


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS is POSIX only")
def test_a_bomb_whose_parse_dies_before_the_scan_refuses_gets_the_scans_message(
    monkeypatch, tmp_path
) -> None:
    """The unscanned parse hits the memory cap: the read is repeated scan-first."""
    started = _dies_once_after_overlapping(monkeypatch)
    with pytest.raises(SpreadsheetError) as caught:
        read_guarded(DATA / "grid-bomb.xlsx", memory_cap=TEST_MEMORY_CAP)
    assert caught.value.kind == "too_large" and "16,384" in caught.value.problem
    assert len(started) == 2


def test_a_healthy_sheet_whose_overlapped_read_dies_is_read_again(monkeypatch, tmp_path) -> None:
    started = _dies_once_after_overlapping(monkeypatch)
    path = tmp_path / "small.xlsx"
    hostile.write_xlsx(path, _sheet('<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>8.5</v></c></row>'))
    _names, table = read_guarded(path)
    assert table.rows == [[7.0, 8.5]] and len(started) == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS is POSIX only")
def test_a_sheet_over_the_cell_cap_is_refused_with_or_without_the_scan(tmp_path) -> None:
    """10,400,000 cells: over the cell cap, yet small enough for calamine to parse within 2 GB
    (unscanned, the parsed sheet's own size refuses it)."""
    path = tmp_path / "just-over.xlsx"
    hostile.write_xlsx(
        path,
        _sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="400000"><c r="Z400000"><v>2</v></c></row>'),
    )
    for overlap in (True, False):
        with pytest.raises(SpreadsheetError) as caught:
            guarded_read.GuardedRead(path, overlap=overlap).result()
        assert caught.value.kind == "too_large" and "400,000 rows x 26 columns" in caught.value.problem


@pytest.mark.parametrize("overlap", [True, False])
def test_a_sheet_reads_the_same_with_and_without_overlap(tmp_path, overlap: bool) -> None:
    path = tmp_path / "dates.xlsx"
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>S{r}</t></is></c><c r="B{r}"><v>{r}.25</v></c></row>'
        for r in range(1, 2001)
    )
    hostile.write_xlsx(path, _sheet(cells))
    names, table = guarded_read.GuardedRead(path, overlap=overlap).result()
    assert names == ["Data"] and len(table.rows) == 2000
    assert table.rows[0] == ["S1", 1.25] and table.rows[-1] == ["S2000", 2000.25]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS is POSIX only")
def test_a_real_grid_bomb_parsed_unscanned_under_the_cap_gets_the_scans_message() -> None:
    """No stand-in child: calamine's own allocation fails under the cap, and the careful read words it."""
    for overlap in (None, True):
        with pytest.raises(SpreadsheetError) as caught:
            guarded_read.GuardedRead(DATA / "grid-bomb.xlsx", overlap=overlap).result()
        assert caught.value.kind == "too_large" and "16,384" in caught.value.problem


def test_an_unscanned_parse_skips_the_extent_scan(monkeypatch, tmp_path) -> None:
    """Under the cap the scan's CPU (about half the parse's) is not spent; without it, it is."""
    from cjm_desktop.io.sheets import spreadsheet_guard, spreadsheet_reader

    scanned: list[str] = []
    real_scan = spreadsheet_guard.check_xlsx_sheet_extent
    monkeypatch.setattr(
        spreadsheet_guard,
        "check_xlsx_sheet_extent",
        lambda path, archive, part: (scanned.append(part), real_scan(path, archive, part)),
    )
    path = tmp_path / "small.xlsx"
    hostile.write_xlsx(path, _sheet('<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>8.5</v></c></row>'))
    started: list[bool] = []
    table = spreadsheet_reader.read_sheet(path, parse_unscanned=lambda: started.append(True))
    assert table.rows == [[7.0, 8.5]] and started == [True] and scanned == []
    assert spreadsheet_reader.read_sheet(path).rows == [[7.0, 8.5]] and len(scanned) == 1


def test_a_read_that_dies_without_overlapping_is_not_repeated(monkeypatch) -> None:
    started: list[int] = []

    def command() -> list[str]:
        started.append(1)
        return [sys.executable, "-c", "import os; os.abort()"]

    monkeypatch.setattr(guarded_read, "child_command", command)
    with pytest.raises(SpreadsheetError) as caught:
        read_guarded(DATA / hostile.HEALTHY)
    assert caught.value.kind == "reader_limit" and len(started) == 1


# ---- a reader started before its request (import-metrics starts it first thing) -------------------
def test_a_prestarted_reader_is_the_one_that_reads(monkeypatch) -> None:
    monkeypatch.setattr(reader_start, "_spare", None)
    reader_start.prestart()
    assert reader_start._spare is not None
    spare = reader_start._spare.process
    reading = guarded_read.GuardedRead(DATA / hostile.HEALTHY)
    assert reading.child is spare and reader_start._spare is None
    names, table = reading.result()
    assert names == ["Data"] and table.rows[-1] == ["Purchase", 80.5]


def test_a_prestarted_reader_of_another_command_is_ended_not_used(monkeypatch) -> None:
    monkeypatch.setattr(reader_start, "_spare", None)
    reader_start.prestart()
    assert reader_start._spare is not None
    spare = reader_start._spare.process
    monkeypatch.setattr(
        guarded_read, "child_command", lambda: [sys.executable, "-c", "import os; os.abort()"]
    )
    with pytest.raises(SpreadsheetError) as caught:
        read_guarded(DATA / hostile.HEALTHY)
    assert caught.value.kind == "reader_limit" and spare.poll() is not None


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS and select on pipes are POSIX only")
def test_a_reader_told_where_parses_before_the_rest_of_the_request(monkeypatch, tmp_path) -> None:
    """begin_read's first line is enough to start the parse; the GuardedRead then sends only the rest."""
    import select

    path = tmp_path / "small.xlsx"
    hostile.write_xlsx(path, _sheet('<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>8.5</v></c></row>'))
    monkeypatch.setattr(reader_start, "_spare", None)
    reader_start.prestart()
    reader_start.begin_read(path)
    spare = reader_start._spare
    assert spare is not None and spare.where is not None and spare.process.stdout is not None
    seen: list[bytes] = []
    while b"O\n" not in seen:  # the parse started, though the request's second line was never sent
        ready, _, _ = select.select([spare.process.stdout], [], [], 60)
        assert ready, f"no parse started; the reader said {seen}"
        seen.append(spare.process.stdout.readline())
        assert seen[-1], f"the reader ended; it said {seen}"
    reading = guarded_read.GuardedRead(path)
    assert reading.child is spare.process and reader_start._spare is None
    names, table = reading.result()
    assert names == ["Data"] and table.rows == [[7.0, 8.5]]


def test_a_reader_told_another_read_is_ended_not_used(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(reader_start, "_spare", None)
    reader_start.prestart()
    other = tmp_path / "other.xlsx"
    hostile.write_xlsx(other, _sheet('<row r="1"><c r="A1"><v>7</v></c></row>'))
    reader_start.begin_read(other)
    spare = reader_start._spare
    assert spare is not None
    reading = guarded_read.GuardedRead(DATA / hostile.HEALTHY)
    assert reading.child is not spare.process
    names, table = reading.result()
    assert names == ["Data"] and table.rows[-1] == ["Purchase", 80.5]
    assert spare.process.poll() is not None


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="a fork needs Linux's thread list")
@pytest.mark.parametrize(
    "first, kind",
    [
        ("", "ForkedReader"),
        ("import PySide6.QtCore\n", "Popen"),
        ("import threading\nthreading.Thread(target=threading.Event().wait, daemon=True).start()\n", "Popen"),
    ],
)
def test_a_command_forks_its_reader_only_while_it_is_one_thread(tmp_path, first: str, kind: str) -> None:
    """At a command's start (one thread, no Qt) the reader is forked, not a new interpreter, and reads
    the same; with Qt loaded or a second thread (a fork's copy of its locks could hang) it is spawned."""
    path = tmp_path / "small.xlsx"
    hostile.write_xlsx(path, _sheet('<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>8.5</v></c></row>'))
    code = (
        first + "from cjm_desktop.io.sheets import guarded_read, reader_start\n"
        "reader_start.prestart()\n"
        "print(type(reader_start._spare.process).__name__)\n"
        f"reader_start.begin_read({str(path)!r})\n"
        f"reading = guarded_read.GuardedRead({str(path)!r})\n"
        "names, table = reading.result()\n"
        "print(names, table.rows, reading.child.returncode in (0, -9))\n"
    )
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-c", code], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    made, result = done.stdout.splitlines()
    assert made == kind
    assert result == "['Data'] [[7.0, 8.5]] True"  # read, and ended (by itself or when the read ended it)
    assert "ResourceWarning" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_reader_that_dies_is_reported_as_a_spawned_one_is(tmp_path) -> None:
    """The death of a forked reader (here: killed as it starts to read) gives the same clear message."""
    code = (
        "import os, signal\n"
        "from cjm_desktop.io.sheets import guarded_read, reader_start\n"
        "reader_start.prestart()\n"
        "os.kill(reader_start._spare.process.pid, signal.SIGKILL)\n"
        "reader_start._spare.process.wait()\n"
        "try:\n"
        f"    guarded_read.GuardedRead({str(DATA / hostile.HEALTHY)!r}).result()\n"
        "except Exception as error:\n"
        "    print(type(error).__name__, error.kind)\n"
        "else:\n"
        "    print('read')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "read"  # a dead spare is not taken: a new reader reads


def test_a_prestarted_reader_nobody_asks_ends_quietly(monkeypatch) -> None:
    monkeypatch.setattr(reader_start, "_spare", None)
    reader_start.prestart()
    assert reader_start._spare is not None
    spare = reader_start._spare.process
    monkeypatch.setattr(reader_start, "_spare", None)
    _out, err = spare.communicate(b"", timeout=60)  # our stdin closes, as when the editor ends
    assert spare.returncode == 0 and err == b""


def test_a_command_that_ends_early_leaves_no_reader_and_no_warning(tmp_path) -> None:
    """--help exits before any read: the prestarted reader is ended cleanly (no ResourceWarning)."""
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run(
        [sys.executable, "-X", "dev", str(main_py), "import-metrics", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "import-metrics" in done.stdout
    assert "ResourceWarning" not in done.stderr and "still running" not in done.stderr


@pytest.mark.parametrize("capped", [True, False])
def test_a_parse_that_finds_no_memory_under_the_cap_is_answered_as_the_cap(monkeypatch, capped: bool) -> None:
    """calamine (Rust, through pyo3) reports a failed allocation as "PyObject pointer is null", which
    the reader words as a damaged file; under the child's memory cap it is the cap, so the user gets
    the memory message (and an unscanned parse is read again scan-first), not "damaged"."""
    import gc
    import json
    from types import SimpleNamespace

    from cjm_desktop.io.sheets import sheet_child, spreadsheet_reader, workbook_open

    def out_of_memory(opened, *_args, **_kwargs):
        cause = SystemError("PyObject pointer is null")
        raise workbook_open.translate(opened.path, cause) from cause

    monkeypatch.setattr(spreadsheet_reader, "finish_sheet", out_of_memory)
    monkeypatch.setattr(sheet_child, "_cap_memory", lambda _cap: capped)
    where = {"path": str(DATA / hostile.HEALTHY), "memory_cap": 2**31, "overlap": False}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(where) + "\n{}\n"))
    answer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", SimpleNamespace(buffer=answer))
    try:
        assert sheet_child.main() == 0
    finally:
        gc.enable()  # the child turns the collector off for its one read
    head, payload = answer.getvalue().split(b"\n")[-2:]  # after the progress lines
    assert head.startswith(b"E ")
    kind = json.loads(payload)["kind"]
    assert kind == ("reader_limit" if capped else "damaged")
