"""Page → articles: bylines, datelines, headline blocks and continuation marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.articles import split_page
from extractors.text import decode

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_b7e6b95fe385097e.txt"


@pytest.fixture(scope="module")
def seed_articles():
    text = decode(SEED.read_bytes())
    return text, split_page(text)


# The sample page holds five articles: (title, reporters, dateline, continued, first words of body)
SEED_ARTICLES = [
    ("区第三届人大常委会第三十一次主任会议召开", ("仪博文",), "本报9月9日讯", False, "本报9月9日讯 今天上午"),
    ("区政协党组书记、主席逯鹰到新区太行山路小学、新区实验初级中学…", ("龚鹏",), "本报9月9日讯", False,
     "本报9月9日讯 在第40个教师节"),
    ("西海岸新区工委党校2024年秋季学期开学典礼举行", ("陈蔚",), "本报9月9日讯", False, "本报9月9日讯 今天，西海岸"),
    ("肩并肩走流程，心贴心优服务", ("陈蔚", "胡全福", "王孜祎"), None, False, "提升行政审批服务质效"),
    ("金融与科技双向赋能", (), None, True, "（上接第一版）“春雨行动”"),
]


def test_sample_page_has_five_articles(seed_articles) -> None:
    _, articles = seed_articles
    assert len(articles) == len(SEED_ARTICLES)


@pytest.mark.parametrize(("index", "expected"), list(enumerate(SEED_ARTICLES)),
                         ids=[e[0][:8] for e in SEED_ARTICLES])
def test_sample_articles(seed_articles, index, expected) -> None:
    text, articles = seed_articles
    title, reporters, dateline, continued, body_head = expected
    art = articles[index]
    assert art.title == title
    assert art.reporters == reporters
    assert art.dateline == dateline
    assert art.continued is continued
    body = text[art.body_start:art.end].lstrip(" \u3000\n")
    assert body.startswith(body_head)


def test_articles_tile_the_page_in_order(seed_articles) -> None:
    text, articles = seed_articles
    for before, after in zip(articles, articles[1:], strict=False):
        assert before.end <= after.start
        assert not text[before.end:after.start].strip(" \u3000\n")
    # the headline block of the 行政审批 feature belongs to it, not to the article above
    assert "区行政审批服务局开展" in text[articles[3].start:articles[3].end]
    assert "区行政审批服务局开展" not in text[articles[2].start:articles[2].end]


PAGES = [
    pytest.param(
        "　　本报讯（记者 张三）3月5日，市统计局发布数据。\n　　全市GDP增长5.2%。",
        1, [("张三",)], id="no-byline-single-article",
    ),
    pytest.param(
        "　　□记者 王一 报道\n　　本报3月2日讯 会议召开。\n\n　　□记者 李二 赵三 报道\n　　本报3月2日讯 又一篇。",
        2, [("王一",), ("李二", "赵三")], id="two-bylines",
    ),
    pytest.param(
        "　　本报6月1日讯 今天，全市召开会议。\n　　会议强调要落实。\n　　本报6月1日讯 另一场会议举行。",
        2, [(), ()], id="datelines-without-bylines",
    ),
    pytest.param(
        "市场监管局推进\n放心消费行动\n\n　　□本报记者 刘洋　通讯员 周敏\n　　今年以来，全市新增经营主体3.2万户。",
        1, [("刘洋", "周敏")], id="headline-block-then-byline",
    ),
    pytest.param(
        "　　（上接第一版）全区完成投资120亿元。\n\n　　□记者 何平 报道\n　　本报5月8日讯 今天上午，区长调研。",
        2, [(), ("何平",)], id="continuation-then-article",
    ),
    pytest.param("全年粮食产量稳定在1.3万亿斤以上。", 1, [()], id="plain-text"),
    pytest.param("全市经济运行稳中向好\n　　本报讯（记者 李明 通讯员 王五）1月15日，市统计局发布统计公报。",
                 1, [("李明", "王五")], id="reporters-in-brackets-after-the-dateline"),
    pytest.param("　　本报讯 记者 李明 报道 1月15日，市统计局发布统计公报。\n"
                 "　　本报讯 记者从市统计局获悉，全年实现地区生产总值1865.3亿元。",
                 2, [("李明",), ()], id="reporters-bare-after-the-dateline"),
]


@pytest.mark.parametrize(("page", "count", "reporters"), PAGES)
def test_other_page_layouts(page: str, count: int, reporters: list[tuple[str, ...]]) -> None:
    articles = split_page(page)
    assert len(articles) == count
    assert [a.reporters for a in articles] == reporters


def test_headline_before_byline_is_the_title() -> None:
    page = "市场监管局推进\n放心消费行动\n\n　　□本报记者 刘洋\n　　今年以来，全市新增经营主体3.2万户。"
    (article,) = split_page(page)
    assert article.title == "市场监管局推进放心消费行动"
    assert article.start == 0


def test_a_continued_to_mark_closes_the_article_above_and_is_no_title() -> None:
    page = ("区政府召开常务会议\n　　□记者 张华 报道\n　　本报3月12日讯 昨天下午，区长主持会议。\n"
            "力争3月底前全部开工。\n（下转第二版）\n我区举办春季大型招聘会\n　　□通讯员 赵敏 记者 孙丽\n"
            "　　本报讯 3月9日，招聘会在区体育中心举行。")
    first, second = split_page(page)
    assert [first.title, second.title] == ["区政府召开常务会议", "我区举办春季大型招聘会"]
    assert page[first.start:first.end].endswith("（下转第二版）")
    assert second.reporters == ("赵敏", "孙丽")


def test_kicker_is_skipped_for_the_main_title() -> None:
    page = ("区农业农村局开展“三夏”生产督导活动，助力夏粮颗粒归仓，确保应收尽收\n\n抢抓农时保夏收\n\n"
            "　　□本报记者 孙力\n　　今年全区小麦种植面积达12万亩。")
    (article,) = split_page(page)
    assert article.title == "抢抓农时保夏收"


def test_dateline_month_day_in_chinese_numerals() -> None:
    (article,) = split_page("　　本报十二月三十一日讯 今天，全区召开大会。")
    assert article.month_day == (12, 31)


def test_lead_title_skips_reporters_after_the_dateline() -> None:
    (article,) = split_page("　　本报讯 记者 李明 报道 1月15日，市统计局发布统计公报。全年增长5%。")
    assert article.title == "市统计局发布统计公报"


def test_lead_title_skips_time_phrases() -> None:
    (article,) = split_page("　　本报4月1日讯 今天上午，市政府召开常务会议。")
    assert article.title == "市政府召开常务会议"


def test_no_article_is_empty_and_articles_never_overlap() -> None:
    # Shuffled lines (as in the benchmark corpus) put bylines next to each other
    # and headline-like lines right after a byline.
    page = ("　　□记者 王一 报道\n审批服务局工程建设分管负责人、\n\n　　□记者 李二 报道\n"
            "（上接第一版）全区完成投资120亿元。\n　　□记者 赵三 报道\n　　□记者 钱四 报道\n"
            "　　本报5月8日讯 今天上午，区长调研。")
    articles = split_page(page)
    for a, b in zip(articles, articles[1:], strict=False):
        assert a.end <= b.start
    for a in articles:
        assert page[a.start:a.end].strip()
    # a byline with no text under it (李二, 赵三) stays with the article above
    assert [a.reporters for a in articles] == [("王一",), (), ("钱四",)]
