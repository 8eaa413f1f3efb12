"""Stores the dashboard tests run on.

* :func:`build_known_store` — a hand-made page whose every record is known, so
  metric values, filters and highlights are asserted against known data;
* :func:`build_sample_store` — the sample page through the real pipeline;
* :func:`build_empty_store` — the schema and nothing else.
"""

from __future__ import annotations

from pathlib import Path

from extractors import extract
from extractors.hashing import content_hash
from extractors.records import (
    Article,
    DateMention,
    Extraction,
    Organization,
    Quantity,
    Topic,
)
from extractors.store import connect, write_extraction

PROJECT = Path(__file__).resolve().parents[2]
SAMPLE = PROJECT / "seeds" / "000_b7e6b95fe385097e.txt"

# Three articles from two districts on three dates. The third carries markup
# that must never render (a <script> tag, Markdown emphasis and a heading).
ARTICLES = [
    ("审批服务", "2024-09-09", ("区行政审批服务局",), ("政务服务",), (
        "审批服务再提速\n"
        "本报9月9日讯 今年以来，区行政审批服务局年办件量2万余件，"
        "76个事项实现集成办理。2021年初，区政务服务中心正式运行。"
    )),
    ("金融发展", "2024-10-15", ("区金融局", "区行政审批服务局"), ("金融",), (
        "金融发展加速度\n"
        "本报10月15日讯 区金融局介绍，全区金融机构达242家，上市公司市值突破2500亿元。"
        "2024年9月，区金融局召开座谈会。区行政审批服务局统计，全区年办件量3万余件。"
    )),
    ("安全测试", "2024-11-20", ("区教育和体育局",), ("教育",), (
        "<script>alert('x')</script>**粗体**\n"
        "# 不是标题\n本报11月20日讯 全区新建学校12所，区教育和体育局表示，今年计划投入近万亿元。"
    )),
]


def known_extraction() -> Extraction:
    """The hand-made page: text, articles, and records at the offsets they name."""
    page = "\n\n".join(body for *_, body in ARTICLES)
    ex = Extraction(source="known.txt", text=page, pubdate="2024-11-21")
    offset = 0

    def at(body: str, base: int, needle: str, nth: int = 0) -> tuple[int, int]:
        pos = -1
        for _ in range(nth + 1):
            pos = body.index(needle, pos + 1)
        return base + pos, base + pos + len(needle)

    for ordinal, (key, iso, departments, topics, body) in enumerate(ARTICLES):
        aid = f"art-{key}"
        title = body.split("\n", 1)[0]
        ex.articles.append(Article(
            text=title, start=offset, end=offset + len(body), article=aid, id=aid, title=title,
            reporters=("记者甲",), date=iso, date_source="dateline", body_start=offset,
            body_end=offset + len(body), topics=topics,
        ))
        for name in departments:
            s, e = at(body, offset, name)
            ex.organizations.append(Organization(
                text=name, start=s, end=e, article=aid, name=name, kind="government"))
        for label in topics:
            ex.topics.append(Topic(text=label, start=offset, end=offset, article=aid,
                                   label=label, weight=1.0))
        for needle, value, unit, kind, qualifier, subject in _QUANTITIES[key]:
            s, e = at(body, offset, needle)
            ex.quantities.append(Quantity(
                text=needle, start=s, end=e, sentence=_sentence(body, needle), article=aid,
                value=value, unit=unit, unit_kind=kind, qualifier=qualifier, subject=subject,
                topics=topics,
            ))
        for needle, date_iso, granularity, event, actor in _DATES[key]:
            s, e = at(body, offset, needle)
            ex.dates.append(DateMention(
                text=needle, start=s, end=e, sentence=_sentence(body, needle), article=aid,
                iso=date_iso, granularity=granularity, kind=granularity or "vague",
                relative=False, event=event, actor=actor, topics=topics,
            ))
        offset += len(body) + 2
        del ordinal
    return ex


_QUANTITIES = {
    "审批服务": [
        ("2万余件", 20000.0, "件", "count", "more_than", "年办件量"),
        ("76个", 76.0, "个", "count", "exact", "事项"),
    ],
    "金融发展": [
        ("242家", 242.0, "家", "count", "exact", "金融机构"),
        ("2500亿元", 250000000000.0, "元", "money", "more_than", "市值"),
        ("3万余件", 30000.0, "件", "count", "more_than", "年办件量"),
    ],
    "安全测试": [
        ("12所", 12.0, "所", "count", "exact", "学校"),
        ("近万亿元", 1e12, "元", "money", "nearly", "投入"),
    ],
}

_DATES = {
    "审批服务": [
        ("9月9日", "2024-09-09", "day", "审批服务再提速", None),
        ("2021年初", "2021-01", "month", "区政务服务中心正式运行", "区政务服务中心"),
    ],
    "金融发展": [
        ("10月15日", "2024-10-15", "day", "区金融局介绍", "区金融局"),
        ("2024年9月", "2024-09", "month", "区金融局召开座谈会", "区金融局"),
    ],
    "安全测试": [
        ("11月20日", "2024-11-20", "day", "全区新建学校12所", "区教育和体育局"),
        ("今年", "2024", "year", "计划投入近万亿元", None),
    ],
}


def _sentence(body: str, needle: str) -> str:
    pos = body.index(needle)
    start = max(body.rfind(ch, 0, pos) for ch in "。\n") + 1
    ends = [i for i in (body.find(ch, pos) for ch in "。\n") if i >= 0]
    return body[start:(min(ends) + 1 if ends else len(body))]


def build_known_store(path: Path) -> Path:
    ex = known_extraction()
    con = connect(path)
    try:
        write_extraction(con, ex, ex.source, content_hash(ex.text), len(ex.text.encode()))
    finally:
        con.close()
    return path


def build_sample_store(path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    ex = extract(text, pubdate="2024-09-10", source=SAMPLE.name)
    con = connect(path)
    try:
        write_extraction(con, ex, SAMPLE.name, content_hash(text), len(text.encode()))
    finally:
        con.close()
    return path


def build_empty_store(path: Path) -> Path:
    connect(path).close()
    return path
