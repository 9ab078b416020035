"""Editable PowerPoint (.pptx): a title slide, the map as a picture, then one slide per stage.

Stage slides are built from the model, not from pixels: the stage's name, its lanes and its cards
are real text boxes (editable in PowerPoint, Keynote and Impress), laid out like the map with the
map's colours; the stage's emotion scores and metrics sit in a native table; quotes go into the
speaker notes with who said them. 16:9 widescreen. Only the overview slide is a picture, rendered
by the one render path like every other export.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import LIGHT_MAP
from cjm_desktop.export.options import ExportError, ExportOptions
from cjm_desktop.export.output import atomic_target
from cjm_desktop.export.render import Progress, plan_region, report
from cjm_desktop.i18n import quoted, tr
from cjm_desktop.io.mapfile.atomic import describe_os_error
from cjm_desktop.model import Card, Journey, LaneKind, Stage
from cjm_desktop.model.metric_format import format_value

# Slides carry the print look, whatever the editor's theme.
INK, MUTED_INK, kind_style = LIGHT_MAP.ink, LIGHT_MAP.muted_ink, LIGHT_MAP.kind

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)  # 16:9 widescreen
MARGIN = Inches(0.4)
LANE_W = Inches(2.1)  # the lane names down the left, as on the map
SIDE_W = Inches(3.2)  # the emotion and metrics table at the right
GAP = Inches(0.08)
OVERVIEW_MAX_PX = 3200  # the overview picture's longer side: sharp on a 1080p projector, zoomable
MAX_CARD_COLUMNS = 4
DRAWN_KINDS = (LaneKind.EMOTIONS, LaneKind.METRICS)  # shown in the table, not as cards


def rgb(color: QColor | str) -> RGBColor:
    """A Qt or #rrggbb colour as python-pptx wants it."""
    c = QColor(color)
    return RGBColor(c.red(), c.green(), c.blue())


def _text_box(slide, left, top, width, height, text: str, size: float, color, bold: bool = False):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = rgb(color)
    return box


def _fill_shape(slide, shape_type, left, top, width, height, fill, line=None):
    shape = slide.shapes.add_shape(shape_type, left, top, width, height)
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = rgb(line)
        shape.line.width = Pt(1)
    shape.shadow.inherit = False
    return shape


def _set_text(shape, text: str, size: float, color, bold: bool = False, anchor=MSO_ANCHOR.TOP) -> None:
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # long cards shrink to fit where they open
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, Inches(0.06))
    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = rgb(color)


# ---- slides -------------------------------------------------------------------------------------
def _title_slide(prs, journey: Journey) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    colors = [s.color for s in journey.stages] or ["#2f6fb3"]
    band_w = (SLIDE_W - 2 * MARGIN) // len(colors)
    for i, color in enumerate(colors):  # the stages' colours as a strip: the map at a glance
        _fill_shape(slide, MSO_SHAPE.RECTANGLE, MARGIN + i * band_w, Inches(1.2), band_w, Inches(0.18), color)
    _text_box(slide, MARGIN, Inches(1.6), SLIDE_W - 2 * MARGIN, Inches(1.4), journey.title, 40, INK, True)
    if journey.goals:
        _text_box(slide, MARGIN, Inches(3.1), SLIDE_W - 2 * MARGIN, Inches(1.6), journey.goals, 20, MUTED_INK)
    if journey.description and journey.description != journey.goals:
        _text_box(
            slide, MARGIN, Inches(4.8), SLIDE_W - 2 * MARGIN, Inches(1.2), journey.description, 14, MUTED_INK
        )
    names = ", ".join(p.name for p in journey.personas if p.name)
    if names:
        _text_box(
            slide,
            MARGIN,
            Inches(6.3),
            SLIDE_W - 2 * MARGIN,
            Inches(0.6),
            tr("export", "Personas: %s") % names,
            14,
            INK,
        )


def _overview_slide(prs, scene: JourneyScene, options: ExportOptions) -> None:
    from dataclasses import replace

    from cjm_desktop.export.png import render_image

    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _text_box(
        slide, MARGIN, Inches(0.2), SLIDE_W - 2 * MARGIN, Inches(0.6), tr("export", "Overview"), 24, INK, True
    )
    plan = plan_region(scene, replace(options, format="png", region="map", transparent=False))
    longest = max(plan.size.width(), plan.size.height())
    # No alpha channel: smaller and much faster to encode than the premultiplied render.
    image = render_image(plan, min(OVERVIEW_MAX_PX / longest, 4.0)).convertToFormat(
        QImage.Format.Format_RGB888
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Light compression: zlib's strongest level took seconds on a 4000-pixel map for a few % of size.
    if not image.save(buffer, "PNG", 80):  # type: ignore[call-overload]  # the stubs want bytes; str works
        raise ExportError(tr("export", "the overview picture could not be made"))
    area_top = Inches(0.9)
    area_w, area_h = SLIDE_W - 2 * MARGIN, SLIDE_H - area_top - MARGIN
    scale = min(area_w / plan.size.width(), area_h / plan.size.height())
    w, h = int(plan.size.width() * scale), int(plan.size.height() * scale)
    picture = io.BytesIO(buffer.data().data())
    slide.shapes.add_picture(picture, MARGIN + (area_w - w) // 2, area_top, Emu(w), Emu(h))


def _card_text(card: Card, kind: LaneKind) -> str:
    """What a card's box says: its text, and who said it for a quote."""
    if kind == LaneKind.QUOTES and card.author:
        return f"{quoted(card.text)}\n— {card.author}"
    return card.text


def _quote_note(card: Card) -> str:
    who = ", ".join(part for part in (card.author, card.source or "", card.date) if part)
    return quoted(card.text) + (f" — {who}" if who else "")


def _side_table(slide, journey: Journey, stage: Stage, left, top, width) -> None:
    """The stage's emotion scores (per persona) and metric values in one native table."""
    rows: list[tuple[str, str]] = []
    for persona in journey.personas:
        point = journey.emotion(persona.id, stage.id)
        if point is not None:
            score = f"+{point.score}" if point.score > 0 else str(point.score)
            rows.append((persona.name, score))
    metrics = {m.id: m for m in journey.metrics}
    for value in journey.metric_values:
        if value.stage_id == stage.id and value.metric_id in metrics:
            metric = metrics[value.metric_id]
            rows.append((metric.name, format_value(metric, value.value)))
    if not rows:
        return
    height = Inches(0.32) * (len(rows) + 1)
    table = slide.shapes.add_table(len(rows) + 1, 2, left, top, width, height).table
    table.columns[0].width = Emu(int(width * 0.62))
    table.columns[1].width = width - table.columns[0].width
    header = (tr("export", "Emotions and metrics"), "")
    for r, (name, shown) in enumerate([header, *rows]):
        for c, text in enumerate((name, shown)):
            cell = table.cell(r, c)
            cell.text = text
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11 if r else 12)
                    run.font.bold = r == 0
    if len(rows) + 1 > 1:
        table.cell(0, 0).merge(table.cell(0, 1))
        fill = table.cell(0, 0)
        fill.fill.solid()
        fill.fill.fore_color.rgb = rgb(stage.color)


def _stage_slide(prs, journey: Journey, stage: Stage, index: int, lane_ids: list[str]) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    header = _fill_shape(
        slide,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        MARGIN,
        Inches(0.25),
        SLIDE_W - 2 * MARGIN,
        Inches(0.8),
        stage.color,
    )
    header.adjustments[0] = 0.12
    _set_text(header, f"{index + 1:02d}  {stage.name}", 26, "#ffffff", True, MSO_ANCHOR.MIDDLE)
    header.text_frame.margin_left = Inches(0.2)
    cells = journey.cells()
    lanes = [journey.lane(lane_id) for lane_id in lane_ids]
    rows = [lane for lane in lanes if lane.kind not in DRAWN_KINDS and cells.get((lane.id, stage.id))]
    has_side = any(journey.emotion(p.id, stage.id) for p in journey.personas) or any(
        v.stage_id == stage.id for v in journey.metric_values
    )
    top = Inches(1.2)
    right = SLIDE_W - MARGIN - (SIDE_W + GAP * 2 if has_side else 0)
    if has_side:
        _side_table(slide, journey, stage, right + GAP * 2, top, SIDE_W)
    cards_left = MARGIN + LANE_W + GAP
    if not rows:
        _text_box(
            slide,
            MARGIN,
            top,
            right - MARGIN,
            Inches(0.5),
            tr("export", "No cards in this stage"),
            14,
            MUTED_INK,
        )
    available = SLIDE_H - top - MARGIN
    weights = [math.ceil(len(cells[(lane.id, stage.id)]) / MAX_CARD_COLUMNS) for lane in rows]
    unit = (available - GAP * max(len(rows) - 1, 0)) / max(sum(weights), 1)
    y: int = top
    for lane, weight in zip(rows, weights, strict=True):
        row_h = int(unit * weight)
        style = kind_style(lane.kind)
        band = _fill_shape(slide, MSO_SHAPE.RECTANGLE, MARGIN, y, LANE_W, row_h, "#eef1f5")
        _set_text(band, f"{style.symbol}  {lane.title}", 13, INK, True)
        band.text_frame.margin_left = Inches(0.16)  # clear of the accent bar
        _fill_shape(slide, MSO_SHAPE.RECTANGLE, MARGIN, y, Inches(0.06), row_h, style.accent)
        cards = cells[(lane.id, stage.id)]
        columns = min(len(cards), MAX_CARD_COLUMNS)
        card_w = int((right - cards_left - GAP * (columns - 1)) / columns)
        card_h = int((row_h - GAP * (weight - 1)) / weight)
        for k, card in enumerate(cards):
            row, col = divmod(k, columns)
            box = _fill_shape(
                slide,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                int(cards_left + col * (card_w + GAP)),
                int(y + row * (card_h + GAP)),
                card_w,
                card_h,
                card.color or style.fill,
                style.accent,
            )
            box.adjustments[0] = 0.08
            _set_text(box, _card_text(card, lane.kind), 12, INK)
        y += row_h + GAP
    quotes = [
        _quote_note(c)
        for lane in lanes
        if lane.kind == LaneKind.QUOTES
        for c in cells.get((lane.id, stage.id), [])
        if c.text
    ]
    if quotes:
        slide.notes_slide.notes_text_frame.text = "\n\n".join(quotes)


def export_pptx(
    scene: JourneyScene, path: Path, options: ExportOptions, progress: Progress | None = None
) -> int:
    """Write the map as an editable 16:9 presentation; returns the number of slides."""
    journey = scene.doc.journey
    indices = options.stages if options.region == "stages" else list(range(len(journey.stages)))
    lane_ids = [lane.id for lane in journey.lanes if lane.id not in scene.hidden_lane_ids]
    total = len(indices) + 2
    with atomic_target(path) as temp:
        prs = Presentation()
        prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
        prs.core_properties.title = journey.title or ""
        prs.core_properties.subject = " ".join(journey.goals.split())
        if options.author:
            prs.core_properties.author = options.author
        report(progress, 0, total)
        _title_slide(prs, journey)
        _overview_slide(prs, scene, options)
        report(progress, 2, total)
        for done, index in enumerate(indices, start=3):
            _stage_slide(prs, journey, journey.stages[index], index, lane_ids)
            report(progress, done, total)
        try:
            prs.save(str(temp))
        except OSError as error:
            raise ExportError(f"{path}: {describe_os_error(error)}") from None
    return len(prs.slides)
