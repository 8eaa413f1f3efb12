"""Re-record what we find for every known conformance miss.

    python -m tests.conformance.record_misses numbers|dates

Runs every case of the set; for each entry of its ``xfail_*.yaml`` writes the current
output into ``result`` (keeping ``kind`` and ``reason``), drops the entries that now pass,
and lists the failing cases that have no entry (add them by hand, with a kind and a
reason). Review the diff before committing it: a changed ``result`` is a changed failure.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from . import date_cases
from .numbers_report import outcomes
from .peers import XFAIL_NUMBERS, finds_nothing, number_cases


def _header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for line in lines[:next((i for i, x in enumerate(lines) if not x.startswith("#")),
                                                 len(lines))])


def record(path: Path, results: dict[str, str | None], nothing: Callable[[str], bool]) -> int:
    entries: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    kept, fixed = [], []
    for entry in entries:
        got = results.get(entry["id"])
        if got is None:
            fixed.append(entry["id"])
            continue
        kind = entry.get("kind") or ("finds-nothing" if nothing(got) else "convention")
        kept.append({"id": entry["id"], "kind": kind, "reason": entry["reason"], "result": got})
    listed = {e["id"] for e in entries}
    new = [case_id for case_id, got in results.items() if got is not None and case_id not in listed]
    body = yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=110)
    path.write_text(_header(path) + body, encoding="utf-8")
    for case_id in fixed:
        print(f"passes now, entry dropped: {case_id}")
    for case_id in new:
        print(f"failing, no entry: {case_id}: {results[case_id]}", file=sys.stderr)
    return 1 if new else 0


def main(argv: list[str]) -> int:
    which = argv[0] if argv else ""
    if which == "numbers":
        return record(XFAIL_NUMBERS, outcomes(number_cases()), finds_nothing)
    if which == "dates":
        results = {c.id: date_cases.check(c) for c in date_cases.load_cases()}
        return record(date_cases.XFAIL_FILE, results, date_cases.finds_nothing)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
