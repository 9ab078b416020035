"""Shared helpers of the export tests: sample scenes and reading outputs back."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from cjm_desktop.export.render import scene_for
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path


def sample_scene():
    """(doc, scene) of the bundled sample map."""
    return scene_for(load_map(sample_map_path()))


def squash(text: str) -> str:
    """Text compared across formats: compatibility forms folded (ligatures), whitespace dropped."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_text(path: Path) -> list[str]:
    """Extracted text of each page of a PDF."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


def inked_pixels(image: QImage, x0: int, y0: int, x1: int, y1: int, step: int = 2) -> int:
    """Pixels in a box clearly darker than the paper and lane bands (text, card borders)."""
    count = 0
    for y in range(max(0, y0), min(image.height(), y1), step):
        for x in range(max(0, x0), min(image.width(), x1), step):
            c = QColor(image.pixel(x, y))
            if c.alpha() > 0 and c.lightness() < 150:
                count += 1
    return count
