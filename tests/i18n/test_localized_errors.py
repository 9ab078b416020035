"""A map that cannot be opened is explained in the user's language, still naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.mapfile.errors import MapFileError


@pytest.mark.parametrize(
    ("code", "missing", "empty"),
    [
        ("fi", "tiedostoa ei ole", "tiedosto on tyhjä."),
        ("hu", "a fájl nem létezik", "a fájl üres."),
        ("el", "το αρχείο δεν υπάρχει", "το αρχείο είναι κενό."),
        ("ro", "fișierul nu există", "fișierul este gol."),
    ],
)
def test_open_errors_speak_the_language(
    code: str, missing: str, empty: str, speak: Callable[[str], list[str]], tmp_path: Path
) -> None:
    speak(code)
    with pytest.raises(MapFileError) as error:
        load_map(tmp_path / "asiakaspolku.cjm")
    assert error.value.problem.startswith(missing) and "asiakaspolku.cjm" in str(error.value)
    (tmp_path / "tyhjä.cjm").write_bytes(b"")
    with pytest.raises(MapFileError) as error:
        load_map(tmp_path / "tyhjä.cjm")
    assert error.value.problem == empty


def test_image_errors_and_plurals_speak_the_language(speak: Callable[[str], list[str]]) -> None:
    from cjm_desktop.canvas.image_codec import ImageError, read_image_bytes
    from cjm_desktop.i18n import tr

    speak("fi")
    with pytest.raises(ImageError) as error:
        read_image_bytes(b"", "kuva.png")
    assert str(error.value) == "”kuva.png”: tiedosto on tyhjä."
    text = "Delete %n cards"  # the undo text of a multi-card delete: Qt plural forms per language
    assert tr("edits", text, None, 1) == "Poista 1 kortti"
    assert tr("edits", text, None, 3) == "Poista 3 korttia"
    speak("ro")
    assert tr("edits", text, None, 3) == "Șterge 3 carduri"
    assert tr("edits", text, None, 25) == "Șterge 25 de carduri"


def test_english_plurals_read_one_card_not_one_cards(speak: Callable[[str], list[str]]) -> None:
    """English singular forms come from cjm_en.ts: without Qt's translator, and with English chosen."""
    from cjm_desktop.i18n import tr
    from cjm_desktop.io.metrics.left_out import left_out_text
    from cjm_desktop.io.metrics.metrics_import import NO_STAGE

    assert tr("edits", "Delete %n cards", None, 1) == "Delete 1 card"
    assert tr("ExportDialog", "%Ln pages", None, 1200) == "1,200 pages"
    speak("en")
    assert tr("edits", "Delete %n cards", None, 1) == "Delete 1 card"
    assert tr("edits", "Delete %n cards", None, 2) == "Delete 2 cards"
    assert left_out_text(NO_STAGE, 1) == "1 row with no stage name"
    speak("hu")
    assert left_out_text(NO_STAGE, 3) == "3 sor szakasznév nélkül"


def test_spreadsheet_problems_from_the_child_are_worded_by_the_editor(
    speak: Callable[[str], list[str]], tmp_path: Path
) -> None:
    """The guarded reader's child speaks English; the untranslated text it sends is translated here."""
    from cjm_desktop.io.sheets.guarded_read import read_guarded
    from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError

    speak("fi")
    empty = tmp_path / "tyhjä.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(SpreadsheetError) as error:
        read_guarded(empty)
    assert error.value.problem == "tiedosto on tyhjä (0 tavua)." and error.value.kind == "empty"
    assert error.value.path == empty
