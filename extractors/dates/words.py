"""The date vocabulary of ``lexicon/dates.yaml``, in the shapes the other modules use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..segment import word_pattern
from ..wordlists import load

LEX: dict[str, Any] = load("dates")


def alt(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest at a position, as a trie (fast in re)."""
    return word_pattern(words)


def char_class(chars: str) -> str:
    """A regex character class of ``chars``."""
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]"


RELATIVE_DAYS: dict[str, int] = {**LEX["relative_days"], **LEX["relative_days_evening"]}
EVENING_DAYS = frozenset(LEX["relative_days_evening"])
CONTEXT_DAYS = frozenset(LEX["context_days"])
RELATIVE_YEARS: dict[str, int] = LEX["relative_years"]
REFERENCE_YEARS: dict[str, int] = LEX["reference_years"]
CONTEXT_YEARS: dict[str, int] = LEX["context_years"]
RELATIVE_MONTHS: dict[str, int] = LEX["relative_months"]
CONTEXT_MONTHS: dict[str, int] = LEX["context_months"]
WEEKDAYS: dict[str, int] = LEX["weekday_names"]
WEEK_OFFSETS: dict[str, int] = LEX["week_prefixes"]
YEAR_PARTS: dict[str, list[int]] = LEX["year_parts"]
MONTH_PARTS: dict[str, list[int]] = LEX["month_parts"]
NEED_YEAR = frozenset(LEX["year_parts_need_year"])
YEAR_LABELS = frozenset(LEX["year_labels"])
SINCE = frozenset(LEX["since_suffixes"])
START = frozenset(LEX["start_suffixes"])
NOW_THROUGH = frozenset(LEX["now_through"])
SPAN_PAST = frozenset(LEX["span_past"])
SPAN_UNITS: dict[str, list[Any]] = {**LEX["span_units"], "多个月": ["month", 1]}
RELATIVE_PAIRS: dict[str, list[Any]] = LEX["relative_pairs"]
FIXED_HOLIDAYS: dict[str, str] = LEX["fixed_holidays"]
TABLED: dict[str, dict[int, str]] = {**LEX["lunar_holidays"], **LEX["solar_terms"]}
WEEKDAY_HOLIDAYS: dict[str, list[int]] = LEX["weekday_holidays"]
LUNAR_OFFSETS: dict[str, list[Any]] = LEX["lunar_offsets"]
BREAK_HOLIDAYS: dict[str, int] = LEX["holiday_breaks"]
BREAK_WORDS = tuple(LEX["holiday_break_words"])
EVENT_OPENERS = tuple(LEX["event_openers"])
EVENT_FILLERS = frozenset(LEX["event_fillers"])
