"""The one translation helper: every string a person reads goes through `tr`.

Kept free of Qt imports so the model and io layers may use it too: the application installs
Qt's translator at start-up (`install`) for another language; in English (and in plain-Python
tools) `tr` returns the English source text, with Qt's `%n` filled in and, for plural messages, the
English singular or plural form taken from resources/translations/cjm_en.ts (read without Qt).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

Translate = Callable[[str, str, "str | None", int], str]

# The languages translated besides English (resources/translations/cjm_LANG.ts). Here, not in
# i18n_catalog (which re-exports it), so a command checking --lang loads no catalogue tooling.
LANGUAGES = ("fi", "el", "ro", "hu")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English text: the source, or for a plural message its singular or plural form."""
    if n < 0:
        return text
    forms = english_plurals().get((context, text, disambiguation or ""))
    if forms:
        text = forms[0] if n == 1 else forms[-1]
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))  # %Ln: grouped, as Qt's English locale


def _english_catalogue() -> Path | None:
    """resources/translations/cjm_en.ts in a bundle, an installed wheel or a checkout.

    cjm_desktop.paths knows these places, but the model uses `tr` and must not import paths (an
    import-linter contract keeps it from files), so this leaf looks in the same three itself.
    """
    here = Path(__file__).resolve().parent
    bundle = getattr(sys, "_MEIPASS", None)
    roots = [Path(bundle) / "resources"] if bundle else []
    for root in (*roots, here / "resources", here.parent / "resources"):
        if (root / "translations" / "cjm_en.ts").is_file():
            return root / "translations" / "cjm_en.ts"
    return None


@functools.cache
def english_plurals() -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) -> [singular, plural] of the English catalogue's plural messages."""
    # pyexpat directly: the first plural shows in the first paint (a lane's "2 personas"), and
    # importing ElementTree for this one small file cost more than reading it.
    from xml.parsers import expat

    path = _english_catalogue()
    if path is None:
        return {}
    plurals: dict[tuple[str, str, str], list[str]] = {}
    context = ""
    fields: dict[str, str] = {}  # the current message's source and comment
    forms: list[str] = []
    text: list[str] = []

    def start(tag: str, _attributes: dict[str, str]) -> None:
        text.clear()
        if tag == "message":
            fields.clear()
            forms.clear()

    def end(tag: str) -> None:
        nonlocal context
        value = "".join(text)
        text.clear()
        if tag == "name":  # only a context has a name
            context = value
        elif tag in ("source", "comment"):
            fields[tag] = value
        elif tag == "numerusform":
            forms.append(value)
        elif tag == "message" and len(forms) == 2 and all(forms):
            plurals[(context, fields.get("source", ""), fields.get("comment", ""))] = list(forms)

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.append
    parser.Parse(path.read_bytes(), True)
    return plurals


_translate: Translate = english
_language = "en"


def install(translate: Translate) -> None:
    """Route `tr` through `translate` (QCoreApplication.translate in the application)."""
    global _translate
    _translate = translate


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` of `context`; with `n` >= 0, Qt's plural forms and `%n` apply."""
    return _translate(context, text, disambiguation, n)


_NUMBERED = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2``... of a translated text, as QString.arg does, in one pass.

    Numbered, so a translation may put them in its own order; one pass, so a value holding "%2"
    (a file name) is never filled in again.
    """
    return _NUMBERED.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0), text
    )


def quoted(text: str) -> str:
    """TEXT between the quotation marks of the language spoken («…» in Greek, „…” in Hungarian and
    Romanian, ”…” in Finnish): a persona's quote, a quote card's text."""
    return arg(tr("Quotes", "“%1”"), text)


def tr_noop(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; `tr(context, text)` translates it when shown."""
    return text


def tr_n_noop(context: str, text: str) -> str:
    """Mark a plural (``%n``) text where it is defined; ``tr(context, text, None, n)`` translates it."""
    return text


def language() -> str:
    """The code of the language `tr` speaks ("en" until the application installs another)."""
    return _language


def set_language(code: str) -> None:
    """Record which language the installed translations are in (localized templates follow it)."""
    global _language
    _language = code
