"""The two extra development sets, scored by the evaluator.

* ``heldout`` — ten pages from 苏州, 成都, 佛山, 合肥, 温州, 大连, 贵阳, 临沂, 宜昌 and
  包头 (2019–2025), written and annotated by someone who had not read the
  extractors. Rules were later fixed against it, so it is development data now.
* ``eval3`` — six pages from 厦门, 潍坊, 洛阳, 柳州, 绵阳 and 鄂尔多斯, written and
  annotated by a second person who had seen neither the code nor ``heldout``, and
  scored only after it was committed; nothing was tuned to it.

Both follow ``tests/gold/README.md``. The real held-out set is scored outside
this repository, so the floors below are ratchets: raise them when a fix lands,
never lower them to make a change pass.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.evaluate import Report, evaluate, format_report

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"

# set → (quantity F1, qualifier accuracy, date F1, iso accuracy, most leaks)
FLOORS = {
    # date F1 0.985: p02 annotates the years inside two report names a sentence gives, and a
    # 二季度 opening an event's name, as dates, against the gold README's rule (a year inside a
    # title is a code) that the rules follow
    "heldout": (0.995, 0.99, 0.985, 0.99, 0),
    "eval3": (0.97, 0.99, 0.97, 0.95, 1),
}


@cache
def report(name: str) -> Report:
    return evaluate(GOLD_DIR / f"{name}.jsonl", GOLD_DIR / name)


@pytest.mark.parametrize("name", FLOORS)
def test_quantities(name: str) -> None:
    result, (f1, qualifier, *_rest) = report(name), FLOORS[name]
    assert result.quantity.f1 >= f1, format_report(result)
    assert result.qualifier_accuracy >= qualifier, format_report(result)


@pytest.mark.parametrize("name", FLOORS)
def test_dates(name: str) -> None:
    result, (_f1, _q, date_f1, iso, _leaks) = report(name), FLOORS[name]
    assert result.date.f1 >= date_f1, format_report(result)
    assert result.iso_accuracy >= iso, format_report(result)


@pytest.mark.parametrize("name", FLOORS)
def test_leaks(name: str) -> None:
    result = report(name)
    assert len(result.leaks) <= FLOORS[name][4], format_report(result)
