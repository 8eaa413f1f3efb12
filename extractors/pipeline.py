"""Text in, records out: the one place that runs every extractor over a page.

Data flows one way: decoded text → normalised text (full-width folded,
hard wraps joined, with a map back) → articles → per-article records whose
spans are mapped back to the original text.
"""

from __future__ import annotations

import argparse
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from . import dates, observations, organizations, places, quantities, tables, topics
from .article_dates import article_dates
from .articles import ArticleSpan, read_page
from .hashing import content_hash
from .places import Place
from .records import Article, DateMention, Extraction, Mention, Organization, Quantity
from .reference import Reference, parse_pubdate
from .text import (
    CAPTION_LINE,
    DATE_PIECE_LINE,
    WEB_ADDRESS,
    NormText,
    Spans,
    normalize,
    sentence_bounds,
)


@dataclass(frozen=True, slots=True)
class Settings:
    """What the extractors need to know besides the text, given once."""

    pubdate: date | None = None   # the issue date of the page (reference date): its first day
    source: str = ""              # file name or label; a date in it is a fallback
    pubdate_precision: str = "day"    # day | month | year: how much of ``pubdate`` is known
    pubdate_source: str = "pubdate"   # pubdate | pubdates.csv: where ``pubdate`` came from
    area: str | None = None       # the page's place as its user gives it, for text that names none

    @property
    def reference(self) -> Reference | None:
        if self.pubdate is None:
            return None
        return Reference(self.pubdate, self.pubdate_precision, self.pubdate_source)  # type: ignore[arg-type]


def extract(text: str, pubdate: str | date | None = None, source: str | None = None,
            pubdate_source: str = "pubdate", area: str | None = None) -> Extraction:
    """Extract every record from one page of text.

    ``pubdate`` is the page's issue date: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``
    (a month or a year stands for its first day); ``pubdate_source`` says where
    it came from (``pubdate``, or ``pubdates.csv`` for a folder's list of dates).
    ``area`` is the page's place when its user knows it (a county's release that says
    only 全县): it stands in where the text names no place of its own.

    >>> ex = extract("　　□记者 王一 报道\\n　　本报3月2日讯 今天，全区金融机构达242\\n家。", pubdate="2024-03-03")
    >>> [a.date for a in ex.articles]
    ['2024-03-02']
    """
    ref = parse_pubdate(pubdate, pubdate_source) if pubdate else None
    return extract_document(text, Settings(
        pubdate=ref.day if ref else None, source=source or "",
        pubdate_precision=ref.precision if ref else "day", pubdate_source=pubdate_source, area=area))


#: A short page that reaches every extractor, jieba's dictionary included.
_WARM_UP_PAGE = ("　　□记者 王一 报道\n　　本报3月2日讯 今天上午，区行政审批服务局召开会议。"
                 "今年以来，全区政务服务事项76个，年办件量2万余件，市值突破2500亿元，同比增长12.5%。")


def warm_up() -> None:
    """Load every word list, compile every pattern and load jieba's dictionary
    now rather than on the first page (about 1.5 s, once per process)."""
    extract(_WARM_UP_PAGE, pubdate="2024-03-03", source="warm-up")
    quantities.load_segmenter()


def extract_document(text: str, settings: Settings = Settings()) -> Extraction:
    """Like :func:`extract`, with the settings in one object."""
    norm = normalize(text)
    page = read_page(text)
    spans = page.articles
    given = settings.reference
    ex = Extraction(source=settings.source, text=text,
                    pubdate=given.day.isoformat() if given else None)   # a month or year: its first day
    seen_ids: set[str] = set()
    chosen = article_dates(text, spans, page.furniture, given, settings.source)
    told = resolve_area(settings.area) if settings.area else None
    # The masthead is read from the page as printed: normalising joins a one-line
    # masthead (寒亭新闻) to the headline under it.
    area = _PageArea(text, places.gazetteer().mentions(norm.text), told)
    for ordinal, (span, ref) in enumerate(zip(spans, chosen, strict=True)):
        article = _article(text, span, ordinal, ref, seen_ids)
        ex.articles.append(article)
        _extract_article(norm, span, article, ref.day if ref else None, ex, area)
    return ex


def area_arg(value: str) -> str:
    """An ``argparse`` type for ``--area``: the name as given, or a clear error."""
    try:
        resolve_area(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return value


def resolve_area(name: str) -> Place:
    """The place a user names for a page; ValueError when the gazetteer knows none by it."""
    place = places.gazetteer().resolve(name)
    if place is None:
        raise ValueError(f"not a place zhibiao knows: {name!r} (give a division or zone, e.g. 酉阳县 or 重庆市涪陵区)")
    return place


class _PageArea:
    """The places named on a page (found once, in the normalised text), and the
    page's own place from its masthead in ``text`` as printed, worked out only when
    an article names none."""

    def __init__(self, text: str, mentions: list[places.Mention], given: Place | None = None) -> None:
        self.text = text
        self.mentions = mentions
        self.given = given   # the user's place for the page, where its text names none
        self.starts = [m.start for m in mentions]
        self._home: Place | None = None
        self._done = False

    def within(self, lo: int, hi: int) -> list[places.Mention]:
        """The mentions inside ``[lo, hi)``, with offsets from ``lo``."""
        first = bisect_right(self.starts, lo - 1)
        return [m.shifted(lo) for m in self.mentions[first:bisect_right(self.starts, hi)] if m.end <= hi]

    def home(self) -> Place | None:
        if not self._done:
            found = observations.page_home(self.text, self.mentions)
            if self.given is not None and found is not None and _holds(self.given, found) \
                    and found.level not in ("town", "village", "zone") \
                    and sum(1 for m in self.mentions if m.place == found) < 2:
                found = None   # 敖汉旗 named once in a reply from the region's department: the region's page
            if self.given is not None and (found is None or not _holds(self.given, found)):
                # the user's place for the page, unless the text's lies inside it (白城经济开发区 on
                # 白城市's page): 考察浙江… on a page from 龙游县; 北京 named once in passing on 仙游县's
                found = self.given
            self._home, self._done = found, True
        return self._home


def _outside_dates(found: list[Quantity], found_dates: list[DateMention]) -> list[Quantity]:
    """The figures that are no part of a date: not digits a date was written in (2025325 under a
    letter's signature is 2025年3月25日, not 2025325 of the line after), nor the length of a span a date
    writes (创近十年里各季度最高增速, 今后五年的指导思想); but a plan's horizon (未来5年将为新区提供…融资)
    is counted, as the sample's gold counts it."""
    written = Spans([(d.start, d.end) for d in found_dates if _DIGITS_DATE.fullmatch(d.text)])
    spans = Spans([(d.start, d.end) for d in found_dates if d.kind in ("period", "range") and d.end - d.start > 2
                   and not d.text.startswith(_HORIZON)])
    return [q for q in found if not written.holds(q.start)
            and not (q.unit_kind == "duration" and spans.holds(q.start) and spans.holds(q.end - 1))]


#: What opens a plan's horizon (未来5年): its length is a figure of the plan.
_HORIZON = "未来"


def _holds(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` is a province or city that holds ``inner``, or the division a
    town, village or zone ``inner`` lies in (沂水县 of 沂水县沙沟镇)."""
    if outer == inner:
        return False
    return outer.name in (inner.province, inner.city) or (
        inner.level in ("town", "village", "zone") and outer.level not in ("town", "village", "zone")
        and outer.code is not None and outer.code == inner.code)


def _article(text: str, span: ArticleSpan, ordinal: int, ref: Reference | None,
             seen: set[str]) -> Article:
    article_id = content_hash(text[span.start:span.end])[:16]
    if article_id in seen:  # the same text twice on one page
        article_id = content_hash(f"{article_id}:{ordinal}")[:16]
    seen.add(article_id)
    return Article(
        text=span.title, start=span.start, end=span.end, sentence="", article=article_id,
        id=article_id, title=span.title, reporters=span.reporters,
        date=ref.day.isoformat() if ref else None, date_source=ref.source if ref else None,
        date_precision=ref.precision if ref else None,
        dateline=span.dateline, body_start=span.body_start, body_end=span.end,
        continued=span.continued,
    )


def _extract_article(norm: NormText, span: ArticleSpan, article: Article, today: date | None,
                     ex: Extraction, page: _PageArea) -> None:
    lo, hi = norm.norm_index(span.start), norm.norm_index(span.end)
    body = _without_furniture(norm, norm.text[lo:hi], lo, span.furniture)
    bounds = sentence_bounds(body)
    starts = [b[0] for b in bounds]
    mapper = _Mapper(norm, lo, body, bounds, starts, article.id)

    body_orgs = organizations.find_organizations(body)
    # a chart's caption is page furniture, a web address a name: neither holds a figure or a date
    masked = Spans([m.span() for m in CAPTION_LINE.finditer(body)] + [m.span() for m in WEB_ADDRESS.finditer(body)]
                   + [m.span() for m in DATE_PIECE_LINE.finditer(body)])   # 11/23 beside a title: no fraction
    found_quantities = [q for q in quantities.find_quantities(body) if not masked.holds(q.start)]
    # a table's cells (粮食 122800 -3.9) are figures running text never reads
    found = Spans([(q.start, q.end) for q in found_quantities])
    cells = [c for c in tables.find_cells(body) if not found.overlaps(c.quantity.start, c.quantity.end)]
    row_labels = Spans([c.label for c in cells])   # a row's label (60 岁及以上) names the row, no figure
    found_quantities = [q for q in found_quantities if not row_labels.holds(q.start)]
    found_quantities = sorted([*found_quantities, *(c.quantity for c in cells)], key=lambda q: q.start)
    found_dates = [d for d in dates.find_dates(body, today, article.title) if not masked.holds(d.start)]
    found_quantities = _outside_dates(found_quantities, found_dates)
    mentions = page.within(lo, hi)
    home = observations.home_area(article.title, body, mentions, page.home())
    article.area, article.area_code = (home.name, home.code) if home else (None, None)
    observations.annotate(body, found_quantities, found_dates, home, today,
                          skip=[(o.start, o.end) for o in body_orgs], mentions=mentions, bounds=bounds,
                          title=article.title)
    for c in cells:   # what the row and column name, and the caption's year
        c.quantity.indicator = c.indicator
        c.quantity.period = c.year or c.quantity.period

    people = [mapper(p) for p in organizations.find_people(body, body_orgs)]
    for o in body_orgs:
        o.name = _qualified(o.name, home)
    orgs = sorted((mapper(o) for o in body_orgs), key=lambda o: o.start)
    org_starts = [o.start for o in orgs]
    found_topics = topics.score_topics(body)
    labels = tuple(t.label for t in found_topics)
    for t in found_topics:
        t.start, t.end, t.text, t.article = article.start, article.end, article.title, article.id
        ex.topics.append(t)
    article.topics = labels
    for q in found_quantities:
        q = mapper(q)
        q.topics = labels
        ex.quantities.append(q)
    for d in found_dates:
        d = mapper(d)
        d.topics = labels
        d.actor = d.actor or _actor(d, orgs, org_starts)
        ex.dates.append(d)
    ex.organizations.extend(orgs)
    ex.people.extend(people)


#: A date written in digits alone (2023-11-24, 2025325, 20231124日).
_DIGITS_DATE = re.compile(r"[\d\-/.]+日?")


def _without_furniture(norm: NormText, body: str, lo: int, furniture: tuple[tuple[int, int], ...]) -> str:
    """The body with its furniture lines blanked: no record comes from a page
    header, and offsets stay as they are."""
    for start, end in furniture:
        a, b = norm.norm_index(start) - lo, norm.norm_index(end) - lo
        body = body[:a] + " " * (b - a) + body[b:]
    return body


M = TypeVar("M", bound=Mention)


class _Mapper:
    """Moves a record found in an article body to the page's original offsets."""

    def __init__(self, norm: NormText, offset: int, body: str, bounds: list[tuple[int, int]],
                 starts: list[int], article_id: str) -> None:
        self.norm, self.offset, self.body = norm, offset, body
        self.bounds, self.starts, self.article_id = bounds, starts, article_id

    def __call__(self, record: M) -> M:
        start, end = self.norm.to_original(self.offset + record.start, self.offset + record.end)
        k = bisect_right(self.starts, record.start) - 1
        sentence = self.body[self.bounds[k][0]:self.bounds[k][1]] if k >= 0 else ""
        record.sentence = sentence
        record.article = self.article_id
        record.text = self.norm.original[start:end]
        record.start, record.end = start, end
        return record


_BARE_LEVELS = {"市": "city", "区": "district", "县": "county", "省": "province"}


def _qualified(name: str, home: Place | None) -> str:
    """A body named by its level alone takes the article's place: 市委 in an article
    about 合肥 is 合肥市委, 区行政审批服务局 in one about 西海岸新区 is
    青岛西海岸新区行政审批服务局, so two cities' 市委 are two departments."""
    level = _BARE_LEVELS.get(name[:1])
    if level is None or len(name) < 2:
        return name
    place = places.gazetteer().self_place(level, home)
    if place is None or not place.name.endswith(name[0]) or place.level in ("town", "village"):
        return name
    return place.name + name[1:]


def _actor(d: DateMention, orgs: list[Organization], starts: list[int]) -> str | None:
    """The organisation named in a date's event: one within the event's reach."""
    if not d.event:
        return None
    lo = bisect_right(starts, d.start - _ACTOR_REACH)
    for org in orgs[lo:bisect_right(starts, d.end + _ACTOR_REACH)]:
        if org.text.replace("\n", "") in d.event or (org.name and org.name in d.event):
            return org.name or org.text
    return None


#: How far from a date its event's organisation may stand (an event is at most
#: 60 characters of its clause).
_ACTOR_REACH = 400
