"""What each side of a guarded read loads: the editor's side waits and unpickles, the reader reads."""

from __future__ import annotations

import json
import subprocess
import sys

from cjm_desktop.io.sheets import sheet_suffixes, spreadsheet_reader, spreadsheet_text


def _modules_after(code: str, names: list[str]) -> list[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps([m for m in {names!r} if m in sys.modules]))\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout.splitlines()[-1]))


def test_the_reader_spells_the_text_suffixes_of_the_text_reader() -> None:
    """spreadsheet_reader names them itself (so it need not load the text reader): they must agree."""
    assert spreadsheet_reader.TEXT_SUFFIXES == spreadsheet_text.TEXT_SUFFIXES


def test_the_dialogs_name_the_suffixes_the_reader_reads() -> None:
    """sheet_suffixes spells them for the dialogs' file filters without loading the reader."""
    assert sheet_suffixes.TEXT_SUFFIXES == spreadsheet_reader.TEXT_SUFFIXES
    assert sheet_suffixes.WORKBOOK_SUFFIXES == spreadsheet_reader.WORKBOOK_SUFFIXES


def test_starting_a_guarded_read_loads_no_reader_in_the_editor() -> None:
    """The editor's side starts the child and unpickles: it never loads the parsers itself."""
    heavy = ["python_calamine", "cjm_desktop.io.sheets.spreadsheet_reader", "charset_normalizer"]
    assert _modules_after("import cjm_desktop.io.sheets.guarded_read", heavy) == []


def test_reading_a_workbook_loads_no_text_reader(tmp_path) -> None:
    """A workbook read does not wait for the text reader's encoding detection (charset_normalizer)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Stage", "Sessions"])
    book.active.append(["Awareness", 10])
    path = tmp_path / "data.xlsx"
    book.save(path)
    code = (
        "from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet\n"
        f"assert read_sheet({str(path)!r}).rows == [['Stage', 'Sessions'], ['Awareness', 10]]"
    )
    assert _modules_after(code, ["charset_normalizer", "cjm_desktop.io.sheets.spreadsheet_text"]) == []


def test_the_metric_importer_loads_no_reader_and_no_encoding_detection() -> None:
    """It combines rows the reader process sent: it names Table from its light module, and its cell
    parsing comes from the text reader without charset_normalizer (loaded only to detect one)."""
    code = "import cjm_desktop.io.metrics.metrics_import, cjm_desktop.io.metrics.import_summary"
    heavy = ["charset_normalizer", "python_calamine", "cjm_desktop.io.sheets.spreadsheet_reader"]
    assert _modules_after(code, heavy) == []


def test_a_read_gives_the_sheet_names_from_the_same_opening(tmp_path) -> None:
    """The reader process asks read_sheet for the names instead of opening the workbook twice."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Visits"
    book.create_sheet("Notes")
    book.save(tmp_path / "two.xlsx")
    (tmp_path / "one.csv").write_text("Stage,Visits\nAwareness,3\n", encoding="utf-8")
    for name, expected in (("two.xlsx", ["Visits", "Notes"]), ("one.csv", ["one"])):
        names: list[str] = []
        spreadsheet_reader.read_sheet(tmp_path / name, names=names)
        assert names == expected == spreadsheet_reader.sheet_names(tmp_path / name)
