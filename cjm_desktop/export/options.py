"""What an export should produce: one options record shared by the export dialog and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cjm_desktop.i18n import arg, tr

FORMATS = ("png", "pdf", "svg", "pptx")
REGIONS = ("map", "stages", "view", "personas")
PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid", "Slide16x9", "Fit")
PDF_LAYOUTS = ("fit", "tiles", "per_stage")
SVG_TEXT = ("text", "paths")

# PNG pixels per scene unit: the one range the dialog, the command line and validation all use.
SCALE_RANGE = (1.0, 4.0)
SCENE_DPI = 96.0  # one scene unit is one pixel at 100 % zoom: 96 to the inch, as on screen


class ExportError(Exception):
    """An export that cannot be made (bad option, unwritable file); the message is for the user."""


class ExportCancelled(Exception):
    """The user cancelled a running export; nothing usable was written."""


@dataclass
class ExportOptions:
    """Everything that decides an export's content and look (no Qt, so the CLI can parse into it)."""

    format: str = "png"
    region: str = "map"  # map | stages | view | personas
    stages: list[int] = field(default_factory=list)  # 0-based stage indices for region "stages"
    lane_columns: int = 1  # stage subsets: lanes dealt into this many side-by-side columns (slides)
    view_rect: tuple[float, float, float, float] | None = None  # scene rect for region "view"
    title_block: bool = False  # map title, date and personas above the map
    # PNG
    scale: float = 2.0  # output pixels per scene unit (1x-4x); ignored when dpi is set
    dpi: float | None = None  # physical resolution: scale = dpi / 96
    transparent: bool = False
    # SVG
    svg_text: str = "text"  # text (selectable, needs the fonts) | paths (outlines, identical anywhere)
    # PDF
    page_size: str = "A3"
    landscape: bool = True
    margin_mm: float = 10.0
    pdf_layout: str = "fit"  # fit | tiles | per_stage
    tile_scale: float = 1.0  # poster: 1.0 prints the map at screen size (96 units per inch)
    overlap_mm: float = 10.0
    crop_marks: bool = True
    author: str = ""  # the PDF's Author (the map format has no author of its own)
    evidence_appendix: bool = False  # PDF: pages listing each card's evidence level and evidence

    def pixel_scale(self) -> float:
        """Output pixels per scene unit."""
        return self.dpi / SCENE_DPI if self.dpi else self.scale

    def output_dpi(self) -> float:
        """The DPI written into a PNG's header."""
        return self.dpi if self.dpi else SCENE_DPI * self.scale

    def validate(self) -> None:
        """Raise ExportError naming the first option that makes no sense."""
        if self.format not in FORMATS:
            raise ExportError(
                arg(tr("export", "unknown format '%1' (use png, pdf, svg or pptx)"), self.format)
            )
        if self.region not in REGIONS:
            raise ExportError(arg(tr("export", "unknown region '%1'"), self.region))
        if self.dpi is not None and not 10 <= self.dpi <= 2400:
            raise ExportError(arg(tr("export", "DPI %1 is out of range (10-2400)"), f"{self.dpi:g}"))
        low, high = SCALE_RANGE
        if not low <= self.scale <= high:
            raise ExportError(
                arg(
                    tr("export", "scale %1 is out of range (%2-%3)"),
                    f"{self.scale:g}",
                    f"{low:g}",
                    f"{high:g}",
                )
            )
        if self.page_size not in PAGE_SIZES:
            raise ExportError(
                arg(tr("export", "unknown page size '%1' (use %2)"), self.page_size, ", ".join(PAGE_SIZES))
            )
        if self.pdf_layout not in PDF_LAYOUTS:
            raise ExportError(arg(tr("export", "unknown PDF layout '%1'"), self.pdf_layout))
        if not 0 <= self.margin_mm <= 100:
            raise ExportError(
                arg(tr("export", "margin %1 mm is out of range (0-100)"), f"{self.margin_mm:g}")
            )
        if not 0.05 <= self.tile_scale <= 10:
            raise ExportError(
                arg(tr("export", "poster scale %1 is out of range (0.05-10)"), f"{self.tile_scale:g}")
            )
        if self.svg_text not in SVG_TEXT:
            raise ExportError(
                arg(tr("export", "unknown SVG text mode '%1' (use text or paths)"), self.svg_text)
            )
        if self.format == "pptx" and self.region not in ("map", "stages"):
            raise ExportError(tr("export", "a PowerPoint export shows the whole map or some stages"))
        if self.region == "stages" and not self.stages:
            raise ExportError(tr("export", "no stages chosen"))


def format_for(path: Path) -> str:
    """The format an output file's extension asks for."""
    ext = path.suffix.lower().lstrip(".")
    if ext not in FORMATS:
        raise ExportError(
            arg(tr("export", "%1: unknown file type '.%2' (use .png, .pdf, .svg or .pptx)"), path, ext)
        )
    return ext


def parse_stage_ranges(text: str, count: int) -> list[int]:
    """'2-4,7' (1-based, as users count) -> [1, 2, 3, 6]; raises ExportError when out of range."""
    chosen: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        try:
            if "-" in part:
                first, last = (int(x) for x in part.split("-", 1))
            else:
                first = last = int(part)
        except ValueError:
            raise ExportError(arg(tr("export", "'%1' is not a stage list like 2-4 or 1,3,5"), text)) from None
        if first > last:
            first, last = last, first
        if first < 1 or last > count:
            raise ExportError(
                arg(tr("export", "stages %1 out of range: the map has %n stages", None, count), part)
            )
        chosen.extend(i - 1 for i in range(first, last + 1) if i - 1 not in chosen)
    if not chosen:
        raise ExportError(arg(tr("export", "'%1' names no stages"), text))
    return sorted(chosen)
