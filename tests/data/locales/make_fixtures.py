"""Write the locale test fixtures in this folder: the same metrics as en, fi, hu, el and ro tools write them.

    python tests/data/locales/make_fixtures.py

Per locale: CSV in UTF-8, UTF-8 with a BOM and the locale's legacy code page (cp1252 for en and
fi, cp1250 for hu and ro, cp1253 for el), semicolon-separated except en; an .xlsx whose numbers
are text cells (openpyxl); an .ods whose numbers are typed cells with percent, currency, date and
duration formats (written here with zipfile + XML: no maintained library writes .ods for us).
The typed .xls (the same cells and formats as the .ods, in the locale's own currency and date
formats), and offset-second-sheet.xls (a table at C3 of a second sheet), are written by LibreOffice
from an openpyxl .xlsx: no maintained Python library writes .xls (xlwt has been unmaintained since
2017). `--xls` rewrites them; it needs `soffice` (Debian's
libreoffice-calc) and, unlike the rest, its output is not byte-identical from run to run.
Only some cells carry a thousands separator, on purpose; tests expect EXPECTED below on every
stage. Re-running gives byte-identical files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

HERE = Path(__file__).resolve().parent
NBSP, NNBSP, MINUS = "\u00a0", "\u202f", "\u2212"
LEGACY = {"en": "cp1252", "fi": "cp1252", "hu": "cp1250", "el": "cp1253", "ro": "cp1250"}
# The map's stage names per locale (ro: modern comma-below ș/ț; its cp1250 files use ş/ţ).
STAGES = {
    "en": ["Awareness", "Consideration", "Purchase"],
    "fi": ["Tietoisuus", "Harkinta", "Ostopäätös"],
    "hu": ["Ismertség", "Mérlegelés", "Hűség"],
    "el": ["Ενημέρωση", "Εξέταση", "Αγορά"],
    "ro": ["Conștientizare", "Evaluare", "Achiziție"],
}
HEADERS = {
    "en": ["Stage", "Visits", "Conversion rate", "Revenue", "Change – week"],
    "fi": ["Vaihe", "Käynnit", "Konversio", "Tulot", "Muutos"],
    "hu": ["Szakasz", "Látogatások", "Konverzió", "Bevétel", "Változás"],
    "el": ["Στάδιο", "Επισκέψεις", "Μετατροπή", "Έσοδα", "Μεταβολή"],
    "ro": ["Etapă", "Vizite", "Conversie", "Venituri", "Schimbare"],
}
# Cells as each locale's tools write them: thousands only on some cells, units and minus forms.
CELLS = {
    "en": [
        ["12,500", "12.5%", "$1,234.50", "(12.5)"],
        ["870", "3.4%", "$99.90", "3"],
        ["1045", "50%", "$5.00", "-0.5"],
    ],
    "fi": [
        [f"12{NBSP}500", "12,5 %", f"1{NBSP}234,50 €", f"{MINUS}12,5"],
        ["870", "3,4 %", "99,90 €", "3"],
        ["1045", "50 %", "5,00 €", "-0,5"],
    ],
    "hu": [
        ["12 500", "12,5%", "1 235 Ft", "-12,5"],
        ["870", "3,4%", "100 Ft", "3"],
        [f"1{NNBSP}045", "50%", "5 Ft", "0,5-"],
    ],
    "el": [
        ["12.500", "12,5%", "1.234,50 €", "-12,5"],
        ["870", "3,4%", "99,90 €", "3"],
        ["1.045", "50%", "5,00 €", "-0,5"],
    ],
    "ro": [
        ["12.500", "12,5 %", "1.234,50 lei", "(12,5)"],
        ["870", "3,4 %", "99,90 lei", "3"],
        ["1.045", "50 %", "5,00 lei", f"{MINUS}0,5"],
    ],
}
# What every file must import to, per stage (in STAGES order) and metric column.
EXPECTED = {
    "Visits": [12500, 870, 1045],
    "Conversion": [0.125, 0.034, 0.5],
    "Revenue": [1234.5, 99.9, 5.0],
    "Change": [-12.5, 3.0, -0.5],
}
EXPECTED_HU_REVENUE = [1235.0, 100.0, 5.0]  # forints have no decimals
UNITS = {"en": "$", "fi": "€", "hu": "Ft", "el": "€", "ro": "lei"}


def legacy_stage(locale: str, name: str) -> str:
    """A stage name as the legacy code page can write it (Romanian cp1250 has only ş and ţ)."""
    if locale == "ro":
        return name.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    return name


def csv_text(locale: str, legacy: bool = False) -> str:
    """The locale's CSV (Windows line ends, as Excel writes them)."""
    delimiter = "," if locale == "en" else ";"
    lines = [delimiter.join(HEADERS[locale])]
    for stage, cells in zip(STAGES[locale], CELLS[locale], strict=True):
        name = legacy_stage(locale, stage) if legacy else stage
        quoted = [f'"{c}"' if delimiter in c else c for c in cells]
        lines.append(delimiter.join([name, *quoted]))
    return "\r\n".join(lines) + "\r\n"


def write_csvs(locale: str) -> None:
    """UTF-8, UTF-8 with BOM, and the legacy code page."""
    (HERE / f"{locale}-utf8.csv").write_bytes(csv_text(locale).encode("utf-8"))
    (HERE / f"{locale}-utf8-bom.csv").write_bytes(csv_text(locale).encode("utf-8-sig"))
    # No code page has U+202F or U+2212; NBSP is 0xA0 in all of them.
    legacy = csv_text(locale, legacy=True).replace(NNBSP, " ").replace(MINUS, "-")
    (HERE / f"{locale}-{LEGACY[locale]}.csv").write_bytes(legacy.encode(LEGACY[locale]))


def write_xlsx(locale: str) -> None:
    """Numbers as text cells, the way a pasted or exported-as-text sheet holds them."""
    book = openpyxl.Workbook()
    book.properties.created = datetime(2026, 1, 1)
    sheet = book.active
    sheet.title = "Metrics"
    sheet.append(HEADERS[locale])
    for stage, cells in zip(STAGES[locale], CELLS[locale], strict=True):
        sheet.append([stage, *cells])
    path = HERE / f"{locale}-text-cells.xlsx"
    book.save(path)
    _normalize_zip_times(path)


def _normalize_zip_times(path: Path) -> None:
    """Rewrite a zip with fixed timestamps so re-running the script changes no bytes."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    # openpyxl stamps the save time into docProps/core.xml whatever the properties say.
    stamp = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*")
    parts = [(name, stamp.sub(rb"\g<1>2026-01-01T00:00:00Z", data)) for name, data in parts]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            target.writestr(
                zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED
            )


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:xsl-formatting-objects:xmlns:xsl-fo-compatible:1.0"'
)


def ods_cell(kind: str, value: object, shown: str, extra: str = "") -> str:
    """One typed OpenDocument cell: value type, stored value and the text a user sees."""
    if kind == "string":
        cell = f'<table:table-cell office:value-type="string"><text:p>{escape(shown)}</text:p>'
        return cell + "</table:table-cell>"
    attribute = {"date": "office:date-value", "time": "office:time-value"}.get(kind, "office:value")
    return (
        f'<table:table-cell office:value-type="{kind}" {attribute}="{value}"{extra}>'
        f"<text:p>{escape(shown)}</text:p></table:table-cell>"
    )


def write_ods(locale: str) -> None:
    """Typed cells with formats: percentage, currency, date and duration, plus the stage names."""
    currency = {"en": "USD", "fi": "EUR", "hu": "HUF", "el": "EUR", "ro": "RON"}[locale]
    revenue = EXPECTED_HU_REVENUE if locale == "hu" else EXPECTED["Revenue"]
    header = "".join(ods_cell("string", None, h) for h in [*HEADERS[locale], "Date", "Time on page"])
    rows = [f"<table:table-row>{header}</table:table-row>"]
    durations = ["PT00H03M25S", "PT00H01M00S", "PT01H00M00S"]
    for i, stage in enumerate(STAGES[locale]):
        cells = [
            ods_cell("string", None, stage),
            ods_cell("float", EXPECTED["Visits"][i], CELLS[locale][i][0]),
            ods_cell("percentage", EXPECTED["Conversion"][i], CELLS[locale][i][1]),
            ods_cell("currency", revenue[i], CELLS[locale][i][2], f' office:currency="{currency}"'),
            ods_cell("float", EXPECTED["Change"][i], CELLS[locale][i][3]),
            ods_cell("date", f"2026-11-2{i}", f"2{i}.11.2026"),
            ods_cell("time", durations[i], durations[i][2:].lower()),
        ]
        rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NS} office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Metrics">'
        f'<table:table-column table:number-columns-repeated="7"/>{"".join(rows)}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    stamp = (2026, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(HERE / f"{locale}-typed.ods", "w") as book:
        # The mimetype comes first and uncompressed, as the OpenDocument package format requires.
        book.writestr(zipfile.ZipInfo("mimetype", stamp), "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr(zipfile.ZipInfo("META-INF/manifest.xml", stamp), manifest, zipfile.ZIP_DEFLATED)
        book.writestr(zipfile.ZipInfo("content.xml", stamp), content, zipfile.ZIP_DEFLATED)


# The .xls cells' formats as each locale's Excel writes them: currency symbol and date order.
XLS_CURRENCY = {
    "en": '"$"#,##0.00',
    "fi": "#,##0.00\\ [$€-40B]",
    "hu": "#,##0\\ [$Ft-40E]",
    "el": "#,##0.00\\ [$€-408]",
    "ro": "#,##0.00\\ [$lei-418]",
}
XLS_DATE = {"en": "m/d/yyyy", "fi": "d.m.yyyy", "hu": "yyyy.mm.dd.", "el": "d/m/yyyy", "ro": "dd.mm.yyyy"}
XLS_DURATIONS = [timedelta(minutes=3, seconds=25), timedelta(minutes=1), timedelta(hours=1)]


def typed_xlsx(locale: str, path: Path) -> None:
    """The .ods's typed cells as an .xlsx with Excel formats (LibreOffice turns it into .xls)."""
    revenue = EXPECTED_HU_REVENUE if locale == "hu" else EXPECTED["Revenue"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Metrics"
    sheet.append([*HEADERS[locale], "Date", "Time on page"])
    for i, stage in enumerate(STAGES[locale]):
        row = [stage, EXPECTED["Visits"][i], EXPECTED["Conversion"][i], revenue[i], EXPECTED["Change"][i]]
        sheet.append([*row, datetime(2026, 11, 20 + i), XLS_DURATIONS[i]])
        formats = ["#,##0", "0.0%", XLS_CURRENCY[locale], "0.0", XLS_DATE[locale], "[h]:mm:ss"]
        for column, code in enumerate(formats, start=2):
            sheet.cell(i + 2, column).number_format = code
    book.save(path)


def offset_xlsx(path: Path) -> None:
    """A second sheet whose table starts at C3: formats must land on the right Table cells."""
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "Exported from analytics"
    sheet = book.create_sheet("Offset")
    sheet["C3"], sheet["D3"] = "Stage", "Bounce rate"
    for row, (stage, rate) in enumerate([("Awareness", 0.25), ("Purchase", 0.5)], start=4):
        sheet.cell(row, 3, stage)
        sheet.cell(row, 4, rate).number_format = "0.00%"
    book.save(path)


def write_xls(name: str, make: Callable[[Path], None]) -> None:
    """A legacy .xls, written by LibreOffice headless from the .xlsx ``make`` writes."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("--xls needs LibreOffice's soffice (Debian: apt-get install libreoffice-calc)")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{name}.xlsx"
        make(source)
        profile = (Path(folder) / "profile").as_uri()  # never the user's own LibreOffice profile
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xls:MS Excel 97"]
            + ["--outdir", folder, str(source)],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(folder) / f"{name}.xls", HERE / f"{name}.xls")


def main() -> None:
    """Write every fixture (with --xls: only the .xls ones, through LibreOffice)."""
    if "--xls" in sys.argv[1:]:
        for locale in STAGES:
            write_xls(f"{locale}-typed", partial(typed_xlsx, locale))
        write_xls("offset-second-sheet", offset_xlsx)
        return
    for locale in STAGES:
        write_csvs(locale)
        write_xlsx(locale)
        write_ods(locale)


if __name__ == "__main__":
    main()
