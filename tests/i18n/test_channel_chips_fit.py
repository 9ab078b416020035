"""A card's channel chip shows its whole label (channel and online/offline) on a card of the default width."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFontMetricsF

from cjm_desktop.canvas import card_painter
from cjm_desktop.canvas.channel_names import channel_display_name
from cjm_desktop.canvas.geometry import Metrics
from cjm_desktop.i18n import tr
from cjm_desktop.model.channels import default_channels


@pytest.mark.parametrize("code", ["en", "fi", "el", "ro", "hu"])
def test_every_default_channel_chip_fits_a_default_card(speak: Callable[[str], list[str]], code: str) -> None:
    """The Greek "Τηλέφωνο / τηλεφωνικό κέντρο · offline" was cut to "Τηλέφωνο / τηλεφωνικό κέντρ…" on
    the sample, hiding whether the touchpoint is online."""
    speak(code)
    metrics = QFontMetricsF(card_painter._fonts()["chip"])
    available = card_painter._content_width(Metrics().card_width)
    icon = card_painter.CHIP_ICON + 3
    cut = [
        label
        for channel in default_channels()
        for where in (tr("card", "online"), tr("card", "offline"))
        if metrics.horizontalAdvance(label := f"{channel_display_name(channel)} · {where}") + 12 + icon
        > available
    ]
    assert cut == []
