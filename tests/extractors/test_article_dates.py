"""Which date each article speaks from, and ``date_source`` (issue 8, item 4).

Pages written for these tests after the layouts of city papers, government web
pages, work reports and statistical bulletins; none is copied from a development
page. Each is extracted with no issue date and a file name without a date, unless
the case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors import extract
from extractors.pipeline import Settings, extract_document
from extractors.reference import DATE_SOURCES


def dates_of(page: str, **kwargs: str) -> list[tuple[str | None, str | None, str | None]]:
    ex = extract(page, source=kwargs.pop("source", "page.txt"), **kwargs)
    return [(a.date, a.date_source, a.date_precision) for a in ex.articles]


# The three kinds of inference, each giving date_source = inferred.
INFERRED = [
    pytest.param("2021年4月22日 星期四  责任编辑：李红  要闻\n\n全区消费市场回暖\n\n"
                 "　　近日，区商务局发布数据，一季度全区社会消费品零售总额增长12.4%。",
                 ("2021-04-22", "inferred", "day"), id="page-header-date"),
    pytest.param("我市新增城镇就业岗位3.1万个\n发布时间：2022-11-23\n\n"
                 "　　今年以来，全市新增城镇就业3.1万人，城镇登记失业率控制在3%以内。",
                 ("2022-11-23", "inferred", "day"), id="release-time-line"),
    pytest.param("2023-05-06 10:21 来源：江门日报\n\n　　记者从市农业农村局获悉，全市早稻种植面积达42万亩。",
                 ("2023-05-06", "inferred", "day"), id="time-and-source-line"),
    pytest.param("全市经济运行稳中有进\n江门市统计局　2023年4月20日\n\n　　一季度，全市地区生产总值增长4.2%。",
                 ("2023-04-20", "inferred", "day"), id="date-under-the-title"),
    pytest.param("政府工作报告\n——2023年1月10日在宁波市第十六届人民代表大会第二次会议上\n\n"
                 "　　现在，我代表市人民政府向大会报告工作。",
                 ("2023-01-10", "inferred", "day"), id="report-subtitle"),
    pytest.param("2024年政府工作报告 ——2024年1月9日在嘉兴市第九届人民代表大会第四次会议上\n嘉兴市市长 李明\n"
                 "发布日期: 2024-01-12 08:33      来源: 嘉兴发布\n2023年工作回顾\n"
                 "2023年是全面贯彻党的二十大精神的开局之年,全市地区生产总值增长6.0%。",
                 ("2024-01-12", "inferred", "day"), id="metadata-line-under-a-long-title"),
    pytest.param("作者: 王明 李华 发布时间:2021年06月03日15时27分 |\n6月2日,平利县举行重点项目集中开工活动。\n"
                 "据了解,此次集中开工12个重点项目,总投资2.3亿元。",
                 ("2021-06-03", "inferred", "day"), id="clock-time-glued-to-the-day"),
    # a foreign site's date line, day first (23.07.2014  23:04), under a headline with no 。 (eval84)
    pytest.param("上半年江西经济运行成绩单公布\n23.07.2014  23:04\n7月22日,省统计局公布上半年全省经济运行成绩单。"
                 "上半年我省GDP达6465亿元。",
                 ("2014-07-23", "inferred", "day"), id="day-first-date-line"),
    pytest.param("2019年政府工作报告\n\n各位代表：\n　　过去一年，全县地区生产总值增长7.1%。",
                 ("2019-01-01", "inferred", "month"), id="report-year-in-the-title"),
    pytest.param("政府工作报告\n\n一、2018年工作回顾\n　　过去一年，全县地区生产总值增长7.1%。",
                 ("2019-01-01", "inferred", "month"), id="report-reviewing-a-year"),
    pytest.param("漳州市2022年国民经济和社会发展统计公报\n\n一、综合\n　　全年全市地区生产总值5706亿元。",
                 ("2023-01-01", "inferred", "month"), id="bulletin-of-last-year"),
    pytest.param("　　2023年3月5日，市政府召开常务会议，部署春耕生产。2023年5月12日，"
                 "全市早稻播种基本完成。项目力争2025年12月31日前全部建成，自2024年1月1日起实施新标准。",
                 ("2023-05-12", "inferred", "day"), id="latest-past-date-mentioned"),
]


@pytest.mark.parametrize(("page", "expected"), INFERRED)
def test_a_page_with_no_given_date_gets_one_from_its_text(page: str, expected: tuple[str, str, str]) -> None:
    assert dates_of(page) == [expected]


def test_nothing_in_the_text_means_no_date() -> None:
    assert dates_of("　　近日，区行政审批服务局开展活动，今年以来办件量增长两成。") == [(None, None, None)]


def test_relative_dates_resolve_against_an_inferred_date() -> None:
    ex = extract("2019年政府工作报告\n\n各位代表：\n　　去年全县地区生产总值增长7.1%，今年预期增长6.5%左右。",
                 source="report.txt")
    isos = {d.text: d.iso for d in ex.dates}
    assert isos["去年"] == "2018" and isos["今年"] == "2019"


def test_a_printed_page_date_gives_datelines_their_year() -> None:
    page = ("2021年4月22日 星期四  责任编辑：李红  要闻\n\n全区消费市场回暖\n\n"
            "　　□记者 张婷 报道\n　　本报4月21日讯 昨天，区商务局发布数据。\n\n"
            "区召开安全生产会议\n\n　　本报讯 近日，区安委会召开全体会议。")
    assert dates_of(page) == [("2021-04-21", "dateline", "day"), ("2021-04-21", "page_dateline", "day")]


def test_an_article_of_its_own_takes_its_own_date_line_before_the_page_header() -> None:
    page = ("2021年4月22日 星期四  责任编辑：李红  理论\n\n"
            "在新征程上奋勇前进\n——2021年4月15日在全区理论学习中心组会议上的讲话\n\n　　同志们：今天我们召开会议。")
    assert dates_of(page) == [("2021-04-15", "inferred", "day")]


SOURCES = [
    # (pubdate, pubdate_source, file name, expected)
    pytest.param("2024-03-05", "pubdate", "page.txt", ("2024-03-05", "pubdate", "day"), id="pubdate"),
    pytest.param("2024-03-05", "pubdates.csv", "page.txt", ("2024-03-05", "pubdates.csv", "day"),
                 id="pubdates-csv"),
    pytest.param(None, "pubdate", "xw_20240305_A02.txt", ("2024-03-05", "filename", "day"), id="filename"),
    pytest.param("2024-03", "pubdate", "page.txt", ("2024-03-01", "pubdate", "month"), id="month"),
    pytest.param("2024", "pubdate", "page.txt", ("2024-01-01", "pubdate", "year"), id="year"),
]


@pytest.mark.parametrize(("pubdate", "why", "source", "expected"), SOURCES)
def test_given_dates_and_where_they_came_from(pubdate: str | None, why: str, source: str,
                                              expected: tuple[str, str, str]) -> None:
    page = "　　近日，区行政审批服务局开展活动，今年以来办件量增长两成。"
    kwargs = {"pubdate": pubdate} if pubdate else {}
    assert dates_of(page, source=source, pubdate_source=why, **kwargs) == [expected]
    assert expected[1] in DATE_SOURCES


def test_a_month_or_year_is_refined_by_a_date_inside_it() -> None:
    page = "2024年3月14日 星期四  责任编辑：李红  要闻\n\n　　近日，区行政审批服务局开展活动。"
    assert dates_of(page, pubdate="2024-03") == [("2024-03-14", "inferred", "day")]
    assert dates_of(page, pubdate="2024") == [("2024-03-14", "inferred", "day")]
    # a printed date outside the given month is not this issue's: the month stays
    assert dates_of(page, pubdate="2024-05") == [("2024-05-01", "pubdate", "month")]


def test_a_full_pubdate_wins_over_the_text() -> None:
    page = "2024年3月14日 星期四  责任编辑：李红  要闻\n\n　　近日，区行政审批服务局开展活动。"
    assert dates_of(page, pubdate="2024-03-15") == [("2024-03-15", "pubdate", "day")]


def test_a_year_alone_gives_a_december_dateline_that_year() -> None:
    ex = extract_document("　　本报12月31日讯 全区召开大会。",
                          Settings(pubdate=date(2024, 1, 1), pubdate_precision="year"))
    assert ex.articles[0].date == "2024-12-31"
    # a full issue date in January still puts it in the year before
    ex = extract_document("　　本报12月31日讯 全区召开大会。", Settings(pubdate=date(2025, 1, 2)))
    assert ex.articles[0].date == "2024-12-31"


# A letter (a reply to a proposal, a notice) ends with its signer and the day it was
# written; a web page often posts it weeks later.
REPLY = ("关于对县政协第12号提案的答复\n发布日期：2023年11月22日\n李明委员：\n"
         "你提出的《关于加快村组道路硬化的提案》收悉，现答复如下：截至目前，全县已硬化村组道路397公里。\n"
         "感谢你对交通工作的关心和支持。\n某某县交通运输局\n2023年8月15日\n")


def test_a_letter_speaks_from_the_day_it_was_signed() -> None:
    assert dates_of(REPLY, pubdate="2023-11-22") == [("2023-08-15", "signed", "day")]
    assert [q.period for q in extract(REPLY, pubdate="2023-11-22").quantities] == ["2023-08-15"]


# A government site's 信息公开 table gives the day a document was written (成文日期).
WRITTEN = ("[ 成文日期 ]\n2024-05-20\n[ 发布日期 ]\n2024-06-13\n"
           "关于区十八届人大四次会议第194号建议的答复函\n尊敬的王永红代表：\n"
           "据统计，我区2005年底前建成的老旧住宅小区近108个，总建筑面积约190万平方米。\n")


def test_a_document_speaks_from_the_day_its_metadata_says_it_was_written() -> None:
    assert dates_of(WRITTEN, pubdate="2024-06-13") == [("2024-05-20", "signed", "day")]
    # 2005年底前建成的 says when the flats were built, not when they were counted
    assert [q.period for q in extract(WRITTEN, pubdate="2024-06-13").quantities] == ["2024-05-20", "2024-05-20"]


# A speech or work report is delivered on the day under its title, before it is posted.
SPEECH = ("2024年某镇政府工作报告\n2025年1月17日\n——在某镇第十五届人民代表大会第七次会议上\n各位代表：\n"
          "现在，我代表镇人民政府向大会作报告。\n")


def test_a_speech_speaks_from_the_day_it_was_delivered() -> None:
    assert dates_of(SPEECH, pubdate="2025-02-19") == [("2025-01-17", "signed", "day")]
    assert [d.iso for d in extract(SPEECH, pubdate="2025-02-19").dates if d.text == "现在"] == ["2025-01-17"]


def test_a_speechs_delivery_outranks_the_tables_written_date() -> None:
    """文件名称 | 某区2025年政府工作报告 | 成文日期: 2025年04月15日 above 2025年3月21日在…会议上 (a
    subtitle wrapped over two lines, eval61): the report speaks from the day it was delivered,
    and the table's 文件名称 is its title."""
    page = ("文件名称 | 平川区2025年政府工作报告 | ||\n文号 | 成文日期: | 2025年04月15日 | |\n"
            "2025年3月21日在平川区第十九届\n人民代表大会第四次会议上\n平川区人民政府区长 王明\n各位代表:\n"
            "现在，我代表区人民政府向大会报告工作，请予审议。\n")
    ex = extract(page, pubdate="2025-04-15")
    assert [(a.title, a.date) for a in ex.articles] == [("平川区2025年政府工作报告", "2025-03-21")]
    assert [d.iso for d in ex.dates if d.text == "现在"] == ["2025-03-21"]


def test_a_report_delivered_at_a_meeting_whose_date_lost_its_marks() -> None:
    """——在2017222日…会议上 (年 and 月 lost in copying, eval43): delivered on 2017-02-22, and what
    it counts holds on that day."""
    page = ("关于代表建议受理情况的报告\n——在2017222日平川区第十六届人民代表大会常务委员会第一次会议上\n"
            "主任、各位委员：\n区人大一次会议期间，共收到代表提出的议案6件。\n")
    assert dates_of(page, pubdate="2017-02-23") == [("2017-02-22", "signed", "day")]
    assert [q.period for q in extract(page, pubdate="2017-02-23").quantities] == ["2017-02-22"]


def test_a_speech_copied_years_later_still_speaks_from_its_day() -> None:
    """A collector posts a 2019 report in 2021: its 一年来 is 2018's, not 2020's."""
    page = SPEECH + "一、2024年工作回顾\n一年来，全镇地区生产总值增长5.1%。\n"
    assert dates_of(page, pubdate="2027-07-27") == [("2025-01-17", "signed", "day")]
    assert [q.period for q in extract(page, pubdate="2027-07-27").quantities] == ["2024"]


@pytest.mark.parametrize(("pubdate", "expected"), [
    pytest.param("2023-08-01", ("2023-08-01", "pubdate", "day"), id="signed-after-the-issue-date"),
    pytest.param("2025-01-10", ("2025-01-10", "pubdate", "day"), id="signed-over-a-year-before"),
])
def test_a_signed_date_that_does_not_fit_the_issue_date_is_not_taken(pubdate: str, expected: tuple) -> None:
    assert dates_of(REPLY, pubdate=pubdate) == [expected]


def test_a_date_inside_the_last_sentence_is_no_signature() -> None:
    page = "全区新增就业岗位2万个，预计于2023年8月15日前全部到位。\n2023年8月15日前完成验收"
    assert dates_of(page, pubdate="2023-11-22")[0][1] == "pubdate"


def test_a_broadcasts_own_day_in_its_lead_is_its_dateline() -> None:
    """央视网消息…今天(9月24日)来到…, posted on the 25th: the item speaks from the 24th,
    and its 今天 and 目前 are that day."""
    page = ("头条焦点:【走进县城看发展】广西兴安:加快县域发展 2022-09-25 15:39:51  来源:央视网\n"
            "央视网消息(新闻联播):《走进县城看发展》今天(9月24日)来到广西桂林兴安县。\n"
            "目前，兴安县15万亩葡萄陆续上市。\n")
    ex = extract(page, pubdate="2022-09-25")
    assert [(a.date, a.date_source) for a in ex.articles] == [("2022-09-24", "dateline")]
    assert {d.text: d.iso for d in ex.dates if d.text in ("今天", "目前")} == {"今天": "2022-09-24", "目前": "2022-09-24"}


def test_a_letter_signed_with_a_run_together_date_speaks_from_it() -> None:
    """河口瑶族自治县教育局 / 2018717 at a reply's end: the letter's day, 2018-07-17, when the
    digits read one way only; its 目前 is that day."""
    page = "关于新街中心小学建设的答复\n\n目前该项目已递交请示。\n河口瑶族自治县教育局\n2018717\n"
    ex = extract(page, pubdate="2019-01-18")
    assert [(a.date, a.date_source) for a in ex.articles] == [("2018-07-17", "signed")]
    assert [d.iso for d in ex.dates if d.text == "目前"] == ["2018-07-17"]
