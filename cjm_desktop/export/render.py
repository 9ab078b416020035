"""The one headless render path: every export (PNG, PDF, SVG, clipboard, preview) draws through here.

A region of the map becomes a ``RenderPlan``: a canvas of plan units (= scene units) made of
pieces, each either a rectangle of the scene rendered by ``QGraphicsScene.render`` (so the output is
painted by the very same item ``paint`` methods as the canvas) or a small drawing of our own (the
title block, persona profiles). ``render_plan`` paints any part of a plan into any target rectangle
of any QPainter, which is what lets PNG strips, PDF tiles and previews share one code path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from cjm_desktop.canvas import persona_profile
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import LIGHT_MAP, font, painting_with
from cjm_desktop.document import JourneyDocument
from cjm_desktop.export.options import ExportCancelled, ExportError, ExportOptions
from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey

TITLE_BLOCK_HEIGHT = 64.0
PROFILE_GAP = 24.0
PROFILES_PER_ROW = 3

# progress(done, total) -> keep going? Returning False cancels the export.
Progress = Callable[[int, int], bool]


def scene_for(journey: Journey) -> tuple[JourneyDocument, JourneyScene]:
    """A document and scene for a journey, without any view or window (needs a QApplication)."""
    doc = JourneyDocument(journey)
    return doc, JourneyScene(doc)


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell the caller how far we are; raise ExportCancelled when it asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled()


@dataclass
class Piece:
    """A rectangle of the output: a scene rectangle to render, or a drawing of our own."""

    rect: QRectF  # where in the plan
    source: QRectF | None = None  # scene rectangle shown there (same size as rect)
    draw: Callable[[QPainter, QRectF], None] | None = None  # paints into rect (plan units)
    scene: JourneyScene | None = None  # where ``source`` lies, when not the plan's scene (subsets)


@dataclass
class RenderPlan:
    """What to draw where: an output of ``size`` plan units built from pieces."""

    scene: JourneyScene
    size: QSizeF
    pieces: list[Piece] = field(default_factory=list)
    transparent: bool = False
    title_width: float | None = None  # narrower map title for a subset of stages
    active: bool = False  # inside export_state: the scene is in export mode
    # Items outside the region that would still poke into it (a neighbour's header is a few units
    # wider than its column): hidden while rendering, so no clipped-away text lands in a PDF.
    hidden_items: list[QGraphicsItem] = field(default_factory=list)
    origin: JourneyScene | None = None  # the whole map's scene, when ``scene`` shows only a subset

    def map_scene(self) -> JourneyScene:
        """The scene of the whole map (for laying out other regions of it, such as one page per stage)."""
        return self.origin or self.scene

    def rect(self) -> QRectF:
        """The whole plan."""
        return QRectF(QPointF(0, 0), self.size)


# ---- what a region looks like --------------------------------------------------------------------
def plan_region(scene: JourneyScene, options: ExportOptions) -> RenderPlan:
    """Lay out the region the options ask for (whole map, stages, a scene rect or persona profiles)."""
    if options.region == "stages":
        plan = _stages_plan(scene, options.stages, options.lane_columns)
    elif options.region == "view":
        if options.view_rect is None:
            raise ExportError(tr("export", "no view rectangle given"))
        rect = QRectF(*options.view_rect).intersected(scene.sceneRect())
        if rect.isEmpty():
            raise ExportError(tr("export", "the current view shows no part of the map"))
        plan = RenderPlan(scene, rect.size(), [Piece(QRectF(QPointF(0, 0), rect.size()), rect)])
    elif options.region == "personas":
        plan = _personas_plan(scene)
    else:
        rect = scene.sceneRect()
        plan = RenderPlan(scene, rect.size(), [Piece(QRectF(QPointF(0, 0), rect.size()), rect)])
    plan.transparent = options.transparent and options.format != "pdf"
    if options.title_block:
        _add_title_block(plan)
    return plan


def _stages_plan(scene: JourneyScene, indices: list[int], columns: int = 1) -> RenderPlan:
    """The chosen stages as a map of their own under the title (see export.subset)."""
    from cjm_desktop.export.subset import stages_pieces

    whole, size, pieces = stages_pieces(scene, indices, columns)
    return RenderPlan(whole, size, pieces, title_width=size.width() - 2 * whole.metrics.margin, origin=scene)


def best_columns(scene: JourneyScene, indices: list[int], aspect: float, most: int = 4) -> int:
    """How many lane columns make a stage subset fill a page of ``aspect`` (width / height) best."""
    from cjm_desktop.export.subset import chosen_stages, subset_scene, subset_size

    sub = subset_scene(scene, chosen_stages(scene, indices))
    best, best_scale = 1, 0.0
    for columns in range(1, most + 1):
        size = subset_size(sub, columns)
        scale = min(aspect / size.width(), 1.0 / size.height())
        if scale > best_scale * 1.02:  # fewer columns unless more are clearly better
            best, best_scale = columns, scale
    return best


def _personas_plan(scene: JourneyScene) -> RenderPlan:
    """Each persona's profile card, three to a row."""
    personas = scene.doc.journey.personas
    if not personas:
        raise ExportError(tr("export", "the map has no personas"))
    margin = scene.metrics.margin
    sizes = [persona_profile.profile_size(p) for p in personas]
    cell_w = max(s.width() for s in sizes)
    cell_h = max(s.height() for s in sizes)
    columns = min(PROFILES_PER_ROW, len(personas))
    rows = (len(personas) + columns - 1) // columns
    pieces = []
    for i, (persona, size) in enumerate(zip(personas, sizes, strict=True)):
        x = margin + (i % columns) * (cell_w + PROFILE_GAP)
        y = margin + (i // columns) * (cell_h + PROFILE_GAP)

        def draw(painter: QPainter, rect: QRectF, persona=persona) -> None:
            persona_profile.paint_persona_profile(painter, rect, persona)

        pieces.append(Piece(QRectF(x, y, size.width(), size.height()), draw=draw))
    width = 2 * margin + columns * cell_w + (columns - 1) * PROFILE_GAP
    height = 2 * margin + rows * cell_h + (rows - 1) * PROFILE_GAP
    return RenderPlan(scene, QSizeF(width, height), pieces)


def _add_title_block(plan: RenderPlan) -> None:
    """Push everything down and put the map title, the date and the personas on top."""
    for piece in plan.pieces:
        piece.rect.translate(0, TITLE_BLOCK_HEIGHT)
    journey = plan.scene.doc.journey
    margin = plan.scene.metrics.margin
    names = ", ".join(p.name for p in journey.personas if p.name)

    def draw(painter: QPainter, rect: QRectF) -> None:
        inner = rect.adjusted(margin, 14, -margin, 0)
        title_font = font(20, bold=True)
        metrics = QFontMetricsF(title_font)
        date = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
        date_font = font(13)
        date_w = QFontMetricsF(date_font).horizontalAdvance(date) + 8
        painter.setPen(LIGHT_MAP.ink)
        painter.setFont(title_font)
        title = metrics.elidedText(
            journey.title or "", Qt.TextElideMode.ElideRight, inner.width() - date_w - 16
        )
        painter.drawText(QPointF(inner.left(), inner.top() + metrics.ascent()), title)
        painter.setPen(LIGHT_MAP.muted_ink)
        painter.setFont(date_font)
        painter.drawText(
            QRectF(inner.right() - date_w, inner.top(), date_w, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            date,
        )
        if names:
            line_font = font(13)
            painter.setFont(line_font)
            line_metrics = QFontMetricsF(line_font)
            line = line_metrics.elidedText(
                tr("export", "Personas: %s") % names, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(
                QPointF(inner.left(), inner.top() + metrics.height() + 2 + line_metrics.ascent()), line
            )
        painter.setPen(QPen(LIGHT_MAP.grid_line, 1))
        painter.drawLine(QPointF(inner.left(), rect.bottom() - 1), QPointF(inner.right(), rect.bottom() - 1))

    plan.pieces.insert(0, Piece(QRectF(0, 0, plan.size.width(), TITLE_BLOCK_HEIGHT), draw=draw))
    plan.size = QSizeF(plan.size.width(), plan.size.height() + TITLE_BLOCK_HEIGHT)


# ---- painting ------------------------------------------------------------------------------------
@contextmanager
def exporting(scene: JourneyScene) -> Iterator[None]:
    """Keep the scene in export mode for a whole export (many pages or strips); nests cheaply."""
    if scene.export_mode:
        yield
        return
    scene.export_mode = True  # switches item caching off too, so this happens once per export
    # Exports always print with the light palette, whatever the editor shows (dark theme).
    saved_palette, scene.map_palette = scene.map_palette, LIGHT_MAP
    try:
        with painting_with(LIGHT_MAP):  # also for pieces drawn outside the scene (title block, profiles)
            yield
    finally:
        scene.export_mode = False
        scene.map_palette = saved_palette


@contextmanager
def export_state(plan: RenderPlan) -> Iterator[None]:
    """Hide screen-only decoration (selection, hints, the paper when transparent) while rendering."""
    if plan.active:  # nested (a page inside a whole export): already set up
        yield
        return
    scene = plan.scene
    saved_transparent = scene.transparent_background
    title = scene.title_item
    saved_pos, saved_rect = title.pos(), title.boundingRect().adjusted(4, 4, -4, -4)
    with ExitStack() as scenes:
        others = [p.scene for p in plan.pieces if p.scene is not None and p.scene is not scene]
        for each in [scene, *others]:
            scenes.enter_context(exporting(each))
            each.transparent_background = plan.transparent
        if plan.title_width is not None:
            title.set_rect(saved_pos.x(), saved_pos.y(), plan.title_width, saved_rect.height())
        hidden = [item for item in plan.hidden_items if item.isVisible()]
        for item in hidden:
            item.setVisible(False)
        plan.active = True
        try:
            yield
        finally:
            plan.active = False
            for item in hidden:
                item.setVisible(True)
            for each in others:
                each.transparent_background = False  # subset scenes live only for this plan
            scene.transparent_background = saved_transparent
            if plan.title_width is not None:
                title.set_rect(saved_pos.x(), saved_pos.y(), saved_rect.width(), saved_rect.height())


def render_plan(painter: QPainter, plan: RenderPlan, target: QRectF, content: QRectF | None = None) -> None:
    """Paint ``content`` (a rectangle of the plan, by default all of it) into ``target`` on ``painter``."""
    content = plan.rect() if content is None else content
    if content.isEmpty() or target.isEmpty():
        return
    sx = target.width() / content.width()
    sy = target.height() / content.height()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if not plan.transparent:
        painter.fillRect(target, LIGHT_MAP.paper)
    with export_state(plan):
        for piece in plan.pieces:
            part = piece.rect.intersected(content)
            if part.isEmpty():
                continue
            dest = QRectF(
                target.x() + (part.x() - content.x()) * sx,
                target.y() + (part.y() - content.y()) * sy,
                part.width() * sx,
                part.height() * sy,
            )
            if piece.source is not None:
                source = QRectF(
                    piece.source.x() + part.x() - piece.rect.x(),
                    piece.source.y() + part.y() - piece.rect.y(),
                    part.width(),
                    part.height(),
                )
                scene = piece.scene or plan.scene
                scene.render(painter, dest, source, Qt.AspectRatioMode.IgnoreAspectRatio)
            elif piece.draw is not None:
                painter.save()
                painter.setClipRect(dest, Qt.ClipOperation.IntersectClip)
                painter.translate(target.x() - content.x() * sx, target.y() - content.y() * sy)
                painter.scale(sx, sy)
                piece.draw(painter, QRectF(piece.rect))
                painter.restore()
