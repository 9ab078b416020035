"""PDF document properties from the map, and a bookmark per page of multi-page exports."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.run import export_file

from .helpers import sample_scene


def outline(reader: PdfReader) -> list[tuple[str, int]]:
    """(title, page index) of each top-level bookmark."""
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]


def test_pdf_names_title_author_and_subject(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "map.pdf"
    export_file(scene, out, ExportOptions(format="pdf", author="Aino Virtanen"))
    reader = PdfReader(out)
    info = reader.metadata
    assert info.title == doc.journey.title
    assert info.author == "Aino Virtanen"
    assert info.subject == " ".join(doc.journey.goals.split())
    assert reader.outline == []  # one page: nothing to navigate


def test_per_stage_pdf_has_a_bookmark_per_stage(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "slides.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="Slide16x9", pdf_layout="per_stage"))
    reader = PdfReader(out)
    stages = doc.journey.stages
    assert outline(reader) == [(f"{i + 1:02d} {s.name}", i) for i, s in enumerate(stages)]
    assert reader.metadata.title == doc.journey.title
    assert "Checkout page" in reader.pages[2].extract_text().replace("\t", " ")  # pages kept whole


def test_poster_pdf_has_a_bookmark_per_tile(qapp, tmp_path: Path) -> None:
    _doc, scene = sample_scene()
    out = tmp_path / "poster.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="A4", landscape=False, pdf_layout="tiles"))
    reader = PdfReader(out)
    marks = outline(reader)
    assert len(marks) == len(reader.pages) == 6
    assert marks[0] == ("Row 1, column 1", 0) and marks[5] == ("Row 2, column 3", 5)
