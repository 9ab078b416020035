"""PNG export read back: size, ink in every stage, transparency, stage subsets, strip streaming."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from cjm_desktop.export import png as png_module
from cjm_desktop.export.options import ExportCancelled, ExportOptions
from cjm_desktop.export.render import plan_region
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile.cjm_file import dumps

from .helpers import inked_pixels, sample_scene


def test_2x_png_has_the_map_size_and_ink_in_every_stage(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    before = dumps(doc.journey)
    out = tmp_path / "map.png"
    export_file(scene, out, ExportOptions(format="png", scale=2))
    image = QImage(str(out))
    rect = scene.sceneRect()
    assert (image.width(), image.height()) == (math.ceil(rect.width() * 2), math.ceil(rect.height() * 2))
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    layout = scene.layout
    for i, stage in enumerate(doc.journey.stages):
        x, y, w, h = layout.stage_column_rect(i)
        header = QColor(image.pixel(int((x + 8) * 2), int((y + 50) * 2)))
        assert header == QColor(stage.color), stage.name
        ink = inked_pixels(image, int(x * 2), int(layout.grid_top * 2), int((x + w) * 2), int((y + h) * 2))
        assert ink > 200, f"stage {stage.name} is blank"
    assert QColor(image.pixel(2, 2)) == QColor("white")
    assert dumps(doc.journey) == before  # exporting never edits the map
    assert doc.undo_stack.count() == 0


def test_transparent_png_leaves_the_paper_out(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "clear.png"
    export_file(scene, out, ExportOptions(format="png", scale=1, transparent=True))
    image = QImage(str(out))
    assert image.hasAlphaChannel()
    assert QColor.fromRgba(image.pixel(3, 3)).alpha() == 0
    x, y, _, _ = scene.layout.stage_rect(0)
    assert QColor.fromRgba(image.pixel(int(x + 8), int(y + 50))).alpha() == 255
    assert not scene.transparent_background  # restored for the canvas


def test_stage_subset_shows_lane_headers_and_only_those_stages(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    out = tmp_path / "stages.png"
    export_file(scene, out, ExportOptions(format="png", scale=1, region="stages", stages=[1, 3]))
    image = QImage(str(out))
    m = scene.metrics
    assert image.width() == math.ceil(2 * m.margin + m.lane_header_width + 2 * m.stage_width)
    top = min(m.margin + m.title_height, scene.layout.top)  # the persona strip is left out
    for k, index in enumerate((1, 3)):
        x = m.margin + m.lane_header_width + k * m.stage_width
        assert QColor(image.pixel(int(x + 8), int(top + 50))) == QColor(doc.journey.stages[index].color)
    lane_x, lane_y, lane_w, lane_h = scene.layout.lane_rect(0)
    lane_y -= scene.layout.top - top
    assert inked_pixels(image, int(lane_x + 40), int(lane_y), int(lane_x + lane_w), int(lane_y + 40)) > 10
    # Lanes are as tall as the chosen stages' cards need, never taller than in the whole map.
    assert image.height() <= math.ceil(scene.sceneRect().height() - (scene.layout.top - top))


def test_selection_never_appears_and_view_state_is_restored(qapp, tmp_path: Path) -> None:
    doc, scene = sample_scene()
    card_id = doc.journey.cards[0].id
    scene.select_ids([card_id])
    item = scene.card_items[card_id]
    rect = item.sceneBoundingRect().adjusted(-6, -6, 6, 6)
    out = tmp_path / "view.png"
    export_file(scene, out, ExportOptions(format="png", scale=1, region="view", view_rect=rect.getRect()))
    image = QImage(str(out))
    selection_blue = QColor("#2563eb")
    blue = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)) == selection_blue
    )
    assert blue == 0
    assert scene.selected_ids("card") == [card_id]
    assert scene.export_mode is False


def test_huge_png_is_streamed_in_strips_and_matches_the_whole_render(
    qapp, tmp_path: Path, monkeypatch
) -> None:
    doc, scene = sample_scene()
    whole = tmp_path / "whole.png"
    options = ExportOptions(format="png", scale=1)
    export_file(scene, whole, options)
    monkeypatch.setattr(png_module, "WHOLE_IMAGE_LIMIT", 1024)
    monkeypatch.setattr(png_module, "STRIP_BYTES", 1512 * 4 * 100)  # ~100 rows a strip
    calls: list[tuple[int, int]] = []
    strips = tmp_path / "strips.png"
    export_file(scene, strips, options, lambda done, total: calls.append((done, total)) or True)
    assert len(calls) > 5 and calls[-1][0] == calls[-1][1]
    a, b = QImage(str(whole)), QImage(str(strips))
    assert a.size() == b.size()
    different = 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            ca, cb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue())) > 40:
                different += 1
    assert different < 20


def test_cancelling_leaves_no_file(qapp, tmp_path: Path, monkeypatch) -> None:
    doc, scene = sample_scene()
    monkeypatch.setattr(png_module, "WHOLE_IMAGE_LIMIT", 1024)
    monkeypatch.setattr(png_module, "STRIP_BYTES", 1512 * 4 * 100)
    out = tmp_path / "cancelled.png"
    with pytest.raises(ExportCancelled):
        export_file(scene, out, ExportOptions(format="png", scale=1), lambda done, total: done < 3)
    assert list(tmp_path.iterdir()) == []
    assert scene.export_mode is False


def test_plan_size_of_the_view_region_is_the_rect(qapp) -> None:
    _doc, scene = sample_scene()
    plan = plan_region(scene, ExportOptions(region="view", view_rect=(100, 100, 300, 200)))
    assert (plan.size.width(), plan.size.height()) == (300, 200)
