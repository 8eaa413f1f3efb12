"""Observation fields: where, when, which indicator and what kind of figure.

A quantity says how much; to be compared with another figure it must also say
which place it is about (``area``), when it holds (``period``), which standard
indicator it is (``indicator``), whether it is a level, a growth rate, a share…
(``measure``) and whether it is a plan rather than an outcome (``target``).
The rules follow ``tests/gold/OBSERVATIONS.md``; their word lists are in
``lexicon/observations.yaml``, ``indicators.yaml`` and ``places.yaml``.

>>> from datetime import date
>>> from extractors.quantities import find_quantities
>>> from extractors.dates import find_dates
>>> body = "1—10月份，全市规模以上工业增加值同比增长3.4%，其中10月份增长5.1%。"
>>> qs = find_quantities(body)
>>> home = places.gazetteer().lookup("青岛市")[0]
>>> annotate(body, qs, find_dates(body, date(2024, 11, 20)), home, date(2024, 11, 20))
>>> [(q.text, q.area, q.period, q.indicator, q.measure.value) for q in qs]
[('3.4%', '青岛市', '2024-01/2024-10', '规模以上工业增加值', 'growth'), ('5.1%', '青岛市', '2024-10', '规模以上工业增加值', 'growth')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import places, wordlists
from .dates import find_dates, iso_bounds
from .indicators import catalogue
from .places import Place
from .records import DateMention, Measure, Quantity
from .text import sentence_bounds


@dataclass(frozen=True, slots=True)
class _Words:
    growth: tuple[str, ...]
    share: tuple[str, ...]
    base_before: tuple[str, ...]
    base_after: tuple[str, ...]
    target: re.Pattern[str]
    filler: re.Pattern[str]
    annual: tuple[str, ...]
    subject_openers: tuple[str, ...]
    headings: tuple[re.Pattern[str], ...]


@cache
def _words() -> _Words:
    lex = wordlists.load("observations")
    cues = sorted(lex["target_cues"], key=len, reverse=True)
    blocked = sorted(lex["not_target_cues"], key=len, reverse=True)
    # a blocked word is matched first and skipped; a cue followed by 的 names
    # what an outcome is measured against (完成年度计划的95%)
    target = re.compile("|".join(
        [f"(?:{'|'.join(map(re.escape, blocked))})"]
        + [f"(?P<cue>{'|'.join(map(re.escape, cues))})(?!的)"]))
    filler = re.compile("(?:" + "|".join(map(re.escape, sorted(lex["filler"], key=len, reverse=True)))
                        + r"|[，、；：,;:\s\d.%（）()])*")
    return _Words(
        growth=tuple(lex["growth_words"]), share=tuple(lex["share_words"]),
        base_before=tuple(lex["base_before"]), base_after=tuple(lex["base_after"]),
        target=target, filler=filler, annual=tuple(lex["annual"]),
        subject_openers=tuple(lex["subject_openers"]),
        headings=tuple(re.compile(p) for p in lex["heading_markers"]),
    )


# --- the article's own place ------------------------------------------------

_LEVEL_GROUPS = {"district": ("county", "zone"), "county": ("county", "zone"),
                 "city": ("city",), "province": ("province",)}


def home_area(title: str, body: str, mentions: Sequence[places.Mention] | None = None) -> Place | None:
    """The place an article is about: the most named place of the level its
    self references (全区, 全市…) point to, the title's places counting triple.
    ``mentions`` are the body's, when already found.

    >>> home_area("一季度温江区经济实现开门红", "全区地区生产总值增长21.3%，成都市增长…").name
    '温江区'
    >>> home_area("", "本报讯 全区金融机构达242家") is None
    True
    """
    gaz = places.gazetteer()
    titled = [m for m in gaz.mentions(title) if m.place] if title else []
    found = [*titled, *(gaz.mentions(body) if mentions is None else mentions)]
    named = [m for m in found if m.place and not m.comparison and m.place.level != "country"]
    if not named:
        return None
    _disambiguate(named)
    levels = Counter(m.self_ref for m in found if m.self_ref and m.self_ref != "country")
    score: Counter[Place] = Counter()
    for i, m in enumerate(named):
        assert m.place is not None
        score[m.place] += 1 + (2 if i < len(titled) else 0) + (1 if i == 0 else 0)
    if levels:
        wanted = _LEVEL_GROUPS[levels.most_common(1)[0][0]]
        fitting = Counter({p: s for p, s in score.items() if p.level in wanted
                           or (p.level == "county" and "city" in wanted and p.name.endswith("市"))})
        if fitting:
            score = fitting
    return score.most_common(1)[0][0]


def _disambiguate(mentions: Sequence[places.Mention]) -> None:
    """A name shared by several divisions (鼓楼区) takes the one whose city or
    province the text also names."""
    known = {m.place.code[:4] for m in mentions if m.place and m.place.code and not m.others}
    known |= {m.place.code[:2] for m in mentions if m.place and m.place.code and not m.others}
    for i, m in enumerate(mentions):
        if not m.others or m.place is None:
            continue
        for candidate in (m.place, *m.others):
            if candidate.code and (candidate.code[:4] in known or candidate.code[:2] in known):
                object.__setattr__(mentions[i], "place", candidate)
                break


# --- one article's quantities -----------------------------------------------

class _Context:
    """One article body, indexed for the questions each figure asks."""

    def __init__(self, body: str, dates: Sequence[DateMention], mentions: list[places.Mention],
                 home: Place | None, today: date | None) -> None:
        self.body, self.home, self.today = body, home, today
        self.sentences = sentence_bounds(body) or [(0, len(body))]
        self.starts = [s for s, _ in self.sentences]
        breaks = [m.start() for m in re.finditer("\n", body)]
        self.paragraph_of = [bisect_right(breaks, s) for s in self.starts]
        self.dates = sorted((d for d in dates if d.iso), key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]
        self.places = mentions
        self.place_starts = [m.start for m in mentions]
        self.headings = _headings(self)
        self._leads: dict[tuple[str, int], object] = {}

    def index(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.index(pos)]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Dates inside ``[start, end)``, nearest to ``end`` first."""
        lo, hi = bisect_right(self.date_starts, start - 1), bisect_right(self.date_starts, end)
        return [d for d in reversed(self.dates[lo:hi]) if d.end <= end]

    def places_in(self, start: int, end: int) -> list[places.Mention]:
        lo, hi = bisect_right(self.place_starts, start - 1), bisect_right(self.place_starts, end)
        return [m for m in reversed(self.places[lo:hi]) if m.end <= end]

    def lead(self, kind: str, pos: int, probe: Callable[[int, int], object]) -> object:
        """What ``probe`` finds at the start of the nearest earlier sentence of the
        paragraph (a list's lead: 1—10月份，…；其中…); cached per sentence."""
        k = self.index(pos)
        key = (kind, k)
        if key not in self._leads:
            found: object = None
            if k > 0 and self.paragraph_of[k - 1] == self.paragraph_of[k]:
                found = probe(*self.sentences[k - 1])
                if found is None:
                    found = self.lead(kind, self.starts[k - 1], probe)
            self._leads[key] = found
        return self._leads[key]


def annotate(body: str, quantities: Sequence[Quantity], dates: Sequence[DateMention],
             home: Place | None, today: date | None,
             skip: Sequence[tuple[int, int]] = (),
             mentions: Sequence[places.Mention] | None = None) -> None:
    """Set the observation fields of ``quantities`` (spans are offsets into ``body``).

    ``home`` is the article's own place, ``today`` its date, ``skip`` the spans of
    names (organisations) whose places say nothing about a figure's area;
    ``mentions`` the body's places, when already found."""
    if not quantities:
        return
    gaz = places.gazetteer()
    found = [m for m in (gaz.mentions(body) if mentions is None else mentions)
             if not _inside(m.start, m.end, skip)]
    _disambiguate([m for m in found if m.place])
    found = sorted([*found, *gaz.towns(body, home)], key=lambda m: m.start)
    ctx = _Context(body, dates, found, home, today)
    previous: Quantity | None = None
    for q in sorted(quantities, key=lambda q: q.start):
        same_sentence = previous is not None and ctx.index(previous.start) == ctx.index(q.start)
        before = previous if same_sentence else None
        place = _area(q.start, ctx)
        q.area, q.area_code = (place.name, place.code) if place else (None, None)
        q.indicator = _indicator(q, ctx, before)
        q.measure = _measure(q, ctx)
        q.period = _period(q, ctx)
        q.target = _target(q, ctx)
        previous = q


def _annual(subject: str) -> bool:
    """年度改革举措: a figure of the current year, not of the day."""
    return subject.startswith(_words().annual)


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# --- area -------------------------------------------------------------------

def _area(pos: int, ctx: _Context) -> Place | None:
    """The nearest place before the figure in its sentence (not a comparison
    base), else the place leading its paragraph, else the article's own."""
    start, _ = ctx.sentence(pos)
    found = _place_between(start, pos, ctx)
    if found is None:
        found = ctx.lead("place", pos, lambda s, e: _place_between(s, min(e, s + 12), ctx))
    return found if isinstance(found, Place) else ctx.home


def _place_between(start: int, end: int, ctx: _Context) -> Place | None:
    gaz = places.gazetteer()
    for m in ctx.places_in(start, end):
        if m.comparison:
            continue
        if m.self_ref:
            return gaz.self_place(m.self_ref, ctx.home)
        if m.place and ctx.home and m.place.contains(ctx.home) and m.place != ctx.home \
                and m.place.level != "town":
            # 青岛市 named in a 西海岸新区 article is the city's figure only when the
            # city is the subject (青岛市实现…), not a name's first word (青岛某某公司)
            return m.place if _opens_subject(ctx.body, m.end) else ctx.home
        return m.place
    return None


def _opens_subject(body: str, pos: int) -> bool:
    """Whether what follows a place name is a figure's subject or verb, not the
    rest of a name."""
    after = body[pos:pos + 12]
    if not after or after[0] in "，、：的":
        return True
    return after.startswith(_words().subject_openers) or any(
        start == 0 for start, _, _ in catalogue().matches(after))


# --- period -----------------------------------------------------------------

def _period(q: Quantity, ctx: _Context) -> str | None:
    """The governing time phrase: one the figure stands in (未来5年), one before it
    in its sentence, a list's lead, a section heading, else the article's date
    (the year for 年度/全年 figures)."""
    start, _ = ctx.sentence(q.start)
    found = next((d.iso for d in ctx.dates_in(start, q.end) if d.start <= q.start < d.end), None)
    if found is None:
        found = _date_between(start, q.start, ctx)
    if found is None:
        lead = ctx.lead("date", q.start, lambda s, e: _date_between(s, min(e, s + 14), ctx, lead=True))
        found = lead if isinstance(lead, str) else None
    if found is None:
        found = _heading_period(q.start, ctx)
    if found is None and ctx.today:
        found = str(ctx.today.year) if _annual(q.subject) else ctx.today.isoformat()
    return found


def _date_between(start: int, end: int, ctx: _Context, lead: bool = False) -> str | None:
    words = _words()
    for d in ctx.dates_in(start, end):
        if lead and d.start - start > 4:
            continue
        before = ctx.body[max(start, d.start - 3):d.start]
        after = ctx.body[d.end:d.end + 3]
        if before.endswith(words.base_before) or after.startswith(words.base_after):
            continue
        if d.kind in ("vague", "time"):
            continue
        return d.iso
    return None


def _headings(ctx: _Context) -> list[tuple[int, int, str | None]]:
    """(position, rank, period) of each heading line: 一、2013年工作回顾."""
    out = []
    body = ctx.body
    line_starts = [0, *(m.end() for m in re.finditer("\n", body))]
    for start in line_starts:
        end = body.find("\n", start)
        line = body[start:end if end >= 0 else len(body)].strip()
        if not line:
            continue
        rank = next((i for i, rx in enumerate(_words().headings) if rx.match(line)), None)
        if rank is None and (len(line) > 30 or _SENTENCE_PUNCT.search(line)):
            continue
        period = None
        if _MAY_DATE.search(line):
            period = next((d.iso for d in find_dates(line, ctx.today)
                           if d.iso and d.kind not in ("vague", "time")), None)
        out.append((start, rank if rank is not None else 9, period))
    return out


_SENTENCE_PUNCT = re.compile("[。；！？，]")
_MAY_DATE = re.compile(r"[0-9〇零一二三四五六七八九十年月季今去上本明]")


def _heading_period(pos: int, ctx: _Context) -> str | None:
    rank_seen = 99
    for start, rank, period in reversed(ctx.headings):
        if start > pos or rank >= rank_seen:
            continue
        if period:
            return period
        rank_seen = rank
    return None


# --- indicator, measure, target ---------------------------------------------

def _indicator(q: Quantity, ctx: _Context, before: Quantity | None) -> str | None:
    cat = catalogue()
    found = cat.find(q.subject, q.unit_kind) if q.subject else None
    if found or (q.subject and ctx.body.startswith(q.subject, q.end)):
        return found    # the counted noun follows the figure (19家境内外上市公司)
    start = before.end if before else ctx.sentence(q.start)[0]
    window = ctx.body[start:q.start]
    found = cat.find(window, q.unit_kind)
    if found or before is None or not before.indicator:
        return found
    for d in ctx.dates:  # a time phrase between them (其中10月份) names no other subject
        if start <= d.start and d.end <= q.start:
            window = window.replace(ctx.body[d.start:d.end], "")
    window = cat.before_part_of(window)  # 820亿元，占地区生产总值比重60.7%: a share of the same
    if _words().filler.fullmatch(window) and q.unit_kind in cat.indicators[before.indicator].kinds:
        return before.indicator
    return None


def _measure(q: Quantity, ctx: _Context) -> Measure:
    if q.unit_kind == "points":
        return Measure.POINTS
    if q.unit_kind == "multiple":
        return Measure.MULTIPLE
    if q.unit_kind == "ratio":
        return Measure.SHARE
    words = _words()
    lead = ctx.body[max(ctx.sentence(q.start)[0], q.start - 12):q.start]
    if q.unit_kind == "percent":
        if q.change:
            return Measure.GROWTH
        if _last_of(lead, words.share) > _last_of(lead, words.growth):
            return Measure.SHARE
        if _last_of(lead, words.growth) >= 0:
            return Measure.GROWTH
        nature = catalogue().nature(q.indicator)
        return Measure.GROWTH if nature in ("flow", "stock") else Measure.SHARE
    return Measure.DIFFERENCE if q.change else Measure.LEVEL


def _last_of(text: str, words: tuple[str, ...]) -> int:
    return max((text.rfind(w) for w in words), default=-1)


def _target(q: Quantity, ctx: _Context) -> bool:
    start, _ = ctx.sentence(q.start)
    cue = any(m.group("cue") for m in _words().target.finditer(ctx.body[start:q.start]))
    if not cue:
        cue = bool(ctx.lead("cue", q.start, lambda s, e: _list_lead_cue(ctx.body[s:e])))
    if q.period is None or ctx.today is None:
        return cue
    period_start, period_end = iso_bounds(q.period)
    if period_start > ctx.today or (period_start == ctx.today and (period_end - period_start).days > 1):
        return True          # a figure of a period not yet begun (未来5年) is a plan or forecast
    return cue and period_end > ctx.today


def _list_lead_cue(sentence: str) -> bool | None:
    """A lead like 主要预期目标是：… makes the whole list a plan."""
    head, colon, _ = sentence.partition("：")
    if colon and any(m.group("cue") for m in _words().target.finditer(head)):
        return True
    return None
