"""The PDF evidence appendix: optional, after the map's pages, read back as text with pypdf."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from cjm_desktop.export.evidence_appendix import appendix_sections
from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map

from .helpers import squash

REPO = Path(__file__).resolve().parents[2]
V5 = REPO / "tests" / "data" / "format-v5.cjm"


def page_texts(path: Path) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(path).pages]


def test_the_appendix_lists_stage_card_level_and_evidence(qapp, tmp_path: Path) -> None:
    journey = load_map(V5)
    _doc, scene = scene_for(journey)
    plain, with_appendix = tmp_path / "plain.pdf", tmp_path / "appendix.pdf"
    export_file(scene, plain, ExportOptions(format="pdf", page_size="A3"))
    export_file(scene, with_appendix, ExportOptions(format="pdf", page_size="A3", evidence_appendix=True))
    plain_pages, pages = page_texts(plain), page_texts(with_appendix)
    assert len(plain_pages) == 1 and len(pages) >= 2
    assert pages[0] == plain_pages[0]  # the map page is unchanged
    appendix = "".join(pages[1:])
    assert squash("Evidence appendix") in appendix and squash("Evidence appendix") not in plain_pages[0]
    awareness = journey.stages[0].name
    for expected in (
        awareness,
        "Instagram ad with a friend's like",
        "Evidence level: Backed by data",
        "Web address: Campaign report, March (https://example.org/analytics/awareness)",
        "Reference: interview 12, 03:14",
        "Review site comparison article",
        "Evidence level: Anecdotal",
        "File: Anna's interview notes (research/interviews/anna.txt)",
        "Evidence level: Assumption",
    ):
        assert squash(expected) in appendix, expected
    # Stage order: the stage's heading comes before its cards.
    assert appendix.index(squash(awareness)) < appendix.index(squash("Instagram ad"))
    size = PdfReader(with_appendix).pages[1].mediabox
    assert float(size.width) < float(size.height)  # portrait A4 pages


def test_sections_follow_stages_and_skip_cards_without_evidence(qapp) -> None:
    journey = load_map(V5)
    sections = appendix_sections(journey)
    names = [card.text for s in sections for card in s.cards]
    assert names[:3] == [c.text for c in journey.cards[:3]]
    assert len(names) == 3  # no other card has evidence or a level
    assert appendix_sections(journey, [len(journey.stages) - 1]) == []  # a stage subset: only its cards


def test_cli_evidence_appendix(tmp_path: Path) -> None:
    journey = load_map(V5)
    source = tmp_path / "map.cjm"
    source.write_bytes(dumps(journey))
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "map.pdf"
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "export", str(source), "-o", str(out), "--evidence-appendix"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    appendix = "".join(page_texts(out)[1:])
    assert squash("Reference: interview 12, 03:14") in appendix
