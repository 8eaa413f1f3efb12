"""dashboard/formatting.py: values written the Chinese way, escaping, CSV, file names.

The value cases are written from how government reports phrase figures, not
copied from the sample page: a round count takes 余 after the number, money and
rates take 超 before it, one whole scale unit drops its 1 after 近/超.
"""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from dashboard import formatting
from dashboard.formatting import (
    csv_bytes,
    file_name,
    format_claim,
    format_delta,
    md_escape,
)

# (id, value, unit, qualifier, value_max, change, unit_kind, expected)
VALUES_EXACT = [
    ("count", 76, "个", "exact", None, None, "count", "76个"),
    ("money_yi", 250000000000, "元", "exact", None, None, "money", "2500亿元"),
    ("money_wan_yi", 1.2e12, "元", "exact", None, None, "money", "1.2万亿元"),
    ("percent", 12.5, "%", "exact", None, None, "percent", "12.5%"),
    ("rate_unit", 3.5, "元/平方米", "exact", None, None, "money", "3.5元/平方米"),
]
VALUES_HEDGED = [
    ("round_count_yu", 20000, "件", "more_than", None, None, "count", "2万余件"),
    ("round_tens_yu", 300, "家", "more_than", None, None, "count", "300余家"),
    ("odd_count_chao", 242, "家", "more_than", None, None, "count", "超242家"),
    ("decimal_scale_chao", 25000, "人", "more_than", None, None, "count", "超2.5万人"),
    ("money_chao", 250000000000, "元", "more_than", None, None, "money", "超2500亿元"),
    ("one_scale_jin", 1e12, "元", "nearly", None, None, "money", "近万亿元"),
    ("one_wan_chao", 10000, "家", "more_than", None, None, "count", "1万余家"),
    ("one_wan_money_chao", 10000, "元", "more_than", None, None, "money", "超万元"),
    ("approx", 3000, "人", "approx", None, None, "count", "约3000人"),
    ("approx_keeps_one", 1e8, "元", "approx", None, None, "money", "约1亿元"),
    ("at_least", 3000, "人", "at_least", None, None, "count", "3000人以上"),
    ("less_than", 5, "%", "less_than", None, None, "percent", "不足5%"),
    ("at_most", 30, "天", "at_most", None, None, "duration", "不超过30天"),
    ("percent_chao", 50, "%", "more_than", None, None, "percent", "超50%"),
]
VALUES_RANGES_AND_CHANGES = [
    ("range", 3, "年", "range", 5, None, "duration", "3至5年"),
    ("range_scaled", 1e8, "元", "range", 2e8, None, "money", "1亿至2亿元"),
    ("range_without_max", 10, "家", "range", None, None, "count", "10家"),
    ("range_nan_max", 10, "家", "range", float("nan"), None, "count", "10家"),
    ("decrease", 3.3, "%", "exact", None, "decrease", "percent", "下降3.3%"),
    ("increase_hedged", 10, "%", "more_than", None, "increase", "percent", "增长超10%"),
]


@pytest.mark.parametrize(
    "value, unit, qualifier, value_max, change, unit_kind, expected",
    [pytest.param(*case[1:], id=case[0])
     for case in VALUES_EXACT + VALUES_HEDGED + VALUES_RANGES_AND_CHANGES],
)
def test_format_claim(value, unit, qualifier, value_max, change, unit_kind, expected):
    assert format_claim(value, unit, qualifier, value_max, change, unit_kind) == expected


DELTAS = [
    ("up", 30000, 20000, "件", "+1万件"),
    ("down", 19, 24, "家", "-5家"),
    ("flat", 5, 5, "个", "+0个"),
    ("percent_points", 12.5, 13.0, "%", "-0.5个百分点"),
]


@pytest.mark.parametrize("latest, previous, unit, expected",
                         [pytest.param(*c[1:], id=c[0]) for c in DELTAS])
def test_format_delta(latest, previous, unit, expected):
    assert format_delta(latest, previous, unit) == expected


def test_labels_file_has_provenance_and_covers_every_category():
    labels = formatting.LABELS
    assert labels["source"] and labels["fields"]
    for key in ("unit_kinds", "qualifiers", "hedges", "round_hedge", "changes", "granularities"):
        assert key in labels["fields"], key
    from extractors.records import QUALIFIERS

    assert set(QUALIFIERS) <= set(labels["qualifiers"])
    assert {"money", "count", "percent", "points", "multiple", "ratio", "duration",
            "measure"} <= set(labels["unit_kinds"])
    assert all(set(h) <= {"before", "suffix"} for h in labels["hedges"].values())


def test_md_escape_neutralises_markdown_and_html():
    assert md_escape("**粗体** # 标题 [链接](http://x) <b>") == (
        "\\*\\*粗体\\*\\* \\# 标题 \\[链接\\]\\(http\\:\\/\\/x\\) \\<b\\>".replace("\\/", "/")
    )


def test_csv_bytes_is_excel_safe_utf8_with_bom():
    frame = pd.DataFrame({"指标": ["市值", "年办件量"], "表述": ["超2500亿元", "2万余件"]})
    raw = csv_bytes(frame)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [["指标", "表述"], ["市值", "超2500亿元"], ["年办件量", "2万余件"]]


FILE_NAMES = [
    ("plain", "指标", ["部门=区金融局"], "指标_部门-区金融局.csv"),
    ("no_filters", "时间轴", [], "时间轴_全部.csv"),
    ("slashes_and_dots", "文章", ["关键词=../a/b"], "文章_关键词-a-b.csv"),
    ("quotes_and_colons", "指标", ['关键词="上市":'], "指标_关键词-上市.csv"),
]


@pytest.mark.parametrize("view, parts, expected", [pytest.param(*c[1:], id=c[0]) for c in FILE_NAMES])
def test_file_name(view, parts, expected):
    assert file_name(view, parts) == expected


def test_file_name_is_bounded():
    assert len(file_name("指标", ["关键词=" + "长" * 500])) <= 160
