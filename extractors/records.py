"""Typed records produced by the extractors.

Every record that points at text carries ``start``/``end``: Python character
offsets into the *original decoded* document (``doc[start:end] == text``), and
``sentence``, the sentence it stands in, so a figure can always be traced back.
``article`` is the id of the article (within the page) the record belongs to.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

Qualifier = Literal[
    "exact", "approx", "more_than", "less_than", "at_least", "at_most", "nearly", "range"
]
QUALIFIERS: tuple[str, ...] = (
    "exact", "approx", "more_than", "less_than", "at_least", "at_most", "nearly", "range",
)


class Measure(StrEnum):
    """What kind of figure a quantity is (the observation spec's ``measure``)."""

    LEVEL = "level"              # the amount itself: 1.35万亿元, 242家, 新增102家
    GROWTH = "growth"            # a rate of change: 同比增长6.1%, 下降3.3%
    DIFFERENCE = "difference"    # an absolute change: 比上年增加300亿元
    SHARE = "share"              # a part of a whole: 占…比重44.6%, 覆盖率
    POINTS = "points"            # a change of a rate: 提高0.5个百分点
    MULTIPLE = "multiple"        # 是…的8.7倍, 增长1.2倍


MEASURES: tuple[str, ...] = tuple(m.value for m in Measure)


@dataclass(slots=True)
class Mention:
    """Fields shared by every record that points into the text."""

    text: str
    start: int
    end: int
    sentence: str = ""
    article: str = ""

    def shifted(self, start: int, end: int, text: str) -> Mention:
        return dataclasses.replace(self, start=start, end=end, text=text)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data = {"type": self.record_type, **data}
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items()}

    record_type = "mention"


@dataclass(slots=True)
class Article(Mention):
    """One article of a page. ``text`` is the headline (or a short lead)."""

    id: str = ""
    title: str = ""
    reporters: tuple[str, ...] = ()
    date: str | None = None          # ISO date the article speaks from ("today"); a month's or year's first day
    date_source: str | None = None   # dateline | page_dateline | signed | pubdate | pubdates.csv | filename | inferred
    date_precision: str | None = None  # day | month | year: how much of ``date`` is known
    dateline: str | None = None      # e.g. "本报9月9日讯"
    body_start: int = 0
    body_end: int = 0
    topics: tuple[str, ...] = ()
    continued: bool = False          # starts with a continuation mark (上接第一版)
    area: str | None = None          # the article's own place (全区 means this): 青岛西海岸新区
    area_code: str | None = None     # its GB/T 2260 code (a zone's: the division it lies in)

    record_type = "article"


@dataclass(slots=True)
class Quantity(Mention):
    """A quantitative claim: ``"2万余件"`` → value 20000, unit 件, qualifier more_than."""

    value: float = 0.0
    value_max: float | None = None
    unit: str = ""
    unit_kind: str = "count"         # money | count | percent | points | multiple | ratio | duration | measure | index
    qualifier: str = "exact"
    subject: str = ""
    change: str | None = None        # increase | decrease
    topics: tuple[str, ...] = ()
    # The terms of a ratio (2.9:36.3:60.8) or the numerator and denominator of a fraction
    # (三分之一 → 1, 3); ``value`` is then the first term (ratio) or the quotient (fraction).
    # Empty for every other figure.
    values: tuple[float, ...] = ()
    # Observation fields: what makes the figure comparable with another (OBSERVATIONS.md).
    area: str | None = None          # the place whose figure it is
    area_code: str | None = None     # GB/T 2260 code of that place (or of the division it lies in)
    period: str | None = None        # ISO date or interval the figure holds for
    indicator: str | None = None     # catalogue name (地区生产总值) or None
    measure: Measure = Measure.LEVEL
    target: bool = False             # a plan or forecast, not an outcome
    # What a growth rate is measured against when not the same stretch a year before: 环比 (the
    # stretch just before), 两年平均 / 三年平均 (a yearly average over two or three years), 比2019年
    # (that year's same stretch, in a report on 2021). None for the usual year-on-year rate.
    basis: str | None = None

    record_type = "quantity"


@dataclass(slots=True)
class DateMention(Mention):
    """A dated or datable expression resolved against the article's date."""

    iso: str | None = None
    granularity: str | None = None   # day | month | year | period | range | now
    kind: str = "day"                # day | month | year | period | range | time | now | vague
    relative: bool = False
    event: str = ""
    actor: str | None = None
    topics: tuple[str, ...] = ()

    record_type = "date"


@dataclass(slots=True)
class Organization(Mention):
    """A department or organisation; ``name`` is the one normalised name per body."""

    name: str = ""
    kind: str = ""                   # government | party | congress | company | school | ...

    record_type = "organization"


@dataclass(slots=True)
class Person(Mention):
    """A named person with the titles the text gives them."""

    name: str = ""
    titles: tuple[str, ...] = ()
    organization: str | None = None
    role: str = ""                   # official | reporter

    record_type = "person"


@dataclass(slots=True)
class Topic(Mention):
    """A topic label of an article, with the weight of its keyword evidence."""

    label: str = ""
    weight: float = 0.0
    keywords: tuple[str, ...] = ()

    record_type = "topic"


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    source: str = ""
    text: str = ""
    pubdate: str | None = None
    articles: list[Article] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)

    def records(self) -> list[Mention]:
        """All records, in the order articles, then by position in the text."""
        rest: list[Mention] = [
            *self.quantities, *self.dates, *self.organizations, *self.people, *self.topics
        ]
        rest.sort(key=lambda r: (r.start, r.end, r.record_type))
        return [*self.articles, *rest]
