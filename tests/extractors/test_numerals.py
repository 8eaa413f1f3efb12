"""Numerals: whole strings (parse_number, parse_numeral) and numerals in text (find_numbers).

Cases are our own; the peer suites (cn2an, Duckling, Recognizers-Text) run
separately in tests/conformance. Each list is one concern, fed to one
parametrize with readable ids.
"""

from __future__ import annotations

import pytest

from extractors.numerals import Compact, find_numbers, format_chinese, parse_number, parse_numeral

WHOLE: list[tuple[str, float]] = [
    ("两千五百", 2500), ("三十一", 31), ("一点五", 1.5), ("两", 2), ("十", 10), ("零", 0),
    ("一百零五", 105), ("一千零一十", 1010), ("一万零二百五十", 10250),
    ("四亿五千六百四十二万零一十五", 456420015), ("四万万", 4e8), ("二十一万亿", 2.1e13),
    ("壹仟玖佰", 1900), ("贰拾万零叁仟", 203000), ("陆佰伍拾", 650),
    ("三万五", 35000), ("一千二", 1200), ("两千四百五", 2450), ("九十二万四", 924000),
    ("2万", 20000), ("1.5亿", 1.5e8), ("2500亿", 2.5e11), ("1,100.9亿", 1.1009e11),
    ("82，225.00", 82225), ("3万4000", 34000), ("25万6千", 256000), ("1万600", 10600),
    ("200亿零四千230", 20000004230), ("4.78万亿", 4.78e12), ("两个亿", 2e8),
    ("二〇二四", 2024), ("一七二零点一", 1720.1), ("零点零五", 0.05), ("一千六点五", 1600.5),
    ("三分之一", 1 / 3), ("百分之十二点五", 0.125), ("3分之1", 1 / 3), ("3/5", 0.6),
    ("负一又二分之一", -1.5), ("三百五十又3分之1", 350 + 1 / 3),
    ("负三十二", -32), ("-10.1万", -101000), ("廿二", 22), ("40k", 40000), ("2e5", 200000),
]

NOT_A_NUMBER: list[str] = [
    "第三", "两两", "十百", "五十千", "三四", "几十", "二三十", "abc", "", "亿元", "一切",
]

RANGES: list[tuple[str, float, float, bool]] = [
    ("三五百", 300, 500, False),
    ("十七八万", 170000, 180000, False),
    ("三四十亿", 3e9, 4e9, False),
    ("八九亿", 8e8, 9e8, False),
    ("二三十", 20, 30, False),
    ("几十万", 1e5, 1e6, False),
    ("数十亿", 1e9, 1e10, False),
    ("十几", 10, 20, False),
    ("二十几万", 2e5, 3e5, False),
    ("数百", 100, 1000, False),
]

MORE: list[tuple[str, float]] = [("500余万", 5e6), ("十多万", 1e5), ("一千多万", 1e7)]

# (sentence, [(numeral text, value)]): every numeral the finder reports.
IN_TEXT: list[tuple[str, list[tuple[str, float]]]] = [
    ("全区金融机构达242家，5家企业在香港上市", [("242", 242), ("5", 5)]),
    ("年办件量2万余件", [("2万", 20000)]),
    ("增长1.2、3.4和5.6个百分点", [("1.2", 1.2), ("3.4", 3.4), ("5.6", 5.6)]),
    ("二十届三中全会", [("二十", 20), ("三", 3)]),
    ("第三十一次主任会议", [("三十一", 31)]),
    ("2024年9月9日", [("2024", 2024), ("9", 9), ("9", 9)]),
    ("1, 234, 567", [("1", 1), ("234", 234), ("567", 567)]),
    ("约三分之一的村", [("三分之一", 1 / 3)]),
    ("百分之五十五点五", [("五十五点五", 55.5)]),
    ("十一又十四分之一", [("十一又十四分之一", 11 + 1 / 14)]),
    ("一百零一万一千人", [("一百零一万一千", 1011000)]),
    ("1000  万元", [("1000  万", 1e7)]),
    ("七 万 五 千", [("七 万 五 千", 75000)]),
    ("肆拾肆万元", [("肆拾肆万", 440000)]),
    ("五十千克", [("五十", 50)]),
    ("负3.9%和-40%", [("负3.9", -3.9), ("-40", -40)]),
    ("2.5e3吨", [("2.5e3", 2500)]),
    # words that hold numeral characters without meaning a number
    ("一切为了群众，十分重要", []),
    ("我家在四川，陆地上有队伍", []),
    ("万一出现问题，千家万户受益", []),
    ("扎实推进十四五规划，逐一落实", []),
    ("百万千亿", []),
    ("收拾行装，肆意妄为", []),
]

FORMAT: list[tuple[float, str, str]] = [
    (250000000000, "元", "2500亿元"), (20000, "件", "2万件"), (1e12, "元", "1万亿元"),
    (242, "家", "242家"), (12.5, "%", "12.5%"), (0, "", "0"), (15600000, "人次", "1560万人次"),
]


@pytest.mark.parametrize("text, value", WHOLE, ids=[f"whole-{i:02d}" for i in range(len(WHOLE))])
def test_parse_number(text: str, value: float) -> None:
    got = parse_number(text)
    assert got is not None and abs(got - value) <= 1e-9 * max(1.0, abs(value))


@pytest.mark.parametrize("text", NOT_A_NUMBER, ids=[f"not-{i:02d}" for i in range(len(NOT_A_NUMBER))])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("text, low, high, more", RANGES, ids=[f"range-{i:02d}" for i in range(len(RANGES))])
def test_ranges_and_vague_numerals(text: str, low: float, high: float, more: bool) -> None:
    numeral = parse_numeral(text)
    assert numeral is not None
    assert (numeral.value, numeral.value_max, numeral.more) == (low, high, more)


@pytest.mark.parametrize("text, value", MORE, ids=[f"more-{i:02d}" for i in range(len(MORE))])
def test_inner_more(text: str, value: float) -> None:
    numeral = parse_numeral(text)
    assert numeral is not None and (numeral.value, numeral.more) == (value, True)


@pytest.mark.parametrize("sentence, expected", IN_TEXT, ids=[f"text-{i:02d}" for i in range(len(IN_TEXT))])
def test_find_numbers(sentence: str, expected: list[tuple[str, float]]) -> None:
    found = find_numbers(sentence)
    assert [n.text for n in found] == [t for t, _ in expected]
    for n, (_, value) in zip(found, expected, strict=True):
        assert abs(n.value - value) <= 1e-9 * max(1.0, abs(value))
        assert sentence[n.start:n.end] == n.text


@pytest.mark.parametrize("value, unit, text", FORMAT, ids=[f"format-{i:02d}" for i in range(len(FORMAT))])
def test_format_chinese(value: float, unit: str, text: str) -> None:
    assert format_chinese(value, unit) == text


def test_compact_maps_back_across_dropped_spaces() -> None:
    c = Compact("共 3 家，增长 1.2 %")
    assert c.text == "共3家，增长1.2%"   # a percent sign set apart is the number's (衣着下降0.2 %)
    start = c.text.index("1.2")
    assert c.span(start, start + 3) == (9, 12)
    assert c.span(start, start + 4) == (9, 14)
    assert Compact("无空格").text == "无空格"
