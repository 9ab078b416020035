"""Material Design Icons glyphs as QIcons, drawn from qtawesome's own font without importing qtawesome.

Importing qtawesome pulls in qtpy, which star-imports QtCore, QtGui, QtWidgets and QtOpenGL and
creates every Qt enum on the way; with qtawesome loading all its twelve fonts for the first icon,
that was about 1 s of the editor's cold start. Only the ``mdi6`` set is used here, so this module
loads that one font file and its charmap from the installed qtawesome package and paints glyphs the
way qtawesome's default "text" drawing does (glyph at 0.875 of the icon's height, centred, one colour
for the normal, active and selected modes and one for disabled). If the package's files are not
where expected (another qtawesome layout), it hands the request to qtawesome itself.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

PREFIX = "mdi6."
_FONT_GLOB = "materialdesignicons6-webfont-*.ttf"


class GlyphIconEngine(QIconEngine):
    """Paints one character of a font, centred, in the colour of the icon's mode.

    Used for the mdi6 glyphs of the actions and for the lane kinds' symbols (kinds_actions).
    With ``on_highlight`` the Active and Selected modes (a menu's highlighted entry) draw in the
    palette's highlighted-text colour, as native menus do: a coloured symbol on the selection colour
    can vanish (the blue Touchpoints symbol on a blue highlight). Toolbar icons keep their colour,
    since a tool button's hover (also Active) is drawn on a light background.
    """

    def __init__(
        self,
        font: QFont,
        char: str,
        color: QColor,
        disabled: QColor,
        scale: float = 0.875,
        on_highlight: bool = False,
    ) -> None:
        super().__init__()
        self.font, self.char, self.scale = QFont(font), char, scale
        self.color, self.disabled = QColor(color), QColor(disabled)
        self.on_highlight = on_highlight

    def colour(self, mode: QIcon.Mode) -> QColor:
        """The pen for MODE (the highlighted text colour is read when drawn: the theme may change)."""
        if mode == QIcon.Mode.Disabled:
            return self.disabled
        if self.on_highlight and mode in (QIcon.Mode.Active, QIcon.Mode.Selected):
            return QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
        return self.color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the character centred in ``rect`` (what QIcon asks for every size and mode)."""
        painter.save()
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self.colour(mode))
        font = QFont(self.font)
        # The default 0.875 of the height leaves room for the glyph's bearing, as qtawesome does
        # (16 px -> 14 px).
        font.setPixelSize(round(self.scale * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A transparent pixmap of ``size`` with the character painted on it."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy for QIcon's copy-on-write."""
        return GlyphIconEngine(self.font, self.char, self.color, self.disabled, self.scale, self.on_highlight)


def _font_files() -> tuple[Path, Path] | None:
    """qtawesome's mdi6 font and charmap, found without importing the package (None if absent)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for ttf in sorted((Path(folder) / "fonts").glob(_FONT_GLOB)):
            charmap = ttf.with_name(ttf.stem.replace("-webfont-", "-webfont-charmap-") + ".json")
            if charmap.is_file():
                return ttf, charmap
    return None


class _Charmap:
    """Icon name -> hex code point, read from qtawesome's charmap text as asked for.

    A window asks for a few dozen of its 7,000 names: finding each one in the text is quicker than
    parsing all of it (~3-7 ms of the start). The file lists one name a line in sorted order, so a
    name is found by halving the lines (~15 looks) rather than by scanning up to 250 kB of text for
    it (~0.1-0.2 ms a name, ~6 ms a start). A name not found that way (another layout of the file)
    is searched for in the text, then looked up in the whole file parsed as JSON, so the answers stay
    those of the file.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._parsed: dict[str, str] | None = None

    def _halving(self, name: str) -> str | None:
        """The code point of ``name`` found by bisecting the sorted lines, or None."""
        text = self.text
        lo, hi = text.find("\n") + 1, text.rfind("\n")  # the lines between "{" and "}"
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1
            end = text.find("\n", mid)
            end = hi if end < 0 or end > hi else end
            line = text[start:end].strip()
            key, sep, value = line.partition('": "')
            if not sep or not key.startswith('"'):
                return None  # not one name a line: the caller searches instead
            key = key[1:]
            if key == name:
                return value.partition('"')[0] or None
            if key < name:
                lo = end + 1
            else:
                hi = start
        return None

    def get(self, name: str) -> str | None:
        """The code point of ``name`` as hex text (None when the font has no such icon)."""
        found = self._halving(name)
        if found is not None:
            return found
        key = f'"{name}": "'
        at = self.text.find(key)
        if at >= 0:
            start = at + len(key)
            end = self.text.find('"', start)
            if end > start:
                return self.text[start:end]
        if self._parsed is None:
            self._parsed = json.loads(self.text)
        return self._parsed.get(name)


@cache
def _glyph_font() -> tuple[str, _Charmap] | None:
    """(font family, icon name -> hex code point) once per process; None when the font cannot be loaded."""
    files = _font_files()
    if files is None:
        return None
    ttf, charmap = files
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    return families[0], _Charmap(charmap.read_text(encoding="utf-8"))


def icon(name: str, color: QColor, color_disabled: QColor) -> QIcon:
    """The icon ``mdi6.NAME`` in ``color`` (``color_disabled`` when its action is disabled)."""
    loaded = _glyph_font() if name.startswith(PREFIX) else None
    code = loaded[1].get(name.removeprefix(PREFIX)) if loaded is not None else None
    if loaded is None or code is None:
        import qtawesome

        return qtawesome.icon(name, color=color, color_disabled=color_disabled)
    font = QFont()
    font.setFamily(loaded[0])
    return QIcon(GlyphIconEngine(font, chr(int(code, 16)), color, color_disabled))
