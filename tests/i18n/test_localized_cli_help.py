"""`--help` of the command line speaks the user's language: argparse's headings, our descriptions and options."""

from __future__ import annotations

import argparse
import inspect
from pathlib import Path

import pytest

from cjm_desktop.cli import argparse_words
from tests.i18n.test_localized_cli import cjm, small_map


def test_every_argparse_word_we_translate_is_one_argparse_says() -> None:
    """A Python whose argparse rewords a text would leave it English: this names the text."""
    source = inspect.getsource(argparse)
    missing = [word for word in argparse_words.WORDS if word not in source]
    assert not missing


def test_export_help_in_finnish_with_lang_before_the_command(tmp_path: Path) -> None:
    result = cjm(tmp_path, "--lang", "fi", "export", "--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("käyttö: cjm-desktop export"), out
    for text in ("sijaintiargumentit:", "valitsimet:", "näytä tämä ohje ja lopeta", "vietävät kartat"):
        assert text in out, text
    assert "Vie kartat PNG-, PDF- tai SVG-kuviksi" in out and "PNG/SVG: ei valkoista taustaa" in out
    assert "positional arguments" not in out and "options:" not in out and "usage:" not in out


def test_import_metrics_help_in_hungarian_from_the_locale(tmp_path: Path) -> None:
    result = cjm(tmp_path, "import-metrics", "--help", env_lang="hu_HU.UTF-8")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("használat: cjm-desktop import-metrics"), out
    for text in ("pozicionális argumentumok:", "kapcsolók:", "hová íródjon a térkép"):
        assert text in out, text
    assert "a dátumoszlopok figyelmen kívül hagyása" in out and "ignore any date column" not in out


def test_english_help_is_unchanged(tmp_path: Path) -> None:
    out = cjm(tmp_path, "export", "--help").stdout
    assert out.startswith("usage: cjm-desktop export")
    for text in (
        "positional arguments:",
        "options:",
        "show this help message and exit",
        "the maps to export",
    ):
        assert text in out, text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("el", "θεσιακά ορίσματα:"),
        ("ro", "argumente poziționale:"),
    ],
)
def test_the_editors_own_help_is_in_the_language(tmp_path: Path, lang: str, expected: str) -> None:
    result = cjm(tmp_path, "--help", lang=lang)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout and "export, import-" in result.stdout, result.stdout


def test_an_invalid_choice_is_explained_in_romanian(tmp_path: Path) -> None:
    result = cjm(
        tmp_path, "--lang", "ro", "export", small_map(tmp_path / "h.cjm"), "-o", "a.png", "--format", "bmp"
    )
    assert result.returncode == 2
    assert "argumentul --format: alegere nevalidă: 'bmp'" in result.stderr, result.stderr
    assert result.stderr.startswith("utilizare: cjm-desktop export"), result.stderr
