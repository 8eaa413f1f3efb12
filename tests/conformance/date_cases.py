"""The Tier-1 date cases of the peer projects' own test suites (vendored in data/), and
how our extractor is compared with each.

Three peers, each compared as half-open ``[start, end)`` day ranges with the peer's own
reference date (CONFORMANCE.md §3.1 rows 8–10, §3.4):

* recognizers-text ``DateTimeModel.json``: cases whose expected results are all
  ``date``/``daterange``, plus the negatives. Every expected result must be found
  with its exact span and one of its resolutions (past or future); nothing else
  may be found. Open-ended resolutions (Mod since/before) are compared on the side
  they bound; ``not resolved`` values on their timex season.
* jionlp ``parse_time.json``: ``time_point``/``time_span`` records whose bounds are
  whole days or "now". The longest date found in the input must cover exactly the
  expected days (JioNLP's inclusive ``23:59:59`` end is the next day's start).
* duckling ``Time.json``: grain day/week/month/year, no holiday, locale ZH/ZH_CN,
  now = 2013-02-12. The whole input must be one date covering ``[value, value + grain)``
  or ``[from, to)``.

Our own conventions are pinned, not bent to each peer: test_peers_dates.py lists every
case where a peer differs as a known miss (``xfail_dates.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from extractors.dates import find_dates, iso_bounds, parse_date

from .peers import Xfail, load_json
from .peers import load_xfails as _load_xfails

XFAIL_FILE = Path(__file__).with_name("xfail_dates.yaml")
RECOGNIZERS = "recognizers-text/Specs/DateTime/Chinese/DateTimeModel.json"
JIONLP = "jionlp/parse_time.json"
DUCKLING = "duckling/Time.json"
FILES = (RECOGNIZERS, JIONLP, DUCKLING)
DUCKLING_NOW = date(2013, 2, 12)
# JioNLP's cases with time_base "now" write absolute dates only (its SOURCE.md); a fixed
# day stands in for the clock so that what we find does not change from day to day.
JIONLP_NOW = datetime(2026, 1, 1)
_DAY = timedelta(days=1)

Bounds = tuple[date | None, date | None]  # None: the peer leaves that side open


@dataclass
class Expected:
    start: int | None                 # span in the input, None when only the value counts
    end: int | None
    alternatives: list[Bounds | None] = field(default_factory=list)  # None: "not resolved"


@dataclass
class Case:
    id: str
    file: str
    text: str
    today: date
    expected: list[Expected]
    mode: str                         # spans | longest | whole


# --- loading ------------------------------------------------------------------------

def load_cases() -> list[Case]:
    return [*_recognizers(), *_jionlp(), *_duckling()]


def _recognizers() -> Iterator[Case]:
    for index, record in enumerate(load_json(RECOGNIZERS)):
        results = record["Results"]
        types = {r["TypeName"] for r in results}
        if results and not types <= {"datetimeV2.date", "datetimeV2.daterange"}:
            continue
        ref = record.get("Context", {}).get("ReferenceDateTime")
        today = datetime.fromisoformat(ref).date() if ref else date(2017, 3, 22)
        expected = [Expected(r["Start"], r["End"] + 1,
                             [_recognizers_bounds(v) for v in r["Resolution"]["values"]])
                    for r in results]
        yield Case(f"{RECOGNIZERS}#{index}", RECOGNIZERS, record["Input"], today, expected, "spans")


_SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}


def _recognizers_bounds(value: dict) -> Bounds | None:
    if "start" in value or "end" in value:
        lo = date.fromisoformat(value["start"]) if "start" in value else None
        hi = date.fromisoformat(value["end"]) if "end" in value else None
        return lo, hi
    if value.get("value", "not resolved") != "not resolved":
        day = date.fromisoformat(value["value"])
        return day, day + _DAY
    timex = value.get("timex", "")
    if len(timex) == 7 and timex[4] == "-" and timex[5:] in _SEASONS:  # 2017-SU
        year, (lo, hi) = int(timex[:4]), _SEASONS[timex[5:]]
        return _month(year, lo), _month(year, hi)
    return None


def _month(year: int, month: int) -> date:
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _jionlp_now(base: dict) -> datetime | None:
    kind = base["kind"]
    if kind == "epoch":
        return datetime.fromisoformat(base["as_utc8"])
    if kind == "datetime":
        return datetime.fromisoformat(base["value"])
    if kind == "now":
        return JIONLP_NOW
    if kind in ("list", "dict"):
        names = ("year", "month", "day", "hour", "minute", "second")
        given = dict(zip(names, base["value"], strict=False)) if kind == "list" else base["value"]
        defaults = {"month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0}
        return datetime(**{n: given.get(n, defaults.get(n)) for n in names})
    return None


def _jionlp() -> Iterator[Case]:
    for index, record in enumerate(load_json(JIONLP)):
        exp = record["expected"]
        if exp.get("type") not in ("time_point", "time_span"):
            continue
        now = _jionlp_now(record["time_base"])
        if now is None:
            continue
        first, last = exp["time"]
        stamp = now.strftime("%Y-%m-%d %H:%M:%S")
        if "inf" in (first, last) or "-inf" in (first, last):
            continue
        if first == stamp:
            lo = now.date()
        elif first.endswith("00:00:00"):
            lo = date.fromisoformat(first[:10])
        else:
            continue
        if last == stamp:
            hi = now.date() + _DAY
        elif last.endswith("23:59:59"):
            hi = date.fromisoformat(last[:10]) + _DAY
        else:
            continue
        yield Case(f"{JIONLP}#{index}", JIONLP, record["input"], now.date(),
                   [Expected(None, None, [(lo, hi)])], "longest")


def _duckling() -> Iterator[Case]:
    for index, record in enumerate(load_json(DUCKLING)):
        exp = record["expected"]
        if record["locale"] not in ("ZH", "ZH_CN") or "holiday" in exp:
            continue
        grain = exp.get("grain")
        if grain not in ("day", "week", "month", "year"):
            continue
        if exp["type"] == "value":
            lo = date.fromisoformat(exp["value"][:10])
            hi = {"day": lo + _DAY, "week": lo + 7 * _DAY, "month": _month(lo.year, lo.month + 1),
                  "year": date(lo.year + 1, 1, 1)}[grain]
        else:
            lo, hi = date.fromisoformat(exp["from"][:10]), date.fromisoformat(exp["to"][:10])
        yield Case(f"{DUCKLING}#{index}", DUCKLING, record["input"], DUCKLING_NOW,
                   [Expected(0, len(record["input"]), [(lo, hi)])], "whole")


# --- comparing ----------------------------------------------------------------------

def _ours(iso: str | None) -> Bounds | None:
    return iso_bounds(iso) if iso else None


def _matches(got: Bounds | None, want: Bounds | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    return all(w is None or g == w for g, w in zip(got, want, strict=True))


def check(case: Case) -> str | None:
    """``None`` when we agree with the peer, else ``got [(text, iso), …]``: every date we
    find in the input (``got []``: none at all), or ``also got [...]``: the dates we find
    beside the expected ones."""
    found = find_dates(case.text, case.today)
    report = f"got {[(d.text, d.iso) for d in found]}"
    if case.mode == "whole":
        d = parse_date(case.text, case.today)
        if d is not None and any(_matches(_ours(d.iso), w) for w in case.expected[0].alternatives):
            return None
        return report
    if case.mode == "longest":
        if not found:
            return report
        d = max(found, key=lambda m: m.end - m.start)
        return None if _matches(_ours(d.iso), case.expected[0].alternatives[0]) else report
    left = list(found)
    for exp in case.expected:
        hit = next((d for d in left if d.start == exp.start and d.end == exp.end
                    and any(_matches(_ours(d.iso), w) for w in exp.alternatives)), None)
        if hit is None:
            return report
        left.remove(hit)
    return f"also got {[(d.text, d.iso) for d in left]}" if left else None


def finds_nothing(problem: str) -> bool:
    return problem == "got []"


def load_xfails() -> dict[str, Xfail]:
    return _load_xfails(XFAIL_FILE)
