"""The metrics lane: each stage's metrics, their trend, and the conversion funnel across stages.

Everything is read from the model at paint time (the item holds only its lane id). At the top a
funnel band shows, between each pair of stages, the share of the first count metric that carries
on, with the biggest drop-off called out in red; below it each stage lists its metrics with the
value coloured against the target (in the metric's direction) and a sparkline of the time series.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.canvas.lane_row_base import LaneRowItem
from cjm_desktop.canvas.signal_cues import target_mark
from cjm_desktop.canvas.style import MapPalette, font, palette
from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey, Metric, MetricValue, Persona
from cjm_desktop.model.funnel import Funnel, funnel_metric, funnel_steps
from cjm_desktop.model.metric_format import format_change, format_value, target_status

FUNNEL_BAND = 50.0  # the funnel labels and the drop-off bracket
TOP_PAD = 8.0
METRIC_HEIGHT = 46.0  # name and value on one line, the sparkline under it
BOTTOM_PAD = 8.0
SIDE_PAD = 12.0
SPARK_HEIGHT = 16.0
DROP_RED = QColor("#c53030")  # the biggest drop's badge (white text, 5.9:1) and bracket, in both themes


def status_color(status: str, colours: MapPalette | None = None) -> QColor:
    """A metric value's colour: green when it meets its target, red when it misses, else ink."""
    colours = colours or palette()
    return {"good": colours.good, "bad": colours.bad}.get(status, colours.ink)


@dataclass(frozen=True)
class FunnelMark:
    """One label of the funnel band, in item coordinates: between stages ``from_index`` and ``to_index``."""

    from_index: int
    to_index: int
    rect: QRectF
    text: str
    worst: bool


class MetricsRowItem(LaneRowItem):
    """The metrics lane: values with units, target colours, sparklines and the funnel."""

    def __init__(self, item_id: str) -> None:
        super().__init__(item_id)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # nothing to click: leave it to the view
        # option.exposedRect then says which part to paint (the item spans every stage of the map).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    # ---- geometry ------------------------------------------------------------------------------
    def reserved_height(self) -> float:
        metrics = self.journey_scene().doc.journey.metrics
        if not metrics:
            return 110.0
        return self.metrics_top() + len(metrics) * METRIC_HEIGHT + BOTTOM_PAD

    def funnel(self) -> Funnel | None:
        """The funnel shown, over the stages in their drawn order (None without a count metric)."""
        journey = self.journey_scene().doc.journey
        metric = funnel_metric(journey.metrics, journey.funnel_metric_id)
        if metric is None:
            return None
        return funnel_steps(self.journey_scene().layout.stage_ids, metric.id, journey.stage_values())

    def metrics_top(self) -> float:
        """y where the per-stage metric list starts."""
        return TOP_PAD + (FUNNEL_BAND if funnel_metric(self.journey_scene().doc.journey.metrics) else 0.0)

    def stage_left(self, index: int) -> float:
        """x of a stage column's left edge, in item coordinates."""
        return self.journey_scene().layout.stage_x[index] - self.pos().x()

    def funnel_marks(self) -> list[FunnelMark]:
        """Where each funnel label goes: centred on the border between the two stages it joins."""
        funnel = self.funnel()
        if funnel is None or not funnel.steps:
            return []
        centers = self.stage_centers()
        label_font = font(12, bold=True)
        fm = QFontMetricsF(label_font)
        marks = []
        for k, step in enumerate(funnel.steps):
            worst = k == funnel.worst
            if worst:
                text = tr("lanes", "Biggest drop-off %s") % format_change(step.rate - 1.0)
            else:
                text = tr("lanes", "→ %s continue") % format_change(step.rate).lstrip("+")
            width = fm.horizontalAdvance(text) + 20
            # Adjacent stages: on their border; stages apart (gaps): midway between their centres.
            mid = (centers[step.from_index] + centers[step.to_index]) / 2
            rect = QRectF(mid - width / 2, TOP_PAD + 2, width, fm.height() + 8)
            marks.append(FunnelMark(step.from_index, step.to_index, rect, text, worst))
        return marks

    # ---- painting ------------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        journey = self.journey_scene().doc.journey
        if not journey.metrics:
            self.paint_hint(painter, tr("lanes", "Import metrics from a spreadsheet (Map ▸ Import metrics…)"))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_funnel(painter)
        values = {(v.metric_id, v.stage_id): v for v in journey.stage_values()}
        per_persona = persona_values(journey)
        layout = self.journey_scene().layout
        width = layout.metrics.stage_width - layout.metrics.gutter
        exposed = self.painted_area(painter, option)  # a wide map's lane is painted a strip at a time
        for index, stage_id in enumerate(layout.stage_ids):
            left = self.stage_left(index)
            if left > exposed.right() or left + width < exposed.left():
                continue
            y = self.metrics_top()
            for metric in journey.metrics:
                cell = QRectF(left + SIDE_PAD, y, width - 2 * SIDE_PAD, METRIC_HEIGHT - 6)
                personas = per_persona.get((metric.id, stage_id), [])
                self._paint_metric(painter, cell, metric, values.get((metric.id, stage_id)), bool(personas))
                if personas:
                    self._paint_persona_values(painter, cell, metric, personas, journey.number_locale)
                y += METRIC_HEIGHT

    def _paint_funnel(self, painter: QPainter) -> None:
        marks = self.funnel_marks()
        if not marks:
            return
        centers = self.stage_centers()
        label_font = font(12, bold=True)
        painter.setFont(label_font)
        for mark in marks:
            if mark.worst:
                # A bracket from one stage's centre to the next, under the badge: the two that lose most.
                y = mark.rect.bottom() + 8
                x1, x2 = centers[mark.from_index], centers[mark.to_index]
                bracket = QPainterPath(QPointF(x1, y + 10))
                bracket.lineTo(x1, y)
                bracket.lineTo(x2, y)
                bracket.lineTo(x2, y + 10)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(DROP_RED, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawPath(bracket)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(DROP_RED)
                painter.drawRoundedRect(mark.rect, mark.rect.height() / 2, mark.rect.height() / 2)
                painter.setPen(QColor("white"))
            else:
                painter.setPen(QPen(palette().outline, 1))
                painter.setBrush(palette().surface)
                painter.drawRoundedRect(mark.rect, mark.rect.height() / 2, mark.rect.height() / 2)
                painter.setPen(palette().funnel_ink)
            painter.drawText(mark.rect, Qt.AlignmentFlag.AlignCenter, mark.text)
        journey = self.journey_scene().doc.journey
        name = funnel_metric(journey.metrics, journey.funnel_metric_id)
        if name is not None and self.stage_centers():
            # Say what the funnel counts, quietly, under the first label.
            painter.setFont(font(10))
            painter.setPen(palette().muted_ink)
            first = marks[0].rect
            caption = QRectF(first.left() - 40, first.bottom() + 1, first.width() + 80, 14)
            if not marks[0].worst:
                painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, tr("lanes", "funnel: %s") % name.name)

    def _paint_persona_values(
        self,
        painter: QPainter,
        cell: QRectF,
        metric: Metric,
        personas: list[tuple[Persona, float]],
        locale: str,
    ) -> None:
        """Each persona's value under the stage's, in the persona's colour ("Anna 1,200  Bence 700")."""
        painter.setFont(font(10, bold=True))
        fm = QFontMetricsF(painter.font())
        x, y = cell.left(), cell.top() + QFontMetricsF(font(15, bold=True)).height() + 2
        for persona, number in personas:
            text = f"{persona.name} {format_value(metric, number, locale)}"
            width = fm.horizontalAdvance(text)
            if x + width > cell.right():
                break  # no room left in the column: the tooltip and the dock still list it
            painter.setPen(palette().readable(QColor(persona.color)))
            painter.drawText(QRectF(x, y, width + 1, fm.height()), Qt.AlignmentFlag.AlignLeft, text)
            x += width + 8

    def _paint_metric(
        self,
        painter: QPainter,
        cell: QRectF,
        metric: Metric,
        value: MetricValue | None,
        personas_below: bool = False,
    ) -> None:
        name_font, value_font = font(12), font(15, bold=True)
        locale = self.journey_scene().doc.journey.number_locale
        value_text = format_value(metric, value.value, locale) if value is not None else "–"
        status = target_status(metric, value.value) if value is not None else "neutral"
        color = status_color(status) if value is not None else palette().muted_ink
        vfm = QFontMetricsF(value_font)
        value_width = vfm.horizontalAdvance(value_text) + 2
        line = QRectF(cell.left(), cell.top(), cell.width(), vfm.height())
        painter.setFont(value_font)
        painter.setPen(color)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value_text)
        if status != "neutral":
            # ✓ met / ✗ missed says what red and green say, also in greyscale.
            arrow = target_mark(status)
            painter.setFont(font(11, bold=True))
            painter.drawText(
                QRectF(line.right() - value_width - 14, line.top(), 12, line.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                arrow,
            )
            value_width += 14
        painter.setFont(name_font)
        painter.setPen(palette().muted_ink)
        nfm = QFontMetricsF(name_font)
        name = nfm.elidedText(
            metric.name, Qt.TextElideMode.ElideRight, max(cell.width() - value_width - 8, 10)
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        if value is not None and len(value.series) >= 2 and not personas_below:
            spark = QRectF(cell.left(), line.bottom() + 3, cell.width(), SPARK_HEIGHT)
            paint_sparkline(
                painter,
                spark,
                [number for _when, number in sorted(value.series)],
                QColor(palette().kind("metrics").accent) if status == "neutral" else color,
            )

    # ---- hover ---------------------------------------------------------------------------------
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's name
        self.setToolTip(self.tooltip_at(event.pos()))

    def tooltip_at(self, pos: QPointF) -> str:
        """Details under a point: the metric's target and series span, or a funnel step."""
        scene = self.journey_scene()
        journey = scene.doc.journey
        for mark in self.funnel_marks():
            if mark.rect.contains(pos):
                a, b = (
                    journey.stage(scene.layout.stage_ids[i]).name for i in (mark.from_index, mark.to_index)
                )
                return f"{a} → {b}: {mark.text}"
        index = scene.layout.stage_at(pos.x() + self.pos().x())
        row = int((pos.y() - self.metrics_top()) // METRIC_HEIGHT)
        if index is None or pos.y() < self.metrics_top() or not 0 <= row < len(journey.metrics):
            return ""
        metric = journey.metrics[row]
        stage_id = scene.layout.stage_ids[index]
        value = next(
            (v for v in journey.stage_values() if v.metric_id == metric.id and v.stage_id == stage_id), None
        )
        if value is None:
            return tr("lanes", "%s: no value at this stage") % metric.name
        shown = format_value(metric, value.value, journey.number_locale)
        lines = [f"{metric.name} · {journey.stage(stage_id).name}: {shown}"]
        if metric.target is not None:
            better = (
                tr("lanes", "higher is better") if metric.higher_is_better else tr("lanes", "lower is better")
            )
            target = format_value(metric, metric.target, journey.number_locale)
            lines.append(tr("lanes", "Target %s (%s)") % (target, better))
        if value.series:
            series = sorted(value.series)
            first, last = (_local_date(series[0][0]), _local_date(series[-1][0]))
            lines.append(tr("lanes", "%d dates, %s to %s") % (len(series), first, last))
        return "\n".join(lines)


def persona_values(journey: Journey) -> dict[tuple[str, str], list[tuple[Persona, float]]]:
    """(metric id, stage id) -> each persona's own stage value, in persona order (touchpoints left out)."""
    order = {p.id: (i, p) for i, p in enumerate(journey.personas)}
    result: dict[tuple[str, str], list[tuple[int, Persona, float]]] = {}
    for v in journey.metric_values:
        if v.persona_id in order and not v.card_id:
            index, persona = order[v.persona_id]
            result.setdefault((v.metric_id, v.stage_id), []).append((index, persona, v.value))
    return {key: [(p, n) for _i, p, n in sorted(items, key=lambda t: t[0])] for key, items in result.items()}


def sparkline_points(rect: QRectF, numbers: list[float]) -> list[QPointF]:
    """Where a series' points go in a rectangle: evenly spaced, scaled between its min and max."""
    low, high = min(numbers), max(numbers)
    span = high - low
    step = rect.width() / (len(numbers) - 1) if len(numbers) > 1 else 0.0
    points = []
    for i, number in enumerate(numbers):
        share = (number - low) / span if span > 0 else 0.5  # a flat series draws a level line mid-height
        points.append(QPointF(rect.left() + i * step, rect.bottom() - share * rect.height()))
    return points


def paint_sparkline(painter: QPainter, rect: QRectF, numbers: list[float], color: QColor) -> None:
    """A small trend line with a dot on the latest value."""
    points = sparkline_points(rect, numbers)
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(color, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(points[-1], 2.6, 2.6)


def _local_date(iso: str) -> str:
    """An ISO date (2026-11-27) as the locale writes it (27.11.2026 in Finnish); other text as is."""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else iso
