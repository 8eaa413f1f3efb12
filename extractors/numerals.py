"""Chinese and Arabic numerals to numbers. Pure functions, no I/O.

Two entry points: :func:`parse_number` reads one whole numeral string, and
:func:`find_numbers` finds every numeral in running text (the raw material of
quantities; it knows nothing about units, ordinals or dates).

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
>>> parse_number("三万五")      # colloquial: a bare digit after 万 is a tenth of it
35000.0
>>> parse_number("1万600")      # ... but an Arabic number is not
10600.0
>>> parse_number("二〇二四")
2024.0
>>> parse_number("万亿")
1000000000000.0
>>> parse_number("一百零十万")   # 零十 reads as 一十
1100000.0
>>> parse_number("三百五十又3分之1")  # doctest: +ELLIPSIS
350.333...
>>> parse_number("第三") is None
True
>>> parse_number("三五百") is None  # a range, see parse_numeral
True
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, TypeVar, overload

from .wordlists import load

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}

# Financial (大写) and traditional forms, folded one for one before parsing,
# so every offset stays where it was.
_FOLD = str.maketrans({
    "壹": "一", "贰": "二", "貳": "二", "弍": "二", "貮": "二", "叁": "三", "參": "三",
    "叄": "三", "肆": "四", "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八",
    "玖": "九", "拾": "十", "佰": "百", "仟": "千", "萬": "万", "億": "亿", "兩": "两",
    "倆": "两", "幺": "一", "點": "点", "幾": "几", "數": "数", "負": "负", "個": "个",
})
# 廿/卅/卌 are two characters' worth of numeral in one; expanding them moves
# offsets, so they are only expanded inside a numeral string being parsed.
_SHORTHAND = {"廿": "二十", "卅": "三十", "卌": "四十"}

CN_DIGIT_CHARS = "零〇○一二两三四五六七八九壹贰貳弍貮叁參叄肆伍陆陸柒捌玖兩倆幺"
CN_SCALE_CHARS = "十百千万亿拾佰仟萬億廿卅卌"
CN_CHARS = CN_DIGIT_CHARS + CN_SCALE_CHARS
_DEC_DIGITS = "零〇○一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖0-9"  # 两 never follows 点
_SCALES_AFTER_HEDGE = "十百千万亿拾佰仟萬億"

_T = TypeVar("_T")

_LETTER_MULT: dict[str, int] = {k: int(v) for k, v in load("scales")["letters"].items()}

# Thousands are grouped by commas (1,234) or, in older documents, by a space (223 961).
_ARABIC = r"(?:(?<![\d.])\d{1,3}(?: \d{3}(?![\d.]|\s?\d))+|\d+(?:[,，]\d{3}(?!\d))*)(?:\.\d+)?"
#: A number as written in running text: Arabic (with separators and decimals),
#: Chinese, or mixed (``2500亿``, ``1.5万``, ``一点五``, ``3万4000``).
NUMBER = (
    rf"(?:(?:{_ARABIC}|[{CN_CHARS}])"
    rf"(?:{_ARABIC}|[{CN_CHARS}]|[点點](?=[{_DEC_DIGITS}])"
    rf"|[余多](?=[{_SCALES_AFTER_HEDGE}])|(?<=[十拾百佰千仟零])[几幾]|个(?=[亿億]))*)"
)
NUMBER_RE = re.compile(NUMBER)

#: 3个亿元以上工业项目, 2个亿元项目: a count of projects of a size class, not 3个亿 (3亿) said colloquially.
_PROJECTS_OF_A_SIZE = r"[亿億]元?(?:以上|级)?[\u4e00-\u9fff]{0,4}?项目"

# One numeral in running text. Groups: sign, the numeral run, then an optional
# Arabic tail (e-notation, power, letter multiplier).
_RUN = (
    rf"(?:(?:[几幾数數](?=[{_SCALES_AFTER_HEDGE}]))?"
    rf"(?:(?<![\d.])\.\d+|{_ARABIC}|[{CN_CHARS}])"
    rf"(?:{_ARABIC}|[{CN_CHARS}]|[点點](?=[{_DEC_DIGITS}])"
    rf"|[余多](?=[{_SCALES_AFTER_HEDGE}])|(?<=[十拾百佰千仟零])[几幾]"
    rf"|[几幾](?=[{_SCALES_AFTER_HEDGE}])|[个個](?=[亿億])(?!{_PROJECTS_OF_A_SIZE}))*)"
)
_SCAN_RE = re.compile(
    rf"(?P<sign>(?<![\d\-.{CN_CHARS})）])[-负負](?=[\d.{CN_CHARS}]))?"
    rf"(?P<run>{_RUN})"
    r"(?P<exp>(?<=\d)[eE][+-]?\d+|(?<=\d)\^[+-]*\d+(?:\.\d+)?)?"
    rf"(?P<mult>(?<=\d)[{''.join(_LETTER_MULT)}](?![A-Za-z]))?"
)
# What turns a numeral into a fraction: ``分之N`` or ``又M分之N`` after it.
_FIRST = re.compile(rf"[\d.\-负負几幾数數{CN_CHARS}]")
_FRACTION_AFTER = re.compile(rf"(?:又{_RUN})?分之[-负負]?{_RUN}")
_SLASH_FRACTION = re.compile(
    r"(?<![\d/.])(?P<sign>-)?(?:(?P<whole>\d+) )?(?P<num>\d+)/(?P<den>\d+)(?![\d/])"
)
_ARABIC_RE = re.compile(_ARABIC)

# Spaces that PDF copies and typesetting put inside numerals (``1000  万``,
# ``百 分 之 2``, ``169 . 3亿元``): dropped for matching when they sit between CJK characters,
# between a digit and a CJK character or percent sign, or around a decimal point between
# digits, never between two digits (``1, 234, 567`` is three numbers).
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A run of spaces right after another space-like character or at the start
# never joins (see _joins), so the look-behind skips paragraph indents in C.
_SPACES = re.compile(r"[ \t\u3000](?<=\S[ \t\u3000])[ \t\u3000]*")


def _joins(text: str, start: int, end: int) -> bool:
    """Whether the spaces at ``[start, end)`` sit inside a numeral (see ``_INNER_SPACE``).

    Written out because a regex that opens with a look-behind is tried at
    every position of a whole text; this runs only where there are spaces.
    """
    if start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    cjk_after = _is_cjk(after)
    if before.isdigit():
        # 0.2 %: a percent sign set apart; 169 . 3亿元: a decimal point set apart (PDF copies)
        return cjk_after or after in "%‰" or (after == "." and _DIGIT_AFTER_POINT.match(text, end) is not None)
    if before == "." and after.isdigit() and _DIGIT_BEFORE_POINT.search(text, max(0, start - 8), start):
        return True
    return (before == "%" or _is_cjk(before)) and (cjk_after or after.isdigit())


#: A decimal point set apart by spaces between two digits (169 . 3): the point and the digit after
#: it, and the digit and the point before the spaces after it.
_DIGIT_AFTER_POINT = re.compile(r"\.[ \t\u3000]*\d")
_DIGIT_BEFORE_POINT = re.compile(r"\d[ \t\u3000]*\.$")


def _is_cjk(ch: str) -> bool:
    """``ch`` in ``_CJK``, by comparison (a regex call costs more than the test)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


_INNER_SPACE = re.compile(
    rf"(?<=[{_CJK}%])[ \t\u3000]+(?=[{_CJK}\d])|(?<=\d)[ \t\u3000]+(?=[{_CJK}%‰])"
    r"|(?<=\d)[ \t\u3000]+(?=\.[ \t\u3000]*\d)|(?<=\.)[ \t\u3000]+(?=\d)"
)


@dataclass(frozen=True, slots=True)
class Numeral:
    """The reading of one numeral string.

    ``value_max`` is set for ranges written as adjacent digits (``三五百`` →
    300..500) and vague numerals (``几十万`` → 100000..1000000, ``十几`` →
    10..20); ``more`` for an inner 余/多 (``500余万``, ``十多万``).
    """

    value: float
    value_max: float | None = None
    more: bool = False


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A numeral found in text: half-open ``[start, end)`` and its reading."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    more: bool = False
    text: str = ""


def fold(text: str) -> str:
    """Financial (大写) and traditional numeral characters as plain ones, one for one.

    >>> fold("壹仟玖佰萬")
    '一千九百万'
    """
    return text.translate(_FOLD)


def parse_number(text: str) -> float | None:
    """The value of a whole numeral string, or ``None`` when it is not one.

    Handles Arabic digits with thousands separators, Chinese numerals with
    万/亿 sections (``一万亿``, ``四万万``), colloquial tails (``三万五`` =
    35000, ``一千二`` = 1200), decimals (``一点五``, ``1.5万``), digit strings
    (``二〇二四``), fractions (``三分之一``, ``3分之1``, ``3/5``, ``3又1/2``),
    a leading 负 and a trailing 个 before 亿 (``两个亿``). Ranges and vague
    numerals (``三五百``, ``几十``) have no single value: use
    :func:`parse_numeral`.

    >>> parse_number("负一又二分之一")
    -1.5
    >>> parse_number("两个亿")
    200000000.0
    >>> parse_number("一七二零点一")
    1720.1
    """
    numeral = parse_numeral(text)
    if numeral is None or numeral.value_max is not None:
        return None
    return numeral.value


def parse_numeral(text: str) -> Numeral | None:
    """Read a whole numeral string, ranges and vague numerals included.

    >>> parse_numeral("三五百")
    Numeral(value=300.0, value_max=500.0, more=False)
    >>> parse_numeral("十七八万")
    Numeral(value=170000.0, value_max=180000.0, more=False)
    >>> parse_numeral("几十万")
    Numeral(value=100000.0, value_max=1000000.0, more=False)
    >>> parse_numeral("500余万")
    Numeral(value=5000000.0, value_max=None, more=True)
    """
    return _parse_numeral(text)


@lru_cache(maxsize=4096)
def _parse_numeral(text: str) -> Numeral | None:
    # Cached: the same short numerals (二十, 2024, 两) come back on every page,
    # and a Numeral is immutable.
    s = _INNER_SPACE.sub("", text.strip()).translate(_FOLD)
    if not s:
        return None
    if s in ("一半", "半"):
        return Numeral(0.5)
    sign = 1
    if s[0] in "负-":
        sign, s = -1, s[1:].lstrip()
    elif s[0] == "+":
        s = s[1:].lstrip()
    if not s:
        return None
    slash = _SLASH_FRACTION.fullmatch(s)
    if slash:
        value = _slash_value(slash)
        return None if value is None else Numeral(sign * value)
    if "分之" in s:
        return _fraction(s, sign)
    m = _SCAN_RE.fullmatch(s)
    if m is None or m.group("sign"):
        return None
    return _read(m, sign)


def _read(m: re.Match[str], sign: int = 1) -> Numeral | None:
    """Evaluate one match of ``_SCAN_RE`` (already folded)."""
    return _read_groups(*m.group("sign", "run", "exp", "mult"), sign)


@lru_cache(maxsize=4096)
def _read_groups(sign_group: str | None, run: str, exp: str | None, mult: str | None,
                 sign: int) -> Numeral | None:
    # Cached on the groups, which are all a match's value depends on.
    if sign_group:
        sign = -sign
    run = run.translate(_FOLD)
    numeral = _read_run(run)
    if numeral is None:
        return None
    value, value_max = numeral.value, numeral.value_max
    if exp:
        if exp[0] in "eE":
            if abs(int(exp[1:])) > 300:
                return None
            value *= 10.0 ** int(exp[1:])
        else:  # a^b, where any odd number of minus signs makes b negative
            power = exp[1:].lstrip("+-")
            negative = exp[1:len(exp) - len(power)].count("-") % 2 == 1
            try:
                value = value ** (-float(power) if negative else float(power))
            except (OverflowError, ZeroDivisionError):
                return None
        value_max = None
    if mult:
        value *= _LETTER_MULT[mult]
        value_max = value_max * _LETTER_MULT[mult] if value_max is not None else None
    value = sign * value
    if value_max is not None:
        value_max = sign * value_max
    if not math.isfinite(value):
        return None
    return Numeral(value, value_max, numeral.more)


def _slash_value(m: re.Match[str]) -> float | None:
    den = int(m.group("den"))
    if den == 0:
        return None
    whole = int(m.group("whole")) if m.group("whole") else 0
    return whole + int(m.group("num")) / den


def _fraction(s: str, sign: int) -> Numeral | None:
    """``三分之一``, ``负3分之负157``, ``三百五十又3分之1`` (又 adds a whole part)."""
    whole = 0.0
    if "又" in s:
        head, _, s = s.partition("又")
        head_value = parse_number(head)
        if head_value is None:
            return None
        whole = head_value
    denominator, _, numerator = s.partition("分之")
    d, n = parse_number(denominator), parse_number(numerator)
    if d is None or n is None or d == 0:
        return None
    if whole < 0:
        return Numeral(sign * (whole - n / d))
    return Numeral(sign * (whole + n / d))


# --- reading a numeral run -------------------------------------------------

_TOKEN = re.compile(rf"{_ARABIC}|\.\d+|[点]|[{CN_CHARS}]|[余多几数个]")


def _read_run(run: str) -> Numeral | None:
    """A run of Arabic and Chinese numeral tokens (folded) → value (and range)."""
    for short, full in _SHORTHAND.items():
        run = run.replace(short, full)
    more = False
    if "余" in run or "多" in run:
        more = True
        run = run.replace("余", "").replace("多", "")
    run = run.replace("个", "")
    if not run:
        return None
    if run.startswith("数"):
        run = "几" + run[1:]
    if "数" in run:
        return None
    if "几" in run:
        return _read_vague(run, more)
    pair = _adjacent_pair(run)
    if pair is not None:
        lo = _value(run[:pair] + run[pair + 1:])
        hi = _value(run[:pair - 1] + run[pair:])
        if lo is None or hi is None:
            return None
        return Numeral(float(lo), float(hi), more)
    value = _value(run)
    if value is None:
        return None
    return Numeral(float(value), None, more)


def _read_vague(run: str, more: bool) -> Numeral | None:
    """几/数 as a digit. Leading a unit (几十万, 数百) it spans 1..10 of that
    unit; on the ones place of a section (十几, 二十几万) it spans 0..10 of it.
    The place it stands on is measured by reading it as 一 and as 二."""
    if run.count("几") != 1:
        return None
    i = run.index("几")
    one, two = _value(run.replace("几", "一")), _value(run.replace("几", "二"))
    if one is None or two is None or two <= one:
        return None
    place = two - one
    after = run[i + 1] if i + 1 < len(run) else ""
    leading = after in ("十", "百", "千") or (
        after in ("万", "亿") and (i == 0 or run[i - 1] in "万亿"))
    if leading:
        return Numeral(float(one), float(one + 9 * place), more)
    low = _value(run.replace("几", "零"))
    if low is None:
        return None
    return Numeral(float(low), float(low + 10 * place), more)


def _adjacent_pair(run: str) -> int | None:
    """Index of the second digit of a range written as two adjacent digits
    (``三五百``, ``十七八万``, ``八九亿``, ``三四个``), or None.

    Only two distinct non-zero digits, rising, and either followed by a unit
    or closing the run; a longer digit string (``一二三``) is a digit string.
    """
    run = run.partition("点")[0]  # 十二点一五 has no range in its decimals
    digits = [i for i, ch in enumerate(run) if ch in DIGITS]
    for i in range(1, len(run)):
        a, b = run[i - 1], run[i]
        if a in DIGITS and b in DIGITS and a not in "零〇○" and b not in "零〇○":
            if DIGITS[b] <= DIGITS[a]:
                return None
            if (i - 2 >= 0 and run[i - 2] in DIGITS) or (i + 1 < len(run) and run[i + 1] in DIGITS):
                return None
            if i + 1 < len(run) and run[i + 1] not in "十百千万亿":
                return None
            if len(digits) == 2 and len(run) == 2 and a == "一":
                return None  # 一二 reads as twelve in a digit string
            return i
    return None


def _value(run: str) -> Decimal | None:
    if not run:
        return None
    if "点" in run:
        whole, _, frac = run.partition("点")
        if not frac:
            return None
        frac_digits = "".join(str(DIGITS[ch]) if ch in DIGITS and ch != "两" else ch for ch in frac)
        if not frac_digits.isdigit():
            return None
        whole_value = _value(whole) if whole else Decimal(0)
        if whole_value is None:
            return None
        return whole_value + Decimal("0." + frac_digits)
    if _ARABIC_RE.fullmatch(run):
        return Decimal(run.replace(",", "").replace("，", "").replace(" ", ""))
    if run.startswith(".") and run[1:].isdigit():
        return Decimal("0" + run)
    if all(ch in DIGITS for ch in run) and len(run) > 1:
        if run[0] == "两":
            return None  # 两两 is not a number
        return Decimal("".join(str(DIGITS[ch]) for ch in run))  # 二〇二四
    return _big(_tokens(run))


def _tokens(run: str) -> list[str | Decimal] | None:
    """Split a run into Arabic numbers (Decimal) and single Chinese characters."""
    out: list[str | Decimal] = []
    pos = 0
    while pos < len(run):
        m = _ARABIC_RE.match(run, pos)
        if m:
            try:
                out.append(Decimal(m.group().replace(",", "").replace("，", "").replace(" ", "")))
            except InvalidOperation:
                return None
            pos = m.end()
            continue
        ch = run[pos]
        if ch not in DIGITS and ch not in SMALL_UNITS and ch not in BIG_UNITS:
            return None
        out.append(ch)
        pos += 1
    return out


def _big(tokens: list[str | Decimal] | None) -> Decimal | None:
    """Value of tokens with 万/亿 sections: split at the last 亿, then 万."""
    if not tokens:
        return None
    for unit in ("亿", "万"):
        idx = max((i for i, t in enumerate(tokens) if t == unit), default=-1)
        if idx < 0:
            continue
        left, right = tokens[:idx], tokens[idx + 1:]
        left_value = _big(left) if left else Decimal(1)
        if left_value is None:
            return None
        right_value = _tail(right, BIG_UNITS[unit])
        if right_value is None:
            return None
        return left_value * BIG_UNITS[unit] + right_value
    return _section(tokens)


def _tail(right: list[str | Decimal], mult: int) -> Decimal | None:
    """What follows a 万/亿: ``零五`` → 5, a bare Chinese digit → a tenth of the unit (三万五)."""
    if not right:
        return Decimal(0)
    if right[0] in ("零", "〇", "○"):
        rest = right[1:]
        while rest and rest[0] in ("零", "〇", "○"):
            rest = rest[1:]
        return _big(rest) if rest else Decimal(0)
    if len(right) == 1 and isinstance(right[0], str) and right[0] in DIGITS:
        return Decimal(DIGITS[right[0]] * mult // 10)
    value = _big(right)
    if value is None or value >= mult:
        return None
    return value


def _section(tokens: list[str | Decimal]) -> Decimal | None:
    """A number below 10 000 made of digits, Arabic numbers and 十/百/千."""
    total = Decimal(0)
    pending: Decimal | None = None
    pending_cn = False        # the pending digit is a single Chinese character
    after_zero = False
    last_unit = 0
    for tok in tokens:
        if isinstance(tok, Decimal):
            if pending is not None:
                return None
            pending, pending_cn = tok, False
        elif tok in ("零", "〇", "○"):
            if pending is not None and pending != 0:
                return None
            after_zero = True
            pending = None
        elif tok in DIGITS:
            if pending is not None:
                return None  # two digits in a row (三四) is a range, not a number
            pending, pending_cn = Decimal(DIGITS[tok]), True
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            if last_unit and unit >= last_unit:
                return None  # 十百, 五十千
            total += (pending if pending is not None else 1) * unit
            pending, last_unit, after_zero = None, unit, False
        else:
            return None
    if pending is not None:
        # 一千二 = 1200: a lone Chinese digit right after 百/千 is a tenth of it.
        if pending_cn and not after_zero and last_unit >= 100:
            total += pending * last_unit // 10
        else:
            total += pending
    return total


# --- finding numerals in text ---------------------------------------------

_NONNUMBERS = load("noncounts")["words"]
_NONNUMBER_RE = re.compile("|".join(sorted(map(re.escape, _NONNUMBERS), key=len, reverse=True)))
_NONNUMBER_CHAR = re.compile("[" + re.escape("".join(sorted(set("".join(_NONNUMBERS))))) + "]")
# 大写 characters that are also everyday words (陆地, 入伍, 收拾, 肆意) count
# only next to another numeral character.
_AMBIGUOUS_ALONE = set("陆陸伍拾肆柒捌玖佰仟")
_BARE_SCALES = "百千万亿佰仟萬億"   # a run of only these is bare: not run.strip(_BARE_SCALES)


# Longer runs are digit dumps, not amounts (and would cost quadratic work);
# the longest real numeral in the peer suites is 31 characters.
_LONGEST = 40


class Compact:
    """``text`` without the spaces inside numerals, with a map back.

    >>> c = Compact("1000  万元")
    >>> c.text, c.span(0, 6)
    ('1000万元', (0, 8))
    """

    __slots__ = ("original", "text", "_starts", "_deltas")

    def __init__(self, original: str) -> None:
        self.original = original
        pieces: list[str] = []
        starts, deltas = [0], [0]
        last = dropped = 0
        for m in _SPACES.finditer(original):
            if not _joins(original, m.start(), m.end()):
                continue
            pieces.append(original[last:m.start()])
            dropped += m.end() - m.start()
            last = m.end()
            starts.append(m.end() - dropped)
            deltas.append(dropped)
        pieces.append(original[last:])
        self.text = "".join(pieces) if len(starts) > 1 else original
        self._starts, self._deltas = starts, deltas

    def index(self, i: int) -> int:
        """Original index of compact position ``i``."""
        k = bisect_right(self._starts, i) - 1
        return i + self._deltas[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original half-open span of a compact half-open span."""
        if end <= start:
            o = self.index(start)
            return o, o
        return self.index(start), self.index(end - 1) + 1


def find_numbers(text: str) -> list[NumberSpan]:
    """Every numeral in ``text``, with half-open offsets into ``text``.

    Bare scale words (``万``, ``百万``), numerals inside everyday words
    (``一切``, ``四川``, ``十分``) and lone 大写 characters that are words
    (``陆地``) are not numerals. Ordinals, years and codes *are* numerals here;
    telling them from quantities is the job of :mod:`extractors.quantities`.

    >>> [(n.text, n.value) for n in find_numbers("全区金融机构达242家，5家企业在香港上市")]
    [('242', 242.0), ('5', 5.0)]
    >>> [(n.text, n.value, n.more) for n in find_numbers("500余万人次")]
    [('500余万', 5000000.0, True)]
    >>> [(n.text, n.value) for n in find_numbers("一切为了群众，十分重要")]
    []
    """
    compact = Compact(text)
    return [
        NumberSpan(*compact.span(n.start, n.end), n.value, n.value_max, n.more,
                   text[slice(*compact.span(n.start, n.end))])
        for n in scan_numbers(compact.text)
    ]


#: A list marker (1., 12．) opening a line right before a year (1.2017-2021年, 3.2017年之前).
_YEAR_ITEM = re.compile(r"\d{1,2}[.．](?=(?:19|20)\d\d(?:年|\s*[-—–~～至到]\s*(?:19|20)\d\d))")

@overload
def scan_numbers(text: str, wanted: Callable[[str, int, int], bool] | None = None
                 ) -> list[NumberSpan]: ...
@overload
def scan_numbers(text: str, wanted: Callable[[str, int, int], bool] | None,
                 make: Callable[[int, int, float, float | None, bool, str], _T]) -> list[_T]: ...
def scan_numbers(text: str, wanted: Callable[[str, int, int], bool] | None = None,
                 make: Callable[[int, int, float, float | None, bool, str], Any] = NumberSpan
                 ) -> list[Any]:
    """Numerals in ``text`` taken as is (no space removal); see :func:`find_numbers`.

    ``wanted(text, start, end)``, when given, is asked about each numeral run
    before it is read; runs it declines are skipped unread (a caller that only
    wants numerals followed by a measure word saves most of the reading).
    ``make(start, end, value, value_max, more, text)`` builds each result
    (a :class:`NumberSpan` unless a caller wants its own record).

    >>> scan_numbers("近500余万人", make=lambda *fields: fields)
    [(1, 6, 5000000.0, None, True, '500余万')]
    """
    out: list[Any] = []
    pos, n = 0, len(text)
    slashes = "/" in text   # most texts have no 3/5 to look for
    while pos < n:
        # Find the next character that can open a numeral with a plain character
        # class (fast), then try the full pattern there.
        first = _FIRST.search(text, pos)
        if first is None:
            break
        m = _SCAN_RE.match(text, first.start())
        if m is None:
            pos = first.start() + 1
            continue
        slash = _slash_at(text, m, make) if slashes else None
        if slash is not None:
            pos, record = slash
            out.append(record)
            continue
        if m.end() - m.start() > _LONGEST:
            pos = m.end()   # a digit dump, not a numeral
            continue
        marker = _YEAR_ITEM.match(text, m.start())
        if marker is not None and (m.start() == 0 or text[m.start() - 1] == "\n"):
            pos = marker.end()   # 1.2017-2021年安排…: a list marker, then the item's year
            continue
        if wanted is not None and not wanted(text, m.start(), m.end()):
            pos = m.end()
            continue
        found = _numeral_at(text, m, make)
        if found is None:
            pos = m.start() + 1
            continue
        pos, record = found
        out.append(record)
    return out


def _slash_at(text: str, m: re.Match[str], make: Callable[..., _T]) -> tuple[int, _T] | None:
    s = _SLASH_FRACTION.match(text, m.start())
    if s is None or not (s.group("num") or "").isdigit():
        return None
    value = _slash_value(s)
    if value is None:
        return None
    if s.group("sign"):
        value = -value
    return s.end(), make(s.start(), s.end(), value, None, False, s.group())


def _numeral_at(text: str, m: re.Match[str], make: Callable[..., _T]) -> tuple[int, _T] | None:
    """Read the numeral matched at ``m``; when the whole run does not parse,
    take its longest prefix that does (``五十千`` → ``五十``). Returns where it
    ends and what ``make`` built of it."""
    start = m.start()
    end = m.end()
    while end > start:
        sub = m if end == m.end() else _SCAN_RE.fullmatch(text, start, end)
        if sub is not None:
            numeral = _quick(sub) or _read(sub)
            if numeral is not None:
                bare = not text[start:end].strip(_BARE_SCALES)
                frac = None if bare or text[end:end + 1] not in "又分" else _FRACTION_AFTER.match(text, end)
                if frac is not None:
                    value = parse_number(text[start:frac.end()])
                    if value is not None:
                        return frac.end(), make(start, frac.end(), value, None, False,
                                                text[start:frac.end()])
                if _is_word(text, start, end, bare) and not (bare and text.endswith("分之", 0, start)):
                    return None  # 百分之百 is the one bare scale that counts
                return end, make(start, end, numeral.value, numeral.value_max, numeral.more,
                                 text[start:end])
        end -= 1
    return None


def _quick(m: re.Match[str]) -> Numeral | None:
    """Most numerals in text are a plain integer or one Chinese digit: read them directly."""
    if m.lastindex != 2 or m.group("sign"):  # sign, exponent, multiplier: the full reader
        return None
    return _plain(m.group("run"))


#: Digits with a decimal part or a 万/亿 after them (6.3, 56.7亿, 5000万): most runs that are
#: no plain integer.
_DECIMAL_RUN = re.compile(r"(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<scale>[万亿]?)")


@lru_cache(maxsize=4096)
def _plain(run: str) -> Numeral | None:
    if run.isascii() and run.isdigit():
        return Numeral(float(run))
    if len(run) == 1 and run in DIGITS:
        return Numeral(float(DIGITS[run]))
    m = _DECIMAL_RUN.fullmatch(run)
    if m is None:
        return None
    # the same Decimal sums _value and _big do (0 + 56.7, times 亿, plus the nothing after it)
    value = Decimal(m.group("number"))
    if m.group("scale"):
        value = (Decimal(0) + value) * BIG_UNITS[m.group("scale")] + Decimal(0)
    return Numeral(float(value))


def _is_word(text: str, start: int, end: int, bare: bool) -> bool:
    """True when the numeral at ``[start, end)`` is part of an everyday word
    (``bare``: it is made of scale characters only)."""
    if end - start == 1 and text[start] in _AMBIGUOUS_ALONE and not text.endswith("之", 0, start):
        return True
    if bare:
        return True  # 万, 百万, 千亿: a scale without a digit
    if not _NONNUMBER_CHAR.search(text, start, end):
        return False   # no word of the list holds a character of this numeral (most: digits)
    window_start = max(0, start - 4)
    for w in _NONNUMBER_RE.finditer(text, window_start, min(len(text), end + 4)):
        inside = start <= w.start() and w.end() <= end and w.end() - w.start() < end - start
        if w.start() < end and w.end() > start and not inside:
            return True  # 万一 alone is a word; inside 一百零一万一千 it is not
    return False


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
