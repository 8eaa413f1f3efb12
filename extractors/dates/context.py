"""What the dates of one text are read against besides the atoms themselves: the
article's date, the year a review reports on, and whether a clause looks ahead."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from ..segment import guarded
from ..wordlists import load
from .days import matched
from .words import LEX, alt

_CLAUSE_LOOKBACK = 300  # a clause longer than this starts, for us, this far back
_UP_TO_CLAUSE_END = re.compile(r"(?:[^，,；;。！？!?：:\n]*+[，,；;。！？!?：:\n])*+")
DEADLINE_AFTER = re.compile(r"\s*(?:" + alt(LEX["deadline_suffixes"]) + ")(?![后夕])")  # not 前后, 前夕
_FUTURE_BEFORE = re.compile(alt(LEX["future_cues"]))
_ESTIMATES = frozenset(LEX["estimate_cues"])
# A year that a review reports on, in a title or lead (合肥市2024年国民经济…统计公报) or
# in a section heading (一、2023年工作回顾): a bare year, not 2024年1月 or 2024年第二期.
_BARE_YEAR = r"((?:19|20)\d{2})\s*年(?!\s*(?:\d|[一二三四五六七八九十]{1,2}\s*月|度?第|代))"
_LEAD_YEAR = guarded(r"(?<![\d.])" + _BARE_YEAR)
# a bare year a later year part of its sentence counts from: not one a span opens (2022年以来),
# nor a comparison's base (与2019年同期相比, 比2019年增长)
_SENTENCE_YEAR = guarded(r"(?<![\d.与比较])" + _BARE_YEAR + r"(?!以来|同期)")
_HEADING_YEAR = re.compile(
    r"(?m)^[ \u3000\t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、])"
    r"[^\n。；;]{0,12}?(?<![\d.])" + _BARE_YEAR + r"[^\n。，,；;]{0,20}$")   # 一、奋发有为,2018年迈出…
# A review's heading with no number, alone on its line (2025年和“十四五”工作回顾).
_REVIEW_HEADING = re.compile(r"(?m)^[ \u3000\t]*(?<![\d.])" + _BARE_YEAR + r"[^\n。，,；;]{0,20}回顾[ \u3000\t]*$")
# A review heading with no year (一、过去五年工作回顾): a work report's look back, which in
# the season of reports (or at a year's end) ends with the year just past (or ending).
_YEARLESS_REVIEW = re.compile(r"(?m)^[ \u3000\t]*(?:[一二三四五六七八九十]{1,3}、)?[^\n。，,；;\d]{0,12}回顾[ \u3000\t]*$")
# A sentence (or a quoted speech: 贾建刚说：2015年，…) that opens with a bare year and a comma
# (2020年，全市…) or says what the year was (2023年是…的开局之年), maybe after a source formula
# (笔者从会上获悉，2017年，…) or a speaker (他说，2018年，…; 廖和明说，2023年是…), speaks of that year,
# and so does its paragraph after it (全年共外销鲜薯70万吨 is 2020's).
_YEAR_OPENS = re.compile(r"(?m)(?:^|(?<=[。！？!?；;：:]))[ \u3000\t]*"
                         r"(?:(?:笔者|记者)[^，,。\n]{0,12}?获悉[，,]|据[^，,。\n]{0,12}?(?:了解|介绍|悉)[，,]"
                         r"|[^，,。\n]{0,8}?(?:说|表示|指出)[，,])?"
                         r"(?<![\d.])" + _BARE_YEAR + r"\s*(?:[，,]|是(?=[^，,。\n]{2,40}?[之一]年))")
_LEAD_CHARS = 200      # the title and the lead's first sentence, at most this long
#: A report's title naming its year (2019年政府工作报告, 2024年统计公报), and how many years after
#: that year it appears (the articles lexicon's ``report_years``); article_dates reads a
#: report's own date with them too.
REPORT_OFFSET: dict[str, int] = load("articles")["report_years"]
REPORT_YEAR = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?:年[^，,。；;：:\n]{0,24}?|(?=[\u4e00-\u9fff]))(?P<kind>"
                         + alt(list(REPORT_OFFSET)) + ")")   # 2006政府工作报告: 年 may be left out
_TITLE_GOAL = re.compile(alt([*LEX["future_cues"], *LEX["title_goals"]]))
_SINCE = re.compile(r"\s*(?:" + alt([*LEX["since_suffixes"], *LEX["range_separators"]]) + ")")
_TITLE_ECHO_CHARS = 600   # how far into the text a title's year is looked for again
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "\n")
_SENTENCE_LOOKBACK = 200  # a year further back than this in one sentence is no longer its
_REVIEW_SEASON = 6     # reviews of last year (bulletins, work reports) appear by June
_REPORT_REACH = 400   # how far into a text a report's address to the congress stands
LOOKING_BACK_MONTHS = 3   # in these months "the past year" (过去的一年) is the calendar year before
_LOOKING_BACK = "回顾"   # …and up to June after this word (回顾过去一年, in a story on the congresses)
_PAST_YEAR = re.compile("过去的?一年")
_CLAUSE_END = re.compile("[，,；;。！？!?\n]")
_DONE = re.compile("了(?!解)|已")   # a finished action: 进行了面商, 已完成 (not 据了解)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (looking back a bounded stretch)."""
    return matched(_UP_TO_CLAUSE_END, text, max(0, pos - _CLAUSE_LOOKBACK), pos).end()


@dataclass(slots=True)
class Env:
    """The text and its article's date ("today"); the reviewed years are found on first use."""

    text: str
    today: date | None
    title: str = ""   # the headline the text opens with, if known
    _marks: list[tuple[int, int | None]] | None = None
    _report: bool | None = None   # whether the text is a report to a congress, found on first use
    _to_date: bool | None = None  # whether its growth is compared with 上半年 (see to_date_quarter)

    def report_year(self, pos: int) -> int | None:
        """The year a review reports on at ``pos``, else, in a report delivered to a
        congress (各位代表：… 向大会报告工作), the last whole year before it (the one ending,
        in December): what its 过去五年 counts back from."""
        review = self.review_year(pos)
        if review is not None or self.today is None:
            return review
        return report_reviewed_year(self.today) if self.delivered() else None

    def delivered(self) -> bool:
        """Whether the text is a report delivered to a congress (各位代表：…), found on first use."""
        if self._report is None:
            self._report = delivered_to_congress(self.text)
        return self._report

    def review_year(self, pos: int) -> int | None:
        """The year the text reports on at ``pos``, if it is a review (see reviews)."""
        return self.review_mark(pos)[1]

    def review_mark(self, pos: int) -> tuple[int, int | None]:
        """Where the review holding ``pos`` starts (0 for the whole text, from its title or
        lead; a heading's position) and the year it reports on; (0, None) outside any."""
        if self._marks is None:
            self._marks = reviews(self.text, self.today, self.title)  # in text order
        k = bisect_right(self._marks, pos, key=_position) - 1
        return self._marks[k] if k >= 0 else (0, None)

    def sentence_year(self, pos: int) -> int | None:
        """The last bare year written earlier in the sentence holding ``pos`` (2015年全县地区
        生产总值…比上年增长: 上年 counts from 2015), if any."""
        start = self._sentence_start(pos)
        years = _SENTENCE_YEAR.findall(self.text, max(start, pos - _SENTENCE_LOOKBACK), pos)
        return int(years[-1]) if years else None

    def to_date_quarter(self, part: str, start: int, end: int) -> bool:
        """Whether the bare quarter ``part`` (三季度), written at ``start:end``, means the year so far (前三季度):
        the text compares growth with an earlier stretch from January (增幅比上半年加快), and
        the quarter's sentence sets no other quarter against it (前三季度…其中三季度, 分季度看).
        """
        if self._to_date is None:
            self._to_date = any(base in self.text for base in LEX["to_date_bases"])
        if not self._to_date and not self._reports_months_to(part):
            return False
        text = self.text
        stops = [i for mark in _SENTENCE_ENDS if (i := text.find(mark, end, end + _SENTENCE_LOOKBACK)) >= 0]
        last = min(stops, default=min(len(text), end + _SENTENCE_LOOKBACK))
        around = text[self._sentence_start(start):start] + "|" + text[end:last]
        if "前" + part in around:
            return False
        return not any(word != part and word in around for word in LEX["quarter_contrasts"])

    def _reports_months_to(self, part: str) -> bool:
        """Whether the text reports figures from January to the end of quarter ``part``
        (1-9月 beside 第三季度): its bare quarter is then the year so far."""
        last = _QUARTER_ENDS.get(part.removeprefix("第")[:1])
        return last is not None and re.search(
            rf"(?:1|一)\s*[-—–－~～至到]\s*(?:{last[0]}|{last[1]})\s*月", self.text) is not None

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts (looking back _SENTENCE_LOOKBACK at most)."""
        return max(self.text.rfind(mark, max(0, pos - _SENTENCE_LOOKBACK), pos) for mark in _SENTENCE_ENDS) + 1

    def done(self, start: int, end: int) -> bool:
        """Whether the clause of a date reports a finished action (于6月21日组织…进行了面商,
        已于…完成): 了 (not 了解) or 已 in it."""
        clause_end = _CLAUSE_END.search(self.text, end, end + _CLAUSE_LOOKBACK)
        stop = clause_end.start() if clause_end else min(len(self.text), end + _CLAUSE_LOOKBACK)
        return bool(_DONE.search(self.text, clause_start(self.text, start), stop))

    def ahead(self, start: int, end: int, over: bool = False) -> bool:
        """A future cue before the date in its clause (将于, 力争到) or a deadline after it (前).
        With ``over`` (the year spoken of has ended), an estimate (预计全年…) looks back."""
        if DEADLINE_AFTER.match(self.text, end):
            return True
        cues = _FUTURE_BEFORE.findall(self.text, clause_start(self.text, start), start)
        return any(c not in _ESTIMATES for c in cues) if over else bool(cues)


#: The last month of a quarter named by its first character (三季度 → 9, 九), the fourth
#: left out: its months from January are the whole year.
_QUARTER_ENDS = {"一": ("3", "三"), "1": ("3", "三"), "二": ("6", "六"), "2": ("6", "六"),
                 "三": ("9", "九"), "3": ("9", "九")}


def delivered_to_congress(text: str) -> bool:
    """Whether ``text`` is a report delivered to a congress (各位代表：…向大会报告工作)."""
    head = text[:_REPORT_REACH]
    return any(cue in head for cue in LEX["report_cues"])


def report_reviewed_year(today: date) -> int:
    """The last whole year before a report delivered on ``today`` (the one ending, in
    December): the year it reviews."""
    return today.year if today.month == 12 else today.year - 1


def reviews(text: str, today: date | None, title: str = "") -> list[tuple[int, int | None]]:
    """Where the text reports on a year, and which: from the start when the title or
    lead of an article from the first half-year (or of a statistical bulletin, whenever
    issued) names last year, or when the text opens with a past year and a comma
    (2015年，…), and after a section heading that names a year (see the package docstring).

    >>> reviews("临沂市2022年卫生健康工作成效明显。全年诊疗量6850万人次。", date(2023, 2, 28))
    [(0, 2022)]
    >>> reviews("2022年全市新增就业5万人。", date(2023, 9, 1))
    []
    """
    found: list[tuple[int, int | None]] = []
    if today is not None and today.month <= _REVIEW_SEASON and _lead_names_last_year(text, today):
        found.append((0, today.year - 1))
    if not found and today is not None and today.month <= LOOKING_BACK_MONTHS \
            and (told := _report_story_review(text)) is not None:
        found.append((told, today.year - 1))
    if not found and (opened := reviewed_past_year(text, today, title)) is not None:
        found.append((0, opened))
    headings = list(_HEADING_YEAR.finditer(text)) if "、" in text or "(" in text or "（" in text or "." in text else []
    if "回顾" in text:
        headings += _REVIEW_HEADING.finditer(text)
    for m in headings:
        year = int(m.group(1))
        if today is None or abs(year - today.year) <= 1:
            found.append((m.start(), year))
    if "回顾" in text and today is not None and (today.month <= LOOKING_BACK_MONTHS or today.month == 12):
        reviewed = today.year - 1 if today.month <= LOOKING_BACK_MONTHS else today.year
        found += [(m.start(), reviewed) for m in _YEARLESS_REVIEW.finditer(text)]
        found.sort(key=_position)
    if today is not None and today.month <= _REVIEW_SEASON:
        return _with_year_paragraphs(text, found, today.year - 1, today.month)
    return found


def opening_year(text: str, today: date | None) -> int | None:
    """The past year a document opens with, before a comma (2015年，面对…): the year it
    reviews, however long after it is posted (an archive's copy of an old bulletin).

    >>> opening_year("2015年，全县经济平稳发展。", date(2023, 3, 21))
    2015
    >>> opening_year("2015年全县经济平稳发展。", date(2023, 3, 21)) is None
    True
    """
    opening = _YEAR_OPENS.match(text.lstrip())
    if opening is None or today is None or int(opening.group(1)) >= today.year:
        return None
    return int(opening.group(1))


def reviewed_past_year(text: str, today: date | None, title: str = "") -> int | None:
    """The past year a text reports on however long after it is posted: the one it
    opens with (:func:`opening_year`), else the one its title names (:func:`title_year`),
    else last year in a statistical bulletin whose lead names it (:func:`bulletin_year`)."""
    opened = opening_year(text, today)
    if opened is None:
        opened = title_year(text, today, title)
    if opened is None:
        opened = report_title_year(text, today, title)
    return opened if opened is not None else bulletin_year(text, today)


def report_title_year(text: str, today: date | None, title: str = "") -> int | None:
    r"""The year a report reviews, when its title names the report's own year
    (2020年文昌市政府工作报告解读, posted in May 2020: 2019; see ``report_years`` in the
    articles lexicon), however late in the year it is posted.

    >>> report_title_year("2020年文昌市政府工作报告解读\n一年来,…", date(2020, 5, 14))
    2019
    >>> report_title_year("2021年政府工作报告提出目标\n…", date(2020, 12, 30)) is None
    True
    """
    if today is None:
        return None
    head = title or text.lstrip().split("\n", 1)[0][:_LEAD_CHARS]
    m = REPORT_YEAR.search(head)
    if m is None:
        return None
    reviewed = int(m.group("year")) + REPORT_OFFSET[m.group("kind")] - 1
    return reviewed if reviewed < today.year else None


def bulletin_year(text: str, today: date | None) -> int | None:
    r"""Last year, when a statistical bulletin's title or lead names it, whenever the
    bulletin is posted (一、综合 初步核算,2020年全区完成生产总值…, posted in July 2021).

    >>> bulletin_year("一、综合\n初步核算,2020年全区完成生产总值356.56亿元。全年…", date(2021, 7, 7))
    2020
    >>> bulletin_year("2020年全区完成生产总值356.56亿元。", date(2021, 7, 7)) is None
    True
    """
    if today is None or not any(w in text[:_LEAD_CHARS] for w in LEX["review_titles"]):
        return None
    return today.year - 1 if _lead_names_last_year(text, today) else None


def _report_story_review(text: str) -> int | None:
    """Where a story on a report given tells the report's look back (…作报告。报告提出,一年来,…), near
    the text's start: early in the year, a review of last year from there."""
    m = _REPORT_REVIEW.search(text, 0, _STORY_LEAD_CHARS)
    return m.start("span") if m else None


#: How far into a text a story on a report tells what the report looks back on.
_STORY_LEAD_CHARS = 300
_REPORT_REVIEW = re.compile(f"(?:{alt(LEX['report_story_cues'])})[，,：:]?(?P<span>{alt(LEX['review_spans'])})")


def _lead_names_last_year(text: str, today: date) -> bool:
    """Whether the first sentence (at most the lead's length) names last year, bare."""
    stop = text.find("。", 0, _LEAD_CHARS)
    lead_end = stop if stop >= 0 else _LEAD_CHARS
    return any(int(m.group(1)) == today.year - 1 for m in _LEAD_YEAR.finditer(text, 0, lead_end))


def title_year(text: str, today: date | None, title: str = "") -> int | None:
    r"""The one past year a title line names, when the document reports on it: a
    bulletin (玉环市2019年国民经济和社会发展统计公报, posted in 2021), or a text that
    names the year again as a topic, before a comma (摘要:2021年 全县经济社会发展各项目标任务
    高质量全面完成 … 2021年,牟定县…, posted in January 2022). Not a goal (迈向2035年) nor
    a stretch (2019年以来). ``title`` is the headline when the text opens with it
    (a joined hard wrap may have run it into the first sentence); else the first line.

    >>> title_year("玉环市2019年国民经济和社会发展统计公报\n经济运行总体平稳。", date(2021, 5, 10))
    2019
    >>> title_year("2021年 全县目标任务全面完成\n一年来,2021年,全县…", date(2022, 1, 24))
    2021
    >>> title_year("2020年度表彰大会召开\n会上，500余人参加。", date(2021, 3, 2)) is None
    True
    """
    if today is None:
        return None
    body = text.lstrip()
    if title and body.startswith(title):
        end = len(title)
    else:
        end = body.find("\n")
        end = end if 0 <= end < _LEAD_CHARS else 0
    head = body[:end]
    years = list(_LEAD_YEAR.finditer(head))
    if not years or len({m.group(1) for m in years}) > 1:
        return None
    first, year = years[0], int(years[0].group(1))
    if year >= today.year or _TITLE_GOAL.search(head, 0, first.start()) or _SINCE.match(head, first.end()):
        return None
    if any(w in head + _title_tail(body, end) for w in LEX["review_titles"]) or re.search(
            rf"(?<![\d.]){year}\s*年\s*[，,]", body[end:end + _TITLE_ECHO_CHARS]):
        return year
    return None


def _title_tail(body: str, end: int) -> str:
    """The start of what follows a title's first line, blanks taken out: the rest of a
    title set over two lines (2022年大东区国民经济和社会发展 / 统 计 公 报), the break maybe
    joined as a wrap."""
    start = end + 1 if body.startswith("\n", end) else end
    stop = body.find("\n", start)
    line = re.sub(r"[ \t\u3000]+", "", body[start:stop if stop >= 0 else len(body)])
    return line[:_TITLE_TAIL]


#: How much of a title's second line is read (统计公报, 工作报告).
_TITLE_TAIL = 12


def _position(mark: tuple[int, int | None]) -> int:
    return mark[0]


def _with_year_paragraphs(text: str, marks: list[tuple[int, int | None]], year: int,
                          today_month: int | None = None) -> list[tuple[int, int | None]]:
    r"""``marks`` and, for each paragraph from a sentence that opens with ``year`` (last
    year, in an article from the first half-year) to its end, that year, and so for a
    paragraph from 过去的一年 in an article of ``today_month`` up to March (回顾过去一年, up to
    June); after the
    paragraph, whatever held before it.

    >>> _with_year_paragraphs("记者4日获悉。2020年，全区产值40亿元。全年外销70万吨。\n今年计划", [], 2020)
    [(7, 2020), (31, None)]
    """
    out = sorted(marks, key=_position)
    starts = [m.start(1) for m in _YEAR_OPENS.finditer(text) if int(m.group(1)) == year]
    if today_month is not None and today_month <= _REVIEW_SEASON:
        # 据了解，过去的一年，…。全年… by March; 回顾过去一年，…全年完成… in a story on the spring's
        # congresses, posted by June
        starts += [m.start() for m in _PAST_YEAR.finditer(text)
                   if today_month <= LOOKING_BACK_MONTHS or text.endswith(_LOOKING_BACK, 0, m.start())]
    for start in sorted(starts):
        k = bisect_right(out, start, key=_position) - 1
        before = out[k][1] if k >= 0 else None
        end = text.find("\n", start)
        out.append((start, year))
        if end >= 0:
            out.append((end, before))
        out.sort(key=_position)
    return out
