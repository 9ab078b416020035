"""What an import works with and gives, as plain data: no numpy, so a process may hold it without the importer.

``import-metrics`` runs the import in its reader process (cli/import_child.py): the map's side goes
there as JSON (``map_to_wire``) and only the result comes back (``result_to_wire``), in the
.cjm file's own record form, so the editor's process never loads numpy nor receives the sheet's rows.
JSON, not pickle: the reader parsed an untrusted file, and decoding its answer must run no code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cjm_desktop.io.mapfile.cjm_format import card_from_dict, record_from_dict, record_to_dict
from cjm_desktop.model import Card, Journey, LaneKind, Metric, MetricSource, MetricValue, Persona, Stage


@dataclass
class ImportResult:
    """Metrics and their values per stage, ready for the document to apply as one undoable step."""

    metrics: list[Metric] = field(default_factory=list)
    values: list[MetricValue] = field(default_factory=list)
    new_stages: list[Stage] = field(default_factory=list)  # to create (ids already used in values)
    stage_mapping: dict[str, str] = field(default_factory=dict)  # resolved, for MetricSource
    unmatched: list[str] = field(default_factory=list)  # must be resolved before applying
    unmatched_rows: dict[str, int] = field(default_factory=dict)  # rows waiting per unmatched name
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows (or cells, columns)
    examples: dict[str, list[str]] = field(default_factory=dict)  # reason -> first 3 cells ('C7') or rows
    rows_used: int = 0  # sheet rows that gave at least one value
    value_columns: dict[str, list[int]] = field(default_factory=dict)  # metric name -> its value columns
    unmatched_targets: dict[str, dict[str, int]] = field(default_factory=dict)  # reason -> name -> rows

    @property
    def new_stage_names(self) -> list[str]:
        """Names of the stages this import creates."""
        return [stage.name for stage in self.new_stages]

    @property
    def skipped_rows(self) -> int:
        """Everything left out, all reasons together."""
        return sum(self.skipped.values())

    @property
    def ready(self) -> bool:
        """True when every sheet stage is matched, skipped or created."""
        return not self.unmatched


def touchpoint_cards(journey: Journey) -> list[Card]:
    """The cards of the map's touchpoint lanes: what a touchpoint column can name."""
    lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    return [card for card in journey.cards if card.lane_id in lanes]


@dataclass
class ImportTargets:
    """What an import needs of the map: its stages, its metrics (ids reused by name), touchpoints, personas."""

    stages: list[Stage]
    metrics: list[Metric]
    touchpoints: list[Card]
    personas: list[Persona]


def map_to_wire(journey: Journey) -> dict[str, Any]:
    """The map's side of an import as JSON data (only the touchpoint cards of its cards)."""
    return {
        "stages": [record_to_dict(stage) for stage in journey.stages],
        "metrics": [record_to_dict(metric) for metric in journey.metrics],
        "touchpoints": [record_to_dict(card) for card in touchpoint_cards(journey)],
        "personas": [record_to_dict(persona) for persona in journey.personas],
    }


def map_from_wire(data: dict[str, Any]) -> ImportTargets:
    """The map's side of an import from ``map_to_wire``'s data."""
    return ImportTargets(
        [record_from_dict(Stage, d, "stages") for d in data["stages"]],
        [record_from_dict(Metric, d, "metrics") for d in data["metrics"]],
        [card_from_dict(d, "touchpoints") for d in data["touchpoints"]],
        [record_from_dict(Persona, d, "personas") for d in data["personas"]],
    )


def result_to_wire(result: ImportResult, source: MetricSource) -> dict[str, Any]:
    """What applying an import needs (metrics, values, new stages) and its source, as JSON data."""
    return {
        "metrics": [record_to_dict(metric) for metric in result.metrics],
        "values": [record_to_dict(value) for value in result.values],
        "new_stages": [record_to_dict(stage) for stage in result.new_stages],
        "source": record_to_dict(source),
    }


def result_from_wire(data: dict[str, Any]) -> tuple[ImportResult, MetricSource]:
    """The result and source ``result_to_wire`` sent; FormatError (or TypeError) for malformed data."""
    values = [record_from_dict(MetricValue, d, "values") for d in data["values"]]
    for value in values:
        value.series = [(str(day), float(number)) for day, number in value.series]  # as a map file loads
    result = ImportResult(
        metrics=[record_from_dict(Metric, d, "metrics") for d in data["metrics"]],
        values=values,
        new_stages=[record_from_dict(Stage, d, "new_stages") for d in data["new_stages"]],
    )
    return result, record_from_dict(MetricSource, data["source"], "source")
