"""Versions of a map: object- and field-level diff, patch and three-way merge (pure Python, no Qt)."""
