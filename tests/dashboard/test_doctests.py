"""The docstring examples of the dashboard's pure modules are part of the tests.

pytest's ``testpaths`` collects doctests under tests/ and extractors/ only, so
the dashboard's run here.
"""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["dashboard.formatting", "dashboard.queries", "dashboard.charts", "dashboard.filters",
           "dashboard.reader", "dashboard.series", "dashboard.widgets",
           "dashboard.uploads"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
