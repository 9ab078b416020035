"""SVG exports look like the PNG when a real renderer (librsvg's rsvg-convert) draws them."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path

from .helpers import sample_scene

RSVG = shutil.which("rsvg-convert")
TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates").glob("*.cjm"))
MAPS = [sample_map_path(), *[t for t in TEMPLATES if t.stem != "blank"]]
needs_rsvg = pytest.mark.skipif(RSVG is None, reason="rsvg-convert (Debian: librsvg2-bin) not installed")

# Text antialiasing differs a little between Qt and librsvg: after a slight blur a pixel counts as
# different only when a channel is off by more than this, and only this share of pixels may differ.
CHANNEL_TOLERANCE = 48
MAX_DIFFERENT = 0.0002


def pixels(path: Path) -> np.ndarray:
    """An image file as an (h, w, 3) array of RGB values."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8)
    # int16 holds a 3 x 3 sum of bytes; small arrays keep this test's peak memory low (a later test
    # reads the pytest process's high-water mark through its child).
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3].astype(np.int16)


def differing_share(png: Path, svg: Path, tmp_path: Path) -> float:
    """Share of pixels where rsvg's drawing of ``svg`` differs clearly from ``png``."""
    drawn = tmp_path / f"{svg.stem}-rsvg.png"
    subprocess.run([RSVG, "-o", str(drawn), str(svg)], check=True, capture_output=True, timeout=60)
    a, b = pixels(png), pixels(drawn)
    assert a.shape == b.shape, (a.shape, b.shape)
    difference = blurred_sum(a)
    difference -= blurred_sum(b)
    np.abs(difference, out=difference)
    return float((difference.max(axis=2) > CHANNEL_TOLERANCE * 9).mean())


def blurred_sum(image: np.ndarray) -> np.ndarray:
    """Each pixel summed with its 3 x 3 neighbours: glyphs placed a fraction of a pixel apart agree."""
    padded = np.pad(image, ((1, 1), (1, 1), (0, 0)), mode="edge")
    h, w = image.shape[:2]
    total = np.zeros_like(image)
    for dy in range(3):
        for dx in range(3):
            total += padded[dy : dy + h, dx : dx + w]
    return total


def jobs(journey, options: ExportOptions) -> list[tuple[str, ExportOptions]]:
    """--stages 2-3, and --per-stage (one file per stage, as the command line writes them)."""
    result = [("stages-2-3", replace(options, region="stages", stages=[1, 2]))]
    result += [
        (f"stage-{i + 1:02d}", replace(options, region="stages", stages=[i]))
        for i in range(len(journey.stages))
    ]
    return result


@needs_rsvg
@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_svg_drawn_by_librsvg_matches_the_png(qapp, tmp_path: Path, path: Path) -> None:
    doc, scene = scene_for(load_map(path))
    for name, options in jobs(doc.journey, ExportOptions(scale=1)):
        png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
        export_file(scene, png, replace(options, format="png"))
        export_file(scene, svg, replace(options, format="svg"))
        share = differing_share(png, svg, tmp_path)
        assert share < MAX_DIFFERENT, f"{path.stem} {name}: {share:.2%} of pixels differ"


@needs_rsvg
def test_whole_map_svg_keeps_round_photos_and_rounded_cards(qapp, tmp_path: Path) -> None:
    _doc, scene = sample_scene()
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    export_file(scene, png, ExportOptions(format="png", scale=1))
    export_file(scene, svg, ExportOptions(format="svg"))
    assert differing_share(png, svg, tmp_path) < MAX_DIFFERENT


@needs_rsvg
def test_text_as_paths_has_no_text_and_still_matches(qapp, tmp_path: Path) -> None:
    _doc, scene = sample_scene()
    png, svg = tmp_path / "map.png", tmp_path / "outlines.svg"
    options = ExportOptions(scale=1, region="stages", stages=[1, 2])
    export_file(scene, png, replace(options, format="png"))
    export_file(scene, svg, replace(options, format="svg", svg_text="paths"))
    root = ET.parse(svg).getroot()
    assert not list(root.iter("{http://www.w3.org/2000/svg}text"))
    assert differing_share(png, svg, tmp_path) < MAX_DIFFERENT


def test_svg_fonts_end_in_a_generic_family(qapp, tmp_path: Path) -> None:
    _doc, scene = sample_scene()
    svg = tmp_path / "map.svg"
    export_file(scene, svg, ExportOptions(format="svg"))
    families = {e.get("font-family") for e in ET.parse(svg).getroot().iter() if e.get("font-family")}
    assert families and all(f.startswith("'DejaVu Sans'") and f.endswith(", sans-serif") for f in families)
