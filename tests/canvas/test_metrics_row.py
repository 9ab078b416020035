"""The metrics lane: values, target colours, sparklines and the funnel's drop-off between the right stages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.canvas.metrics_row import (
    FUNNEL_BAND,
    METRIC_HEIGHT,
    MetricsRowItem,
    sparkline_points,
)
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import LIGHT_MAP
from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.commands import ReplaceListCommand
from cjm_desktop.model import Journey, Lane, LaneKind, Metric, MetricValue, Stage

SERIES = [("2024-03-01", 10.0), ("2024-03-02", 30.0), ("2024-03-03", 20.0)]


def journey() -> Journey:
    j = Journey(title="Shop")
    j.stages = [
        Stage(f"s{i}", n) for i, n in enumerate(["Awareness", "Consideration", "Purchase", "Retention"])
    ]
    j.lanes = [Lane("l-act", LaneKind.ACTIONS, "Actions"), Lane("l-met", LaneKind.METRICS, "Metrics")]
    j.metrics = [
        Metric("visits", "Sessions", is_count=True, aggregate="sum"),
        Metric("bounce", "Bounce rate", unit="%", format="percent", higher_is_better=False, target=0.4),
    ]
    # 1000 -> 800 (80 %) -> 200 (25 %: the biggest drop) -> 150 (75 %)
    j.metric_values = [
        MetricValue("visits", "s0", 1000, SERIES),
        MetricValue("visits", "s1", 800),
        MetricValue("visits", "s2", 200),
        MetricValue("visits", "s3", 150),
        MetricValue("bounce", "s0", 0.30),
        MetricValue("bounce", "s2", 0.55, SERIES),
    ]
    return j


@pytest.fixture
def scene(qapp) -> JourneyScene:
    return JourneyScene(JourneyDocument(journey()))


def row(scene: JourneyScene) -> MetricsRowItem:
    item = scene.row_items["l-met"]
    assert isinstance(item, MetricsRowItem)
    return item


def render(scene: JourneyScene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    return image


def colour_count(image: QImage, color: QColor, tolerance: int = 40) -> int:
    count = 0
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue())
                < tolerance
            ):
                count += 1
    return count


def test_reserved_height_grows_with_metrics(scene: JourneyScene) -> None:
    item = row(scene)
    two = item.reserved_height()
    assert two >= FUNNEL_BAND + 2 * METRIC_HEIGHT
    doc = scene.doc
    doc.push(ReplaceListCommand(doc, "metrics", [*doc.journey.metrics, Metric("nps", "NPS")], "add"))
    assert item.reserved_height() == pytest.approx(two + METRIC_HEIGHT)
    assert item.boundingRect().height() >= two + METRIC_HEIGHT - 10  # the scene laid it out again


def test_drop_off_badge_sits_between_the_right_stages(scene: JourneyScene) -> None:
    item = row(scene)
    marks = item.funnel_marks()
    assert [(m.from_index, m.to_index) for m in marks] == [(0, 1), (1, 2), (2, 3)]
    worst = [m for m in marks if m.worst]
    assert len(worst) == 1 and (worst[0].from_index, worst[0].to_index) == (1, 2)
    assert "−75" in worst[0].text
    assert "80" in marks[0].text and "continue" in marks[0].text
    # In scene coordinates the badge straddles the border between Consideration and Purchase.
    layout = scene.layout
    badge = item.mapRectToScene(worst[0].rect)
    border = layout.stage_x[2]
    assert layout.stage_x[1] < badge.left() < border < badge.right() < layout.stage_x[3]
    # ... and is drawn in red there, in an export too.
    scene.export_mode = True
    image = render(scene, badge)
    assert colour_count(image, QColor("#c53030")) > badge.width() * badge.height() * 0.2


def test_values_are_coloured_against_target_and_direction(scene: JourneyScene) -> None:
    item = row(scene)
    layout = scene.layout
    top = item.scenePos().y() + item.metrics_top() + METRIC_HEIGHT  # the bounce-rate line
    width = layout.metrics.stage_width
    good = render(scene, QRectF(layout.stage_x[0], top, width, 22))  # 30 % <= 40 %: green
    bad = render(scene, QRectF(layout.stage_x[2], top, width, 22))  # 55 %: red
    missing = render(scene, QRectF(layout.stage_x[1], top, width, 22))  # no value: neither
    STATUS_COLORS = {"good": LIGHT_MAP.good, "bad": LIGHT_MAP.bad}  # noqa: N806 - the palette's two
    assert colour_count(good, STATUS_COLORS["good"]) > 20 and colour_count(good, STATUS_COLORS["bad"]) == 0
    assert colour_count(bad, STATUS_COLORS["bad"]) > 20 and colour_count(bad, STATUS_COLORS["good"]) == 0
    assert (
        colour_count(missing, STATUS_COLORS["bad"]) == 0 and colour_count(missing, STATUS_COLORS["good"]) == 0
    )


def test_sparkline_drawn_only_with_a_series(scene: JourneyScene) -> None:
    item = row(scene)
    layout = scene.layout
    top = item.scenePos().y() + item.metrics_top() + 22  # under the sessions value: the sparkline strip
    with_series = render(scene, QRectF(layout.stage_x[0] + 4, top, layout.metrics.stage_width - 8, 20))
    without = render(scene, QRectF(layout.stage_x[1] + 4, top, layout.metrics.stage_width - 8, 20))
    assert colour_count(with_series, QColor("#3659a8")) > 30
    assert colour_count(without, QColor("#3659a8")) == 0


def test_sparkline_points_scale_to_the_rect() -> None:
    points = sparkline_points(QRectF(0, 0, 100, 10), [10.0, 30.0, 20.0])
    assert [(p.x(), p.y()) for p in points] == [(0, 10), (50, 0), (100, 5)]
    flat = sparkline_points(QRectF(0, 0, 100, 10), [5.0, 5.0])
    assert {p.y() for p in flat} == {5}


def test_no_metrics_shows_a_hint_and_no_funnel_without_counts(qapp) -> None:
    j = journey()
    j.metrics, j.metric_values = [], []
    scene = JourneyScene(JourneyDocument(j))
    assert row(scene).funnel_marks() == [] and row(scene).reserved_height() == 110.0
    render(scene, scene.sceneRect())
    j2 = journey()
    j2.metrics = [j2.metrics[1]]
    j2.metric_values = [v for v in j2.metric_values if v.metric_id == "bounce"]
    scene2 = JourneyScene(JourneyDocument(j2))
    assert row(scene2).funnel() is None and row(scene2).funnel_marks() == []
    render(scene2, scene2.sceneRect())


def test_tooltips(scene: JourneyScene) -> None:
    item = row(scene)
    worst = next(m for m in item.funnel_marks() if m.worst)
    assert item.tooltip_at(worst.rect.center()).startswith("Consideration → Purchase")
    x = item.stage_centers()[2]
    tip = item.tooltip_at(QPointF(x, item.metrics_top() + METRIC_HEIGHT + 10))
    assert "Bounce rate · Purchase" in tip and "lower is better" in tip and "3 dates" in tip


def test_persona_values_show_in_the_personas_colours_under_the_stage_value(qapp) -> None:
    from cjm_desktop.canvas.metrics_row import persona_values
    from cjm_desktop.model import Persona

    j = Journey(stages=[Stage("a", "Awareness")], lanes=[Lane("l-met", LaneKind.METRICS, "Metrics")])
    j.personas = [Persona("p1", "Anna", "#d0573c"), Persona("p2", "Bence", "#2f7ebc")]
    j.metrics = [Metric("s", "Sessions", is_count=True)]
    j.metric_values = [
        MetricValue("s", "a", 1000),
        MetricValue("s", "a", 300, persona_id="p2"),
        MetricValue("s", "a", 700, persona_id="p1"),
        MetricValue("s", "a", 5, card_id="c", persona_id="p1"),  # a touchpoint's: not in the lane
    ]
    assert [(p.name, n) for p, n in persona_values(j)[("s", "a")]] == [("Anna", 700), ("Bence", 300)]
    scene = JourneyScene(JourneyDocument(j))
    image = render(scene, row(scene).sceneBoundingRect())
    # Each persona's value in the persona's colour, deepened where needed to read as text (4.5:1).
    assert colour_count(image, LIGHT_MAP.readable(QColor("#d0573c")), 30) > 10  # Anna's
    assert colour_count(image, LIGHT_MAP.readable(QColor("#2f7ebc")), 30) > 10  # and Bence's
