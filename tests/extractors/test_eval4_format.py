"""The untouched set ``tests/gold/eval4`` is well formed.

This reads the gold file and the page texts only; it runs no extractor, so it
can run before the first scoring without spoiling the set (see the section
"Untouched sets" in ``tests/gold/README.md``).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.extractors.test_gold_files import observation_problems

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"
GOLD = GOLD_DIR / "eval4.jsonl"
TEXTS = GOLD_DIR / "eval4"

TYPES = {"quantity", "date", "ordinal", "code", "pubdate"}
QUALIFIERS = {"exact", "more_than", "nearly", "approx", "at_least", "less_than"}
KINDS = {"day", "month", "year", "period", "range", "time", "now", "vague"}
FILE_NAME = re.compile(r"e4_(\d\d)_[a-z]+_(\d{8})\.txt")
# A day, month or year, a time of day, or an interval of two of them.
_POINT = r"\d{4}(-\d\d(-\d\d(T\d\d:\d\d)?)?)?"
ISO = re.compile(rf"{_POINT}(/{_POINT})?")
MINIMUM_PAGES = 8


@cache
def records() -> list[dict[str, Any]]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@cache
def page(name: str) -> str:
    return (TEXTS / name).read_bytes().decode("utf-8")


def spans() -> list[dict[str, Any]]:
    return [r for r in records() if r["type"] != "pubdate"]


def of_type(kind: str) -> list[dict[str, Any]]:
    return [r for r in records() if r["type"] == kind]


def label(r: dict[str, Any]) -> str:
    return f"{r['file']}:{r.get('start')}:{r.get('text', '')}"


def test_every_page_is_annotated_and_named_by_its_date() -> None:
    texts = sorted(p.name for p in TEXTS.glob("*.txt"))
    annotated = sorted({r["file"] for r in records()})
    assert texts == annotated
    assert len(texts) >= MINIMUM_PAGES
    pubdates = {r["file"]: r["iso"] for r in of_type("pubdate")}
    for name in texts:
        match = FILE_NAME.fullmatch(name)
        assert match, name
        day = match.group(2)
        assert pubdates[name] == f"{day[:4]}-{day[4:6]}-{day[6:]}", name


def test_one_pubdate_per_page_matching_pubdates_csv() -> None:
    counts = Counter(r["file"] for r in of_type("pubdate"))
    assert set(counts.values()) == {1}
    with (TEXTS / "pubdates.csv").open(encoding="utf-8", newline="") as handle:
        listed = {row["file"]: row["pubdate"] for row in csv.DictReader(handle)}
    assert listed == {r["file"]: r["iso"] for r in of_type("pubdate")}
    assert all(r.get("note") for r in of_type("pubdate"))


def test_types_are_known() -> None:
    assert {r["type"] for r in records()} <= TYPES


@pytest.mark.parametrize("kind", ["quantity", "date", "ordinal", "code"])
def test_spans_are_the_text_at_their_offsets(kind: str) -> None:
    for r in of_type(kind):
        doc = page(r["file"])
        assert 0 <= r["start"] < r["end"] <= len(doc), label(r)
        assert doc[r["start"]:r["end"]] == r["text"], label(r)
        assert r["text"] in r["context"] and r["context"] in doc, label(r)


def test_spans_do_not_overlap() -> None:
    by_file: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in spans():
        by_file[r["file"]].append((r["start"], r["end"]))
    for name, found in by_file.items():
        found.sort()
        for (_, end), (start, _) in zip(found, found[1:], strict=False):
            assert end <= start, (name, end, start)


def test_quantities_carry_value_unit_and_observation_fields() -> None:
    for r in of_type("quantity"):
        assert isinstance(r["value"], float) and r["value"] > 0, label(r)
        assert isinstance(r["unit"], str), label(r)
        assert r["qualifier"] in QUALIFIERS, label(r)
        assert r["subject"], label(r)
        assert r["area"], label(r)
        assert observation_problems(r) == [], label(r)
        assert r.get("change", "decrease") == "decrease", label(r)
        for flag in ("borderline", "unit_implied", "unit_inherited"):
            assert r.get(flag, True) is True, label(r)
        if "values" in r:
            assert all(isinstance(v, float) for v in r["values"]), label(r)
        if "value_max" in r:
            assert r["value_max"] > r["value"], label(r)


def test_points_and_percent_units_agree_with_the_measure() -> None:
    for r in of_type("quantity"):
        if r["unit"] == "百分点":
            assert r["measure"] == "points", label(r)
        if r["measure"] == "points":
            assert r["unit"] == "百分点", label(r)


def test_dates_carry_iso_relative_and_kind() -> None:
    for r in of_type("date"):
        assert r["kind"] in KINDS, label(r)
        assert isinstance(r["relative"], bool), label(r)
        assert r["iso"] is None or ISO.fullmatch(r["iso"]), label(r)
        assert (r["iso"] is None) == (r["kind"] == "vague"), label(r)


@pytest.mark.parametrize("kind", ["ordinal", "code"])
def test_ordinals_and_codes_say_what_they_are(kind: str) -> None:
    assert all(r["note"] for r in of_type(kind))
