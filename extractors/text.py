"""Decode bytes and normalise text for matching, keeping a map back to the source.

Text copied from newspaper PDFs is hard-wrapped mid-word and mid-number
(``达242`` / ``家``). :func:`normalize` joins such wraps and folds full-width
digits and letters, and returns a :class:`NormText` that maps every position of
the normalised text back to the original decoded text, so records keep offsets
into what the user gave us.

>>> n = normalize("全区金融机构达242\\n家，金融业态")
>>> n.text
'全区金融机构达242家，金融业态'
>>> n.to_original(7, 11)
(7, 12)
>>> normalize("同比增长１２．５％").text
'同比增长12.5%'
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from . import wordlists
from .dates.atoms import COMPACT_DIGITS, DAY_FIRST_DIGITS, compact_ymd

#: Files larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
MB = 1024 * 1024   # sizes are stated in binary megabytes everywhere: CLI, web page, widget


def megabytes(size: float) -> str:
    """A size as the CLI and the web page both state it.

    >>> megabytes(DEFAULT_MAX_BYTES), megabytes(52_428_800), megabytes(1_500_000)
    ('16 MB', '50 MB', '1.4 MB')
    """
    value = size / MB
    return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"


def with_cli_hint(reason: str) -> str:
    """A reason as the command line shows it: a size refusal says how to raise it."""
    return f"{reason}; raise it with --max-mb" if reason.startswith("file too large") else reason


def too_large(what: str, size: float, limit: float) -> str:
    """The one wording of every size refusal: what, how big, and the limit."""
    return f"{what} too large ({megabytes(size)}; the limit is {megabytes(limit)})"

# Full-width forms that carry numbers; folding them is one char for one char,
# so offsets do not move. Chinese punctuation (，。、) is kept: it separates
# clauses, and 82，225 is handled by the number grammar. Two signs that stand for a
# percent sign on real pages fold to it too: the small ﹪ and the care-of sign ℅, which
# input methods offer beside ％ (增长15℅).
_FULLWIDTH = "﹪℅０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ％．＋－／～＝＜＞"
_HALFWIDTH = "%%0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.+-/~=<>"
_FOLD = str.maketrans(_FULLWIDTH + "\u00a0\r", _HALFWIDTH + " " + " ")
_FOLDABLE = re.compile("[" + re.escape(_FULLWIDTH) + "\u00a0\r]")

# A line break inside a paragraph: the text before it does not end a sentence or
# open a paragraph (a colon), and the next line does not start with an indent or a
# blank line.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WRAP = re.compile(
    r"(?=[ \t\n])"   # first what the match starts with: re then tries few positions fully
    # a character that may continue; not a colon: a line ending in one is a salutation or a
    # letter's 现答复如下：, and what follows starts a paragraph
    rf"(?<=[{_CJK}0-9A-Za-z%.，、；“”‘’《》（）()\-+/·—–～~])"
    r"[ \t]*\n"
    rf"(?=[{_CJK}0-9A-Za-z%.，、。：；！？“”‘’《》（）()\-+/·…—–～~:])"  # next line starts at once
)


_CJK_RE = re.compile(f"[{_CJK}]")
_COMMON_CJK_RE = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]")


class InputError(ValueError):
    """Input that cannot be read as text; ``str(err)`` is one line naming the file."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NotChinese(InputError):
    """A readable file with no Chinese text: no article (a README, a licence). A
    folder's ingest skips it; a file asked for by name is an error."""

    def __init__(self, source: str) -> None:
        super().__init__(source, "no Chinese text found")


def decode(data: bytes, source: str = "<input>", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16, GB18030/GBK, or what
    charset-normalizer finds. Raises :class:`InputError` with a specific reason.

    >>> decode("本报讯".encode("gbk"))
    '本报讯'
    >>> decode(codecs.BOM_UTF8 + "今年以来".encode())
    '今年以来'
    >>> try:
    ...     decode(bytes(range(256)))
    ... except InputError as err:
    ...     print(err)
    <input>: binary file, not text
    """
    if len(data) > max_bytes:
        raise InputError(source, too_large("file", len(data), max_bytes))
    if not data.strip():
        raise InputError(source, "empty file")
    text = _decode_bytes(data, source)
    if not _CJK_RE.search(text):
        raise NotChinese(source)
    return text


def _decode_bytes(data: bytes, source: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    if _looks_utf16(data):
        return _strict(data, "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be", source)
    # All-Chinese UTF-16 without a BOM has few or no zero bytes (一 is 00 4E);
    # it decodes to mostly common CJK characters, which other bytes never do.
    if b"\x00" in data or _control_share(data) > 0.05:
        utf16 = _utf16_chinese(data)
        if utf16 is None:
            raise InputError(source, "binary file, not text")
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_chinese(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, "cannot decode: not UTF-8, UTF-16 or GB18030 text")
    return str(best)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(source, f"invalid {encoding} at byte {err.start}") from None


def _utf16_chinese(data: bytes) -> str | None:
    """``data`` read as UTF-16 (either byte order) when that gives mostly
    common Chinese characters, else None."""
    if len(data) % 2 or len(data) < 4:
        return None
    best, best_share = None, 0.5
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = len(_COMMON_CJK_RE.findall(text)) / max(1, len(text.strip()))
        if share >= best_share:
            best, best_share = text, share
    return best


def _looks_utf16(data: bytes) -> bool:
    # Chinese in UTF-16 without a BOM: many zero bytes in one of the two byte
    # columns (ASCII) or none at all but an even length and no valid UTF-8.
    if len(data) < 4 or len(data) % 2:
        return False
    zeros_even, zeros_odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    return max(zeros_even, zeros_odd) > 0.2 * half and min(zeros_even, zeros_odd) < 0.02 * half


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / max(1, len(sample))


@dataclass(slots=True)
class NormText:
    """Normalised text plus a piecewise map back to the original.

    ``_norm_starts[k]`` is where segment *k* starts in ``text`` and
    ``_deltas[k]`` how far its characters moved left; within a segment the
    shift is constant because only whole line breaks are dropped.
    """

    original: str
    text: str
    _norm_starts: list[int] = field(default_factory=lambda: [0])
    _deltas: list[int] = field(default_factory=lambda: [0])

    def orig_index(self, i: int) -> int:
        """Original index of normalised position ``i`` (``0 <= i <= len(text)``)."""
        k = bisect_right(self._norm_starts, i) - 1
        return i + self._deltas[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span to the original; a span never grows
        to swallow a dropped line break at its edges."""
        if end <= start:
            o = self.orig_index(start)
            return o, o
        return self.orig_index(start), self.orig_index(end - 1) + 1

    def norm_index(self, orig: int) -> int:
        """Normalised position of original index ``orig`` (a dropped character
        maps to the next kept one)."""
        lo, hi = 0, len(self._norm_starts) - 1
        while lo < hi:  # last segment whose original start is <= orig
            mid = (lo + hi + 1) // 2
            if self._norm_starts[mid] + self._deltas[mid] <= orig:
                lo = mid
            else:
                hi = mid - 1
        return max(self._norm_starts[lo], orig - self._deltas[lo])


# ASCII clause punctuation beside Chinese text (pages copied from the web often
# carry 全年实现地区生产总值92068.7亿元,比上年增长6.0%, or 今年以来 , 全省… with a blank on
# each side): the Chinese mark, one character for one, so clauses split the same way;
# 1,234 and 12:30 stay.
# One pattern a mark, each starting with its mark (re skips to it in C) and replaced by
# a string, not a function called for every match. A mark already replaced is neither
# Chinese nor any of the marks the look-arounds test for, so the passes do not interact.
_ASCII_CLAUSE = {mark: (re.compile(rf"{mark}(?:(?<=[{_CJK}%”）]{mark})|(?<=[{_CJK}%”）][ \u3000]{mark})"
                                   rf"|(?=[ \u3000]?[{_CJK}“（]))"), wide)
                 for mark, wide in {",": "，", ":": "：", ";": "；"}.items()}


#: A section heading or a figure's caption alone on its line (一、综合, （二）工业,
#: 图1 2019-2023年地区生产总值…), up to the line's end: never a wrapped line.
_HEADING_LINE = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]"
    r"|第[一二三四五六七八九十]+[章节部分]|[图表][0-9]+[ \t\u3000:：.．])[^\n。；！？，]{0,40}$")

#: A web page's metadata line under its title (来源：宁波市奉化区人民政府 发布时间：…): the break
#: before and after it is no wrap (the title and the first paragraph stay apart).
_METADATA_LINE = re.compile(
    r"[ \t\u3000]*(?:(?:" + "|".join(map(re.escape, sorted(wordlists.load("articles")["metadata_labels"],
                                                         key=len, reverse=True))) + r")[ \t\u3000]*[:：]"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2})")   # or 2019-08-16 11:36:56 [来源:…]

#: The marks that open a list's points (·地区生产总值为…, ●, ■).
LIST_BULLETS = "·•●■◆▪"

#: A line that opens with a section marker (一、 二. （二） 第三章) or a list item's number
#: (1.承办…, 1.2017-2021年…; not 5.6% wrapped from the line before) starts a new section
#: or list item: the break before it is no wrap either.
_HEADING_AHEAD = re.compile(
    r"[ \t\u3000]*(?:[" + LIST_BULLETS + r"]|[一二三四五六七八九十]+[、.．]|[1-9][0-9]?[.．](?=[^\d\s.．]|(?:19|20)\d\d(?:年|[-—–~～至]))|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分])")

#: A date alone on its line (（2001年3月13日）, 2024年7月6日 under a bulletin's title): a
#: page's or document's date, never part of a wrapped sentence, before or after it.
DATE_LINE = re.compile(
    r"[ \t\u3000]*[（(]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?[ \t\u3000]*(?:\n|$)")

#: A line opening with a day and a comma (8月15号，…) under a text's first line: the lead's first
#: words under its headline, and the characters that, ending the line before, would take that
#: day as their object (于8月15日).
_DAY_OPENS = re.compile(r"[ \t\u3000]*\d{1,2}月\d{1,2}[日号][，,]")
_DAY_TAKERS = frozenset("于在至到从自截的和、与及是为")

#: A full date written with dashes or slashes ending a line (| 招商动态 |2018-04-24): a web
#: page's date, never a number wrapped onto the next line.
_ENDS_WITH_DAY = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]*$")

#: A date whose 年, 月 and 日 were lost, on a line of its own (a letter's signature: 2025325).
_COMPACT_DATE_LINE = re.compile(r"[ \t\u3000]*(" + COMPACT_DIGITS + r")[ \t\u3000]*(?:\n|$)")


#: A photo's or story's credit ending its line (…满足游客需求。 王志清摄, 天山网-新疆日报记者 高峰,
#: 本报资料图片): the end of a caption or a byline, never a sentence wrapped onto the next line.
_CREDIT_END = re.compile(r"(?:[ \t\u3000][\u4e00-\u9fff·]{2,4}摄|资料图片|(?:记者|通讯员)[ \t\u3000]+[\u4e00-\u9fff·]{2,4})"
                         r"[ \t\u3000]*$")


def _compact_date_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a date that lost its 年, 月 and 日 and reads one way only
    (2025325, not 2025115: 1月15日 or 11月5日)."""
    m = _COMPACT_DATE_LINE.match(text, pos)
    return m is not None and compact_ymd(m.group(1)) is not None


#: A piece of a web page's date alone on its line, as some sites set it beside the title
#: (2022 / 11/23 / 11:30): page furniture, never part of a wrapped sentence.
DATE_PIECE_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:(?:19|20)\d{2}|\d{1,2}/\d{1,2}|\d{1,2}:\d{2})[ \t\u3000]*$")

#: A date written day first, with its time, alone on its line (23.07.2014  23:04), as a foreign
#: site prints a page's date: never part of a wrapped sentence.
_DAY_FIRST_LINE = re.compile(r"[ \t\u3000]*" + DAY_FIRST_DIGITS + r"(?:[ \t\u3000]+\d{1,2}:\d{2})?[ \t\u3000]*(?:\n|$)")

#: The longest line a hard-wrapped page is taken to have: a newspaper column holds
#: 10–30 characters a line, a full-width page up to about 50. A longer line is a
#: paragraph of text copied from the web, and the break after it ends that paragraph.
LONGEST_WRAPPED_LINE = 80

#: A chart's or table's caption line (图1 2019-2023年地区生产总值及其增长速度): page
#: furniture whose numbers are labels, not claims.
#: The head of a table's column of row labels, letter-spaced or not (指  标, 项目名称).
_TABLE_HEAD = "|".join("[ \t\u3000]*".join(map(re.escape, w))
                       for w in sorted(wordlists.load("observations")["table_heads"], key=len, reverse=True))
CAPTION_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:[图表][0-9]+[ \t\u3000:：.．]|[0-9]+[ \t\u3000]+(?=(?:19|20)\d\d[ \t\u3000]*年)"
                          # a caption with no 表N: a year's title over a table's head (2021年全县生产总值⏎指  标)
                          r"|(?=(?:19|20)\d\d[ \t\u3000]*年[^\n。；！？，]{1,30}\n[ \t\u3000]*(?:" + _TABLE_HEAD + r")[ \t\u3000]*\n))"
                          r"[^\n。；！？，]{0,40}$")
#: A web address (http://www.example.org/news/2019-04-17/77469.html): its digits are no
#: figure and no date.
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+")


#: A line of a table copied as text: a label, then cells set apart by spaces, each a number
#: (粮食 122800 -3.9) or a column's name with its unit in brackets (产品名称 产量(吨)
#: 比上年增长(%)). Its line breaks are no wraps.
TABLE_LINE = re.compile(
    r"[ \t\u3000]*[^\s。；！？，,]{1,16}(?:[ \t\u3000]+-?\d[\d.,]*%?){1,8}[ \t\u3000]*(?=\n|$)"
    r"|[ \t\u3000]*[^\s。；！？，,]{1,16}(?:[ \t\u3000]+[^\s。；！？，,]{1,12}[(（][^()（）\s]{1,6}[)）]){1,8}[ \t\u3000]*(?=\n|$)")


def _cell_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of tables copied one cell to a line under their caption (表1:2018年财政收支…⏎
    指标⏎绝对值(亿元)⏎比上年增长(%)⏎财政总收入⏎831.03⏎6.1⏎…): short lines with no sentence
    mark, at least :data:`_CELL_NUMBERS` of them numbers alone."""
    blocks: list[tuple[int, int]] = []
    for caption in CAPTION_LINE.finditer(text):
        if blocks and caption.start() < blocks[-1][1]:
            continue   # inside the table before it
        pos, end, numbers = caption.end() + 1, caption.end(), 0
        while pos < len(text):
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            cell = text[pos:stop].strip(" \t\u3000")
            if not cell or len(cell) > _LONGEST_CELL or _SENTENCE_MARK.search(cell) \
                    or CAPTION_LINE.fullmatch(text, pos, stop):
                break   # each caption's lines are scanned once: a next caption ends them
            numbers += bool(NUMBER_CELL.fullmatch(cell))
            end, pos = stop, stop + 1
        if numbers >= _CELL_NUMBERS:
            blocks.append((caption.start(), end))
    return blocks


#: A cell of a table copied one cell to a line: at most this many characters, no sentence
#: mark; and how many numbers alone make such lines a table.
_LONGEST_CELL = 16
_SENTENCE_MARK = re.compile("[，。；！？,;]")
_CELL_NUMBERS = 4
#: A table's number cell: 122800, -3.9, 1,234.5.
NUMBER_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


class Spans:
    """Half-open spans, asked whether any overlaps a given one, in log time (a long table's
    cells against the figures the running text found there; a wrapped line in a table)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []   # the furthest end among the spans up to each one
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, end - 1)   # the spans that start before ``end``
        return k > 0 and self.reach[k - 1] > start

    def holds(self, pos: int) -> bool:
        """Whether a span holds ``pos``."""
        return self.overlaps(pos, pos + 1)


def _apart_digits(text: str, end: int, next_start: int) -> bool:
    """Whether the line ending at ``end`` ends in digits set apart by a space and the
    next line (from ``next_start``) opens with a digit: two numbers, not one wrapped."""
    if not (0 < end and next_start < len(text) and text[end - 1].isdigit() and text[next_start].isdigit()):
        return False
    k = end - 1
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    return k > 0 and text[k - 1] in " \t\u3000"


def _number_then_unit(text: str, end: int, next_start: int) -> bool:
    """Whether a line ending at ``end`` in a digit is followed by a line opening with a
    measure word (…委员提案30 / 件,23件已办结): one number cut from its unit, however long
    the line."""
    return 0 < end and text[end - 1].isdigit() and text[next_start:next_start + 1] in _UNIT_OPENERS


#: The first characters of the Chinese measure words of lexicon/units.yaml.
_UNIT_OPENERS = frozenset(w[0] for w in wordlists.load("units")["units"] if "\u4e00" <= w[0] <= "\u9fff")


def _line_length(text: str, start: int) -> int:
    """The length of the line that starts at ``start``."""
    end = text.find("\n", start)
    return (end if end >= 0 else len(text)) - start


#: A line holding ASCII double quotes and Chinese text (全面落实 " 四个走在前 "" 四个新 " 重大任务).
_ASCII_QUOTES = re.compile('[^\n"]*"[^\n]*')


def _paired_quotes(m: re.Match[str]) -> str:
    """The line with its ASCII double quotes read as Chinese ones, opening and closing in turn,
    when they pair up and the line is Chinese: one character for one, as the folds are."""
    line = m.group()
    if line.count('"') % 2 or not _CJK_RE.search(line):
        return line
    parts = line.split('"')
    return "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1]


def _folded(original: str) -> str:
    """``original`` with full-width digits and letters folded, and ASCII clause marks and double
    quotes beside Chinese text read as Chinese ones: one character for one."""
    # translate() walks every character in Python's slow path; most pages hold
    # nothing to fold, which one C-level search tells.
    folded = original.translate(_FOLD) if _FOLDABLE.search(original) else original
    for mark, (pattern, wide) in _ASCII_CLAUSE.items():
        if mark in folded:
            folded = pattern.sub(wide, folded)
    if '"' in folded:
        folded = _ASCII_QUOTES.sub(_paired_quotes, folded)
    return folded


def normalize(original: str) -> NormText:
    """Fold full-width digits and letters, ASCII clause marks beside Chinese text,
    and join hard-wrapped lines.

    >>> normalize("初步核算,全年实现地区生产总值1,234亿元,增长6.0%;其中").text
    '初步核算，全年实现地区生产总值1,234亿元，增长6.0%；其中'
    >>> normalize("今年以来 , 全省工业增长2.7% , 环比回升").text
    '今年以来 ， 全省工业增长2.7% ， 环比回升'
    """
    folded = _folded(original)
    pieces: list[str] = []
    norm_starts, deltas = [0], [0]
    last, dropped, norm_len = 0, 0, 0
    cell_blocks = Spans(_cell_blocks(folded))
    for m in _WRAP.finditer(folded):
        if cell_blocks.holds(m.start()) or cell_blocks.holds(m.start() - 1):
            continue   # 表1:…⏎指标⏎绝对值(亿元)⏎…⏎831.03⏎6.1: a table's cells, one to a line, and its end
        # A heading holds no line break: searching its line alone finds what a search
        # of the whole text up to it would (which cost time in the square of the size).
        line_start = folded.rfind("\n", 0, m.start())
        if _HEADING_LINE.search(folded, max(line_start, 0), m.start()) \
                or _HEADING_AHEAD.match(folded, m.end()):
            continue   # 一、综合 on a line of its own is a heading, not a wrapped line
        if _line_length(folded, m.end()) > LONGEST_WRAPPED_LINE:
            continue   # a line over a web page's paragraph is a heading (2025年和“十四五”工作回顾)
        if _ENDS_WITH_DAY.search(folded, max(line_start, 0), m.start()):
            continue   # | 招商动态 |2018-04-24 / 4月20日上午，…: a page's date ends its line
        if _CREDIT_END.search(folded, max(line_start, 0), m.start()):
            continue   # …满足游客需求。 王志清摄 / 天山网-新疆日报记者 高峰: a credit ends its line
        if any(p.match(folded, m.end()) or p.match(folded, line_start + 1)
               for p in (DATE_LINE, DATE_PIECE_LINE, _DAY_FIRST_LINE)) \
                or _compact_date_line(folded, line_start + 1) or _compact_date_line(folded, m.end()):
            continue   # nor is a date on a line of its own, or a piece of one (2022 / 11/23 / 11:30)
        if _METADATA_LINE.match(folded, m.end()) or _METADATA_LINE.match(folded, line_start + 1):
            continue   # nor a page's 来源/发布时间 line
        if line_start < 0 and _DAY_OPENS.match(folded, m.end()) and folded[m.start() - 1:m.start()] not in _DAY_TAKERS:
            continue   # a headline …发布会举行 / 8月15号，…召开: the lead opens with its day, no wrap
        if _apart_digits(folded, m.start(), m.end()):
            continue   # 统计公报 2019 / 2019年…: a number set apart at the line's end, then another
        cut_number = _number_then_unit(folded, m.start(), m.end())   # 提案30 / 件: always a wrap
        if not cut_number and (TABLE_LINE.fullmatch(folded, line_start + 1, m.start())
                               or TABLE_LINE.match(folded, m.end())):
            continue   # a table's header or row (粮食 122800 -3.9): each on its own line
        if m.start() - line_start > LONGEST_WRAPPED_LINE and not cut_number:
            continue   # a web page's paragraph (…复函如下： / 2019年，…), not a column's line
        pieces.append(folded[last:m.start()])
        norm_len += m.start() - last
        dropped += m.end() - m.start()
        last = m.end()
        norm_starts.append(norm_len)
        deltas.append(dropped)
    pieces.append(folded[last:])
    return NormText(original, "".join(pieces), norm_starts, deltas)


# A sentence: a run up to 。！？； (with closing quotes) or a line break; leading
# blanks are skipped by the first group so spans start at the first character.
_SENTENCE = re.compile(
    r"[ \t\u3000]*([^\n。！？；!?;]+(?:[。！？；!?;]+[”’」』）)]*)?|[。！？；!?;]+[”’」』）)]*)"
)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of ``text`` (split at 。！？； and line breaks).

    >>> s = "今天上午，会议召开。主任主持会议！\\n下一步"
    >>> [s[a:b] for a, b in sentence_bounds(s)]
    ['今天上午，会议召开。', '主任主持会议！', '下一步']
    """
    bounds: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span(1)
        piece = text[start:end].rstrip(" \t\u3000")
        if piece:
            bounds.extend(_windows(text, start, start + len(piece)))
    return bounds


#: The longest sentence a record carries: text without 。！？； (a table dump, a
#: hostile file) is cut into windows of about this size, so every record and every
#: per-sentence rule stays bounded whatever the file's shape.
MAX_SENTENCE = 500


def _windows(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` in pieces of at most MAX_SENTENCE characters, cut after a
    comma or a space near the limit when there is one.

    >>> [b - a for a, b in _windows("字" * 1200, 0, 1200)]
    [500, 500, 200]
    """
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        soft = max(text.rfind(c, start + MAX_SENTENCE // 2, cut) for c in "，、 ,")
        cut = soft + 1 if soft > start else cut
        yield start, cut
        start = cut
    yield start, end
