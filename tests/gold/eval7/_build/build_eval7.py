"""Write ../../eval7.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval7/_build/build_eval7.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval7_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

if __name__ == "__main__":
    write_set(PAGES, HERE.parent, HERE.parents[1] / "eval7.jsonl", "e7", show="--review" in sys.argv)
