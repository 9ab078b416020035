"""Text from the map shown on menus and buttons, where Qt reads `&` as a keyboard accelerator."""

from __future__ import annotations


def literal(text: str) -> str:
    """A label that shows `text` exactly: "Goals & expectations" must not become "Goals _expectations"."""
    return text.replace("&", "&&")
