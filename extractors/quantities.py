"""Quantitative claims: a number with its unit, qualifier, subject and change.

Numbers come from :func:`extractors.numerals.find_numbers`; this module decides
which of them are claims (a measure word, a currency, a percent sign or 百分之
must come with them; ordinals, years, codes, slogans and the article 一 are
not claims) and reads what surrounds them.

>>> [(q.text, q.value, q.unit, q.qualifier, q.subject)
...  for q in find_quantities("目前区政务服务中心有6个综合受理窗口，年办件量2万余件。")]
[('6个', 6.0, '个', 'exact', '综合受理窗口'), ('2万余件', 20000.0, '件', 'more_than', '年办件量')]
>>> q, = find_quantities("西海岸新区培育境内外上市公司19家，市值突破2500亿元")[1:]
>>> (q.text, q.value, q.unit, q.qualifier, q.subject)
('2500亿元', 250000000000.0, '元', 'more_than', '市值')
>>> q, = find_quantities("国开行将提供近万亿元意向性融资支持")
>>> (q.text, q.value, q.qualifier)
('近万亿元', 1000000000000.0, 'nearly')
>>> q, = find_quantities("全市地区生产总值同比增长5.2%")
>>> (q.value, q.unit, q.unit_kind, q.change, q.subject)
(5.2, '%', 'percent', 'increase', '地区生产总值')
>>> [(q.text, q.unit) for q in find_quantities("第40个教师节，高效办成一件事，2024年第二期培训班，5+5+7产业链")]
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .numerals import (
    CN_CHARS,
    DIGITS,
    Compact,
    NumberSpan,
    fold,
    parse_number,
    parse_numeral,
    scan_numbers,
)
from .records import Quantity
from .segment import dictionary_cut, guarded, word_pattern
from .text import LIST_BULLETS
from .wordlists import load

_UNITS = load("units")
_HEDGES = load("hedges")
_NONCOUNTS = load("noncounts")
_SUBJECTS = load("subjects")
_SCALES = load("scales")


def _alternation(words: Iterable[str]) -> str:
    """Any of ``words``, the longest first, written as a trie (see :func:`word_pattern`):
    a flat list of alternatives is tried one by one at every position."""
    words = set(words)
    if "" in words:
        raise ValueError("an empty word would match everywhere")
    return word_pattern(words) if words else ""


# --- unit tables -------------------------------------------------------------

#: surface → (canonical unit, kind); currencies are kind ``money``.
UNIT_TABLE: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in _UNITS["units"].items()}
_CURRENCIES: dict[str, tuple[str, str | None]] = {k: (v[0], v[1]) for k, v in _UNITS["currencies"].items()}
_LATIN: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in _UNITS["latin_units"].items()}
#: canonical currency → ISO 4217 code (None when there is none).
CURRENCY_CODES: dict[str, str | None] = {unit: iso for unit, iso in _CURRENCIES.values()}
_PREFIXES: dict[str, str] = _UNITS["currency_prefixes"]
_IMPLIED_UNITS: dict[str, tuple[str, ...]] = {u: tuple(nouns) for u, nouns in _UNITS["implied_units"].items()}
# Any of those nouns: where none stands before a figure, its subject need not be worked out.
_IMPLIED_NOUN = re.compile(_alternation(n for nouns in _IMPLIED_UNITS.values() for n in nouns))
_SUBUNITS: dict[str, dict[str, float]] = _UNITS["subunits"]
_TRADITIONAL = str.maketrans(_UNITS["traditional"])
_HAS_TRADITIONAL = re.compile(f"[{''.join(_UNITS['traditional'])}]")
_SCALE_VALUES: dict[str, int] = {k: int(v) for k, v in _SCALES["scales"].items()}
_MONEY_LETTERS: dict[str, int] = {k: int(v) for k, v in _SCALES["money_letters"].items()}

_CJK = "\u4e00-\u9fff"
_DIGIT1 = rf"(?:\d+|[{CN_CHARS}])"
_UNIT_RE = re.compile(
    rf"(?P<mid>{_alternation(_HEDGES['middle'])})?"
    rf"(?:(?P<cur>个?(?:{_alternation(_CURRENCIES)}))"
    rf"|(?P<unit>{_alternation(UNIT_TABLE)})"
    rf"|(?P<latin>{_alternation(_LATIN)})(?![A-Za-z]))"
)
_SUB_RE = {
    cur: re.compile(
        rf"又?(?:(?P<n1>{_DIGIT1})(?P<s1>{_alternation(subs)}))?"
        rf"(?:(?P<n2>{_DIGIT1})(?P<s2>{_alternation(subs)})(?!钟))?"
    )
    for cur, subs in _SUBUNITS.items()
}
_CURRENCY_AFTER_YUAN = re.compile(
    _alternation(k for k, v in _CURRENCIES.items() if v[0] != "元" or k == "人民币"))
_MONEY_TAIL = re.compile(r"钱|[整正](?![" + _CJK + "])")
_RATE_RE = re.compile(rf"/(?P<per>{_alternation([*UNIT_TABLE, *_LATIN, *_UNITS['rate_latin_units']])})(?![A-Za-z])")
_AFTER_RE = re.compile(rf"(?P<incl>[(（]含[)）])?(?P<after>{_alternation(_HEDGES['after'])})")
# The characters _AFTER_RE and _BLOCKERS can start with: elsewhere they are not tried.
_AFTER_STARTS = frozenset("(（" + "".join(w[0] for w in _HEDGES["after"]))
_DURATION_TAIL = re.compile(_alternation(_UNITS["duration_tails"]))

_BEFORE_IN = re.compile(rf"(?:{_alternation(_HEDGES['before'])})$")
_NOT_HEDGES = frozenset(_HEDGES["not_hedges"])
_BEFORE_OUT = re.compile(rf"(?:{_alternation(_HEDGES['before_outside'])})$")
_BARE_SCALE = re.compile(
    rf"(?P<pre>{_alternation(_HEDGES['bare_scale_before'])})"
    rf"(?P<scale>{_alternation(s for s in _SCALE_VALUES if s[0] != '十')})(?![\d{CN_CHARS}])"
)
# 千余家, 万余人, 百多名: a scale word with 余 or 多 and no digit before it.
_BARE_SCALE_MORE = guarded(
    rf"(?<![\d{CN_CHARS}.])(?P<scale>[百千万])(?P<more>{_alternation(k for k, q in _HEDGES['middle'].items() if q == 'more_than')})"
)
_RANGE_SEP = re.compile(rf"(?:[(（]含[)）])?(?:{_alternation(_HEDGES['range_separators'])})")
# an adverb of the subjects' all may stand between (增长均超20%, 下降也达到3%)
_CHANGE_ADVERBS = ("均", "都", "也", "亦")
_CHANGE = re.compile(
    rf"(?P<verb>{_alternation(_HEDGES['change'])})了?(?:{_alternation(_CHANGE_ADVERBS)})?"
    rf"(?:{_alternation(_HEDGES['before_outside'])})?$")


def _ends(*word_lists: Iterable[str]) -> frozenset[str]:
    """The last characters of the words a ``…$`` pattern ends with: where the character
    before a figure is none of them, the pattern searched up to the figure finds
    nothing. A line break is always among them, because ``$`` also matches before one."""
    return frozenset(w[-1] for words in word_lists for w in words) | {"\n"}


_BEFORE_IN_ENDS = _ends(_HEDGES["before"])
_BEFORE_OUT_ENDS = _ends(_HEDGES["before_outside"])
_CHANGE_ENDS = _ends(_HEDGES["change"], ["了"], _CHANGE_ADVERBS, _HEDGES["before_outside"])
_PERCENT_PREFIX = re.compile(r"(?P<den>百|佰|千|仟|万|萬|百万|千万|万万|百万万)分之$")
_PREFIX_SYMBOL = re.compile(rf"(?:{_alternation(k for k in _PREFIXES if not re.match(f'[{_CJK}]', k))})$")
_PREFIX_WORD = re.compile(rf"(?:{_alternation(k for k in _PREFIXES if re.match(f'[{_CJK}]', k))})$")

_ORDINAL_BEFORE = guarded(_NONCOUNTS["ordinal_before"])
_BLOCKERS = re.compile(_alternation(_NONCOUNTS["unit_blockers"]))
_BLOCKER_STARTS = frozenset(w[0] for w in _NONCOUNTS["unit_blockers"])
_CODES = guarded("|".join([_alternation(_NONCOUNTS["phrases"]), *_NONCOUNTS["patterns"]]))
_CLASS_AFTER = re.compile(_NONCOUNTS["class_after"])
@cache
def _LETTER_NAMES() -> tuple[str, ...]:  # noqa: N802 — a constant read once
    """The catalogue's indicator names written in Latin letters (GDP)."""
    from .indicators import catalogue
    return tuple(a for a in catalogue().aliases() if a.isascii() and a.isalpha())


_ADJACENT_BEFORE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_%=&?/:#@.+×*")
_ADJACENT_AFTER = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_+×*")
_MINUS_SIGNS = "-－−"
#: Words before a signed percentage that make it a rate of change (较一季度(-10.8%), 增速为-3.1%).
_RATE_OF_CHANGE_BEFORE = re.compile(r"(?:增长(?!率)|增速|增幅|同比|环比|较|比(?![重例率])|回升|回落|降幅|涨幅)"
                                    r"[^，。；,;]{0,10}$")
_YEAR_DIGITS = re.compile(r"[12]\d{3}|[一二][〇○零一二三四五六七八九]{3}")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d年?\s*[—–\-~～至到]+\s*(?:19|20)\d\d")
_DATE_BEFORE = re.compile(r"(?:19|20)\d\d[-/.]$")   # 2011-04-15: the month and day of a date
_MONTH_AFTER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")
# 成 as a share (五成 = 50 %), but not the verb in 成为/成立/成本 …
_CHENG = re.compile(rf"成(?![为立本果效功绩员交熟长型品都份片群规批套])(?P<tail>半|[一二三四五六七八九])?(?![{CN_CHARS}\d])")
_ZHE = re.compile(r"折(?!合|算|旧|扣|射|叠|返)")

_KIND_ARTICLE = {"count", "duration", "measure"}
# 超过一半 = a half. The look-behind follows 一半 so that the search can skip to
# each 一半 instead of trying the pattern at every position.
_HALF = re.compile(r"一半(?<![\d一二三四五六七八九十]一半)(?![天年儿])")
_QUOTES = {"“": "”", "「": "」", "《": "》", "‘": "’", "\"": "\""}
_OPENING_QUOTE = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_PER_BEFORE = re.compile(
    rf"每(?P<per>{_alternation(k for k, v in UNIT_TABLE.items() if v[1] == 'measure')})$")
_PER_ENDS = _ends(k for k, v in UNIT_TABLE.items() if v[1] == "measure")
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_SLASH_FRACTION = re.compile(r"-?(?!0\d)\d+(?: \d+)?/\d+")   # not 000014349/2022 (an index number)
_CODE_TAIL = re.compile(r"[-－]\d")   # 000014349/2022-4099750: a code goes on
_PERCENT_RUN_END = re.compile(f"[{_CJK}]\\d+(?:\\.\\d+)?%$")   # 的75% right before a number
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_RUN = re.compile(f"[{_CJK}]*")
_JOINERS = frozenset("、和与及或")   # 1.2、3.4和5.6个百分点
_RATIO_READS: dict[str, str] = {sep: v["reads"] for sep, v in _UNITS["ratio_separators"].items()}
_RATIO_SEP = "[" + re.escape("".join(_RATIO_READS)) + "]"
_RATIO = re.compile(rf"\d+(?:\.\d+)?(?:[ \u3000]?{_RATIO_SEP}[ \u3000]?\d+(?:\.\d+)?)+")
_RATIO_CUES = tuple(_UNITS["ratio_cues"])
_LONG_RATIO_CUES = tuple(c for c in _RATIO_CUES if len(c) > 1)
# A clock as the date extractor reads one (hour 0-24, two-digit minutes): 10:30 is a time.
_CLOCK = re.compile(rf"(?:[01]?\d|2[0-4]){_RATIO_SEP}[0-5]\d")
_DIGIT_COUNTS: dict[str, dict[str, Any]] = _UNITS["digit_counts"]
_GROWTH_WORDS: dict[str, str] = {w: v["change"] for w, v in _UNITS["growth_words"].items()}
# 两位数, 六位数: a number of digits, never a count of 位 (but 两位数学老师 is one, and
# 位数字/位数据 are other words). Those of digit_counts are growth rates next to a growth word.
_DIGIT_COUNT = re.compile(rf"(?:{_alternation(_DIGIT_COUNTS)}|(?:\d+|[{CN_CHARS}])位数)(?![学字据码])")
_GROWTH_AFTER = re.compile(
    rf"(?:{_alternation(_HEDGES['after'])})?的?(?:{_alternation(_UNITS['growth_manners'])})?"
    rf"(?P<word>{_alternation(_GROWTH_WORDS)})")
_GROWTH_BEFORE = re.compile(rf"(?P<word>{_alternation(_GROWTH_WORDS)})[^，。；;,\d]{{0,5}}$")
_KUAI = _UNITS["colloquial_yuan"]
_KUAI_CUES = re.compile(_alternation(_KUAI["cues"]))
_POINTS = _UNITS["colloquial_points"]
_POINTS_CUE = re.compile(f"(?:{_alternation(_POINTS['cues'])})(?:了)?$")
_RANKED = _UNITS["ranked_places"]
_RANKED_PLACE = re.compile(rf"(?P<unit>{_alternation(_RANKED['words'])})(?:[（(][市县区][）)])?"
                           rf"(?={_alternation(_RANKED['after'])})")
_RANK_CUE = re.compile(rf"(?:{_alternation(_RANKED['before'])})[^，。；;,\d]{{0,4}}$")
_RANK_WORDS = tuple(_RANKED["before"])   # 位居, 居…: right before the number, a rank word
_GROUP_OPENERS = tuple(_RANKED["name_openers"])   # 内, 城…: right before the number, a group's name
_CLASS_HEAD = re.compile(_alternation(_NONCOUNTS["class_heads"]))
_VERB_AFTER_CLASS = re.compile(_alternation(_NONCOUNTS["verbs_after_class"]))


@dataclass(slots=True)
class _Reading:
    """What follows a number: its unit and the hedges around the unit."""

    end: int
    unit: str
    kind: str
    mid: str | None = None
    after: str | None = None
    subunit_value: float = 0.0
    multiplier: float = 1.0
    values: tuple[float, ...] = ()   # terms of a ratio, numerator and denominator of a fraction
    change: str | None = None        # set by the reading itself (两位数增长), not by a verb before


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    value: float
    value_max: float | None
    more: bool
    text: str
    hedge: str | None = None     # qualifier of a hedge inside the candidate (近万亿)
    preset: _Reading | None = None   # read already (两位数增长): no unit to look for
    skip: bool = False           # no claim, and no number inside it is one (两位数 of a code)


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text``; spans are offsets into ``text``.

    >>> [(q.text, q.value, q.value_max, q.unit, q.qualifier) for q in find_quantities("用3至5年建成10—15家")]
    [('3至5年', 3.0, 5.0, '年', 'range'), ('10—15家', 10.0, 15.0, '家', 'range')]
    >>> [(q.text, q.value, q.unit, q.unit_kind) for q in find_quantities("提高1.5个百分点，约占五成")]
    [('1.5个百分点', 1.5, '百分点', 'points'), ('五成', 50.0, '%', 'percent')]

    A ratio keeps every term; ``两位数增长`` is growth of at least 10 %:

    >>> q, = find_quantities("三次产业结构为2.9:36.3:60.8")
    >>> (q.value, q.values, q.unit_kind, q.subject)
    (2.9, (2.9, 36.3, 60.8), 'ratio', '三次产业结构')
    >>> q, = find_quantities("规上工业增加值保持两位数增长")
    >>> (q.text, q.value, q.unit, q.qualifier, q.change)
    ('两位数', 10.0, '%', 'at_least', 'increase')
    """
    return _Scanner(text).run()


def parse_quantity(text: str, default_unit: str | None = None) -> Quantity | None:
    """Read a short string that *is* one amount (a table cell, ``近700万元``).

    Context rules that protect running text (the article 一, ordinals, years,
    slogans) do not apply; a number without a unit takes ``default_unit``.

    >>> q = parse_quantity("至少九千块钱以上")
    >>> (q.value, q.unit, q.qualifier)
    (9000.0, '元', 'at_least')
    >>> q = parse_quantity("30w上下", default_unit="元")
    >>> (q.value, q.unit, q.qualifier)
    (300000.0, '元', 'approx')
    >>> parse_quantity("一个").value
    1.0
    """
    found = _Scanner(text, whole=True, default_unit=default_unit).run()
    if not found:
        return None
    return max(found, key=lambda q: (q.end - q.start, -q.start))


class _Scanner:
    """One pass over one text: numbers → candidates → quantities."""

    def __init__(self, text: str, whole: bool = False, default_unit: str | None = None) -> None:
        self.compact = Compact(text)
        # Traditional forms fold one for one, so compact offsets still hold.
        self.t = self.compact.text
        if _HAS_TRADITIONAL.search(self.t):
            self.t = self.t.translate(_TRADITIONAL)
        self.whole = whole
        self.default_unit = default_unit
        self.out: list[Quantity] = []
        self.bare: list[_Candidate] = []   # numbers with no unit, for 1、2、3个
        self.consumed = 0
        self._last_end = 0
        self._said_change: str | None = None   # the last figure's change as its verb said it
        self._rate_list_end: int | None = None   # where the last figure read as a rate of change ends
        self._verb_qualifier: tuple[int, str] | None = None   # (end, qualifier) of a figure its verb hedged

    # -- driver --

    def run(self) -> list[Quantity]:
        t = self.t
        wanted = None if self.whole else _may_be_claim
        cands = scan_numbers(t, wanted, _Candidate)
        for m in _BARE_SCALE.finditer(t):
            pre = m.group("pre")
            qualifier = _HEDGES["bare_scale_before"][pre]
            start = m.start("scale") if pre in _HEDGES["before_outside"] else m.start()
            cands.append(_Candidate(start, m.end(), float(_SCALE_VALUES[m.group("scale")]),
                                    None, False, t[start:m.end()], qualifier))
        for m in _BARE_SCALE_MORE.finditer(t):
            cands.append(_Candidate(m.start(), m.end(), float(_SCALE_VALUES[m.group("scale")]),
                                    None, True, m.group()))
        for m in _HALF.finditer(t):
            cands.append(_Candidate(m.start(), m.end(), 0.5, None, False, m.group()))
        cands.extend(self._digit_counts())
        cands.extend(self._lost_colon_ratios())
        # A digit-count word goes before the numeral 两 that starts it, and covers it.
        cands.sort(key=lambda c: (c.start, c.preset is None and not c.skip))
        for i, c in enumerate(cands):
            if c.start < self.consumed:
                continue
            if c.skip:
                self.consumed = c.end
                continue
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            self._candidate(c, nxt)
        self._inherit_units()
        self.out = self._without_age_bands(self.out)
        self.out.sort(key=lambda q: q.start)
        self._shared_points()
        _distribute_subjects(self.compact.original, self.out)
        return self.out

    @staticmethod
    def _without_age_bands(found: list[Quantity]) -> list[Quantity]:
        """18周岁以下30.24万人, 60岁及以上人群: an age band names a group of people, no figure of its
        own; it is the subject of a count right after it."""
        kept: list[Quantity] = []
        band: Quantity | None = None
        for q in sorted(found, key=lambda q: q.start):
            if q.unit == _AGE and q.qualifier in _BAND_QUALIFIERS:
                band = q
                continue
            if band is not None and q.start == band.end and not q.subject:
                q.subject = band.text
            band = None
            kept.append(q)
        return kept

    def _digit_counts(self) -> Iterator[_Candidate]:
        """``两位数增长`` is growth of at least 10 %, ``个位数增长`` under 10 %: a
        digit-count word next to a word of growth. Elsewhere (六位数密码) it is no
        claim, and its numeral is no count of 位."""
        t = self.t
        if "位数" not in t:
            return
        for m in _DIGIT_COUNT.finditer(t):
            entry = _DIGIT_COUNTS.get(m.group())
            after = _GROWTH_AFTER.match(t, m.end())
            before = _GROWTH_BEFORE.search(t, max(0, m.start() - 10), m.start())
            growth = after or before
            if entry is None or growth is None:
                yield _Candidate(m.start(), m.end(), 0.0, None, False, m.group(), skip=True)
                continue
            reading = _Reading(m.end(), "%", "percent", change=_GROWTH_WORDS[growth.group("word")])
            hedge = _AFTER_RE.match(t, m.end())
            if hedge:   # 两位数以上增长
                reading.after = _HEDGES["after"][hedge.group("after")]
                reading.end = hedge.end()
            yield _Candidate(m.start(), m.end(), float(entry["value"]), None, False, m.group(),
                             hedge=str(entry["qualifier"]), preset=reading)

    def _lost_colon_ratios(self) -> Iterator[_Candidate]:
        """三次产业结构比为14.515.869.7: a ratio of shares whose colons were lost in copying
        (14.5:15.8:69.7), after a ratio word; read when one split only gives terms with the same
        decimals that add up to 100."""
        t = self.t
        for m in _RUN_OF_DECIMALS.finditer(t):
            if not self._ratio_cued(m.start()):
                continue
            terms = _shares_of_a_whole(m.group())
            if terms is not None:
                reading = _Reading(m.end(), "", "ratio", values=terms)
                yield _Candidate(m.start(), m.end(), terms[0], None, False, m.group(), preset=reading)

    def _candidate(self, c: _Candidate, nxt: _Candidate | None) -> None:
        if not self.whole and self._not_a_claim_before(c):
            return
        if c.preset is not None:
            self._emit(c, c.preset, None, False)
            self.consumed = max(self.consumed, c.end)   # what it covers (两 of 两位数) starts nothing
            return
        reading = self._reading(c.end, c)
        value_max = c.value_max
        end_number = c.end
        is_range = False
        rng = self._range(c, reading, nxt)
        if rng is not None:
            c, value_max, reading, end_number = rng
            is_range = True
        if not is_range and (reading is None or c.text.endswith("千")):
            # 86.5亿千瓦时, and 42748千米: a unit that starts with 千 (kilo-) is the unit
            shorter = self._shrink(c)
            if shorter is not None and (reading is None or shorter[1].end >= reading.end):
                c, reading = shorter
        if reading is None and not is_range and nxt is not None:
            ratio = self._ratio(c, nxt)
            if ratio is not None:
                c, reading = ratio
        if reading is None:
            reading = self._unitless(c)
            if reading is None:
                self.bare.append(c)
                return
            if reading.after is None:
                after = _AFTER_RE.match(self.t, reading.end)
                if after:   # 百分之十以上, 一半以上
                    reading.after = _HEDGES["after"][after.group("after")]
                    reading.end = after.end()
        if not self.whole and self._not_a_claim_after(c, reading, end_number, is_range):
            if is_range:
                self.consumed = reading.end
            return
        self._emit(c, reading, value_max, is_range)

    def _shrink(self, c: _Candidate) -> tuple[_Candidate, _Reading] | None:
        """``86.5亿千瓦时``: the last scale character of the number starts the unit."""
        if len(c.text) < 2 or c.text[-1] not in "十百千万亿" or c.value_max is not None:
            return None
        numeral = parse_numeral(c.text[:-1])
        if numeral is None or numeral.value_max is not None:
            return None
        shorter = _Candidate(c.start, c.end - 1, numeral.value, None, numeral.more, c.text[:-1])
        reading = self._reading(shorter.end, shorter)
        if reading is None:
            return None
        return shorter, reading

    # -- what follows the number --

    def _reading(self, pos: int, c: _Candidate) -> _Reading | None:
        t = self.t
        if t[pos:pos + 1] in _BLOCKER_STARTS and _BLOCKERS.match(t, pos):
            return None
        m = _UNIT_RE.match(t, pos)
        if m is None:
            return self._ranked_place(pos, c)
        if m.group("cur"):
            unit, _iso = _CURRENCIES[m.group("cur").lstrip("个")]
            reading = _Reading(m.end(), unit, "money", mid=m.group("mid"))
            self._money_tail(reading)
        elif m.group("unit") == _KUAI["word"] and self._kuai_is_money(c, m.end()):
            reading = _Reading(m.end(), "元", "money", mid=m.group("mid"))   # 三块, 十块三毛
            self._money_tail(reading)
        elif m.group("unit") == "个" and t.startswith(_POINTS["word"], pos) and not t.startswith("位", pos + 2) \
                and _POINTS_CUE.search(t, max(0, c.start - 4), c.start):
            reading = _Reading(pos + len(_POINTS["word"]), "百分点", "points")   # 高0.8个点: 个百分点 said short
        elif m.group("unit"):
            unit, kind = UNIT_TABLE[m.group("unit")]
            reading = _Reading(m.end(), unit, kind, mid=m.group("mid"))
            if m.group("unit") in ("个多月", "个多小时", "年多"):
                reading.mid = "多"
        else:
            unit, kind = _LATIN[m.group("latin")]
            reading = _Reading(m.end(), unit, kind, mid=m.group("mid"))
        rate = _RATE_RE.match(t, reading.end) if t.startswith("/", reading.end) else None
        if rate:
            per = rate.group("per")
            per_unit = UNIT_TABLE[per][0] if per in UNIT_TABLE else _LATIN[per][0] if per in _LATIN else per
            reading.unit = f"{reading.unit}/{per_unit}"
            reading.end = rate.end()
        after = _AFTER_RE.match(t, reading.end) if t[reading.end:reading.end + 1] in _AFTER_STARTS else None
        if after:
            reading.after = _HEDGES["after"][after.group("after")]
            reading.end = after.end()
        elif reading.kind == "duration" and reading.mid is None:
            tail = _DURATION_TAIL.match(t, reading.end)
            if tail:
                reading.mid = tail.group()
                reading.end = tail.end()
        return reading

    def _ranked_place(self, pos: int, c: _Candidate) -> _Reading | None:
        """五市 in 位居五市第一, 三县 in 居三县第1位: the places a rank is among, counted."""
        m = _RANKED_PLACE.match(self.t, pos)
        after_rank = m is not None and (_RANK_CUE.search(self.t, max(0, c.start - 8), c.start) is not None
                                        or "中" in self.t[m.end():m.end() + 1])
        named = self.t.endswith(_GROUP_OPENERS, 0, c.start)   # 位列内五区第一: a group's name
        return _Reading(m.end("unit"), m.group("unit"), "count") if m and after_rank and not named else None

    def _kuai_is_money(self, c: _Candidate, end: int) -> bool:
        t = self.t
        if t[end:end + 1] in ("钱", "毛", "角") or ((m := _SUB_RE["元"].match(t, end)) and m.group()):
            return True
        if self.whole and self.default_unit is not None and _kind_of(self.default_unit) == "money":
            return True
        return _KUAI_CUES.search(t, max(0, c.start - 8), c.start) is not None

    def _money_tail(self, reading: _Reading) -> None:
        """Subunits (五元三毛), a currency after 元 (三万元欧元), 钱/整 (十块钱, 圆整)."""
        t = self.t
        sub_re = _SUB_RE.get(reading.unit)
        if sub_re is not None:
            m = sub_re.match(t, reading.end)
            if m and m.end() > reading.end and (m.group("s1") or m.group("s2")):
                subs = _SUBUNITS[reading.unit]
                total = 0.0
                for n, s in (("n1", "s1"), ("n2", "s2")):
                    if m.group(s):
                        digit = parse_number(m.group(n))
                        if digit is None:
                            return
                        total += digit * subs[m.group(s)]
                reading.subunit_value = total
                reading.end = m.end()
        if reading.unit == "元":
            cur = _CURRENCY_AFTER_YUAN.match(t, reading.end)
            if cur:
                reading.unit = _CURRENCIES[cur.group()][0]
                reading.end = cur.end()
        tail = _MONEY_TAIL.match(t, reading.end)
        if tail:
            reading.end = tail.end()

    def _unitless(self, c: _Candidate) -> _Reading | None:
        """A number with no measure word: 百分之…, 五成, 八折, or the default unit."""
        t = self.t
        pct = _PERCENT_PREFIX.search(t, max(0, c.start - 6), c.start) if t.endswith(
            "分之", 0, c.start) else None
        if pct is not None and not _precedes_numeral(t, pct.start()):
            den = pct.group("den").replace("佰", "百").replace("仟", "千").replace("萬", "万")
            reading = _Reading(c.end, "%", "percent")
            if den == "千":
                reading.unit = "‰"
            elif den != "百":
                reading.multiplier = 100 / float(parse_number(den) or 1)
            c.start = pct.start()
            return reading
        cheng = _CHENG.match(t, c.end)
        if cheng and c.value <= 10 and c.value_max is None:
            reading = _Reading(cheng.end(), "%", "percent", multiplier=10.0)
            tail = cheng.group("tail")
            if tail:
                reading.subunit_value = 5.0 if tail == "半" else float(parse_number(tail) or 0)
            return reading
        if _ZHE.match(t, c.end):
            share = _discount(c.text)
            if share is not None:
                c.value, c.value_max = share, None
                return _Reading(c.end + 1, "%", "percent")
        if "分之" in c.text or c.text == "一半" or (
                _SLASH_FRACTION.fullmatch(c.text) and not _CODE_TAIL.match(t, c.end)):
            return _Reading(c.end, "", "fraction", values=_fraction_terms(c.text))   # 三分之一 of something
        if c.text[-1] in _SCALE_LAST or c.more:
            # 全市人口1200万 (the noun before), 带动30多万农民就业 (the noun right after)
            before = (_before_subject(t, c.start)
                      if _IMPLIED_NOUN.search(t, max(0, c.start - 24), c.start) else "")
            implied = _implied_unit(before) or _implied_unit(t[c.end:c.end + 6], after=True) \
                or _milestone_unit(t, c)
            if implied is not None and (_kind_of(implied) != "money" or c.text[-1] in _MONEY_SCALES) \
                    and not t.startswith("级", c.end):   # 两万亿级城市: a class of cities, no amount
                # 投资20亿 is money; 收入是十年前的2.3倍 has no amount in 十
                return _Reading(c.end, implied, _kind_of(implied))
        if self.default_unit is not None:
            reading = _Reading(c.end, self.default_unit, _kind_of(self.default_unit))
            if c.end < len(t) and t[c.end] in _MONEY_LETTERS and reading.kind == "money":
                reading.multiplier = float(_MONEY_LETTERS[t[c.end]])
                reading.end = c.end + 1
            return reading
        return None

    # -- ranges --

    def _range(self, a: _Candidate, reading: _Reading | None, b: _Candidate | None
               ) -> tuple[_Candidate, float, _Reading | None, int] | None:
        """``3至5年``, ``1万元--5万元``, ``两到三万港元``: one quantity with value_max."""
        if b is None or a.hedge or b.hedge:
            return None
        pos = reading.end if reading is not None and reading.after is None else a.end
        if b.start == pos and b.text[:1] in "-负" and b.value < 0:
            # 1万元-5万元: the numeral reader took the dash for a minus sign
            b = _Candidate(b.start + 1, b.end, -b.value,
                           -b.value_max if b.value_max is not None else None, b.more, b.text[1:])
        sep = _RANGE_SEP.match(self.t, pos)
        if sep is None or sep.end() != b.start:
            return None
        if _phone_like(a.text) or _phone_like(b.text):
            return None
        b_reading = self._reading(b.end, b)
        if b_reading is None and not self._unitless_possible(b):
            return None
        if reading is not None and b_reading is not None and reading.unit != b_reading.unit:
            return None
        low = a.value
        if a.value_max is None and b.value_max is None:
            low = _share_scale(a, b)
        if low >= b.value:
            return None
        merged = _Candidate(a.start, b.end, low, None, a.more or b.more, self.t[a.start:b.end])
        if b_reading is None:
            b_reading = self._unitless(b)   # 5-20%... is handled above; here 三至五成
            if b_reading is None:
                return None
        return merged, b.value, b_reading, b.end

    def _ratio(self, a: _Candidate, b: _Candidate) -> tuple[_Candidate, _Reading] | None:
        """``师生比为1:15``, ``三次产业结构为2.9:36.3:60.8``, ``3∶5``: numbers joined by
        colons are one ratio that keeps every term in ``values``; its ``value`` is the
        first term (as the gold does). A clock-like pair (10:30) is a time unless a ratio
        word comes before it; the full-width colon ``：`` joins a ratio only after one."""
        t = self.t
        m = _RATIO.match(t, a.start)
        if m is None or m.end() < b.end or _UNIT_RE.match(t, m.end()):
            return None
        text = m.group()
        reads = {_RATIO_READS[ch] for ch in text if ch in _RATIO_READS}
        spaced = " " in text or "\u3000" in text   # 产业结构调整为26: 32.5: 41.5: only after a ratio word
        if ("always" not in reads and ("cued" in reads or _CLOCK.fullmatch(text))) or spaced:
            if not self._ratio_cued(a.start):
                return None
        terms = tuple(float(term) for term in re.split(_RATIO_SEP, text))
        self.consumed = m.end()
        merged = _Candidate(a.start, m.end(), terms[0], None, False, text)
        reading = _Reading(m.end(), "", "ratio", values=terms)
        after = _AFTER_RE.match(t, m.end())
        if after:   # 容积率1:2.5以内
            reading.after = _HEDGES["after"][after.group("after")]
            reading.end = after.end()
        return merged, reading

    def _ratio_cued(self, start: int) -> bool:
        """A ratio word (比, 比例, 结构) among the last words of the clause before ``start``:
        师生比为, 男女比例由; not 比赛 (a word that merely holds 比)."""
        t = self.t
        clause_start = _last_stop(t, max(0, start - 12), start) + 1
        words = _segment(t[max(clause_start, start - 12):start])
        # (产业结构调整为: a cue of two characters or more inside the word the segmenter joined it to)
        return any(w.endswith(_RATIO_CUES) or any(c in w for c in _LONG_RATIO_CUES) for w in words[-3:])

    def _unitless_possible(self, b: _Candidate) -> bool:
        t = self.t
        return (self.default_unit is not None or _CHENG.match(t, b.end) is not None
                or _ZHE.match(t, b.end) is not None)

    # -- context filters --

    def _not_a_claim_before(self, c: _Candidate) -> bool:
        t = self.t
        before = t[max(0, c.start - 8):c.start]
        if _ORDINAL_BEFORE.search(before):
            # 位居五市第一: a rank word before the places the rank is among, no rank itself
            return not (before.endswith(_RANK_WORDS) and _RANKED_PLACE.match(t, c.end))
        if before and before[-1] in _ADJACENT_BEFORE and not before.endswith(_LETTER_NAMES()):
            # (GDP188.72亿元: an indicator's Latin name runs into its figure, no code)
            # 占年度计划的75%124个新建项目: a percentage runs into the next count where a comma
            # fell out; in a URL (q=30%25%2020) the digits before % follow no Chinese text
            # (增长6.1%8%: two percentages where their 、 fell out)
            return not (before[-1] == "%" and _PERCENT_RUN_END.search(before) is not None
                        and (_CJK_CHAR.match(t, c.end) is not None or t.startswith("%", c.end)))
        return False

    def _not_a_claim_after(self, c: _Candidate, r: _Reading, end_number: int, is_range: bool) -> bool:
        t = self.t
        nxt = t[end_number:end_number + 1]
        if nxt in _ADJACENT_AFTER and r.kind != "percent" and not _latin_unit_at(t, end_number):
            return True
        if r.unit == "年":
            if _YEAR_DIGITS.fullmatch(c.text) or _MONTH_AFTER.match(t, r.end):
                return True  # 2024年, 二〇二四年, 24年9月: dates
            if _YEAR_RANGE.fullmatch(t, c.start, end_number) or _DATE_BEFORE.search(t, max(0, c.start - 5), c.start):
                return True  # 2019—2023年: years; 2011-04-15 年初…: the end of a date
        if (c.text in ("一", "壹") and r.kind in _KIND_ARTICLE and not is_range and c.hedge is None
                and _BEFORE_IN.search(t, max(0, c.start - 4), c.start) is None):
            return True  # 一次项目例行回访, 一批又一批: an article, not a count (不到一天 is one)
        window_start = max(0, c.start - 12)
        for m in _CODES.finditer(t, window_start, min(len(t), r.end + 12)):
            if m.start() < r.end and m.end() > c.start:
                return True
        if (r.after in ("at_least", "less_than") and r.kind not in ("percent", "fraction")
                and _CLASS_AFTER.match(t, r.end) and not _VERB_AFTER_CLASS.match(t, r.end)):
            return True  # 2000万元及以上的工业法人单位, 60岁以上老人: a size class
        if r.kind == "money" and _CLASS_HEAD.match(t, r.end):
            return True  # 投资额超10亿元项目18个: a size class
        if r.unit == "项" and t.startswith("项目", r.end - 1) and t[c.start:r.end - 1].rstrip().endswith(("万", "亿")):
            return True  # 5000万项目2个: a size class in 元 left unsaid, not 5000万 items
        return _inside_a_name(t, c.start, r.end)

    # -- building the record --

    def _emit(self, c: _Candidate, r: _Reading, value_max: float | None, is_range: bool) -> None:
        t = self.t
        start, before_q, outside = self._hedges_before(c, r)
        outside_q = _HEDGES["before_outside"][outside.group()] if outside is not None else None
        if outside is not None and outside_q == "exact" and before_q is None:
            window = max(0, outside.start() - 6), outside.start()
            further = _BEFORE_OUT.search(t, *window) or _BEFORE_IN.search(t, *window)
            if further is not None:
                q = _HEDGES["before_outside"].get(further.group()) or _HEDGES["before"][further.group()]
                if q != "exact":
                    outside, outside_q = further, q   # 至少有20家: the hedge before 有
        qualifier = _qualifier(c, r, is_range or value_max is not None, before_q, outside_q)
        listed = self._verb_qualifier
        if qualifier == "exact" and outside is None and listed is not None and t[listed[0]:start] in _LIST_JOINS:
            qualifier = listed[1]   # 分别突破290万人次、15亿元: the verb hedges every figure of its list
        self._verb_qualifier = (r.end, qualifier) if outside_q not in (None, "exact") or (
            listed is not None and qualifier == listed[1] and qualifier != "exact") else None
        # subunit_value is 五元三毛's 0.3 元, or 七成六's 6 (one tenth of a 成).
        value = (c.value + r.subunit_value / (r.multiplier if r.kind == "percent" else 1)) * r.multiplier
        if value_max is not None:
            value_max *= r.multiplier
        subject_edge = outside.start() if outside is not None else start
        if r.kind == "money" and "/" not in r.unit and t[subject_edge - 1:subject_edge] in _PER_ENDS:
            per = _PER_BEFORE.search(t, max(0, subject_edge - 6), subject_edge)
            if per is not None:
                r.unit = f"{r.unit}/{UNIT_TABLE[per.group('per')][0]}"   # 每平方米1.6万元
                subject_edge = per.start()
        subject, change = self._subject_and_change(start, subject_edge, r)
        self._said_change = change
        value, value_max, change, start = self._signed(value, value_max, change, start, r)
        o_start, o_end = self.compact.span(start, r.end)
        original = self.compact.original
        q = Quantity(
            text=original[o_start:o_end], start=o_start, end=o_end,
            value=value, value_max=value_max, values=r.values, unit=r.unit, unit_kind=r.kind,
            qualifier=qualifier, subject=subject, change=change,
        )
        self._last_end = r.end
        self.out.append(q)
        self.consumed = r.end

    def _signed(self, value: float, value_max: float | None, change: str | None, start: int,
                r: _Reading) -> tuple[float, float | None, str | None, int]:
        """A percentage's sign read as its change: 增长-6.2%, 较一季度(-10.8%) and the later
        figures of a list of rates (增速分别为-11.6%、4.1%、-30%) are falls, written with a sign; the
        value stays positive and the change says it fell, as in 下降6.2% (a bare -22.2% keeps its
        sign). 同比下降-1.4% says the fall twice: the sign is left out of the figure."""
        t = self.t
        listed = self._rate_list_end is not None and t[self._rate_list_end:start].strip("-－−") in _LIST_JOINS
        rate = r.kind == "percent" and (change is not None or listed
                                        or _RATE_OF_CHANGE_BEFORE.search(t, max(0, start - 12), start) is not None)
        self._rate_list_end = r.end if rate else None
        flip = -value_max if value_max is not None else None
        if value < 0 and rate and change in (None, "increase"):
            return -value, flip, "decrease", start
        if value < 0 and r.kind == "percent" and change == "decrease" and t[start:start + 1] in _MINUS_SIGNS:
            return -value, flip, change, start + 1
        return value, value_max, change, start

    def _hedges_before(self, c: _Candidate, r: _Reading) -> tuple[int, str | None, re.Match[str] | None]:
        """Where the figure starts with a hedge or currency symbol before its number
        (约300元, ￥5), the qualifier of that hedge, and the hedge outside it (达, 超过).
        Each pattern ends at the number, so one that cannot end in the character
        before it is not searched."""
        t = self.t
        start = c.start
        before_q: str | None = None
        prev = t[start - 1:start]
        inside = _BEFORE_IN.search(t, max(0, start - 4), start) if prev in _BEFORE_IN_ENDS else None
        outside = _BEFORE_OUT.search(t, max(0, start - 6), start) if prev in _BEFORE_OUT_ENDS else None
        if inside is not None and outside is not None and outside.start() <= inside.start():
            inside = None   # 接近 is a verb, not 近
        if inside is not None and _ends_a_verb(t, inside.end()):
            inside = None   # 节约300元: 约 ends a verb here
        if outside is not None and _ends_a_verb(t, outside.end()):
            outside = None   # 经过3年: 过 ends a verb here
        if inside is not None and r.kind == "duration" and inside.group() in ("近", "将近"):
            inside = None   # 近5年: recent years, not nearly five
        if inside is not None and c.hedge is None:
            before_q = _HEDGES["before"][inside.group()]
            start = inside.start()
            outside = (_BEFORE_OUT.search(t, max(0, start - 6), start)
                       if t[start - 1:start] in _BEFORE_OUT_ENDS else None)
        if r.kind != "money":
            return start, before_q, outside
        symbol = _PREFIX_SYMBOL.search(t, max(0, start - 3), start)
        if symbol is not None:
            start = symbol.start()
        elif r.unit == "元":
            word = _PREFIX_WORD.search(t, max(0, start - 3), start)
            if word is not None:
                r.unit = _PREFIXES[word.group()]
        return start, before_q, outside

    def _subject_and_change(self, start: int, edge: int, r: _Reading) -> tuple[str, str | None]:
        """The figure's subject (its clause's, else the figure's before it in the
        sentence, else the nearest noun phrase) and the change a verb before it says."""
        t = self.t
        run = _run_before(t, edge)
        subject = _subject(t, run, r.end, r.kind)
        own_subject = bool(subject)
        change = r.change or _change(t, start)
        if self.out and not _SENTENCE_END.search(t, self._last_end, start):
            prev = self.out[-1]
            joined = start - self._last_end == 1 and t[start - 1] in _JOINERS
            if joined and change is None:
                # 分别增长5.1%和7.3%; after 增长15.4%、-5.3%, 和1.5% rises again: the verb's
                # change, not the one a minus sign made
                change = self._said_change
            if not subject and (prev.unit_kind == r.kind or r.kind in ("percent", "points", "multiple")):
                subject = prev.subject   # 实现地区生产总值2563.8亿元，同比增长6.1%
        if not subject and r.kind != "duration":   # a duration's clause is no topic chain
            subject = _nearest_noun_phrase(t, edge, self._last_end)
        relation = "" if own_subject else _bare_relation(run)
        if relation and subject and not subject.endswith(relation):
            subject += relation   # 占比提升2.6个百分点: the share of what the sentence is about
        benchmark = _benchmark(run)
        if benchmark:   # 增速高于全市0.9个百分点: the gap, named by both sides
            subject = _COMPARATOR_WORD.split(subject, maxsplit=1)[0] + benchmark
        return subject, change

    def _inherit_units(self) -> None:
        """``增长1.2、3.4、5.6个百分点``: earlier numbers share the last one's unit,
        and the verb before the first one (增长) sets the change of all."""
        by_start = {q.start: q for q in self.out}
        chain: list[Quantity] = []
        for c in reversed(self.bare):
            if not self.whole and self._not_a_claim_before(c):
                continue
            if self.t[c.end:c.end + 1] not in _JOINERS:
                continue
            nxt = by_start.get(self.compact.index(c.end + 1))
            if nxt is None or nxt.value_max is not None:
                continue
            o_start, o_end = self.compact.span(c.start, c.end)
            if self.t[c.end:c.end + 1] == "、" and c.text in _HEADING_NUMERALS \
                    and _opens_line(self.compact.original, o_start):
                continue   # 一、四成行业实现增长: a heading's list marker, no item of a list
            q = Quantity(
                text=self.compact.original[o_start:o_end], start=o_start, end=o_end,
                value=c.value, unit=nxt.unit, unit_kind=nxt.unit_kind,
                qualifier="exact", subject=nxt.subject, change=nxt.change,
            )
            if not chain or chain[-1] is not nxt:
                chain = [nxt]
            chain.append(q)
            change = _change(self.t, c.start)
            if change is not None:
                for member in chain:
                    member.change = change
            self.out.append(q)
            by_start[o_start] = q

    def _shared_points(self) -> None:
        """``分别拉动经济增长0.8个、0.1个、1.3个百分点``, ``高出…2.2个和1.7个百分点``: a 个
        listed before a figure in 百分点 is that unit cut short, not a count (self.out is in
        text order)."""
        text = self.compact.original
        for q, nxt in zip(reversed(self.out[:-1]), reversed(self.out[1:]), strict=True):
            if q.unit == "个" and q.text.endswith("个") and nxt.unit == "百分点" \
                    and text[q.end:nxt.start].strip() in _JOINERS:   # 4.4 个和 2 个百分点: spaced
                q.unit, q.unit_kind, q.subject, q.change = nxt.unit, nxt.unit_kind, nxt.subject, nxt.change


# --- helpers -------------------------------------------------------------------

# What may follow a numeral that is part of a claim: the first character of a
# unit, currency, inner hedge, range separator, list joiner, 成/折, a fraction,
# a ratio colon or a letter multiplier. Most numerals in news (一是, 二十届)
# are followed by none of these and are never read.
_NEXT_CHARS = frozenset(
    "".join([*UNIT_TABLE, *_CURRENCIES, *_LATIN, *_HEDGES["middle"], *_HEDGES["range_separators"]])
    + "、和与及或成折分又/%‰kKMGwW(（个" + "".join(_RATIO_READS)
)
_RANKED_FIRST = frozenset(w[0] for w in _RANKED["words"])
_SCALE_LAST = frozenset("十百千万亿拾佰仟萬億")
_ARTICLE_NEXT = frozenset(k[0] for k, v in UNIT_TABLE.items() if v[1] in _KIND_ARTICLE)


#: The numerals of a heading's list marker (一、二、…十、), as a line opens with them.
_HEADING_NUMERALS = frozenset("一二三四五六七八九十")


def _opens_line(text: str, pos: int) -> bool:
    """Whether only blanks stand between the start of ``pos``'s line and ``pos``."""
    line = text.rfind("\n", 0, pos) + 1
    return not text[line:pos].strip(" \t\u3000")


def ranked_among(text: str, q: Quantity) -> str | None:
    """The level of division holding the places a count of places ranks among (五市 in 位居五市第一:
    ``province``), or None for any other figure."""
    if q.unit == "个":   # 位列全区22个县(市)区第2位: 个 and the kind of place after it
        m = _RANKED_PLACE.match(text, q.end)
        return _RANKED["words"][m.group("unit")] if m else None
    level = _RANKED["words"].get(q.unit) if q.unit_kind == "count" else None
    return level if level and _RANKED_PLACE.match(text, q.end - len(q.unit)) else None


def _may_be_claim(t: str, start: int, end: int) -> bool:
    if start > 0 and t[start - 1] == "第":
        return False   # 第三届: an ordinal
    if end < len(t) and t[end] in _NEXT_CHARS:
        if (end - start == 1 and t[start] in "一壹" and t[end] in _ARTICLE_NEXT
                and _BEFORE_IN.search(t, max(0, start - 4), start) is None):
            unit = _UNIT_RE.match(t, end)
            if unit and unit.group("unit") and UNIT_TABLE[unit.group("unit")][1] in _KIND_ARTICLE:
                return False   # 一次, 一批, 一年: the article 一
        return True
    if end < len(t) and t[end] in _RANKED_FIRST and _RANKED_PLACE.match(t, end):
        return True   # 位居五市第一: maybe the places a rank is among
    if t[end - 1] in _SCALE_LAST:
        return True   # 86.5亿千瓦时: the unit may start inside the run
    if start > 0 and t[start - 1] in _RATIO_READS:
        return True   # the second term of a ratio
    return t.endswith("分之", 0, start)   # 百分之十二点五


def _inside_a_name(t: str, start: int, end: int) -> bool:
    """A number inside a quoted name: “15分钟健康服务圈”, “民营经济31条”.

    A quote that holds nothing but the amount (“100家”) is not a name.
    """
    if _OPENING_QUOTE.search(t, max(0, start - 10), start) is None:
        return False   # most numbers: no quote before them at all
    window = t[max(0, start - 10):start]
    opened = max(window.rfind(q) for q in _QUOTES)
    if opened < 0 or any(window.find(_QUOTES[q], opened) >= 0 for q in _QUOTES if window[opened] == q):
        return False
    closer = _QUOTES[window[opened]]
    before_number = window[opened + 1:].strip(" \u3000")   # (“ 四个走在前 ”: spaces set inside the quotes)
    if _SUBJECT_STOP.search(before_number):
        return False   # “新学校离家近，步行10分钟就到了”: quoted speech, not a name
    after = t[end:end + _NAME_REACH]
    clause_end = _NAME_CLAUSE_END.search(after)
    if clause_end is not None and not 0 <= after.find(closer) < clause_end.start():
        return False   # “生产总值增长6%，规模以上工业…”: a clause ends before any closing quote
    return bool(before_number) or t[end:end + 1] != closer


#: How far after a number a quoted name it stands in is looked at for its closing quote,
#: and what ends a clause before it.
_NAME_REACH = 16
_NAME_CLAUSE_END = re.compile("[，,；;。]")


def _fraction_terms(text: str) -> tuple[float, ...]:
    """Numerator and denominator of ``三分之一`` (1, 3) or ``1/3``; () for 一半 or 3又1/2."""
    if "分之" in text:
        den, _, num = fold(text).partition("分之")
    elif "/" in text and " " not in text:
        num, _, den = text.partition("/")
    else:
        return ()
    numerator, denominator = parse_number(num), parse_number(den)
    if numerator is None or denominator is None:
        return ()
    return (numerator, denominator)


def _latin_unit_at(t: str, pos: int) -> bool:
    m = _UNIT_RE.match(t, pos)
    return bool(m and m.group("latin"))


#: What joins the figures of one list (突破290万人次、15亿元).
_LIST_JOINS = frozenset({"、", "和", "及", "与"})


#: A run of digits and points, with at least three points, standing alone (14.515.869.7).
_RUN_OF_DECIMALS = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}(?:\d{1,2}\.\d{1,2}){2,3}(?![\d.])")
#: A term of such a ratio, with one decimal or two (14.5, 55.04).
_SHARE_TERMS = tuple(re.compile(rf"\d{{1,2}}\.\d{{{decimals}}}") for decimals in (1, 2))
#: How far from 100 the terms of a ratio of shares may add up (rounding).
_SHARES_SLACK = 0.15


def _shares_of_a_whole(run: str) -> tuple[float, ...] | None:
    """The one way to cut ``run`` into terms with the same number of decimals that add up to
    100 (14.515.869.7: 14.5, 15.8, 69.7), else None."""
    found = set()
    for term in _SHARE_TERMS:
        for cut in _cuts(run, term):
            if abs(sum(cut) - 100) <= _SHARES_SLACK:
                found.add(cut)
    return found.pop() if len(found) == 1 else None


def _cuts(run: str, term: re.Pattern[str]) -> Iterator[tuple[float, ...]]:
    """Every way to read ``run`` as a sequence of ``term``s."""
    if not run:
        yield ()
        return
    for width in range(len(run), 0, -1):
        if term.fullmatch(run, 0, width):
            for rest in _cuts(run[width:], term):
                yield (float(run[:width]), *rest)


def _qualifier(c: _Candidate, r: _Reading, is_range: bool, before_q: str | None,
               outside_q: str | None) -> str:
    """The qualifier of a figure: a range, then a hedge after it (以上), inside it (近万亿),
    right before it (约), in the middle (余, 多), else the verb outside it (超过)."""
    if is_range:
        return "range"
    if r.after:
        return r.after
    if c.hedge:
        return c.hedge
    if before_q:
        return before_q
    if r.mid or c.more:
        return _HEDGES["middle"].get(r.mid, "more_than") if r.mid else "more_than"
    if outside_q and outside_q != "exact":
        return outside_q
    return "exact"


@cache
def _kind_of(unit: str) -> str:
    if unit in CURRENCY_CODES:
        return "money"
    for canonical, kind in UNIT_TABLE.values():
        if canonical == unit:
            return kind
    return "count"


def _precedes_numeral(t: str, pos: int) -> bool:
    """Whether the character before ``pos`` is a numeral (一百分之五 is a fraction)."""
    return pos > 0 and (t[pos - 1].isdigit() or t[pos - 1] in CN_CHARS)


def _phone_like(s: str) -> bool:
    digits = s.replace(",", "")
    return digits.isdigit() and (len(digits) >= 7 or (len(digits) >= 3 and digits[0] == "0"))


def _share_scale(a: _Candidate, b: _Candidate) -> float:
    """The low end of ``两到三万`` takes the high end's scale (20000), but
    ``8500到3万`` keeps its own: try the trailing scale words of the high end,
    longest first, and keep the first that does not overshoot it."""
    if any(ch in a.text for ch in "万亿萬億") or re.search(r"[kKwW]$", a.text):
        return a.value
    tail = re.search(r"[十百千万亿拾佰仟萬億]+$|[kKM]$", b.text)
    if tail is None:
        return a.value
    suffix = tail.group().translate(str.maketrans("拾佰仟萬億", "十百千万亿"))
    for i in range(len(suffix)):
        word = suffix[i:]
        mult = _SCALE_VALUES.get(word) or (1000 if word in "kK" else 1_000_000 if word == "M" else None)
        if mult is None:
            continue
        if a.value * mult <= b.value:
            return a.value * mult
    return a.value


def _discount(numeral: str) -> float | None:
    """折 as a percentage: 八折 = 80, 75折 = 75, 三八折 = 38, 9.9折 = 99; 十折 is not one."""
    s = fold(numeral)
    plain = "".join(str(DIGITS[ch]) if ch in DIGITS else ch for ch in s).replace("点", ".")
    if re.fullmatch(r"[1-9]", plain):
        return float(plain) * 10
    if re.fullmatch(r"[1-9]\d", plain):
        return float(plain)
    if re.fullmatch(r"[1-9]\.\d", plain):
        return float(plain) * 10
    return None


_SUBJECT_STOP = re.compile(r"[\s，。；：、,.;:！？!?（）()《》〈〉“”\"'‘’【】\[\]…—\-/\d%" + re.escape(LIST_BULLETS) + "]")   # (●: a bullet)


def _subject(t: str, run: str, end: int, kind: str) -> str:
    """What is counted: the noun phrase after the measure word for counts
    (76个事项), else the one before the number or its verb (市值突破2500亿元)."""
    after = _after_subject(t, end) if kind == "count" else ""
    if after:
        return after
    if kind == "duration":
        process = _time_taken(run)
        if process:
            return process
    before = _run_subject(run)
    if before or kind in ("count", "duration"):
        return before
    if kind in ("percent", "fraction") and t.startswith("的", end):
        return _after_subject(t, end + 1)   # 98%以上的政务服务事项: a share of what follows
    if t[end - 1:end] in ("%", "％"):
        return before   # 增长6.3%第三产业增加值112亿元 (a copy that lost its ；): the next item's
    return _after_subject(t, end)   # 超九成商品零售…: a share of what follows


_FOOTNOTE_END = re.compile(r"[\[［〔][0-9]{1,2}[\]］〕]$")
#: A short note in brackets inside a subject (地区生产总值(GDP), 固定资产投资（不含农户）); a
#: name there (占总人口比重(常住人口城镇化率)为) is kept.
_BRACKET_NOTE = re.compile(r"[（(](?:[A-Za-z]{1,8}|(?:不含|含|包括|包含|按|下同|现价|可比价|不变价)[\u4e00-\u9fff]{0,6})[)）]")


def _run_before(t: str, edge: int) -> str:
    """The clause piece right before ``edge``: back to punctuation or a number.

    A comparison with a period in digits (比1—9月份) is taken out first, so its
    digits do not cut the subject off (增速比1—9月份加快0.5个百分点 → 增速加快).
    A piece that starts with Latin letters right after digits keeps them
    (5G基站, 5A级景区); one that starts right after another number drops that
    number's unit (由20个工作日压缩至 → 压缩至) or the rest of its date (1—10月份全市 → 全市).
    """
    start = max(0, edge - 24)
    window = _FOOTNOTE_END.sub("", t[start:edge])   # 实现生产总值[2]5069.57亿元: a bulletin's note mark
    if "(" in window or "（" in window:   # 地区生产总值(GDP)73.18亿元, 固定资产投资(不含农户)同比增长: a note
        window = _BRACKET_NOTE.sub("", window)
    if "比" in window or "较" in window:
        window = _DATED_COMPARISON.sub("", window)
    if "年" in window or "月" in window or "季" in window:
        window = _DATES_IN_CLAUSE.sub("", window)
    last = _SUBJECT_STOP.search(window[::-1])   # one character each: the last stop
    if last is None:
        return window
    cut = len(window) - last.start()
    run = window[cut:]
    if run[:1].isascii() and run[:1].isalpha() and window[cut - 1].isdigit():
        digits = re.search(r"\d+$", window[:cut])
        return (digits.group() if digits else "") + run
    if window[cut - 1].isdigit():
        run = _DATE_AFTER_DIGITS.sub("", run)
        run = run.lstrip("十百千万亿")   # 8.4万元和4.6万元: the scale and unit of the number before
        unit = _UNIT_RE.match(run)
        if unit:
            run = run[unit.end():]
        after = _AFTER_RE.match(run)
        if after:
            run = run[after.end():]
    return run


def _before_subject(t: str, edge: int) -> str:
    """The nearest noun phrase of the clause before ``edge``."""
    return _run_subject(_run_before(t, edge))


@lru_cache(maxsize=8192)
def _run_subject(run: str) -> str:
    """The nearest noun phrase of ``run``, the clause piece before a figure.

    The piece after the last verb or function word is tried first
    (培育境内外上市公司19家 → 境内外上市公司); when it is no noun phrase (连续三年,
    唯一一个, 负转正) the piece before it is tried, and so on back to the clause start.
    """
    run = _strip_run(run)
    if not run:
        return ""
    tags = _pos_tags()
    words = _words(run)
    own_verb = words[-1] in _NOMINAL_VERBS   # 亩均投入1500元: the verb is what the figure is
    while words:
        if not own_verb:
            _trim_tail(words, tags)   # 吞吐量完成6.8亿吨: the verb between the subject and its figure
        cut = _last_boundary(words, own_verb=own_verb)
        own_verb = False
        kept = words[cut + 1:]
        while cut >= 0 and len(kept) == 1 and kept[0] in _NOMINAL_SUFFIXES:
            kept.insert(0, words[cut])   # 增长面, 覆盖面: the verb makes the noun
            cut = _last_boundary(words, cut)
        if cut >= 0 and words[cut] == "的" and len(kept) == 1 and len(kept[0]) == 1:
            return kept[0]   # 收入10万元以上的村达712个: the head of a 的 phrase
        if cut >= 0 and kept and all(w in _RELATIONAL for w in kept):
            # 研发投入占比, 占地区生产总值的比重: a share keeps what it is the share of
            whole = words[:cut + 1] if words[cut] in _NOMINAL_VERBS else words[:cut]
            kept = _whole_of_share(whole, tags) + kept
        if kept and all(_is_place(w, tags) for w in kept):
            return ""   # 夷陵区30万亩柑橘: a place says where, the noun after says what
        phrase = _noun_phrase(kept, tags)
        if phrase:
            return phrase
        del words[max(cut, 0):]
    return ""


def _strip_run(run: str) -> str:
    """Take the verbs, hedges, comparisons and ranks off the end of a clause piece."""
    changed = True
    while run and changed:
        changed = False
        for pattern in (_TRAILING_FILLER, _PREDICATE_TAIL, _BASIS, _COMPARISON, _COMPARATOR, _RANKING, _PER):
            if pattern is _TRAILING_FILLER and run[-2:] in _NOT_HEDGES:
                continue   # 节约, 最近: a word, not a hedge to strip
            stripped = pattern.sub("", run)
            if stripped != run:
                run, changed = stripped, True
    return run


def _words(run: str) -> list[str]:
    """jieba's words of ``run``, with a relation it splits put back together (占比)."""
    words = list(_segment(run))
    for i in range(len(words) - 2, -1, -1):
        pair = words[i] + words[i + 1]
        if pair in _RELATIONAL or (words[i + 1] == "均" and len(words[i]) == 1):
            words[i:i + 2] = [pair]   # 占比; 亩均 like 人均 (均 is no boundary here)
    return words


def _last_boundary(words: list[str], before: int | None = None, own_verb: bool = False) -> int:
    """Index of the last boundary word (before ``before``), -1 when there is none;
    with ``own_verb`` the last word, the figure's own indicator verb, is no boundary."""
    end = len(words) if before is None else before
    if own_verb:
        end -= 1
    for i in range(end - 1, -1, -1):
        if words[i] in _BOUNDARIES:
            return i
    return -1


def _trim_tail(words: list[str], tags: dict[str, str]) -> None:
    """Drop what cannot end a noun phrase: verbs of the figure (达到, 跃升, 占), adverbs,
    numerals, particles (唯一一个 → 唯一). A word that ends in a noun suffix (进度, 托位)
    or a character jieba could not join to the one before (时|长) stays, whatever its tag."""
    while words:
        w = words[-1]
        if w in _BOUNDARIES or _TRAILING_FILLER.fullmatch(w) or w in _PREDICATES:
            words.pop()
            continue
        if w[-1] in _NOMINAL_SUFFIXES or w in _NOMINAL_VERBS:
            return
        if len(w) == 1 and len(words) > 1 and len(words[-2]) == 1:
            return   # 人均培训时|长: jieba knows no word here, the characters stay together
        if len(w) == 1 and len(words) > 1 and words[-2] == "的":
            return   # 收入10万元以上的村: the head of a 的 phrase is a noun
        if tags.get(w) in _FUNCTION_TAGS:
            words.pop()
            continue
        return


def _whole_of_share(before: list[str], tags: dict[str, str]) -> list[str]:
    """研发经费投入占地区生产总值 | 的比重: the words that say what the share is of,
    back to the clause start but without the verbs that open it (实现…)."""
    words = list(before)
    while words and ((words[0] in _BOUNDARIES and words[0] not in _NOMINAL_VERBS)
                     or tags.get(words[0]) in _FUNCTION_TAGS):
        words.pop(0)
    return words


def _noun_phrase(kept: list[str], tags: dict[str, str]) -> str:
    """The subject the words ``kept`` make, or "" when they make no noun phrase."""
    kept = list(kept)
    while len(kept) > 1 and tags.get(kept[0]) in _LEADING_TAGS:
        kept.pop(0)   # 一季度全区生产总值 → 全区生产总值
        if len(kept) > 1 and len(kept[0]) == 1 and tags.get(kept[0]) == "f":
            kept.pop(0)   # 年底前高频事项 → 高频事项
    while len(kept) > 2 and _is_place(kept[0], tags):
        kept.pop(0)   # 深圳市南山区网上办理率 → 网上办理率 (but 中欧班列 stays whole)
    while len(kept) > 1 and sum(map(len, kept)) > _MAX_CHARS:
        kept.pop(0)   # keep whole words from the right
    joined = "".join(kept)
    phrase = _ORG_PREFIX.sub("", _SCOPE.sub("", _COMPARISON.sub("", joined)))
    words = kept if phrase == joined else None
    return phrase if _is_noun_phrase(phrase, tags, words=words) else ""


def _is_noun_phrase(phrase: str, tags: dict[str, str], single_tags: frozenset[str] = frozenset(),
                    words: list[str] | tuple[str, ...] | None = None) -> bool:
    """Whether ``phrase`` names something: a noun of one character, or a longer phrase
    with a nominal word, a noun suffix at its end or characters jieba could not join
    (早诊率); never a relation alone (比重, 平均水平), a verb (加快, 拉动), an adjective
    (大) or a numeral (一)."""
    if not phrase:
        return False
    if len(phrase) == 1:
        return tags.get(phrase) in (single_tags or _SINGLE_NOUN_TAGS)
    if phrase in _RELATIONAL:
        return False
    if phrase[-1] in _NOMINAL_SUFFIXES:
        return True
    if words is None:
        words = _segment(phrase)
    if len(words) == 1:   # one word: jieba's tag decides (就业 and 诉求 are listed)
        return phrase in _NOMINAL_VERBS or tags.get(phrase, "x") in _NOUN_TAGS
    # several words: anything but function words and verbs of change (健康体检 is one, 负转正 not)
    return not all(tags.get(w) in _FUNCTION_TAGS or w in _PREDICATES or w in _CHANGE_WORDS
                   for w in words)


def _time_taken(run: str) -> str:
    """从拿地到开工只用了45天 → 拿地到开工用时: a duration's process, or ""."""
    m = _TIME_TAKEN.search(run)
    if m is None:
        return ""
    process = _SCOPE.sub("", m.group("process"))
    if not ("到" in process or "至" in process or m.group("verb") in ("用时", "耗时", "历时")):
        return ""   # 力争用3至5年: a plan's span, not the time a process took
    return process + "用时" if _is_noun_phrase(process, _pos_tags()) else ""


def _nearest_noun_phrase(t: str, edge: int, floor: int) -> str:
    """The subject of a figure whose own clause names none (全市进出口总额位居全省
    第二，增长12%): the nearest noun phrase of the one or two clauses before, within
    the sentence and after ``floor`` (the figure before, whose subject was not shared);
    never the speaker of an attribution (负责人介绍，…)."""
    floor = max(floor, edge - 60)
    end = _SENTENCE_END.search(t[floor:edge][::-1])
    if end is not None:
        floor = edge - end.start()
    pos = _last_stop(t, floor, edge)
    for _ in range(2):
        if pos < floor:
            return ""
        run = _run_before(t, pos)   # read once: the speech test and the phrase both need it
        if _strip_run(run).endswith(_SPEECH_VERBS):
            return ""
        phrase = _run_subject(run)
        if phrase:
            return phrase
        pos = _last_stop(t, floor, pos)
    return ""


def _bare_relation(run: str) -> str:
    """The relation (占比, 比重) when it is all the clause piece ``run`` names."""
    if not run.startswith(_RELATIONAL_WORDS):
        return ""   # stripping only shortens the end: the run must start with the relation
    run = _strip_run(run)
    return run if run in _RELATIONAL else ""


def _benchmark(run: str) -> str:
    """高于全省平均水平0.5个百分点 → 高于全省: the benchmark a gap is measured against
    (its 平均水平 dropped), or "" when the figure is no gap."""
    if _COMPARATOR_WORD.search(run) is None:
        return ""   # most figures: no benchmark word at all
    m = _COMPARATOR.search(_TRAILING_FILLER.sub("", run))
    if m is None:
        return ""
    words = _words(m.group())
    tags = _pos_tags()
    while len(words) > 2 and (words[-1] in _RELATIONAL or tags.get(words[-1]) in _FUNCTION_TAGS):
        words.pop()
    return "".join(words)


def _after_subject(t: str, end: int) -> str:
    window = t[end:end + 24]
    stop = _SUBJECT_STOP.search(window)
    run = window[:stop.start()] if stop else window
    if not run:
        return ""
    kept: list[str] = []
    tags = _pos_tags()
    for w in _segment(run):
        if w in _BOUNDARIES or w in _CHANGE_WORDS or w in _UNIT_WORDS or w in _AFTER_STOPS:
            break
        if len(w) > 1 and tags.get(w) == "d":
            break   # 学生陆续返校: an adverb starts what the counted did (not 特 in 专精特新)
        kept.append(w)
    phrase = "".join(kept)[:_MAX_CHARS]
    # 每9人中: no noun follows; but 9个村入选: a bound noun (zg) is one right after its measure word
    words = kept if len(phrase) == sum(map(len, kept)) else None
    return phrase if _is_noun_phrase(phrase, tags, _AFTER_SINGLE_TAGS, words) else ""


def _implied_unit(words: str, after: bool = False) -> str | None:
    """The unit a subject implies when the figure has none (人口 → 人): the
    subject ends with one of its nouns, or (``after``) the text starts with one,
    after at most a two-character modifier (6万贫困人口)."""
    if after:
        starts = [k for k in range(_AFTER_MODIFIER + 1) if _CJK_RUN.fullmatch(words, 0, k)]
        return next((unit for k in starts for unit, nouns in _IMPLIED_UNITS.items()
                     if words.startswith(nouns, k)), None)
    return next((unit for unit, nouns in _IMPLIED_UNITS.items() if words.endswith(nouns)), None)


def _milestone_unit(t: str, c: _Candidate) -> str | None:
    """元 for a round amount passed as a milestone (首次迈入千亿大关, 突破60亿大关) when an amount of
    money is named earlier in its clause (地区生产总值, 规上工业产值)."""
    if not _MILESTONE.match(t, c.end):
        return None
    clause = t[_last_stop(t, max(0, c.start - _MILESTONE_REACH), c.start) + 1:c.start]
    return "元" if any(noun in clause for noun in _IMPLIED_UNITS["元"]) else None


#: What follows a round amount passed as a milestone, and how far back its clause is read.
_MILESTONE = re.compile("大关|台阶|关口")
_MILESTONE_REACH = 30


#: The scale words an amount of money with no unit ends with (投资1.85亿, 补贴2000万).
_MONEY_SCALES = frozenset("万亿")
#: How many characters may stand between a figure and the noun after it that implies its unit.
_AFTER_MODIFIER = 2


def _ends_a_verb(t: str, end: int) -> bool:
    """Whether the hedge ending at ``end`` is the end of a verb (节约, 经过): no hedge then."""
    return t[max(0, end - 2):end] in _NOT_HEDGES


def _distribute_subjects(t: str, out: list[Quantity]) -> None:
    """Hand a list of subjects to a list of figures in order (分别).

    ``城镇、农村居民人均可支配收入分别达到52316元、28745元，分别增长4.9%和6.8%``:
    the first figure of each list is the towns', the second the villages'. The
    last subject of the list is written whole; the ones before it only name
    what differs (城镇 for 农村), so they take the rest of the last one.
    """
    handed: list[str] = []
    handed_end = 0
    for group in _figure_lists(t, out):
        if len(group) < 2:
            continue   # a lone figure gets no subject handed to it
        first = group[0]
        clause_start = _last_stop(t, 0, first.start) + 1
        if handed and _SENTENCE_END.search(t, handed_end, clause_start):
            handed = []   # a new sentence: the last list's subjects no longer apply
        clause = t[clause_start:first.start]
        word = next((w for w in _RESPECTIVELY if w in clause), None)
        if word is None:
            continue
        items = [_COUNT_BEFORE.sub("", i) for i in _LIST_SPLIT.split(clause[:clause.index(word)]) if i]
        if len(items) == len(group):
            handed = _expand_items(items, first.subject)
        elif len(items) > 1 or len(handed) != len(group):
            continue
        for q, subject in zip(group, handed, strict=True):
            q.subject = subject
        handed_end = group[-1].end


def _figure_lists(t: str, out: list[Quantity]) -> Iterator[list[Quantity]]:
    """Runs of figures joined by 、和与及 only (52316元、28745元), in text order."""
    group: list[Quantity] = []
    for q in out:
        if group and t[group[-1].end:q.start] in _JOINERS:
            group.append(q)
            continue
        if group:
            yield group
        group = [q]
    if group:
        yield group


def _expand_items(items: list[str], last_subject: str) -> list[str]:
    """城镇 / 农村常住居民收入 → 城镇常住居民收入, 农村常住居民收入: a short item names what
    differs and takes the place of as many characters at the start of the last one; a
    whole name (省大中型项目 beside 六大攻坚战项目) stays as it is."""
    last = last_subject if last_subject and items[-1].endswith(last_subject) else items[-1]
    ordinal = "第" if items[0].startswith("第") else ""   # 第一、二、三产业
    numeral = _CHINESE_NUMERAL.match(last.removeprefix(ordinal))
    head = ""
    if ordinal and numeral:
        last = ordinal + last.removeprefix(ordinal)
        rest = last[len(ordinal) + numeral.end():]
    else:
        words = _segment(last)
        head = words[-1] if len(words) > 1 else ""
        rest = last
    expanded = []
    for item in items[:-1]:
        if _CHINESE_NUMERAL.fullmatch(item):
            item = ordinal + item
        whole = (bool(head) and item.endswith(head)) or len(item) >= _WHOLE_ITEM_CHARS
        if not rest or whole or len(item) >= len(last):
            expanded.append(item)
        elif ordinal and numeral:
            expanded.append(item + rest)
        else:
            expanded.append(item + rest[len(item):])
    return [*expanded, last]


_CLAUSE_STOPS = "，,。！？；!?;：:\n"
_CLAUSE_STOP = re.compile(f"[{re.escape(_CLAUSE_STOPS)}]")


def _last_stop(t: str, lo: int, hi: int) -> int:
    """Where the last clause stop of ``t[lo:hi]`` is, -1 when there is none; read
    backwards from ``hi`` a piece at a time, as the stop is most often near."""
    while hi > lo:
        piece = max(lo, hi - 64)
        m = _CLAUSE_STOP.search(t[piece:hi][::-1])
        if m is not None:
            return hi - 1 - m.start()
        hi = piece
    return -1
_LIST_SPLIT = re.compile(r"[、和与及]")
_WHOLE_ITEM_CHARS = 4   # a listed item this long names a thing itself, no part of the last
# a count opening a listed item (302个省大中型项目): the item names what is counted
_COUNT_BEFORE = re.compile(r"^[0-9.]+[万亿]?[个家项所座名户条台辆套件栋处批]?")
_CHINESE_NUMERAL = re.compile(r"[一二三四五六七八九十]+")


def _is_place(word: str, tags: dict[str, str]) -> bool:
    """A place name that only says where (深圳市, 青岛), not a noun such as 城市 or 农村."""
    if tags.get(word) != "ns" or word.endswith(_NOT_PLACE_HEADS):
        return False   # jieba tags 城镇人口 ns: a population, not a place
    return not (len(word) == 2 and word[-1] in _ADMIN_SUFFIXES)


@cache
def _pos_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (``ns`` place names, ``v`` verbs)."""
    from jieba import posseg

    return posseg.dt.word_tag_tab


@lru_cache(maxsize=8192)
def _segment(run: str) -> tuple[str, ...]:
    """Words of a short window (a subject candidate), never of a whole text."""
    return tuple(dictionary_cut(run))   # jieba.lcut(run, HMM=False), in less time


def load_segmenter() -> None:
    """Load jieba's dictionary now (it otherwise loads on the first subject that needs it)."""
    _segment("全区金融机构")


def _change(t: str, start: int) -> str | None:
    if t[start - 1:start] in ")）":   # 比上年增长(以下简称“增长”)2.4%: the verb before a note
        opened = max(t.rfind("(", max(0, start - _NOTE_REACH), start), t.rfind("（", max(0, start - _NOTE_REACH), start))
        start = opened if opened > 0 else start
    if t[start - 1:start] not in _CHANGE_ENDS:
        return None   # no verb of change (or hedge after one) ends right before the figure
    m = _CHANGE.search(t, max(0, start - 8), start)
    return None if m is None else _HEDGES["change"][m.group("verb")]


#: A person's age (岁, 周岁 read as it), and the qualifiers that make one a band of ages (以下, 及以上, 18至34).
_AGE = "岁"
_BAND_QUALIFIERS = frozenset({"less_than", "at_most", "at_least", "more_than", "range"})
#: How long a note in brackets between a verb of change and its figure may be.
_NOTE_REACH = 16
_BOUNDARIES = frozenset(_SUBJECTS["boundaries"])
_CHANGE_WORDS = frozenset(_HEDGES["change"])
_UNIT_WORDS = frozenset([*UNIT_TABLE, *_CURRENCIES])
_MAX_CHARS = int(_SUBJECTS["max_chars"])
_AFTER_STOPS = frozenset(_SUBJECTS["after_stops"])
_RESPECTIVELY = tuple(_SUBJECTS["respectively"])
_PER = re.compile(r"(?:每[一-龥]?[人户年月天日次亩吨])+$")
_COMPARISON = guarded(_SUBJECTS["comparisons"])
_BASIS = re.compile(_SUBJECTS["bases"])
_COMPARATOR_WORD = re.compile(_alternation(_SUBJECTS["comparators"]))
_COMPARATOR = re.compile(rf"(?:{_COMPARATOR_WORD.pattern})[一-龥]{{1,12}}$")
_RANKING = re.compile(_SUBJECTS["rankings"])
_DATED_COMPARISON = re.compile(_SUBJECTS["dated_comparisons"])
_DATE_AFTER_DIGITS = re.compile(_SUBJECTS["date_after_digits"])
_DATES_IN_CLAUSE = guarded(_SUBJECTS["dates_in_clause"])
_PREDICATES = frozenset(_SUBJECTS["predicates"])
# jieba joins some of them to the noun before (结构调整), so words of two characters or more
# are also taken off the end of the text itself.
_PREDICATE_TAIL = re.compile(rf"(?:{_alternation(p for p in _PREDICATES if len(p) > 1)})$")
_NOMINAL_VERBS = frozenset(_SUBJECTS["nominal_verbs"])
_RELATIONAL = frozenset(_SUBJECTS["relational_heads"])
_RELATIONAL_WORDS = tuple(_RELATIONAL)
_FUNCTION_TAGS = frozenset(_SUBJECTS["function_tags"])
_LEADING_TAGS = frozenset(_SUBJECTS["leading_tags"])
_NOUN_TAGS = frozenset(_SUBJECTS["noun_tags"])
_SINGLE_NOUN_TAGS = frozenset({"n", "ng", "nz"})
_AFTER_SINGLE_TAGS = _SINGLE_NOUN_TAGS | {"zg"}
_NOMINAL_SUFFIXES = frozenset(_SUBJECTS["nominal_suffixes"])
_SPEECH_VERBS = tuple(_SUBJECTS["speech_verbs"])
_TIME_TAKEN = re.compile(_SUBJECTS["time_taken"])
_FILLERS = [*_HEDGES["before_outside"], *_HEDGES["change"], *_HEDGES["before"],
            *_HEDGES["change_level"], "了"]
_TRAILING_FILLER = re.compile(rf"(?:{_alternation(_FILLERS)})$")
_SCOPE = re.compile(rf"^(?:{_alternation(_SUBJECTS['scope'])})+")
_ORG_PREFIX = re.compile(_SUBJECTS["organizations"])
_ADMIN_SUFFIXES = frozenset(_SUBJECTS["admin_suffixes"])
_NOT_PLACE_HEADS = tuple(_SUBJECTS["not_place_heads"])


def currency_code(unit: str) -> str | None:
    """ISO 4217 code of a money unit (``元`` → ``CNY``), None for other units.

    >>> currency_code("港元"), currency_code("家")
    ('HKD', None)
    """
    return CURRENCY_CODES.get(unit)


__all__ = ["UNIT_TABLE", "CURRENCY_CODES", "NumberSpan", "currency_code", "find_quantities",
           "parse_quantity"]
