"""The quick word-width measure gives exactly the lines and height of a full layout, or steps aside."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QImage, QPainter

from cjm_desktop.canvas import card_painter as cp
from cjm_desktop.canvas.text_block import TextCache, lay_out_text
from cjm_desktop.canvas.text_measure import quick_height
from cjm_desktop.model import LaneKind

WORDS = (
    "The courier never called and the parcel went back to the depot Zusammenarbeit Kundenerfahrung "
    'asiakaspolku ügyfélút călătoria café naïve Ålesund (refund) "late" 100% A&B #vip 3.5 1,200 '
    "AVAWAY To Ty Yo Te LT office, wait! really? yes: no; fi fl ffi"
).split()


def test_quick_height_matches_full_layout_in_every_card_font(qapp) -> None:
    """Thousands of texts at many widths: wherever the quick path answers, it equals the full layout."""
    rng = random.Random(11)
    fonts = [cp.text_font(kind) for kind in LaneKind] + [cp._fonts()["chip"]]
    answered = 0
    for _ in range(3000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 45)))
        font = rng.choice(fonts)
        width = rng.choice([184.0, 170.0, 150.5, rng.uniform(60, 320)])
        quick = quick_height(text, font, width, cp.MAX_LINES)
        if quick is None:
            continue
        answered += 1
        exact = lay_out_text(text, font, width, cp.MAX_LINES)
        assert quick == (exact.line_count, exact.height), (text, width)
    assert answered > 1500  # the shortcut does serve ordinary card text


@pytest.mark.parametrize(
    "text",
    [
        "well-known self-service",  # a hyphen is a break opportunity
        "see https://example.com/a/b",  # so is a slash
        "two  spaces",
        "line\nbreak",
        " leading space",
        "Η παράδοση αργεί",  # other scripts
        "配送が遅れた",
        "x" * 300,  # wider than the line: broken anywhere
        "word " * 200 + "end",  # more than the shown lines: elided
        "",
    ],
)
def test_quick_height_steps_aside_where_only_a_layout_can_tell(qapp, text: str) -> None:
    assert quick_height(text, cp.text_font(LaneKind.ACTIONS), 170.0, cp.MAX_LINES) is None


def test_quickly_measured_block_paints_the_same_lines_as_a_full_layout(qapp) -> None:
    """A block measured quickly lays itself out on first paint, to the lines its height promised."""
    text = "The courier never called and the parcel went back to the depot after three days"
    font = cp.text_font(LaneKind.ACTIONS)
    block = TextCache().block(text, font, 150.0, cp.MAX_LINES)
    assert block._layout is None  # measured without a layout
    exact = lay_out_text(text, font, 150.0, cp.MAX_LINES)
    assert block.layout.lineCount() == exact.line_count == block.line_count
    painted, blank = (QImage(200, 200, QImage.Format.Format_ARGB32) for _ in range(2))
    painted.fill(0)
    blank.fill(0)
    painter = QPainter(painted)
    block.draw(painter, painted.rect().topLeft().toPointF())
    painter.end()
    assert painted != blank
    for i in range(block.line_count):
        assert block.layout.lineAt(i).textStart() == exact.layout.lineAt(i).textStart()


def test_quick_height_is_exact_just_outside_its_margin(qapp) -> None:
    """Widths a hair either side of where a line breaks: the quick path answers, and answers right."""
    rng = random.Random(5)
    font = cp.text_font(LaneKind.ACTIONS)
    answered = 0
    for _ in range(300):
        words = [rng.choice(WORDS) for _ in range(rng.randint(2, 12))]
        k = rng.randint(1, len(words) - 1)
        line = lay_out_text(" ".join(words[: k + 1]), font, 10_000)  # held: its lines live in its layout
        fits = line.layout.lineAt(0).naturalTextWidth()  # the first k + 1 words on one line
        for delta in (-0.125, 0.125, -0.25, 0.25):  # the break falls just before or just after word k
            quick = quick_height(" ".join(words), font, fits + delta, 0)
            if quick is None:
                continue
            answered += 1
            exact = lay_out_text(" ".join(words), font, fits + delta)
            assert quick == (exact.line_count, exact.height), (words, k, delta)
    assert answered > 600
