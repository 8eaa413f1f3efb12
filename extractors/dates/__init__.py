"""Dated events: absolute, year-less, relative and period expressions, resolved to ISO.

Dates are found in two steps. One compiled regex cuts the text into *date atoms*
(``2024年``, ``9月``, ``9日``, ``今天``, ``上午``, ``上半年``, ``至``, ``以来`` …); atoms
that touch each other form a chain, and a small parser reads each chain as one or
more date expressions (``2024年9月9日``, ``1-10月``, ``今年以来``, ``6月底``).
Each expression resolves against ``today`` — the article's own date — to a
half-open day interval, rendered as the best ISO resolution:

>>> from datetime import date
>>> today = date(2024, 9, 9)
>>> [(d.text, d.iso, d.kind) for d in find_dates("今年以来，1-8月全区完成投资", today)]
[('今年以来', '2024', 'period'), ('1-8月', '2024-01/2024-08', 'period')]
>>> [(d.text, d.iso, d.relative) for d in find_dates("2021年初，科创区成立", today)]
[('2021年初', '2021-01', False)]
>>> parse_date("二〇二四年九月九日", None).iso
'2024-09-09'

Only clauses holding a trigger (a character such as 年/月/日, a clock, or a listed
word such as 目前) are cut into atoms; the rest of the text is skipped in C.

The modules, in the order the text flows through them: ``atoms`` (the pieces and
the trigger scan), ``grammar`` (a chain of atoms → dates as written), ``resolve``
(→ days, against ``context``: the article's date, the reviewed year, a clause that
looks ahead), ``events`` (the clause a date governs) and ``find`` (the whole text:
codes and schedules left out). ``days`` is the day arithmetic, ``words`` the
vocabulary of ``lexicon/dates.yaml``.

Conventions (the gold README's, plus the choices below):

* ``iso`` is a day, month or year, or an interval ``A/B`` of them (inclusive ends,
  as in ISO 8601 / EDTF: ``2024-01/2024-10``). It is ``None`` for vague words
  (近日, 近年来, 一年来) and for relative expressions when ``today`` is unknown.
* ``granularity`` says how to read ``iso``: ``day``, ``month``, ``year``, ``period``
  (an interval), ``range`` (an interval counted from today or between two dates)
  or ``now``; ``None`` when vague.
* A month or day without a year is in the article's year, unless it lies more than
  8 months after the article's month: then it is last year's (``12月`` in a January
  to March article). News rarely names next year's months without 明年 or the year.
  A month ahead of the article stays in its year when the clause looks ahead
  (将于11月底前, 力争到10月). A bare day (``9日``) is in the month of the last day
  written before it (新华社3月5日电 … 5日上午), else in the article's month unless it
  is more than 6 days ahead, then in the month before.
* Reviews: an article of January to June whose title or lead names last year
  (``2023年…统计公报``, ``全市2023年外贸…``), or the text after a section heading that
  names a year (``一、2023年工作回顾``), reports on that year. There 全年, 上年, 年末,
  一季度 and months not yet reached this year belong to the reviewed year, and
  过去一年/一年来 is that year — unless the clause looks ahead (今年将…年底前).
  今年 and 去年 always count from the article's date.
* ``X以来`` runs from the start of X to today; when X contains today (今年以来,
  9月以来) the iso is X itself. ``截至X`` and ``X前`` (a deadline) are X itself, with
  截至 and 前 outside the span, as the gold annotates them (截至6月底 → 6月底, 2024-06).
* Quarters, halves, 年初 (January), 年底/年末 (December), 月初/月底 (the month) and
  上/中/下旬 (days 1–10, 11–20, 21–end) are periods. A season names its year, like a
  school term (今年秋季, 2024年秋季学期 → 2024). 国庆假期 is the break, 10-01 to 10-07.
  The N-th week of a month is the week of its N-th Monday (9月第二周).
* Plan names (十四五, “十四五”时期) are codes (gold README): never dates.
* ``event`` is the clause the date governs: the rest of its clause when the date
  leads it (past fillers such as 期间 and sibling dates), else the whole clause; for
  a date-only clause (今天上午，) or a dateline (本报9月9日讯) the next clause of the
  sentence that is not adverbial (在…之际，肩负着…重任，). At most 60 characters.
* A year that is part of a name is a code, not a date: ``2024年第二期…培训班``,
  ``2024年年轻干部…培训班`` (year + 第N期/届/级/版, or year + a run of words ending in
  班/大会/论坛/公报/… with no verb in between). So are 第40个教师节, 5年 and 24小时.

The functions are pure: text in, records out, offsets into the text given.
"""

from __future__ import annotations

from .days import iso_bounds
from .find import find_dates, parse_date

__all__ = ["find_dates", "iso_bounds", "parse_date"]
