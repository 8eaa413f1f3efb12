"""Properties that hold for any input, checked by Hypothesis on generated text.

Seeded and bounded (``derandomize``, a fixed number of examples) so the suite
stays repeatable and quick. Text is drawn from what real pages are made of —
Chinese, digits (half and full width), measure and scale words, punctuation,
hard line breaks — mixed with arbitrary Unicode.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract
from extractors.numerals import parse_number

SETTINGS = settings(derandomize=True, max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_PIECES = [
    "全区", "全市", "金融机构", "达", "家", "亿元", "万元", "万", "亿", "千", "百", "余", "近", "约",
    "同比增长", "下降", "%", "个百分点", "倍", "以上", "左右", "今年以来", "上半年", "1—10月份",
    "2024年", "9月9日", "本报9月9日讯", "今天上午", "区行政审批服务局", "西海岸新区", "青岛市",
    "三次产业结构为", "2.9:36.3:60.8", "两位数增长", "其中", "占", "比重", "截至", "底", "目标",
    "，", "。", "；", "、", "：", "\n", "\u3000\u3000", " ", "（", "）", "“", "”",
    "0", "1", "2", "3", "5", "9", "12.5", "242", "１２．５％", "一", "二", "两", "十", "零",
]

page_like = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=80,
).map("".join)


@SETTINGS
@given(page_like)
def test_extract_never_raises_and_every_span_is_its_text(text: str) -> None:
    ex = extract(text, pubdate="2024-09-10")
    for record in ex.records():
        if record.record_type in ("article", "topic"):
            continue
        assert text[record.start:record.end] == record.text, record


@SETTINGS
@given(st.text(max_size=400))
def test_extract_never_raises_on_any_unicode(text: str) -> None:
    extract(text)


_DIGITS = "零一二三四五六七八九"
_UNITS = ["", "十", "百", "千"]


def chinese(n: int) -> str:
    """``n`` written the way cn2an writes it ("low" mode): 105 → 一百零五,
    10010 → 一万零一十, 200000000 → 二亿."""
    if n == 0:
        return "零"
    groups: list[str] = []
    for scale, value in (("亿", n // 10**8), ("万", n // 10**4 % 10**4), ("", n % 10**4)):
        groups.append((_group(value), scale, value))  # type: ignore[arg-type]
    out = ""
    for i, (words, scale, value) in enumerate(groups):  # type: ignore[misc]
        if value == 0:
            continue
        if out and (value < 1000 or groups[i - 1][2] == 0):  # type: ignore[index]
            out += "零"
        out += words + scale
    out = out.replace("零零", "零")
    return out[1:] if out.startswith("一十") and n < 100 else out


def _group(value: int) -> str:
    text = ""
    for place in (3, 2, 1, 0):
        digit = value // 10**place % 10
        if digit:
            text += _DIGITS[digit] + _UNITS[place]
        elif text and value % 10**place:
            text += "零"
    return text.replace("零零", "零").lstrip("零")


def test_the_writer_writes_like_cn2an() -> None:
    assert [chinese(n) for n in (0, 7, 10, 15, 105, 1010, 10010, 200000000, 120003400)] == [
        "零", "七", "十", "十五", "一百零五", "一千零一十", "一万零一十", "二亿", "一亿二千万三千四百"]


@SETTINGS
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_every_written_numeral_reads_back(n: int) -> None:
    assert parse_number(chinese(n)) == n
