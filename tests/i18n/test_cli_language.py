"""Headless exports draw the map's texts in the chosen language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cjm_desktop import i18n
from cjm_desktop.app import main
from cjm_desktop.paths import resources_dir


def test_export_with_lang_draws_finnish_chips(
    speak: Callable[[str], list[str]], tmp_path: Path, capsys: object
) -> None:
    sample = resources_dir() / "samples" / "ecommerce.cjm"
    out = tmp_path / "kartta.svg"
    assert main(["export", "--lang", "fi", str(sample), "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    # The English sample's touchpoint chips and severity labels, drawn in Finnish.
    assert "verkossa" in svg and "Lievä" in svg
    assert "online" not in svg.replace("Online store", "")
    assert i18n.language() == "fi"


def test_unknown_lang_is_refused_with_the_choices(capsys: object) -> None:
    assert main(["export", "--lang", "xx", "a.cjm", "-o", "a.png"]) == 2
    assert "en, fi, el, ro, hu" in capsys.readouterr().err
