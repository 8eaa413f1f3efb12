"""Split a newspaper page into articles.

A page copied from a PDF holds several articles. An article starts at a byline
(``□记者 仪博文 报道``), at a dateline that no byline introduced
(``本报9月9日讯``), or at a continuation mark (``（上接第一版）``); the headline
block before a byline (short lines that do not end a sentence) belongs to the
article that follows it. Patterns live in ``lexicon/articles.yaml``.

Page furniture — a page header (``2021年4月22日 星期四  责任编辑：李明  要闻``) or a
masthead — belongs to no article body:
:func:`read_page` lists it apart, so no record comes from it, and its date can
still serve the page. A title is the headline, else the topic of the lead
sentence, never a page header, a credit line (a web page's ``来源：…　发布时间：…``,
a report's ``——…在…会议上``), a section heading or a source formula
(``记者从省统计局获悉``).

>>> page = "　　□记者 王一 报道\\n　　本报3月2日讯 今天，会议召开。\\n\\n　　□记者 李二 报道\\n　　本报3月2日讯 又一篇。"
>>> [(a.reporters, a.month_day) for a in split_page(page)]
[(('王一',), (3, 2)), (('李二',), (3, 2))]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .numerals import parse_number
from .organizations import find_organizations
from .segment import word_pattern
from .text import DATE_PIECE_LINE, LIST_BULLETS, NUMBER_CELL, WEB_ADDRESS
from .wordlists import load

_LEX = load("articles")
BYLINE_RE = re.compile(_LEX["byline"])
DATELINE_RE = re.compile(_LEX["dateline"])
#: Another outlet's dateline (广西新闻网罗城8月5日讯): dates its article, splits none.
_OUTLET_DATELINE_RE = re.compile(_LEX["outlet_dateline"])
DATED_TODAY_RE = re.compile(_LEX["dated_today"])
INLINE_BYLINE_RE = re.compile(_LEX["inline_byline"])
CONTINUED_FROM_RE = re.compile(_LEX["continued_from"])
CONTINUED_TO_RE = re.compile(_LEX["continued_to"])
_ROLES_RE = re.compile("|".join(sorted((re.escape(r) for r in _LEX["byline_roles"]), key=len, reverse=True)))
HEADLINE_MAX: int = _LEX["headline_max"]
# Every byline, dateline and continuation mark holds one of these words.
_MARKER_WORDS = re.compile("|".join(map(re.escape, _LEX["marker_words"])))
TITLE_MAX: int = _LEX["title_max"]
#: What ends a title cut from a lead longer than :data:`TITLE_MAX`.
TITLE_CUT = "…"
_FURNITURE_DATE = _LEX["furniture_date"]
_SEPARATORS = r"[\s\u3000|｜/·:：，,]"


def _spaced(labels: list[str], gap: str = "[ \u3000]*") -> str:
    """The labels as a pattern that also matches them letter-spaced (索 引 号, 标 题), with
    ``gap`` between their characters."""
    return "|".join(gap.join(map(re.escape, w)) for w in sorted(labels, key=len, reverse=True))


def _alone(labels: str) -> re.Pattern[str]:
    """A line of one of ``labels`` alone in brackets ([索 引 号], [ 标  题 ]), its value below."""
    return re.compile(rf"[\s\u3000]*[\[【][\s\u3000]*(?:{labels})[\s\u3000]*[\]】][\s\u3000]*")


def _labelled(labels: list[str], pattern: str | None = None) -> str:
    """A labelled field: the label, a colon or a space, a value up to the next
    space (责任编辑：李明, 来源：贵阳日报), or a list of names (作者: 党永霖 王飞)."""
    return (rf"(?:{pattern or word_pattern(labels)})(?:[\s\u3000]*[：:][\s\u3000]*|[\s\u3000]+)"
            r"[^\s\u3000：:|｜]{0,20}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}(?=[\s\u3000|｜]|$))*")


def _token_line(tokens: list[str]) -> re.Pattern[str]:
    return re.compile(rf"[\s\u3000]*(?:(?:{'|'.join(tokens)}){_SEPARATORS}*)+")


_DOCUMENT_LABELS = _spaced(_LEX["document_labels"])
# a web page's metadata may credit its editor too (发布:2015-10-9 10:14:56  来源:聊城晚报  编辑:佚名)
_METADATA_TOKENS = [_FURNITURE_DATE, _LEX["furniture_time"],
                    WEB_ADDRESS.pattern,   # 来源:海南日报 2019-04-26 07:37   http://www.zgzxcmw.com/
                    _labelled([*_LEX["metadata_labels"], *_LEX["staff_labels"]]),
                    # 索 引 号:370481/2022-00028, [ 索引号 ] 1150…/2022-00037 [ 发文字号 ]: a 信息公开
                    # table's fields, labelled, bracketed or as a row of cells (索引号 | … | 发布机构 | …|)
                    _labelled([], _DOCUMENT_LABELS),
                    rf"[\[【][\s\u3000]*(?:{_DOCUMENT_LABELS})[\s\u3000]*[\]】]"
                    r"(?:[\s\u3000]*[^\s\u3000\[【]{1,40})?",
                    rf"(?:{_DOCUMENT_LABELS})[\s\u3000]*[|｜](?:[\s\u3000]*"
                    rf"(?!(?:{_DOCUMENT_LABELS})[\s\u3000]*[|｜])[^|｜\n]{{1,60}}[|｜])?"]
#: The labels of a 信息公开 table's field that holds the document's own title.
_TITLE_LABELS = ["标题", "名称", "信息名称", "文件名称"]
#: A 信息公开 table's label alone in brackets on its line, its value on the next.
_LABEL_ALONE = _alone(_DOCUMENT_LABELS)
_TITLE_LABEL_ALONE = _alone(_spaced(_TITLE_LABELS))
#: The 标题 field of a 信息公开 table ([ 标题 ] …, 标题 | … |): the document's own title.
_TITLE_FIELD = re.compile(r"[\s\u3000]*[\[【]?[\s\u3000]*(?:" + _spaced(_TITLE_LABELS, "[ \u3000]?") + ")"
                          r"(?:[\s\u3000]*[\]】|｜:：]+[\s\u3000]*|[\s\u3000]+)"
                          r"(?P<title>[^|｜\n]{4,100}?)[\s\u3000|｜]*")
_METADATA_LINE = _token_line(_METADATA_TOKENS)
_FURNITURE_LINE = _token_line([*_METADATA_TOKENS, *_LEX["furniture_tokens"], _labelled(_LEX["staff_labels"]),
                               word_pattern(_LEX["sections"]), _LEX["masthead"]])
_MASTHEAD = re.compile(_LEX["masthead"])
#: A web page's metadata naming the paper it copies (http://www.sina.com.cn 2005年01月18日03:37 山西日报):
#: its address makes it the page's credit line, not a printed page header.
_WEB_CREDIT_LINE = _token_line([*_METADATA_TOKENS, _LEX["masthead"]])
_BARE_DATE = re.compile(rf"[\s\u3000]*(?:{_FURNITURE_DATE})[\s\u3000]*")
#: A short label (a column's name, a site's) and then the page's date, ending the line
#: (| 招商动态 |2018-04-24): a web page's credit line.
_LABEL_THEN_DATE = re.compile(rf"[^，。；！？,;!?\d]{{1,16}}?[\s\u3000|｜]*(?:{_FURNITURE_DATE})"
                              rf"(?:[\s\u3000]+(?:{_LEX['furniture_time']}))?[\s\u3000]*")
MASTHEAD_MAX: int = _LEX["masthead_max"]
_CREDIT_LINE = re.compile(_LEX["credit_line"])
SECTION_MARKER = re.compile(_LEX["section_marker"])
_LEAD_FORMULAS = [re.compile(p) for p in _LEX["lead_formulas"]]
_FURNITURE_MAX = 80   # a longer line is text, whatever it holds
_CLAUSE_END = ("，", ",", "、", "；", ";")
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]")
_INNER_SPACE = re.compile(r"\S[\s\u3000]+\S")
_NOTE = re.compile(r"[（(][^）)]*[）)]")
_SUBTITLE = re.compile(r"[\s\u3000]*(?:——|──)")

_SENTENCE_FINAL = tuple("。！？!?…") + ("。”", "！”", "？”", "”", "）")
_INDENT = ("\u3000",)  # body paragraphs open with a full-width indent
_DECORATION = re.compile(r"^[>》<《\s\u3000]+|[>》<《\s\u3000]+$")
_CJK_RE = re.compile("[\u4e00-\u9fff]")
_SETTING = re.compile(r"[在于当随着].{1,20}(?:之际|之时|期间|以来|之后|前夕|时|中|后)")
#: A clause that only says when (9月25日上午, 2021年4月22日晚): no title.
_WHEN = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上|晚间|早上|中午|凌晨|晚|早)?")
_KICKER = re.compile(r"^[\s\u3000]*(?:>>|》》|【).*(?:<<|《《|】)[\s\u3000]*$")  # >>栏目<<


@dataclass(slots=True)
class ArticleSpan:
    """Where one article lies in the page (offsets into the page text)."""

    start: int
    end: int
    body_start: int
    title: str = ""
    headline: str = ""
    reporters: tuple[str, ...] = ()
    dateline: str | None = None
    month_day: tuple[int, int] | None = None
    dateline_span: tuple[int, int] | None = None
    byline_end: int | None = None  # end of reporters written after the dateline (本报讯（记者 李明）)
    continued: bool = False
    top_end: int = 0   # end of the headline block and the credit lines under it (where a date line may be)
    furniture: tuple[tuple[int, int], ...] = ()   # furniture lines inside the article (masked for extraction)


@dataclass(slots=True)
class Page:
    """A page split into articles, and its furniture lines (offsets into the page)."""

    articles: list[ArticleSpan]
    furniture: list[tuple[int, int]]


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    stripped: str
    furniture: bool = False


def _lines(page: str) -> list[_Line]:
    raws = page.split("\n")
    starts = [0] * len(raws)
    pos = 0
    for i, raw in enumerate(raws):
        starts[i] = pos
        pos += len(raw) + 1
    return [_Line(start, start + len(raw), raw, raw.strip(" \t\u3000\r"))
            for start, raw in zip(starts, raws, strict=True)]


def _is_headline_line(line: _Line) -> bool:
    s = line.stripped
    return bool(s) and len(s) <= HEADLINE_MAX and not s.endswith(_SENTENCE_FINAL[:7])


def is_furniture(line: str, first_line: bool = False) -> bool:
    """Whether a line is a newspaper page header (报眉): made only of dates, clock
    times, metadata fields and page tokens (weekday, 版次, staff credits, 版名,
    masthead), at least one of them a page token. A masthead alone counts only as
    the first line of a page. A bare date or a web page's 来源/发布时间 line is no
    furniture but a credit line (:func:`is_credit_line`): under a title it is the
    document's own date, and a line cannot tell the two apart.

    >>> is_furniture("2021年4月22日 星期四  责任编辑：李明  要闻")
    True
    >>> is_furniture("来源：贵阳日报　发布时间：2020-09-03"), is_furniture("2023年9月15日")
    (False, False)
    >>> is_furniture("寒亭新闻", first_line=True), is_furniture("寒亭新闻")
    (True, False)
    """
    s = line.strip(" \t\u3000\r")
    if not s or len(s) > _FURNITURE_MAX or s.endswith(_SENTENCE_FINAL[:7]):
        return False
    if _MASTHEAD.fullmatch(s):
        return first_line and len(s) <= MASTHEAD_MAX
    return bool(_FURNITURE_LINE.fullmatch(s)) and not _METADATA_LINE.fullmatch(s) and not _web_credit(s)


def _web_credit(line: str) -> bool:
    """Whether a line is a web page's metadata with the paper it copies (see _WEB_CREDIT_LINE)."""
    return WEB_ADDRESS.search(line) is not None and _WEB_CREDIT_LINE.fullmatch(line) is not None


def is_credit_line(line: str) -> bool:
    """A line under a title that credits or dates it: a date alone (2025年3月20日), a
    subtitle (——2024年1月15日在…会议上) or a web page's metadata (来源：贵阳日报　发布时间：
    2020-09-03). Text of the article, its date a date; never its title.

    >>> is_credit_line("发布时间：2022-11-23 09:30"), is_credit_line("全区经济运行稳中向好")
    (True, False)
    """
    s = line.strip(" \t\u3000\r")
    if not s or len(s) > _FURNITURE_MAX or s.endswith(_SENTENCE_FINAL[:7]):
        return False   # a paragraph, whatever it starts with
    return bool(_CREDIT_LINE.search(s) or _BARE_DATE.fullmatch(s) or _METADATA_LINE.fullmatch(s) or _web_credit(s)
                or DATE_PIECE_LINE.fullmatch(s)   # 2022 / 11/23 / 11:30 beside a web page's title
                or _LABEL_THEN_DATE.fullmatch(s))   # | 招商动态 |2018-04-24


def credit_start(line: str) -> int:
    """Where a credit starts in a line (a headline run together with its byline: …发展综述本报记者
    李婷), -1 without one."""
    found = _CREDIT_LINE.search(line)
    return found.start() if found else -1


def split_page(page: str) -> list[ArticleSpan]:
    """Articles of ``page`` in reading order; a page with no markers is one article."""
    return read_page(page).articles


def read_page(page: str) -> Page:
    """The articles of ``page`` in reading order and its furniture lines.

    >>> page = "2021年4月22日 星期四  责任编辑：李明  要闻\\n\\n全区经济实现开门红\\n　　□记者 张婷 报道\\n　　本报4月21日讯 昨天，会议召开。"
    >>> p = read_page(page)
    >>> [(a.title, page[a.start:a.start + 4]) for a in p.articles], [page[s:e][-2:] for s, e in p.furniture]
    ([('全区经济实现开门红', '全区经济')], ['要闻'])
    """
    lines = _lines(page)
    first_text = next((i for i, ln in enumerate(lines) if ln.stripped), -1)
    for i, ln in enumerate(lines):
        ln.furniture = is_furniture(ln.text, i == first_text) and not BYLINE_RE.match(ln.text)
        if i and _LABEL_ALONE.fullmatch(lines[i - 1].text) and ln.stripped and not is_credit_line(ln.text):
            # [索 引 号]⏎11500384008685526N/2024-00085: the label's value (a date below [ 成文日期 ]
            # stays a credit line, its date a date)
            ln.furniture = True
    for i in range(1, len(lines) - 1):
        if lines[i].furniture and NUMBER_CELL.fullmatch(lines[i - 1].stripped) \
                and NUMBER_CELL.fullmatch(lines[i + 1].stripped):
            lines[i].furniture = False   # 52.99⏎农村⏎10.04: a table's row label, not a page's section
    articles = _split(page, lines)
    for art in articles:
        art.furniture = tuple((ln.start, ln.end) for ln in lines
                              if ln.furniture and art.start <= ln.start < art.end)
    return Page(articles, [(ln.start, ln.end) for ln in lines if ln.furniture])


def _split(page: str, lines: list[_Line]) -> list[ArticleSpan]:
    starts: list[tuple[int, str]] = []  # (line index, why)
    for i in _marker_lines(page, lines):
        line = lines[i]
        if line.furniture:
            continue
        if BYLINE_RE.match(line.text):
            starts.append((i, "byline"))
        elif CONTINUED_FROM_RE.match(line.stripped):
            starts.append((i, "continued"))
        elif DATELINE_RE.match(line.stripped) and not _byline_just_before(lines, i):
            starts.append((i, "dateline"))
    if not starts:
        return [_make(page, lines, 0, len(lines), 0, "none")]
    articles: list[ArticleSpan] = []
    boundaries: list[int] = []
    previous_marker = -1
    for i, _why in starts:
        # A headline block never reaches back over the previous article's marker.
        boundaries.append(_headline_start(lines, i, previous_marker + 1))
        previous_marker = i
    # Text before the first marker that is more than a headline is an article too.
    lead = [ln for ln in lines[: boundaries[0]] if ln.stripped and not ln.furniture]
    if lead and any(not _is_headline_line(ln) for ln in lead):
        articles.append(_make(page, lines, 0, boundaries[0], 0, "none"))
    for k, (i, why) in enumerate(starts):
        first = boundaries[k]
        last = boundaries[k + 1] if k + 1 < len(starts) else len(lines)
        article = _make(page, lines, first, last, i, why)
        if _CJK_RE.search(page, article.body_start, article.end) or not articles:
            articles.append(article)
        else:  # a byline with nothing under it (two bylines in a row, or one closing the
            # page's last article): part of the one above
            articles[-1].end = max(articles[-1].end, article.end)
    _attach_trailing_headline(page, lines, articles)
    return articles


def _marker_lines(page: str, lines: list[_Line]) -> list[int]:
    """Indexes of the lines that hold a word every marker needs (记者, 讯, 上接…);
    only those are matched against the full patterns."""
    line_starts = [ln.start for ln in lines]
    found: list[int] = []
    for m in _MARKER_WORDS.finditer(page):
        i = bisect_right(line_starts, m.start()) - 1
        if not found or found[-1] != i:
            found.append(i)
    return found


def _byline_just_before(lines: list[_Line], i: int) -> bool:
    for j in range(i - 1, max(-1, i - 3), -1):
        if lines[j].stripped:
            return bool(BYLINE_RE.match(lines[j].text))
    return False


#: A clock time after a date (2010-04-20 18:19): a web page's posting line, which a
#: printed page header never has.
_POSTED_AT = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t\u3000]+\d{1,2}:\d{2}")


def _headline_start(lines: list[_Line], i: int, floor: int) -> int:
    """First line of the headline block above line ``i`` (``i`` when there is none)."""
    first = i
    j = i - 1
    while j >= floor:
        line = lines[j]
        if line.stripped:
            if line.furniture:
                if not _POSTED_AT.search(line.stripped):
                    break  # a page header is above every headline
                first = j   # 黄山日报 2010-04-20 18:19 under a web copy's headline: when it was posted
                j -= 1
                continue
            if line.text.startswith(_INDENT) and not BYLINE_RE.match(line.text):
                break  # an indented paragraph is body text of the article above
            if (m := CONTINUED_TO_RE.search(line.stripped)) and m.end() == len(line.stripped):
                break  # （下转第二版） closes the article above
            if is_credit_line(line.text):
                first = j   # 来源:聊城晚报 编辑:佚名, by a headline: the article's, however long
                j -= 1
                continue
            if line.stripped.endswith(_SENTENCE_FINAL[:7]) or len(line.stripped) > HEADLINE_MAX:
                break
            first = j
        j -= 1
    return first


def _make(page: str, lines: list[_Line], first: int, last: int, marker: int, why: str) -> ArticleSpan:
    limit = last if why == "none" else marker
    while first < limit and (not lines[first].stripped or lines[first].furniture):
        first += 1   # a page header above the article is no part of it
    if why == "none":
        marker = first
    while last > first and (not lines[last - 1].stripped or lines[last - 1].furniture):
        last -= 1
    start = lines[first].start if first < len(lines) else len(page)
    end = lines[last - 1].end if last > first else start
    reporters: tuple[str, ...] = ()
    body_first = first
    if why == "byline":
        reporters = _reporters(lines[marker].text)
        body_first = marker + 1
    elif why in ("continued", "dateline"):
        body_first = marker
    # a byline on the page's last line has no body under it
    body_start = lines[body_first].start if body_first < len(lines) else end
    art = ArticleSpan(start=start, end=end, body_start=body_start,
                      reporters=reporters, continued=why == "continued")
    if why == "none":
        top = _top_block(lines, first, last)
        art.headline = _first_title_line(top)
    else:
        top = lines[first:marker]
        art.headline = _choose_headline(top)
        if not art.headline and why == "continued" and CONTINUED_FROM_RE.fullmatch(lines[marker].stripped):
            top = _top_block(lines, marker + 1, last)   # （上接第一版） alone, then the headline
            art.headline = _first_title_line(top)
    art.top_end = top[-1].end if top else start
    for ln in lines[body_first: min(last, body_first + 3)]:
        indent = len(ln.text) - len(ln.text.lstrip(" \t\u3000"))
        m = DATELINE_RE.search(ln.text) or _OUTLET_DATELINE_RE.match(ln.text, indent)
        if m and m.start() - indent <= 2:
            art.dateline = m.group()
            art.dateline_span = (ln.start + m.start(), ln.start + m.end())
            inline = INLINE_BYLINE_RE.match(ln.text[m.end():])
            if inline is not None:
                art.byline_end = ln.start + m.end() + inline.end()
                if not art.reporters:
                    art.reporters = _reporters(inline.group("paren") or inline.group("bare"))
            if m.group("month"):
                month, day = parse_number(m.group("month")), parse_number(m.group("day"))
                if month and day and 1 <= month <= 12 and 1 <= day <= 31:
                    art.month_day = (int(month), int(day))
            break
    if art.month_day is None:   # 《走进县城看发展》今天(9月24日)来到…: the lead's own day
        art.month_day = _dated_today(lines[body_first: min(last, body_first + 3)])
    art.title = _title_field(lines, first, last) or art.headline or _lead(page, art)
    return art


def _title_field(lines: list[_Line], first: int, last: int) -> str | None:
    """The 标题 (名称, 信息名称) field of a 信息公开 table at an article's top: beside its label
    (标题 | … |, 信息名称  …), or under it ([ 标  题 ]⏎重庆市南川区…答复函)."""
    field = next((m.group("title") for ln in lines[first:min(last, first + _FIELD_LINES)]
                  if (m := _TITLE_FIELD.fullmatch(ln.text))), None)
    if field is None:
        field = next((lines[k + 1].stripped for k in range(first, min(last - 1, first + 2 * _FIELD_LINES))
                      if _TITLE_LABEL_ALONE.fullmatch(lines[k].text) and lines[k + 1].stripped), None)
    return field


#: How many lines at an article's top may hold a 信息公开 table's 标题 field.
_FIELD_LINES = 8


def _dated_today(lines: list[_Line]) -> tuple[int, int] | None:
    """The month and day an article's first lines give as its own (今天(9月24日)来到…),
    near a line's start."""
    for ln in lines:
        m = DATED_TODAY_RE.search(ln.text, 0, _DATED_TODAY_REACH)
        if m and 1 <= int(m.group("month")) <= 12 and 1 <= int(m.group("day")) <= 31:
            return int(m.group("month")), int(m.group("day"))
    return None


#: How far into a line (characters) a lead may give its own day (今天(9月24日)).
_DATED_TODAY_REACH = 80


def _reporters(line: str) -> tuple[str, ...]:
    names = _ROLES_RE.sub(" ", line.strip(" \t\u3000□■◎●"))
    return tuple(n for n in re.split(r"[\s\u3000、]+", names) if n)


def _choose_headline(block: list[_Line]) -> str:
    """The main title of a headline block: a kicker (引题) runs long, the title
    follows it; sub-heads come after."""
    groups: list[str] = []
    kickers: list[str] = []
    current = ""
    for line in block:
        s = "" if _not_a_title(line) else line.stripped
        if not s or _KICKER.match(s):
            if current:
                groups.append(current)
            current = ""
            if s:
                kickers.append(s)
            continue
        current += s
    if current:
        groups.append(current)
    groups = [g for g in (_DECORATION.sub("", g) for g in groups or kickers) if g]
    if not groups:
        return ""
    if len(groups) > 1 and len(groups[0]) > TITLE_MAX:
        return groups[1]
    return groups[0]


def _not_a_title(line: _Line) -> bool:
    """Furniture, a credit line, a numbered section heading, a salutation (各位代表：)
    or a source formula alone (大众网青岛2月19日讯)."""
    return (line.furniture or is_credit_line(line.text) or bool(SECTION_MARKER.match(line.text))
            or line.stripped.endswith(("：", ":")) or not _strip_formulas(line.stripped))


def _top_block(lines: list[_Line], first: int, last: int) -> list[_Line]:
    """The headline block of an article with no byline or dateline: the short
    lines before its first paragraph (an indented line, a line longer than any
    headline, or a blank line after text). None when those lines are running
    text (a short one ends a sentence)."""
    block: list[_Line] = []
    for line in lines[first:last]:
        if not line.stripped:
            if block:
                return block
            continue
        if line.furniture:
            continue
        if is_credit_line(line.text) and all(is_credit_line(b.text) for b in block):
            block.append(line)   # [ 成文日期 ] | 2025-03-28 | … above the title: no paragraph
            continue
        if line.text.startswith(_INDENT) or (block and _ITEM_MARK.match(line.stripped)):
            return block   # an indented paragraph, or a list of points (·地区生产总值为…) under the headline
        if not _is_headline_line(line):
            # A paragraph on one line (a web copy) ends the block; a short line that
            # ends a sentence shows the lines above are a wrapped paragraph, unless
            # one of them credits or dates the text (作者：… 发布时间：…).
            credited = any(is_credit_line(b.text) for b in block)
            return block if len(line.stripped) > HEADLINE_MAX or credited else []
        if line.stripped.endswith(_CLAUSE_END):
            return []   # 今天(7月29日)下午, — a sentence goes on below
        block.append(line)
    return []   # nothing under the lines: they are the text, not its headline


#: What opens a list item or a section under a headline (·, ●, 一、, （一）).
_ITEM_MARK = re.compile(f"[{LIST_BULLETS}]" + r"|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]")


def _first_title_line(block: list[_Line]) -> str:
    """The title of a document's headline block: its first line that is no
    credit, section or salutation line, with the lines that go on with it."""
    for k, line in enumerate(block):
        if _not_a_title(line):
            continue
        title = line.stripped
        for following in block[k + 1:]:
            if not _continues_title(following, title):
                break
            title += following.stripped
        if _LETTER_SPACED.fullmatch(title):
            title = re.sub(r"[ \u3000]", "", title)   # 政 府 工 作 报 告
        title = _SUBTITLE.split(title, maxsplit=1)[0] or title   # 2024年政府工作报告 ——2024年1月10日在…
        return _DECORATION.sub("", title)
    return ""


def _continues_title(line: _Line, title: str) -> bool:
    """Whether ``line`` goes on with a document title wrapped over lines
    (关于全区2018年…计划 / 执行情况与…的报告). It does not when it credits the
    title, names its issuer or speaker (a space inside: 合肥市统计局　国家统计局…,
    苏州市人民政府代市长 王立平; or a body's name at its end: 古丈县统计局), or is a
    bracketed note ((征求意见稿))."""
    s = line.stripped
    if _not_a_title(line) or _INNER_SPACE.search(s) or _NOTE.fullmatch(s):
        return False
    if len(title) + len(s) > 2 * TITLE_MAX:
        return False
    bodies = find_organizations(s)
    return not (bodies and bodies[-1].end == len(s))


def _lead(page: str, art: ArticleSpan) -> str:
    """A short lead as the title: the topic of the first sentence after the
    dateline, past a page header, section headings, time phrases and source
    formulas (记者从省统计局获悉，)."""
    text_start = art.byline_end or (art.dateline_span[1] if art.dateline_span else art.body_start)
    text_start = max(text_start, art.top_end)
    kept: list[str] = []
    for line in _lines(page[text_start: art.end]):
        if not kept and (not line.stripped or is_furniture(line.text) or is_credit_line(line.text)
                         or _is_section_heading(line)):
            continue
        kept.append(line.text)
    body = CONTINUED_FROM_RE.sub("", "".join(kept))
    body = re.sub(r"[\s\u3000]+", "", body)
    sentence = re.split(r"[。！？；]", body, maxsplit=1)[0]
    clauses = [c for c in re.split(r"[，,]", sentence) if c]
    # Skip leading time and circumstance phrases (今天上午，在…之际，) and where
    # the news came from (本网讯4月29日，记者从…获悉，) so the title says what happened.
    while clauses:
        clause = _strip_formulas(clauses[0])
        if len(clauses) > 1 and (len(clause) <= 6 or _SETTING.fullmatch(clause) or _WHEN.fullmatch(clause)):
            clauses.pop(0)
            continue
        clauses[0] = clause
        break
    lead = clauses[0] if clauses else sentence
    lead = _SUBTITLE.split(lead, maxsplit=1)[0] or lead   # a title run on with its subtitle
    return lead[:TITLE_MAX] + (TITLE_CUT if len(lead) > TITLE_MAX else "")


def _strip_formulas(clause: str) -> str:
    """A clause without the source formulas it opens with (本网讯4月29日, 记者从…获悉)."""
    for pattern in _LEAD_FORMULAS:
        clause = pattern.sub("", clause, count=1)
    return clause


def source_formula_length(text: str) -> int:
    """How many characters of ``text`` the source formulas it opens with take, blanks
    between them included (四川经济网遂宁讯 (梁惠 记者 张琳琪)2022年… → 22)."""
    at = 0
    while True:
        rest = text[at:]
        lead = len(rest) - len(rest.lstrip(" \t\u3000"))
        stripped = _strip_formulas(rest[lead:])
        if len(stripped) == len(rest) - lead:
            return at
        at += len(rest) - len(stripped)


def is_source_line(line: str) -> bool:
    """Whether ``line`` is a source formula alone (大众网青岛2月19日讯): the dateline of the
    text under it, no headline."""
    text = line.strip(" \t\u3000")
    return bool(text) and not _strip_formulas(text).strip(" \t\u3000")


def _is_section_heading(line: _Line) -> bool:
    """一、2013年工作回顾: a numbered heading alone on its line."""
    return bool(SECTION_MARKER.match(line.text)) and _is_headline_line(line)


def _attach_trailing_headline(page: str, lines: list[_Line], articles: list[ArticleSpan]) -> None:
    """A headline block at the very end of a page belongs to the last article
    when that article has none (PDF copy order puts cross-heads last)."""
    last = articles[-1]
    if last.headline:
        return
    tail: list[_Line] = []
    for line in reversed(lines):
        if line.start >= last.end or line.start < last.body_start:
            continue
        if not line.stripped:
            if tail:
                break
            continue
        if not _is_headline_line(line) or line.text.startswith(_INDENT):
            return
        tail.insert(0, line)
    if tail:
        heading = _choose_headline(tail)
        if heading:
            last.headline = heading
            last.title = heading
