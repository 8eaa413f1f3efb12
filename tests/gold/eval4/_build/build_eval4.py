"""Write ../../eval4.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval4/_build/build_eval4.py [--review]
--review prints each record with the characters around it, for reading.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval4_lib import write_set  # noqa: E402
from eval4_pages_a import PAGES as PAGES_A  # noqa: E402
from eval4_pages_b import PAGES as PAGES_B  # noqa: E402


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, HERE.parents[1] / "eval4.jsonl", "e4",
              show="--review" in sys.argv)
