"""Tier-1 date conformance: the peer cases of date_cases.py through our extractor.

Each case passes when we agree with the peer; every case where we do not is a strict
xfail in ``xfail_dates.yaml`` with its kind, its reason and what we find today
(tests/known_misses.py), so a fix shows up as an XPASS and a changed failure as a
failure. ``python -m tests.conformance.dates_report`` prints the pass rates;
``python -m tests.conformance.record_misses dates`` re-records what we find.
"""

from __future__ import annotations

import pytest

from tests import known_misses

from .date_cases import Case, check, finds_nothing, load_cases, load_xfails

XFAILS = load_xfails()


def _params() -> list[object]:
    return [pytest.param(c, id=c.id, marks=[known_misses.mark(XFAILS[c.id].kind, XFAILS[c.id].reason)]
                         if c.id in XFAILS else [])
            for c in load_cases()]


@pytest.mark.parametrize("case", _params())
def test_peer_date_case(case: Case) -> None:
    problem = check(case)
    miss = XFAILS.get(case.id)
    if miss is None:
        assert problem is None, f"{case.text!r} (today {case.today}): {problem}"
        return
    if problem is None:
        return  # fixed: a strict XPASS, until the entry leaves xfail_dates.yaml
    known_misses.check_kind(miss.kind, finds_nothing(problem), case.id)
    known_misses.fail_as_recorded(problem, miss.result, f"{case.text!r} (today {case.today})")


def test_xfail_list_names_real_cases() -> None:
    ids = {c.id for c in load_cases()}
    stale = sorted(set(load_xfails()) - ids)
    assert not stale, f"xfail entries for cases that no longer exist: {stale[:5]}"
