"""Where an imported value lands besides its stage: a touchpoint card of that stage and/or a persona.

``--touchpoint-column`` names cards by their text within the row's stage, matched as loosely as stage
names (case, accents, spacing, punctuation); ``--persona-column`` names a persona, or a segment that
exactly one persona has. A name that matches nothing is reported (rows left out, with examples), never
dropped silently; a name that matches two cards of one stage (or two personas) stops the import,
naming the cell. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.metrics.cell_values import display_name
from cjm_desktop.io.metrics.errors import ImportSpecError
from cjm_desktop.io.metrics.import_data import touchpoint_cards as touchpoint_cards  # re-exported
from cjm_desktop.io.metrics.metrics_guess import normalize_name
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.model import Card, Persona

NO_CARD = "rows whose touchpoint matches no card of their stage"
NO_PERSONA = "rows whose persona matches no persona or segment"
_NO_CARD, _NO_PERSONA = -10, -11  # target codes below 0, next to the stage codes


@dataclass
class Targets:
    """Every (stage, card, persona) an import writes to, numbered; codes index ``keys``."""

    slots: list[str]  # stage ids by stage code
    touchpoints: Sequence[Card] = ()
    personas: Sequence[Persona] = ()
    keys: list[tuple[str, str, str]] = field(default_factory=list)  # (stage id, card id, persona id)
    unmatched: dict[str, dict[str, int]] = field(default_factory=dict)  # reason -> name -> rows
    _index: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._cards: dict[tuple[str, str], list[Card]] = {}
        for card in self.touchpoints:
            self._cards.setdefault((card.stage_id, normalize_name(card.text)), []).append(card)
        self._personas: dict[str, list[Persona]] = {}
        by_segment: dict[str, list[Persona]] = {}
        for persona in self.personas:
            self._personas.setdefault(normalize_name(persona.name), []).append(persona)
            by_segment.setdefault(normalize_name(persona.segment), []).append(persona)
        for segment, members in by_segment.items():
            self._personas.setdefault(segment, members)  # a name wins over a segment of that spelling
        if not self.keys:  # plain stage values first, so a stage-only import keeps its codes
            for stage_id in self.slots:
                self.code(stage_id, "", "")

    def code(self, stage_id: str, card_id: str, persona_id: str) -> int:
        """The number of a target, made on first use."""
        key = (stage_id, card_id, persona_id)
        if key not in self._index:
            self._index[key] = len(self.keys)
            self.keys.append(key)
        return self._index[key]

    def remap(
        self,
        table: Table,
        rows: np.ndarray,
        stage_codes: np.ndarray,
        card_col: int | None,
        persona_col: int | None,
    ) -> np.ndarray:
        """Target codes for observations (stage codes < 0 stay as they are)."""
        if card_col is None and persona_col is None:
            return stage_codes
        out = stage_codes.copy()
        cache: dict[tuple[int, object, object], int] = {}
        for i, (row, slot) in enumerate(zip(rows.tolist(), stage_codes.tolist(), strict=True)):
            if slot < 0:
                continue
            cells = table.rows[row]
            card_raw = cells[card_col] if card_col is not None and card_col < len(cells) else None
            persona_raw = cells[persona_col] if persona_col is not None and persona_col < len(cells) else None
            key = (slot, card_raw, persona_raw)
            if key not in cache:
                cache[key] = self._target(table, row, slot, card_col, card_raw, persona_col, persona_raw)
            out[i] = cache[key]
            if out[i] < 0:
                reason = NO_CARD if out[i] == _NO_CARD else NO_PERSONA
                name = display_name(card_raw if out[i] == _NO_CARD else persona_raw)
                counts = self.unmatched.setdefault(reason, {})
                counts[name] = counts.get(name, 0) + 1
        return out

    def _target(
        self,
        table: Table,
        row: int,
        slot: int,
        card_col: int | None,
        card_raw: object,
        persona_col: int | None,
        persona_raw: object,
    ) -> int:
        stage_id = self.slots[slot]
        card_id = persona_id = ""
        if card_col is not None and display_name(card_raw):
            cards = self._cards.get((stage_id, normalize_name(card_raw)), [])
            if not cards:
                return _NO_CARD
            if len(cards) > 1:
                problem = tr(
                    "ImportSpec",
                    "cell %1 names the touchpoint '%2', but %n cards of that stage have this text. Rename "
                    "one of them so each touchpoint has its own name.",
                    None,
                    len(cards),
                )
                raise ImportSpecError(arg(problem, _cell(table, card_col, row), display_name(card_raw)))
            card_id = cards[0].id
        if persona_col is not None and display_name(persona_raw):
            personas = self._personas.get(normalize_name(persona_raw), [])
            if not personas:
                return _NO_PERSONA
            if len(personas) > 1:
                problem = tr(
                    "ImportSpec",
                    "cell %1 names '%2', which %n personas share. Use a persona's own name.",
                    None,
                    len(personas),
                )
                cell = _cell(table, persona_col, row)
                raise ImportSpecError(arg(problem, cell, display_name(persona_raw)))
            persona_id = personas[0].id
        return self.code(stage_id, card_id, persona_id)


def _cell(table: Table, column: int, row: int) -> str:
    return f"{table.column_letter(column)}{table.first_row + row + 1}"
