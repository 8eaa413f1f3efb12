"""The date word list (extractors/lexicon/dates.yaml) loads and is well formed."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extractors.wordlists import load

LEX = load("dates")
DATA = {k: v for k, v in LEX.items() if k not in ("source", "fields", "provenance")}


def test_source_and_fields_describe_every_key() -> None:
    assert isinstance(LEX["source"], str) and LEX["source"].strip()
    assert set(LEX["fields"]) == set(DATA), "every data key is described in fields, and only those"


@pytest.mark.parametrize("name", ["relative_days", "relative_days_evening", "relative_years",
                                  "context_years", "relative_months", "week_prefixes"])
def test_offsets_are_small_integers(name: str) -> None:
    assert DATA[name]
    for word, offset in DATA[name].items():
        assert isinstance(word, str) and word
        assert isinstance(offset, int) and -4 <= offset <= 4, (word, offset)


def test_weekdays_cover_the_week() -> None:
    assert sorted(set(DATA["weekday_names"].values())) == list(range(7))


def test_year_parts_are_month_ranges() -> None:
    for word, (lo, hi) in DATA["year_parts"].items():
        assert 1 <= lo <= hi <= 14, word  # winter runs into next year's February (14)
    assert set(DATA["year_parts_need_year"]) <= set(DATA["year_parts"]) | set(DATA["year_labels"])


def test_month_parts_are_day_ranges() -> None:
    for word, (lo, hi) in DATA["month_parts"].items():
        assert 1 <= lo <= 31 and (hi == -1 or lo <= hi <= 31), word


def test_fixed_holidays_are_real_days() -> None:
    for name, month_day in DATA["fixed_holidays"].items():
        assert re.fullmatch(r"\d{2}-\d{2}", month_day), name
        date.fromisoformat(f"2024-{month_day}")


@pytest.mark.parametrize("name", ["春节", "端午节", "中秋节"])
def test_lunar_tables_cover_2000_to_2040_in_season(name: str) -> None:
    table = DATA["lunar_holidays"][name]
    assert sorted(table) == list(range(2000, 2041))
    months = {"春节": (1, 2), "端午节": (5, 6), "中秋节": (9, 10)}[name]
    for year, month_day in table.items():
        assert date.fromisoformat(f"{year}-{month_day}").month in months, (name, year)


def test_lunar_offsets_point_at_tables() -> None:
    for name, (anchor, offset) in DATA["lunar_offsets"].items():
        assert anchor in DATA["lunar_holidays"] or anchor in DATA["solar_terms"], name
        assert isinstance(offset, int)


def test_solar_terms_cover_2000_to_2040_fifteen_days_apart() -> None:
    terms = DATA["solar_terms"]
    assert len(terms) == 24
    assert set(DATA["solar_terms_need_marker"]) <= set(terms)
    for year in range(2000, 2041):
        days = [date.fromisoformat(f"{year}-{terms[name][year]}") for name in terms]
        assert days[0].month == 2, year  # 立春 opens the list
        # in the year's order, from 立春 to 冬至, then 小寒 and 大寒 in January
        ordered = days[:22]
        assert all(14 <= (b - a).days <= 16 for a, b in zip(ordered, ordered[1:], strict=False)), year
        assert [d.month for d in days[22:]] == [1, 1], year


def test_weekday_holidays_name_a_month_and_weekday() -> None:
    for name, (month, n, weekday) in DATA["weekday_holidays"].items():
        assert 1 <= month <= 12 and 1 <= n <= 5 and 0 <= weekday <= 6, name


@pytest.mark.parametrize("name", ["code_after_year", "holiday_blockers"])
def test_patterns_compile(name: str) -> None:
    for pattern in DATA[name]:
        re.compile(pattern)


def test_no_word_is_both_now_and_vague() -> None:
    assert not set(DATA["now"]) & set(DATA["vague"])


def test_lists_have_no_duplicates() -> None:
    for name, value in DATA.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            assert len(value) == len(set(value)), name


def test_name_blockers_are_not_single_characters() -> None:
    # a single character would also match inside names (共 in 共产党员)
    assert all(len(word) >= 2 for word in DATA["name_blockers"])
