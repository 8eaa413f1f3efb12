"""Score the extractors against a gold file (the format of ``shared/gold``).

Quantities match on value and unit with overlapping spans; dates match on
overlapping spans, and ``iso`` is scored on the matched pairs. Gold items
marked ``borderline`` are scored twice: counted (strict) and ignored (lenient).
Any quantity or date that overlaps a gold ``ordinal`` or ``code`` span is a leak.

A page whose folder's ``pubdates.csv`` gives its place (the ``area`` column: the
publisher's own county or city, known before the page is read) is extracted with
it, as ``ingest`` does; the area accuracy from the text alone is reported beside.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates import iso_bounds
from .pipeline import extract
from .records import DateMention, Mention, Quantity
from .text import decode


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class ObservationScore:
    """The observation fields, scored on matched quantities whose gold has them."""

    scored: int = 0
    area_right: int = 0
    period_right: int = 0
    measure_right: int = 0
    target_right: int = 0
    indicator: Score = field(default_factory=Score)

    def accuracy(self, right: int) -> float:
        return right / self.scored if self.scored else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"scored": self.scored, "area": round(self.accuracy(self.area_right), 4),
                "period": round(self.accuracy(self.period_right), 4),
                "measure": round(self.accuracy(self.measure_right), 4),
                "target": round(self.accuracy(self.target_right), 4),
                "indicator_precision": round(self.indicator.precision, 4),
                "indicator_recall": round(self.indicator.recall, 4),
                "indicator_f1": round(self.indicator.f1, 4)}


@dataclass(slots=True)
class Report:
    quantity: Score = field(default_factory=Score)           # borderline gold counted
    quantity_lenient: Score = field(default_factory=Score)   # borderline gold ignored
    date: Score = field(default_factory=Score)
    qualifier_right: int = 0
    subject_right: int = 0
    quantity_matched: int = 0
    iso_right: int = 0
    date_matched: int = 0
    observation: ObservationScore = field(default_factory=lambda: ObservationScore())
    area_text_only: float = 1.0   # area accuracy with no page place given
    pages: int = 0
    pages_placed: int = 0         # pages whose place pubdates.csv gives
    leaks: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_right / self.quantity_matched if self.quantity_matched else 1.0

    @property
    def subject_accuracy(self) -> float:
        return self.subject_right / self.quantity_matched if self.quantity_matched else 1.0

    @property
    def iso_accuracy(self) -> float:
        return self.iso_right / self.date_matched if self.date_matched else 1.0

    def as_dict(self) -> dict[str, Any]:
        def s(x: Score) -> dict[str, float]:
            return {"tp": x.tp, "fp": x.fp, "fn": x.fn, "precision": round(x.precision, 4),
                    "recall": round(x.recall, 4), "f1": round(x.f1, 4)}
        return {
            "quantity": s(self.quantity), "quantity_lenient": s(self.quantity_lenient),
            "date": s(self.date), "qualifier_accuracy": round(self.qualifier_accuracy, 4),
            "subject_accuracy": round(self.subject_accuracy, 4),
            "iso_accuracy": round(self.iso_accuracy, 4), "leaks": len(self.leaks),
            "observation": {**self.observation.as_dict(), "area_text_only": round(self.area_text_only, 4)},
            "pages": self.pages, "pages_placed": self.pages_placed,
        }


def _overlap(a: dict[str, Any] | Mention, b: dict[str, Any]) -> bool:
    a_start, a_end = (a["start"], a["end"]) if isinstance(a, dict) else (a.start, a.end)
    return a_start < b["end"] and b["start"] < a_end


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _subject_ok(predicted: str, gold: str) -> bool:
    """Annotators word subjects freely: share at least half of the shorter one."""
    if not predicted or not gold:
        return False
    shared = len(set(predicted) & set(gold))
    return shared >= 0.5 * min(len(set(predicted)), len(set(gold)))


def _qualifier_ok(q: Quantity, gold: dict[str, Any]) -> bool:
    """Our ``range`` qualifier is the gold schema's ``exact`` with a ``value_max``
    (the gold README has no range qualifier; the range lives in value_max)."""
    if q.qualifier == "range" and gold["qualifier"] == "exact" and gold.get("value_max") is not None:
        return q.value_max is not None and _same_value(q.value_max, float(gold["value_max"]))
    return q.qualifier == gold["qualifier"]


def load_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                by_file[record["file"]].append(record)
    return by_file


def evaluate(gold_path: Path, texts: Path, pubdate: str | None = None, page_places: bool = True) -> Report:
    """Score every page of ``gold_path`` (texts in ``texts``); with ``page_places``, a
    page whose place the folder's pubdates.csv gives is extracted with it."""
    from .ingest import read_sidecar

    report, alone = Report(), Report()   # alone: no page place, for the text-only area
    places = {name: note.area for name, note in read_sidecar(texts).items() if note.area} if page_places else {}
    for name, gold in sorted(load_gold(gold_path).items()):
        text = decode((texts / name).read_bytes(), name)
        pub = pubdate or next((g["iso"] for g in gold if g["type"] == "pubdate"), None)
        ex = extract(text, pubdate=pub, source=name)
        _score_file(name, gold, ex.quantities, ex.dates, alone)
        report.pages += 1
        if name in places:
            report.pages_placed += 1
            ex = extract(text, pubdate=pub, source=name, area=places[name])
        _score_file(name, gold, ex.quantities, ex.dates, report)
    report.area_text_only = alone.observation.accuracy(alone.observation.area_right)
    return report


def _score_file(name: str, gold: list[dict[str, Any]], quantities: list[Quantity],
                dates: list[DateMention], report: Report) -> None:
    _score_leaks(name, gold, [*quantities, *dates], report)
    _score_quantities(name, [g for g in gold if g["type"] == "quantity"], quantities, report)
    _score_dates(name, [g for g in gold if g["type"] == "date"], dates, report)


def _score_leaks(name: str, gold: list[dict[str, Any]], records: list[Quantity | DateMention],
                 report: Report) -> None:
    blocked = [g for g in gold if g["type"] in ("ordinal", "code")]
    for rec in records:
        for g in blocked:
            if _overlap(rec, g):
                report.leaks.append({"file": name, "type": rec.record_type, "text": rec.text,
                                     "start": rec.start, "gold": g["type"], "gold_text": g["text"]})


def _score_quantities(name: str, gold_q: list[dict[str, Any]], quantities: list[Quantity],
                      report: Report) -> None:
    used: set[int] = set()
    for q in quantities:
        match = next((i for i, g in enumerate(gold_q) if i not in used and _overlap(q, g)
                      and _same_value(q.value, float(g["value"])) and q.unit == g["unit"]), None)
        if match is None:
            report.quantity.fp += 1
            report.quantity_lenient.fp += 1
            report.false_positives.append({"file": name, "type": "quantity", "text": q.text,
                                           "start": q.start, "value": q.value, "unit": q.unit})
            continue
        used.add(match)
        _score_matched_quantity(name, q, gold_q[match], report)
    for i, g in enumerate(gold_q):
        if i not in used:
            report.quantity.fn += 1
            if not g.get("borderline"):
                report.quantity_lenient.fn += 1
            report.misses.append({"file": name, "type": "quantity", "text": g["text"],
                                  "start": g["start"], "value": g["value"], "unit": g["unit"]})


def _score_matched_quantity(name: str, q: Quantity, g: dict[str, Any], report: Report) -> None:
    report.quantity.tp += 1
    if not g.get("borderline"):
        report.quantity_lenient.tp += 1
    report.quantity_matched += 1
    qualifier_ok = _qualifier_ok(q, g)
    report.qualifier_right += qualifier_ok
    report.subject_right += _subject_ok(q.subject, g.get("subject", ""))
    if not qualifier_ok:
        report.wrong.append({"file": name, "type": "quantity", "text": q.text, "field": "qualifier",
                             "got": q.qualifier, "want": g["qualifier"]})
    _score_observation(name, q, g, report)


def _score_dates(name: str, gold_d: list[dict[str, Any]], dates: list[DateMention], report: Report) -> None:
    used: set[int] = set()
    for d in dates:
        match = next((i for i, g in enumerate(gold_d) if i not in used and _overlap(d, g)), None)
        if match is None:
            report.date.fp += 1
            report.false_positives.append({"file": name, "type": "date", "text": d.text,
                                           "start": d.start, "iso": d.iso})
            continue
        used.add(match)
        g = gold_d[match]
        report.date.tp += 1
        report.date_matched += 1
        report.iso_right += d.iso == g["iso"]
        if d.iso != g["iso"]:
            report.wrong.append({"file": name, "type": "date", "text": d.text, "field": "iso",
                                 "got": d.iso, "want": g["iso"]})
    for i, g in enumerate(gold_d):
        if i not in used:
            report.date.fn += 1
            report.misses.append({"file": name, "type": "date", "text": g["text"],
                                  "start": g["start"], "iso": g["iso"]})


def _same_area(predicted: str | None, gold: str | None) -> bool:
    """A name that contains the other is the same place (武隆区 = 重庆市武隆区)."""
    if not predicted or not gold:
        return predicted == gold
    return predicted in gold or gold in predicted


def _same_period(predicted: str | None, gold: str | None) -> bool:
    """Periods agree when they cover the same days (2024 = 2024-01/2024-12)."""
    if not predicted or not gold:
        return predicted == gold
    try:
        return predicted == gold or iso_bounds(predicted) == iso_bounds(gold)
    except ValueError:
        return False


def _score_observation(name: str, q: Quantity, g: dict[str, Any], report: Report) -> None:
    if "measure" not in g:
        return
    obs = report.observation
    obs.scored += 1
    checks = {
        "area": (_same_area(q.area, g.get("area")), q.area, g.get("area")),
        "period": (_same_period(q.period, g.get("period")), q.period, g.get("period")),
        "measure": (q.measure == g["measure"], q.measure.value, g["measure"]),
        "target": (q.target == bool(g.get("target")), q.target, bool(g.get("target"))),
    }
    obs.area_right += checks["area"][0]
    obs.period_right += checks["period"][0]
    obs.measure_right += checks["measure"][0]
    obs.target_right += checks["target"][0]
    want = g.get("indicator")
    obs.indicator.tp += q.indicator is not None and q.indicator == want
    obs.indicator.fp += q.indicator is not None and q.indicator != want
    obs.indicator.fn += want is not None and q.indicator != want
    if q.indicator != want:
        checks["indicator"] = (False, q.indicator, want)
    for label, (ok, got, wanted) in checks.items():
        if not ok:
            report.wrong.append({"file": name, "type": "quantity", "text": q.text, "field": label,
                                 "got": got, "want": wanted})


def format_report(report: Report) -> str:
    lines = ["type               precision  recall     F1    tp  fp  fn"]
    for label, s in (("quantity", report.quantity), ("quantity (lenient)", report.quantity_lenient),
                     ("date", report.date)):
        lines.append(f"{label:<18} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:3d} {s.fn:3d}")
    lines.append(f"qualifier accuracy on matched quantities: {report.qualifier_accuracy:.3f} "
                 f"({report.qualifier_right}/{report.quantity_matched})")
    lines.append(f"subject accuracy (loose) on matched quantities: {report.subject_accuracy:.3f} "
                 f"({report.subject_right}/{report.quantity_matched})")
    lines.append(f"iso accuracy on matched dates: {report.iso_accuracy:.3f} "
                 f"({report.iso_right}/{report.date_matched})")
    obs = report.observation
    if obs.scored:
        lines.append(
            f"observation fields on {obs.scored} matched quantities: "
            f"area {obs.accuracy(obs.area_right):.3f}  period {obs.accuracy(obs.period_right):.3f}  "
            f"measure {obs.accuracy(obs.measure_right):.3f}  target {obs.accuracy(obs.target_right):.3f}  "
            f"indicator P/R/F1 {obs.indicator.precision:.3f}/{obs.indicator.recall:.3f}/"
            f"{obs.indicator.f1:.3f}")
        if report.pages_placed:
            lines.append(f"area from the text alone: {report.area_text_only:.3f} (pubdates.csv gives the place of "
                         f"{report.pages_placed} of {report.pages} pages)")
    lines.append(f"ordinal/code leaks: {len(report.leaks)}")
    for title, items in (("leaks", report.leaks), ("misses", report.misses),
                         ("false positives", report.false_positives), ("wrong fields", report.wrong)):
        if items:
            lines.append(f"-- {title}:")
            lines.extend("   " + json.dumps(item, ensure_ascii=False) for item in items)
    return "\n".join(lines)
