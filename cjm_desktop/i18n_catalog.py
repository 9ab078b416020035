"""The translation catalogue: extract `tr` calls from the code, keep the .ts files current, check them.

Why not pyside6-lupdate alone: with ``-tr-function-alias translate+=tr,QT_TRANSLATE_NOOP+=tr_noop`` it
does find our ``tr(context, text)`` calls (not those inside f-strings), but its Python parser never
marks a message as plural, not even Qt's own ``translate`` called with a count, so every ``%n`` message
would lose its plural forms. This module reads the code with Python's own parser (``ast``), so it sees
exactly the calls Python runs, knows which carry ``n``, and names every call it cannot read. A test
checks that it finds every message pyside6-lupdate finds. The .ts files it writes are Qt Linguist's format;
pyside6-lrelease turns them into the .qm files the application loads. Pure Python, no Qt.

``python -m cjm_desktop.i18n_catalog update`` (``./dev translations``) extracts, merges, builds the .qm files
and lists what is unfinished; ``check`` only lists.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cjm_desktop.i18n import LANGUAGES as LANGUAGES  # re-exported: the catalogues' languages

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cjm_desktop"
TS_DIR = ROOT / "resources" / "translations"

# Every catalogue: English holds only the plural messages (their singular and plural English forms,
# which a source text alone cannot give); the others translate every message.
CATALOGUES = ("en", *LANGUAGES)
# Plural forms per language, as Qt's numerus rules count them (lupdate writes the same numbers).
PLURAL_FORMS = {"en": 2, "fi": 2, "el": 2, "ro": 3, "hu": 1}
# %(name)s and %% are argparse's (its help texts and messages are %-formatted).
PLACEHOLDER = re.compile(r"%L?\d|%L?n|%s|%d|%\.\d+f|\{[a-z_]+\}|%\([a-z_]+\)[rs]|%%")
ACCELERATOR = re.compile(r"&([^&\s])")


@dataclass(frozen=True)
class Key:
    """What identifies a message: its context, source text and disambiguation comment."""

    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    """One translatable text as found in the code, with where it was found."""

    key: Key
    plural: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Entry:
    """One message of a .ts file: its translation (or plural forms) and whether it is finished."""

    key: Key
    plural: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    unfinished: bool = True
    locations: list[tuple[str, int]] = field(default_factory=list)


# ---- extraction --------------------------------------------------------------------------------
def _literal(node: ast.expr | None) -> str | None:
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, str)):
        return node.value or ""
    return None


def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def extract(package: Path = PACKAGE) -> tuple[list[Message], list[str]]:
    """All messages of ``tr``/``tr_noop`` calls under ``package``, and the calls that could not be read."""
    messages: dict[Key, Message] = {}
    problems: list[str] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("tr", "tr_noop", "tr_n_noop"):
                continue
            context = _literal(_argument(node, 0, "context"))
            source = _literal(_argument(node, 1, "text"))
            comment = _literal(_argument(node, 2, "disambiguation"))
            if not context or not source or comment is None:
                # A local helper named tr (one argument) or a text looked up at run time: it must
                # be marked with tr_noop where it is defined, or it is never translated.
                if len(node.args) >= 2 and _literal(node.args[0]):
                    problems.append(f"{relative}:{node.lineno}: {ast.unparse(node)[:100]}")
                continue
            n = _argument(node, 3, "n") if node.func.id == "tr" else None
            plural = node.func.id == "tr_n_noop" or (
                n is not None and not (isinstance(n, ast.Constant) and n.value == -1)
            )
            message = messages.setdefault(
                Key(context, source, comment), Message(Key(context, source, comment))
            )
            message.plural = message.plural or plural
            message.locations.append((relative, node.lineno))
    # The template manifest is data, shown through tr("templates", name) and tr("templates", description).
    manifest = package.parent / "resources" / "templates" / "templates.json"
    if manifest.is_file():
        for entry in json.loads(manifest.read_text(encoding="utf-8")):
            for text in (entry.get("name"), entry.get("description")):
                if text:
                    key = Key("templates", text)
                    messages.setdefault(key, Message(key)).locations.append(
                        ("resources/templates/templates.json", 0)
                    )
    return list(messages.values()), problems


# ---- .ts files ---------------------------------------------------------------------------------
def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    """The .ts file of a language."""
    return folder / f"cjm_{language}.ts"


def read_ts(path: Path) -> dict[Key, Entry]:
    """The messages of a .ts file (empty when the file does not exist yet)."""
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            element = message.find("translation")
            kind = element.get("type", "") if element is not None else "unfinished"
            forms = [f.text or "" for f in element.iter("numerusform")] if element is not None else []
            entries[key] = Entry(
                key,
                plural=message.get("numerus") == "yes",
                translation=(element.text or "") if element is not None and not forms else "",
                forms=forms,
                unfinished=kind in ("unfinished", "obsolete", "vanished"),
                locations=[
                    (loc.get("filename", ""), int(loc.get("line", 0))) for loc in message.iter("location")
                ],
            )
            if kind in ("obsolete", "vanished"):
                entries[key].locations = []
    return entries


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    """Write entries as a Qt Linguist .ts file, grouped by context in the order given."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for entry in entries:
        context = contexts.get(entry.key.context)
        if context is None:
            context = contexts[entry.key.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = entry.key.context
        message = ET.SubElement(context, "message", {"numerus": "yes"} if entry.plural else {})
        # The file only, no line numbers: an edit that merely shifts lines in a module then leaves the
        # catalogues current, so parallel work on the code does not churn them.
        for filename in dict.fromkeys(f for f, _ in entry.locations):
            ET.SubElement(message, "location", filename=f"../../{filename}")
        ET.SubElement(message, "source").text = entry.key.source
        if entry.key.comment:
            ET.SubElement(message, "comment").text = entry.key.comment
        translation = ET.SubElement(
            message, "translation", {"type": "unfinished"} if entry.unfinished else {}
        )
        if entry.plural:
            for form in entry.forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def merge(messages: list[Message], old: dict[Key, Entry], language: str) -> list[Entry]:
    """The .ts entries of the current messages: translations kept, new ones unfinished, gone ones dropped."""
    count = PLURAL_FORMS[language]
    result = []
    for message in sorted(messages, key=lambda m: m.key.context):
        entry = old.get(message.key) or Entry(message.key)
        entry.locations = [(f, line) for f, line in message.locations]
        if message.plural and not entry.plural:
            # A text that became plural: its singular translation seeds every form, to be reviewed.
            entry.forms = [entry.translation] * count if entry.translation else [""] * count
            entry.unfinished = True
        elif message.plural:
            entry.forms = (entry.forms + [""] * count)[:count]
        entry.plural = message.plural
        result.append(entry)
    return result


def update(folder: Path = TS_DIR, package: Path = PACKAGE) -> dict[str, list[Entry]]:
    """Extract the messages and rewrite every language's .ts file; returns the entries per language."""
    messages, calls = extract(package)
    # Calls like tr(ctx, label) take their text at run time: fine when every such text is marked with
    # tr_noop(ctx, "...") where it is defined. Listed so a reviewer can check that.
    print(f"{len(messages)} texts; {len(calls)} tr() calls take their text at run time (tr_noop marks those)")
    result = {}
    for language in CATALOGUES:
        path = ts_path(language, folder)
        wanted = [m for m in messages if m.plural] if language == "en" else messages
        result[language] = merge(wanted, read_ts(path), language)
        write_ts(path, language, result[language])
    return result


def lrelease() -> str:
    """The pyside6-lrelease beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise FileNotFoundError("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts file into the .qm file Qt loads (unfinished messages are left out)."""
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def release_all(folder: Path = TS_DIR) -> None:
    """Compile every language's .ts file beside it."""
    for language in CATALOGUES:
        path = ts_path(language, folder)
        release(path, path.with_suffix(".qm"))


# ---- checks ------------------------------------------------------------------------------------
def texts(entry: Entry) -> list[str]:
    """The translated texts of an entry (each plural form, or the one translation)."""
    return entry.forms if entry.plural else [entry.translation]


def unfinished(entries: list[Entry]) -> list[str]:
    """Messages still to translate, as 'context: source' lines."""
    return [f"{e.key.context}: {e.key.source!r}" for e in entries if e.unfinished or not all(texts(e))]


def placeholder_problems(entries: list[Entry]) -> list[str]:
    """Translations whose placeholders (%1, %n, %s, %d, {name}) differ from their source."""
    problems = []
    for entry in entries:
        wanted = Counter(PLACEHOLDER.findall(entry.key.source))
        for text in texts(entry):
            if text and Counter(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{entry.key.context}: {entry.key.source!r} -> {text!r}")
    return problems


def accelerator_problems(entries: list[Entry]) -> list[str]:
    """Translations that drop or add the keyboard accelerator (&) of their source."""
    problems = []
    for entry in entries:
        has = bool(ACCELERATOR.search(entry.key.source))
        for text in texts(entry):
            if text and bool(ACCELERATOR.search(text)) != has:
                problems.append(f"{entry.key.context}: {entry.key.source!r} -> {text!r}")
    return problems


def report(folder: Path = TS_DIR, package: Path = PACKAGE) -> int:
    """Print what each language still needs; the number of problems found."""
    # tr_noop marks a text for extraction, so a text it cannot read is always a mistake.
    unreadable = [call for call in extract(package)[1] if ": tr_noop(" in call]
    for call in unreadable:
        print(f"tr_noop needs a literal context and text: {call}")
    total = len(unreadable)
    for language in CATALOGUES:
        entries = list(read_ts(ts_path(language, folder)).values())
        sections = {
            "untranslated": unfinished(entries),
            "placeholders differ": placeholder_problems(entries),
            "accelerator (&) differs": accelerator_problems(entries),
        }
        for title, lines in sections.items():
            total += len(lines)
            for line in lines:
                print(f"cjm_{language}.ts: {title}: {line}")
        print(f"cjm_{language}.ts: {len(entries)} messages, {len(sections['untranslated'])} untranslated")
    return total


def main(argv: list[str] | None = None) -> int:
    """``update`` (extract, merge, build the .qm files, report) or ``check``; non-zero when work remains."""
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        release_all()
    elif command != "check":
        print("usage: python -m cjm_desktop.i18n_catalog update|check", file=sys.stderr)
        return 2
    return 1 if report() else 0


if __name__ == "__main__":
    sys.exit(main())
