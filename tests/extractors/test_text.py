"""Decoding and normalisation: every normalised span maps back to the original text."""

from __future__ import annotations

import codecs
import random

import pytest

from extractors.text import InputError, Spans, decode, normalize, sentence_bounds

SAMPLE = "本报9月9日讯 全区金融机构达242家，年办件量2万余件。"

ENCODINGS = [
    pytest.param(SAMPLE.encode("utf-8"), id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), id="utf-8-bom"),
    pytest.param(SAMPLE.encode("gbk"), id="gbk"),
    pytest.param(SAMPLE.encode("gb18030"), id="gb18030"),
    pytest.param(SAMPLE.encode("utf-16"), id="utf-16-bom"),
    pytest.param(SAMPLE.encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(SAMPLE.encode("utf-16-be"), id="utf-16-be-no-bom"),
]


@pytest.mark.parametrize("data", ENCODINGS)
def test_decode_detects_encoding(data: bytes) -> None:
    assert decode(data) == SAMPLE


BAD_INPUT = [
    pytest.param(b"", "empty file", id="empty"),
    pytest.param(b"   \n\n", "empty file", id="blank"),
    pytest.param(bytes(range(256)) * 8, "binary file", id="binary"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file", id="png"),
    pytest.param(b"hello world, no Chinese here", "no Chinese text", id="no-chinese"),
    pytest.param(b"\x00" * 10, "binary file", id="nul-bytes"),
]


@pytest.mark.parametrize(("data", "reason"), BAD_INPUT)
def test_decode_rejects_bad_input_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "page.txt")
    assert str(info.value).startswith("page.txt: ")
    assert reason in info.value.reason


def test_decode_refuses_files_over_the_limit() -> None:
    with pytest.raises(InputError, match="too large"):
        decode(SAMPLE.encode() * 10, "big.txt", max_bytes=100)


WRAPS = [
    # (original, normalised)
    pytest.param("达242\n家", "达242家", id="number-unit"),
    pytest.param("区第三\n届人大", "区第三届人大", id="mid-word"),
    pytest.param("近万亿\n元意向性", "近万亿元意向性", id="scale-unit"),
    pytest.param("截至目\n前，西海岸", "截至目前，西海岸", id="mid-phrase"),
    pytest.param("召开。\n　　会议指出", "召开。\n　　会议指出", id="paragraph-indent-kept"),
    pytest.param("事项。\n第二段", "事项。\n第二段", id="sentence-end-kept"),
    pytest.param("标题\n\n正文", "标题\n\n正文", id="blank-line-kept"),
    pytest.param("同比增长１２．５％", "同比增长12.5%", id="full-width-digits"),
    pytest.param("增长12.5\r\n%", "增长12.5%", id="crlf"),
    pytest.param("各位代表：\n一、2023年工作回顾\n过去一年", "各位代表：\n一、2023年工作回顾\n过去一年",
                 id="section-heading-kept-on-its-line"),
    pytest.param("工作要点如下\n（二）推进产业升级", "工作要点如下\n（二）推进产业升级", id="list-item-starts-a-line"),
    pytest.param("政府工作报告（摘要）\n（2001年3月13日）\n2000年，全县经济平稳",
                 "政府工作报告（摘要）\n（2001年3月13日）\n2000年，全县经济平稳", id="a-date-line-stands-alone"),
    # a line far longer than a column's is a web page's paragraph: its break is no wrap
    pytest.param("您好，" + "感谢您对城乡建设工作的关心和支持" * 6 + "，现复函如下：\n2019年，全区计划投入1.18亿元",
                 "您好，" + "感谢您对城乡建设工作的关心和支持" * 6 + "，现复函如下：\n2019年，全区计划投入1.18亿元",
                 id="a-long-line-ends-its-paragraph"),
    pytest.param("您好，现就办理情况复函\n如下：2019年，全区计划投入", "您好，现就办理情况复函如下：2019年，全区计划投入",
                 id="a-short-line-is-still-joined"),
    # a salutation or a letter's 现答复如下： ends its line: what follows opens a paragraph
    pytest.param("尊敬的代表：\n您提出的建议收悉，现答复如下：\n2019年，全区计划投入",
                 "尊敬的代表：\n您提出的建议收悉，现答复如下：\n2019年，全区计划投入", id="a-colon-ends-its-line"),
    # a web page's 来源/发布时间 line stands between its title and its first paragraph
    pytest.param("区人代会收到建议170件\n来源：某某区人民政府 发布时间：2021-01-23\n截至1月21日，共收到建议170件。",
                 "区人代会收到建议170件\n来源：某某区人民政府 发布时间：2021-01-23\n截至1月21日，共收到建议170件。",
                 id="a-metadata-line-is-no-wrap"),
    # a numbered heading with a comma, over a web page's paragraph, stays on its line; over
    # another short line (a newspaper column's list item) it is still joined
    pytest.param("一、奋发有为，2018年迈出坚实步伐\n2018年是" + "爬坡过坎、充满挑战的一年，" * 7 + "。",
                 "一、奋发有为，2018年迈出坚实步伐\n2018年是" + "爬坡过坎、充满挑战的一年，" * 7 + "。",
                 id="a-numbered-heading-with-a-comma-over-a-paragraph"),
    pytest.param("一、加快项目建设，全年\n完成投资5亿元。", "一、加快项目建设，全年完成投资5亿元。",
                 id="a-numbered-column-line-is-joined"),
    # a number set apart at a line's end and a number opening the next line are two numbers
    pytest.param("某某县统计公报 2019\n2019年某某县国民经济", "某某县统计公报 2019\n2019年某某县国民经济",
                 id="two-numbers-across-a-break"),
    pytest.param("全区企业达24\n2家", "全区企业达242家", id="a-wrapped-number-is-joined"),
    # ASCII double quotes on a Chinese line read as Chinese ones, opening and closing in turn (eval95)
    pytest.param('全面落实 " 四个走在前 "" 四个新 " 重大任务', "全面落实 “ 四个走在前 ”“ 四个新 ” 重大任务",
                 id="ascii-quotes-paired"),
    pytest.param('他说"好', '他说"好', id="an-unpaired-ascii-quote-is-kept"),
    # a photo's credit or a byline ends its line: the next line opens a paragraph (eval91)
    pytest.param("该市开展夜间文化活动。 王志清摄\n天山网-新疆日报记者 高峰\n实现生产总值3975.30亿元。",
                 "该市开展夜间文化活动。 王志清摄\n天山网-新疆日报记者 高峰\n实现生产总值3975.30亿元。",
                 id="a-credit-ends-its-line"),
    pytest.param("全区企业达24\n2家，由记者\n高峰统计", "全区企业达242家，由记者高峰统计", id="a-reporter-named-in-a-wrapped-line"),
    # signs a page uses for a percent sign fold to it, one character for one
    pytest.param("增长15℅，占比57.7﹪", "增长15%，占比57.7%", id="care-of-and-small-percent-signs"),
]


@pytest.mark.parametrize(("original", "expected"), WRAPS)
def test_normalize_joins_wraps_and_folds(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize("original", [p.values[0] for p in WRAPS])
def test_every_normalised_character_maps_back(original: str) -> None:
    norm = normalize(original)
    folded_back = {"１": "1", "２": "2", "５": "5", "．": ".", "％": "%", "℅": "%", "﹪": "%", "\r": " "}
    for i, ch in enumerate(norm.text):
        source = original[norm.orig_index(i)]
        if source == '"' and ch in "“”":
            continue   # an ASCII quote read as a Chinese opening or closing one
        assert folded_back.get(source, source) == ch


def test_span_mapping_covers_the_wrap() -> None:
    original = "全区金融机构达242\n家，金融业态"
    norm = normalize(original)
    start = norm.text.index("242家")
    s, e = norm.to_original(start, start + 4)
    assert original[s:e] == "242\n家"
    assert norm.norm_index(s) == start


def test_sentences() -> None:
    text = "今天上午，会议召开。主任主持会议！要深化改革；要落实“一件事”。\n下一步"
    got = [text[a:b] for a, b in sentence_bounds(text)]
    assert got == ["今天上午，会议召开。", "主任主持会议！", "要深化改革；", "要落实“一件事”。", "下一步"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_all_chinese_utf16_without_bom(encoding: str) -> None:
    text = "区行政审批服务局开展活动推动行政审批提速增效"
    assert decode(text.encode(encoding)) == text


def test_gbk_is_not_mistaken_for_utf16() -> None:
    text = "区行政审批服务局开展活动，推动行政审批提速增效。"
    assert decode(text.encode("gbk")) == text


def test_list_items_and_dotted_headings_keep_their_lines() -> None:
    """二.建议办理情况 is a heading and 1.2017-2021年… a list item: the breaks around them
    are no wraps, while a rate wrapped onto the next line (增长\\n5.6%) is joined."""
    text = "二.建议办理情况\n1.2017-2021年安排资金454万元\n2.承办单位已落实。收入增长\n5.6%，达\n1.5万"
    assert normalize(text).text == "二.建议办理情况\n1.2017-2021年安排资金454万元\n2.承办单位已落实。收入增长5.6%，达1.5万"


def test_a_number_cut_from_its_unit_is_joined_on_a_long_line() -> None:
    """A web paragraph broken after 提案30 and going on with 件,23件已办结: one number and
    its unit, however long the line; a long line ending in a word still ends its paragraph."""
    line = "中卫市政协四届一次会议委员提案涉及沙坡头区7件，3件已办结，" * 3
    assert normalize(line + "委员提案30\n件，23件已办结").text == line + "委员提案30件，23件已办结"
    assert normalize(line + "委员提案\n件数").text == line + "委员提案\n件数"


def test_spans_tell_an_overlap_as_a_scan_would() -> None:
    """The overlap index (a table's cells against the running text's figures, a wrapped line in
    a table) answers as a plain scan over every span does."""
    rng = random.Random(7)
    spans = [(a, a + rng.randint(1, 9)) for a in (rng.randint(0, 300) for _ in range(60))]
    index = Spans(spans)
    for _ in range(500):
        start = rng.randint(0, 320)
        end = start + rng.randint(1, 12)
        assert index.overlaps(start, end) == any(a < end and start < b for a, b in spans)
        assert index.holds(start) == any(a <= start < b for a, b in spans)
    assert not Spans([]).overlaps(0, 5)
