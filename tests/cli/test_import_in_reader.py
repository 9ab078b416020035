"""import-metrics imports in its reader process: only the outcome comes back, with the read's safety."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from cjm_desktop.cli import IMPORT_CHILD, import_child
from cjm_desktop.cli.commands import run_command
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.sheets import guarded_read, reader_start
from cjm_desktop.io.sheets.guarded_read import read_guarded
from cjm_desktop.io.sheets.sheet_child import FROZEN_FLAG
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.paths import sample_map_path
from tests.data import make_hostile_spreadsheets as hostile

REPO = Path(__file__).resolve().parents[2]


def write_sheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Date", "Stage", "Sessions", "Bounce rate"])
    for day in range(1, 11):
        for stage in ("Awareness", "Consideration", "Purchase"):
            book.active.append([date(2024, 3, day), stage, 100 * day, 0.25])
    book.save(path)
    return path


def test_the_import_is_applied_as_the_reader_computed_it(tmp_path: Path) -> None:
    data, out = write_sheet(tmp_path / "data.xlsx"), tmp_path / "out.cjm"
    assert run_command(["import-metrics", str(sample_map_path()), str(data), "-o", str(out)]) == 0
    journey = load_map(out)
    sessions = next(m for m in journey.metrics if m.name == "Sessions")
    purchase = next(
        v for v in journey.metric_values if v.metric_id == sessions.id and v.stage_id.endswith("purchase")
    )
    assert purchase.value == 5500 and len(purchase.series) == 10  # summed per stage, one point a day


BYTE_LEVEL = [name for name, (kind, _attack) in hostile.HOSTILE.items() if kind != "reader_limit"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS is POSIX only")
@pytest.mark.parametrize("name", BYTE_LEVEL)
def test_a_hostile_file_gets_the_readers_own_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """The scan's verdict comes first in the importing reader too: the same message as a plain read."""
    path = hostile.HERE / name
    with pytest.raises(SpreadsheetError) as refused:
        read_guarded(path)
    out = tmp_path / "out.cjm"
    assert run_command(["import-metrics", str(sample_map_path()), str(path), "-o", str(out)]) == 1
    printed, err = capsys.readouterr()
    assert printed == "" and err == f"{path}: {refused.value.problem}\n"
    assert not out.exists()


def test_a_frozen_build_starts_the_importing_reader_through_its_own_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """PyInstaller bundles have no `python -m`: the executable takes the reader's flag and module."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert guarded_read.child_command(IMPORT_CHILD) == [sys.executable, FROZEN_FLAG, IMPORT_CHILD]
    monkeypatch.delattr(sys, "frozen")
    # main.py stands in for the bundle's executable: the flag reaches the importing reader, end to end.
    started: list[list[str]] = []

    def command(module: str | None = None) -> list[str]:
        started.append([sys.executable, str(REPO / "main.py"), FROZEN_FLAG, *([module] if module else [])])
        return started[-1]

    monkeypatch.setattr(guarded_read, "child_command", command)
    data, out = write_sheet(tmp_path / "data.xlsx"), tmp_path / "out.cjm"
    assert run_command(["import-metrics", str(sample_map_path()), str(data), "-o", str(out)]) == 0
    assert started == [[sys.executable, str(REPO / "main.py"), FROZEN_FLAG, IMPORT_CHILD]]
    assert "2 metrics (Sessions, Bounce rate)" in capsys.readouterr().out and out.is_file()


def test_a_bug_in_the_import_is_reported_as_one_not_as_a_damaged_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    job = import_child.ImportJob()
    job.prepare({"lang": "en"})  # no map, no options: the import fails as a bug would
    answer = json.loads(job.answer(["Data"], Table(tmp_path / "d.xlsx", "Data", [["Stage"], ["Awareness"]])))
    assert set(answer) == {"crash"} and "KeyError" in answer["crash"]

    def crashed(self: guarded_read.GuardedRead) -> dict[str, str]:
        self.close()  # as the real answer() does once the child has answered
        return answer

    monkeypatch.setattr(guarded_read.GuardedRead, "answer", crashed)
    data = write_sheet(tmp_path / "data.xlsx")
    with pytest.raises(RuntimeError, match="KeyError"):
        run_command(["import-metrics", str(sample_map_path()), str(data), "--dry-run"])


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_the_command_reads_with_the_reader_it_started_and_told_where(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str
) -> None:
    """import-metrics prestarts its reader and tells it where before loading the map: the read then
    takes that reader (one process, the parse begun early), not a new one."""
    spawned: list[list[str]] = []
    real_spawn = reader_start.spawn

    def spawn(command: list[str]):
        spawned.append(command)
        return real_spawn(command)

    for module in (reader_start, guarded_read):  # the prestart's spawn, and a GuardedRead's own
        monkeypatch.setattr(module, "spawn", spawn)
    monkeypatch.setattr(reader_start, "_spare", None)
    reader_start.prestart(IMPORT_CHILD)  # as app.main does for the command
    data, out = write_sheet(tmp_path / "data.xlsx"), tmp_path / "out.cjm"
    told: list[bytes | None] = []
    real_take = reader_start.take_spare

    def take(command: list[str], where: bytes):
        told.append(reader_start._spare.where if reader_start._spare else None)
        return real_take(command, where)

    monkeypatch.setattr(guarded_read, "take_spare", take)
    try:
        assert run_command(["import-metrics", str(sample_map_path()), str(data), "-o", str(out)], lang) == 0
    finally:
        from cjm_desktop import language

        language.install_language("en")  # the next tests expect English messages
    assert spawned == [guarded_read.child_command(IMPORT_CHILD)] and told[0] is not None
    assert {"Sessions", "Bounce rate"} <= {metric.name for metric in load_map(out).metrics}


def test_a_plain_read_refuses_a_jobs_answer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only a reader given a job answers with JSON; anything else on the pipe is malformed."""
    lying = "import sys; sys.stdin.readline(); sys.stdout.write('J 2\\n{}'); sys.stdout.flush()"
    monkeypatch.setattr(guarded_read, "child_command", lambda: [sys.executable, "-c", lying])
    data = write_sheet(tmp_path / "data.xlsx")
    with pytest.raises(Exception, match="a job's answer to a plain read"):
        read_guarded(data)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS is POSIX only")
def test_an_unscanned_read_that_dies_is_repeated_scan_first_with_its_job(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The importing reader gets the plain reader's careful re-read: a bomb gets the scan's message."""
    real = guarded_read.child_command
    dying = "import os, sys; sys.stdin.readline(); sys.stdout.write('O\\n'); sys.stdout.flush(); os.abort()"
    started: list[list[str]] = []

    def command(module: str | None = None) -> list[str]:
        started.append([sys.executable, "-c", dying] if not started else real(module))
        return started[-1]

    monkeypatch.setattr(guarded_read, "child_command", command)
    path = hostile.HERE / "grid-bomb.xlsx"
    assert run_command(["import-metrics", str(sample_map_path()), str(path), "--dry-run"]) == 1
    assert "16,384" in capsys.readouterr().err
    assert len(started) == 2 and started[1] == real(IMPORT_CHILD)


@pytest.mark.skipif(not Path("/proc/self/statm").is_file(), reason="address space measured on Linux")
def test_the_cap_grows_by_just_what_the_importer_takes() -> None:
    """The sheet gets the room a plain read gives it: the job's own address space is added to the cap."""
    code = (
        "import json\n"
        "def size(): return int(open('/proc/self/statm').read().split()[0]) * 4096\n"
        "import cjm_desktop.io.sheets.spreadsheet_reader\n"
        "from cjm_desktop.cli import import_child\n"
        "before = size()\n"
        "import_child.load_importer()\n"
        "importer = size() - before\n"
        "from cjm_desktop.cli.speak import speak\n"
        "before = size()\n"
        "speak('fi', draws=False)\n"
        "print(json.dumps([importer, size() - before]))\n"
    )
    env = {k: v for k, v in reader_start.child_env().items() if not k.startswith(("DISPLAY", "QT_QPA"))}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    importer, language = json.loads(result.stdout.splitlines()[-1])
    slack = 8 * 2**20  # the most extra room the sheet may get
    assert importer <= import_child.IMPORTER_ROOM <= importer + slack
    assert language <= import_child.LANGUAGE_ROOM <= language + slack


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_AS is POSIX only")
@pytest.mark.parametrize(
    "name", [n for n, (kind, _attack) in hostile.HOSTILE.items() if kind == "reader_limit"]
)
def test_a_file_past_every_guard_meets_the_same_memory_cap(name: str) -> None:
    """The importing reader stops a memory hog with the plain reader's message."""
    cap = 600 * 2**20
    job = {"lang": "en", "data": name, "map_name": "m.cjm", "map": {}, "options": {}}
    reading = guarded_read.GuardedRead(
        hostile.HERE / name, memory_cap=cap, job=guarded_read.ReaderJob(IMPORT_CHILD, job)
    )
    with pytest.raises(SpreadsheetError) as caught:
        reading.answer()
    assert caught.value.kind == "reader_limit" and "0.6 GB of memory" in caught.value.problem
