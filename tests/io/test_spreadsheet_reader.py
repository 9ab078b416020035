"""Reading spreadsheets: every corpus file reads or is refused clearly; hostile files are refused."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell import WriteOnlyCell

from cjm_desktop.io.sheets import spreadsheet_guard
from cjm_desktop.io.sheets.spreadsheet_errors import ImportCancelled, SpreadsheetError
from cjm_desktop.io.sheets.spreadsheet_reader import Table, read_sheet, sheet_names
from cjm_desktop.io.sheets.spreadsheet_text import detect_encoding, parse_text_cell, sniff_delimiter
from cjm_desktop.io.sheets.text_encoding import EncodingError

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "spreadsheets"
CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file()) if CORPUS.is_dir() else []
PLAIN_TYPES = (str, int, float, bool, date, datetime, time, timedelta, type(None))
REPO = Path(__file__).resolve().parents[2]

# Files of the corpus that must be refused, and why.
EXPECTED_REFUSALS = {
    "LICENSE-MIT.md": "not_spreadsheet",
    "issue252.xlsx": "damaged",  # a part's CRC does not match
    "issue_594_dos.ods": "too_large",  # 999,999,999 repeated rows x columns
    "pass_protected.ods": "password",
    "pass_protected.xlsx": "password",
}

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)


def minimal_xlsx(path: Path, sheet_data: str = "", sheet_xml: str | None = None) -> Path:
    """A hand-made .xlsx with one sheet 'Data', so tests control every byte of the worksheet."""
    xml = sheet_xml or (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    return path


def assert_refused(path: Path, kind: str, *words: str) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as caught:
        read_sheet(path)
    error = caught.value
    assert error.kind == kind, str(error)
    assert str(error).startswith(f"{path.name}: ")
    for word in words:
        assert word in str(error)
    return error


# ---- the corpus ---------------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS_FILES, reason=f"spreadsheet corpus not found at {CORPUS}")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_corpus_file_reads_or_is_refused_clearly(path: Path) -> None:
    try:
        names = sheet_names(path)
        tables = [read_sheet(path, name) for name in names]
    except SpreadsheetError as error:
        assert str(error).startswith(f"{path.name}: "), str(error)
        assert len(error.problem) > 20  # a sentence, not a code
        assert path.name in EXPECTED_REFUSALS, f"unexpected refusal: {error}"
        assert error.kind == EXPECTED_REFUSALS[path.name]
        return
    assert path.name not in EXPECTED_REFUSALS, "this file should have been refused"
    assert names
    for name, table in zip(names, tables, strict=True):
        assert isinstance(table, Table)
        assert table.sheet == name
        for row in table.rows:
            assert len(row) == table.width
            for value in row:
                assert isinstance(value, PLAIN_TYPES), (name, value)


@pytest.mark.skipif(not CORPUS_FILES, reason="spreadsheet corpus not found")
def test_corpus_dates_arrive_as_dates() -> None:
    table = read_sheet(CORPUS / "date.xlsx")
    assert any(isinstance(v, date) for row in table.rows for v in row)


@pytest.mark.skipif(not CORPUS_FILES, reason="spreadsheet corpus not found")
def test_styled_blank_cells_out_to_the_last_column_do_not_count_as_data() -> None:
    # Gnumeric styled empty cells up to XFD1048576; only the 2 x 11 cells with values are read.
    table = read_sheet(CORPUS / "issue_174.xlsx")
    assert (len(table.rows), table.width) == (2, 11)


# ---- hostile and broken files ----------------------------------------------------------------------


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    minimal_xlsx(path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet2.xml", "w") as member,
    ):
        block = b" " * (1 << 20)
        for _ in range(48):  # 48 MB of blanks that compress about a thousandfold
            member.write(block)
    assert path.stat().st_size < 1 << 20
    assert_refused(path, "unsafe", "zip bomb", "sheet2.xml")


def test_archive_expanding_past_the_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = minimal_xlsx(tmp_path / "big.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>')
    monkeypatch.setattr(spreadsheet_guard, "MAX_UNPACKED_BYTES", 1000)
    assert_refused(path, "too_large", "MB")


@pytest.mark.parametrize(
    "prolog",
    [
        "",
        "<!-- a comment first --> \n",
        "<?xml-stylesheet href='x'?>" + " " * 9000,
    ],
)
def test_xml_entity_bomb_is_refused(tmp_path: Path, prolog: str) -> None:
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    sheet = (
        f'<?xml version="1.0"?>{prolog}<!DOCTYPE lolz [<!ENTITY lol0 "lol">{laughs}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    path = minimal_xlsx(tmp_path / "laughs.xlsx", sheet_xml=sheet)
    assert_refused(path, "unsafe", "entities")
    with pytest.raises(SpreadsheetError):
        sheet_names(path)


def read_in_child(path: Path) -> str:
    """Read a hostile file in a child process capped at 2 GB, and return what it printed.

    Should a guard ever regress, a parser given a grid bomb allocates billions of cells and aborts
    its process: the child dies and the test fails, instead of the whole test run.
    """
    code = textwrap.dedent(f"""
        try:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        except (ImportError, ValueError, OSError):
            pass  # no address-space limits on this platform
        from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
        from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
        try:
            read_sheet({str(path)!r})
        except SpreadsheetError as error:
            print(error.kind, error)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_sparse_grid_bomb_is_refused_without_allocating_it(tmp_path: Path) -> None:
    # Two cells, A1 and XFD1048576: a parser would build a 17-billion-cell grid.
    path = minimal_xlsx(
        tmp_path / "sparse.xlsx",
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
    )
    printed = read_in_child(path)
    assert printed.startswith("too_large sparse.xlsx: ")
    assert "1,048,576 rows x 16,384 columns" in printed


@pytest.mark.parametrize(
    "cells",
    [
        # positions implied by order: 20,000 cells without references in the last row
        '<row r="1048576">' + "<c><v>1</v></c>" * 20_000 + "</row>",
        # unusual but legal attribute spelling hides the reference from simple scans
        "<row r=\"1\"><c r = 'A1'><v>1</v></c><c\tr='ZZ999999'><v>2</v></c></row>",
    ],
)
def test_grid_bombs_in_unusual_spellings_are_refused(tmp_path: Path, cells: str) -> None:
    path = minimal_xlsx(tmp_path / "odd.xlsx", cells)
    assert read_in_child(path).startswith("too_large odd.xlsx: ")


def test_unusual_spellings_of_small_sheets_still_read(tmp_path: Path) -> None:
    path = minimal_xlsx(
        tmp_path / "odd.xlsx",
        "<row><c><v>1</v></c><c><v>2</v></c></row><row r=\"3\"><c r = 'B3'><v>3</v></c></row>",
    )
    assert read_sheet(path).rows == [[1.0, 2.0], [None, None], [None, 3.0]]


def test_ods_repeat_bomb_is_refused(tmp_path: Path) -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
        'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:'
        'table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        "<office:spreadsheet>"
        '<table:table table:name="S"><table:table-row table:number-rows-repeated="90000">'
        '<table:table-cell table:number-columns-repeated="1000" office:value-type="float" '
        'office:value="1"/></table:table-row></table:table></office:spreadsheet></office:body>'
        "</office:document-content>"
    )
    path = tmp_path / "repeat.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    printed = read_in_child(path)
    assert printed.startswith("too_large repeat.ods: ") and "90,000 rows x 1,000 columns" in printed


def test_encrypted_office_file_is_refused_as_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    stream_name = "EncryptedPackage".encode("utf-16-le")  # as it stands in an OLE directory entry
    path.write_bytes(spreadsheet_guard.OLE_MAGIC + b"\0" * 500 + stream_name + b"\0" * 500)
    error = assert_refused(path, "password", "password-protected")
    assert "remove the password" in error.problem


def test_non_spreadsheet_renamed_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "holiday.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert_refused(path, "not_spreadsheet", "not really a .xlsx")


def test_zip_that_is_no_workbook_is_refused_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert_refused(path, "damaged", "damaged")


@pytest.mark.parametrize("name", ["empty.xlsx", "empty.csv", "empty.ods"])
def test_empty_file_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert_refused(path, "empty", "empty")


def test_other_file_types_and_missing_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04whatever")
    assert_refused(path, "not_spreadsheet", ".csv")
    assert_refused(tmp_path / "gone.xlsx", "missing", "does not exist")


def test_binary_data_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,b\n\x00\x01\x02")
    assert_refused(path, "not_spreadsheet", "binary")


def test_unknown_sheet_is_refused_with_the_sheets_listed(tmp_path: Path) -> None:
    path = minimal_xlsx(tmp_path / "one.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>')
    with pytest.raises(SpreadsheetError) as caught:
        read_sheet(path, "Nope")
    assert caught.value.kind == "missing"
    assert "'Data'" in str(caught.value)


# ---- CSV ------------------------------------------------------------------------------------------


def test_csv_with_semicolons_and_cp1252(tmp_path: Path) -> None:
    text = "Étape;Sessions;Taux de rebond;Chiffre\r\nDécouverte;1.200;12,5%;€ 3,50\r\nAchat;300;40%;€ 10\r\n"
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    table = read_sheet(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.rows == [
        ["Étape", "Sessions", "Taux de rebond", "Chiffre"],
        ["Découverte", 1200, 0.125, 3.5],
        ["Achat", 300, 0.4, 10],
    ]
    assert table.number_formats == [None, None, "0.0%", '"€"#,##0.00']


def test_utf8_bom_tab_separated_with_dates_and_durations(tmp_path: Path) -> None:
    path = tmp_path / "ga.tsv"
    path.write_bytes(
        "\ufeffDate\tStage\tTime on page\n2024-01-31\tAwareness\t0:03:25\n"
        "20240201\tPurchase\t1:00:00\n".encode()
    )
    table = read_sheet(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", "\t")
    assert table.rows[1] == [date(2024, 1, 31), "Awareness", timedelta(minutes=3, seconds=25)]
    assert table.rows[2][0] == 20240201  # a number here; the importer reads it as a date column
    assert table.number_formats[2] == "[h]:mm:ss"


def test_excel_sep_hint_line_sets_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=|\nStage|Visits\nAwareness|12\n", encoding="utf-8")
    assert read_sheet(path).rows == [["Stage", "Visits"], ["Awareness", 12]]


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1,234.5", False, (1234.5, None)),
        ("1.234,5", True, (1234.5, None)),
        ("-12.5%", False, (-0.125, "0.0%")),
        ("(1,000)", False, (-1000, None)),
        ("$9.99", False, (9.99, '"$"#,##0.00')),
        ("00123", False, ("00123", None)),
        ("n/a", False, ("n/a", None)),
        ("31.01.2024", False, (date(2024, 1, 31), None)),
        ("2024-02-30", False, ("2024-02-30", None)),
        ("2024-01-31 10:30", False, (datetime(2024, 1, 31, 10, 30), None)),
        ("  ", False, (None, None)),
    ],
)
def test_parse_text_cell(text: str, decimal_comma: bool, expected: tuple[object, str | None]) -> None:
    assert parse_text_cell(text, decimal_comma) == expected


def test_encoding_and_delimiter_detection() -> None:
    assert detect_encoding("ü".encode()) == "utf-8"
    assert detect_encoding("ü€".encode("cp1252")) == "cp1252"
    with pytest.raises(EncodingError):
        detect_encoding(b"\x81\x8d")  # undefined in every code page this importer reads: not text
    assert detect_encoding("a".encode("utf-16")) == "utf-16"
    assert sniff_delimiter("a;b;c\n1,5;2,5;3\n4;5;6\n") == ";"
    assert sniff_delimiter('a,b\n"x,y",2\n') == ","


# ---- workbooks --------------------------------------------------------------------------------------


def write_workbook(path: Path, rows: list[list[object]], formats: dict[int, str] | None = None) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    for row in rows:
        cells = []
        for column, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value)
            if formats and column in formats and not isinstance(value, str):
                cell.number_format = formats[column]
            cells.append(cell)
        sheet.append(cells)
    book.save(path)
    return path


def test_number_formats_are_peeked_per_column(tmp_path: Path) -> None:
    rows = [["Stage", "Bounce rate", "Revenue", "Visits"]] + [["Awareness", 0.25, 10.0, 3]] * 3
    path = write_workbook(tmp_path / "f.xlsx", rows, {1: "0.0%", 2: '"€"#,##0.00'})
    table = read_sheet(path)
    assert table.number_formats == [None, "0.0%", '"€"#,##0.00', None]
    assert table.cell_formats[(1, 1)] == "0.0%"


def test_formulas_are_never_evaluated(tmp_path: Path) -> None:
    # openpyxl writes formulas without a cached result; evaluating them would give 3 and a link.
    path = write_workbook(tmp_path / "f.xlsx", [["a", "b", "c"], [1, "=1+2", "='[other.xlsx]Sheet1'!A1"]])
    assert read_sheet(path).rows[1] == [1.0, None, None]


def test_leading_blank_area_is_skipped_and_located(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "f.xlsx", [[], [], [None, "Stage", "Visits"], [None, "Awareness", 5]])
    table = read_sheet(path)
    assert (table.first_row, table.first_column) == (2, 1)
    assert table.rows == [["Stage", "Visits"], ["Awareness", 5.0]]
    assert table.column_letter(0) == "B"


def test_preview_progress_and_cancel(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "f.xlsx", [["n"]] + [[i] for i in range(100)])
    seen: list[float] = []
    preview = read_sheet(path, max_rows=10, progress=seen.append)
    assert len(preview.rows) == 10 and preview.truncated
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert not read_sheet(path).truncated
    with pytest.raises(ImportCancelled):
        read_sheet(path, cancelled=lambda: True)


def test_the_one_scan_for_big_references_sees_every_wide_or_tall_cell() -> None:
    """_BIG_REF spares a second scan of each sheet: it must match wherever _WIDE_CELL or _TALL_CELL does."""
    from cjm_desktop.io.sheets import spreadsheet_guard as guard

    tags = [
        b'<c r="A1" t="s"><v>1</v></c>',
        b'<c r="Z99999"><v>1</v></c>',
        b'<c r="AA1"><v>1</v></c>',
        b'<c r="XFD7" s="2">',
        b'<c r="B123456"><v>2</v></c>',
        b'<c r="ABC1048576">',
        b'<c r="A1000000"/>',
        b'<c r="AB12"/>',
    ]
    for tag in tags:
        big = bool(guard._WIDE_CELL.search(tag) or guard._TALL_CELL.search(tag))
        assert not big or guard._BIG_REF.search(tag), tag
    assert not guard._BIG_REF.search(tags[0] + tags[1])  # a typical sheet: no second scan


def test_the_table_width_follows_its_rows_when_they_are_replaced_or_grow() -> None:
    table = Table(Path("metrics.csv"), "metrics", [["Stage", "Visits"], ["Awareness", 1]])
    assert table.width == 2
    table.rows = [["Stage", "Visits", "Bounce rate"]]  # the guarded reader hands rows back this way
    assert table.width == 3
    table.rows.append(["Awareness", 1, 0.5, "note"])
    assert table.width == 4


def test_the_garbage_collector_is_paused_only_while_a_sheet_is_read(tmp_path: Path) -> None:
    seen: list[bool] = []
    path = tmp_path / "metrics.csv"
    path.write_text("Stage,Visits\nAwareness,1\n", encoding="utf-8")
    read_sheet(path, progress=lambda _fraction: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()
    with pytest.raises(SpreadsheetError):
        read_sheet(tmp_path / "missing.xlsx")
    assert gc.isenabled()  # restored after a failed read too
    gc.disable()
    try:
        read_sheet(path)
        assert not gc.isenabled()  # a caller's own pause is left as it was
    finally:
        gc.enable()
