"""Visual compare through the real window: overlay colours, ghosts, moves, metrics, the Changes dock,
editing while comparing, export, and ending the compare."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.canvas.compare_overlay import (
    ADDED_COLOR,
    CompareMark,
    MetricChangeItem,
)
from cjm_desktop.document import snapshot_edits as se
from cjm_desktop.document.commands import (
    InsertItemsCommand,
    MoveCardsCommand,
    RemoveItemsCommand,
    ReplaceListCommand,
)
from cjm_desktop.document.edits import set_fields
from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
from cjm_desktop.model import Card, Lane, LaneKind, Metric, MetricValue
from cjm_desktop.paths import sample_map_path
from tests.ui.metrics_workbook import bare_sample


def sample_with_metrics():
    journey = bare_sample()  # the shipped metrics stripped: this test brings its own
    journey.lanes.append(Lane("lane-metrics", LaneKind.METRICS, "Metrics"))
    journey.metrics.append(Metric("metric-conv", "Conversion", "%", "percent"))
    journey.metric_values = [
        MetricValue("metric-conv", s.id, 0.02 * (i + 1)) for i, s in enumerate(journey.stages)
    ]
    return journey


def edit_after_snapshot(window) -> dict[str, str]:
    """One of each kind of change, through commands; returns the ids involved."""
    doc, journey = window.doc, window.doc.journey
    added = Card("card-added", journey.lanes[0].id, journey.stages[0].id, "Brand-new touchpoint")
    doc.push(InsertItemsCommand(doc, "cards", [(len(journey.cards), added)], "Add"))
    removed, changed, moved = journey.cards[4].id, journey.cards[1].id, journey.cards[2].id
    doc.push(RemoveItemsCommand(doc, "cards", [removed], "Delete"))
    set_fields(doc, "cards", changed, {"text": "Reworded by the team"}, "Edit")
    doc.push(MoveCardsCommand(doc, [moved], journey.lanes[-2].id, journey.stages[-1].id, 0, "Move"))
    values = list(journey.metric_values)
    values[2] = dataclasses.replace(values[2], value=0.09)
    doc.push(ReplaceListCommand(doc, "metric_values", values, "Metric"))
    return {"added": added.id, "removed": removed, "changed": changed, "moved": moved}


def render(scene) -> tuple[QImage, QRectF]:
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image, rect


def has_colour_on_outline(image: QImage, origin: QRectF, rect: QRectF, colour: QColor) -> bool:
    """Some pixel along the left edge of a mark (scene rect) has the colour."""
    x = round(rect.left() - origin.left())
    for y in range(round(rect.top() - origin.top()) + 4, round(rect.bottom() - origin.top()) - 4):
        for dx in (-1, 0, 1):
            pixel = image.pixelColor(x + dx, y)
            if all(abs(a - b) < 40 for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)):
                return True
    return False


def marks(scene) -> dict[str, list[CompareMark]]:
    result: dict[str, list[CompareMark]] = {}
    for item in scene.items():
        if isinstance(item, CompareMark):
            result.setdefault(item.label.split(" ")[0], []).append(item)
    return result


def test_compare_with_a_snapshot_shows_every_kind_of_change(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(sample_with_metrics())
    doc, scene = window.doc, window.scene
    se.take_snapshot(doc, "Workshop start")
    ids = edit_after_snapshot(window)
    window.snapshot_actions.manage_action.trigger()
    dialog = window.snapshot_actions.dialog
    dialog.tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    compare = window.compare_actions
    assert compare.active and compare.dock.isVisible()

    found = marks(scene)
    assert [m.label for m in found["new"]] == ["new"]
    assert [m.ghost_text for m in found["removed"]] and found["removed"][0].dashed
    assert len(found["changed"]) == 1 and len(found["moved"]) == 1
    assert found["moved"][0].label.startswith("moved from ")
    metric_items = [i for i in scene.items() if isinstance(i, MetricChangeItem)]
    assert len(metric_items) == 1 and "→" in metric_items[0].lines[0]

    image, origin = render(scene)
    assert has_colour_on_outline(image, origin, found["new"][0].rect, ADDED_COLOR)

    panel = compare.panel
    assert panel.list.count() == len(panel.changes) == 5  # the snapshot itself is not a change
    assert {c.collection for c in panel.changes} == {"cards", "metric_values"}
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    first = panel.current_change()
    assert first is not None and panel.detail.toPlainText()
    scene.select_ids([ids["changed"]])  # a card chosen on the canvas shows its change in the dock
    chosen = panel.current_change()
    assert chosen is not None and chosen.key == (ids["changed"],)
    assert "before: " in panel.detail.toPlainText() and "Reworded by the team" in panel.detail.toPlainText()
    box = compare.before_after  # the inspector shows the selected card's before and after
    assert box.isVisible() and box.parentWidget() is window.inspector
    assert "Reworded by the team" in box.text() and "before “" in box.text()
    scene.clearSelection()
    assert not box.isVisible()

    # Editing while comparing: the overlay and list follow.
    count = panel.list.count()
    set_fields(doc, "cards", doc.journey.cards[0].id, {"text": "Another edit"}, "Edit")
    qtbot.waitUntil(lambda: panel.list.count() == count + 1)

    # The compare view exports like any view.
    out = tmp_path / "compare.png"
    export_file(scene, out, ExportOptions(format="png", scale=1.0))
    exported = QImage(str(out))
    assert not exported.isNull()
    greens = sum(
        1
        for x in range(0, exported.width(), 3)
        for y in range(0, exported.height(), 3)
        if exported.pixelColor(x, y).name() == ADDED_COLOR.name()
    )
    assert greens > 10

    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert not compare.active and not marks(scene) and not compare.before_after.isVisible()
    assert not any(isinstance(i, MetricChangeItem) for i in scene.items())


def test_compare_with_a_file_and_a_bad_file(make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window(load_map(sample_map_path()))
    other = load_map(sample_map_path())
    other.cards[0].text = "Changed in the other file"
    save_map(other, tmp_path / "other.cjm", keep_backup=False)
    assert window.compare_actions.open_file(tmp_path / "other.cjm")
    assert [c.key for c in window.compare_actions.panel.changes] == [(other.cards[0].id,)]
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, error: shown.append(error.problem))
    (tmp_path / "bad.cjm").write_text("{")
    before = len(window.compare_actions.panel.changes)
    assert not window.compare_actions.open_file(tmp_path / "bad.cjm")
    assert shown and len(window.compare_actions.panel.changes) == before
    window.compare_actions.end()
