r"""Tables copied as text from statistical bulletins: their cells are figures.

A bulletin's table keeps its shape when copied from a web page or a PDF: a caption
(``表1 2022年主要农产品产量``), a header line naming the columns, with each column's
unit in brackets (``产品名称 产量(吨) 比上年增长(%)``), then one line per row, a label and
its numbers set apart by spaces (``粮食 122800 -3.9``). Running text never reads those
numbers (a bare number is no claim), so this module reads them, one figure per cell:
the unit is the row label's own (``造林面积(亩)``) or else the column's, a growth column's
cells are rates of change (a minus sign is a decrease), and the caption's year is the
cells' period.

A table flattened into running text keeps its cells apart by bars instead, with the unit
in the caption (``表1 生产总值及行业构成 单位:亿元 指标名称 | 增加值 | 同比增长% |
地区生产总值 | 90.39 | 9.8 |``): the cells before the first number are the header and
the first row's label, and every row has as many cells as the header. A copy may put
each such cell on a line of its own (``项目名称 |⏎增加值 |⏎…``); it is read the same.

>>> cells = find_cells("表1 2022年主要农产品产量\n产品名称 产量(吨) 比上年增长(%)\n粮食 122800 -3.9\n")
>>> [(c.quantity.text, c.quantity.value, c.quantity.unit, c.quantity.change, c.indicator, c.year)
...  for c in cells]
[('122800', 122800.0, '吨', None, '粮食产量', '2022'), ('-3.9', 3.9, '%', 'decrease', '粮食产量', '2022')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import wordlists
from .indicators import GDP, catalogue
from .quantities import parse_quantity
from .records import Quantity
from .segment import word_pattern
from .text import CAPTION_LINE, NUMBER_CELL

_LEX = wordlists.load("observations")

#: A column's or row label's unit in brackets: 产量(吨), 造林面积（亩）.
_BRACKETED = re.compile(r"^(?P<name>.*?)[(（](?P<unit>[^()（）]{1,6})(?:[)）]|$)")
#: A number cell: 122800, -3.9, 1,234.5.
_NUMBER = NUMBER_CELL
#: A column of an index against a base of 100 (上年同期=100, 上年=100).
_INDEX_BASE = re.compile(r"=\s*100$")
#: Words of a column of rates of change (比上年增长(%), 增速, 同比±%): the growth words of
#: lexicon/observations.yaml, and 增长 and ± themselves.
_GROWTH_COLUMN = re.compile(f"{word_pattern(_LEX['growth_words'])}|增长|±")
#: A column of levels named only as such (绝对值(亿元)).
_VALUE_COLUMNS = frozenset(_LEX["value_columns"])
#: A column of shares of a whole (比重(%)): no figure of the row's indicator.
_SHARE_COLUMN = re.compile(word_pattern(_LEX["share_columns"]))
#: What opens a row that breaks down the one before it (其中：小麦).
_BREAKDOWN = re.compile(f"^(?:{word_pattern(_LEX['breakdown'])})[:：]")
#: Cells set apart by spaces.
_CELL_SPLIT = re.compile(r"[ \t\u3000]+")
#: The year a caption names (表1 2022年主要农产品产量).
_CAPTION_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(年末|年底|末|底)?")
#: A table flattened into a line, its cells set apart by bars: the caption (表1 …), then at
#: least two rows' worth of cells.
_BAR_TABLE = re.compile(r"[图表][0-9]+[ \t\u3000:：.．][^\n。；！？|]{0,60}\n?[^\n。；！？|]{0,30}"
                        r"(?:\n?\|\n?[^\n|]*){6,}")
#: The unit a caption names for every column without its own (单位:亿元).
_CAPTION_UNIT = re.compile(r"单位[:：]\s*([^\s|,，;；、)）]{1,6})")
#: A column's name ending in its unit, unbracketed (同比增长%).
_TRAILING_PERCENT = re.compile(r"^(?P<name>.+?)(?P<unit>[%％])$")


@dataclass(slots=True)
class Cell:
    """One figure of a table: its quantity (spans into the text), the indicator its row
    and column name, and the year its caption gives (None when it gives none)."""

    quantity: Quantity
    indicator: str | None
    year: str | None
    label: tuple[int, int] = (0, 0)   # the span of its row's label (60 岁及以上: no figure)


def find_cells(text: str) -> list[Cell]:
    """Every number cell of every table in ``text`` whose header names the columns'
    units; a zero growth cell (0.0) says nothing and is left out."""
    out: list[Cell] = []
    if "|" in text:
        out.extend(cell for m in _BAR_TABLE.finditer(text) for cell in _bar_table(text, m))
    if "(" not in text and "（" not in text:
        return out   # no header can name its columns' units: most pages, at no cost
    year: str | None = None
    header: list[str] | None = None
    lines = _lines(text)
    skip_to = 0
    for i, (start, line) in enumerate(lines):
        if i < skip_to:
            continue
        stripped = line.strip(" \t\u3000")
        if (caption := CAPTION_LINE.match(text, start)) and caption.end() == start + len(line):
            year, header = _caption_period(line), None
            cells_below, skip_to = _line_table(text, lines, i + 1, year)
            out.extend(cells_below)
            continue
        cells = _CELL_SPLIT.split(stripped) if stripped else []
        if len(cells) >= 2 and not any(_NUMBER.fullmatch(c) for c in cells) \
                and any(_BRACKETED.match(c) for c in cells[1:]):
            header = cells
            continue
        if header is None or len(cells) < 2 or not all(_NUMBER.fullmatch(c) for c in cells[1:]) \
                or len(cells) > len(header):
            header = None if not stripped or header is None or len(cells) < 2 else header
            continue
        out.extend(_row_cells(line, start, cells, header, year))
    return sorted(out, key=lambda c: c.quantity.start)


def _caption_period(caption: str) -> str | None:
    """The period a caption gives its cells: its year (表1 2022年主要农产品产量), or that
    year's end for counts at it (表1 2021 年年末常住人口数及构成, 表1 2023年末户籍人口数及构成)."""
    found = _CAPTION_YEAR.search(caption)
    if found is None:
        return None
    return f"{found.group(1)}-12" if found.group(2) else found.group(1)


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its start."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _line_table(text: str, lines: list[tuple[int, str]], first: int,
                year: str | None) -> tuple[list[Cell], int]:
    """The cells of a table copied one cell to a line under its caption (表1 …⏎指标⏎
    绝对值(亿元)⏎比上年增长(%)⏎财政总收入⏎831.03⏎6.1⏎#增值税⏎373.88⏎…): the lines before
    the first number are the header and the first row's label, and each row is a label and
    one number to a column after it. Returns the cells and the index of the line after the
    table (``first`` when there is none)."""
    # a header cell letter-spaced (指  标) is one word
    cells = [_LETTER_SPACE.sub("", line.strip(" \t\u3000")) for _, line in lines[first:first + _HEAD_LINES + 1]]
    head_end = next((k for k, c in enumerate(cells) if _NUMBER.fullmatch(c)), 0)
    header = [_with_unit(c, None) for c in cells[:head_end - 1]]   # 比上年增长% is 比上年增长(%)
    if header and _BRACKETED.match(header[0]):
        header = ["", *header]   # 年末数(万人)⏎比重(%)⏎常住人口⏎44.84: no head over the labels
    if len(header) < 2 or not any(_BRACKETED.match(c) for c in header[1:]) \
            or any(not c or _CELL_SPLIT.search(c) for c in cells[:head_end]):
        return [], first
    width = len(header)
    out: list[Cell] = []
    k = first + head_end - 1
    while k + width <= len(lines):
        row = [line.strip(" \t\u3000") for _, line in lines[k:k + width]]
        if not row[0] or _NUMBER.fullmatch(row[0]) or not all(_NUMBER.fullmatch(c) for c in row[1:]):
            break
        start = lines[k][0]
        end = lines[k + width - 1][0] + len(lines[k + width - 1][1])
        out.extend(_row_cells(text[start:end], start, row, header, year))
        k += width
    return (_value_added_rows(out), k) if out else ([], first)


def _value_added_rows(cells: list[Cell]) -> list[Cell]:
    """Under a first row of the whole GDP, a row named by a sector (其中:工业) is that sector's
    value added (工业增加值): the table breaks the GDP down."""
    if not cells or cells[0].indicator != GDP:
        return cells
    for cell in cells:
        if cell.indicator is None:
            cell.indicator = catalogue().find(cell.quantity.subject.removesuffix("增速") + "增加值",
                                              cell.quantity.unit_kind)
    return cells



#: Blanks between two Chinese characters: a letter-spaced word (指  标).
_LETTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")

#: How many lines a table copied one cell to a line may give its header and first label.
_HEAD_LINES = 8


def _bar_table(text: str, found: re.Match[str]) -> list[Cell]:
    """The cells of one table flattened into a line with bars between its cells."""
    parts = found.group().split("|")
    head_end = next((k for k, p in enumerate(parts) if _NUMBER.fullmatch(p.strip())), 0)
    if head_end < 3:
        return []
    head = parts[0].strip()
    if parts[0].rstrip(" \t\u3000").endswith("\n"):   # 表1 …⏎|⏎指标名称⏎|…: the caption on a line of its own
        caption, first, columns = head, parts[1].strip(), parts[2:head_end - 1]
    else:
        cut = max(head.rfind(" "), head.rfind("\n"))   # the caption, then the first cell
        caption, first = (head[:cut], head[cut + 1:]) if cut >= 0 else ("", head)
        columns = parts[1:head_end - 1]
    unit = _CAPTION_UNIT.search(caption)
    period = _caption_period(caption)
    header = [first] + [_with_unit(p.strip(), unit.group(1) if unit else None) for p in columns]
    width = len(header)
    out: list[Cell] = []
    at = found.start() + len(parts[0]) + sum(len(p) + 1 for p in parts[1:head_end - 1]) + 1
    k = head_end - 1
    while k + width <= len(parts):
        row = [p.strip() for p in parts[k:k + width]]
        if _NUMBER.fullmatch(row[0]) or not all(_NUMBER.fullmatch(c) for c in row[1:]):
            break
        span = "|".join(parts[k:k + width])
        out.extend(_row_cells(span, at, row, header, period))
        at += len(span) + 1
        k += width
    return out


def _with_unit(column: str, unit: str | None) -> str:
    """A column's name with its unit in brackets, as a header line writes it: 同比增长%
    is 同比增长(%); 增加值 under a caption's 单位:亿元 is 增加值(亿元)."""
    if _BRACKETED.match(column):
        return column
    if (m := _TRAILING_PERCENT.match(column)):
        return f"{m.group('name')}({m.group('unit')})"
    return f"{column}({unit})" if unit else column


def _row_cells(line: str, start: int, cells: list[str], header: list[str], year: str | None) -> list[Cell]:
    label = _BREAKDOWN.sub("", cells[0]).lstrip("#＃")   # #增值税: a bulletin's mark of a part
    own = _BRACKETED.match(label)
    label = own.group("name") if own else label
    names = [(m.group("name") if (m := _BRACKETED.match(h)) else h) for h in header[1:]]
    level_name = next((n for n in names if not _GROWTH_COLUMN.search(n) and not _INDEX_BASE.search(n)), "")
    level_name = "" if level_name in _VALUE_COLUMNS else level_name   # 绝对值(亿元): the label names it
    # 粮食 under 产量(吨) is 粮食产量; 造林面积(亩) and 地区生产总值 name themselves
    canonical = catalogue().alias(label)
    named = own or not level_name or label.endswith(level_name) \
        or (canonical is not None and not canonical.endswith(level_name))
    base = label if named else label + level_name
    out: list[Cell] = []
    at = line.index(cells[0]) + len(cells[0])
    label_span = (start + at - len(cells[0]), start + at)
    for k, cell in enumerate(cells[1:], start=1):
        at = line.index(cell, at)
        column = _BRACKETED.match(header[k])
        column_name, unit = (column.group("name"), column.group("unit")) if column else (header[k], "")
        growth = bool(_GROWTH_COLUMN.search(column_name)) and unit in ("%", "％")
        if not growth and own is not None:
            unit = own.group("unit")   # 造林面积(亩) under 产量(吨): the row's own unit
        cell_start, at = start + at, at + len(cell)
        number = cell.lstrip("-").replace(",", "")
        if growth and float(number) == 0:
            continue   # 0.0: no change, and no record of one
        read = parse_quantity(number + unit) if unit else None   # as written: 1228004, 12345.67
        if read is not None:
            value, cell_unit, kind = read.value, read.unit, read.unit_kind
        elif _INDEX_BASE.search(column_name):
            value, cell_unit, kind = float(number), "", "index"   # 上年同期=100: 居民消费价格总指数 102.7
        else:
            continue
        quantity = Quantity(
            text=cell, start=cell_start, end=cell_start + len(cell), value=value,
            unit=cell_unit, unit_kind=kind, qualifier="exact",
            subject=base + ("增速" if growth else ""),
            change=("decrease" if cell.startswith("-") else "increase") if growth else None)
        share = kind == "percent" and not growth and _SHARE_COLUMN.search(column_name)
        out.append(Cell(quantity, None if share else catalogue().find(base, kind), year, label_span))
    return out
