"""Write ../../eval12.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval12/_build/build_eval12.py [--review] [--leftover]
--review prints each record with the characters around it, for reading.
--leftover lists every digit or Chinese numeral outside a record, to be read again.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval12_pages_a import PAGES as PAGES_A  # noqa: E402
from eval12_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval12.jsonl"
NUMERAL = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]+")


def leftover(gold: Path) -> None:
    """Print every numeral outside a record, with its surroundings."""
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    for name in sorted({r["file"] for r in records}):
        doc = (HERE.parent / name).read_bytes().decode("utf-8")
        covered = [False] * len(doc)
        for r in records:
            if r["file"] == name and r["type"] != "pubdate":
                for i in range(r["start"], r["end"]):
                    covered[i] = True
        for m in NUMERAL.finditer(doc):
            if not any(covered[m.start():m.end()]):
                around = doc[max(0, m.start() - 6):m.end() + 6].replace("\n", "⏎")
                print(f"{name} {m.start():>4} {m.group()!r:<12} {around}")


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e12", show="--review" in sys.argv)
    if "--leftover" in sys.argv:
        leftover(GOLD)
