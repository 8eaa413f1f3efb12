"""dashboard/reader.py: the article reader's paragraphs and highlights.

The texts are written the way district newspapers print (lines hard-wrapped
every 15 or so characters, a blank line or an indent between paragraphs); the
marks are placed by offset, as the store gives them.
"""

from __future__ import annotations

import re

import pytest

from dashboard.reader import FOCUS_ID, Mark, article_html, dewrap, paragraphs


def marks_at(text: str, *pieces: tuple[str, str, str]) -> list[Mark]:
    """Marks over the first occurrence of each (needle, kind, key)."""
    out = []
    for needle, kind, key in pieces:
        start = text.index(needle)
        out.append(Mark(start, start + len(needle), kind, needle, key))
    return out


def highlighted(page: str) -> dict[str, str]:
    """Key → the text highlighted for it (pieces joined)."""
    found: dict[str, str] = {}
    for key, body in re.findall(r'<mark [^>]*data-key="([^"]*)"[^>]*>(.*?)</mark>', page, re.S):
        found[key] = found.get(key, "") + body
    return found


MARKUP = [
    ("script", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("attribute", '<img src=x onerror="y">', "&lt;img src=x onerror=&quot;y&quot;&gt;"),
    ("ampersand", "A&B", "A&amp;B"),
]


@pytest.mark.parametrize("text, escaped", [pytest.param(*c[1:], id=c[0]) for c in MARKUP])
def test_article_text_is_escaped(text, escaped):
    page = article_html(text, [])
    assert escaped in page
    assert "<script" not in page and "<img" not in page


def test_marks_and_their_titles_are_escaped_too():
    text = "全区<b>金融机构</b>达242家，2024年9月成立。"
    page = article_html(text, [
        *marks_at(text, ("2024年9月", "date", "d1")),
        Mark(text.index("242家"), text.index("242家") + 4, "claim", '金融机构 "242家"', "c1"),
    ])
    assert ('<mark class="zb-claim" data-key="c1" title="金融机构 &quot;242家&quot;">242家</mark>'
            in page)
    assert '<mark class="zb-date" data-key="d1" title="2024年9月">2024年9月</mark>' in page
    assert "&lt;b&gt;金融机构&lt;/b&gt;" in page


def test_hard_wrapped_lines_become_one_paragraph_and_a_blank_line_ends_it():
    text = ("　　今年以来，区行政审批服务局年办\n件量2万余件，76个事项实现集\n成办理。\n"
            "\n　　全区金融机构达242家。")
    page = article_html(text, [])
    assert page.count("<p>") == 2
    assert "年办件量2万余件，76个事项实现集成办理。" in page
    assert "\n" not in page


def test_a_highlight_survives_a_line_break():
    text = "区教育和体育局表示，今年计划投入近万亿\n元，新建学校12所。"
    page = article_html(text, marks_at(text, ("近万亿\n元", "claim", "c1")))
    assert highlighted(page) == {"c1": "近万亿元"}
    assert page.count("<mark") == 1


def test_every_claim_shows_even_when_marks_overlap():
    # A range and a figure inside it, and a date that overlaps a claim: each keeps a highlight.
    text = "项目建设期3至5年，2024年投入1.2万亿元。"
    marks = marks_at(text, ("3至5年", "claim", "c-range"), ("5年", "claim", "c-inner"),
                     ("2024年投入", "date", "d-year"), ("投入1.2万亿元", "claim", "c-money"))
    page = article_html(text, marks)
    shown = highlighted(page)
    assert set(shown) == {"c-range", "c-inner", "c-money", "d-year"}
    assert shown["c-inner"] == "5年"
    assert shown["c-range"] == "3至"
    assert shown["c-money"] == "投入1.2万亿元"  # a claim outranks the date it overlaps
    assert shown["d-year"] == "2024年"


def test_bad_spans_are_skipped_without_losing_the_text():
    page = article_html("近万亿元融资", [Mark(4, 99, "date"), Mark(3, 3, "date"),
                                        Mark(-2, 1, "claim")])
    assert "<mark" not in page
    assert ">近万亿元融资</p>" in page


def test_the_focused_claim_is_marked_once_and_its_sentence_underlaid():
    text = "全区金融机构达242家。\n上市公司市值突破25\n00亿元，同比增长12%。"
    marks = marks_at(text, ("242家", "claim", "c1"), ("25\n00亿元", "claim", "c2"),
                     ("12%", "claim", "c3"))
    page = article_html(text, marks, focus="c2", sentence="上市公司市值突破2500亿元，同比增长12%。")
    assert page.count(f'id="{FOCUS_ID}"') == 1
    assert re.search(rf'<mark class="zb-claim zb-focus" id="{FOCUS_ID}" data-key="c2"', page)
    sentence = "".join(re.findall(r'<span class="zb-sentence">(.*?)</span>', page, re.S))
    assert re.sub("<[^>]+>", "", sentence) == "上市公司市值突破2500亿元，同比增长12%。"
    # Without a focus nothing is pointed at.
    assert FOCUS_ID not in article_html(text, marks)


def test_dewrap_keeps_the_page_characters_and_maps_offsets():
    text = "增长１２．５\n％，达到\n\n第二段"
    view = dewrap(text)
    assert view.text == "增长１２．５％，达到\n\n第二段"
    start = text.index("１")
    assert view.text[slice(*view.span(start, start + 6))] == "１２．５％"
    assert [view.text[a:b] for a, b in paragraphs(view.text)] == ["增长１２．５％，达到", "第二段"]


def test_the_headline_stays_its_own_paragraph():
    # The text layer joins any two lines of running text; a headline printed on two
    # lines above the body is one paragraph, the body another.
    text = "金融与科技\n双向赋能\n本报讯 全区金融机构达242\n家。"
    page = article_html(text, marks_at(text, ("242\n家", "claim", "c1")), title="金融与科技双向赋能")
    assert re.findall(r"<p>(.*?)</p>", page)[0] == "金融与科技双向赋能"
    assert highlighted(page) == {"c1": "242家"}
    # A lead used as the title (no headline on the page) changes nothing.
    assert article_html(text, [], title="全区金融机构…").count("<p>") == 1
