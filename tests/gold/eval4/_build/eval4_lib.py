"""Helpers that turn hand-written annotation lists into gold records.

Each page's records are written in document order; ``locate`` finds each span
at or after the previous one, refusing matches that cut a number in half, so
offsets are computed, never typed. Every field value is the annotator's.
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

DIGITS = set("0123456789０１２３４５６７８９")
SCALE = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "千": Decimal(10) ** 3}
SENTENCE_END = "。！？!?"


def num(text: str) -> float:
    """'35.2521亿' -> 3525210000.0 without float rounding noise."""
    match = re.fullmatch(r"([0-9.]+)([万亿千]*)", text)
    assert match, text
    value = Decimal(match.group(1))
    for ch in match.group(2):
        value *= SCALE[ch]
    return float(value)


def Q(text, value, unit, subject, measure, *, q="exact", ind=None, per=None, area=None,
      target=False, change=None, note=None, borderline=False, implied=False,
      inherited=False, values=None, value_max=None):
    return {"type": "quantity", "text": text, "value": float(value), "unit": unit,
            "qualifier": q, "subject": subject, "change": change, "borderline": borderline,
            "unit_implied": implied, "unit_inherited": inherited, "values": values,
            "value_max": value_max, "note": note, "_area": area, "_period": per,
            "indicator": ind, "measure": measure, "target": target}


def D(text, iso, kind, rel=True, note=None):
    return {"type": "date", "text": text, "iso": iso, "relative": rel, "kind": kind, "note": note}


def O(text, note):  # noqa: E743 - O for ordinal, beside Q, D and C
    return {"type": "ordinal", "text": text, "note": note}


def C(text, note):
    return {"type": "code", "text": text, "note": note}


def _ok_boundary(doc: str, start: int, end: int) -> bool:
    text = doc[start:end]
    if text[0] in DIGITS and start > 0 and (doc[start - 1] in DIGITS or doc[start - 1] == "."):
        return False
    if text[-1] in DIGITS and end < len(doc) and (doc[end] in DIGITS or
                                                  (doc[end] == "." and end + 1 < len(doc) and doc[end + 1] in DIGITS)):
        return False
    return True


def locate(doc: str, text: str, cursor: int) -> int:
    pos = doc.find(text, cursor)
    while pos != -1 and not _ok_boundary(doc, pos, pos + len(text)):
        pos = doc.find(text, pos + 1)
    assert pos != -1, f"{text!r} not found after {cursor}: {doc[cursor:cursor + 40]!r}"
    return pos


def sentence(doc: str, start: int, end: int) -> str:
    """The sentence holding the span: cut at 。！？ and at line ends."""
    left = start
    while left > 0 and doc[left - 1] not in SENTENCE_END + "\n":
        left -= 1
    right = end
    while right < len(doc) and doc[right] not in SENTENCE_END + "\n":
        right += 1
    if right < len(doc) and doc[right] in SENTENCE_END:
        right += 1
    return doc[left:right].strip()


def build(name: str, doc: str, pubdate: str | None, pubnote: str, area: str,
          period: str | None, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"file": name, "type": "pubdate", "iso": pubdate, "note": pubnote}]
    cursor = 0
    for item in items:
        start = locate(doc, item["text"], cursor)
        end = start + len(item["text"])
        cursor = end
        rec: dict[str, Any] = {"file": name, "type": item["type"], "text": item["text"]}
        if item["type"] == "quantity":
            rec.update(value=item["value"], unit=item["unit"], qualifier=item["qualifier"],
                       subject=item["subject"])
            for key in ("change", "borderline", "unit_implied", "unit_inherited", "values",
                        "value_max", "note"):
                if item[key]:
                    rec[key] = item[key]
        elif item["type"] == "date":
            rec.update(iso=item["iso"], relative=item["relative"], kind=item["kind"])
            if item["note"]:
                rec["note"] = item["note"]
        else:
            rec["note"] = item["note"]
        rec.update(start=start, end=end, context=sentence(doc, start, end))
        if item["type"] == "quantity":
            rec.update(area=item["_area"] or area,
                       period=item["_period"] if item["_period"] is not None else period,
                       indicator=item["indicator"], measure=item["measure"], target=item["target"])
        out.append(rec)
    return out


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def review(records: list[dict[str, Any]], docs: dict[str, str]) -> None:
    """Print each record with the characters around it, for reading."""
    for r in records:
        if r["type"] == "pubdate":
            print(f"\n##### {r['file']} pubdate={r['iso']}")
            continue
        doc = docs[r["file"]]
        around = doc[max(0, r["start"] - 8):r["start"]] + "[" + r["text"] + "]" + doc[r["end"]:r["end"] + 8]
        around = around.replace("\n", "⏎")
        if r["type"] == "quantity":
            extra = {k: r[k] for k in ("change", "borderline", "unit_implied", "values") if k in r}
            print(f"Q {around:<40} {r['value']:g} {r['unit'] or '-'} {r['qualifier']} | {r['subject']} | "
                  f"{r['area']} {r['period']} {r['indicator']} {r['measure']} tgt={r['target']} {extra or ''}")
        elif r["type"] == "date":
            print(f"D {around:<40} {r['iso']} {r['kind']} rel={r['relative']}")
        else:
            print(f"{r['type'][0].upper()} {around:<40} {r['note']}")


def write_set(pages: dict[str, dict[str, Any]], texts: Path, gold: Path, prefix: str,
              show: bool = False, places: dict[str, str] | None = None) -> None:
    """Build every page's records, write the gold file and the set's pubdates.csv.

    A period written ``"NULL"`` (eval8's convention for "no period at all") is written null.
    ``places`` is each page's publisher's place for the pubdates.csv area column; without
    it, an area column already in the file (added by hand after a set's first sight) is kept.
    """
    records: list[dict[str, Any]] = []
    for name in sorted(pages):
        spec = pages[name]
        records += build(name, read(texts / name), spec["pubdate"], spec["pubnote"], spec["area"],
                         spec["period"], spec["items"])
    for r in records:
        if r.get("period") == "NULL":
            r["period"] = None
    on_disk = sorted(p.name for p in texts.glob(f"{prefix}_*.txt"))
    assert on_disk == sorted(pages), (on_disk, sorted(pages))
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    sidecar = texts / "pubdates.csv"
    if places is not None:
        assert sorted(places) == sorted(pages), "places must name every page"
    elif sidecar.is_file():
        with sidecar.open(encoding="utf-8", newline="") as handle:
            places = {row["file"]: row.get("area") or "" for row in csv.DictReader(handle)}
        places = places if any(places.values()) else None
    with sidecar.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "pubdate", *(["area"] if places is not None else [])])
        for name in sorted(pages):
            writer.writerow([name, pages[name]["pubdate"], *([places.get(name, "")] if places is not None else [])])
    if show:
        review(records, {name: read(texts / name) for name in pages})
    print(Counter(r["type"] for r in records), "files:", len(pages))
