"""Dated events (placeholder until the date extractor lands)."""

from __future__ import annotations

from datetime import date

from .records import DateMention


def find_dates(text: str, today: date | None) -> list[DateMention]:
    """Dates in ``text`` resolved against ``today``; spans are offsets into ``text``."""
    return []
