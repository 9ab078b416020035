"""The PDF outline's evidence entry is written in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile.cjm_file import load_map

V5 = Path(__file__).resolve().parents[1] / "data" / "format-v5.cjm"


@pytest.mark.parametrize(("lang", "title"), [("fi", "Näyttö"), ("hu", "Bizonyítékok")])
def test_the_evidence_bookmark_is_translated(
    speak: Callable[[str], None], tmp_path: Path, lang: str, title: str
) -> None:
    speak(lang)
    _doc, scene = scene_for(load_map(V5))
    out = tmp_path / "map.pdf"
    export_file(scene, out, ExportOptions(format="pdf", page_size="A3", evidence_appendix=True))
    reader = PdfReader(out)
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert marks[-1] == (title, 1)
