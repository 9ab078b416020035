"""The capture box's hint on the wall screen is never cut off mid-sentence, in any language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.presentation_overlays import MAX_BAR_WIDTH
from cjm_desktop.ui.workshop_controls import PLACEHOLDER_MARGIN, CaptureBar


def shown_bar(qtbot, language: str, width: int) -> CaptureBar:
    """The capture box as it floats over a presented stage WIDTH pixels wide."""
    journey = load_map(sample_map_path(language))
    bar = CaptureBar(lambda: journey)
    qtbot.addWidget(bar)
    bar.set_stage_name(journey.stages[1].name)
    bar.set_lane(journey.lanes[1].id)
    bar.resize(width, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    return bar


@pytest.mark.parametrize("language", ["el", "ro", "fi", "hu"])
def test_the_hint_fits_the_box_on_a_projector(qtbot, speak, language: str) -> None:
    """1366 and 1920 wide screens both get the widest bar; the whole Greek or Romanian hint (about
    850 px at 22 px) was elided in its ~500 px box ("Τι είπε η ομάδα; Το Enter το προ…")."""
    speak(language)
    bar = shown_bar(qtbot, language, MAX_BAR_WIDTH)
    hint = bar.edit.placeholderText()
    question = tr("CaptureBar", "What did the room say?")
    assert hint.startswith(question.rstrip("?;")), hint
    assert QFontMetrics(bar.edit.font()).horizontalAdvance(hint) <= bar.edit.width() - PLACEHOLDER_MARGIN


def test_a_wide_box_keeps_the_whole_hint(qtbot, speak) -> None:
    speak("el")
    bar = shown_bar(qtbot, "el", 2400)
    assert "Esc" in bar.edit.placeholderText()
    bar.resize(700, bar.height())
    qtbot.waitUntil(lambda: "Esc" not in bar.edit.placeholderText())


@pytest.mark.parametrize(("language", "lane_word"), [("el", "λωρίδα"), ("fi", "Rivi")])
def test_the_box_names_the_stage_as_a_stage(qtbot, speak, language: str, lane_word: str) -> None:
    """Captures land in the focused stage; the box said "Στη λωρίδα Σύσταση" (into the lane
    Σύσταση) and "Riville Tietoisuus", beside the lane picker that names the lane."""
    speak(language)
    bar = shown_bar(qtbot, language, MAX_BAR_WIDTH)
    assert lane_word.lower() not in bar.stage_label.text().lower()
