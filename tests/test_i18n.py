"""The one translation helper: every string a person reads goes through cjm_desktop.i18n.tr."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cjm_desktop import i18n

PACKAGE = Path(__file__).resolve().parents[1] / "cjm_desktop"


def test_source_text_fills_plural_placeholder() -> None:
    assert i18n.tr("Ctx", "%n cards", None, 3) == "3 cards"
    assert i18n.tr("Ctx", "Plain") == "Plain"


def test_installed_translator_receives_context_and_count() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def fake(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return text.upper()

    try:
        i18n.install(fake)
        assert i18n.tr("MainWindow", "&File", None, 2) == "&FILE"
        assert seen == [("MainWindow", "&File", None, 2)]
    finally:
        i18n.install(i18n.english)


def test_qt_route_returns_source_without_translators(qapp: object) -> None:
    try:
        i18n.install(QCoreApplication.translate)
        assert i18n.tr("Ctx", "%n values", None, 1) == QCoreApplication.translate("Ctx", "%n values", None, 1)
    finally:
        i18n.install(i18n.english)


def test_no_second_translation_helper_in_the_package() -> None:
    offenders = []
    pattern = re.compile(r"QCoreApplication\.translate\(|\bself\.tr\(|^def tr\(", re.M)
    for path in PACKAGE.rglob("*.py"):
        if path.name == "i18n.py":
            continue
        if pattern.search(path.read_text(encoding="utf-8")):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
