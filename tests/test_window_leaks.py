"""The suite's guard against tests that leave windows open (tests/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.conftest import fail_on_leaked_windows, shown_windows


def test_a_leaked_window_fails_the_test_and_is_closed(qtbot) -> None:
    before = shown_windows()
    leaked = QWidget()
    leaked.setWindowTitle("forgotten")
    leaked.show()
    with pytest.raises(pytest.fail.Exception, match="1 top-level window.*QWidget 'forgotten'"):
        fail_on_leaked_windows(before)
    assert not leaked.isVisible()


def test_a_closed_window_is_no_leak(qtbot) -> None:
    before = shown_windows()
    widget = QWidget()
    widget.show()
    widget.close()
    fail_on_leaked_windows(before)  # does not fail
