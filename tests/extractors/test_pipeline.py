"""The pipeline: which date each article speaks from, and ids."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extractors import extract
from extractors.pipeline import Settings, extract_document

PAGE = (
    "　　□记者 王一 报道\n　　本报9月9日讯 今天上午，区人大常委会会议召开。\n\n"
    "　　□记者 李二 报道\n　　本报9月8日讯 昨天，区政协调研。\n\n"
    "　　□记者 赵三 报道\n　　本报9月9日讯 今天，全区金融机构达242家。\n\n"
    "新区推进营商环境建设\n\n　　□本报记者 钱四\n　　近日，区行政审批服务局开展活动。"
)

ARTICLE_DATES = [
    # (pubdate, source, expected dates, expected date sources)
    pytest.param("2024-09-10", "", ["2024-09-09", "2024-09-08", "2024-09-09", "2024-09-09"],
                 ["dateline", "dateline", "dateline", "page_dateline"], id="datelines-and-page-date"),
    pytest.param(None, "qdxhx_20240910_A02.txt", ["2024-09-09", "2024-09-08", "2024-09-09", "2024-09-09"],
                 ["dateline", "dateline", "dateline", "page_dateline"], id="year-from-file-name"),
    pytest.param(None, "page.txt", [None, None, None, None], [None, None, None, None],
                 id="no-year-known"),
]


@pytest.mark.parametrize(("pubdate", "source", "dates", "why"), ARTICLE_DATES)
def test_article_dates(pubdate, source, dates, why) -> None:
    ex = extract(PAGE, pubdate=pubdate, source=source)
    assert [a.date for a in ex.articles] == dates
    assert [a.date_source for a in ex.articles] == why


def test_pubdate_is_used_when_the_page_has_no_dateline() -> None:
    ex = extract("　　近日，区行政审批服务局开展活动。", pubdate="2024-03-05")
    assert ex.articles[0].date == "2024-03-05"
    assert ex.articles[0].date_source == "pubdate"


def test_file_name_date_is_the_last_fallback() -> None:
    ex = extract_document("　　近日，区行政审批服务局开展活动。", Settings(source="2023-12-30.txt"))
    assert ex.articles[0].date == "2023-12-30"
    assert ex.articles[0].date_source == "filename"


def test_december_dateline_in_a_january_issue_is_last_year() -> None:
    ex = extract_document("　　本报12月31日讯 全区召开大会。", Settings(pubdate=date(2025, 1, 2)))
    assert ex.articles[0].date == "2024-12-31"


def test_article_ids_are_content_hashes() -> None:
    first = extract(PAGE, pubdate="2024-09-10")
    second = extract(PAGE, pubdate="2024-09-11", source="other.txt")
    assert [a.id for a in first.articles] == [a.id for a in second.articles]
    assert len({a.id for a in first.articles}) == 4
    changed = extract(PAGE.replace("242家", "243家"), pubdate="2024-09-10")
    assert [a.id == b.id for a, b in zip(first.articles, changed.articles, strict=True)] == [True, True, False, True]


def test_records_point_into_the_original_text() -> None:
    ex = extract(PAGE.replace("242家", "242\n家"), pubdate="2024-09-10")
    for record in ex.records():
        if record.record_type in ("article", "topic"):
            continue
        assert ex.text[record.start:record.end] == record.text
        assert record.article in {a.id for a in ex.articles}


def test_warm_up_loads_jieba_before_the_first_page() -> None:
    code = ("import jieba; from extractors.pipeline import warm_up; "
            "assert not jieba.dt.initialized; warm_up(); print(jieba.dt.initialized)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"


def test_page_furniture_gives_no_record_but_dates_the_page() -> None:
    """A page header is no event, no date record and no claim (issue 8): the
    timeline once listed an event 责任编辑 dated by the header."""
    page = ("2021年4月22日 星期四  责任编辑：李明  第A02版：要闻\n\n全区经济实现开门红\n\n"
            "　　本报讯 近日，区统计局发布数据，一季度全区地区生产总值增长21.3%。\n"
            "来源：温江报　发布时间：2021-04-22 08:30\n")
    ex = extract(page, source="page.txt")
    header_end = page.index("\n")
    metadata_start = page.index("来源")
    for record in ex.records():
        if record.record_type in ("article", "topic"):
            continue
        assert header_end <= record.start, (record.record_type, record.text)
    assert all("责任编辑" not in d.event and "要闻" not in d.event for d in ex.dates)
    # A web page's metadata line is text: its date is a date record.
    assert [d.text for d in ex.dates if d.start > metadata_start] == ["2021-04-22 08:30"]
    assert [q.text for q in ex.quantities] == ["21.3%"]
    assert [(a.title, a.date, a.date_source) for a in ex.articles] == [
        ("全区经济实现开门红", "2021-04-22", "inferred")]


def test_a_body_named_by_its_level_takes_the_article_place() -> None:
    """市委 in a 合肥 article and in a 洛阳 article are two departments."""
    hefei = extract("合肥市统计局发布数据。市委召开常委会会议。", pubdate="2024-01-05")
    luoyang = extract("洛阳市召开大会。市委书记讲话，市委召开常委会会议。", pubdate="2024-01-05")
    assert "合肥市委" in {o.name for o in hefei.organizations}
    assert "洛阳市委" in {o.name for o in luoyang.organizations}
    district = extract("西海岸新区召开会议。区行政审批服务局开展活动。", pubdate="2024-09-09")
    assert "青岛西海岸新区行政审批服务局" in {o.name for o in district.organizations}


def test_text_without_punctuation_gives_bounded_records() -> None:
    """A page with no 。！？； (a table dump, a hostile file) is cut into windows: no
    record carries more than MAX_SENTENCE characters of sentence, and every span is
    still its text."""
    from extractors.text import MAX_SENTENCE

    unit = "全区金融机构达242家企业增长12.5%新增项目30项"
    page = unit * 2000          # about 56,000 characters in one "sentence"
    ex = extract(page, pubdate="2024-01-05")
    records = [*ex.quantities, *ex.dates, *ex.organizations]
    assert len(ex.quantities) >= 2000
    assert max(len(r.sentence) for r in records) <= MAX_SENTENCE
    assert all(page[r.start:r.end] == r.text for r in records)


def test_a_given_area_places_a_page_that_names_none() -> None:
    release = "一季度，全县实现地区生产总值56.82亿元，增长4.6%。"
    assert extract(release, pubdate="2025-05-22").quantities[0].area is None
    given = extract(release, pubdate="2025-05-22", area="重庆市酉阳县")
    assert (given.articles[0].area, given.quantities[0].area, given.quantities[0].area_code) == (
        "酉阳县", "酉阳县", "500242")
    # the text's own place wins over the one given
    own = extract("一季度，温江区实现地区生产总值126.8亿元。", pubdate="2021-04-22", area="酉阳县")
    assert own.quantities[0].area == "温江区"


def test_a_given_area_holds_over_a_place_named_once_in_passing() -> None:
    """A county paper's page (area given) whose story names another place once, in passing (北京福建会客厅,
    eval78): the story is still the county's; a place inside the given one is the text's own."""
    page = ("12月24日，县十八届人大五次会议开幕。我县完成18个乡镇综治中心规范化建设；"
            "成功举办北京福建会客厅推介周系列活动；全县建设高标准农田1.4万亩。")
    ex = extract(page, pubdate="2025-12-26", area="平川区")
    assert (ex.articles[0].area, [q.area for q in ex.quantities]) == ("平川区", ["平川区", "平川区"])


def test_a_cut_lead_names_no_place_of_its_own() -> None:
    """A page whose place is given and whose title is its lead cut short (…四川行活动签约陕西隆庆…等…):
    the provinces there open an event's and a firm's names, and a place opening a long listed
    project's name (北京中信旅游…度假区等8个项目) is no subject either (eval80)."""
    page = ("2021中外知名企业四川行活动签约陕西隆庆精密制造生产基地等14个项目,总投资43.2亿元。"
            "第十八届中国西部国际博览会签约北京中信旅游天曌山全民乐享康养休闲度假区等8个项目,总投资69.83亿元。")
    ex = extract(page, pubdate="2021-10-29", area="平川区")
    assert ex.articles[0].title.endswith("…")
    assert (ex.articles[0].area, {q.area for q in ex.quantities}) == ("平川区", {"平川区"})


def test_an_unknown_area_is_refused() -> None:
    with pytest.raises(ValueError, match="not a place zhibiao knows"):
        extract("全县增长5%。", area="不是地名")


def test_a_web_address_holds_no_figure_and_no_date() -> None:
    page = ("原文链接：http://www.example.org/news/zxzx/2019-04-17/77469.html\n"
            "网址：www.example.gov.cn/art/2021/3/5/art_123_456.html 全县完成投资5亿元。")
    ex = extract(page, pubdate="2019-04-18")
    assert [q.text for q in ex.quantities] == ["5亿元"]
    assert ex.dates == []


def test_a_date_set_in_pieces_beside_a_title_is_no_figure_and_no_title() -> None:
    """2022 / 11/23 / 11:30, each on its own line under a web page's headline: the posting
    date in pieces; the headline stays whole and 11/23 is no fraction."""
    page = ("遂宁高新区前三季度GDP增长3.6% 增速位居全市第二\n2022\n11/23\n11:30\n"
            "四川经济网遂宁讯 2022年前三季度,遂宁高新区GDP同比增长3.6%。")
    ex = extract(page, pubdate="2022-11-23")
    assert [a.text for a in ex.articles] == ["遂宁高新区前三季度GDP增长3.6% 增速位居全市第二"]
    assert [q.text for q in ex.quantities] == ["3.6%", "3.6%"]


def test_a_signature_date_that_lost_every_mark_is_no_figure() -> None:
    """2025325 under a letter's signature (2025年3月25日 with 年月日 lost, eval77) is the letter's date;
    the line after it (人:, what is left of 联系人:) does not make it 2025325人."""
    page = ("关于第20250036号建议办理情况的答复函\n城口县交通运输委员会\n2025325\n人:\n"
            "联系电话:18996616622\n邮政编码405900")
    ex = extract(page, pubdate="2025-04-02")
    assert [(d.text, d.iso) for d in ex.dates] == [("2025325", "2025-03-25")]
    assert [q.text for q in ex.quantities if "2025325" in q.text] == []


def test_a_long_table_with_figures_in_its_labels() -> None:
    """Row labels that hold a figure (60岁以上) name their rows: every cell is read, no label is
    a figure of its own."""
    page = "表1 2021年年末人口\n指标\n数值(万人)\n" + "60岁以上\n4.78\n" * 400
    found = extract(page, pubdate="2022-01-01").quantities
    assert len(found) == 400 and all(q.text == "4.78" for q in found)


def test_a_span_s_length_inside_its_date_is_no_figure() -> None:
    """今后五年的指导思想, 创近十年里各季度最高增速: the length of a span the date writes is no figure of
    its own (eleven sets' golds); a plan's horizon (未来5年将为新区提供…) still is, as the sample's gold
    counts it."""
    ex = extract("会议审议了过去五年的工作，对今后五年的发展作出部署。全年增长15.4%，创近十年里最高增速。",
                 pubdate="2021-04-21")
    assert [q.text for q in ex.quantities] == ["15.4%"]
    ex = extract("国开行等金融机构未来5年将为新区提供近万亿元意向性融资支持。", pubdate="2024-09-09")
    assert [q.text for q in ex.quantities] == ["5年", "近万亿元"]


def test_a_slogan_in_ascii_quotes_with_spaces_is_no_figure() -> None:
    """全面落实 " 四个走在前 "" 四个新 " 重大任务: numbered slogans in quotes typed as ASCII with spaces
    inside are names, as in Chinese quotes; a count before a quoted name (八个 " 行动方案 ") stays (eval95)."""
    ex = extract('江苏经济\n\n全面落实 " 四个走在前 "" 四个新 " 重大任务，制定实施八个 " 行动方案 "。', pubdate="2024-01-23")
    assert [q.text for q in ex.quantities] == ["八个"]
