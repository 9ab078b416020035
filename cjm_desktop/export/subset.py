"""Stage subsets (``--stages``, ``--per-stage``): a map of only the chosen stages, drawn whole.

Rendering the full scene through clipped windows left every item that merely touched a window in
the output: the emotion lane's legend once per cell, neighbours' headers, cards' text clipped
away yet still in a PDF's text layer. Instead a subset gets scenes of its own, built from a
journey that holds just the chosen stages (with their cards, scores, metrics and the routes
between their cards). Lane-spanning drawings then come out for exactly that span, with their
axes and legends, and nothing outside the page exists in a PDF or SVG.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSizeF

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import JourneyDocument
from cjm_desktop.export.options import ExportError
from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey

TITLE_GAP = 6.0  # the title band stops this far above the stage headers (their outline room)


class SubsetScene(JourneyScene):
    """A scene of some stages of a map: no persona strip (its chips span the whole map)."""

    def __init__(self, doc: JourneyDocument, numbers: dict[str, int]) -> None:
        super().__init__(doc)
        self.stage_numbers = numbers  # headers keep the numbers they have in the whole map

    def top_band_height(self) -> float:
        """A subset shows the title, then the grid straight away (a title block can name personas)."""
        return 0.0


def sub_journey(journey: Journey, stage_ids: list[str], lane_ids: list[str] | None = None) -> Journey:
    """The journey cut down to some stages (and lanes); shares the unchanged objects, copies no data."""
    stages = set(stage_ids)
    lanes = set(lane_ids) if lane_ids is not None else {lane.id for lane in journey.lanes}
    cards = [c for c in journey.cards if c.stage_id in stages and c.lane_id in lanes]
    kept = {c.id for c in cards}
    return replace(
        journey,
        stages=[s for s in journey.stages if s.id in stages],
        lanes=[lane for lane in journey.lanes if lane.id in lanes],
        cards=cards,
        emotions=[p for p in journey.emotions if p.stage_id in stages],
        routes=[r for r in journey.routes if r.from_card in kept and r.to_card in kept],
        metric_values=[v for v in journey.metric_values if v.stage_id in stages],
        _positions={},
    )


def subset_scene(scene: JourneyScene, indices: list[int], lane_ids: list[str] | None = None) -> SubsetScene:
    """A scene showing only the stages at ``indices`` (and ``lane_ids``) of ``scene``'s map."""
    journey = scene.doc.journey
    stage_ids = [journey.stages[i].id for i in indices]
    if lane_ids is None:  # the lanes the source scene shows (presentation mode may hide some)
        lane_ids = [lane.id for lane in journey.lanes if lane.id not in scene.hidden_lane_ids]
    numbers = {journey.stages[i].id: i + 1 for i in indices}
    sub = SubsetScene(JourneyDocument(sub_journey(journey, stage_ids, lane_ids)), numbers)
    sub.highlight_persona_id = scene.highlight_persona_id
    return sub


def chosen_stages(scene: JourneyScene, indices: list[int]) -> list[int]:
    """The valid stage indices, sorted; ExportError when none is left."""
    count = len(scene.doc.journey.stages)
    chosen = sorted({i for i in indices if 0 <= i < count})
    if not chosen:
        raise ExportError(tr("export", "the map has no stage %s") % ", ".join(str(i + 1) for i in indices))
    return chosen


def lane_groups(heights: list[float], columns: int) -> list[list[int]]:
    """Split lanes, in order, into at most ``columns`` runs of similar total height."""
    columns = max(1, min(columns, len(heights)))
    if columns == 1:
        return [list(range(len(heights)))] if heights else [[]]
    target = sum(heights) / columns
    groups: list[list[int]] = [[]]
    total = 0.0
    for j, h in enumerate(heights):
        left = len(heights) - j
        # Start the next column once this one is full enough, keeping a lane for each column left.
        if (
            groups[-1]
            and len(groups) < columns
            and (total + h / 2 > target * len(groups) or left < columns - len(groups) + 1)
        ):
            groups.append([])
        groups[-1].append(j)
        total += h
    return groups


def subset_size(sub: JourneyScene, columns: int) -> QSizeF:
    """The size of a subset plan whose lanes are dealt into ``columns`` side-by-side columns."""
    layout = sub.layout
    m = layout.metrics
    groups = lane_groups(layout.lane_h, columns)
    column_w = layout.grid_left + len(layout.stage_ids) * m.stage_width
    tallest = max((sum(layout.lane_h[j] for j in group) for group in groups), default=0.0)
    return QSizeF(len(groups) * column_w + m.margin, layout.top + m.stage_header_height + tallest + m.margin)


def stages_pieces(scene: JourneyScene, indices: list[int], columns: int = 1):
    """(first scene, plan size, pieces) of a stage subset: the title, then each lane column's grid.

    With ``columns`` > 1 the lanes are dealt into that many groups laid side by side, each under
    its own copy of the stage headers: a single stage then fills a wide slide instead of being a
    thin strip down its middle. Every group is a whole scene of its own, so no piece shows a
    sliver of an item that belongs to another.
    """
    from cjm_desktop.export.render import Piece  # render imports this module lazily

    chosen = chosen_stages(scene, indices)
    whole = subset_scene(scene, chosen)
    layout = whole.layout
    m = layout.metrics
    groups = lane_groups(layout.lane_h, columns)
    size = subset_size(whole, columns)
    column_w = layout.grid_left + len(chosen) * m.stage_width
    band = max(layout.top - TITLE_GAP, 0.0)
    pieces = [Piece(QRectF(0, 0, size.width(), band), QRectF(0, 0, size.width(), band), scene=whole)]
    for g, group in enumerate(groups):
        if len(groups) == 1:
            part = whole
        else:
            part = subset_scene(scene, chosen, [layout.lane_ids[j] for j in group])
        height = size.height() - band
        pieces.append(
            Piece(QRectF(g * column_w, band, column_w, height), QRectF(0, band, column_w, height), scene=part)
        )
    return whole, size, pieces
