"""The evaluator's scoring rules, on a tiny hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.evaluate import evaluate, format_report

PAGE = "　　本报3月2日讯 今天，全区金融机构达242家，年办件量2万余件，新增3至5家，第三届会议召开。"


def _gold(tmp_path: Path, records: list[dict]) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "p.txt").write_text(PAGE, encoding="utf-8")
    lines = [{"file": "p.txt", "type": "pubdate", "iso": "2024-03-03"}]
    for rec in records:
        start = PAGE.index(rec["text"])
        lines.append({"file": "p.txt", "start": start, "end": start + len(rec["text"]), **rec})
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), encoding="utf-8")
    return gold


def q(text: str, value: float, unit: str, qualifier: str = "exact", **extra) -> dict:
    return {"type": "quantity", "text": text, "value": value, "unit": unit, "qualifier": qualifier,
            "subject": "", **extra}


def test_perfect_gold_scores_one(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        q("242家", 242, "家"), q("2万余件", 20000, "件", "more_than"),
        q("3至5家", 3, "家", value_max=5),
        {"type": "date", "text": "3月2日", "iso": "2024-03-02"},
        {"type": "date", "text": "今天", "iso": "2024-03-02"},
        {"type": "ordinal", "text": "第三届"},
    ])
    report = evaluate(gold, tmp_path / "texts")
    assert (report.quantity.f1, report.date.f1, report.iso_accuracy) == (1.0, 1.0, 1.0), format_report(report)
    assert report.qualifier_accuracy == 1.0  # our "range" is the gold's exact + value_max
    assert report.leaks == []


def test_a_missing_gold_item_is_a_false_positive_and_a_wrong_value_a_miss(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        q("242家", 243, "家"),                      # wrong value in gold → miss + false positive
        q("2万余件", 20000, "件", "more_than", borderline=True),
        {"type": "date", "text": "今天", "iso": "2024-03-01"},  # matched span, wrong iso
    ])
    report = evaluate(gold, tmp_path / "texts")
    assert report.quantity.fn == 1
    assert report.quantity.tp == 1 and report.quantity_lenient.tp == 0
    assert report.quantity.fp == 2  # 242家 and 3至5家
    assert report.iso_accuracy == pytest.approx(0.0)
    assert report.date.fp == 1  # 3月2日 is not in this gold


def test_a_claim_on_an_ordinal_span_is_a_leak(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"type": "code", "text": "242家"}])
    report = evaluate(gold, tmp_path / "texts")
    assert [leak["text"] for leak in report.leaks] == ["242家"]


def test_a_page_place_in_pubdates_csv_is_used_and_the_text_alone_reported(tmp_path: Path) -> None:
    """全区 in a page that names no place is the page's place when pubdates.csv gives it
    (as ingest reads it); the area from the text alone is reported beside."""
    gold = _gold(tmp_path, [q("242家", 242, "家", area="温江区", period="2024-03-02", measure="level",
                              indicator=None, target=False)])
    alone = evaluate(gold, tmp_path / "texts")
    assert (alone.observation.area_right, alone.pages_placed) == (0, 0)
    (tmp_path / "texts" / "pubdates.csv").write_text("file,pubdate,area\np.txt,2024-03-03,温江区\n", encoding="utf-8")
    placed = evaluate(gold, tmp_path / "texts")
    assert (placed.observation.area_right, placed.pages_placed, placed.area_text_only) == (1, 1, 0.0)
    assert "area from the text alone: 0.000 (pubdates.csv gives the place of 1 of 1 pages)" in format_report(placed)
    assert evaluate(gold, tmp_path / "texts", page_places=False).observation.area_right == 0
