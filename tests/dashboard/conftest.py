"""Stores for the dashboard tests, built once per session in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from extractors.store import open_for_reading

from .stores import (
    build_areas_store,
    build_empty_store,
    build_known_store,
    build_sample_store,
    build_wide_store,
)


@pytest.fixture(scope="session")
def known_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_known_store(tmp_path_factory.mktemp("known") / "known.duckdb")


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("sample") / "sample.duckdb")


@pytest.fixture(scope="session")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_empty_store(tmp_path_factory.mktemp("empty") / "empty.duckdb")


@pytest.fixture(scope="session")
def wide_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wide_store(tmp_path_factory.mktemp("wide") / "wide.duckdb")


@pytest.fixture
def wide(wide_store: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = open_for_reading(wide_store)
    yield con
    con.close()


@pytest.fixture(scope="session")
def areas_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_areas_store(tmp_path_factory.mktemp("areas") / "areas.duckdb")


@pytest.fixture
def areas(areas_store: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = open_for_reading(areas_store)
    yield con
    con.close()


@pytest.fixture
def known(known_store: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = open_for_reading(known_store)
    yield con
    con.close()


@pytest.fixture
def empty(empty_store: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = open_for_reading(empty_store)
    yield con
    con.close()
