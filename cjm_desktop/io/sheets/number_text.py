"""Numbers written as text, in every European convention, and which convention a column uses.

A text cell such as ``1 234,50 €``, ``12.500``, ``(1,000)`` or ``−12,5 %`` is read both ways: with
a decimal point (thousands grouped by ``,``, space, U+00A0, U+202F or ``'``) and with a decimal
comma (thousands grouped by ``.``, a space kind or ``'``). A cell that only one convention can read
is evidence for it; a cell that reads the same either way (``870``, ``1 234``) needs no decision;
a cell that reads differently (``12.500``: 12.5 or 12,500) is ambiguous. ``settle_numbers`` decides
per column from all of its cells, then from the whole file, then from the caller's choice, and
never guesses: a column nothing settles is reported, not read. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cjm_desktop.io.sheets.cell_value import CellValue
from cjm_desktop.io.sheets.column_scan import scan_columns

DOT, COMMA = "dot", "comma"
DECIMALS = (DOT, COMMA)
# Where a column's convention came from, for the import summary.
BY_COLUMN, BY_FILE, BY_CHOICE, BY_DEFAULT, NOT_NEEDED, UNDECIDED = (
    "column",
    "file",
    "choice",
    "map",
    "not needed",
    "undecided",
)
SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space, thin space
MINUSES = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash (what some tools export)
PERCENT_FORMAT = "0.0%"
# Currency signs and codes, before or after the number; the value is the unit a metric shows.
CURRENCIES = {
    "€": "€",
    "$": "$",
    "£": "£",
    "¥": "¥",
    "₹": "₹",
    "₽": "₽",
    "eur": "EUR",
    "usd": "USD",
    "gbp": "GBP",
    "huf": "HUF",
    "ft": "Ft",
    "ron": "RON",
    "lei": "lei",
    "leu": "lei",
    "kr": "kr",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "chf": "CHF",
    "pln": "PLN",
    "zł": "zł",
    "czk": "CZK",
    "kč": "Kč",
}
_AFFIX = re.compile(
    r"\A(?P<pre>[€$£¥₹₽]|[A-Za-zÀ-ž]{2,3}\.?)?[" + SPACES + r"]*(?P<body>.*?)[" + SPACES + r"]*"
    r"(?P<post>%|[€$£¥₹₽]|[A-Za-zÀ-ž]{2,3}\.?)?\Z",
    re.DOTALL,
)
_BODY = re.compile(r"\A[0-9]*(?:[.,'" + SPACES + r"][0-9]+)*\Z")
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[.,'" + SPACES + r"]")
_GROUPS = {DOT: ",'" + SPACES, COMMA: ".'" + SPACES}
_MARK = {DOT: ".", COMMA: ","}


@dataclass(frozen=True)
class NumberText:
    """A text cell read as a number both ways (None: that convention cannot read it)."""

    dot: float | int | None
    comma: float | int | None
    number_format: str | None  # '0.0%' for percentages, a currency format, else None
    separators: str = ""  # the separator characters seen, in order ('1 234,5' -> ' ,')

    @property
    def kind(self) -> str:
        """'dot' or 'comma' (only that reading exists), 'same' (both agree), or 'both' (they differ)."""
        if self.comma is None:
            return DOT
        if self.dot is None:
            return COMMA
        return "same" if self.dot == self.comma else "both"

    def value(self, decimal: str | None) -> float | int | None:
        """The number under a convention; None when the cell needs one and ``decimal`` is None."""
        if decimal is None:
            return self.dot if self.kind in ("same", DOT) else self.comma if self.kind == COMMA else None
        return self.dot if decimal == DOT else self.comma


def read_number_text(text: str) -> NumberText | None:
    """Both readings of a text cell, or None when it is not a number in any convention."""
    s = text.strip()
    if not s or len(s) > 64 or not _DIGIT.search(s):
        return None
    sign, s = _strip_sign(s)
    if sign == 1 and len(s) > 1 and s[-1] in MINUSES:
        sign, s = -1, s[:-1].rstrip(SPACES)  # trailing minus (SAP, older ledgers): 0,5- or 5,00 €-
    match = _AFFIX.match(s)
    if match is None:
        return None
    pre, body, post = match.group("pre"), match.group("body"), match.group("post")
    if not body:
        return None
    if body[0] in MINUSES or body[0] == "+":
        if sign == -1 and body[0] in MINUSES:
            return None
        sign, body = (-1 if body[0] in MINUSES else 1) * sign, body[1:].lstrip(SPACES)
    scale, number_format = 1.0, None
    unit = _unit(pre) if pre else None
    if pre and unit is None:
        return None
    if post == "%":
        scale, number_format = 0.01, PERCENT_FORMAT
    elif post:
        post_unit = _unit(post)
        if post_unit is None or unit is not None:
            return None
        unit = post_unit
    if unit is not None:
        if number_format is not None:
            return None
        number_format = f'"{unit}"#,##0.00' if len(unit) == 1 else f"[${unit}]#,##0.00"
    if not body or not _BODY.match(body) or not any(c.isdigit() for c in body):
        return None
    dot, comma = _reading(body, DOT), _reading(body, COMMA)
    if dot is None and comma is None:
        return None
    separators = "".join(dict.fromkeys(_SEPARATORS.findall(body)))
    return NumberText(_scaled(dot, sign, scale), _scaled(comma, sign, scale), number_format, separators)


def _strip_sign(s: str) -> tuple[int, str]:
    """Accounting parentheses and a leading sign outside any currency sign: (1 234), −€5."""
    sign = 1
    if s.startswith("(") and s.endswith(")"):
        sign, s = -1, s[1:-1].strip(SPACES)
    if s and (s[0] in MINUSES or s[0] == "+"):
        rest = s[1:].lstrip(SPACES)
        if rest[:1] and not rest[0].isdigit() and rest[0] not in ".,":
            sign, s = (-sign if s[0] in MINUSES else sign), rest  # −€5: the sign stands before the unit
    return sign, s


def _unit(token: str) -> str | None:
    return CURRENCIES.get(token.rstrip(".").casefold()) if token != "%" else None


def _scaled(value: float | int | None, sign: int, scale: float) -> float | int | None:
    if value is None:
        return None
    return sign * value if scale == 1.0 else sign * value * scale


def _reading(body: str, decimal: str) -> float | int | None:
    """The body read with this decimal mark; None when the grouping does not fit the convention."""
    mark, groups = _MARK[decimal], _GROUPS[decimal]
    separators = _SEPARATORS.findall(body)
    parts = _SEPARATORS.split(body)
    fraction = ""
    if separators and separators[-1] == mark:
        fraction, parts, separators = parts[-1], parts[:-1], separators[:-1]
        if not fraction:
            return None
    if any(s not in groups for s in separators) or len(set(separators)) > 1:
        return None
    head = parts[0]
    if separators:
        if not 1 <= len(head) <= 3 or head.startswith("0") or any(len(p) != 3 for p in parts[1:]):
            return None
    elif len(head) > 1 and head.startswith("0") and not fraction:
        return None  # 00123 is an identifier whose zeros matter, not a number
    whole = "".join(parts)
    if not fraction:
        return int(whole) if whole else None
    return float(f"{whole or '0'}.{fraction}")


@dataclass
class ColumnNumbers:
    """How a column's text numbers were read: the convention, why, and what was seen."""

    column: int
    decimal: str | None = None  # DOT, COMMA, or None (no cell needed one, or undecided)
    source: str = NOT_NEEDED  # BY_COLUMN, BY_FILE, BY_CHOICE, BY_DEFAULT, NOT_NEEDED or UNDECIDED
    thousands: str = ""  # the grouping character seen ('' when none)
    text_numbers: int = 0  # text cells read as numbers
    ambiguous_text: str = ""  # one cell that reads both ways, for the message
    readings: tuple[float | int, float | int] | None = None  # (dot, comma) readings of that cell
    evidence: dict[str, int] = field(default_factory=dict)  # cells only one convention reads
    number_format: str | None = None  # the most common format the text numbers imply

    @property
    def undecided(self) -> bool:
        """True when cells read two ways and nothing chose between them."""
        return self.source == UNDECIDED


def settle_numbers(
    rows: list[list[CellValue]],
    decimal: str | None = None,
    default: str | None = None,
    cell_formats: dict[tuple[int, int], str] | None = None,
    sample_rows: int = 50,
) -> list[ColumnNumbers]:
    """Turn the text numbers of ``rows`` into numbers, and blank ("") cells into None, in place.

    ``decimal`` forces a convention for every column (the user's explicit choice); ``default``
    (the map's number locale) only settles columns that neither they nor the file settle. Cells of
    an undecided column that read both ways stay text: the caller must ask, never guess.
    """
    readings = [{t: read_number_text(t) for t in texts} for texts in scan_columns(rows)]
    columns: list[ColumnNumbers] = []
    for c, seen in enumerate(readings):
        info = ColumnNumbers(c)
        kinds: Counter[str] = Counter(r.kind for r in seen.values() if r is not None)
        info.evidence = {k: kinds[k] for k in DECIMALS if kinds[k]}
        columns.append(info)
    file_votes = {k for info in columns for k in info.evidence}
    file_decimal = next(iter(file_votes)) if len(file_votes) == 1 else None
    for info, seen in zip(columns, readings, strict=True):
        both = {t for t, r in seen.items() if r is not None and r.kind == "both"}
        ambiguous = _first_in(rows, info.column, both) if both else None
        if decimal is not None:
            info.decimal, info.source = decimal, BY_CHOICE
        elif info.evidence:
            info.decimal, info.source = max(info.evidence, key=info.evidence.__getitem__), BY_COLUMN
        elif ambiguous is not None and file_decimal is not None:
            info.decimal, info.source = file_decimal, BY_FILE
        elif ambiguous is not None and default is not None:
            info.decimal, info.source = default, BY_DEFAULT
        elif ambiguous is not None:
            info.source = UNDECIDED
        if ambiguous is not None:
            reading = seen[ambiguous]
            info.ambiguous_text, info.readings = ambiguous, (reading.dot, reading.comma)  # type: ignore[union-attr,assignment]
    for c, seen in enumerate(readings):
        info = columns[c]
        read = {t: r for t, r in seen.items() if r is not None and r.value(info.decimal) is not None}
        if read:
            _convert(rows, c, read, info, cell_formats, sample_rows)
    return columns


def _first_in(rows: list[list[CellValue]], column: int, texts: set[str]) -> str | None:
    """The first of ``texts`` in the column, top to bottom (the example a message shows)."""
    return next((row[column] for row in rows if column < len(row) and row[column] in texts), None)  # type: ignore[return-value]


def _convert(
    rows: list[list[CellValue]],
    column: int,
    read: dict[str, NumberText],
    info: ColumnNumbers,
    cell_formats: dict[tuple[int, int], str] | None,
    sample_rows: int,
) -> None:
    """Replace a column's text numbers by their values and note what was seen."""
    values = {t: r.value(info.decimal) for t, r in read.items()}
    counts: Counter[str] = Counter()
    for index, row in enumerate(rows):
        if column < len(row):
            cell = row[column]
            if type(cell) is str and cell in values:
                row[column] = values[cell]
                counts[cell] += 1
                code = read[cell].number_format
                if code and cell_formats is not None and index < sample_rows:
                    cell_formats[(index, column)] = code
    info.text_numbers = sum(counts.values())
    mark = _MARK.get(info.decimal or "")  # whatever is not the decimal mark groups thousands
    # The grouping most cells use, the lowest character on a tie: ``read`` comes from a set, so taking
    # its first text would name a different character from run to run when a column mixes two.
    grouping: Counter[str] = Counter()
    for text, count in counts.items():
        for char in read[text].separators:
            if char != mark:
                grouping[char] += count
    info.thousands = min(grouping, key=lambda char: (-grouping[char], char)) if grouping else ""
    formats: Counter[str] = Counter()
    for text, count in counts.items():
        if read[text].number_format:
            formats[read[text].number_format] += count  # type: ignore[index]
    if formats:
        info.number_format = formats.most_common(1)[0][0]


def undecided_columns(columns: Iterable[ColumnNumbers]) -> list[ColumnNumbers]:
    """The columns the caller must ask about."""
    return [info for info in columns if info.undecided]
