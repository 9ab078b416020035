"""Which encoding a text (CSV) file is in, and whether a name came out garbled. Pure Python, no Qt.

BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then the legacy single-byte code pages of
the editor's users: cp1250 / ISO-8859-2 (Hungarian, Romanian), cp1253 / ISO-8859-7 (Greek),
cp1252 / ISO-8859-15 (Finnish). charset-normalizer ranks the code pages; the map breaks ties:
the reading in which more of the map's stage names appear wins.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

# Preference among code pages that decode a file to the same text (Finnish ä/ö are the same bytes
# in cp1250 and cp1252): the one its users' tools most likely wrote.
LEGACY = ("cp1252", "cp1250", "cp1253", "iso8859_15", "iso8859_2", "iso8859_7")
DETECT_BYTES = 256 * 1024  # what charset-normalizer and the stage-name tie-break look at
_LABELS = {
    "utf_8": "utf-8",
    "utf_8_sig": "utf-8-sig",
    "utf_16": "utf-16",
    "utf_32": "utf-32",
    "iso8859_2": "iso-8859-2",
    "iso8859_7": "iso-8859-7",
    "iso8859_15": "iso-8859-15",
}
# UTF-8 read as a single-byte code page: "Ã©" for é, "â€™" for ’, "Å‘" for ő, "Î±" for α.
_UTF8_AS_LEGACY = re.compile("[ÃÂÅÄÎÏÐÑ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]|â€")
_C1 = re.compile("[\u0080-\u009f]")
_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")
_LATIN1_LETTERS = re.compile("[À-ÖØ-öø-ÿ]")


@dataclass
class EncodingGuess:
    """The encoding chosen and the other readings that were possible (for the wizard's list)."""

    encoding: str
    alternatives: list[str] = field(default_factory=list)
    forced: bool = False


class EncodingError(ValueError):
    """The bytes cannot be read as text in the given or any known encoding; ``str()`` says why."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # binary | undecodable | unknown: the reader words each in the user's language


def codec_label(name: str) -> str:
    """The usual spelling of a codec ('iso8859_2' -> 'iso-8859-2')."""
    canonical = codecs.lookup(name).name.replace("-", "_")
    return _LABELS.get(canonical, canonical.replace("_", "-"))


def check_codec(name: str) -> str:
    """A user's ``--encoding`` as a codec label; EncodingError for a name Python does not know."""
    try:
        return codec_label(name)
    except LookupError as error:
        raise EncodingError(
            f"'{name}' is not an encoding this program knows (try cp1250, cp1253, utf-8).", "unknown"
        ) from error


def detect_encoding(raw: bytes, stage_names: Iterable[str] = ()) -> EncodingGuess:
    """The most likely encoding of ``raw``; EncodingError when it is not text at all."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return EncodingGuess("utf-8-sig")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return EncodingGuess("utf-32")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return EncodingGuess("utf-16")
    if b"\x00" in raw[:8192]:
        raise EncodingError("it holds binary data, not text", "binary")
    head = raw[:DETECT_BYTES]
    if _is_utf8(head, truncated=len(raw) > DETECT_BYTES):
        return EncodingGuess("utf-8")
    # Loaded here, only for a text file that is not UTF-8: the metric importer imports this
    # package's cell parsing without ever detecting an encoding (~25 ms saved on each start).
    from charset_normalizer import from_bytes

    ranked = [m.encoding for m in from_bytes(head, cp_isolation=list(LEGACY))]
    candidates = [e for e in dict.fromkeys([*ranked, *LEGACY]) if _decodes(head, e)]
    if not ranked:
        # charset-normalizer finds no code page whose text makes sense (too little text to judge,
        # or noise). Text has no control characters; random bytes always do.
        candidates = [e for e in candidates if not _CONTROL.search(head.decode(e))]
        if not candidates:
            raise EncodingError("its bytes do not read as text in any usual encoding", "undecodable")
    texts = {e: head.decode(e, errors="replace") for e in candidates}
    wanted = [normalize(n) for n in stage_names if normalize(n)]

    def score(encoding: str) -> tuple[int, int]:
        folded = normalize(texts[encoding])
        hits = sum(1 for name in wanted if name in folded)
        return hits, -candidates.index(encoding) if encoding in ranked else -len(candidates)

    best = max(candidates, key=score)
    same = [e for e in LEGACY if e in texts and texts[e] == texts[best]]
    chosen = same[0] if same else best
    return EncodingGuess(codec_label(chosen), [codec_label(e) for e in candidates if e != chosen])


def decode(raw: bytes, encoding: str) -> str:
    """The whole file as text; undecodable bytes become U+FFFD (which names then refuse)."""
    return raw.decode(encoding, errors="replace")


def normalize(text: str) -> str:
    """Case- and accent-blind text for finding stage names in a file."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in folded if not unicodedata.combining(c))


def looks_garbled(name: str) -> bool:
    """Whether a name shows the marks of text decoded with the wrong encoding."""
    if "\ufffd" in name or _C1.search(name) or _UTF8_AS_LEGACY.search(name):
        return True
    if not name.isascii():
        for legacy in LEGACY:  # the classic sign: re-encoded, the bytes are valid UTF-8 of other text
            try:
                if name.encode(legacy).decode("utf-8") != name:
                    return True
            except UnicodeError:
                continue
    letters = [c for c in name if c.isalpha()]
    latin1 = len(_LATIN1_LETTERS.findall(name))
    # Greek or Cyrillic bytes read as cp1252 come out as words made almost only of À..ÿ letters.
    if len(letters) >= 4 and latin1 * 3 > len(letters) * 2:
        return True
    # cp1250's ş/ţ read as cp1252 become º/þ inside a word: "Conºtientizare".
    return bool(re.search(r"[^\W\d_][ºª¹³²][^\W\d_]", name))


def _is_utf8(data: bytes, truncated: bool) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A cut in the middle of a character at the end of the sample is not an error.
        return truncated and error.start >= len(data) - 3 and error.reason == "unexpected end of data"
    return True


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
