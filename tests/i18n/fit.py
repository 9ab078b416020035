"""Find clipped text: labels, buttons, tabs, combos and group titles narrower than what they show."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolBar,
    QWidget,
)

SCREEN = QSize(1366, 768)


def _name(widget: QWidget) -> str:
    names = []
    w: QWidget | None = widget
    while w is not None and len(names) < 3:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    if label.wordWrap():
        # Wrapped text fits when the height it needs at this width is there.
        if label.heightForWidth(label.width()) > label.height() + 1:
            return (
                f"label needs {label.heightForWidth(label.width())} px high, has {label.height()}: {text!r}"
            )
        return None
    if label.textFormat() != label.textFormat().PlainText and "<" in text:
        wanted = label.sizeHint().width()
    else:
        wanted = max(
            label.fontMetrics().horizontalAdvance(line) for line in text.replace("&", "").split("\n")
        )
        wanted += 2 * label.margin() + max(label.indent(), 0)
    if wanted > rect.width() + 1:
        return f"label needs {wanted} px, has {rect.width()}: {text!r}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    wanted = combo.fontMetrics().horizontalAdvance(text) + icon
    if wanted > field.width() + 1:
        return f"combo needs {wanted} px for its text, has {field.width()}: {text!r}"
    return None


def elided_tabs(bar: QTabBar) -> list[str]:
    """The tabs of ``bar`` drawn narrower than their title needs (elided to '…' or scrolled away)."""
    problems = []
    for i in range(bar.count()):
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        if bar.tabText(i) and (rect.width() + 1 < hint.width() or rect.right() > bar.width()):
            problems.append(
                f"tab {bar.tabText(i)!r} shows {rect.width()} px of {hint.width()} (bar {bar.width()})"
            )
    return problems


def clipped(top: QWidget) -> list[str]:
    """Every visible text in ``top`` that does not fit its widget, as 'where: what' lines."""
    problems: list[str] = []
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(top) and w is not top or w.width() <= 0:
            continue
        problem = None
        if isinstance(w, QLabel):
            problem = _label_problem(w)
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint().width()
            if hint > w.width() + 1:
                problem = f"button needs {hint} px, has {w.width()}: {w.text()!r}"
        elif isinstance(w, QComboBox):
            problem = _combo_problem(w)
        elif isinstance(w, QGroupBox) and w.title():
            wanted = w.fontMetrics().horizontalAdvance(w.title().replace("&", "")) + 16
            if wanted > w.width():
                problem = f"group box needs {wanted} px for its title, has {w.width()}: {w.title()!r}"
        elif isinstance(w, QTabBar):
            problem = "; ".join(elided_tabs(w)) or None
        elif isinstance(w, QToolBar) and w.orientation().name == "Horizontal":
            hidden = [
                a.text()
                for a in w.actions()
                if w.widgetForAction(a) is not None and not w.widgetForAction(a).isVisible()
            ]
            hidden = [t for t in hidden if t]
            if hidden:
                problem = f"toolbar hides {hidden} behind its extension button"
        if problem:
            problems.append(f"{_name(w)}: {problem}")
    return problems


def too_big(window: QWidget, opened_size: bool = True) -> str | None:
    """Why a window cannot fit a 1366x768 screen (its minimum size, or the size it opened at), or None."""
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > SCREEN.width() or need.height() > SCREEN.height():
        return f"{type(window).__name__} needs at least {need.width()}x{need.height()}"
    if opened_size and (window.width() > SCREEN.width() or window.height() > SCREEN.height()):
        return f"{type(window).__name__} opens at {window.width()}x{window.height()}"
    return None
