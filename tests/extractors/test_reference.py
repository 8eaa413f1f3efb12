"""Reference dates: --pubdate as a day, a month or a year."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.reference import Reference, parse_pubdate, pubdate_text

GOOD = [
    ("2024-09-10", date(2024, 9, 10), "day", date(2024, 9, 10)),
    ("2024-09", date(2024, 9, 1), "month", date(2024, 9, 30)),
    ("2024-2", date(2024, 2, 1), "month", date(2024, 2, 29)),
    ("2023", date(2023, 1, 1), "year", date(2023, 12, 31)),
    (" 2023 ", date(2023, 1, 1), "year", date(2023, 12, 31)),
]


@pytest.mark.parametrize(("value", "day", "precision", "last"), GOOD, ids=[g[0].strip() for g in GOOD])
def test_a_day_a_month_or_a_year(value: str, day: date, precision: str, last: date) -> None:
    ref = parse_pubdate(value, "pubdates.csv")
    assert (ref.day, ref.precision, ref.last_day, ref.source) == (day, precision, last, "pubdates.csv")
    assert parse_pubdate(pubdate_text(ref)) == Reference(day, precision, "pubdate")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "24", "2024/09/10", "九月", "", "2024-00"])
def test_anything_else_is_a_clear_error(value: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_pubdate(value)


def test_covers() -> None:
    month = parse_pubdate("2024-02")
    assert month.covers(date(2024, 2, 29)) and not month.covers(date(2024, 3, 1))
    assert parse_pubdate("2024-02-03").covers(date(2024, 2, 3))
