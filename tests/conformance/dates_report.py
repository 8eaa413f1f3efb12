"""Pass rates of the Tier-1 date conformance cases, per peer file.

    python -m tests.conformance.dates_report            # the table
    python -m tests.conformance.dates_report --failing  # also every failing case, with the
                                                        # xfail reason it is listed under

A case passes when our extractor agrees with the peer (see test_peers_dates.py for
how each peer is compared); the rest are listed in xfail_dates.yaml with a reason.
"""

from __future__ import annotations

import sys
from collections import Counter

from tests.conformance.date_cases import FILES, check, load_cases, load_xfails


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    xfails = load_xfails()
    total: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    failing: list[tuple[str, str, str, str]] = []
    unlisted = 0
    for case in load_cases():
        total[case.file] += 1
        problem = check(case)
        if problem is None:
            passed[case.file] += 1
        else:
            unlisted += case.id not in xfails
            miss = xfails.get(case.id)
            failing.append((case.id, case.text, problem,
                            f"{miss.kind}: {miss.reason}" if miss else "NOT LISTED"))
    print(f"{'peer file':<62} {'cases':>6} {'pass':>6} {'rate':>7}")
    for name in FILES:
        n, ok = total[name], passed[name]
        print(f"{name:<62} {n:>6} {ok:>6} {ok / n if n else 0:>7.1%}")
    n, ok = sum(total.values()), sum(passed.values())
    print(f"{'all':<62} {n:>6} {ok:>6} {ok / n if n else 0:>7.1%}")
    reasons = Counter(reason for *_, reason in failing)
    print("\nmisses by kind and reason:")
    for reason, count in reasons.most_common():
        print(f"  {count:>4}  {reason}")
    if "--failing" in argv:
        print()
        for case_id, text, problem, reason in failing:
            print(f"{case_id}\t{text}\t{problem}\t[{reason}]")
    if unlisted:
        print(f"\n{unlisted} failing cases are not in xfail_dates.yaml", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
