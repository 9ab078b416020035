"""Why rows or cells were left out of an import, worded in the user's language with the count's plural.

The reasons are the keys of ``ImportResult.skipped`` (and of ``unmatched_targets``); they stay plain
English codes in the data, and are translated only here, where they are shown. No Qt.
"""

from __future__ import annotations

from cjm_desktop.i18n import arg, tr, tr_n_noop, tr_noop
from cjm_desktop.io.metrics.layouts import NO_METRIC, NO_NUMBERS
from cjm_desktop.io.metrics.metrics_import import BAD_DATE, NO_STAGE, NOT_A_NUMBER, SKIPPED_STAGE
from cjm_desktop.io.metrics.metrics_targets import NO_CARD, NO_PERSONA

# Each reason with its count, as Qt plural messages: "1 row with no stage name", "3 rows ...".
_COUNTED = {
    NO_STAGE: tr_n_noop("ImportSummary", "%n rows with no stage name"),
    SKIPPED_STAGE: tr_n_noop("ImportSummary", "%n rows for stages you chose to skip"),
    NOT_A_NUMBER: tr_n_noop("ImportSummary", "%n cells that are not numbers"),
    BAD_DATE: tr_n_noop("ImportSummary", "%n rows with a missing or unreadable date"),
    NO_METRIC: tr_n_noop("ImportSummary", "%n rows with no metric name"),
    NO_NUMBERS: tr_n_noop("ImportSummary", "%n columns without any numbers"),
    NO_CARD: tr_n_noop("ImportSummary", "%n rows whose touchpoint matches no card of their stage"),
    NO_PERSONA: tr_n_noop("ImportSummary", "%n rows whose persona matches no persona or segment"),
}
# The names that matched nothing, listed after a heading per reason.
_UNMATCHED = {
    NO_CARD: tr_noop("ImportSummary", "touchpoints that match no card of their stage: %1"),
    NO_PERSONA: tr_noop("ImportSummary", "personas that match no persona or segment: %1"),
}


def left_out_text(reason: str, count: int) -> str:
    """``count`` and its reason in one phrase ("3 rows with no stage name")."""
    source = _COUNTED.get(reason)
    return tr("ImportSummary", source, None, count) if source else f"{count} {reason}"


def named_rows(name: str, rows: int) -> str:
    """A sheet name with its row count: "'Loyalty' (7 rows)"."""
    return arg(tr("ImportSummary", "'%1' (%n rows)", None, rows), name)


def unmatched_lines(unmatched: dict[str, dict[str, int]]) -> list[str]:
    """The names that matched nothing (reason -> name -> rows), one line per reason."""
    lines = []
    for reason, names in unmatched.items():
        listed = ", ".join(named_rows(name, rows) for name, rows in names.items())
        source = _UNMATCHED.get(reason)
        lines.append(arg(tr("ImportSummary", source), listed) if source else f"{reason}: {listed}")
    return lines
