"""SVG text made portable: font families with generic fallbacks, or text turned into outlines.

QSvgGenerator names only the family it drew with ("DejaVu Sans"); a machine without it falls
back to the browser's default serif and loses the lane symbols. Every family therefore gets
metric-compatible and symbol-bearing fallbacks ending in ``sans-serif``. With ``paths`` each
``<text>`` becomes a ``<path>`` of its glyph outlines, laid out by the same Qt text engine that
drew the PNG, for files that must look identical anywhere (no fonts needed, text not selectable).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainterPath

from cjm_desktop.canvas.style import FONT_FAMILY

SVG_NS = "http://www.w3.org/2000/svg"
# Verdana has DejaVu Sans's (Bitstream Vera's) proportions; the symbol fonts carry the lane icons.
FALLBACKS = ("Verdana", "Segoe UI Symbol", "Noto Sans Symbols 2", "Apple Symbols", "sans-serif")


def family_list(family: str) -> str:
    """A CSS font-family value: the family drawn with, then fallbacks, ending in a generic family."""
    if family in ("Sans Serif", "Sans"):  # Qt's name for "no font set here": the map's own
        family = FONT_FAMILY
    names = [family, *(f for f in FALLBACKS if f != family)]
    return ", ".join(n if n == "sans-serif" else f"'{n}'" for n in names)


def path_data(path: QPainterPath) -> str:
    """A QPainterPath as SVG path data (moves, lines and cubic curves)."""
    parts: list[str] = []
    i, count = 0, path.elementCount()
    while i < count:
        e = path.elementAt(i)
        if e.isMoveTo():
            parts.append(f"M{e.x:.2f},{e.y:.2f}")
        elif e.isLineTo():
            parts.append(f"L{e.x:.2f},{e.y:.2f}")
        else:  # a curveTo followed by its two data elements
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{e.x:.2f},{e.y:.2f} {c2.x:.2f},{c2.y:.2f} {end.x:.2f},{end.y:.2f}")
            i += 2
        i += 1
    return "".join(parts)


def _font_of(element: ET.Element) -> QFont:
    font = QFont(element.get("font-family", FONT_FAMILY).split(",")[0].strip(" '\""))
    font.setPixelSize(max(1, round(float(element.get("font-size", "12")))))
    font.setWeight(QFont.Weight(int(element.get("font-weight", "400"))))
    font.setItalic(element.get("font-style", "normal") == "italic")
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setFeature(QFont.Tag("liga"), 0)  # as the map's fonts: the outlines match the PNG
    return font


def _outline(text: ET.Element) -> ET.Element:
    path = QPainterPath()
    path.addText(
        QPointF(float(text.get("x", "0")), float(text.get("y", "0"))), _font_of(text), text.text or ""
    )
    outline = ET.Element(f"{{{SVG_NS}}}path", {"d": path_data(path), "stroke": "none"})
    for name in ("fill", "fill-opacity", "transform"):
        if (value := text.get(name)) is not None:
            outline.set(name, value)
    return outline


def finish_svg(path: Path, text_as_paths: bool = False) -> None:
    """Rewrite a generated SVG in place: pixel size, fallback font families, or outlines instead of text."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    tree = ET.parse(path)
    root = tree.getroot()
    view_box = root.get("viewBox", "").split()
    if len(view_box) == 4:
        # Qt writes millimetres that renderers round differently; one unit is one CSS pixel (96/in).
        root.set("width", view_box[2])
        root.set("height", view_box[3])
    text_tag = f"{{{SVG_NS}}}text"
    for parent in list(tree.getroot().iter()):
        for index, child in enumerate(list(parent)):
            if child.tag == text_tag and text_as_paths:
                parent.remove(child)
                parent.insert(index, _outline(child))
        family = parent.get("font-family")
        if family and "," not in family:
            parent.set("font-family", family_list(family))
    tree.write(path, encoding="utf-8", xml_declaration=True)
