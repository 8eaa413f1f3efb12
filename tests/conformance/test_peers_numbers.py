"""Tier-1 number and money conformance: other projects' test cases through our parsers.

Cases come from ``shared/peers`` (cn2an, Duckling, Recognizers-Text, JioNLP;
CONFORMANCE.md §3.1 rows 1–7) and run through :func:`extractors.numerals.parse_number`,
:func:`extractors.numerals.find_numbers`, :func:`extractors.quantities.find_quantities`
and :func:`extractors.quantities.parse_quantity`. Known deviations are strict xfails
listed with their reasons in ``xfail_numbers.yaml``; pass rates per file are printed
by ``python -m tests.conformance.numbers_report``.
"""

from __future__ import annotations

import pytest

from .numbers_report import outcomes, pass_rates
from .peers import XFAIL_NUMBERS, Case, load_xfails, number_cases, peers_dir, require_peers

GATE = 0.95
XFAILS = load_xfails(XFAIL_NUMBERS)
CASES: list[Case] = number_cases() if peers_dir().is_dir() else []


def _params() -> list[object]:
    if not CASES:
        return [pytest.param(None, id="peers-missing")]
    return [
        pytest.param(case, id=case.id,
                     marks=[pytest.mark.xfail(strict=True, reason=XFAILS[case.id])]
                     if case.id in XFAILS else [])
        for case in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_peer_case(case: Case | None) -> None:
    require_peers()
    assert case is not None
    failure = case.check()
    assert failure is None, f"{case.input!r}: {failure}"


def test_xfail_list_names_real_cases() -> None:
    require_peers()
    ids = {case.id for case in CASES}
    assert sorted(set(XFAILS) - ids) == []


@pytest.mark.parametrize("group", ["numbers", "money"])
def test_pass_rate_gate(group: str) -> None:
    require_peers()
    rates = pass_rates(CASES, outcomes(CASES))
    passed, total = rates[f"group:{group}"]
    assert total > 0
    assert passed / total >= GATE, f"{group}: {passed}/{total} = {passed / total:.1%}"
