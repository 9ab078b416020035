"""PDF export: vector pages with real, selectable text and embedded fonts (QPdfWriter).

A document is a list of ``PageSpec``s: which part of which plan goes where on which paper. The
same pages feed the PDF writer and the export dialog's preview, so the preview cannot lie.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from cjm_desktop.canvas.style import LIGHT_MAP, font
from cjm_desktop.export.options import SCENE_DPI, ExportError, ExportOptions
from cjm_desktop.export.output import atomic_target
from cjm_desktop.export.pdf_outline import PdfInfo, finish_pdf
from cjm_desktop.export.render import (
    Progress,
    RenderPlan,
    best_columns,
    export_state,
    exporting,
    plan_region,
    render_plan,
    report,
)
from cjm_desktop.i18n import arg, tr
from cjm_desktop.model import Journey

POINTS_PER_INCH = 72.0
POINTS_PER_MM = POINTS_PER_INCH / 25.4
PDF_RESOLUTION = 1200  # device units per inch: positions are exact to 1/1200", text stays vector
MARK = QColor("#000000")

_PAGE_IDS = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1,
    "A0": QPageSize.PageSizeId.A0,
    "Letter": QPageSize.PageSizeId.Letter,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}


@dataclass
class PageSpec:
    """One page: its paper size in points, and which part of a plan it shows where."""

    size: QSizeF  # points, as printed (orientation applied)
    plan: RenderPlan
    content: QRectF  # plan units shown on this page
    target: QRectF  # where they go, in points
    tile: tuple[int, int, int, int] | None = None  # row, column, rows, columns of a poster
    overlap: float = 0.0  # points a tile shares with its neighbours
    bookmark: str = ""  # the page's entry in the PDF's outline


def paper_size(options: ExportOptions) -> QSizeF | None:
    """The paper in points with the orientation applied; None for "fit to content"."""
    if options.page_size == "Fit":
        return None
    if options.page_size == "Slide16x9":
        size = QSizeF(540, 960)  # 7.5" x 13.33", the usual widescreen slide, stored upright
    else:
        size = QPageSize(_PAGE_IDS[options.page_size]).size(QPageSize.Unit.Point)
    return size.transposed() if options.landscape else size


def paginate(plan: RenderPlan, options: ExportOptions) -> list[PageSpec]:
    """Lay the plan out on pages as the options ask (one fitted page, a tiled poster, a page per stage)."""
    margin = options.margin_mm * POINTS_PER_MM
    if options.pdf_layout == "per_stage" and options.region in ("map", "stages"):
        scene = plan.map_scene()
        indices = options.stages if options.region == "stages" else range(len(scene.layout.stage_ids))
        pages = []
        paper = paper_size(options)
        for index in indices:
            stage_options = _stage_options(options, index)
            if paper is not None and paper.width() > paper.height():
                # A wide slide: lay the lanes out in columns so the stage fills it.
                aspect = (paper.width() - 2 * margin) / max(paper.height() - 2 * margin, 1.0)
                stage_options.lane_columns = best_columns(scene, [index], aspect)
            page = _fitted_page(plan_region(scene, stage_options), options, margin)
            page.bookmark = f"{index + 1:02d} {scene.doc.journey.stages[index].name}"
            pages.append(page)
        if not pages:
            raise ExportError(tr("export", "the map has no stages"))
        return pages
    if options.pdf_layout == "tiles" and options.page_size != "Fit":
        return _tiled_pages(plan, options, margin)
    return [_fitted_page(plan, options, margin)]


def _stage_options(options: ExportOptions, index: int) -> ExportOptions:
    from dataclasses import replace

    return replace(options, region="stages", stages=[index])


def _fitted_page(plan: RenderPlan, options: ExportOptions, margin: float) -> PageSpec:
    natural = plan.size * (POINTS_PER_INCH / SCENE_DPI)  # the map at screen size
    paper = paper_size(options)
    if paper is None:
        paper = QSizeF(natural.width() + 2 * margin, natural.height() + 2 * margin)
    avail = QSizeF(paper.width() - 2 * margin, paper.height() - 2 * margin)
    if avail.width() <= 0 or avail.height() <= 0:
        raise ExportError(tr("export", "the margins leave no room on the page"))
    scale = min(avail.width() / plan.size.width(), avail.height() / plan.size.height())
    w, h = plan.size.width() * scale, plan.size.height() * scale
    # Centred across, from the top down: a map reads from its title.
    target = QRectF(margin + (avail.width() - w) / 2, margin, w, h)
    return PageSpec(paper, plan, plan.rect(), target)


def _tiled_pages(plan: RenderPlan, options: ExportOptions, margin: float) -> list[PageSpec]:
    paper = paper_size(options)
    assert paper is not None
    avail = QSizeF(paper.width() - 2 * margin, paper.height() - 2 * margin)
    if avail.width() <= 0 or avail.height() <= 0:
        raise ExportError(tr("export", "the margins leave no room on the page"))
    points_per_unit = options.tile_scale * POINTS_PER_INCH / SCENE_DPI
    overlap_pt = min(options.overlap_mm * POINTS_PER_MM, avail.width() / 3, avail.height() / 3)
    tile_w, tile_h = avail.width() / points_per_unit, avail.height() / points_per_unit
    overlap = overlap_pt / points_per_unit
    step_w, step_h = tile_w - overlap, tile_h - overlap
    cols = max(1, math.ceil((plan.size.width() - overlap) / step_w))
    rows = max(1, math.ceil((plan.size.height() - overlap) / step_h))
    pages = []
    for r in range(rows):
        for c in range(cols):
            content = QRectF(c * step_w, r * step_h, tile_w, tile_h)
            target = QRectF(margin, margin, avail.width(), avail.height())
            page = PageSpec(paper, plan, content, target, (r, c, rows, cols), overlap_pt)
            page.bookmark = (
                tr("export", "Row %1, column %2").replace("%1", str(r + 1)).replace("%2", str(c + 1))
            )
            pages.append(page)
    return pages


def paint_page(painter: QPainter, page: PageSpec, options: ExportOptions) -> None:
    """Draw one page; the painter's coordinates are points from the page's top-left corner."""
    if page.tile is not None:
        _paint_tile_marks(painter, page, options)
    render_plan(painter, page.plan, page.target, page.content)


def _paint_tile_marks(painter: QPainter, page: PageSpec, options: ExportOptions) -> None:
    """Crop marks at the printed area's corners, glue lines where tiles overlap, and the tile's place."""
    area = page.target
    margin = area.left()
    row, col, rows, cols = page.tile
    painter.save()
    if options.crop_marks and margin >= 4 * POINTS_PER_MM:
        length = min(margin - 2 * POINTS_PER_MM, 8 * POINTS_PER_MM)
        gap = 1.5 * POINTS_PER_MM
        painter.setPen(QPen(MARK, 0.3))
        for x in (area.left(), area.right()):
            for y, sign in ((area.top(), -1), (area.bottom(), 1)):
                painter.drawLine(QPointF(x, y + sign * gap), QPointF(x, y + sign * (gap + length)))
        for y in (area.top(), area.bottom()):
            for x, sign in ((area.left(), -1), (area.right(), 1)):
                painter.drawLine(QPointF(x + sign * gap, y), QPointF(x + sign * (gap + length), y))
        # Where this tile's own part starts: cut here and lay it over the neighbour's overlap.
        painter.setPen(QPen(MARK, 0.3, Qt.PenStyle.DashLine))
        if col > 0:
            x = area.left() + page.overlap
            painter.drawLine(QPointF(x, area.top() - gap), QPointF(x, area.top() - gap - length))
            painter.drawLine(QPointF(x, area.bottom() + gap), QPointF(x, area.bottom() + gap + length))
        if row > 0:
            y = area.top() + page.overlap
            painter.drawLine(QPointF(area.left() - gap, y), QPointF(area.left() - gap - length, y))
            painter.drawLine(QPointF(area.right() + gap, y), QPointF(area.right() + gap + length, y))
    if margin >= 5 * POINTS_PER_MM:
        label_font = font(7)
        painter.setFont(label_font)
        painter.setPen(QColor("#6b7280"))
        label = (
            tr("export", "Row %1 of %2, column %3 of %4").replace("%1", str(row + 1)).replace("%2", str(rows))
        )
        label = label.replace("%3", str(col + 1)).replace("%4", str(cols))
        painter.drawText(
            QRectF(
                area.left() + 10 * POINTS_PER_MM,
                area.bottom() + 1,
                area.width() - 20 * POINTS_PER_MM,
                margin - 2,
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    painter.restore()


def render_page_image(page: PageSpec, options: ExportOptions, width_px: int) -> QImage:
    """A page as a picture ``width_px`` wide: the export dialog's preview."""
    scale = width_px / page.size.width()
    image = QImage(
        width_px, max(1, round(page.size.height() * scale)), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(LIGHT_MAP.paper)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_page(painter, page, options)
    finally:
        painter.end()
    return image


@dataclass
class AppendixPages:
    """The evidence appendix laid out on its portrait pages, which follow the map's."""

    document: QTextDocument
    paper: QSizeF  # points, portrait
    margin: float  # points

    @property
    def count(self) -> int:
        """How many pages the appendix takes."""
        return self.document.pageCount()


def appendix_pages(journey: Journey, options: ExportOptions) -> AppendixPages | None:
    """The appendix the options ask for, laid out (None without one): the file and the preview share it."""
    from cjm_desktop.export.evidence_appendix import appendix_page_size, layout_appendix

    if not options.evidence_appendix:
        return None
    paper = appendix_page_size(options.page_size)
    margin = max(options.margin_mm, 10.0) * POINTS_PER_MM
    stages = options.stages if options.region == "stages" else []
    return AppendixPages(layout_appendix(journey, stages, paper, margin), paper, margin)


def render_appendix_image(appendix: AppendixPages, index: int, width_px: int) -> QImage:
    """Appendix page ``index`` as a picture ``width_px`` wide: the export dialog's preview."""
    from cjm_desktop.export.evidence_appendix import paint_appendix_page

    scale = width_px / appendix.paper.width()
    height = max(1, round(appendix.paper.height() * scale))
    image = QImage(width_px, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(LIGHT_MAP.paper)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_appendix_page(painter, appendix.document, index, appendix.margin)
    finally:
        painter.end()
    return image


def outline_titles(journey: Journey, pages: list[PageSpec], appendix: AppendixPages | None) -> list[str]:
    """The outline's entry per page ("" for none): the map's pages, then "Evidence" at the appendix."""
    titles = [p.bookmark for p in pages] if len(pages) > 1 and all(p.bookmark for p in pages) else []
    if appendix is None or appendix.count == 0:
        return titles
    if not titles:  # the map needs its own entry beside the appendix's, or the outline starts mid-file
        titles = [journey.title or tr("export", "Map")] + [""] * (len(pages) - 1)
    return titles + [tr("export", "Evidence")] + [""] * (appendix.count - 1)


def export_pdf(plan: RenderPlan, path: Path, options: ExportOptions, progress: Progress | None = None) -> int:
    """Write the plan as a PDF; returns the number of pages (the evidence appendix's included)."""
    pages = paginate(plan, options)
    journey = plan.scene.doc.journey
    appendix = appendix_pages(journey, options)
    with atomic_target(path) as temp, exporting(plan.scene):
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(journey.title or "")
        writer.setAuthor(options.author)
        writer.setCreator("cjm-desktop")
        _set_page(writer, pages[0])
        painter = QPainter(writer)
        if not painter.isActive():
            raise ExportError(arg(tr("export", "%1: could not start the PDF"), path))
        try:
            for i, page in enumerate(pages):
                report(progress, i, len(pages))
                if i:
                    _set_page(writer, page)
                    writer.newPage()
                painter.save()
                painter.scale(PDF_RESOLUTION / POINTS_PER_INCH, PDF_RESOLUTION / POINTS_PER_INCH)
                with export_state(page.plan):
                    paint_page(painter, page, options)
                painter.restore()
            if appendix is not None:
                _write_appendix(writer, painter, appendix)
        finally:
            painter.end()
        # Subject and bookmarks (QPdfWriter writes neither); several pages get an entry each.
        subject = " ".join((journey.goals or journey.description).split())
        bookmarks = outline_titles(journey, pages, appendix)
        finish_pdf(temp, PdfInfo(journey.title or "", options.author, subject, bookmarks=bookmarks))
        report(progress, len(pages), len(pages))
    return len(pages) + (appendix.count if appendix is not None else 0)


def _write_appendix(writer: QPdfWriter, painter: QPainter, appendix: AppendixPages) -> None:
    """Add the evidence appendix's portrait pages after the map's."""
    from cjm_desktop.export.evidence_appendix import paint_appendix_page

    for index in range(appendix.count):
        writer.setPageLayout(
            QPageLayout(
                QPageSize(appendix.paper, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.newPage()
        painter.save()
        painter.scale(PDF_RESOLUTION / POINTS_PER_INCH, PDF_RESOLUTION / POINTS_PER_INCH)
        paint_appendix_page(painter, appendix.document, index, appendix.margin)
        painter.restore()


def _set_page(writer: QPdfWriter, page: PageSpec) -> None:
    size = page.size
    # QPageSize wants the upright size; landscape turns it.
    landscape = size.width() > size.height()
    upright = size.transposed() if landscape else size
    page_size = QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0)))
