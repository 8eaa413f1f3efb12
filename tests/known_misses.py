"""Known misses that say what fails: each records the output we give today.

A plain ``xfail(strict=True)`` passes whatever the failure is, so a case that starts to
fail differently goes unnoticed. A known miss here carries the current output as well
as the expected one, and its test

* fails (strict XPASS) when the output becomes the expected one: the miss is fixed,
  move the case to the passing ones;
* fails when the output changes to anything else: look at it, then record the new
  output (or fix the regression);
* is an expected failure only while the output is the recorded one.

Every miss has a ``kind``, so that a case where we find nothing is never filed under a
reason about conventions:

* ``finds-nothing`` — we find nothing where something is expected;
* ``convention`` — we find it and read it under another convention (a span, a window,
  a value the gold or the peer writes differently);
* ``extra`` — we find something where nothing is expected;
* ``misses-some`` — we find part of what is expected (some records of a sentence or an
  article, not all);
* ``out-of-scope`` — we find something, but the case needs what we deliberately do not
  read (lunar dates, brand names); when we find nothing at all it is ``finds-nothing``.
"""

from __future__ import annotations

from typing import NoReturn

import pytest

KINDS = ("finds-nothing", "convention", "extra", "misses-some", "out-of-scope")


class KnownMiss(AssertionError):
    """The case fails exactly as recorded."""


def mark(kind: str, reason: str) -> pytest.MarkDecorator:
    """The strict xfail of a known miss: only :class:`KnownMiss` counts as the expected failure."""
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {KINDS}")
    return pytest.mark.xfail(strict=True, raises=KnownMiss, reason=f"[{kind}] {reason}")


def check_kind(kind: str, finds_nothing: bool, what: str) -> None:
    """A miss that finds nothing is filed as ``finds-nothing``, and only such a miss."""
    if finds_nothing and kind != "finds-nothing":
        pytest.fail(f"{what}: we find nothing here, so the miss is 'finds-nothing', not {kind!r}")
    if not finds_nothing and kind == "finds-nothing":
        pytest.fail(f"{what}: we do find something here, so the miss is not 'finds-nothing'")


def fail_as_recorded(got: object, recorded: object, what: str) -> NoReturn:
    """Call when a known miss did not give the expected output: an expected failure if
    ``got`` is the recorded output, else a real failure that shows the change."""
    if got == recorded:
        raise KnownMiss(f"{what}: still {got!r}")
    pytest.fail(f"{what}: the known miss changed — recorded {recorded!r}, now {got!r}. "
                "Record the new output if it is no worse.", pytrace=False)
