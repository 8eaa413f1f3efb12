"""Topics of an article (placeholder until the topic scorer lands)."""

from __future__ import annotations

from .records import Topic


def score_topics(text: str) -> list[Topic]:
    return []
