"""Quantitative claims (placeholder until the quantity extractor lands)."""

from __future__ import annotations

from .records import Quantity


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text``; spans are offsets into ``text``."""
    return []
