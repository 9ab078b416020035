"""The optional evidence appendix of a PDF export: per stage and card, the level and the evidence.

Laid out as rich text (QTextDocument) on portrait pages after the map's pages, so its words are
real, searchable PDF text; the entries come from a pure function that tests can read directly.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QPageSize, QPainter, QTextDocument

from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey
from cjm_desktop.model.evidence import Evidence, kind_label, level_label

SUMMARY_CHARS = 160  # a long card text is cut in the appendix: the map page carries it in full


@dataclass(frozen=True)
class CardEntry:
    """One card's line in the appendix."""

    lane: str
    text: str
    level: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class StageSection:
    """A stage's cards that carry evidence or a level, in lane and then card order."""

    name: str
    cards: tuple[CardEntry, ...]


def appendix_sections(journey: Journey, stage_indices: Sequence[int] = ()) -> list[StageSection]:
    """The appendix content: the chosen stages (all when empty) with their backed or rated cards."""
    stages = [journey.stages[i] for i in stage_indices] if stage_indices else journey.stages
    cells = journey.cells()
    sections = []
    for stage in stages:
        entries = []
        for lane in journey.lanes:
            for card in cells.get((lane.id, stage.id), []):
                if card.evidence or card.evidence_level:
                    text = " ".join(card.text.split())
                    if len(text) > SUMMARY_CHARS:
                        text = text[: SUMMARY_CHARS - 1] + "…"
                    entries.append(CardEntry(lane.title, text, card.evidence_level, tuple(card.evidence)))
        if entries:
            sections.append(StageSection(stage.name, tuple(entries)))
    return sections


def _item_html(item: Evidence) -> str:
    where = html.escape(item.target)
    kind = html.escape(kind_label(item.kind))
    if item.label:
        return (
            tr("EvidenceAppendix", "%1: %2 (%3)")
            .replace("%1", kind)
            .replace("%2", html.escape(item.label))
            .replace("%3", where)
        )
    return tr("EvidenceAppendix", "%1: %2").replace("%1", kind).replace("%2", where)


def appendix_html(journey: Journey, sections: list[StageSection]) -> str:
    """The appendix as rich text: a heading, then a section per stage."""
    parts = [f"<h1>{html.escape(tr('EvidenceAppendix', 'Evidence appendix'))}</h1>"]
    parts.append(f"<p>{html.escape(journey.title)}</p>")
    if not sections:
        parts.append(
            f"<p>{html.escape(tr('EvidenceAppendix', 'No card has evidence or an evidence level.'))}</p>"
        )
    for section in sections:
        parts.append(f"<h2>{html.escape(section.name)}</h2>")
        for entry in section.cards:
            level = tr("EvidenceAppendix", "Evidence level: %1").replace("%1", level_label(entry.level))
            parts.append(
                f"<p><b>{html.escape(entry.text or '—')}</b> · {html.escape(entry.lane)}<br/>"
                f"{html.escape(level)}</p>"
            )
            if entry.evidence:
                parts.append("<ul>" + "".join(f"<li>{_item_html(e)}</li>" for e in entry.evidence) + "</ul>")
    return "".join(parts)


def appendix_page_size(page_size: str) -> QSizeF:
    """Portrait paper for the appendix: Letter for the US sizes, A4 otherwise (points)."""
    page_id = QPageSize.PageSizeId.Letter if page_size in ("Letter", "Tabloid") else QPageSize.PageSizeId.A4
    return QPageSize(page_id).size(QPageSize.Unit.Point)


def layout_appendix(
    journey: Journey, stage_indices: Sequence[int], paper: QSizeF, margin: float
) -> QTextDocument:
    """The appendix laid out on pages of ``paper`` (points) less ``margin`` on each side."""
    document = QTextDocument()
    font = QFont()
    font.setPixelSize(10)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(appendix_html(journey, appendix_sections(journey, stage_indices)))
    document.setPageSize(QSizeF(paper.width() - 2 * margin, paper.height() - 2 * margin))
    return document


def paint_appendix_page(painter: QPainter, document: QTextDocument, index: int, margin: float) -> None:
    """Paint page ``index`` of a laid-out appendix (painter in points, origin at the page's corner)."""
    page = document.pageSize()
    painter.save()
    painter.translate(margin, margin - index * page.height())
    document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
    painter.restore()
