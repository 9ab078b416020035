"""Build the sample map's metrics spreadsheet and import it into the sample, in every language.

Run from the checkout: ``.venv/bin/python packaging/build_sample_metrics.py``. For English and each
localized sample (resources/samples/[LANG/]ecommerce.cjm) it writes ``ecommerce-metrics.xlsx`` beside
the map: one sheet as a web-analytics tool exports it once joined with the order system and a
post-purchase survey (a title and a source line above the header, percentages as Excel percent
cells), with one row per stage, per touchpoint and per persona. Stage, touchpoint and persona names
are taken from that language's sample, so the names match the map as a user's own export would.

The sheet is then imported into the sample with the same library path as
``import-metrics --touchpoint-column … --persona-column …`` (read, guess, build, plan, apply), the
metric source is stored relative to the map so Map ▸ Refresh metrics works wherever the sample sits,
and metric ids are fixed so every language shares them. The output is deterministic.
"""

from __future__ import annotations

import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cjm_desktop.io.mapfile.cjm_file import load_map, save_map  # noqa: E402
from cjm_desktop.io.metrics.metrics_apply import apply_plan, metrics_lane_index, plan_import  # noqa: E402
from cjm_desktop.io.metrics.metrics_import import build_import, source_from_spec, suggest_spec  # noqa: E402
from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards  # noqa: E402
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet  # noqa: E402
from cjm_desktop.model import Journey, Lane, LaneKind  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
SHEET_FILE = "ecommerce-metrics.xlsx"
LANGUAGES = ("en", "fi", "el", "ro", "hu")
METRIC_KEYS = ("sessions", "conversion", "bounce", "abandon", "csat", "nps", "ces")
PERCENT = {"conversion", "bounce", "abandon"}

# Per language: the sheet's name, title and source lines, the three target columns, the metric headers,
# the lane title and the metrics' source note.
WORDS: dict[str, dict[str, object]] = {
    "en": {
        "sheet": "Journey metrics",
        "title": "Online store: journey metrics, 1-30 September 2026",
        "source": "Sources: web analytics (sessions, bounce), order system (conversion, cart abandonment), "
        "post-purchase survey (CSAT, NPS, CES; n = 412)",
        "targets": ("Stage", "Touchpoint", "Persona"),
        "metrics": ("Sessions", "Conversion rate", "Bounce rate", "Cart abandonment", "CSAT", "NPS", "CES"),
        "lane": "Metrics",
        "note": "Sample data from ecommerce-metrics.xlsx",
    },
    "fi": {
        "sheet": "Polun mittarit",
        "title": "Verkkokauppa: asiakaspolun mittarit 1.-30.9.2026",
        "source": "Lähteet: verkkoanalytiikka (istunnot, poistumiset), tilausjärjestelmä (konversio, "
        "ostoskorin hylkäys), oston jälkeinen kysely (CSAT, NPS, CES; n = 412)",
        "targets": ("Vaihe", "Kosketuspiste", "Persoona"),
        "metrics": (
            "Istunnot",
            "Konversioaste",
            "Poistumisprosentti",
            "Ostoskorin hylkäys",
            "CSAT",
            "NPS",
            "CES",
        ),
        "lane": "Mittarit",
        "note": "Esimerkkidata tiedostosta ecommerce-metrics.xlsx",
    },
    "el": {
        "sheet": "Μετρικές διαδρομής",
        "title": "Ηλεκτρονικό κατάστημα: μετρικές διαδρομής πελάτη, 1-30/9/2026",
        "source": "Πηγές: αναλυτικά ιστότοπου (συνεδρίες, αναπηδήσεις), σύστημα παραγγελιών (μετατροπή, "
        "εγκατάλειψη καλαθιού), έρευνα μετά την αγορά (CSAT, NPS, CES· n = 412)",
        "targets": ("Στάδιο", "Σημείο επαφής", "Περσόνα"),
        "metrics": (
            "Συνεδρίες",
            "Ποσοστό μετατροπής",
            "Ποσοστό αναπήδησης",
            "Εγκατάλειψη καλαθιού",
            "CSAT",
            "NPS",
            "CES",
        ),
        "lane": "Μετρικές",
        "note": "Δεδομένα δείγματος από το ecommerce-metrics.xlsx",
    },
    "ro": {
        "sheet": "Indicatori parcurs",
        "title": "Magazin online: indicatorii călătoriei clientului, 1-30.09.2026",
        "source": "Surse: analiza web (sesiuni, respingeri), sistemul de comenzi (conversie, abandonul "
        "coșului), sondaj după cumpărare (CSAT, NPS, CES; n = 412)",
        "targets": ("Etapă", "Punct de contact", "Persona"),
        "metrics": (
            "Sesiuni",
            "Rata de conversie",
            "Rata de respingere",
            "Abandonul coșului",
            "CSAT",
            "NPS",
            "CES",
        ),
        "lane": "Indicatori",
        "note": "Date de exemplu din ecommerce-metrics.xlsx",
    },
    "hu": {
        "sheet": "Ügyfélút mérőszámai",
        "title": "Webáruház: az ügyfélút mérőszámai, 2026. 09. 01-30.",
        "source": "Források: webanalitika (munkamenetek, visszafordulás), rendeléskezelő (konverzió, "
        "kosárelhagyás), vásárlás utáni kérdőív (CSAT, NPS, CES; n = 412)",
        "targets": ("Szakasz", "Érintkezési pont", "Persona"),
        "metrics": (
            "Munkamenetek",
            "Konverziós arány",
            "Visszafordulási arány",
            "Kosárelhagyás",
            "CSAT",
            "NPS",
            "CES",
        ),
        "lane": "Mérőszámok",
        "note": "Mintaadat az ecommerce-metrics.xlsx fájlból",
    },
}

# (key, unit, higher is better, target, is a count): the definitions the sample's metrics get.
DEFINITIONS = {
    "sessions": ("", True, None, True),
    "conversion": ("%", True, 0.35, False),
    "bounce": ("%", False, 0.4, False),
    "abandon": ("%", False, 0.6, False),
    "csat": ("/5", True, 4.2, False),
    "nps": ("", True, 30.0, False),
    "ces": ("/7", False, 3.0, False),
}

# The figures: (stage id, touchpoint card id or "", persona index or None, {metric key: value}).
# Stage rows are the stage totals; touchpoint and persona rows break them down.
ROWS: list[tuple[str, str, int | None, dict[str, float]]] = [
    ("stage-awareness", "", None, {"sessions": 48200, "conversion": 0.45, "bounce": 0.58}),
    ("stage-consideration", "", None, {"sessions": 21700, "conversion": 0.318, "bounce": 0.41, "csat": 3.9}),
    (
        "stage-purchase",
        "",
        None,
        {"sessions": 6900, "conversion": 0.341, "bounce": 0.22, "abandon": 0.69, "csat": 3.4, "ces": 4.1},
    ),
    ("stage-retention", "", None, {"sessions": 2350, "conversion": 0.34, "csat": 4.1, "nps": 21, "ces": 3.6}),
    ("stage-advocacy", "", None, {"sessions": 610, "conversion": 0.26, "csat": 4.4, "nps": 34}),
    ("stage-awareness", "card-001", None, {"sessions": 31400, "bounce": 0.63}),
    ("stage-awareness", "card-002", None, {"sessions": 16800, "bounce": 0.49}),
    ("stage-consideration", "card-003", None, {"sessions": 19900, "conversion": 0.29, "bounce": 0.38}),
    ("stage-consideration", "card-004", None, {"sessions": 1800, "csat": 4.3}),
    ("stage-purchase", "card-005", None, {"sessions": 6900, "abandon": 0.69, "csat": 3.1, "ces": 4.4}),
    ("stage-retention", "card-007", None, {"csat": 4.0}),
    ("stage-retention", "card-008", None, {"csat": 3.2, "ces": 4.6}),
    ("stage-advocacy", "card-009", None, {"conversion": 0.12}),
    ("stage-purchase", "", 0, {"conversion": 0.27, "abandon": 0.76, "csat": 3.0}),
    ("stage-purchase", "", 1, {"conversion": 0.44, "abandon": 0.55, "csat": 3.9}),
    ("stage-retention", "", 0, {"nps": 12}),
    ("stage-retention", "", 1, {"nps": 38}),
]


def sample_path(language: str) -> Path:
    """The sample map of a language."""
    return SAMPLES / "ecommerce.cjm" if language == "en" else SAMPLES / language / "ecommerce.cjm"


def write_sheet(journey: Journey, language: str, path: Path) -> None:
    """The spreadsheet as an analytics export writes it, with this language's names."""
    words = WORDS[language]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = str(words["sheet"])
    sheet.append([words["title"]])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([words["source"]])
    sheet.append([])
    sheet.append([*words["targets"], *words["metrics"]])  # type: ignore[misc]
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    stages = {s.id: s.name for s in journey.stages}
    cards = {c.id: c.text for c in journey.cards}
    for stage_id, card_id, persona, figures in ROWS:
        name = journey.personas[persona].name if persona is not None else None
        row = [stages[stage_id], cards[card_id] if card_id else None, name]
        row += [figures.get(key) for key in METRIC_KEYS]
        sheet.append(row)
        for key, cell in zip(METRIC_KEYS, sheet[sheet.max_row][3:], strict=True):
            if key in PERCENT:
                cell.number_format = "0.0%"
            elif key in ("csat", "ces"):
                cell.number_format = "0.0"
            elif key == "sessions":
                cell.number_format = "#,##0"
    for column, width in zip("ABCDEFGHIJ", (16, 34, 16, 11, 15, 12, 16, 7, 7, 7), strict=True):
        sheet.column_dimensions[column].width = width
    # Fixed document times keep the file byte-identical between runs.
    book.properties.created = book.properties.modified = datetime(2026, 10, 1, 8, 0)
    book.properties.creator = "cjm-desktop sample data"
    book.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Give every member of the .xlsx one fixed time, so re-running changes no bytes."""
    with zipfile.ZipFile(path) as book:
        members = [(info, book.read(info)) for info in book.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for info, data in members:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time as "modified"
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-10-01T08:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 8, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            book.writestr(fixed, data)


def import_sheet(journey: Journey, language: str, path: Path) -> None:
    """Import the sheet onto stages, touchpoints and personas, as ``import-metrics`` does."""
    words = WORDS[language]
    targets = words["targets"]
    journey.metrics, journey.metric_values, journey.metric_source = [], [], None
    if not any(lane.kind == LaneKind.METRICS for lane in journey.lanes):
        lane = Lane("lane-metrics", LaneKind.METRICS, str(words["lane"]))
        journey.lanes.insert(metrics_lane_index(journey), lane)
    table = read_sheet(path)
    spec = suggest_spec(table, journey.stages)
    spec.touchpoint_column, spec.persona_column = targets[1], targets[2]  # type: ignore[index]
    result = build_import(
        table, spec, journey.stages, journey.metrics, touchpoint_cards(journey), journey.personas
    )
    if result.unmatched or result.unmatched_targets or len(result.metrics) != len(METRIC_KEYS):
        raise SystemExit(f"{path}: the sample sheet no longer fits its map: {result}")
    source = source_from_spec(table, spec, result)
    source.path = path.name  # relative to the map: Refresh finds it wherever the sample is
    apply_plan(journey, plan_import(journey, result), source)
    ids = {metric.id: f"metric-{key}" for metric, key in zip(journey.metrics, METRIC_KEYS, strict=True)}
    for metric, key in zip(journey.metrics, METRIC_KEYS, strict=True):
        unit, higher, target, count = DEFINITIONS[key]
        metric.id, metric.unit, metric.higher_is_better = ids[metric.id], unit, higher
        metric.target, metric.is_count, metric.source_note = target, count, str(words["note"])
        metric.format = "percent" if key in PERCENT else "number"
        metric.aggregate = "sum" if count else "mean"
    for value in journey.metric_values:
        value.metric_id = ids[value.metric_id]
    journey.funnel_metric_id = "metric-sessions"


def main() -> None:
    """Write every language's sheet and import it into that language's sample."""
    for language in LANGUAGES:
        path = sample_path(language)
        journey = load_map(path)
        sheet = path.parent / SHEET_FILE
        write_sheet(journey, language, sheet)
        import_sheet(journey, language, sheet)
        save_map(journey, path, keep_backup=False)
        check = load_map(path)
        print(f"{path.relative_to(ROOT)}: {len(check.metrics)} metrics, {len(check.metric_values)} values")


if __name__ == "__main__":
    main()
