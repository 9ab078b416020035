"""The value a spreadsheet cell holds once read: the one type every reader hands on."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

CellValue = str | int | float | bool | date | datetime | time | timedelta | None
