"""Finnish, Greek, Romanian and Hungarian messages quote a name (a file, a sheet, a column) with their own marks."""

from __future__ import annotations

import re

import pytest

from cjm_desktop import i18n_catalog as cat

# A placeholder in straight quotes, as the English source writes it: '%1', '%s', '.%2'.
STRAIGHT = re.compile(r"'\.?%[0-9s]'")


@pytest.mark.parametrize(("code", "marks"), [("fi", "””"), ("el", "«»"), ("ro", "„”"), ("hu", "„”")])
def test_a_quoted_placeholder_uses_the_languages_quotation_marks(code: str, marks: str) -> None:
    """Greek wrote 'el-cp1253' on the wizard's last page and «el-cp1253» on its first."""
    entries = cat.read_ts(cat.ts_path(code)).values()
    straight = [
        e.key for e in entries for text in (e.translation, *e.forms) if text and STRAIGHT.search(text)
    ]
    assert straight == []
    assert any(marks[0] + "%" in (e.translation or "") for e in entries)
