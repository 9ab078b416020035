"""SVG export: the plan as scalable vector graphics with real text (QSvgGenerator)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from cjm_desktop.export.options import SCENE_DPI, ExportError, ExportOptions
from cjm_desktop.export.output import atomic_target
from cjm_desktop.export.render import Progress, RenderPlan, export_state, render_plan, report
from cjm_desktop.export.svg_text import finish_svg
from cjm_desktop.i18n import arg, tr


def export_svg(
    plan: RenderPlan, path: Path, options: ExportOptions, progress: Progress | None = None
) -> QSize:
    """Write the plan as SVG, one user unit per scene unit; returns the size in those units."""
    size = QSize(math.ceil(plan.size.width()), math.ceil(plan.size.height()))
    with atomic_target(path) as temp, export_state(plan):
        report(progress, 0, 1)
        # SVG 1.1 rather than Tiny 1.2: the export's clip (a view or page) becomes a real clipPath.
        generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
        generator.setFileName(str(temp))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setResolution(round(SCENE_DPI))
        generator.setTitle(plan.scene.doc.journey.title or "")
        generator.setDescription("cjm-desktop")
        painter = QPainter(generator)
        if not painter.isActive():
            raise ExportError(arg(tr("export", "%1: could not start the SVG"), path))
        try:
            render_plan(painter, plan, QRectF(0, 0, plan.size.width(), plan.size.height()))
        finally:
            painter.end()
        finish_svg(temp, text_as_paths=options.svg_text == "paths")
        report(progress, 1, 1)
    return size
