"""Write ../../eval5.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval5/_build/build_eval5.py [--review]
--review prints each record with the characters around it, for reading.
The span locator and record builder are eval4's (``../../eval4/_build/eval4_lib.py``),
shared rather than copied.
"""
from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval5_pages_a import PAGES as PAGES_A  # noqa: E402
from eval5_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import build, read  # noqa: E402

TEXTS = HERE.parent
GOLD = HERE.parents[1] / "eval5.jsonl"


def review(records: list[dict], docs: dict[str, str]) -> None:
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


def main() -> None:
    pages = {**PAGES_A, **PAGES_B}
    records = []
    for name in sorted(pages):
        spec = pages[name]
        doc = read(TEXTS / name)
        records += build(name, doc, spec["pubdate"], spec["pubnote"], spec["area"], spec["period"],
                         spec["items"])
    on_disk = sorted(p.name for p in TEXTS.glob("e5_*.txt"))
    assert on_disk == sorted(pages), (on_disk, sorted(pages))
    GOLD.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with (TEXTS / "pubdates.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "pubdate"])
        for name in sorted(pages):
            writer.writerow([name, pages[name]["pubdate"]])
    if "--review" in sys.argv:
        review(records, {name: read(TEXTS / name) for name in pages})
    print(Counter(r["type"] for r in records), "files:", len(pages))


if __name__ == "__main__":
    main()
