"""`python main.py export`: headless (no display, no QT_QPA_PLATFORM), several maps, clear failures."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "ecommerce.cjm"


def sample_size(scale: float) -> tuple[int, int]:
    """Pixel size of the whole sample map at a scale, from a scene built in this process."""
    from cjm_desktop.export.render import scene_for
    from cjm_desktop.io.mapfile.cjm_file import load_map

    _doc, scene = scene_for(load_map(SAMPLE))
    rect = scene.sceneRect()
    return math.ceil(rect.width() * scale), math.ceil(rect.height() * scale)


def run_export(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    """Run the export command as a user's script would, with no display of any kind."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "export", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """Two maps exported to all three formats in one call each (shared: each call starts Qt once)."""
    folder = tmp_path_factory.mktemp("cli")
    second = folder / "second.cjm"
    second.write_bytes(SAMPLE.read_bytes())
    result = run_export(
        SAMPLE, second, "-o", folder / "{name}.pdf", "--page-size", "A3", "--landscape", cwd=folder
    )
    return folder, result


def test_several_maps_in_one_call_without_a_display(outputs) -> None:
    folder, result = outputs
    assert result.returncode == 0, result.stderr
    # Each file written is named on stdout (scripts pick them up); nothing else unless -v.
    assert result.stdout.splitlines() == [str(folder / "ecommerce.pdf"), str(folder / "second.pdf")]
    assert result.stderr == ""
    for name in ("ecommerce", "second"):
        reader = PdfReader(folder / f"{name}.pdf")
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (1191, 842)
        assert "Checkout page" in reader.pages[0].extract_text().replace("\t", " ")


def test_png_at_a_dpi_and_slides_and_svg(qapp, tmp_path: Path) -> None:
    png = tmp_path / "map.png"
    assert run_export(SAMPLE, "-o", png, "--dpi", "192", cwd=tmp_path).returncode == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == sample_size(2)
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    slides = tmp_path / "slides.pdf"
    result = run_export(
        SAMPLE, "-o", slides, "--per-stage", "--stages", "2-4", "--page-size", "Slide16x9", "-v", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "slides.pdf: 3 pages" in result.stderr
    assert len(PdfReader(slides).pages) == 3
    svg = tmp_path / "map.svg"
    assert run_export(SAMPLE, "-o", svg, "--transparent", cwd=tmp_path).returncode == 0
    assert "Checkout page" in svg.read_text(encoding="utf-8")


def test_failures_exit_non_zero_with_a_clear_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.cjm"
    broken.write_text("{ not json", encoding="utf-8")
    result = run_export(broken, SAMPLE, "-o", tmp_path / "{name}.png", cwd=tmp_path)
    assert result.returncode == 1
    assert "broken.cjm" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "ecommerce.png").exists()  # the good map was still exported
    assert not (tmp_path / "broken.png").exists()
    result = run_export(SAMPLE, "-o", tmp_path / "out.docx", cwd=tmp_path)
    assert result.returncode != 0 and "unknown file type" in result.stderr
    result = run_export(SAMPLE, "-o", tmp_path / "x.pdf", "--stages", "7-9", cwd=tmp_path)
    assert result.returncode == 1 and "out of range" in result.stderr
    result = run_export(SAMPLE, SAMPLE, "-o", tmp_path / "one.png", cwd=tmp_path)
    assert result.returncode == 2 and "{name}" in result.stderr
