"""dashboard/filters.py: the date range and the words used for captions and file names."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.filters import _date_range, describe
from dashboard.queries import Filters, Options

OPTIONS = Options(date_min=date(2024, 1, 1), date_max=date(2024, 12, 31))

RANGES = [
    ("store_bounds_filter_nothing", [date(2024, 1, 1), date(2024, 12, 31)], (None, None)),
    ("both_ends", [date(2024, 3, 1), date(2024, 3, 31)], (date(2024, 3, 1), date(2024, 3, 31))),
    ("start_only", [date(2024, 3, 1), date(2024, 12, 31)], (date(2024, 3, 1), None)),
    ("reversed_ends_are_put_in_order", [date(2024, 5, 5), date(2024, 2, 2)],
     (date(2024, 2, 2), date(2024, 5, 5))),
    ("cleared", [None, None], (None, None)),
    ("start_at_min", [date(2024, 1, 1), date(2024, 6, 30)], (None, date(2024, 6, 30))),
]


@pytest.mark.parametrize("picked, expected", [pytest.param(*c[1:], id=c[0]) for c in RANGES])
def test_date_range(picked, expected):
    assert _date_range(picked, OPTIONS) == expected


DESCRIPTIONS = [
    ("none", Filters(), []),
    ("all", Filters(departments=("区金融局", "区教育和体育局"), topics=("金融",),
                    date_from=date(2024, 9, 1), date_to=date(2024, 9, 30), keyword="上市",
                    unit_kinds=("money", "percent")),
     ["部门=区金融局+区教育和体育局", "主题=金融", "日期=2024-09-01至2024-09-30", "关键词=上市",
      "单位=金额+百分比"]),
    ("open_end", Filters(date_to=date(2024, 9, 30)), ["日期=至2024-09-30"]),
    ("undated_replaces_the_range", Filters(undated=True, date_from=date(2024, 9, 1)),
     ["日期=日期不明"]),
    ("new_unit_kind_in_chinese", Filters(unit_kinds=("fraction",)), ["单位=分数"]),
]


@pytest.mark.parametrize("filters, words", [pytest.param(*c[1:], id=c[0]) for c in DESCRIPTIONS])
def test_describe(filters, words):
    assert describe(filters) == words
