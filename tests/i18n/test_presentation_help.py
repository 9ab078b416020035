"""The presentation's key help wraps between hints, never between a key and what it does."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path


def wrapped_lines(label) -> list[str]:
    """The lines a word-wrapped label shows at its width."""
    layout = QTextLayout(label.text(), label.font())
    option = layout.textOption()
    option.setWrapMode(option.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width() - 2 * label.margin() - 2 * label.indent())
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["el", "ro", "fi", "hu"])
@pytest.mark.parametrize("width", [1366, 1920])
def test_help_lines_end_between_hints(make_window, speak, language: str, width: int) -> None:
    """In Romanian the help showed "… · L" / "un singur rând …", in Greek "· V" / "ψηφοφορία"."""
    speak(language)
    window = make_window(load_map(sample_map_path(language)))
    presentation = window.workshop.start_presentation(controls_in_window=False)
    presentation.resize(width, round(width * 9 / 16))
    presentation.overlays.place()
    lines = wrapped_lines(presentation.help)
    assert len(lines) > 1  # it does wrap
    for line in lines[:-1]:
        assert line.rstrip().endswith("·"), lines
    presentation.close()
