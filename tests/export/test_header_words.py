"""Headers never lose words: long Finnish, Hungarian and Greek stage names arrive whole in PDFs."""

from __future__ import annotations

from pathlib import Path

from cjm_desktop.canvas.header_text import lay_out_header, stage_name_text
from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage

from .helpers import pdf_text, squash

LONG_STAGES = [
    "Säilyttäminen ja tyytyväisyyden seuranta asiakaspalvelussa",
    "Megfontolás és összehasonlítás a versenytársak ajánlataival",
    "Αξιολόγηση και σύγκριση προσφορών πριν από την αγορά",
    "Asiakastyytyväisyyskysely",  # one word wider than the header: shrunk, still whole
    "Rövid",
]
LONG_LANES = ["Vásárlói gondolatok és érzések a folyamat során", "Σημεία πόνου και εμπόδια πελατών"]


def long_names_journey() -> Journey:
    """A map whose stage and lane names are much longer than their headers."""
    stages = [Stage(f"s{i}", name) for i, name in enumerate(LONG_STAGES)]
    lanes = [
        Lane(f"l{j}", LaneKind.ACTIONS if j == 0 else LaneKind.PAIN_POINTS, t)
        for j, t in enumerate(LONG_LANES)
    ]
    cards = [Card(f"c{i}", lanes[i % 2].id, stage.id, text=f"Kortti {i}") for i, stage in enumerate(stages)]
    return Journey(title="Pitkät nimet", stages=stages, lanes=lanes, cards=cards)


def test_every_long_stage_name_is_whole_in_full_and_per_stage_pdfs(qapp, tmp_path: Path) -> None:
    _doc, scene = scene_for(long_names_journey())
    full = tmp_path / "full.pdf"
    export_file(scene, full, ExportOptions(format="pdf", page_size="A3"))
    text = squash(pdf_text(full)[0])
    for name in LONG_STAGES + LONG_LANES:
        assert squash(name) in text, name
    per_stage = tmp_path / "per-stage.pdf"
    export_file(scene, per_stage, ExportOptions(format="pdf", page_size="A4", pdf_layout="per_stage"))
    pages = pdf_text(per_stage)
    assert len(pages) == len(LONG_STAGES)
    for name, page in zip(LONG_STAGES, pages, strict=True):
        assert squash(name) in squash(page), name
        for lane in LONG_LANES:
            assert squash(lane) in squash(page), lane


def test_stage_headers_of_a_row_share_the_tallest_height(qapp) -> None:
    _doc, scene = scene_for(long_names_journey())
    heights = {item.rect().height() for item in scene.stage_items.values()}
    assert len(heights) == 1
    m = scene.metrics
    tallest = max(stage_name_text(n, m.stage_width - m.gutter).height for n in LONG_STAGES)
    assert scene.metrics.stage_header_height > 60  # grew past the default for the wrapped names
    assert heights.pop() - 8 >= tallest  # the tallest name fits (the items add 4 units of outline room)
    # Lanes grow to their wrapped titles too, and cards still sit below the taller header row.
    first_card = min(rect[1] for rect in scene.layout.cards.values())
    assert first_card >= scene.layout.grid_top


def test_short_names_keep_the_default_header(qapp) -> None:
    journey = long_names_journey()
    for stage in journey.stages:
        stage.name = "Osto"
    _doc, scene = scene_for(journey)
    assert scene.metrics.stage_header_height == 60


def test_only_a_word_too_long_even_when_shrunk_is_hyphenated(qapp) -> None:
    wrapped = lay_out_header("Megfontolás és összehasonlítás", 17, 140)
    assert len(wrapped.lines) >= 2 and all(not line.endswith("-") for line in wrapped.lines)
    assert " ".join(wrapped.lines) == "Megfontolás és összehasonlítás"
    shrunk = lay_out_header("Asiakastyytyväisyys", 17, 170)
    assert shrunk.lines == ("Asiakastyytyväisyys",) and shrunk.font.pixelSize() < 17
    broken = lay_out_header("Asiakastyytyväisyyskyselyvastausten", 17, 120)
    assert len(broken.lines) > 1 and broken.lines[0].endswith("-")
    assert "".join(line.removesuffix("-") for line in broken.lines) == "Asiakastyytyväisyyskyselyvastausten"


def test_a_long_word_breaks_between_syllables(qapp) -> None:
    """A break between syllables ("Kosketuspis-teet"), not "Kosketuspiste-/et" as on the projector."""
    from PySide6.QtGui import QFontMetricsF

    from cjm_desktop.canvas.style import font

    width = QFontMetricsF(font(10)).horizontalAdvance("Kosketuspiste-") + 0.5
    broken = lay_out_header("Kosketuspisteet", 10, width, False, shrink=1.0, language="fi")
    assert broken.lines == ("Kosketuspis-", "teet")  # between syllables, not "Kosketuspiste-/et"
