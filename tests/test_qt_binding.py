"""Guards against Qt binding builds that would crash the app at run time."""

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on (PEP 683)")
def test_void_qt_calls_do_not_steal_references_to_none() -> None:
    # PySide6 6.12.0 dropped a reference to None on each void call: on Python 3.11 the app
    # aborted with "none_dealloc" after a few thousand paints. pyproject pins around it.
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, 4, 4), 1, 1)
        painter.fillRect(QRectF(0, 0, 2, 2), QColor("red"))
    painter.end()
    assert sys.getrefcount(None) >= before - 5
