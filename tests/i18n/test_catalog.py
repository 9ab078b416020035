"""The translation catalogues are current, complete and keep placeholders and accelerators."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cjm_desktop import i18n_catalog as cat

LANGS = cat.CATALOGUES


def test_every_tr_text_is_literal_or_marked(tmp_path: Path) -> None:
    """Extraction finds each text; run-time lookups are only of texts marked with tr_noop."""
    messages, calls = cat.extract()
    assert [c for c in calls if ": tr_noop(" in c] == []  # tr_noop marks literal texts only
    keys = {m.key for m in messages}
    assert cat.Key("MainWindow", "Journey maps (*.cjm);;All files (*)") in keys  # marked with tr_noop
    assert cat.Key("channel", "Courier / delivery") in keys
    plural = {m.key.source for m in messages if m.plural}
    assert "%n personas" in plural


def test_extraction_matches_pyside6_lupdate(tmp_path: Path) -> None:
    """Our extractor finds every text Qt's lupdate finds (lupdate misses plurals, tr inside f-strings)."""
    lupdate = Path(cat.lrelease()).with_name("pyside6-lupdate")
    out = tmp_path / "lupdate.ts"
    files = [str(p) for p in sorted(cat.PACKAGE.rglob("*.py"))]
    subprocess.run(
        [str(lupdate), "-silent", "-tr-function-alias", "translate+=tr,QT_TRANSLATE_NOOP+=tr_noop", *files]
        + ["-ts", str(out)],
        check=True,
    )
    theirs = {k for k in cat.read_ts(out)}
    ours = {m.key for m in cat.extract()[0]}
    assert sorted(theirs - ours, key=str) == []
    assert len(theirs) > 400


def test_ts_files_are_current(tmp_path: Path) -> None:
    """Running the extraction again changes nothing: no new, unplaced or obsolete entries."""
    for code in LANGS:
        shutil.copy(cat.ts_path(code), tmp_path)
    cat.update(folder=tmp_path)
    stale = [
        code for code in LANGS if cat.ts_path(code, tmp_path).read_bytes() != cat.ts_path(code).read_bytes()
    ]
    assert stale == [], "run ./dev translations and commit resources/translations"


def test_qm_files_are_built_from_the_current_ts(tmp_path: Path) -> None:
    for code in LANGS:
        built = tmp_path / f"cjm_{code}.qm"
        cat.release(cat.ts_path(code), built)
        assert built.read_bytes() == cat.ts_path(code).with_suffix(".qm").read_bytes(), (
            "run ./dev translations and commit resources/translations"
        )


@pytest.mark.parametrize("code", LANGS)
def test_no_unfinished_or_obsolete_entries(code: str) -> None:
    path = cat.ts_path(code)
    obsolete = [
        m for m in ET.parse(path).getroot().iter("translation") if m.get("type") in ("obsolete", "vanished")
    ]
    assert obsolete == []
    missing = cat.unfinished(list(cat.read_ts(path).values()))
    assert missing == [], f"{len(missing)} untranslated in {path.name} (./dev translations lists them)"


@pytest.mark.parametrize("code", LANGS)
def test_translations_keep_placeholders_and_accelerators(code: str) -> None:
    entries = list(cat.read_ts(cat.ts_path(code)).values())
    assert cat.placeholder_problems(entries) == []
    assert cat.accelerator_problems(entries) == []


@pytest.mark.parametrize("code", LANGS)
def test_plural_messages_have_the_languages_number_of_forms(code: str) -> None:
    for entry in cat.read_ts(cat.ts_path(code)).values():
        if entry.plural:
            assert len(entry.forms) == cat.PLURAL_FORMS[code], entry.key


def test_checks_name_the_problem() -> None:
    """The checks catch a dropped placeholder, a dropped accelerator and an empty translation."""
    entries = [
        cat.Entry(cat.Key("C", "Save “%s”?"), translation="Tallenna?", unfinished=False),
        cat.Entry(cat.Key("C", "&File"), translation="Tiedosto", unfinished=False),
        cat.Entry(cat.Key("C", "Open"), translation="", unfinished=True),
    ]
    assert cat.placeholder_problems(entries) == ["C: 'Save “%s”?' -> 'Tallenna?'"]
    assert cat.accelerator_problems(entries) == ["C: '&File' -> 'Tiedosto'"]
    assert cat.unfinished(entries) == ["C: 'Open'"]
