"""Number formats of an .xlsx/.xlsm sheet's first rows (percent, currency, date, duration). No Qt.

calamine gives .xlsx cells as plain values (0.125, 1234.5) and no formats. The package's own XML
says what the user saw: the workbook and its relationships name each sheet's part and the styles
part, the styles map each cell style (cellXfs index) to a format code, and each cell's `s`
attribute names its style. Only the head of the sheet part is scanned, with a byte-level regex
rather than a parser, and the scan stops at the first row past the sample. The package must have
passed spreadsheet_guard (no DOCTYPE, sane sizes); a damaged one raises, and the reader drops the
formats (they only refine guesses) rather than the read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import PurePosixPath

# What peeking at a damaged or odd package raises: formats only refine guesses, so a read drops them.
PEEK_ERRORS = (KeyError, ValueError, IndexError, ET.ParseError, zipfile.BadZipFile, OSError, EOFError)

_FORMAT_PEEK_BYTES = 512 * 1024
_STYLES_MAX_BYTES = 16 * 1024 * 1024

# Excel's built-in number formats (ECMA-376 18.8.30) that matter for guessing a metric's format.
_BUILTIN_FORMATS: dict[int, str] = {
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)',
    8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    14: "mm-dd-yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)",
    38: "#,##0_);[Red](#,##0)",
    39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)",
    44: '_("$"* #,##0.00_)',
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mmss.0",
}
_CELL_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>")
_ATTR = re.compile(rb"\b(r|s)\s*=\s*[\"']([^\"']*)")
_REF = re.compile(r"([A-Za-z]*)(\d*)")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _read_xml(archive: zipfile.ZipFile, name: str, limit: int = _STYLES_MAX_BYTES) -> ET.Element:
    # The guard has already refused any part with a DOCTYPE, so ElementTree sees no entities.
    with archive.open(name) as part:
        data = part.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"{name} is too large to inspect")
    return ET.fromstring(data)


def _relationships(archive: zipfile.ZipFile, source: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, part name) for a part, resolved against its folder."""
    folder = PurePosixPath(source).parent
    rels_name = str(folder / "_rels" / (PurePosixPath(source).name + ".rels")).lstrip("./")
    result: dict[str, tuple[str, str]] = {}
    if rels_name not in archive.namelist():
        return result
    for rel in _read_xml(archive, rels_name):
        target = rel.get("Target", "")
        full = target.lstrip("/") if target.startswith("/") else str(folder / target)
        parts: list[str] = []
        for piece in full.split("/"):
            if piece == "..":
                parts = parts[:-1]
            elif piece not in ("", "."):
                parts.append(piece)
        result[rel.get("Id", "")] = (rel.get("Type", ""), "/".join(parts))
    return result


def xlsx_sheet_parts(archive: zipfile.ZipFile) -> tuple[dict[str, str], str]:
    """Sheet name -> worksheet part in an .xlsx/.xlsm package ({} for others), and the styles part."""
    root_rels = _relationships(archive, "")
    workbook = next((p for t, p in root_rels.values() if t.endswith("/officeDocument")), "xl/workbook.xml")
    if workbook not in archive.namelist() or not workbook.endswith(".xml"):
        return {}, ""
    rels = _relationships(archive, workbook)
    parts: dict[str, str] = {}
    for element in _read_xml(archive, workbook).iter():
        if _local(element.tag) == "sheet":
            rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
            if rel_id in rels and rels[rel_id][1] in archive.namelist():
                parts[element.get("name", "")] = rels[rel_id][1]
    return parts, next((p for t, p in rels.values() if t.endswith("/styles")), "xl/styles.xml")


def peek_xlsx_formats(
    archive: zipfile.ZipFile,
    part_name: str,
    styles_part: str,
    first_row: int,
    first_column: int,
    sample_rows: int,
) -> dict[tuple[int, int], str]:
    """Number formats of the cells in the sheet's first rows, keyed in Table coordinates."""
    styles = _style_formats(archive, styles_part)
    if not styles:
        return {}
    with archive.open(part_name) as part:
        head = part.read(_FORMAT_PEEK_BYTES)
    formats: dict[tuple[int, int], str] = {}
    row = col = -1
    for match in _CELL_TAG.finditer(head):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(match.group(2))}
        ref = _REF.match(attrs.get("r", ""))
        assert ref is not None  # both groups may be empty: the pattern matches any text
        ref_letters, ref_digits = ref.groups()
        if match.group(1) == b"row":
            row = int(ref_digits) - 1 if ref_digits else row + 1
            col = -1
            if row - first_row >= sample_rows:
                break
            continue
        col = _column_index(ref_letters) if ref_letters else col + 1
        row = int(ref_digits) - 1 if ref_digits else row
        style = attrs.get("s", "")
        code = styles[int(style)] if style.isdigit() and int(style) < len(styles) else None
        if code and row >= first_row and col >= first_column:
            formats[(row - first_row, col - first_column)] = code
    return formats


def _style_formats(archive: zipfile.ZipFile, styles_part: str) -> list[str | None]:
    """Format code of each cell style (cellXfs index); None for General."""
    if styles_part not in archive.namelist():
        return []
    root = _read_xml(archive, styles_part)
    custom: dict[int, str] = {}
    styles: list[str | None] = []
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "numFmt" and (element.get("numFmtId") or "").isdigit():
            custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
        elif tag == "cellXfs":
            for xf in element:
                number = xf.get("numFmtId", "0")
                code_id = int(number) if number.isdigit() else 0
                styles.append(custom.get(code_id) or _BUILTIN_FORMATS.get(code_id))
    return styles


def _column_index(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number - 1
