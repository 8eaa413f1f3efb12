"""The event clause of a date: what happened on it (see the package docstring)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import DEADLINE_AFTER, clause_start
from .points import Found
from .words import EVENT_FILLERS, EVENT_OPENERS

_CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")
_DATELINE_END = re.compile(r"(?<=[日\d）)])\s*[讯电](?![a-zA-Z\u4e00-\u9fff])\s*|(?<=[日\d）)])\s*[讯电]\s+")
_DATELINE_MARK = re.compile(r"\s*[讯电]")
_EVENT_MAX = 60
_QUOTES = " \u3000\t“”\""
_LINKS = " \u3000\t“”\"、和与及"
_BARE_LEADS = ("在", "于", "到", "从", "自")


def event(text: str, found: Found, spans: dict[int, int], starts: list[int]) -> str:
    """The clause the date governs; ``spans`` maps each date's start to its end, and
    ``starts`` are its keys in order."""
    start = clause_start(text, found.start)
    for m in _DATELINE_END.finditer(text, start, found.start):
        start = m.end()  # 本报9月9日讯 ends a clause
    lead = _lead(text, start, found.start, spans, starts)
    pos = found.end
    dateline = _DATELINE_MARK.match(text, pos, pos + 3)
    if dateline:
        pos = dateline.end()
    elif deadline := DEADLINE_AFTER.match(text, pos):
        pos = deadline.end()  # 6月底前完成整改: the deadline word goes with the date
    end = _clause_end(text, pos)
    rest = _skip_dates(text, pos, spans, end)
    if lead and lead not in _BARE_LEADS and not dateline \
            and text[rest:end].strip(_QUOTES) not in EVENT_FILLERS | {""}:
        return _trim(text[start:end])
    return _following(text, pos, spans) or _trim(text[start:end])


def _lead(text: str, start: int, date_start: int, spans: dict[int, int], starts: list[int]) -> str:
    """The words of the clause before the date, without the dates among them."""
    lead = text[start:date_start].strip(_LINKS)
    if lead:
        for a in starts[bisect_left(starts, start):bisect_left(starts, date_start)]:
            if spans[a] <= date_start:  # 中秋节、国庆节期间: other dates do not make a lead
                lead = lead.replace(text[a:spans[a]], "")
    return lead.strip(_LINKS)


def _skip_dates(text: str, pos: int, spans: dict[int, int], end: int) -> int:
    """The position after the dates (and 、 between them) that start at ``pos``."""
    while pos < end:
        while pos < end and text[pos] in " \u3000\t、和与及":
            pos += 1
        nxt = spans.get(pos)
        if nxt is None:
            return pos
        pos = nxt
    return pos


#: How far a clause is looked for: an event is at most _EVENT_MAX characters, and a
#: text without punctuation must not make every date scan to the end.
_CLAUSE_SCAN = 400


def _clause_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + _CLAUSE_SCAN)
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


def _following(text: str, pos: int, spans: dict[int, int]) -> str:
    """The rest of the clause after a leading date, or the sentence's next main clause:
    date-only clauses (今天上午，) and adverbial clauses (在…之际，肩负着…重任，) are
    skipped while the sentence goes on."""
    for _ in range(6):
        end = _clause_end(text, pos)
        pos = _skip_dates(text, pos, spans, end)
        body = text[pos:end].strip(_QUOTES)
        more = end < len(text) and text[end] in "，,；;：:"
        if body in EVENT_FILLERS:
            body = ""
        if body and not (more and body.startswith(EVENT_OPENERS)):
            return _trim(body)
        if not more:
            return _trim(body)
        pos = end + 1
    return ""


def _trim(text: str) -> str:
    return text.strip(" \u3000\t，,、：:“”\"‘’")[:_EVENT_MAX]
