"""One call per export file: pick the writer the options ask for (used by the dialog and the CLI)."""

from __future__ import annotations

from pathlib import Path

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import Progress, plan_region
from cjm_desktop.i18n import arg, tr


def export_file(
    scene: JourneyScene, path: Path, options: ExportOptions, progress: Progress | None = None
) -> str:
    """Export the region the options name to ``path``; returns a short description of what was written."""
    options.validate()
    if options.format == "pptx":  # built from the model; only its overview slide is rendered
        from cjm_desktop.export.pptx import export_pptx

        slides = export_pptx(scene, path, options, progress)
        return tr("export", "%n slides", None, slides)
    plan = plan_region(scene, options)
    if options.format == "pdf":
        from cjm_desktop.export.pdf import export_pdf

        pages = export_pdf(plan, path, options, progress)
        return tr("export", "%n pages", None, pages)
    if options.format == "svg":
        from cjm_desktop.export.svg import export_svg

        size = export_svg(plan, path, options, progress)
    else:
        from cjm_desktop.export.png import export_png

        size = export_png(plan, path, options, progress)
    return arg(tr("export", "%1 x %2 pixels"), size.width(), size.height())
