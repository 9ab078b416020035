"""A persona chip's quote wraps over all the lines the chip has room for, the full quote on hover."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsSceneHoverEvent

from cjm_desktop.canvas.bands import persona_strip
from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.model import Journey, Persona, Stage

HU = (
    "Miért kell fiókot létrehoznom ahhoz, hogy egyetlen dolgot megvegyek, amikor a pénztárnál már "
    "így is háromszor kellett megadnom a szállítási címemet és a telefonszámomat?"
)
EL = (
    "Γιατί χρειάζομαι λογαριασμό για να αγοράσω ένα μόνο πράγμα, όταν στο ταμείο έχω ήδη δώσει "
    "τρεις φορές τη διεύθυνση αποστολής και το τηλέφωνό μου;"
)
SCALE = 2


def journey(*quotes: str) -> Journey:
    stages = [Stage(f"s{i}", f"Stage {i}") for i in range(4)]
    personas = [Persona(f"p{i}", f"Persona {i}", role="Buyer", quote=q) for i, q in enumerate(quotes)]
    return Journey(title="Quotes", stages=stages, personas=personas)


def quote_lines(scene, chip: QRectF) -> tuple[int, float]:
    """Rows of text drawn in a chip's quote column (right of the divider, left of the badge), and how
    far below the chip's top the lowest ink is, read from the rendered scene."""
    strip = persona_strip(scene)
    split = chip.left() + min(chip.width() * 0.56, 300.0)
    column = strip.mapRectToScene(
        QRectF(split + 6, chip.top() + 2, chip.right() - 50 - split - 6, chip.height() - 4)
    )
    image = QImage(int(column.width() * SCALE), int(column.height() * SCALE), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), column)
    painter.end()
    inked = [
        any(QColor(image.pixel(x, y)).lightness() < 170 for x in range(image.width()))
        for y in range(image.height())
    ]
    runs, run = [], 0
    for ink in [*inked, False]:
        if ink:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    bands = sum(1 for r in runs if r >= 4 * SCALE)  # a line of text, not a Greek accent over it
    lowest = max((y for y, ink in enumerate(inked) if ink), default=0) / SCALE + 2
    return bands, lowest


def test_long_quotes_fill_the_chip_then_end_in_an_ellipsis(qapp) -> None:
    _doc, scene = scene_for(journey(HU, EL))
    strip = persona_strip(scene)
    for _pid, chip in strip.chip_rects():
        lines, lowest = quote_lines(scene, chip)
        # 92 px of chip, less the badge and margins, hold four lines of the 12-px italic quote.
        assert lines == 4, lines
        assert lowest <= chip.height() - 4  # inside the chip, clear of its border


def test_short_quote_stays_whole_and_centred(qapp) -> None:
    _doc, scene = scene_for(journey("Miért kell fiók?"))
    ((_pid, chip),) = persona_strip(scene).chip_rects()
    lines, lowest = quote_lines(scene, chip)
    assert lines == 1 and chip.height() * 0.4 < lowest < chip.height() * 0.75


def test_svg_export_keeps_the_wrapped_quote_as_text(qapp, tmp_path: Path) -> None:
    _doc, scene = scene_for(journey(HU, EL))
    svg = tmp_path / "quotes.svg"
    export_file(scene, svg, ExportOptions(format="svg"))
    text = " ".join(t.strip() for t in ET.parse(svg).getroot().itertext() if t.strip())
    for quote in (HU, EL):
        words = quote.split()
        assert " ".join(words[:4]) in text  # the first line as real text
        assert " ".join(words[-4:]) not in text  # cut at the chip's last line ...
    assert text.count("…") >= 2  # ... where an ellipsis says there is more


def test_hovering_a_chip_shows_its_full_quote(qapp) -> None:
    _doc, scene = scene_for(journey(HU, EL))
    strip = persona_strip(scene)
    tips = []
    for _pid, chip in strip.chip_rects():
        event = QGraphicsSceneHoverEvent()
        event.setPos(chip.center())
        strip.hoverMoveEvent(event)
        tips.append(strip.toolTip())
    assert HU in tips[0] and EL in tips[1]
    event = QGraphicsSceneHoverEvent()
    event.setPos(QPointF(-50, -50))  # off every chip: no stale quote
    strip.hoverMoveEvent(event)
    assert strip.toolTip() == ""


def test_quotes_take_the_quotation_marks_of_the_language(qapp) -> None:
    """A persona's quote (chip and tooltip) and a quote card's text: «…» in Greek, „…” in Hungarian
    and Romanian, ”…” in Finnish, “…” in English; not English marks around Greek words."""
    from cjm_desktop import language
    from cjm_desktop.canvas.card_painter import card_text
    from cjm_desktop.model import Card, LaneKind

    expected = {"en": "“x”", "fi": "”x”", "el": "«x»", "ro": "„x”", "hu": "„x”"}
    try:
        for code, marks in expected.items():
            language.install_language(code)
            _doc, scene = scene_for(journey("x"))
            strip = persona_strip(scene)
            (_pid, chip), *_ = strip.chip_rects()
            event = QGraphicsSceneHoverEvent()
            event.setPos(chip.center())
            strip.hoverMoveEvent(event)
            assert strip.toolTip() == f"<p>{marks}</p>", code
            card = Card(id="c", stage_id="s", lane_id="l", text="x")
            assert card_text(card, LaneKind.QUOTES) == marks, code
    finally:
        language.install_language("en")
