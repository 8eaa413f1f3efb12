"""Loaders and adapters for the peer-project conformance data in ``data/``.

The data (test cases published by cn2an, Duckling, Recognizers-Text, JioNLP …) is
vendored beside this file, byte for byte, with each project's licence and source
(``data/README.md``); nothing here edits it. ``data/CONFORMANCE.md`` says which
files form the Tier-1 gate and how to compare each.

Generic part (any conformance test may import it): :func:`data_dir`,
:func:`load_json`, :func:`load_xfails`, :func:`close`. Number part:
:func:`number_cases` builds one :class:`Case` per Tier-1 number or money record
(rows 1–7 of CONFORMANCE §3.1), each with a ``check`` that returns ``None`` when
our extractors agree and what we found instead when not.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from extractors.numerals import find_numbers, parse_number
from extractors.quantities import currency_code, find_quantities, parse_quantity
from extractors.text import normalize
from extractors.wordlists import load

DATA_DIR = Path(__file__).with_name("data")


def data_dir() -> Path:
    """Where the vendored peer data lives."""
    return DATA_DIR


def load_json(relpath: str) -> Any:
    """Parse one JSON file of the peer data (``"cn2an/cn2an.json"``)."""
    with (DATA_DIR / relpath).open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class Xfail:
    """A known deviation from a peer case (see tests/known_misses.py)."""

    kind: str       # finds-nothing | convention | extra | out-of-scope
    reason: str
    result: str     # what the check reports today


def load_xfails(path: Path) -> dict[str, Xfail]:
    """``{case id: Xfail}`` from a checked-in ``xfail_*.yaml`` (a list of
    ``{id, kind, reason, result}``)."""
    with path.open(encoding="utf-8") as handle:
        entries = yaml.safe_load(handle) or []
    return {e["id"]: Xfail(e["kind"], e["reason"], e["result"]) for e in entries}


_FOUND_NOTHING = re.compile(r"^got (?:None|\[\])(?:,|$)|^no amount \(got None\)|; found \[\]$")


def finds_nothing(problem: str) -> bool:
    """Whether a check's report says we found nothing at all (``got None, expected 3``,
    ``missing [...]; found []``, ``got []``), as opposed to something else."""
    return bool(_FOUND_NOTHING.search(problem))


def close(a: float | None, b: float | str | Decimal, rel: float = 1e-12, abs_tol: float = 0.0) -> bool:
    """``a`` equals the peer's value ``b`` (a .NET number string, JSON number …)."""
    if a is None:
        return False
    expected = float(Decimal(str(b)))
    return abs(a - expected) <= max(rel * max(1.0, abs(expected)), abs_tol)


@dataclass(frozen=True)
class Case:
    """One peer record turned into a check on our extractors."""

    id: str                 # <peer>/<file>#<index or src_line>
    group: str              # numbers | money
    file: str               # <peer>/<file>
    input: str
    check: Callable[[], str | None]


# --- number cases (CONFORMANCE §3.1 rows 1-7) -------------------------------

NUMBER_FILES = (
    "cn2an/cn2an.json",
    "duckling/Numeral.json",
    "recognizers-text/Specs/Number/Chinese/NumberModel.json",
    "recognizers-text/Specs/Number/Chinese/PercentModel.json",
)
MONEY_FILES = (
    "recognizers-text/Specs/NumberWithUnit/Chinese/CurrencyModel.json",
    "jionlp/parse_money.json",
    "jionlp/extract_money.json",
)
# NumberModel negatives that are negative only because Currency/Percent owns them.
_OWNED_ELSEWHERE = {"一美元", "两美刀", "苹果折扣一美元", "这台电脑两美刀", "苹果折扣一折"}


def _short(relpath: str) -> str:
    """``recognizers-text/Specs/Number/Chinese/NumberModel.json`` → ``recognizers-text/NumberModel.json``."""
    parts = relpath.split("/")
    return f"{parts[0]}/{parts[-1]}"


def _whole_value(text: str) -> float | None:
    """A whole string's value: a numeral, else an amount (``壹拾壹元整``, ``一个``)."""
    norm = normalize(text).text
    value = parse_number(norm)
    if value is not None:
        return value
    q = parse_quantity(norm)
    return q.value if q is not None else None


def _expect_whole(text: str, expected: Any) -> Callable[[], str | None]:
    def check() -> str | None:
        got = _whole_value(text)
        return None if close(got, expected) else f"got {got}, expected {expected}"
    return check


def _norm_spans(text: str) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    norm = normalize(text)
    return norm.text, norm.to_original


def _compare(expected: list[tuple[int, int, float, str | None]],
             found: list[tuple[int, int, float, str | None]]) -> str | None:
    """Recall gate: every expected (start, end, value[, iso]) is found; a negative
    case (nothing expected) must find nothing. Extras beside hits are allowed."""
    if not expected:
        return None if not found else f"expected nothing, found {found}"
    pool = Counter((s, e) for s, e, _, _ in found)
    missing = []
    for s, e, value, iso in expected:
        hit = [f for f in found if f[0] == s and f[1] == e and close(f[2], value)
               and (iso is None or f[3] == iso)]
        if hit and pool[(s, e)] > 0:
            pool[(s, e)] -= 1
        else:
            missing.append((s, e, value, iso))
    return None if not missing else f"missing {missing}; found {found}"


def _numbers_in(text: str) -> list[tuple[int, int, float, str | None]]:
    norm, back = _norm_spans(text)
    return [(*back(n.start, n.end), n.value, None) for n in find_numbers(norm)]


_PERCENT_SCALE = {"%": 1.0, "‰": 0.1, "‱": 0.01}


def _percents_in(text: str) -> list[tuple[int, int, float, str | None]]:
    norm, back = _norm_spans(text)
    out = []
    for q in find_quantities(norm):
        if q.unit_kind in ("percent", "points"):
            # 个百分点 is kept apart from % by us; Recognizers resolves it as a
            # percent, so the value is compared and the unit kind is not.
            out.append((*back(q.start, q.end), q.value * _PERCENT_SCALE.get(q.unit, 1.0), None))
    return out


def _money_in(text: str) -> list[tuple[int, int, float, str | None]]:
    norm, back = _norm_spans(text)
    return [(*back(q.start, q.end), q.value, currency_code(q.unit))
            for q in find_quantities(norm) if q.unit_kind == "money"]


def _cn2an_cases() -> Iterable[Case]:
    seen: set[str] = set()
    relpath = "cn2an/cn2an.json"
    for i, rec in enumerate(load_json(relpath)):
        if rec["mode"] not in ("strict", "normal", "smart") or rec.get("expect_error"):
            continue
        if rec["input"] in seen:
            continue
        seen.add(rec["input"])
        yield Case(f"cn2an/cn2an.json#{i}", "numbers", relpath, rec["input"],
                   _expect_whole(rec["input"], rec["output"]))


def _duckling_cases() -> Iterable[Case]:
    relpath = "duckling/Numeral.json"
    for i, rec in enumerate(load_json(relpath)):
        yield Case(f"duckling/Numeral.json#{i}", "numbers", relpath, rec["input"],
                   _expect_whole(rec["input"], rec["expected"]["value"]))


def _rt_cases(relpath: str, group: str,
              finder: Callable[[str], list[tuple[int, int, float, str | None]]],
              value_of: Callable[[dict[str, Any]], tuple[float, str | None] | None]) -> Iterable[Case]:
    for i, rec in enumerate(load_json(relpath)):
        if rec.get("IgnoreResolution"):
            continue
        if "NumberModel" in relpath and rec["Input"] in _OWNED_ELSEWHERE:
            continue
        if "dotnet" in (rec.get("NotSupported", "") + rec.get("NotSupportedByDesign", "")).lower():
            continue  # unverified even upstream (CONFORMANCE §3.4 skip rules)
        expected = []
        for res in rec["Results"]:
            resolved = value_of(res.get("Resolution") or {})
            if resolved is None:
                continue  # a bare currency name: no amount to compare
            expected.append((res["Start"], res["End"] + 1, resolved[0], resolved[1]))
        text = rec["Input"]

        def check(text: str = text, expected: list[Any] = expected) -> str | None:
            return _compare(expected, finder(text))

        yield Case(f"{_short(relpath)}#{i}", group, _short(relpath), text, check)


def _number_value(res: dict[str, Any]) -> tuple[float, None]:
    return float(Decimal(res["value"])), None


def _percent_value(res: dict[str, Any]) -> tuple[float, None]:
    return float(Decimal(res["value"].rstrip("%"))), None


def _currency_value(res: dict[str, Any]) -> tuple[float, str | None] | None:
    if res.get("value") is None:
        return None
    return float(Decimal(res["value"])), res.get("isoCurrency")


# JioNLP's definition → the qualifiers that express it (CONFORMANCE §3.4).
_DEFINITION = {
    "accurate": {"exact"},
    "blur": {"approx", "range", "more_than"},
    "blur+": {"at_least", "more_than"},
    "blur-": {"nearly", "less_than", "at_most"},
}


@cache
def _currency_names() -> dict[str, str]:
    """JioNLP's currency names → our canonical money unit."""
    names = {word: unit for word, (unit, _iso) in load("units")["currencies"].items()}
    names.update({"元": "元", "人民币": "元"})
    return names


def _jionlp_parse_cases() -> Iterable[Case]:
    relpath = "jionlp/parse_money.json"
    for rec in load_json(relpath):
        text, exp = rec["input"], rec["expected"]

        def check(text: str = text, exp: dict[str, Any] = exp) -> str | None:
            q = parse_quantity(normalize(text).text, default_unit="元")
            if q is None or q.unit_kind != "money":
                return f"no amount (got {q})"
            unit = _currency_names().get(exp["case"], exp["case"])
            if q.unit != unit:
                return f"currency {q.unit}, expected {unit}"
            if q.qualifier not in _DEFINITION[exp["definition"]]:
                return f"qualifier {q.qualifier}, expected {exp['definition']}"
            num = exp["num"]
            if isinstance(num, list):
                lo, hi = num
                if not close(q.value, lo, abs_tol=0.005):
                    return f"value {q.value}, expected {lo}..{hi}"
                if q.value_max is not None and not close(q.value_max, hi, abs_tol=0.005):
                    return f"value_max {q.value_max}, expected {hi}"
                if q.value_max is None and q.qualifier not in ("more_than", "approx"):
                    return f"no upper bound ({q.qualifier}), expected {hi}"
                return None
            # JioNLP prints amounts to the cent.
            return None if close(q.value, num, abs_tol=0.005) else f"value {q.value}, expected {num}"

        yield Case(f"jionlp/parse_money.json#{rec['src_line']}", "money", relpath, text, check)


def _jionlp_extract_cases() -> Iterable[Case]:
    relpath = "jionlp/extract_money.json"
    for rec in load_json(relpath):
        text = rec["input"]
        expected = [(e["offset"][0], e["offset"][1]) for e in rec["expected"]]

        def check(text: str = text, expected: list[tuple[int, int]] = expected) -> str | None:
            found = [(s, e) for s, e, _, _ in _money_in(text)]
            if not expected:
                return None if not found else f"expected nothing, found {found}"
            missing = [span for span in expected if span not in found]
            return None if not missing else f"missing {missing}; found {found}"

        yield Case(f"jionlp/extract_money.json#{rec['src_line']}", "money", relpath, text, check)


def number_cases() -> list[Case]:
    """Every Tier-1 number and money case, in file order."""
    cases: list[Case] = []
    cases += _cn2an_cases()
    cases += _duckling_cases()
    cases += _rt_cases(NUMBER_FILES[2], "numbers", _numbers_in, _number_value)
    cases += _rt_cases(NUMBER_FILES[3], "numbers", _percents_in, _percent_value)
    cases += _rt_cases(MONEY_FILES[0], "money", _money_in, _currency_value)
    cases += _jionlp_parse_cases()
    cases += _jionlp_extract_cases()
    return cases


XFAIL_NUMBERS = Path(__file__).with_name("xfail_numbers.yaml")
