"""The sets built by the untouched-set protocol (``tests/gold/eval4`` to ``eval90``) are well formed.

This reads the gold files and the page texts only; it runs no extractor, so it
can run before a set's first scoring without spoiling it (see the section
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
# set name → the prefix of its page files
SETS = {"eval4": "e4", "eval5": "e5", "eval6": "e6", "eval7": "e7", "eval8": "e8", "eval9": "e9",
        "eval10": "e10", "eval11": "e11", "eval12": "e12", "eval13": "e13",
        "eval14": "e14", "eval15": "e15", "eval16": "e16", "eval17": "e17", "eval18": "e18",
        "eval19": "e19", "eval20": "e20", "eval21": "e21",
        "eval22": "e22", "eval23": "e23", "eval24": "e24", "eval25": "e25",
        "eval26": "e26", "eval27": "e27", "eval28": "e28", "eval29": "e29",
        "eval30": "e30", "eval31": "e31", "eval32": "e32", "eval33": "e33",
        "eval34": "e34", "eval35": "e35", "eval36": "e36", "eval37": "e37",
        "eval38": "e38", "eval39": "e39", "eval40": "e40",
        "eval41": "e41", "eval42": "e42", "eval43": "e43", "eval44": "e44",
        "eval45": "e45", "eval46": "e46", "eval47": "e47",
        "eval48": "e48", "eval49": "e49", "eval50": "e50", "eval51": "e51",
        "eval52": "e52", "eval53": "e53", "eval54": "e54", "eval55": "e55", "eval56": "e56",
        "eval57": "e57", "eval58": "e58", "eval59": "e59",
        "eval60": "e60", "eval61": "e61", "eval62": "e62", "eval63": "e63", "eval64": "e64",
        "eval65": "e65", "eval66": "e66", "eval67": "e67", "eval68": "e68",
        "eval69": "e69", "eval70": "e70", "eval71": "e71", "eval72": "e72", "eval73": "e73",
        "eval74": "e74", "eval75": "e75", "eval76": "e76", "eval77": "e77", "eval78": "e78",
        "eval79": "e79", "eval80": "e80", "eval81": "e81", "eval82": "e82", "eval83": "e83", "eval84": "e84",
        "eval85": "e85", "eval86": "e86", "eval87": "e87", "eval88": "e88", "eval89": "e89", "eval90": "e90", "eval91": "e91", "eval92": "e92", "eval93": "e93", "eval94": "e94", "eval95": "e95", "eval96": "e96", "eval97": "e97", "eval98": "e98"}

TYPES = {"quantity", "date", "ordinal", "code", "pubdate"}
QUALIFIERS = {"exact", "more_than", "nearly", "approx", "at_least", "less_than"}
KINDS = {"day", "month", "year", "period", "range", "time", "now", "vague"}
# A day, month or year, a time of day, or an interval of two of them.
_POINT = r"\d{4}(-\d\d(-\d\d(T\d\d:\d\d)?)?)?"
ISO = re.compile(rf"{_POINT}(/{_POINT})?")
MINIMUM_PAGES = 8


@cache
def records(name: str) -> list[dict[str, Any]]:
    with (GOLD_DIR / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@cache
def page(name: str, file: str) -> str:
    return (GOLD_DIR / name / file).read_bytes().decode("utf-8")


def spans(name: str) -> list[dict[str, Any]]:
    return [r for r in records(name) if r["type"] != "pubdate"]


def of_type(name: str, kind: str) -> list[dict[str, Any]]:
    return [r for r in records(name) if r["type"] == kind]


def label(r: dict[str, Any]) -> str:
    return f"{r['file']}:{r.get('start')}:{r.get('text', '')}"


EACH_SET = pytest.mark.parametrize("name", sorted(SETS))


@EACH_SET
def test_every_page_is_annotated_and_named_by_its_date(name: str) -> None:
    texts = sorted(p.name for p in (GOLD_DIR / name).glob("*.txt"))
    annotated = sorted({r["file"] for r in records(name)})
    assert texts == annotated
    assert len(texts) >= MINIMUM_PAGES
    pubdates = {r["file"]: r["iso"] for r in of_type(name, "pubdate")}
    file_name = re.compile(rf"{SETS[name]}_(\d\d)_[a-z]+_(\d{{8}})\.txt")
    for file in texts:
        match = file_name.fullmatch(file)
        assert match, file
        day = match.group(2)
        assert pubdates[file] == f"{day[:4]}-{day[4:6]}-{day[6:]}", file


@EACH_SET
def test_one_pubdate_per_page_matching_pubdates_csv(name: str) -> None:
    counts = Counter(r["file"] for r in of_type(name, "pubdate"))
    assert set(counts.values()) == {1}
    with (GOLD_DIR / name / "pubdates.csv").open(encoding="utf-8", newline="") as handle:
        listed = {row["file"]: row["pubdate"] for row in csv.DictReader(handle)}
    assert listed == {r["file"]: r["iso"] for r in of_type(name, "pubdate")}
    assert all(r.get("note") for r in of_type(name, "pubdate"))


@EACH_SET
def test_types_are_known(name: str) -> None:
    assert {r["type"] for r in records(name)} <= TYPES


@EACH_SET
@pytest.mark.parametrize("kind", ["quantity", "date", "ordinal", "code"])
def test_spans_are_the_text_at_their_offsets(name: str, kind: str) -> None:
    for r in of_type(name, kind):
        doc = page(name, r["file"])
        assert 0 <= r["start"] < r["end"] <= len(doc), label(r)
        assert doc[r["start"]:r["end"]] == r["text"], label(r)
        assert r["text"] in r["context"] and r["context"] in doc, label(r)


@EACH_SET
def test_spans_do_not_overlap(name: str) -> None:
    by_file: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in spans(name):
        by_file[r["file"]].append((r["start"], r["end"]))
    for file, found in by_file.items():
        found.sort()
        for (_, end), (start, _) in zip(found, found[1:], strict=False):
            assert end <= start, (file, end, start)


@EACH_SET
def test_quantities_carry_value_unit_and_observation_fields(name: str) -> None:
    for r in of_type(name, "quantity"):
        assert isinstance(r["value"], float) and r["value"] >= 0, label(r)
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


@EACH_SET
def test_points_and_percent_units_agree_with_the_measure(name: str) -> None:
    for r in of_type(name, "quantity"):
        if r["unit"] == "百分点":
            assert r["measure"] == "points", label(r)
        if r["measure"] == "points":
            assert r["unit"] == "百分点", label(r)


@EACH_SET
def test_dates_carry_iso_relative_and_kind(name: str) -> None:
    for r in of_type(name, "date"):
        assert r["kind"] in KINDS, label(r)
        assert isinstance(r["relative"], bool), label(r)
        assert r["iso"] is None or ISO.fullmatch(r["iso"]), label(r)
        assert (r["iso"] is None) == (r["kind"] == "vague"), label(r)


@EACH_SET
@pytest.mark.parametrize("kind", ["ordinal", "code"])
def test_ordinals_and_codes_say_what_they_are(name: str, kind: str) -> None:
    assert all(r["note"] for r in of_type(name, kind))
