"""The command line speaks the user's language (--lang or LANG), also for io's messages, naming the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.cli.speak import wanted_language
from cjm_desktop.io.mapfile.cjm_file import save_map
from cjm_desktop.model import Journey, Stage

REPO = Path(__file__).resolve().parents[2]
AMBIGUOUS = "Stage;Visits\nAwareness;12.500\nConsideration;1.045\nPurchase;870\n"


def cjm(
    tmp_path: Path, *args: str | Path, lang: str = "", env_lang: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run ``main.py ARGS`` as a user would: --lang CODE, or the language of the LANG variable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "DISPLAY", "QT_QPA"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), LANG=env_lang or "C.UTF-8")
    command = [sys.executable, str(REPO / "main.py"), *map(str, args), *(["--lang", lang] if lang else [])]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO, env=env)


def small_map(path: Path) -> Path:
    journey = Journey(
        title="t", stages=[Stage(f"s{i}", n) for i, n in enumerate(("Awareness", "Consideration"))]
    )
    save_map(journey, path, keep_backup=False)
    return path


def test_the_language_comes_from_lang_or_the_locale_variables() -> None:
    assert wanted_language("hu", {"LANG": "fi_FI.UTF-8"}) == "hu"
    assert wanted_language(None, {"LANG": "fi_FI.UTF-8"}) == "fi"
    assert (
        wanted_language(None, {"LC_ALL": "C", "LANG": "fi_FI.UTF-8"}) == "en"
    )  # POSIX: the first set decides
    assert wanted_language(None, {"LC_MESSAGES": "el_GR.UTF-8"}) == "el"
    assert wanted_language(None, {}) == "en"


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ({"lang": "fi"}, "se on vioittunut tai ei ole asiakaspolkukartta"),
        ({"env_lang": "hu_HU.UTF-8"}, "sérült, vagy nem ügyfélút-térkép"),
    ],
)
def test_a_damaged_map_is_explained_in_the_language(
    tmp_path: Path, how: dict[str, str], expected: str
) -> None:
    damaged = tmp_path / "rikki.cjm"
    damaged.write_text('{"format_version": 4, "stages": [', encoding="utf-8")
    result = cjm(tmp_path, "validate", damaged, **how)
    assert result.returncode == 1
    assert f"{damaged}:" in result.stderr and expected in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "sarakkeen ”Visits” luvut voi lukea kahdella tavalla"),
        ("hu", "a(z) „Visits” oszlop számai kétféleképpen olvashatók"),
    ],
)
def test_an_ambiguous_column_is_explained_in_the_language(tmp_path: Path, lang: str, expected: str) -> None:
    data = tmp_path / "käynnit.csv"
    data.write_text(AMBIGUOUS, encoding="utf-8")
    result = cjm(tmp_path, "import-metrics", small_map(tmp_path / "m.cjm"), data, "--dry-run", lang=lang)
    assert result.returncode == 1
    assert f"{data}:" in result.stderr and expected in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fi", "tiedostoa ei ole (onko se siirretty"), ("hu", "a fájl nem létezik (áthelyezték")],
)
def test_a_spreadsheet_problem_from_the_guarded_reader_is_in_the_language(
    tmp_path: Path, lang: str, expected: str
) -> None:
    """The sheet is read in an English-speaking child process; the editor words its problem."""
    missing = tmp_path / "puuttuu.xlsx"
    result = cjm(tmp_path, "import-metrics", small_map(tmp_path / "m.cjm"), missing, "--dry-run", lang=lang)
    assert result.returncode == 1
    assert f"{missing}:" in result.stderr and expected in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ({"lang": "fi"}, "”exprot” ei ole alikomento eikä olemassa oleva tiedosto"),
        ({"env_lang": "hu_HU.UTF-8"}, "„exprot” nem alparancs, és nem is létező fájl"),
    ],
)
def test_an_unknown_sub_command_is_explained_in_the_language(
    tmp_path: Path, how: dict[str, str], expected: str
) -> None:
    result = cjm(tmp_path, "exprot", "kartta.cjm", **how)
    assert result.returncode == 2
    assert expected in result.stderr and "export" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("how", "expected"),
    [({"lang": "fi"}, "kansiota %s ei ole"), ({"env_lang": "hu_HU.UTF-8"}, "a(z) %s mappa nem létezik")],
)
def test_an_export_to_a_missing_folder_is_explained_in_the_language(
    tmp_path: Path, how: dict[str, str], expected: str
) -> None:
    folder = tmp_path / "ei-ole"
    out = folder / "kartta.png"
    result = cjm(tmp_path, "export", small_map(tmp_path / "kartta.cjm"), "-o", out, **how)
    assert result.returncode == 1
    assert f"{out}:" in result.stderr and expected % folder in result.stderr, result.stderr
    assert not folder.exists()


def test_an_english_summary_says_one_row_not_one_rows(tmp_path: Path) -> None:
    """English plurals come from cjm_en.ts, also in a headless run that never loads Qt's translator."""
    data = tmp_path / "visits.csv"
    data.write_text("Stage,Visits\nAwareness,12\n,7\nConsideration,x\n", encoding="utf-8")
    out = tmp_path / "out.cjm"
    result = cjm(tmp_path, "import-metrics", small_map(tmp_path / "m.cjm"), data, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "left out: 1 row with no stage name" in result.stdout, result.stdout
    assert "1 cell that is not a number" in result.stdout, result.stdout
    assert "1 metric (Visits)" in result.stdout, result.stdout


@pytest.mark.parametrize(
    ("how", "usage", "expected"),
    [
        ({"lang": "fi"}, "käyttö:", "cjm-desktop validate: virhe: tuntemattomia argumentteja: --tarkista"),
        (
            {"env_lang": "hu_HU.UTF-8"},
            "használat:",
            "cjm-desktop validate: hiba: ismeretlen argumentumok: --tarkista",
        ),
    ],
)
def test_an_unknown_option_is_explained_in_the_language(
    tmp_path: Path, how: dict[str, str], usage: str, expected: str
) -> None:
    result = cjm(tmp_path, "validate", "--tarkista", small_map(tmp_path / "kartta.cjm"), **how)
    assert result.returncode == 2
    assert expected in result.stderr and f"{usage} cjm-desktop validate" in result.stderr, result.stderr


def test_the_import_summary_names_formats_and_separators_in_greek(tmp_path: Path) -> None:
    sheet = tmp_path / "metrics.csv"
    text = "Στάδιο;Επισκέψεις;Μετατροπή\r\nAwareness;12.500;3,5 %\r\nConsideration;8.200;4,1 %\r\n"
    sheet.write_bytes(text.encode("cp1253"))  # as a Greek Excel writes it
    result = cjm(
        tmp_path, "import-metrics", str(small_map(tmp_path / "map.cjm")), str(sheet), "--dry-run", lang="el"
    )
    assert result.returncode == 0, result.stderr
    assert "Επισκέψεις: αριθμός· υποδιαστολή: κόμμα" in result.stdout
    assert "χιλιάδες: τελεία" in result.stdout and "Μετατροπή: ποσοστό" in result.stdout
    assert not {"number", "percent", "point", "none"} & set(result.stdout.replace(";", " ").split())
