"""The editable PowerPoint export read back with python-pptx."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.run import export_file
from cjm_desktop.model import LaneKind

from .helpers import sample_scene, squash


def slide_text(slide) -> str:
    """All text of a slide's shapes (text boxes and table cells)."""
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts.extend(cell.text for row in shape.table.rows for cell in row.cells)
    return "\n".join(parts)


def test_pptx_has_title_overview_and_a_slide_per_stage(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    journey = doc.journey
    out = tmp_path / "deck.pptx"
    assert export_file(scene, out, ExportOptions(format="pptx")) == f"{len(journey.stages) + 2} slides"
    prs = Presentation(str(out))
    assert (prs.slide_width, prs.slide_height) == (Inches(13.333), Inches(7.5))  # 16:9
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    slides = list(prs.slides)
    assert len(slides) == len(journey.stages) + 2
    assert prs.core_properties.title == journey.title
    title = squash(slide_text(slides[0]))
    assert squash(journey.title) in title and squash(journey.goals) in title
    pictures = [s for s in slides[1].shapes if s.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
    assert len(pictures) == 1 and pictures[0].image.size[0] >= 2000  # the map, sharp
    lanes = {lane.id: lane for lane in journey.lanes}
    for index, (stage, slide) in enumerate(zip(journey.stages, slides[2:], strict=True)):
        text = squash(slide_text(slide))
        assert squash(f"{index + 1:02d} {stage.name}") in text
        cards = [c for c in journey.cards if c.stage_id == stage.id]
        for card in cards:
            assert squash(card.text) in text, card.text  # a real, editable text box
        for other in journey.cards:
            if other.stage_id != stage.id and not any(squash(other.text) in squash(c.text) for c in cards):
                assert squash(other.text) not in text
        for persona in journey.personas:  # the emotion scores in the native table
            point = journey.emotion(persona.id, stage.id)
            if point is not None:
                assert squash(persona.name) in text
        # The header band carries the stage's colour.
        header = next(s for s in slide.shapes if s.has_text_frame and stage.name in s.text_frame.text)
        assert str(header.fill.fore_color.rgb) == stage.color.lstrip("#").upper()
        quotes = [c for c in cards if lanes[c.lane_id].kind == LaneKind.QUOTES]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        for quote in quotes:
            assert quote.text in notes


def test_pptx_of_some_stages_and_quotes_in_the_notes(qapp, tmp_path: Path) -> None:
    from cjm_desktop.model import Card, Lane

    doc, scene = sample_scene()
    journey = doc.journey
    lane = Lane("quotes", LaneKind.QUOTES, "Quotes")
    journey.lanes.append(lane)
    journey.cards.append(
        Card(
            "q1",
            lane.id,
            journey.stages[2].id,
            "Why do I need an account?",
            author="Maya",
            source="interview",
        )
    )
    doc.reset.emit()
    out = tmp_path / "two.pptx"
    export_file(scene, out, ExportOptions(format="pptx", region="stages", stages=[1, 2]))
    slides = list(Presentation(str(out)).slides)
    assert len(slides) == 4
    assert squash(journey.stages[2].name) in squash(slide_text(slides[3]))
    notes = slides[3].notes_slide.notes_text_frame.text
    assert "“Why do I need an account?” — Maya, interview" in notes
