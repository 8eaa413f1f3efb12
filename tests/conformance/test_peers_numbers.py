"""Tier-1 number and money conformance: other projects' test cases through our parsers.

Cases come from ``data/`` (cn2an, Duckling, Recognizers-Text, JioNLP, vendored;
CONFORMANCE.md §3.1 rows 1–7) and run through :func:`extractors.numerals.parse_number`,
:func:`extractors.numerals.find_numbers`, :func:`extractors.quantities.find_quantities`
and :func:`extractors.quantities.parse_quantity`. Known deviations are strict xfails
listed in ``xfail_numbers.yaml`` with their kind, reason and the output we give today
(tests/known_misses.py); pass rates per file are printed by
``python -m tests.conformance.numbers_report``.
"""

from __future__ import annotations

import pytest

from tests import known_misses

from .numbers_report import outcomes, pass_rates
from .peers import XFAIL_NUMBERS, Case, finds_nothing, load_xfails, number_cases

GATE = 0.95
XFAILS = load_xfails(XFAIL_NUMBERS)
CASES: list[Case] = number_cases()


def _params() -> list[object]:
    return [
        pytest.param(case, id=case.id,
                     marks=[known_misses.mark(XFAILS[case.id].kind, XFAILS[case.id].reason)]
                     if case.id in XFAILS else [])
        for case in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_peer_case(case: Case) -> None:
    failure = case.check()
    miss = XFAILS.get(case.id)
    if miss is None:
        assert failure is None, f"{case.input!r}: {failure}"
        return
    if failure is None:
        return  # fixed: a strict XPASS, until the entry leaves xfail_numbers.yaml
    known_misses.check_kind(miss.kind, finds_nothing(failure), case.id)
    known_misses.fail_as_recorded(failure, miss.result, f"{case.input!r}")


def test_xfail_list_names_real_cases() -> None:
    ids = {case.id for case in CASES}
    assert sorted(set(XFAILS) - ids) == []


@pytest.mark.parametrize("group", ["numbers", "money"])
def test_pass_rate_gate(group: str) -> None:
    rates = pass_rates(CASES, outcomes(CASES))
    passed, total = rates[f"group:{group}"]
    assert total > 0
    assert passed / total >= GATE, f"{group}: {passed}/{total} = {passed / total:.1%}"
