"""Chinese and Arabic numerals to numbers. Pure functions, no I/O.

>>> parse_number("两千五百")
2500.0
>>> parse_number("2500亿")
250000000000.0
>>> parse_number("一点五")
1.5
>>> parse_number("1,100.9亿")
110090000000.0
>>> parse_number("三分之一")  # doctest: +ELLIPSIS
0.333...
>>> parse_number("四万万")
400000000.0
>>> parse_number("三万五")
35000.0
>>> parse_number("二〇二四")
2024.0
>>> parse_number("万亿")
1000000000000.0
>>> parse_number("第三") is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}

# Financial (大写) and traditional forms, folded one for one before parsing.
_FOLD = str.maketrans({
    "壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "叄": "三", "肆": "四",
    "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十",
    "佰": "百", "仟": "千", "萬": "万", "億": "亿", "兩": "两", "幺": "一", "點": "点",
    "零": "零", "貮": "二", "弍": "二",
})
_SHORTHAND = (("廿", "二十"), ("卅", "三十"), ("卌", "四十"))

CN_CHARS = "零〇○一二两三四五六七八九十百千万亿壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億兩廿卅卌"
_ARABIC = r"\d+(?:[,，]\d{3})*(?:\.\d+)?"
#: A number as written in running text: Arabic (with separators and decimals),
#: Chinese, or mixed (``2500亿``, ``1.5万``, ``一点五``).
NUMBER = (
    rf"(?:(?:{_ARABIC})(?:[十百千万亿]+)?"
    rf"|[{CN_CHARS}]+(?:点[零〇一二三四五六七八九]+)?[万亿]*)"
)
NUMBER_RE = re.compile(NUMBER)
_ARABIC_RE = re.compile(rf"[+-]?{_ARABIC}")


def parse_number(text: str) -> float | None:
    """The value of a whole numeral string, or ``None`` when it is not one.

    Handles Arabic digits with thousands separators, Chinese numerals with
    万/亿 sections (``一万亿``, ``四万万``), colloquial tails (``三万五`` =
    35000, ``一千二`` = 1200), decimals (``一点五``, ``1.5万``), digit strings
    (``二〇二四``), fractions (``三分之一``, ``3分之1``) and a leading 负.
    """
    s = text.strip().translate(_FOLD)
    for short, full in _SHORTHAND:
        s = s.replace(short, full)
    if not s:
        return None
    sign = 1.0
    if s[0] in "负-":
        sign, s = -1.0, s[1:]
    elif s[0] == "+":
        s = s[1:]
    if "分之" in s:
        denominator, _, numerator = s.partition("分之")
        d, n = parse_number(denominator), parse_number(numerator)
        if d is None or n is None or d == 0:
            return None
        return sign * float(n) / float(d)
    value = _parse_unsigned(s)
    return None if value is None else sign * float(value)


def _parse_unsigned(s: str) -> Decimal | None:
    if not s:
        return None
    if _ARABIC_RE.fullmatch(s):
        return Decimal(s.replace(",", "").replace("，", ""))
    for unit in ("亿", "万"):
        idx = s.rfind(unit)
        if idx < 0:
            continue
        mult = BIG_UNITS[unit]
        left, right = s[:idx], s[idx + 1:]
        left_value = _parse_unsigned(left) if left else Decimal(1)
        if left_value is None:
            return None
        right_value = _parse_tail(right, mult)
        if right_value is None:
            return None
        return left_value * mult + right_value
    return _parse_section(s)


def _parse_tail(right: str, mult: int) -> Decimal | None:
    """What follows a 万/亿: ``零五`` → 5, a bare digit → a tenth of the unit (三万五)."""
    if not right:
        return Decimal(0)
    if right[0] in "零〇":
        return _parse_unsigned(right.lstrip("零〇"))
    if len(right) == 1 and right in DIGITS:
        return Decimal(DIGITS[right] * mult // 10)
    return _parse_unsigned(right)


def _parse_section(s: str) -> Decimal | None:
    """A number below 10 000 without 万/亿: Chinese, Arabic-with-unit, or decimal."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        whole_value = _parse_section(whole) if whole else Decimal(0)
        if whole_value is None or not frac or any(ch not in DIGITS for ch in frac):
            return None
        return whole_value + Decimal("0." + "".join(str(DIGITS[ch]) for ch in frac))
    arabic = _ARABIC_RE.match(s)
    if arabic:  # 3千, 1.5百
        head = Decimal(arabic.group().replace(",", "").replace("，", ""))
        rest = s[arabic.end():]
        if not rest:
            return head
        if rest in SMALL_UNITS:
            return head * SMALL_UNITS[rest]
        return None
    if all(ch in DIGITS for ch in s):
        if len(s) == 1:
            return Decimal(DIGITS[s])
        if s[0] in "两":  # 两两 is not a number
            return None
        return Decimal("".join(str(DIGITS[ch]) for ch in s))  # 二〇二四
    total, digit, last_unit = 0, None, 0
    for ch in s:
        if ch in DIGITS:
            if digit is not None and digit != 0 and ch not in "零〇":
                return None  # two digits in a row (三四) is a range, not a number
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if last_unit and unit >= last_unit:
                return None  # 十百, 百百
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        # 一千二 = 1200: a trailing digit right after a unit is a tenth of it.
        prev = s[-2] if len(s) >= 2 else ""
        if prev in SMALL_UNITS and last_unit >= 100:
            total += digit * last_unit // 10
        else:
            total += digit
    return Decimal(total)


def format_chinese(value: float, unit: str = "") -> str:
    """Write a value the way Chinese reports do: 万/亿 for large numbers.

    >>> format_chinese(250000000000, "元")
    '2500亿元'
    >>> format_chinese(20000, "件")
    '2万件'
    >>> format_chinese(1e12, "元")
    '1万亿元'
    >>> format_chinese(242, "家")
    '242家'
    >>> format_chinese(12.5, "%")
    '12.5%'
    """
    def trim(x: float) -> str:
        text = f"{x:.2f}".rstrip("0").rstrip(".")
        return text or "0"

    magnitude = abs(value)
    if magnitude >= 1e12:
        body = trim(value / 1e12) + "万亿"
    elif magnitude >= 1e8:
        body = trim(value / 1e8) + "亿"
    elif magnitude >= 1e4:
        body = trim(value / 1e4) + "万"
    else:
        body = trim(value)
    return body + unit
