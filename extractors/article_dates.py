"""Which date each article of a page speaks from ("today"), and how it was found.

Tried in this order, the first that gives a date wins (``date_source``):

1. ``dateline`` — the article's own ``本报9月9日讯``; its year comes from the
   issue date, the file name's date or, failing both, a date the page prints;
2. ``page_dateline`` — the most common dateline of the page;
   ``signed`` — a letter's own date on its last line (a reply to a proposal, a
   notice: ``南华县交通运输局`` / ``2023年8月15日``), when it is not after the issue
   date and at most a year before it: the letter speaks from the day it was written,
   the page only posted it later; or the day a government site's metadata says the
   document was written (``[ 成文日期 ] 2024-05-20``), under the same bounds; or a
   speech's delivery day in its subtitle (``2019年3月21日在…会议上``), however long before a
   copy of it was posted;
3. ``pubdate`` / ``pubdates.csv`` — the issue date given with the page;
4. ``filename`` — a date in the file name (``qdxhx_20240910_A02.txt``);
5. ``inferred`` — read from the text: a date printed at the top of the article
   or of the page (a page header ``2021年4月22日 星期四``, a ``发布时间：2022-11-23``
   line, a date under a bulletin's title or in a report's subtitle); else a
   report's year (``2019年政府工作报告`` is delivered early in 2019: 2019-01, at
   month precision; ``一、2018年工作回顾`` heads the report of early 2019); else
   the latest full date the article gives as past (not ``力争2025年12月31日前``).

A month or a year given as the issue date (``--pubdate 2021-04``) is a bound:
when the text gives a date inside it, the article takes that date (``inferred``);
otherwise the month's or year's first day, at that precision (``pubdate``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import PurePath

from . import dates
from .articles import HEADLINE_MAX, ArticleSpan, is_credit_line
from .dates.context import REPORT_OFFSET, REPORT_YEAR
from .reference import Reference
from .text import normalize
from .wordlists import load

_FILENAME_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)")

_ARTICLES = load("articles")

_DATES = load("dates")
# A date the text looks ahead to is no date the article was written on.
_AHEAD_BEFORE = re.compile("(?:" + "|".join(map(re.escape, [
    *_DATES["future_cues"], "到", "至"])) + r")[\u4e00-\u9fff]{0,2}$")
_AHEAD_AFTER = re.compile("(?:" + "|".join(map(re.escape, [
    *_DATES["deadline_suffixes"], *_DATES["start_suffixes"]])) + ")")
_SENTENCE_FINAL = ("。", "！", "？", "；", "!", "?", ";")
_TOP_LINES = 5   # the lines under a title where its credit lines stand
_GLUED_TIME = re.compile(r"(?<=日)(?=\d{1,2}[时:：])")


def article_dates(page: str, spans: list[ArticleSpan], furniture: list[tuple[int, int]],
                  given: Reference | None, source: str = "") -> list[Reference | None]:
    """The date of each article of ``page`` (``None`` when nothing gives one).

    ``given`` is the issue date passed with the page, ``source`` its file name.
    """
    named = filename_date(source)
    tops: dict[tuple[int, int], date | None] = {}   # each article's top date, read once
    # The date the page prints is read only when something asks for it: a page given
    # its issue date to the day dates every article without it.
    printed: list[Reference | None] = []

    def page_date() -> Reference | None:
        if not printed:
            printed.append(_page_date(page, spans, furniture, tops))
        return printed[0]

    anchor = given or named or page_date()
    own = [_dateline_date(span, anchor) for span in spans]
    found = Counter(d for d in own if d)
    page_dateline = found.most_common(1)[0][0] if found else None
    chosen: list[Reference | None] = []
    for span, day in zip(spans, own, strict=True):
        if day is not None:
            chosen.append(Reference(day, "day", "dateline"))
        elif page_dateline is not None:
            chosen.append(Reference(page_dateline, "day", "page_dateline"))
        elif (signed := _own_date(page[span.start:span.end], given or named)) is not None:
            chosen.append(Reference(signed, "day", "signed"))
        elif given is not None and given.precision != "day":
            inferred = infer_date(page, span, furniture, page_date(), not_after=given.last_day, tops=tops)
            chosen.append(inferred if inferred is not None and given.covers(inferred.day) else given)
        else:
            chosen.append(given or named or infer_date(page, span, furniture, page_date(), tops=tops))
    return chosen


def infer_date(page: str, span: ArticleSpan, furniture: list[tuple[int, int]],
               printed: Reference | None = None, not_after: date | None = None,
               tops: dict[tuple[int, int], date | None] | None = None) -> Reference | None:
    """An article's date read from its text (see the module docstring, step 5);
    ``printed`` is the date the page prints for itself, ``not_after`` a bound,
    ``tops`` the top dates of the page's articles read so far (see :func:`_top_date`)."""
    top = _top_date(page, span, furniture, {} if tops is None else tops)
    if top is not None:
        return Reference(top, "day", "inferred")
    if printed is not None:
        return printed
    year = _report_year(page, span, furniture)
    if year is not None:
        return Reference(date(year, 1, 1), "month", "inferred")
    latest = _latest_past_date(_masked(page, span.start, span.end, furniture), not_after)
    return Reference(latest, "day", "inferred") if latest is not None else None


def filename_date(source: str) -> Reference | None:
    """A date written in a file name (``qdxhx_20240910_A02.txt``, ``2023-12-30.txt``)."""
    m = _FILENAME_DATE.search(PurePath(source).name) if source else None
    if not m:
        return None
    try:
        return Reference(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", "filename")
    except ValueError:
        return None


#: How long before its posting a letter may have been written and still be read as
#: speaking from its own date (a reply posted months later).
_SIGNED_BEFORE_DAYS = 366


def _own_date(text: str, posted: Reference | None) -> date | None:
    """The day a letter or document says it was written (:func:`_signed_date`, else
    :func:`_delivered_date`, else :func:`_written_date`), when that fits its posting
    (:func:`_fits_posting`)."""
    # a speech's delivery outranks a table's 成文日期 (汉滨区2025年政府工作报告 | 成文日期: 2025年04月15日 above
    # 2025年3月21日在…会议上: its 现在 is the day it was delivered)
    readers = (_signed_date, _written_date) if posted is None else (_signed_date, _delivered_date, _written_date)
    for read in readers:   # unposted, a speech's date is found by inference (the top lines)
        day = read(text)
        # a speech's subtitle (2019年3月21日在…会议上) dates it however late a copy was posted
        if day is not None and (_fits_posting(day, posted) or (
                read is _delivered_date and posted is not None and day <= posted.last_day)):
            return day
    return None


def _fits_posting(day: date, posted: Reference | None) -> bool:
    """Whether a document written on ``day`` may have been posted on ``posted``: not
    after it and at most :data:`_SIGNED_BEFORE_DAYS` before it."""
    return posted is None or 0 <= (posted.last_day - day).days <= _SIGNED_BEFORE_DAYS


def _signed_date(text: str) -> date | None:
    r"""The date a letter is signed with: its last line, a full date and nothing
    else (``2023年8月15日``, ``二〇二二年八月一日``).

    >>> _signed_date("现答复如下：……\n南华县交通运输局\n2023年8月15日\n")
    datetime.date(2023, 8, 15)
    >>> _signed_date("感谢您的关心。\n天水市交通运输局 2019年7月18日")
    datetime.date(2019, 7, 18)
    >>> _own_date("全年新增就业2万人。\n2023年8月15日", Reference(date(2023, 8, 1)))  # after posting
    """
    last = text.rstrip().rpartition("\n")[2].strip()
    signer, _, dated = last.rpartition(" ")
    if signer and len(signer) <= _SIGNER_CHARS and not _SENTENCE_MARKS.search(signer):
        last = dated.strip()   # 天水市交通运输局 2019年7月18日: the signer, then the date
    if not last or len(last) > 12:
        return None
    if last.isdigit():
        return _run_together(last)   # 2018717: a date typed without its separators
    found = _full_dates(last)
    if len(found) != 1:
        return None
    day, start, end, norm = found[0]
    if norm[:start].strip() or norm[end:].strip():
        return None          # the date is only part of the line
    return day


#: The longest signer's name written on the date's line (天水市交通运输局 2019年7月18日).
_SIGNER_CHARS = 20
_SENTENCE_MARKS = re.compile("[，。；：！？,;:!?]")


def _run_together(digits: str) -> date | None:
    """A letter's date typed without separators, when it reads one way only: 20180717,
    2018717 (7 and 17: no 71st day); not 2018111 (1月11日 or 11月1日).

    >>> _run_together("2018717"), _run_together("2018111")
    (datetime.date(2018, 7, 17), None)
    """
    if len(digits) not in (7, 8) or not digits.startswith(("19", "20")):
        return None
    year, rest = int(digits[:4]), digits[4:]
    readings = {(int(rest[:k]), int(rest[k:])) for k in (1, 2) if 0 < k < len(rest)} \
        if len(rest) == 3 else {(int(rest[:2]), int(rest[2:]))}
    days = []
    for month, day in readings:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return days[0] if len(days) == 1 else None


def _written_date(text: str) -> date | None:
    r"""The day a document says it was written, in its metadata (``[ 成文日期 ]\n2024-05-20``).

    >>> _written_date("[ 成文日期 ]\n2024-05-20\n[ 发布日期 ]\n2024-06-13\n答复函")
    datetime.date(2024, 5, 20)
    """
    m = _WRITTEN_LABEL.search(text)
    if m is None:
        return None
    found = _full_dates(text[m.end():m.end() + _WRITTEN_REACH])
    return found[0][0] if found else None


def _delivered_date(text: str) -> date | None:
    r"""The day a speech or report was delivered, on the lines under its title
    (``2025年1月17日\n——在湖镇镇第十五届人民代表大会第七次会议上``, ``——2019年2月16日在…会议上``).

    >>> _delivered_date("2024年湖镇镇政府工作报告\n2025年1月17日\n——在湖镇镇第十五届人民代表大会第七次会议上\n各位代表")
    datetime.date(2025, 1, 17)
    >>> _delivered_date("2025年1月17日，全镇召开会议。") is None
    True
    >>> _delivered_date("关于代表建议受理情况的报告\n——在2017222日平川区人民代表大会常务委员会第一次会议上")
    datetime.date(2017, 2, 22)
    """
    head = text[:_DELIVERED_REACH]
    if not _DELIVERED_HINT.search(head):
        return None   # no 会议上/大会上 (normalising drops only blanks): no date to read
    for day, start, end, norm in _full_dates(head):
        if _DELIVERED_AT.match(norm, end) or (
                _DELIVERED_AT_START.search(norm, max(0, start - 6), start) and _DELIVERED_MEETING.match(norm, end)):
            return day   # ——2019年2月16日在…会议上, ——在2017年2月22日…会议上
    return None


#: Where a speech's delivery date stands: right before 在…会议上 (a dash or a line break between).
_DELIVERED_AT = re.compile(r"[ \t\u3000]*\n?[ \t\u3000]*[—–-]*[ \t\u3000]*在[^\n。，]{2,40}?(?:会议|大会)上")
#: A delivery date inside the 在…会议上 phrase (——在2017年2月22日上海市徐汇区…会议上): the dash and 在
#: before it, the meeting after it.
_DELIVERED_AT_START = re.compile(r"[—–-]+[ \t\u3000]*在[ \t\u3000]*$")
_DELIVERED_MEETING = re.compile(r"[^。，\n]{0,60}?(?:会议|大会)上")
#: What _DELIVERED_AT needs in the text as printed, whatever blanks normalising drops.
_DELIVERED_HINT = re.compile(r"(?:会\s*议|大\s*会)\s*上")
#: How far into a text a delivery date is looked for: the title and the lines under it.
_DELIVERED_REACH = 200

_WRITTEN_LABEL = re.compile("|".join(map(re.escape, _ARTICLES["written_labels"])))
#: How far after its label a written date may stand (a table's brackets and line breaks between).
_WRITTEN_REACH = 24


def _dateline_date(span: ArticleSpan, anchor: Reference | None) -> date | None:
    if span.month_day is None or anchor is None:
        return None
    month, day = span.month_day
    year = anchor.day.year
    # A dateline is at most a few days before the issue; December news in a
    # January issue belongs to the year before. A year alone says nothing of that.
    if anchor.precision != "year" and month > anchor.day.month + 1:
        year -= 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _page_date(page: str, spans: list[ArticleSpan], furniture: list[tuple[int, int]],
               tops: dict[tuple[int, int], date | None]) -> Reference | None:
    """The date the page prints for itself: in its furniture (a page header, a
    发布时间 line), else at the top of its first article."""
    for start, end in furniture:
        day = _first_full_date(page[start:end])
        if day is not None:
            return Reference(day, "day", "inferred")
    if spans:
        day = _top_date(page, spans[0], furniture, tops)
        if day is not None:
            return Reference(day, "day", "inferred")
    return None


def _top_date(page: str, span: ArticleSpan, furniture: list[tuple[int, int]],
              tops: dict[tuple[int, int], date | None]) -> date | None:
    """The first full date of an article's top (:func:`_top_text`), kept in ``tops``:
    the page's date and its first article's date both read the first article's top."""
    key = (span.start, span.end)
    if key not in tops:
        tops[key] = _first_full_date(_top_text(page, span, furniture))
    return tops[key]


def _top_text(page: str, span: ArticleSpan, furniture: list[tuple[int, int]]) -> str:
    """Where an article prints its own date: its headline block, and the credit
    lines among its first lines (发布日期：… under a title too long for a headline)."""
    lines = page[span.top_end:span.end].split("\n", _TOP_LINES)[:_TOP_LINES]
    return "\n".join([_masked(page, span.start, span.top_end, furniture),
                      *(line for line in lines if is_credit_line(line))])


def _masked(page: str, start: int, end: int, furniture: list[tuple[int, int]]) -> str:
    """``page[start:end]`` with its furniture lines blanked (offsets kept)."""
    text = page[start:end]
    for f_start, f_end in furniture:
        lo, hi = max(f_start, start), min(f_end, end)
        if lo < hi:
            text = text[:lo - start] + " " * (hi - lo) + text[hi - start:]
    return text


def _full_dates(text: str) -> list[tuple[date, int, int, str]]:
    """Every full date (year, month and day written) in ``text``, with its span
    in the normalised text and that text."""
    # A metadata line glues the clock time to the day (2021年06月03日15时27分).
    norm = _GLUED_TIME.sub(" ", normalize(text).text)
    found = []
    for d in dates.find_dates(norm, None, events=False):
        day = (d.iso or "").partition("T")[0]   # 2021-06-03T15:27: its day
        if d.relative or d.granularity != "day" or len(day) != 10:
            continue
        found.append((date.fromisoformat(day), d.start, d.end, norm))
    return found


def _first_full_date(text: str) -> date | None:
    if not text.strip():
        return None
    found = _full_dates(text)
    return found[0][0] if found else None


def _report_year(page: str, span: ArticleSpan, furniture: list[tuple[int, int]]) -> int | None:
    """The year a report appears in, from its title or a section heading:
    2019年政府工作报告 → 2019, 一、2018年工作回顾 → 2019."""
    text = _masked(page, span.start, span.end, furniture)
    for line in [span.title, *text.split("\n")]:
        if "年" not in line:
            continue   # no year is written here (normalising folds no character into 年)
        line = normalize(line).text.strip(" \t\u3000")
        if not line or len(line) > HEADLINE_MAX or line.endswith(_SENTENCE_FINAL):
            continue   # a heading is short and ends no sentence
        m = REPORT_YEAR.search(line)
        if m is not None:
            return int(m.group("year")) + REPORT_OFFSET[m.group("kind")]
    return None


def _latest_past_date(text: str, not_after: date | None) -> date | None:
    """The latest full date of ``text`` that is not looked ahead to
    (力争2025年12月31日前, 自2024年1月1日起) and not after ``not_after``."""
    best: date | None = None
    for day, start, end, norm in _full_dates(text):
        if _AHEAD_BEFORE.search(norm, max(0, start - 6), start) or _AHEAD_AFTER.match(norm, end):
            continue
        if not_after is not None and day > not_after:
            continue
        if best is None or day > best:
            best = day
    return best
