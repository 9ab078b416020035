"""Every spreadsheet is read in a capped child process: hostile files are refused, runaway readers stopped."""

from __future__ import annotations

import io
import os
import pickle
import sys
from pathlib import Path

import pytest

from cjm_desktop.io.sheets import guarded_read
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
