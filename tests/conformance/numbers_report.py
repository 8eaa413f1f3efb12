"""Pass rates of the Tier-1 number and money conformance cases, per peer file.

    python -m tests.conformance.numbers_report [--failures]

A case counts as passed only when our extractors agree with the peer; the
known misses listed in ``xfail_numbers.yaml`` count as failures here.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from .peers import XFAIL_NUMBERS, Case, load_xfails, number_cases


def outcomes(cases: list[Case]) -> dict[str, str | None]:
    """``{case id: None if passed else the reason it failed}``."""
    result: dict[str, str | None] = {}
    for case in cases:
        try:
            result[case.id] = case.check()
        except Exception as err:  # a crash is a failure, reported like one
            result[case.id] = f"{type(err).__name__}: {err}"
    return result


def pass_rates(cases: list[Case], results: dict[str, str | None]) -> dict[str, tuple[int, int]]:
    """``{file or group: (passed, total)}``, plus ``group:numbers`` and ``group:money``."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        ok = results[case.id] is None
        for key in (case.file, f"group:{case.group}"):
            tally[key][0] += ok
            tally[key][1] += 1
    return {key: (p, t) for key, (p, t) in tally.items()}


def main(argv: list[str]) -> int:
    cases = number_cases()
    results = outcomes(cases)
    xfails = load_xfails(XFAIL_NUMBERS)
    rates = pass_rates(cases, results)
    print(f"{'file':45} {'passed':>7} {'total':>6} {'rate':>7} {'xfail':>6}")
    files = [k for k in rates if not k.startswith("group:")]
    for key in [*files, "group:numbers", "group:money"]:
        passed, total = rates[key]
        listed = sum(1 for c in cases if c.id in xfails and (c.file == key or f"group:{c.group}" == key))
        print(f"{key:45} {passed:7d} {total:6d} {passed / total:7.1%} {listed:6d}")
    if "--failures" in argv:
        for case in cases:
            if results[case.id] is not None:
                mark = "xfail" if case.id in xfails else "FAIL"
                print(f"{mark:5} {case.id}  {case.input!r}: {results[case.id]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
