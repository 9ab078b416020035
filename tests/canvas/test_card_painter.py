"""Cards of every kind measure and paint within their rect, at any width, detail, script and length."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.canvas import card_painter as cp
from cjm_desktop.canvas.channel_icons import channel_paths, draw_channel_icon
from cjm_desktop.canvas.image_codec import embed_qimage
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.text_block import TextCache
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.model import CHANNELS, Card, Journey, Lane, LaneKind, Persona, Stage

GREEK = "Η παράδοση αργεί πάντα· ο κούριερ δεν τηλεφώνησε και το δέμα επέστρεψε στην αποθήκη. " * 3
HUNGARIAN = "Árvíztűrő tükörfúrógép: a futárszolgálat értesítése késett, megrendelésemet visszaküldték. " * 2
ROMANIAN = "Șoferul a sunat la ușă, dar coletul era deteriorat; am cerut înlocuirea produsului. " * 2
FINNISH = "Toimituksen seurantasivu aikakatkaistiin jatkuvasti; asiakaspalvelu vastasi vasta kolmen päivän kuluttua. "
EMOJI = "Love it 😍🚚📦✨ arrived early 🎉👍🏽 " * 6
LONG = ("A very long research note " * 80)[:2000]
UNBROKEN = "https://example.com/" + "x" * 400
TEXTS = [GREEK, HUNGARIAN, ROMANIAN, FINNISH, EMOJI, LONG, UNBROKEN]

PERSONA = Persona("p1", "Maria Lopes", "#d0573c")


def picture(width: int, height: int, color: str = "#2f6fb3") -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return embed_qimage(image, "test.png", 800).data_b64


def full_card(kind: LaneKind, text: str = "Checkout page with a surprising delivery fee") -> Card:
    """A card with every field set, so every branch of the painter runs."""
    return Card(
        "c1",
        "l1",
        "s1",
        text,
        tags=["checkout", "fees"],
        persona_ids=["p1", "ghost"],
        channel="web",
        online=True,
        moment_of_truth=True,
        severity=3,
        impact=3,
        effort=1,
        author="Maria, 32",
        source="interview",
        date="2024-03-12",
        image=picture(320, 200) if kind == LaneKind.IMAGES else "",
        votes=4,
    )


def paint(
    card: Card, kind: LaneKind, width: float, detail: float = 1.0, selected: bool = False
) -> tuple[QImage, QRectF]:
    """Paint one card on a white image with a 20 px margin around it."""
    cache = TextCache()
    height = cp.card_height(card, kind, width, cache)
    rect = QRectF(20, 20, width, height)
    image = QImage(int(width) + 40, int(height) + 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    cp.paint_card(painter, rect, card, kind, cache, selected, detail, [PERSONA])
    painter.end()
    return image, rect


def ink_outside(image: QImage, rect: QRectF, margin: float) -> list[tuple[int, int]]:
    """Pixels that are not white outside ``rect`` grown by ``margin`` (sampled every 2 px)."""
    allowed = rect.adjusted(-margin, -margin, margin, margin)
    white = QColor("white").rgb()
    return [
        (x, y)
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if not allowed.contains(QPointF(x, y)) and image.pixel(x, y) != white
    ]


def ink_inside(image: QImage, rect: QRectF) -> int:
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(int(rect.top()), int(rect.bottom()), 3)
        for x in range(int(rect.left()), int(rect.right()), 3)
        if image.pixel(x, y) != white
    )


@pytest.mark.parametrize("kind", list(LaneKind))
@pytest.mark.parametrize("width", [120.0, 232.0, 420.0])
@pytest.mark.parametrize("detail", [0.2, 1.0, 2.0])
def test_every_kind_paints_inside_its_rect(qapp, kind: LaneKind, width: float, detail: float) -> None:
    image, rect = paint(full_card(kind), kind, width, detail, selected=True)
    assert ink_inside(image, rect) > 20
    # The item's bounding rect is its rect grown by 4: nothing may be drawn beyond it.
    assert ink_outside(image, rect, 4.0) == []


@pytest.mark.parametrize(
    "text", TEXTS, ids=["greek", "hungarian", "romanian", "finnish", "emoji", "2000", "url"]
)
def test_any_script_and_length_wraps_within_the_card(qapp, text: str) -> None:
    kind = LaneKind.NOTES
    width = 232.0
    cache = TextCache()
    parts = cp._parts(Card("c", "l", "s", text), kind, width, cache)
    block = parts.block
    assert block is not None
    for i in range(block.line_count - (1 if block.elided_tail else 0)):
        assert block.layout.lineAt(i).naturalTextWidth() <= parts.text_width + 0.5
    assert block.line_count <= cp.MAX_LINES
    image, rect = paint(Card("c", "l", "s", text), kind, width)
    assert ink_outside(image, rect, 4.0) == []


@pytest.mark.parametrize("text", [GREEK, EMOJI, LONG])
def test_over_long_text_ends_in_an_ellipsis(qapp, text: str) -> None:
    cache = TextCache()
    block = cp._parts(Card("c", "l", "s", text * 3), LaneKind.THOUGHTS, 232.0, cache).block
    assert block is not None and block.elided_tail.endswith("…")
    assert block.line_count == cp.MAX_LINES


def test_card_height_grows_with_text_then_stops(qapp) -> None:
    cache = TextCache()
    heights = [
        cp.card_height(Card("c", "l", "s", "word " * n), LaneKind.ACTIONS, 232.0, cache)
        for n in (1, 20, 60, 2000)
    ]
    assert heights[0] < heights[1] < heights[2] <= heights[3]
    assert heights[3] == heights[2] or heights[3] < 14 * 30  # capped at MAX_LINES


def test_card_height_accounts_for_the_picture(qapp) -> None:
    cache = TextCache()
    kind = LaneKind.IMAGES
    empty = cp.card_height(Card("c", "l", "s", "Caption"), kind, 232.0, cache)
    wide = cp.card_height(Card("c", "l", "s", "Caption", image=picture(400, 200)), kind, 232.0, cache)
    tall = cp.card_height(Card("c", "l", "s", "Caption", image=picture(200, 800)), kind, 232.0, cache)
    content = 232.0 - 2 * cp.PAD - cp.ACCENT_W
    assert wide == pytest.approx(empty - cp.IMAGE_PLACEHOLDER_H + content / 2, abs=1.0)
    assert tall == pytest.approx(
        empty - cp.IMAGE_PLACEHOLDER_H + cp.IMAGE_MAX_H, abs=1.0
    )  # capped, not 800 px


def test_picture_is_drawn_in_the_card(qapp) -> None:
    card = Card("c", "l", "s", "", image=picture(400, 200, "#00ff00"))
    image, rect = paint(card, LaneKind.IMAGES, 232.0)
    centre = QColor(image.pixel(int(rect.center().x()), int(rect.top() + cp.PAD + 40)))
    assert centre.green() > 200 and centre.red() < 60


def test_damaged_picture_paints_a_placeholder(qapp) -> None:
    card = Card("c", "l", "s", "Broken", image="bm90IGFuIGltYWdl")  # "not an image"
    image, rect = paint(card, LaneKind.IMAGES, 232.0)
    assert cp.card_image(card).isNull()
    assert ink_outside(image, rect, 4.0) == []


def test_moment_of_truth_has_a_gold_ribbon(qapp) -> None:
    plain = Card("c", "l", "s", "Checkout page", channel="web", online=True)
    marked = Card("c", "l", "s", "Checkout page", channel="web", online=True, moment_of_truth=True)
    cache = TextCache()
    assert cp.card_height(marked, LaneKind.TOUCHPOINTS, 232.0, cache) == pytest.approx(
        cp.card_height(plain, LaneKind.TOUCHPOINTS, 232.0, cache) + cp.RIBBON_H
    )
    image, rect = paint(marked, LaneKind.TOUCHPOINTS, 232.0)
    ribbon = QColor(image.pixel(int(rect.right() - 20), int(rect.top() + cp.RIBBON_H / 2)))
    assert ribbon.name() == cp.RIBBON_FILL.name()


def test_persona_dots_use_the_persona_colour(qapp) -> None:
    card = Card("c", "l", "s", "Goal", persona_ids=["p1"])
    image, rect = paint(card, LaneKind.GOALS, 232.0)
    target = QColor(PERSONA.color)
    found = any(
        QColor(image.pixel(x, y)) == target
        for y in range(int(rect.top()), int(rect.bottom()))
        for x in range(int(rect.left()), int(rect.left()) + 60)
    )
    assert found


def test_chips_and_attribution_say_what_the_card_carries(qapp) -> None:
    card = full_card(LaneKind.QUOTES)
    texts = cp.card_chips(card, LaneKind.QUOTES)
    assert any(t.startswith("Web") and "online" in t for t in texts)
    assert any("Severe" in t for t in texts)
    assert "Quick win" in texts and "#checkout" in texts
    assert cp.quote_attribution(card) == "— Maria, 32 · Interview · 2024-03-12"
    chips = cp.chips_for(card, LaneKind.QUOTES, [PERSONA])
    assert [c.text for c in chips if c.persona] == ["ML", "?"]


@pytest.mark.parametrize("channel", [*CHANNELS, "unknown"])
def test_channel_icons_are_vector_paths_that_draw(qapp, channel: str) -> None:
    stroke, fill = channel_paths(channel)
    assert not (stroke.isEmpty() and fill.isEmpty())
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_channel_icon(painter, channel, QRectF(4, 4, 32, 32), QColor("black"))
    painter.end()
    assert ink_inside(image, QRectF(4, 4, 32, 32)) > 5
    assert ink_outside(image, QRectF(4, 4, 32, 32), 2.0) == []


def test_scene_remeasures_a_card_when_it_becomes_a_moment_of_truth(qapp) -> None:
    journey = Journey(
        title="t",
        stages=[Stage("s1", "One")],
        lanes=[Lane("l1", LaneKind.TOUCHPOINTS, "Touch")],
        cards=[Card("c1", "l1", "s1", "Checkout page where the delivery fee appears")],
        personas=[PERSONA],
    )
    doc = JourneyDocument(journey)
    scene = JourneyScene(doc)
    before = scene.layout.cards["c1"][3]
    edits.set_fields(doc, "cards", "c1", {"moment_of_truth": True})
    assert scene.layout.cards["c1"][3] == pytest.approx(before + cp.RIBBON_H)
    edits.set_fields(doc, "cards", "c1", {"persona_ids": ["p1"]})
    assert scene.layout.cards["c1"][3] > before + cp.RIBBON_H
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert scene.layout.cards["c1"][3] == pytest.approx(before)
    scene.clear()
