"""The gold files themselves: every record points at its text, and every quantity carries the
observation fields of ``tests/gold/OBSERVATIONS.md`` in their closed vocabulary.

The sets (``seed``, ``heldout``, ``eval3``, ``eval4``, ``eval5``, ``eval6``, ``eval8`` and the untouched ``eval7``) are
read as data, not through the evaluator, so a malformed annotation fails here with the record
named rather than as a lower score elsewhere.
``tests/gold/OBSERVATIONS.md`` is a copy of ``shared/gold/OBSERVATIONS.md``; its catalogue is the
only list of indicator names a gold record may use.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold"
# set → (gold file, directory of its texts)
SETS = {
    "seed": (GOLD_DIR / "seed.jsonl", ROOT / "seeds"),
    "heldout": (GOLD_DIR / "heldout.jsonl", GOLD_DIR / "heldout"),
    "eval3": (GOLD_DIR / "eval3.jsonl", GOLD_DIR / "eval3"),
    "eval4": (GOLD_DIR / "eval4.jsonl", GOLD_DIR / "eval4"),
    "eval5": (GOLD_DIR / "eval5.jsonl", GOLD_DIR / "eval5"),
    "eval6": (GOLD_DIR / "eval6.jsonl", GOLD_DIR / "eval6"),
    "eval7": (GOLD_DIR / "eval7.jsonl", GOLD_DIR / "eval7"),
    "eval8": (GOLD_DIR / "eval8.jsonl", GOLD_DIR / "eval8"),
}
OBSERVATION_FIELDS = ("area", "period", "indicator", "measure", "target")
MEASURES = {"level", "growth", "difference", "share", "points", "multiple"}
_ISO_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@cache
def catalogue() -> frozenset[str]:
    """Indicator names of the ``## Catalogue`` section: ``Economy: 地区生产总值 · … .`` lines."""
    text = (GOLD_DIR / "OBSERVATIONS.md").read_text(encoding="utf-8")
    section = text.split("\n## Catalogue", 1)[1].split("\n", 1)[1].split("\n#", 1)[0]
    body = re.sub(r"(?m)^[A-Za-z ]+:", "·", section)  # a group label starts a new name
    return frozenset(name.strip(" .\n") for name in body.split("·") if name.strip(" .\n"))


def _iso_bounds(part: str) -> tuple[date, date] | None:
    """First and last day of ``2024``, ``2024-09`` or ``2024-09-09``; None if not such a date."""
    m = _ISO_PART.fullmatch(part)
    if not m:
        return None
    year = int(m[1])
    try:
        if m[2] is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(m[2])
        if m[3] is None:
            first = date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return first, date.fromordinal(following.toordinal() - 1)
        day = date(year, month, int(m[3]))
        return day, day
    except ValueError:
        return None


def period_problem(period: object) -> str | None:
    """Why ``period`` is not null or an ISO date, month, year or ``start/end`` interval."""
    if period is None:
        return None
    if not isinstance(period, str):
        return f"period {period!r} is not a string"
    parts = period.split("/")
    if len(parts) > 2:
        return f"period {period!r} has more than two ends"
    bounds = [_iso_bounds(p) for p in parts]
    if None in bounds:
        return f"period {period!r} is not an ISO date, month or year"
    if len(bounds) == 2 and bounds[0][0] > bounds[1][1]:  # type: ignore[index]
        return f"period {period!r} ends before it starts"
    return None


def observation_problems(record: dict) -> list[str]:
    """What is wrong with a quantity's observation fields (empty when nothing is)."""
    problems = [f"no {k}" for k in OBSERVATION_FIELDS if k not in record]
    if problems:
        return problems
    area = record["area"]
    if area is not None and not (isinstance(area, str) and area.strip()):
        problems.append(f"area {area!r} is neither null nor a name")
    if (why := period_problem(record["period"])) is not None:
        problems.append(why)
    if record["indicator"] is not None and record["indicator"] not in catalogue():
        problems.append(f"indicator {record['indicator']!r} is not in OBSERVATIONS.md's catalogue")
    if record["measure"] not in MEASURES:
        problems.append(f"measure {record['measure']!r} is not one of {sorted(MEASURES)}")
    if not isinstance(record["target"], bool):
        problems.append(f"target {record['target']!r} is not a boolean")
    return problems


@cache
def records(name: str) -> tuple[dict, ...]:
    gold, _texts = SETS[name]
    return tuple(json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines())


def _where(record: dict) -> str:
    return f"{record['file']} {record.get('text', '')!r} @{record.get('start')}"


def test_the_catalogue_is_read_from_observations_md() -> None:
    names = catalogue()
    assert {"地区生产总值", "三次产业结构", "粮食产量", "常住人口", "上市公司"} <= names
    assert all("·" not in n and ":" not in n and "\n" not in n for n in names)
    assert len(names) == 46


@pytest.mark.parametrize(("period", "ok"), [
    ("2024", True), ("2024-09", True), ("2024-09-09", True), ("2024-01/2024-06", True),
    ("2024-09-09/2029-09-09", True), ("2009-01/2023-02", True), (None, True),
    ("2024-13", False), ("2023-02-29", False), ("2024-06/2024-01", False), ("今年", False),
    ("2024-00", False), ("2024-9-9", False), ("2024/2025/2026", False), (2024, False),
])
def test_period_check(period: object, ok: bool) -> None:
    assert (period_problem(period) is None) is ok


def test_observation_check_names_each_fault() -> None:
    good = {"area": "合肥市", "period": "2024", "indicator": "地区生产总值", "measure": "level",
            "target": False}
    assert observation_problems(good) == []
    assert observation_problems({**good, "indicator": None, "area": None, "period": None}) == []
    bad = {"area": "", "period": "2024-00", "indicator": "GDP", "measure": "rate", "target": "no"}
    assert len(observation_problems(bad)) == 5
    assert observation_problems({k: v for k, v in good.items() if k != "target"}) == ["no target"]


@pytest.mark.parametrize("name", SETS)
def test_every_quantity_carries_valid_observation_fields(name: str) -> None:
    quantities = [r for r in records(name) if r["type"] == "quantity"]
    assert quantities
    problems = [f"{_where(r)}: {p}" for r in quantities for p in observation_problems(r)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", SETS)
def test_a_ratio_keeps_every_term(name: str) -> None:
    ratios = [r for r in records(name) if r["type"] == "quantity" and re.search(r"\d[:：]\d", r["text"])]
    wrong = [_where(r) for r in ratios
             if r.get("values") != [float(x) for x in re.split(r"[:：]", r["text"])]]
    assert wrong == []


@pytest.mark.parametrize("name", SETS)
def test_every_span_is_its_text(name: str) -> None:
    _gold, texts = SETS[name]
    docs: dict[str, str] = {}
    wrong = []
    for r in records(name):
        if r["type"] == "pubdate":
            continue
        doc = docs.setdefault(r["file"], (texts / r["file"]).read_text(encoding="utf-8"))
        if doc[r["start"]:r["end"]] != r["text"] or r["text"] not in r["context"]:
            wrong.append(_where(r))
    assert wrong == [], "\n".join(wrong)
