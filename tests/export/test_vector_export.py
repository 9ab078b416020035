"""PDF and SVG exports read back: pages, paper sizes, extractable text in several scripts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pypdf import PdfReader

from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Persona, Stage

from .helpers import pdf_text, sample_scene, squash

A3_LANDSCAPE = (1191, 842)  # points
SVG = "{http://www.w3.org/2000/svg}"

WORLD = {
    "Greek": "Ευχαριστούμε για την παραγγελία σας",
    "Hungarian": "Árvíztűrő tükörfúrógép: hosszú ő és ű",
    "Romanian": "Știință și țară: ș ț Ș Ț ă â î",
    "Finnish": "Hyvää päivää, äiti ja öljy",
}


def world_journey() -> Journey:
    """A small map whose cards are written in four languages."""
    stages = [Stage(f"s{i}", name) for i, name in enumerate(["Ανακάλυψη", "Vásárlás", "Livrare", "Palaute"])]
    lanes = [Lane("l0", LaneKind.ACTIONS, "Acțiuni"), Lane("l1", LaneKind.THOUGHTS, "Ajatukset")]
    cards = [Card(f"c{i}", lanes[i % 2].id, stages[i].id, text=text) for i, text in enumerate(WORLD.values())]
    personas = [Persona("p0", "Ελένη"), Persona("p1", "Szőke Ödön")]
    return Journey(title="Útvonal — Διαδρομή", stages=stages, lanes=lanes, cards=cards, personas=personas)


def test_a3_landscape_pdf_is_one_page_with_every_cards_text(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "map.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="A3", landscape=True))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A3_LANDSCAPE
    text = squash(pdf_text(out)[0])
    for card in doc.journey.cards:
        assert squash(card.text) in text, card.text
    for stage in doc.journey.stages:
        assert squash(stage.name) in text
    assert reader.metadata.title == doc.journey.title


def test_pdf_embeds_fonts(qapp, tmp_path: Path) -> None:
    _doc, scene = sample_scene()
    out = tmp_path / "fonts.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="A4"))
    fonts = PdfReader(out).pages[0]["/Resources"]["/Font"]
    descendants = [f.get_object()["/DescendantFonts"][0].get_object() for f in fonts.values()]
    assert descendants and all("/FontFile2" in d["/FontDescriptor"] for d in descendants)


def test_text_of_four_languages_survives_into_pdf_and_svg(qapp, tmp_path: Path) -> None:
    _doc, scene = scene_for(world_journey())
    pdf = tmp_path / "world.pdf"
    export_file(scene, pdf, ExportOptions(format="pdf", page_size="A4", title_block=True))
    text = squash(pdf_text(pdf)[0])
    for language, sample in WORLD.items():
        assert squash(sample) in text, language
    for word in ("Ανακάλυψη", "Vásárlás", "Acțiuni", "Ajatukset", "Ελένη", "SzőkeÖdön"):
        assert squash(word) in text
    svg = tmp_path / "world.svg"
    export_file(scene, svg, ExportOptions(format="svg"))
    svg_text = squash("".join(ET.parse(svg).getroot().itertext()))
    for language, sample in WORLD.items():
        assert squash(sample) in svg_text, language


def test_slides_are_one_page_per_stage(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "slides.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="Slide16x9", pdf_layout="per_stage"))
    reader = PdfReader(out)
    stages = doc.journey.stages
    assert len(reader.pages) == len(stages)
    for page, stage, text in zip(reader.pages, stages, pdf_text(out), strict=True):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (960, 540)
        assert squash(stage.name) in squash(text)
        others = [s for s in stages if s is not stage]
        assert all(squash(f"{stages.index(s) + 1:02d}{s.name}") not in squash(text) for s in others)
        for card in doc.journey.cards:
            if card.stage_id == stage.id:
                assert squash(card.text) in squash(text)


def test_poster_tiles_cover_the_map_across_pages(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "poster.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="A4", landscape=False, pdf_layout="tiles"))
    reader = PdfReader(out)
    # 1512 x 1108 units at 96/in on A4 portrait minus 10 mm margins with 10 mm overlap: 3 x 2 pages
    assert len(reader.pages) == 6
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    texts = pdf_text(out)
    assert squash("Row 1 of 2, column 3 of 3") in squash(texts[2])
    everything = squash("".join(texts))
    for card in doc.journey.cards:
        # a card cut by a page edge is split across pages, so look for its first word
        assert squash(card.text.split()[0]) in everything


def test_fit_page_is_the_map_size(qapp, tmp_path: Path) -> None:
    _doc, scene = sample_scene()
    out = tmp_path / "fit.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="Fit", margin_mm=0))
    box = PdfReader(out).pages[0].mediabox
    rect = scene.sceneRect()
    assert abs(float(box.width) - rect.width() * 0.75) < 1
    assert abs(float(box.height) - rect.height() * 0.75) < 1


def test_svg_parses_and_holds_the_text(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "map.svg"
    export_file(scene, out, ExportOptions(format="svg"))
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    rect = scene.sceneRect()
    assert root.get("viewBox") == f"0 0 {round(rect.width())} {round(rect.height())}"
    text = squash("".join(root.itertext()))
    for card in doc.journey.cards:
        assert squash(card.text) in text, card.text


def test_persona_profiles_export_with_their_text(qapp, tmp_path: Path) -> None:
    journey = world_journey()
    journey.personas[0].goals = "Γρήγορη παράδοση"
    _doc, scene = scene_for(journey)
    out = tmp_path / "personas.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="A4", region="personas"))
    text = squash(pdf_text(out)[0])
    for word in ("Ελένη", "Szőke Ödön", "Γρήγορη παράδοση"):
        assert squash(word) in text
    assert squash("Ευχαριστούμε") not in text  # the map itself is not part of this export


def test_slides_lay_a_stage_out_across_the_slide(qapp) -> None:
    from cjm_desktop.export.pdf import paginate
    from cjm_desktop.export.render import plan_region

    _doc, scene = sample_scene()
    options = ExportOptions(format="pdf", page_size="Slide16x9", pdf_layout="per_stage")
    pages = paginate(plan_region(scene, options), options)
    for page in pages:
        # a lone stage column would fill well under half of a 16:9 slide's width
        assert page.target.width() > 0.6 * page.size.width()


def test_pdf_text_has_no_ligature_glyphs(qapp, tmp_path: Path) -> None:
    # Copy-paste and search need "fi", not the single glyph "ﬁ" that a ligature would produce.
    stage = Stage("s", "Office")
    lane = Lane("l", LaneKind.NOTES, "Notes")
    card = Card("c", "l", "s", text="Profile affinity: fluffy waffles")
    _doc, scene = scene_for(Journey(title="Final figures", stages=[stage], lanes=[lane], cards=[card]))
    out = tmp_path / "ligatures.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="A4"))
    text = pdf_text(out)[0]
    assert "Profile affinity: fluffy waffles" in " ".join(text.split())
    assert not any(ch in text for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04")
