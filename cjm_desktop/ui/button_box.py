"""Dialog button rows that Tab walks in the order they are shown.

QDialogButtonBox places its buttons in the platform's order by role (Export before Cancel here), but Tab
follows the order they were created: a box made with Cancel and then given an Export button tabbed
to Cancel first, right to left across the row.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def tab_as_laid_out(box: QDialogButtonBox) -> None:
    """Make Tab visit BOX's buttons in their on-screen order.

    Call once all buttons are added and BOX is in its dialog: reparenting rebuilds the chain.
    """
    layout = box.layout()
    if layout is None:
        return
    ours = set(box.buttons())
    laid_out: list[QAbstractButton] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QAbstractButton) and widget in ours:
            laid_out.append(widget)
    for before, after in zip(laid_out, laid_out[1:], strict=False):
        QWidget.setTabOrder(before, after)
