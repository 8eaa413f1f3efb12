"""Shared test set-up: no test writes to the project's own data/ folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def _store_outside_the_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the default store at a temp file (tests that need another set their own)."""
    path = tmp_path_factory.mktemp("default-store") / "zhibiao.duckdb"
    before = os.environ.get("ZHIBIAO_DB")
    os.environ["ZHIBIAO_DB"] = str(path)
    yield path
    if before is None:
        os.environ.pop("ZHIBIAO_DB", None)
    else:
        os.environ["ZHIBIAO_DB"] = before
