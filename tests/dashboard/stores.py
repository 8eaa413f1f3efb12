"""Stores the dashboard tests run on.

* :func:`build_known_store` — a hand-made page whose every record is known, so
  metric values, filters and highlights are asserted against known data;
* :func:`build_sample_store` — the sample page through the real pipeline;
* :func:`build_areas_store` — short pages of three places and two years
  through the real pipeline: the series the indicator page and the cards compare;
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
    Measure,
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
            body_end=offset + len(body), topics=topics, area=KNOWN_AREA, area_code=KNOWN_AREA_CODE,
        ))
        for name in departments:
            s, e = at(body, offset, name)
            ex.organizations.append(Organization(
                text=name, start=s, end=e, article=aid, name=name, kind="government"))
        for label in topics:
            ex.topics.append(Topic(text=label, start=offset, end=offset, article=aid,
                                   label=label, weight=1.0))
        for needle, value, unit, kind, qualifier, subject, period, target in _QUANTITIES[key]:
            s, e = at(body, offset, needle)
            ex.quantities.append(Quantity(
                text=needle, start=s, end=e, sentence=_sentence(body, needle), article=aid,
                value=value, unit=unit, unit_kind=kind, qualifier=qualifier, subject=subject,
                topics=topics, area=KNOWN_AREA, area_code=KNOWN_AREA_CODE, period=period,
                measure=Measure.LEVEL, target=target,
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


KNOWN_AREA, KNOWN_AREA_CODE = "青岛西海岸新区", "370211"

# needle, value, unit, unit kind, qualifier, subject, period, target. Counts of
# things that exist hold on their article's day; 今年计划投入 is a target for 2024.
_QUANTITIES = {
    "审批服务": [
        ("2万余件", 20000.0, "件", "count", "more_than", "年办件量", "2024-09-09", False),
        ("76个", 76.0, "个", "count", "exact", "事项", "2024-09-09", False),
    ],
    "金融发展": [
        ("242家", 242.0, "家", "count", "exact", "金融机构", "2024-10-15", False),
        ("2500亿元", 250000000000.0, "元", "money", "more_than", "市值", "2024-10-15", False),
        ("3万余件", 30000.0, "件", "count", "more_than", "年办件量", "2024-10-15", False),
    ],
    "安全测试": [
        ("12所", 12.0, "所", "count", "exact", "学校", "2024-11-20", False),
        ("近万亿元", 1e12, "元", "money", "nearly", "投入", "2024", True),
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


# Short pages of two cities in two provinces and a district of one of them, for
# two years: 地区生产总值 of each place in 2023 and 2024, a 2025 growth target
# (力争), two pages of one day that disagree on 青岛市's 2024 figure, a fall
# (下降3.4%), and a subject outside the catalogue (5G基站) stated for two years.
# Each file is its own source, with its own date, through the real extractor.
AREA_PAGES: dict[str, tuple[str, str]] = {
    "hefei_2024.txt": (
        "合肥市经济运行稳中有进\n\n　　本报讯 2023年，合肥市实现地区生产总值12673.8亿元，"
        "比上年增长5.8%。2023年，合肥市新建5G基站1.1万个。", "2024-01-30"),
    "hefei_2025.txt": (
        "合肥市2024年经济运行情况\n\n　　本报讯 2024年，合肥市实现地区生产总值13507.7亿元，"
        "比上年增长6.1%。2024年，合肥市新建5G基站1.3万个。"
        "2025年，全市地区生产总值力争增长6.5%左右。", "2025-01-26"),
    "qingdao_2024.txt": (
        "青岛市经济运行情况\n\n　　本报讯 2023年，青岛市实现地区生产总值15760.3亿元，"
        "比上年增长5.9%。", "2024-01-28"),
    "qingdao_2025.txt": (
        "青岛市2024年经济运行\n\n　　本报讯 2024年，青岛市实现地区生产总值16719.5亿元，"
        "比上年增长5.7%。", "2025-01-24"),
    "qingdao_2025b.txt": (
        "青岛经济再上新台阶\n\n　　本报讯 2024年，青岛市地区生产总值达16500.0亿元。", "2025-01-24"),
    "laoshan_2024.txt": (
        "崂山区经济运行\n\n　　本报讯 2023年，青岛市崂山区实现地区生产总值800.1亿元。"
        "2023年，崂山区规模以上工业增加值下降3.4%。", "2024-02-05"),
    "laoshan_2025.txt": (
        "崂山区2024年经济运行\n\n　　本报讯 2024年，青岛市崂山区实现地区生产总值850.2亿元，"
        "增长6.2%。2024年，崂山区规模以上工业增加值增长4.1%。", "2025-02-10"),
}


def build_areas_store(path: Path) -> Path:
    con = connect(path)
    try:
        for name, (text, pubdate) in AREA_PAGES.items():
            ex = extract(text, pubdate=pubdate, source=name)
            write_extraction(con, ex, name, content_hash(text), len(text.encode()))
    finally:
        con.close()
    return path


def build_empty_store(path: Path) -> Path:
    connect(path).close()
    return path


# --------------------------------------------------------------------------- the wide store
#
# Issue 9's "nothing silently dropped" needs more than three articles: a store
# whose dates run from 2008 to 2025, with an undated article, a date worked out
# from a file name, a lone event of 1904, more than 500 claims, more than
# thirteen departments, and topics whose article and claim counts differ by
# two orders of magnitude. The text is newspaper-like: hard-wrapped every
# WRAP characters, so claims cross line breaks the way they do in print.

WRAP = 15
WIDE_DEPARTMENTS = (
    "区发展和改革局", "区财政局", "区统计局", "区教育和体育局", "区卫生健康局", "区民政局",
    "区商务局", "区文化和旅游局", "区交通运输局", "区农业农村局", "区生态环境局", "区应急管理局",
    "区市场监管局", "区人力资源和社会保障局", "区住房和城乡建设局", "区科技局", "区水务局",
)
#: The focus article: its claim 近万亿元 is wrapped as 近万亿 / 元 in print.
FOCUS_TITLE = "海洋经济提速发展"
FOCUS_LINES = (
    "海洋经济提速发展",
    "本报讯 区发展和改革局介绍，",
    "国开行等金融机构将为新区提",
    "供近万亿",
    "元意向性融资支持。全区海洋",
    "企业达242家，新增12家。",
    "",
    "　　1904年开通胶济铁路后，港",
    "口货物吞吐量逐年增长。",
)
FOCUS_CLAIMS = (  # text, value, unit, kind, qualifier, subject, sentence (as stored: unwrapped)
    ("近万亿\n元", 1e12, "元", "money", "nearly", "意向性融资支持",
     "国开行等金融机构将为新区提供近万亿元意向性融资支持。"),
    ("242家", 242.0, "家", "count", "exact", "海洋企业", "全区海洋企业达242家，新增12家。"),
    ("12家", 12.0, "家", "count", "exact", "新增企业", "全区海洋企业达242家，新增12家。"),
)
UNDATED_TITLE = "社区服务中心完成改造"
FILENAME_TITLE = "农村公路养护提质"


def _wrap(body: str) -> tuple[str, list[int]]:
    """``body`` hard-wrapped every WRAP characters, and each original offset's
    new position (so records can be placed by the unwrapped offsets)."""
    lines, where = [], []
    for i, ch in enumerate(body):
        where.append(i + i // WRAP)
        lines.append(ch + ("\n" if (i + 1) % WRAP == 0 and i + 1 < len(body) else ""))
    where.append(len(body) + max(0, (len(body) - 1) // WRAP))
    return "".join(lines), where


def _wide_articles() -> list[dict]:
    """The articles of the wide store: (title, date, date source, departments,
    topics, sentences with their claims)."""
    articles = []
    subjects = (("企业", "家", "count"), ("项目", "个", "count"), ("投资", "元", "money"),
                ("就业", "人", "count"), ("增长", "%", "percent"))
    n = 0
    for year in range(2008, 2026):
        for half, month in ((0, 3), (1, 9)):
            n += 1
            dept = WIDE_DEPARTMENTS[n % len(WIDE_DEPARTMENTS)]
            # 经济运行 is in every article; 统计公报 in two only, with most claims each.
            topics = ("经济运行", "统计公报") if (year, half) in ((2024, 1), (2025, 0)) else ("经济运行",)
            count = 40 if "统计公报" in topics else 15
            claims = []
            for k in range(count):
                subject, unit, kind = subjects[k % len(subjects)]
                value = float(100 + year - 2000 + k * 7 + half)
                claims.append((f"{subject}{k + 1}", value, unit, kind))
            articles.append({
                "title": f"{year}年{'上' if half == 0 else '下'}半年{dept[1:]}工作综述",
                "date": f"{year}-{month:02d}-15", "date_source": "dateline",
                "departments": (dept, WIDE_DEPARTMENTS[(n + 5) % len(WIDE_DEPARTMENTS)]),
                "topics": topics, "claims": claims,
            })
    articles.append({"title": UNDATED_TITLE, "date": None, "date_source": None,
                     "departments": ("区民政局",), "topics": ("民生社保",),
                     "claims": [("服务中心", 8.0, "个", "count"), ("服务人次", 12000.0, "人", "count")]})
    articles.append({"title": FILENAME_TITLE, "date": "2023-06-01", "date_source": "filename",
                     "departments": ("区交通运输局",), "topics": ("交通",),
                     "claims": [("农村公路", 320.0, "公里", "measure")]})
    return articles


def _write_number(value: float, unit: str) -> str:
    if unit == "元":
        return f"{value:g}亿元"
    return f"{value:g}{unit}"


def wide_extraction() -> Extraction:
    """The wide page: every article hard-wrapped, its records at the offsets they name."""
    ex = Extraction(source="wide.txt", text="", pubdate=None)
    pieces: list[str] = []
    offset = 0

    def add_article(aid: str, title: str, text: str, iso: str | None, date_source: str | None,
                    departments: tuple[str, ...], topics: tuple[str, ...]) -> None:
        ex.articles.append(Article(
            text=title, start=offset, end=offset + len(text), article=aid, id=aid, title=title,
            date=iso, date_source=date_source, body_start=offset, body_end=offset + len(text),
            topics=topics,
        ))
        for name in departments:
            ex.organizations.append(Organization(
                text=name, start=offset, end=offset + 1, article=aid, name=name, kind="government"))
        for label in topics:
            ex.topics.append(Topic(text=label, start=offset, end=offset, article=aid, label=label,
                                   weight=1.0))

    for i, art in enumerate(_wide_articles()):
        aid = f"wide-{i:03d}"
        sentences = [f"{name}达{_write_number(value, unit)}。" for name, value, unit, _ in art["claims"]]
        body = "本报讯 " + "".join(sentences)
        wrapped, where = _wrap(body)
        text = art["title"] + "\n" + wrapped
        base = offset + len(art["title"]) + 1
        add_article(aid, art["title"], text, art["date"], art["date_source"], art["departments"],
                    art["topics"])
        pos = len("本报讯 ")
        for (name, value, unit, kind), sentence in zip(art["claims"], sentences, strict=True):
            figure = _write_number(value, unit)
            a = pos + len(name) + 1
            b = a + len(figure)
            s, e = base + where[a], base + where[b - 1] + 1
            ex.quantities.append(Quantity(
                text=wrapped[where[a]:where[b - 1] + 1], start=s, end=e, sentence=sentence,
                article=aid, value=value * (1e8 if unit == "元" else 1), unit=unit, unit_kind=kind,
                qualifier="exact", subject=name, topics=art["topics"], area=KNOWN_AREA,
                area_code=KNOWN_AREA_CODE, period=art["date"],  # a count as of its article's day
            ))
            pos += len(sentence)
        if art["date"]:
            s = base + where[0]
            ex.dates.append(DateMention(
                text="本报讯", start=s, end=base + where[3], sentence=sentences[0], article=aid,
                iso=art["date"], granularity="day", kind="day", event=art["title"],
                actor=art["departments"][0], topics=art["topics"],
            ))
        pieces.append(text)
        offset += len(text) + 2

    # The focus article, wrapped by hand: 近万亿 / 元, and the lone 1904 event.
    text = "\n".join(FOCUS_LINES)
    aid = "wide-focus"
    add_article(aid, FOCUS_TITLE, text, "2024-09-09", "dateline", ("区发展和改革局",), ("海洋",))
    for needle, value, unit, kind, qualifier, subject, sentence in FOCUS_CLAIMS:
        s = offset + text.index(needle)
        ex.quantities.append(Quantity(
            text=needle, start=s, end=s + len(needle), article=aid, value=value, unit=unit,
            unit_kind=kind, qualifier=qualifier, subject=subject, topics=("海洋",),
            sentence=sentence, area=KNOWN_AREA, area_code=KNOWN_AREA_CODE, period="2024-09-09",
        ))
    for needle, iso, granularity, event in (("1904年", "1904", "year", "开通胶济铁路"),
                                           ("本报讯", "2024-09-09", "day", FOCUS_TITLE)):
        s = offset + text.index(needle)
        ex.dates.append(DateMention(
            text=needle, start=s, end=s + len(needle), article=aid, iso=iso,
            granularity=granularity, kind=granularity, event=event, topics=("海洋",),
            sentence=event,
        ))
    pieces.append(text)
    ex.text = "\n\n".join(pieces)
    return ex


def build_wide_store(path: Path) -> Path:
    ex = wide_extraction()
    con = connect(path)
    try:
        write_extraction(con, ex, ex.source, content_hash(ex.text), len(ex.text.encode()))
    finally:
        con.close()
    return path
