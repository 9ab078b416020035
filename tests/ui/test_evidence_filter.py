"""View > Show assumptions only dims every card that is not an assumption, and never touches the map."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Evidence, Journey, Lane, LaneKind, Stage


def journey() -> Journey:
    j = Journey(title="Filter")
    j.stages = [Stage("s", "Buy")]
    j.lanes = [Lane("l", LaneKind.PAIN_POINTS, "Pain")]
    j.cards = [
        Card("a", "l", "s", "Guess", evidence_level="assumption"),
        Card("b", "l", "s", "Heard twice", evidence_level="anecdotal"),
        Card("c", "l", "s", "Measured", evidence_level="data"),
        Card("d", "l", "s", "Unmarked"),
    ]
    return j


def card_lightness(window, card_id: str) -> float:
    """Mean lightness of a card as the view shows it."""
    item = window.scene.card_items[card_id]
    rect = item.mapRectToScene(item._rect)
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    values = [
        QColor(image.pixel(x, y)).lightness()
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    ]
    return sum(values) / len(values)


def test_assumptions_only_dims_the_others_and_leaves_the_map_alone(make_window) -> None:
    window = make_window(journey())
    action = window.evidence.assumptions_only
    assert action in window.view_menu.actions() and action.isCheckable() and not action.isChecked()
    before, steps = dumps(window.doc.journey), window.doc.undo_stack.count()
    lightness = {cid: card_lightness(window, cid) for cid in "abcd"}
    action.trigger()
    assert [window.scene.is_dimmed(c) for c in window.doc.journey.cards] == [False, True, True, True]
    after = {cid: card_lightness(window, cid) for cid in "abcd"}
    assert after["a"] == lightness["a"]
    assert all(after[cid] > lightness[cid] + 3 for cid in "bcd")  # faded towards white
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == steps
    assert not window.doc.modified
    action.trigger()
    assert not any(window.scene.is_dimmed(c) for c in window.doc.journey.cards)


def test_a_screen_reader_hears_the_evidence_level_in_words() -> None:
    from cjm_desktop.ui.outline_dock import card_description

    card = Card("a", "l", "s", "Guess", evidence_level="anecdotal")
    assert card_description(card, "Pain") == "Card in Pain, evidence level: Anecdotal"
    card.evidence = journey().cards[0].evidence + [Evidence("reference", "interview 3")] * 2
    # The English plural form comes from cjm_en.ts.
    assert card_description(card, "Pain").endswith("evidence level: Anecdotal, 2 evidence items")
