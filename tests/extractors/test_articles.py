"""Page → articles: bylines, datelines, headline blocks, continuation marks, page
furniture and titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from extractors.articles import is_credit_line, is_furniture, is_source_line, read_page, split_page
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


def test_a_government_site_s_metadata_table_is_no_title() -> None:
    """A 信息公开 page opens with its bracketed metadata fields ([ 索引号 ] …, [ 成文日期 ] …): they
    are metadata lines, and the title is the document's own first line after them."""
    page = ("[ 索引号 ] 11500228008652038C/2022-00037 [ 发文字号 ]\n[ 主题分类 ] 国民经济发展规划、计划 [ 体裁分类 ] 工作报告\n"
            "[ 发布机构 ] 某区人民政府 [有效性]\n[ 成文日期 ] 2022-09-14 [ 发布日期 ] 2022-09-14\n"
            "某区人民政府关于我区2022年1-6月国民经济和社会发展计划执行情况的报告\n区人大常委会\n"
            "今年以来，全区实现地区生产总值260.1亿元。")
    (article,) = split_page(page)
    assert article.title.startswith("某区人民政府关于我区2022年1-6月")
    assert is_credit_line("[ 成文日期 ] 2022-09-14 [ 发布日期 ] 2022-09-14")


def test_a_metadata_table_in_cells_gives_its_title_field() -> None:
    """The same table as a row of cells (索引号 | … | 发布机构 | … |): its lines are metadata, and
    its 标题 field is the title."""
    page = ("索引号 | pingyijtysj/2025-0000037 | 发布机构 | 平邑县交通运输局 |\n"
            "公开目录 | 人大代表建议办理结果 | 发布日期 | 2025-07-11 |\n文号 | 公开方式 | 主动公开 |\n"
            "标题 | 对县人大十九届四次会议第59号“铜石镇四好公路修建”建议的答复 |\n"
            "王丽君等代表: 你们提出的关于“铜石镇四好公路修建”的建议收悉。现答复如下: 县政府高度重视铜石镇农村公路建设。")
    (article,) = split_page(page)
    assert article.title == "对县人大十九届四次会议第59号“铜石镇四好公路修建”建议的答复"
    assert is_credit_line("文号 | 公开方式 | 主动公开 |")


@pytest.mark.parametrize("top", [
    # labelled with colons, no title field: the first line after them
    "索引号：000014349/2022-00123　　主题分类：综合政务\n发布机构：某县人民政府　　成文日期：2022-03-01\n"
    "发文字号：　　发布日期：2022-03-05\n关于某县2021年计划执行情况的报告",
    # letter-spaced labels, the title in a 信息名称 field set apart by spaces
    "索 引 号  jyjl/2021-00030\n信息名称  关于某县2021年计划执行情况的报告\n公开日期  2021-04-07  失效日期\n"
    "文  号   发布机构  某县教育局",
    # each label alone in brackets, its value on the next line, the title among them
    "[索 引 号]\n11500384008685526N/2024-00085\n[ 发字文号 ]\n某函〔2024〕49号\n[ 标  题 ]\n"
    "关于某县2021年计划执行情况的报告\n[ 成文日期 ]\n2024-05-20",
], ids=["colons", "letter-spaced", "label-above-value"])
def test_a_government_site_s_metadata_in_other_layouts(top: str) -> None:
    (article,) = split_page(top + "\n各位代表：\n2021年，全县实现地区生产总值100亿元。")
    assert article.title == "关于某县2021年计划执行情况的报告"


def test_a_metadata_line_between_headline_and_dateline_keeps_them_one_article() -> None:
    page = ("某某开发区建区20周年总结表彰大会举行\n发布:2015-10-9 10:14:56  来源:某某晚报  浏览次  编辑:佚名\n"
            "本报讯 (记者 王明) 10月8日下午,某某开发区建区20周年总结表彰大会隆重举行。")
    (article,) = split_page(page)
    assert (article.title, article.start) == ("某某开发区建区20周年总结表彰大会举行", 0)


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


# --- page furniture and titles (issue 8, item 5) ----------------------------------
# Lines written for these tests after the layouts of city papers and government web
# pages; none is copied from a development page.

FURNITURE = [
    pytest.param("2023年6月8日 星期四  责任编辑：王芳  要闻", True, id="page-header"),
    pytest.param("2022年11月23日　星期三　农历十月三十　第A02版：综合", True, id="header-lunar-and-page"),
    pytest.param("2023-05-06 10:21 星期六 来源：新华网", True, id="metadata-with-a-weekday"),
    pytest.param("第3版  本版编辑 刘洋", True, id="page-number-and-editor"),
    pytest.param("星期四", True, id="weekday-alone"),
    # a paper's archive prints its masthead, edition, date and page as a path
    pytest.param("平川日报(汉)/2023 年/5 月/8 日/第 003 版", True, id="archive-path-header"),
    pytest.param("平川日报/2023年/5月/8日", True, id="archive-path-without-page"),
    pytest.param("要闻", True, id="section-alone"),
    pytest.param("2023年6月8日 星期四 平川日报 http://epaper.example.com", True, id="e-paper-header-with-its-address"),
    pytest.param("2023年9月15日", False, id="a-date-alone-is-a-date-line"),
    pytest.param("编辑部召开工作会议", False, id="label-inside-a-word"),
    pytest.param("来源：市统计局。全市经济运行平稳。", False, id="a-sentence"),
    pytest.param("全区经济运行稳中向好", False, id="headline"),
    pytest.param("洛川县统计局　2022年10月21日", False, id="issuer-and-date"),
]


@pytest.mark.parametrize(("line", "expected"), FURNITURE)
def test_furniture_lines(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


# Credit lines stay text (their date is a date record) but are never a title.
CREDIT_LINES = [
    pytest.param("来源：临沂日报　发布时间：2022-11-23", True, id="web-metadata"),
    pytest.param("发布时间：2022-11-23 09:30", True, id="release-time"),
    pytest.param("2023-05-06 10:21 来源：新华网", True, id="time-then-source"),
    pytest.param("2023年9月15日", True, id="a-date-alone"),
    pytest.param("——2023年1月10日在宁波市第十六届人民代表大会第二次会议上", True, id="report-subtitle"),
    pytest.param("文/本报记者 李晓明 通讯员 王文 图/陈士春", True, id="byline-with-slashes"),
    pytest.param("甬交通函〔2023〕45号", True, id="document-number"),
    # a portal's metadata naming the paper it copies: its address makes it a web credit line (eval60)
    pytest.param("http://www.example.com.cn 2005年01月18日03:37 平川日报", True, id="web-copy-of-a-paper"),
    pytest.param("记者 王小林/文 陈海/摄", True, id="names-before-their-slashes"),
    pytest.param("记者招待会/新闻发布会", False, id="a-slash-after-no-name"),
    pytest.param("全区经济运行稳中向好", False, id="headline"),
    pytest.param("（记者 李明）今天上午，全市召开大会，部署今年经济工作，要求各部门抓好落实。", False,
                 id="a-sentence-that-opens-with-reporters"),
]


@pytest.mark.parametrize(("line", "expected"), CREDIT_LINES)
def test_credit_lines(line: str, expected: bool) -> None:
    assert is_credit_line(line) is expected
    assert not is_furniture(line)


def test_a_metadata_row_above_a_bulletins_title_leaves_it_the_title() -> None:
    """[ 成文日期 ] | … above 某县2024年…统计公报 and a paragraph that opens with 2024年 (eval61):
    the title line alone, not run on into the first sentence."""
    page = ("[ 成文日期 ] | 2025-03-28 | [ 发布日期 ] | 2025-03-28 |\n平川县2024年国民经济和社会发展统计公报\n"
            "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。面对复杂严峻的外部环境，"
            "全县上下坚持稳中求进工作总基调，经济运行总体平稳。\n一、综合\n初步核算，全年全县实现地区生产总值178.1亿元。\n")
    (article,) = read_page(page).articles
    assert article.title == "平川县2024年国民经济和社会发展统计公报"


def test_a_masthead_is_furniture_only_at_the_top_of_a_page() -> None:
    page = "黄岛新闻\n2024年9月10日\n我区秋季项目集中开工\n　　□记者 王一 报道\n　　本报9月9日讯 今天，全区开工项目32个。"
    p = read_page(page)
    assert [page[s:e] for s, e in p.furniture] == ["黄岛新闻"]
    (article,) = p.articles
    assert article.title == "我区秋季项目集中开工"   # neither the masthead nor the date
    assert page[article.start:].startswith("2024年9月10日")   # the date line stays in the text
    assert not is_furniture("黄岛新闻")


def test_an_archive_path_header_is_no_title_and_names_no_place() -> None:
    """西藏日报(汉)/2024 年/1 月/3 日/第 001 版 above a city's year review: the paper's
    masthead and date, no headline, and its region is not the article's place."""
    page = ("云南日报(汉)/2023 年/5 月/8 日/第 003 版\n又踏层峰辟新天\n——二〇二二年平川市发展综述\n"
            "本报记者 张一\n刚刚过去的2022年，平川市实现地区生产总值230亿元，增长10%；"
            "固定资产投资完成140亿元，增长17.7%。平川市各项目施工正酣。")
    (article,) = read_page(page).articles
    assert article.title == "又踏层峰辟新天"
    ex = extract(page, source="p.txt")
    assert {q.area for q in ex.quantities} == {"平川市"}
    assert not any(d.start < page.index("\n") for d in ex.dates)


def test_a_page_header_belongs_to_no_article_and_is_no_title() -> None:
    page = ("2023年6月8日 星期四  责任编辑：王芳  要闻\n\n全市外贸进出口增长8.2%\n\n"
            "　　□记者 陈晨 报道\n　　本报6月7日讯 记者从市商务局获悉，前5个月全市外贸进出口856亿元。")
    p = read_page(page)
    (article,) = p.articles
    assert article.title == "全市外贸进出口增长8.2%"
    assert article.start == page.index("全市外贸")
    assert [page[s:e] for s, e in p.furniture] == ["2023年6月8日 星期四  责任编辑：王芳  要闻"]


def test_a_header_inside_an_article_is_listed_with_it() -> None:
    # Two PDF pages copied one after the other: the second page's header falls
    # inside the article that runs over.
    page = ("　　□记者 陈晨 报道\n　　本报6月7日讯 全市完成投资120亿元，\n"
            "2023年6月8日 星期四  责任编辑：王芳  综合\n增长9.1%。")
    (article,) = read_page(page).articles
    assert [page[s:e] for s, e in article.furniture] == ["2023年6月8日 星期四  责任编辑：王芳  综合"]


TITLES = [
    pytest.param("临沂市住房公积金缴存额突破百亿元\n来源：临沂日报　发布时间：2022-11-23\n\n"
                 "　　记者从市住房公积金管理中心获悉，今年以来全市缴存住房公积金102.6亿元。",
                 "临沂市住房公积金缴存额突破百亿元", id="web-page-title-above-its-metadata"),
    pytest.param("政府工作报告\n——2023年1月10日在宁波市第十六届人民代表大会第二次会议上\n宁波市市长 汤飞帆\n\n"
                 "各位代表：\n　　现在，我代表市人民政府向大会报告工作。",
                 "政府工作报告", id="report-title-above-its-subtitle"),
    pytest.param("泉州市2022年国民经济和社会发展统计公报\n泉州市统计局\n2023年3月15日\n\n一、综合\n"
                 "　　2022年，全市实现地区生产总值12102.97亿元。",
                 "泉州市2022年国民经济和社会发展统计公报", id="bulletin-title-above-issuer-and-date"),
    pytest.param("　　本网讯4月29日，记者从省统计局获悉，一季度全省规模以上工业增加值增长6.1%。",
                 "一季度全省规模以上工业增加值增长6.1%", id="no-source-formula"),
    pytest.param("南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。",
                 "海南地区生产总值1675.57亿元", id="no-source-formula-ending-in-xiaoxi"),
    pytest.param("　　据市统计局消息，1—9月全市固定资产投资增长7.5%。",
                 "1—9月全市固定资产投资增长7.5%", id="no-according-to"),
    pytest.param("一、2013年工作回顾\n　　2013年，全市实现地区生产总值1860亿元，增长10.5%。",
                 "全市实现地区生产总值1860亿元", id="no-section-marker"),
    pytest.param("2021年4月22日 星期四  责任编辑：李红  要闻\n\n"
                 "　　本报讯 近日，区行政审批服务局推出“一件事一次办”服务。",
                 "区行政审批服务局推出“一件事一次办”服务", id="no-page-header"),
    pytest.param("　　（上接第一版）\n文旅消费持续升温\n\n　　国庆假期，全区接待游客128万人次。",
                 "文旅消费持续升温", id="headline-after-a-continuation-mark"),
    pytest.param("关于全市2022年国民经济和社会发展计划\n执行情况与2023年计划草案的报告\n（书面）\n各位代表：\n"
                 "　　受市人民政府委托，现将有关情况报告如下。",
                 "关于全市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告",
                 id="document-title-wrapped-over-two-lines"),
    pytest.param("温岭市2022年国民经济和社会发展统计公报\n温岭市统计局\n\n　　2022年，全市经济稳中有进。",
                 "温岭市2022年国民经济和社会发展统计公报", id="the-issuer-is-no-part-of-the-title"),
    pytest.param("甬交通函〔2023〕45号\n关于市十六届人大二次会议\n第112号建议的答复\n李明代表：\n"
                 "　　您提出的建议收悉。",
                 "关于市十六届人大二次会议第112号建议的答复", id="a-document-number-is-no-title"),
    pytest.param("政 府 工 作 报 告\n\n　　各位代表：现在，我代表市人民政府向大会报告工作。",
                 "政府工作报告", id="a-letter-spaced-title"),
    pytest.param("新华网杭州3月5日电\n（记者 李明）今天上午，杭州市第十四届人民代表大会第三次会议开幕，"
                 "会议听取了政府工作报告。",
                 "杭州市第十四届人民代表大会第三次会议开幕", id="a-dateline-alone-is-no-title"),
]


@pytest.mark.parametrize(("page", "title"), TITLES)
def test_titles(page: str, title: str) -> None:
    articles = split_page(page)
    assert articles[-1].title == title


def test_a_continued_to_mark_at_a_line_end_closes_the_article_above() -> None:
    page = ("　　□记者 张华 报道\n　　本报3月12日讯 昨天下午，区长主持会议。会议要求\n"
            "各部门抓好落实。（下转第二版）\n\n我区举办春季招聘会\n\n"
            "　　□记者 孙丽 报道\n　　本报3月12日讯 3月9日，招聘会举行。")
    first, second = split_page(page)
    assert second.title == "我区举办春季招聘会"
    assert page[first.start:first.end].endswith("（下转第二版）")


def test_a_web_copys_posting_line_keeps_the_headline_above_it() -> None:
    """黄山日报 2010-04-20 18:19 under a headline is when the copy was posted, not a printed
    page header above every headline: the line above it stays the article's headline."""
    page = ("歙县园区建设提速增效四重点项目集中开工\n黄山日报 2010-04-20 18:19\n"
            "本报讯 4月18日上午，歙县经济开发区4个重点项目集中开工。\n")
    assert [a.headline for a in split_page(page)] == ["歙县园区建设提速增效四重点项目集中开工"]


def test_a_lead_title_skips_the_clause_that_only_says_when() -> None:
    """A page with no headline takes its lead as title, past 9月25日上午."""
    page = "9月25日上午,“亲近母亲河重走丝绸路”采风记者见面会在瓜州县举行,采访团一行40多人参加了此次会议。\n"
    assert [a.title for a in split_page(page)] == ["“亲近母亲河重走丝绸路”采风记者见面会在瓜州县举行"]


@pytest.mark.parametrize(("line", "expected"), [
    ("大众网青岛2月19日讯", True),
    ("南海网海口7月25日消息", True),
    ("本报讯（记者 李明）", True),
    ("青岛市十五届人大三次会议开幕", False),
    ("", False),
])
def test_a_source_formula_alone_on_its_line(line: str, expected: bool) -> None:
    assert is_source_line(line) is expected


def test_a_metadata_line_ending_with_the_page_s_address_stays_with_its_headline() -> None:
    """来源:海南日报 2019-04-26 07:37   http://…/ under a headline is its web page's metadata: the
    dateline under it opens the same article, not a second one."""
    page = ("平川县今年拟完成项目投资120.7亿元\n来源:海南日报 2019-04-26 07:37   http://www.example.com/\n"
            "本报椰林4月25日电(记者李艳玫)近日,记者从平川县发改委获悉,2019年该县有9个项目被列入省重点项目。\n"
            "今年平川县的省重点项目投资主要投向医疗养生等领域。\n")
    found = split_page(page)
    assert len(found) == 1
    assert found[0].start == 0 and found[0].title == "平川县今年拟完成项目投资120.7亿元"


def test_a_list_of_points_under_a_headline_is_no_part_of_it() -> None:
    """A headline over a list of points (·地区生产总值为…, eval80) or a numbered section (一、…): the
    headline is the title, and the first point is not joined to it, nor its figure to the title."""
    from extractors.pipeline import extract
    for mark in ("·", "一、"):
        page = (f"2020年我市前三季度经济数据\n{mark}地区生产总值为10095.43亿元,同比增长0%。\n"
                "·规模以上工业产能利用率为76.8%。\n前三季度,天津市经济运行持续稳定恢复。")
        ex = extract(page, pubdate="2020-10-23")
        assert [a.title for a in ex.articles] == ["2020年我市前三季度经济数据"]
        assert [(q.text, q.indicator) for q in ex.quantities][:2] == [("10095.43亿元", "地区生产总值"), ("0%", "地区生产总值")]


def test_a_county_columns_dateline_is_no_title() -> None:
    """A county column's dateline alone on the first line (东兰讯, eval82) is where the story came from:
    the title is the lead's topic, not 东兰讯今年上半年."""
    from extractors.pipeline import extract
    page = "平川讯\n今年上半年，平川县经济运行平稳增长，各项指标完成较好。\n经济运行态势良好。"
    assert [a.title for a in extract(page, pubdate="2016-08-01").articles] == ["平川县经济运行平稳增长"]
