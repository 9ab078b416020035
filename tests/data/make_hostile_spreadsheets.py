"""Write the hostile (and one healthy) spreadsheets of tests/data/hostile/, byte for byte reproducibly.

    python tests/data/make_hostile_spreadsheets.py [OUT_FOLDER]

Each file is small on disk and attacks the reader in one way; HOSTILE names the files and what the
import must answer (the error kind, see cjm_desktop.io.sheets.spreadsheet_errors). The .xlsb files are
written record by record (MS-XLSB): no library writes .xlsb.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "hostile"
# Fixed timestamps keep the zip files identical from run to run.
_STAMP = (2024, 1, 1, 0, 0, 0)

# file name -> (error kind the import must give, what it attacks)
HOSTILE: dict[str, tuple[str, str]] = {
    "declared-extent.xlsb": ("too_large", "a dimension record declaring the whole 1048576 x 16384 sheet"),
    "grid-bomb.xlsx": ("too_large", "cells at A1 and XFD1048576"),
    "zip-bomb.xlsx": ("unsafe", "a worksheet part expanding 1000-fold"),
    "entity-bomb.xlsx": ("unsafe", "billion-laughs XML entities"),
    "repeat-bomb.ods": ("too_large", "a row repeated 1,048,576 times across 1,024 columns"),
    "password.xls": ("password", "an encrypted Office package"),
    "binary.csv": ("not_spreadsheet", "random binary data named .csv"),
    # These pass every byte-level guard; only the reader process's memory cap stops them.
    # A small declared dimension, then cells at A1 and XFD1048576: a dense 17-billion-cell grid.
    "grid-bomb.xlsb": ("reader_limit", "a lying dimension, then cells at A1 and XFD1048576"),
    # 9 million cells, just under the cell cap, needing ~2.3 GB: more than the test caps allow.
    "memory-hog.ods": ("reader_limit", "one text repeated over 1,000,000 rows x 9 columns"),
}
HEALTHY = "metrics.xlsb"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.{ext}" ContentType="{sheet_type}"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    '{kind}" Target="{target}"/></Relationships>'
)
_XLSX_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)


def _write_zip(path: Path, parts: dict[str, bytes | str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, _STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


# ---- .xlsb, record by record ---------------------------------------------------------------------
def _varint(number: int) -> bytes:
    out = b""
    while True:
        low, number = number & 0x7F, number >> 7
        if not number:
            return out + bytes([low])
        out += bytes([low | 0x80])


def _record(kind: int, body: bytes = b"") -> bytes:
    return _varint(kind) + _varint(len(body)) + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _row(row: int) -> bytes:
    return _record(0x0000, struct.pack("<IIHBBI", row, 0, 300, 0, 0, 0))  # BrtRowHdr


def _number(col: int, value: float) -> bytes:
    return _record(0x0005, struct.pack("<IId", col, 0, value))  # BrtCellReal


def _text(col: int, value: str) -> bytes:
    return _record(0x0006, struct.pack("<II", col, 0) + _wide(value))  # BrtCellSt


def write_xlsb(path: Path, rows: list[tuple[int, list[bytes]]], dimension: tuple[int, int, int, int]) -> None:
    """An .xlsb with one sheet "Data" holding ``rows`` and declaring ``dimension``."""
    sheet = _record(0x0081) + _record(0x0094, struct.pack("<IIII", *dimension)) + _record(0x0091)
    for row, cells in rows:
        sheet += _row(row) + b"".join(cells)
    sheet += _record(0x0092) + _record(0x0082)
    book = _record(0x0083) + _record(0x008F)
    book += _record(0x009C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide("Data"))  # BrtBundleSh
    book += _record(0x0090) + _record(0x0084)
    _write_zip(
        path,
        {
            "[Content_Types].xml": _CONTENT_TYPES.format(
                ext="bin", sheet_type="application/vnd.ms-excel.worksheet"
            ),
            "_rels/.rels": _RELS.format(kind="officeDocument", target="xl/workbook.bin"),
            "xl/workbook.bin": book,
            "xl/_rels/workbook.bin.rels": _RELS.format(kind="worksheet", target="worksheets/sheet1.bin"),
            "xl/worksheets/sheet1.bin": sheet,
        },
    )


def _metrics_rows() -> list[tuple[int, list[bytes]]]:
    return [
        (0, [_text(0, "Stage"), _text(1, "Visits")]),
        (1, [_text(0, "Awareness"), _number(1, 1200.0)]),
        (2, [_text(0, "Purchase"), _number(1, 80.5)]),
    ]


# ---- .xlsx ---------------------------------------------------------------------------------------
def write_xlsx(path: Path, sheet: bytes | str) -> None:
    """An .xlsx with one sheet "Data" whose worksheet part is ``sheet``."""
    _write_zip(
        path,
        {
            "[Content_Types].xml": _CONTENT_TYPES.format(
                ext="xml",
                sheet_type="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
            ),
            "_rels/.rels": _RELS.format(kind="officeDocument", target="xl/workbook.xml"),
            "xl/workbook.xml": _XLSX_WORKBOOK,
            "xl/_rels/workbook.xml.rels": _RELS.format(kind="worksheet", target="worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml": sheet,
        },
    )


def _ods(path: Path, rows_xml: str) -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Data">'
        f"{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        # The mimetype comes first and uncompressed, as OpenDocument requires.
        archive.writestr(
            zipfile.ZipInfo("mimetype", _STAMP), "application/vnd.oasis.opendocument.spreadsheet"
        )
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, _STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def write_all(out: Path = HERE) -> list[Path]:
    """Write every file; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    write_xlsb(out / HEALTHY, _metrics_rows(), (0, 2, 0, 1))
    far = (1_048_575, [_number(16_383, 1.0)])
    write_xlsb(out / "grid-bomb.xlsb", [*_metrics_rows(), far], (0, 2, 0, 1))  # the dimension lies
    write_xlsb(out / "declared-extent.xlsb", _metrics_rows(), (0, 1_048_575, 0, 16_383))
    write_xlsx(
        out / "grid-bomb.xlsx",
        _SHEET_OPEN + '<row r="1"><c r="A1"><v>1</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>',
    )
    padding = "<!-- " + "x" * (6 * 1024 * 1024) + " -->"  # ~6 MB that deflates ~1000-fold
    write_xlsx(out / "zip-bomb.xlsx", _SHEET_OPEN + padding + "</sheetData></worksheet>")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    write_xlsx(
        out / "entity-bomb.xlsx",
        f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "lol">{laughs}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>',
    )
    _ods(
        out / "repeat-bomb.ods",
        '<table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell table:number-columns-repeated="1024" office:value-type="float" office:value="1"/>'
        "</table:table-row>",
    )
    _ods(
        out / "memory-hog.ods",
        '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
        'table:number-columns-repeated="9" office:value-type="string">'
        "<text:p>Awareness stage of the journey</text:p></table:table-cell></table:table-row>",
    )
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    ole += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    (out / "password.xls").write_bytes(ole + b"\x00" * (4096 - len(ole)))
    noise = bytes((i * 7919 + 13) % 256 for i in range(4096))  # deterministic, full of NUL and control bytes
    (out / "binary.csv").write_bytes(noise)
    return [out / name for name in (*HOSTILE, HEALTHY)]


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"{written.stat().st_size:>9,} B  {written}")
