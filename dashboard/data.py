"""The dashboard's hold on the store: one cached connection, cached query results.

The connection (and jieba, for uploads) is a ``st.cache_resource``, shared by
every session. An ingest replaces the store file atomically, so the handle
checks the file's identity before each query and reopens when it changed; the
same identity is part of every cached result's key, so a new store never serves
stale figures.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import streamlit as st

from extractors import store as store_module

from . import queries

QUERY_TTL_SECONDS = 600
Stamp = tuple[int, int, int] | None


class StoreHandle:
    """A read-only connection to one store file, reopened when the file is replaced."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._catalog = ""
        self._stamp: Stamp = None

    def stamp(self) -> Stamp:
        """The identity of the store's current version (changes when an ingest swaps it)."""
        return store_module.snapshot_id(self.path)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for the calling thread: DuckDB connections must not be
        shared across threads, cursors of one connection may."""
        with self._lock:
            stamp = self.stamp()
            if self._con is None or stamp != self._stamp:
                if self._con is not None:
                    self._con.close()
                self._con = store_module.open_for_reading(self.path)
                # The store is attached to an in-memory database; a cursor starts
                # in that database, so point it at the store's catalog.
                row = self._con.execute("SELECT current_database()").fetchone()
                self._catalog = str(row[0]) if row else ""
                self._stamp = stamp
            cursor = self._con.cursor()
        if self._catalog:
            cursor.execute(f'USE "{self._catalog.replace(chr(34), chr(34) * 2)}"')
        return cursor

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
            self._con, self._stamp = None, None


def store_path() -> Path:
    """The store this app shows: ``$ZHIBIAO_DB`` or the project's default."""
    return store_module.default_store_path()


def ensure_store(path: Path, progress: Callable[[str], None] | None = None) -> Path:
    """Build the store from ``seeds/`` when it does not exist yet (an existing
    store, even an empty one, is the user's and is shown as it is)."""
    if path.exists():
        return path
    from extractors.ingest import ensure_default_store

    return Path(ensure_default_store(path, progress=progress))


@st.cache_resource(show_spinner=False)
def handle(path: str) -> StoreHandle:
    return StoreHandle(Path(path))


@st.cache_resource(show_spinner="正在加载分词词典…")
def tokenizer() -> Any:
    """jieba with its dictionary loaded, once per process (extraction of uploads uses it)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


@st.cache_data(ttl=QUERY_TTL_SECONDS, show_spinner=False, max_entries=512)
def _cached(name: str, path: str, stamp: Stamp, args: tuple[Any, ...]) -> Any:
    return _run(name, path, args)


def _run(name: str, path: str, args: tuple[Any, ...]) -> Any:
    cursor = handle(path).cursor()
    try:
        return getattr(queries, name)(cursor, *args)
    finally:
        cursor.close()


def read(name: str, *args: Any) -> Any:
    """The result of ``queries.<name>(connection, *args)`` on the current store, cached."""
    path = str(store_path())
    return _cached(name, path, handle(path).stamp(), args)


def forget() -> None:
    """Drop cached results (after this process changed the store)."""
    _cached.clear()


def fresh(name: str, *args: Any) -> Any:
    """``queries.<name>(connection, *args)`` read now and not cached: whole tables
    for a download, too large to keep in the cache and read only on a click."""
    return _run(name, str(store_path()), args)
