"""Stage subsets draw only what is on the page: the PDF's text layer holds the chosen stages' texts once."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path

from .helpers import pdf_text, squash

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates").glob("*.cjm"))
MAPS = [sample_map_path(), *[t for t in TEMPLATES if t.stem != "blank"]]


def check_only_these_stages(journey, stage_ids: set[str], text: str) -> None:
    """Each card of the chosen stages is in ``text`` as often as it is on them; no other card is."""
    kept = [squash(c.text) for c in journey.cards if c.stage_id in stage_ids and c.text.strip()]
    others = [squash(c.text) for c in journey.cards if c.stage_id not in stage_ids and c.text.strip()]
    for card_text in kept:
        expected = sum(1 for other in kept if card_text in other)
        assert text.count(card_text) == expected, card_text
    for card_text in others:
        if not any(card_text in other for other in kept):
            assert card_text not in text, card_text
    for persona in journey.personas:  # the emotion legend names each persona once, not once per cell
        # ... besides one label per value of theirs in the metrics lane of the stages shown.
        labels = sum(
            1 for v in journey.metric_values if v.persona_id == persona.id and v.stage_id in stage_ids
        )
        assert text.count(squash(persona.name)) <= 1 + labels, persona.name
        if any(p.persona_id == persona.id and p.stage_id in stage_ids for p in journey.emotions):
            assert squash(persona.name) in text, persona.name  # and leaves no one out
    for stage in journey.stages:
        if stage.id not in stage_ids:
            assert squash(stage.name) not in text or any(squash(stage.name) in k for k in kept), stage.name


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_stage_subset_pdf_holds_exactly_its_cards_texts(qapp, tmp_path: Path, path: Path) -> None:
    doc, scene = scene_for(load_map(path))
    journey = doc.journey
    out = tmp_path / "subset.pdf"
    export_file(scene, out, ExportOptions(format="pdf", region="stages", stages=[1, 2]))
    check_only_these_stages(journey, {journey.stages[1].id, journey.stages[2].id}, squash(pdf_text(out)[0]))


def test_per_stage_pages_hold_exactly_their_stage(qapp, tmp_path: Path) -> None:
    doc, scene = scene_for(load_map(sample_map_path()))
    journey = doc.journey
    out = tmp_path / "slides.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="Slide16x9", pdf_layout="per_stage"))
    pages = pdf_text(out)
    assert len(pages) == len(journey.stages)
    for index, (stage, page) in enumerate(zip(journey.stages, pages, strict=True)):
        text = squash(page)
        check_only_these_stages(journey, {stage.id}, text)
        assert squash(f"{index + 1:02d}") in text  # the header keeps the stage's number in the map


def test_subset_svg_has_no_text_of_other_stages(qapp, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    doc, scene = scene_for(load_map(sample_map_path()))
    journey = doc.journey
    out = tmp_path / "subset.svg"
    export_file(scene, out, ExportOptions(format="svg", region="stages", stages=[1, 2]))
    text = squash("".join(ET.parse(out).getroot().itertext()))
    check_only_these_stages(journey, {journey.stages[1].id, journey.stages[2].id}, text)
