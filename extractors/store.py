"""The corpus store: an embedded DuckDB file, written by swapping in a new copy.

One row per record, each linked to its article (``article_id``) and its span
(``start``/``end`` into the source document's decoded text). Article date,
topics and departments are copied onto claims and events so the dashboard's
filters are single-table scans.

How writes stay safe while the dashboard reads
----------------------------------------------
DuckDB lets one process write a file, and refuses read-only opens from other
processes while it does. So no process ever opens the store itself for
writing. A writer takes a lock file, copies the store to a private temporary
file, loads its batch there, checkpoints and closes it, then ``os.replace``-s
it over the store — an atomic rename. Consequences:

- a reader (:func:`open_for_reading`) always opens a complete, closed file and
  never meets "database is locked"; a connection it already holds keeps
  reading the version it opened (POSIX keeps the old inode alive);
- a writer killed at any moment leaves the previous store untouched: whole
  batches of whole files only;
- the cost is one file copy per publish, which :class:`Spool` amortises by
  publishing at most every few seconds (and never more often than ten times
  the cost of the last copy).

Extracted records travel as partitioned Parquet (:class:`Spool`): whichever
process or cluster extracts them writes ``part-*/<table>.parquet`` under a
folder next to the store, and :func:`publish` loads every complete partition
with DuckDB's ``read_parquet``, many at once. A partition that a crash left
unloaded is loaded by the next run.
"""

from __future__ import annotations

import calendar
import contextlib
import errno
import functools
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from filelock import FileLock

from . import places
from .records import Extraction

SCHEMA_VERSION = 5
PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Column order is the storage order; columns added by a migration go last so a
# migrated store and a new one agree. Names are read by dashboard/queries.py.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "meta": (("key", "VARCHAR PRIMARY KEY"), ("value", "VARCHAR")),
    "sources": (
        ("source", "VARCHAR PRIMARY KEY"), ("content_hash", "VARCHAR NOT NULL"),
        ("size_bytes", "BIGINT"), ("pubdate", "DATE"),
        ("ingested_at", "TIMESTAMP DEFAULT current_timestamp"), ("n_articles", "INTEGER"),
        ("extractor_version", "VARCHAR"),                                    # v2
    ),
    "articles": (
        # id is the hash of the article's text: the same article reprinted on
        # another page has the same id, and a row of its own there (v3).
        ("id", "VARCHAR NOT NULL"), ("source", "VARCHAR NOT NULL"), ("ordinal", "INTEGER"),
        ("title", "VARCHAR"), ("date", "DATE"), ("date_source", "VARCHAR"),
        ("dateline", "VARCHAR"), ("reporters", "VARCHAR[]"), ("topics", "VARCHAR[]"),
        ("departments", "VARCHAR[]"), ("text", "VARCHAR"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("continued", "BOOLEAN"), ("n_quantities", "INTEGER"),
        ("n_dates", "INTEGER"),
        ("area", "VARCHAR"), ("area_code", "VARCHAR"), ("province", "VARCHAR"),     # v4
        ("city", "VARCHAR"), ("date_precision", "VARCHAR"),
    ),
    "quantities": (
        ("article_id", "VARCHAR NOT NULL"), ("source", "VARCHAR NOT NULL"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"), ("sentence", "VARCHAR"), ("value", "DOUBLE"),
        ("value_max", "DOUBLE"), ("unit", "VARCHAR"), ("unit_kind", "VARCHAR"),
        ("qualifier", "VARCHAR"), ("subject", "VARCHAR"), ("change", "VARCHAR"),
        ("article_date", "DATE"), ("topics", "VARCHAR[]"), ("departments", "VARCHAR[]"),
        # v4: the observation fields (OBSERVATIONS.md); period_kind names the period's
        # length (year, half, quarter, month, day, 10m…) so a series compares like with like
        ("area", "VARCHAR"), ("area_code", "VARCHAR"), ("province", "VARCHAR"), ("city", "VARCHAR"),
        ("period", "VARCHAR"), ("period_start", "DATE"), ("period_end", "DATE"),
        ("period_kind", "VARCHAR"), ("indicator", "VARCHAR"), ("measure", "VARCHAR"),
        ("target", "BOOLEAN"), ("values", "DOUBLE[]"), ("article_date_source", "VARCHAR"),
        ("basis", "VARCHAR"),   # v5: a growth rate's base when not year on year (环比, 两年平均)
    ),
    "events": (
        ("article_id", "VARCHAR NOT NULL"), ("source", "VARCHAR NOT NULL"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"), ("sentence", "VARCHAR"), ("iso", "VARCHAR"),
        ("date_start", "DATE"), ("date_end", "DATE"), ("granularity", "VARCHAR"),
        ("kind", "VARCHAR"), ("relative", "BOOLEAN"), ("event", "VARCHAR"), ("actor", "VARCHAR"),
        ("article_date", "DATE"), ("topics", "VARCHAR[]"), ("departments", "VARCHAR[]"),
    ),
    "organizations": (
        ("article_id", "VARCHAR NOT NULL"), ("source", "VARCHAR NOT NULL"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"), ("sentence", "VARCHAR"), ("name", "VARCHAR"),
        ("kind", "VARCHAR"), ("article_date", "DATE"),
    ),
    "people": (
        ("article_id", "VARCHAR NOT NULL"), ("source", "VARCHAR NOT NULL"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"), ("sentence", "VARCHAR"), ("name", "VARCHAR"),
        ("titles", "VARCHAR[]"), ("organization", "VARCHAR"), ("role", "VARCHAR"),
    ),
    "topics": (
        ("article_id", "VARCHAR NOT NULL"), ("source", "VARCHAR NOT NULL"), ("label", "VARCHAR"),
        ("weight", "DOUBLE"), ("keywords", "VARCHAR[]"),
    ),
    # The files whose last ingest failed, one row each; a later success clears it.
    "ingest_errors": (
        ("source", "VARCHAR"), ("reason", "VARCHAR"), ("at", "TIMESTAMP DEFAULT current_timestamp"),
    ),
}

#: DuckDB's memory cap while loading partitions (it spills to disk beyond it);
#: $ZHIBIAO_PUBLISH_MEMORY overrides it (a small machine, or a test of running out).
PUBLISH_MEMORY = os.environ.get("ZHIBIAO_PUBLISH_MEMORY", "256MB")

#: At most this many partitions load in one statement (bounds a statement's memory).
GROUP_PARTITIONS = 64

RECORD_TABLES = ("quantities", "events", "organizations", "people", "topics")
#: Tables a partition may hold, in load order (``sources`` last marks it whole).
PARTITION_TABLES = ("articles", *RECORD_TABLES, "ingest_errors", "sources")


def _ddl() -> str:
    return "\n".join(
        f"CREATE TABLE IF NOT EXISTS {table} ("
        + ", ".join(f"{_q(name)} {kind}" for name, kind in columns)
        + ");"
        for table, columns in TABLES.items()
    ) + "\n" + OBSERVATIONS_VIEW


#: Two statements of one observation agree when they differ by less than this
#: share of the larger value (1.35万亿元 in a headline, 13512亿元 in the body), or
#: by less than LOOSE_AGREEMENT when either is hedged (近万亿元, 2万余件).
AGREEMENT = 0.005
LOOSE_AGREEMENT = 0.10

#: One row per observation: a place, an indicator (or, without one, the subject
#: as written, less a leading 全区/全市), a measure, a unit, a period, whether
#: it is a target, and a growth rate's basis (两年平均增长6.2% is another figure than
#: the year's 增长8.7%, never a disagreement with it). Statements are compared with their direction (下降3.8% is -3.8,
#: so it never agrees with 增长3.8%). ``status`` is ``conflict`` when they disagree and
#: come from articles of one date, ``revision`` when they come from articles of
#: different dates (the later may correct the earlier; ``value`` is the latest).
OBSERVATIONS_VIEW = f"""
CREATE OR REPLACE VIEW observations AS
WITH q AS (
    SELECT *, coalesce(indicator, regexp_replace(subject, '^(全区|全市|全省|全县|全国|本区|本市|我区|我市|新区)', ''))
              AS what,
           CASE WHEN change = 'decrease' THEN -value ELSE value END AS signed_value
    FROM quantities
    WHERE area IS NOT NULL AND period IS NOT NULL
), k AS (
    SELECT area, what, measure, unit, period, target, basis,
           any_value(area_code) AS area_code, any_value(province) AS province,
           any_value(city) AS city, any_value(indicator) AS indicator,
           any_value(period_start) AS period_start, any_value(period_end) AS period_end,
           any_value(period_kind) AS period_kind,
           arg_max(value, coalesce(article_date, DATE '1900-01-01')) AS value,
           min(signed_value) AS value_min, max(signed_value) AS value_max,
           count(*) AS n_statements, count(DISTINCT source) AS n_sources,
           count(DISTINCT article_date) AS n_dates,
           bool_and(qualifier = 'exact') AS all_exact,
           list({{'source': source, 'article_id': article_id, 'start': "start", 'end': "end",
                 'text': text, 'sentence': sentence, 'value': value,
                 'article_date': article_date}} ORDER BY article_date, source, "start") AS statements
    FROM q
    GROUP BY area, what, measure, unit, period, target, basis
)
SELECT *,
       CASE WHEN value_max - value_min
                 <= greatest(abs(value_max), abs(value_min))
                    * CASE WHEN all_exact THEN {AGREEMENT} ELSE {LOOSE_AGREEMENT} END
            THEN 'consistent'
            WHEN n_dates > 1 THEN 'revision'
            ELSE 'conflict' END AS status
FROM k;
"""


def _q(name: str) -> str:
    return f'"{name}"'


SCHEMA = _ddl()


def _cols(table: str) -> str:
    return ", ".join(_q(name) for name, _ in TABLES[table])


class StoreError(RuntimeError):
    """The store cannot be used as it is; the message says what to do."""


class StoreVersionError(StoreError):
    """The store was written by a newer zhibiao."""


def default_store_path() -> Path:
    """``$ZHIBIAO_DB`` if set, else ``data/zhibiao.duckdb`` in the project."""
    return Path(os.environ.get("ZHIBIAO_DB", PROJECT_ROOT / "data" / "zhibiao.duckdb"))


@functools.cache
def extractor_version() -> str:
    """The installed zhibiao version, stamped on each source it extracted."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zhibiao")
    except PackageNotFoundError:
        return "unknown"


# --------------------------------------------------------------------------- schema


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open a store file directly; a writable connection creates or migrates the schema.

    Writers other than :func:`publish` should not use this on a store the
    dashboard may be reading (see the module docstring); readers should use
    :func:`open_for_reading`.
    """
    if read_only:
        con = duckdb.connect(str(path), read_only=True)
        _check_version(con, str(path), migrate_hint=True)
        return con
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        migrate(con, str(path))
    except BaseException:
        con.close()
        raise
    return con


def schema_version(con: duckdb.DuckDBPyConnection, catalog: str | None = None) -> int | None:
    """The schema version recorded in the store, ``None`` for a file with no zhibiao tables."""
    where = "table_name = 'meta'" + (" AND table_catalog = ?" if catalog else "")
    params = [catalog] if catalog else []
    # fetchall, never fetchone: DuckDB 2 keeps a half-read result open on the
    # connection and refuses the caller's next query.
    if not con.execute(f"SELECT count(*) FROM information_schema.tables WHERE {where}", params).fetchall()[0][0]:
        return None
    prefix = f"{catalog}." if catalog else ""
    rows = con.execute(f"SELECT value FROM {prefix}meta WHERE key = 'schema_version'").fetchall()
    return int(rows[0][0]) if rows else None


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    # Which extractor produced a source's records, so a new version can re-extract.
    con.execute("ALTER TABLE sources ADD COLUMN IF NOT EXISTS extractor_version VARCHAR")


def _v2_to_v3(con: duckdb.DuckDBPyConnection) -> None:
    # articles.id was the primary key, so an article reprinted on a second page
    # kept only the first page's row. A row per page now: rebuild the table
    # without the key (DuckDB cannot drop one). Reprints stored before keep
    # pointing at the first page's row until their page is ingested again.
    columns = ", ".join(f"{_q(name)} {kind}" for name, kind in TABLES["articles"])
    con.execute(f"CREATE TABLE articles_v3 ({columns})")
    con.execute(f"INSERT INTO articles_v3 ({_cols('articles')}) SELECT {_cols('articles')} FROM articles")
    con.execute("DROP TABLE articles")
    con.execute("ALTER TABLE articles_v3 RENAME TO articles")


def _v3_to_v4(con: duckdb.DuckDBPyConnection) -> None:
    # The observation fields. Rows stored before stay without them until their
    # file is ingested again (the new extractor version makes ingest redo it).
    _add_missing_columns(con)


def _v4_to_v5(con: duckdb.DuckDBPyConnection) -> None:
    # A growth rate's basis (环比, 两年平均…), a key of the observations view; rows stored before
    # stay NULL (year on year) until their file is ingested again.
    _add_missing_columns(con)


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Columns added within a schema version (articles.date_precision came after
    v4's first stores) are added to a store that lacks them, as NULL."""
    for table in ("articles", "quantities"):
        have = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
        for name, kind in TABLES[table]:
            if name not in have:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {_q(name)} {kind}")


#: ``MIGRATIONS[v]`` turns a version-``v`` store into a version-``v + 1`` one.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def migrate(con: duckdb.DuckDBPyConnection, label: str = "store") -> int:
    """Bring a writable store to :data:`SCHEMA_VERSION` (creating it when empty);
    returns the version it had (0 for a new store)."""
    found = schema_version(con)
    if found is not None and found > SCHEMA_VERSION:
        raise StoreVersionError(_newer(label, found))
    has_tables = con.execute("SELECT count(*) FROM information_schema.tables").fetchall()[0][0]
    if found is None and has_tables:
        raise StoreError(f"{label}: not a zhibiao store (no schema version); give another --db path")
    con.execute("BEGIN TRANSACTION")
    try:
        for version in range(found or SCHEMA_VERSION, SCHEMA_VERSION):
            MIGRATIONS[version](con)
        if found:
            _add_missing_columns(con)   # before SCHEMA: its view reads them
        con.execute(SCHEMA)
        con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [str(SCHEMA_VERSION)],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return found or 0


def _newer(label: str, found: int) -> str:
    return (f"{label}: written by a newer zhibiao (schema version {found}, this one reads up to "
            f"{SCHEMA_VERSION}); upgrade zhibiao, or point --db / $ZHIBIAO_DB at another file")


def _check_version(con: duckdb.DuckDBPyConnection, label: str, migrate_hint: bool,
                   catalog: str | None = None) -> int:
    found = schema_version(con, catalog)
    if found is None:
        raise StoreError(f"{label}: not a zhibiao store (no schema version); give another path")
    if found > SCHEMA_VERSION:
        raise StoreVersionError(_newer(label, found))
    if found < SCHEMA_VERSION and migrate_hint:
        raise StoreError(
            f"{label}: schema version {found} is older than {SCHEMA_VERSION}; upgrade it with "
            f"`python -m extractors ingest --db {label}` (no files needed)"
        )
    return found


# --------------------------------------------------------------------------- reading


def open_for_reading(path: Path | str | None = None, timeout: float = 10.0) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the store as it is now; what the dashboard uses.

    The store is attached read-only to a fresh in-memory database: a plain
    ``duckdb.connect(path)`` in a process that already holds the path would be
    handed the old, cached instance and keep showing the store from before the
    last ingest. Queries use the tables unqualified. A missing store is created
    empty; an older one is migrated (through :func:`publish`); a newer one
    raises :class:`StoreVersionError`. Opens are retried with backoff for up to
    ``timeout`` seconds in case a process writes the file in place.
    """
    path = Path(path) if path is not None else default_store_path()
    if not path.exists():
        publish(path)
    deadline = time.monotonic() + timeout
    delay = 0.05
    migrated = False
    while True:
        con = duckdb.connect()
        try:
            con.execute("ATTACH ? AS store (READ_ONLY)", [str(path)])
            con.execute("USE store")
            version = _check_version(con, str(path), migrate_hint=False, catalog="store")
            if version < SCHEMA_VERSION and not migrated:
                con.close()
                publish(path)  # the swap migrates; readers of the old file are unaffected
                migrated = True
                continue
            return con
        except duckdb.IOException as err:
            con.close()
            if time.monotonic() + delay > deadline:
                raise StoreError(f"{path}: cannot open the store for reading ({err})") from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
        except BaseException:
            con.close()
            raise


def snapshot_id(path: Path | str | None = None) -> tuple[int, int, int] | None:
    """Changes whenever a new version of the store is swapped in; a cache key.

    A connection from :func:`open_for_reading` keeps showing the version it
    opened; reopen when this value changes.
    """
    try:
        st = os.stat(path if path is not None else default_store_path())
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


# --------------------------------------------------------------------------- records → rows


def _iso_bounds(iso: str | None) -> tuple[date | None, date | None]:
    """First and last day an ISO date or interval covers (``2024-01/2024-10``)."""
    if not iso:
        return None, None
    first, _, last = iso.partition("/")
    last = last or first
    return _day(first, end=False), _day(last, end=True)


def _day(part: str, end: bool) -> date | None:
    try:
        bits = [int(b) for b in part.partition("T")[0].split("-")]   # 2021-06-03T15:27: its day
        if len(bits) == 3:
            return date(*bits)
        if len(bits) == 2:
            return date(bits[0], bits[1], calendar.monthrange(bits[0], bits[1])[1] if end else 1)
        if len(bits) == 1:
            return date(bits[0], 12, 31) if end else date(bits[0], 1, 1)
    except ValueError:
        return None
    return None


def _as_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def area_parents(code: str | None) -> tuple[str | None, str | None]:
    """The province and city (names) of a division code: what the 地区 filter nests by."""
    place = places.gazetteer().by_code.get(code) if code else None
    if place is None:
        return None, None
    return place.province, (place.city if place.level != "province" else None)


def period_kind(iso: str | None) -> str | None:
    """The length of a period, so a series compares like with like.

    >>> [period_kind(p) for p in ("2024", "2024-01/2024-03", "2024-01/2024-06", "2024-09",
    ...                            "2024-01/2024-10", "2024-09-09", "2021/2025")]
    ['year', 'quarter', 'half', 'month', '10m', 'day', '5y']
    """
    if not iso:
        return None
    first, _, last = iso.partition("/")
    last = last or first
    if len(first) != len(last):
        return "span"
    if len(first) == 4:
        years = int(last) - int(first) + 1
        return "year" if years == 1 else f"{years}y"
    if len(first) == 10:
        return "day" if first == last else "span"
    start_year, start_month = int(first[:4]), int(first[5:7])
    months = (int(last[:4]) - start_year) * 12 + int(last[5:7]) - start_month + 1
    if months == 1:
        return "month"
    if months == 3 and start_month % 3 == 1:
        return "quarter"
    if months == 6 and start_month in (1, 7):
        return "half"
    return "year" if months == 12 and start_month == 1 else f"{months}m"


def extraction_rows(ex: Extraction, source: str, digest: str, size: int = 0,
                    version: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """The rows ``ex`` adds to each table, in :data:`TABLES` column order."""
    departments: dict[str, list[str]] = {a.id: [] for a in ex.articles}
    for org in ex.organizations:
        names = departments.setdefault(org.article, [])
        if org.name and org.name not in names:
            names.append(org.name)
    facts: dict[str, tuple[date | None, list[str], list[str]]] = {
        a.id: (_as_date(a.date), list(a.topics), departments.get(a.id, [])) for a in ex.articles
    }
    date_source = {a.id: a.date_source for a in ex.articles}
    none: tuple[date | None, list[str], list[str]] = (None, [], [])

    n_q: dict[str, int] = {}
    n_d: dict[str, int] = {}
    for q in ex.quantities:
        n_q[q.article] = n_q.get(q.article, 0) + 1
    for d in ex.dates:
        n_d[d.article] = n_d.get(d.article, 0) + 1
    now = datetime.now()
    return {
        "sources": [(source, digest, size, _as_date(ex.pubdate), now, len(ex.articles),
                     version if version is not None else extractor_version())],
        "articles": [
            (a.id, source, i, a.title, _as_date(a.date), a.date_source, a.dateline,
             list(a.reporters), list(a.topics), departments.get(a.id, []),
             ex.text[a.start:a.end], a.start, a.end, a.continued, n_q.get(a.id, 0),
             n_d.get(a.id, 0), a.area, a.area_code, *area_parents(a.area_code), a.date_precision)
            for i, a in enumerate(ex.articles)
        ],
        "quantities": [
            (q.article, source, q.start, q.end, q.text, q.sentence, q.value, q.value_max, q.unit,
             q.unit_kind, q.qualifier, q.subject, q.change, *facts.get(q.article, none),
             q.area, q.area_code, *area_parents(q.area_code), q.period, *_iso_bounds(q.period),
             period_kind(q.period), q.indicator, q.measure.value, q.target, list(q.values),
             date_source.get(q.article), q.basis)
            for q in ex.quantities
        ],
        "events": [
            (d.article, source, d.start, d.end, d.text, d.sentence, d.iso, *_iso_bounds(d.iso),
             d.granularity, d.kind, d.relative, d.event, d.actor, *facts.get(d.article, none))
            for d in ex.dates
        ],
        "organizations": [
            (o.article, source, o.start, o.end, o.text, o.sentence, o.name, o.kind,
             facts.get(o.article, none)[0])
            for o in ex.organizations
        ],
        "people": [
            (p.article, source, p.start, p.end, p.text, p.sentence, p.name, list(p.titles),
             p.organization, p.role)
            for p in ex.people
        ],
        "topics": [(t.article, source, t.label, t.weight, list(t.keywords)) for t in ex.topics],
    }


def error_rows(source: str, reason: str) -> dict[str, list[tuple[Any, ...]]]:
    return {"ingest_errors": [(source, reason, datetime.now())]}


_ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "DATE": pa.date32(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()), "DOUBLE[]": pa.list_(pa.float64()),
}
ARROW_SCHEMAS: dict[str, pa.Schema] = {
    table: pa.schema([(name, _ARROW_TYPES[kind.split(" ")[0]]) for name, kind in columns])
    for table, columns in TABLES.items()
}


def to_arrow(table: str, rows: list[tuple[Any, ...]]) -> pa.Table:
    """Rows in :data:`TABLES` order → an Arrow table with the store's column types."""
    schema = ARROW_SCHEMAS[table]
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    return pa.Table.from_arrays(
        [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)],
        schema=schema,
    )


def arrow_tables(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, pa.Table]:
    return {table: to_arrow(table, r) for table, r in rows.items() if r}


# --------------------------------------------------------------------------- direct writes


def write_extraction(
    con: duckdb.DuckDBPyConnection, ex: Extraction, source: str, digest: str, size: int = 0
) -> None:
    """Replace everything stored for ``source`` by ``ex``, in one transaction
    (on a connection from :func:`connect`; ingest goes through :func:`publish`)."""
    tables = arrow_tables(extraction_rows(ex, source, digest, size))
    con.execute("BEGIN TRANSACTION")
    try:
        delete_sources(con, [source])
        con.execute("DELETE FROM ingest_errors WHERE source = ?", [source])
        for table in PARTITION_TABLES:
            if table in tables:
                _insert_arrow(con, table, tables[table])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def delete_source(con: duckdb.DuckDBPyConnection, source: str) -> None:
    delete_sources(con, [source])


def delete_sources(con: duckdb.DuckDBPyConnection, sources: list[str]) -> None:
    if not sources:
        return
    for table in (*RECORD_TABLES, "articles", "sources"):
        con.execute(f"DELETE FROM {table} WHERE source IN (SELECT unnest(?::VARCHAR[]))", [sources])


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    con.register("_incoming", data)
    try:
        con.execute(f"INSERT INTO {table} ({_cols(table)}) SELECT {_cols(table)} FROM _incoming")
    finally:
        con.unregister("_incoming")


# --------------------------------------------------------------------------- spool and publish


def work_dir(db: Path | str) -> Path:
    """Where a store's Parquet partitions, lock and temporary copies live."""
    db = Path(db)
    return db.parent / "parquet" / db.stem


@contextlib.contextmanager
def writer_lock(db: Path | str) -> Iterator[None]:
    """One writer at a time per store: waits for the lock, released if the process dies
    (``filelock``: ``flock`` on POSIX, ``LockFileEx`` on Windows)."""
    folder = work_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(folder / ".lock"):
        yield


def pending_partitions(db: Path | str) -> list[Path]:
    """Complete partitions not yet loaded, oldest first."""
    folder = work_dir(db)
    if not folder.exists():
        return []
    return sorted(p for p in folder.glob("part-*") if p.is_dir() and not p.name.endswith(".tmp"))


def _partition_name() -> str:
    # Time first so a name sorts by age: a later version of a file wins.
    return f"part-{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def concat_tables(parts: Iterable[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """Several files' tables as one table per name."""
    grouped: dict[str, list[pa.Table]] = {}
    for tables in parts:
        for table, data in tables.items():
            grouped.setdefault(table, []).append(data)
    return {table: pa.concat_tables(group) for table, group in grouped.items()}


def encode_partition(tables: dict[str, pa.Table]) -> dict[str, bytes]:
    """Each table as the bytes of a Parquet file (zstd): what a worker sends
    back instead of the tables, about a tenth of their pickled size."""
    encoded: dict[str, bytes] = {}
    for table, data in tables.items():
        sink = pa.BufferOutputStream()
        pq.write_table(data, sink, compression="zstd")
        encoded[table] = sink.getvalue().to_pybytes()
    return encoded


def write_partition(db: Path | str, tables: Mapping[str, pa.Table | bytes]) -> Path:
    """Write one partition of whole files (tables, or Parquet bytes from
    :func:`encode_partition`); visible to :func:`publish` only once complete."""
    final = work_dir(db) / _partition_name()
    tmp = final.with_name(final.name + ".tmp")
    tmp.mkdir(parents=True)
    for table, data in tables.items():
        if isinstance(data, bytes):
            (tmp / f"{table}.parquet").write_bytes(data)
        else:
            pq.write_table(data, tmp / f"{table}.parquet", compression="zstd")
    _fsync_dir(tmp)
    os.rename(tmp, final)
    _fsync_dir(final.parent)
    return final


def publish(db: Path | str, timeout: float | None = None,
            quarantined: list[tuple[str, str]] | None = None) -> int:
    """Load every complete partition into a copy of the store and swap it in.

    Also creates a missing store and migrates an older one. Returns the number
    of partitions loaded. Runs under :func:`writer_lock`. A partition that cannot
    be loaded (DuckDB out of memory on it, a damaged file) is moved aside to
    ``quarantine/`` with its reason, its files are recorded in ``ingest_errors``
    and appended to ``quarantined`` as (source, reason), and the others load: one
    bad file never blocks the store.
    """
    db = Path(db)
    with writer_lock(db):
        parts = pending_partitions(db)
        if db.exists():
            found = _store_version(db)
            if found is None:
                raise StoreError(f"{db}: not a zhibiao store (no schema version); give another path")
            if found > SCHEMA_VERSION:
                raise StoreVersionError(_newer(str(db), found))
            if not parts and found == SCHEMA_VERSION:
                return 0
        _clear_stale(work_dir(db))
        try:
            _swap_in(db, parts)
            loaded = parts
        except _PARTITION_FAULTS as err:
            if not parts:      # creating or migrating the store itself failed
                raise StoreError(failure_message(db, err)) from err
            loaded = _swap_in_each(db, parts, quarantined if quarantined is not None else [])
        for part in loaded:
            shutil.rmtree(part, ignore_errors=True)
        return len(loaded)


#: DuckDB's words for a disk that refuses a write.
_DISK_FAULT = re.compile(r"No space left|Could not write file|Disk quota|Read-only file system")

#: Errors that a partition's content can cause (as opposed to the disk or the lock).
_PARTITION_FAULTS = (duckdb.Error, MemoryError, pa.ArrowException)


def _clear_stale(folder: Path) -> None:
    for stale in folder.glob("tmp-*.duckdb*"):  # left by a writer that died; we hold the lock
        stale.unlink(missing_ok=True)
    for stale in folder.glob("part-*.tmp"):  # half-written by a process that died
        if not pid_alive(_writer_pid(stale)) or _older_than(stale, 86400):
            shutil.rmtree(stale, ignore_errors=True)


def _swap_in(db: Path, parts: list[Path]) -> None:
    """Load ``parts`` into a private copy of the store and rename it over the store."""
    tmp = work_dir(db) / f"tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}.duckdb"
    try:
        if db.exists():
            _clone(db, tmp)
        con = connect(tmp)
        try:
            # Bounded so an ingest's memory stays flat however large the store grows.
            con.execute(f"SET memory_limit = '{PUBLISH_MEMORY}'")
            con.execute("SET enable_progress_bar = false")  # it would print to our stdout
            con.execute("SET preserve_insertion_order = false")
            _load_partitions(con, parts)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        _fsync_file(tmp)
        os.replace(tmp, db)
        _fsync_dir(db.parent)
    except OSError as err:
        raise StoreError(failure_message(db, err)) from err
    except duckdb.Error as err:
        if _DISK_FAULT.search(str(err)):   # the disk, not the partition, is at fault
            raise StoreError(failure_message(db, err)) from err
        raise
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)


def _swap_in_each(db: Path, parts: list[Path], quarantined: list[tuple[str, str]]) -> list[Path]:
    """Load partitions one at a time; quarantine each that fails on its own."""
    loaded: list[Path] = []
    for part in parts:
        try:
            _swap_in(db, [part])
            loaded.append(part)
        except _PARTITION_FAULTS as err:
            reason = f"could not be stored ({_short(err)}); the file was set aside"
            target = _quarantine(db, part, reason)
            sources = _sources_of(target)
            errors = {"ingest_errors": [(s, reason, datetime.now()) for s in sources]}
            marker = write_partition(db, arrow_tables(errors or error_rows("?", reason)))
            try:
                _swap_in(db, [marker])   # a few rows: if even these fail, the store is the fault
            except _PARTITION_FAULTS as store_err:
                shutil.move(str(target), str(part))
                (part / "reason.txt").unlink(missing_ok=True)
                raise StoreError(failure_message(db, store_err)) from store_err
            finally:
                shutil.rmtree(marker, ignore_errors=True)
            quarantined.extend((source, reason) for source in sources)
    return loaded


def failure_message(db: Path | str, err: BaseException) -> str:
    """One line for a store that cannot be used: what happened and what to do."""
    text = str(err)
    if isinstance(err, MemoryError) or "Out of Memory" in text or "memory limit" in text:
        return (f"{db}: the store ran out of memory while loading (limit {PUBLISH_MEMORY}); "
                f"close other programs or set ZHIBIAO_PUBLISH_MEMORY higher — the store is unchanged")
    if _DISK_FAULT.search(text) or getattr(err, "errno", None) == errno.ENOSPC:
        return (f"{db}: the disk is full; free some space (the store needs room for a copy of "
                f"itself) and run the ingest again — the store is unchanged")
    if "not a valid DuckDB" in text or "Corrupt" in text or "corrupt" in text:
        return f"{db}: the store file is damaged; restore it from a backup or give another --db"
    first = text.strip().splitlines()[0] if text.strip() else type(err).__name__
    return f"{db}: the store cannot be used ({first[:160]}); the store is unchanged"


def _short(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if "Out of Memory" in text or isinstance(err, MemoryError):
        return "out of memory while storing it"
    return text[:160]


def _quarantine(db: Path, part: Path, reason: str) -> Path:
    """Move a partition aside, with its reason beside it."""
    folder = work_dir(db) / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / part.name
    shutil.move(str(part), str(target))
    (target / "reason.txt").write_text(reason + "\n", encoding="utf-8")
    return target


def _sources_of(part: Path) -> list[str]:
    """The files a partition holds records or errors of, by name."""
    sources: list[str] = []
    for table in ("sources", "ingest_errors"):
        try:
            sources += [str(s) for s in pq.read_table(part / f"{table}.parquet", columns=["source"])
                        .column("source").to_pylist() if s]
        except (OSError, pa.ArrowException):
            continue
    return sorted(set(sources))


def _store_version(db: Path) -> int | None:
    if not db.exists():
        return None
    con = duckdb.connect()
    try:
        con.execute("ATTACH ? AS s (READ_ONLY)", [str(db)])
        return schema_version(con, "s")
    except duckdb.Error:
        return None
    finally:
        con.close()


def _load_partitions(con: duckdb.DuckDBPyConnection, parts: list[Path]) -> None:
    """Load partitions, oldest first, in few statements: one ``read_parquet``
    over a group of partitions per table, a new group where a file comes again
    (its later version must replace the earlier one) or the group is full."""
    group: list[Path] = []
    ok: list[str] = []
    failed: list[str] = []
    for part in parts:
        here_ok, here_failed = _partition_sources(con, part)
        if not set(ok + failed).isdisjoint(here_ok + here_failed) or len(group) >= GROUP_PARTITIONS:
            _load_group(con, group, ok, failed)
            group, ok, failed = [], [], []
        group.append(part)
        ok += here_ok
        failed += here_failed
    if group:
        _load_group(con, group, ok, failed)


def _partition_sources(con: duckdb.DuckDBPyConnection, part: Path) -> tuple[list[str], list[str]]:
    """The files a partition stores records of, and those it records as failed."""
    found: list[list[str]] = []
    for table, query in (("sources", "SELECT source FROM read_parquet(?)"),
                         ("ingest_errors", "SELECT DISTINCT source FROM read_parquet(?)")):
        path = part / f"{table}.parquet"
        found.append([r[0] for r in con.execute(query, [str(path)]).fetchall()] if path.exists() else [])
    return found[0], found[1]


def _load_group(con: duckdb.DuckDBPyConnection, parts: list[Path], ok: list[str], failed: list[str]) -> None:
    """Load partitions that share no file, replacing what the store held for
    their files (``ok``: stored by them; ``failed``: recorded as failed).
    No transaction: this runs on a private copy of the store that is swapped
    in only once every group has loaded (an explicit transaction would also
    hold every inserted row in memory until its commit)."""
    # Only sources stored before need deleting; on a first ingest none do,
    # and skipping the DELETEs spares a scan of every large table.
    stored = [r[0] for r in con.execute(
        "SELECT source FROM sources WHERE source IN (SELECT unnest(?::VARCHAR[]))", [ok]).fetchall()]
    delete_sources(con, stored)
    errors = [r[0] for r in con.execute(
        "SELECT DISTINCT source FROM ingest_errors WHERE source IN (SELECT unnest(?::VARCHAR[]))",
        [ok + failed]).fetchall()]
    if errors:
        con.execute("DELETE FROM ingest_errors WHERE source IN (SELECT unnest(?::VARCHAR[]))", [errors])
    for table in PARTITION_TABLES:
        paths = [str(p / f"{table}.parquet") for p in parts if (p / f"{table}.parquet").exists()]
        if paths:
            con.execute(f"INSERT INTO {table} ({_cols(table)}) SELECT {_cols(table)} FROM read_parquet(?)",
                        [paths])


def _clone(src: Path, dst: Path) -> None:
    """Copy the store: a reflink where the file system has them, else a plain copy."""
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        try:
            import fcntl  # POSIX only; elsewhere a plain copy

            fcntl.ioctl(fout.fileno(), 0x40049409, fin.fileno())  # FICLONE
            return
        except ImportError:
            pass
        except OSError as err:
            if err.errno not in (errno.EOPNOTSUPP, errno.EXDEV, errno.EINVAL, errno.ENOTTY,
                                 errno.EBADF, errno.EPERM):
                raise
        shutil.copyfileobj(fin, fout, 16 * 1024 * 1024)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        _fsync_file(path)


def _writer_pid(partition: Path) -> int:
    try:
        return int(partition.name.split("-")[2])
    except (IndexError, ValueError):
        return 0


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (a zombie counts as running)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except FileNotFoundError:
        return False


@dataclass
class Spool:
    """Buffers extracted files and writes them as Parquet partitions next to ``db``.

    ``partition_bytes`` of source text make one partition; a publish happens
    when ``publish_every`` seconds have passed since the last one and the last
    publish cost at most a tenth of that time, so the per-publish copy of a
    large store never dominates (``publish_every=0``: after every partition).
    """

    db: Path
    partition_bytes: int = 2 * 1024 * 1024
    publish_every: float = 5.0

    def __post_init__(self) -> None:
        self.db = Path(self.db)
        self._buffer: list[dict[str, pa.Table]] = []
        self._buffered_bytes = 0
        self._last_publish = time.monotonic()
        self._last_cost = 0.0
        self.partitions_written = 0
        self.publishes = 0
        self.quarantined: list[tuple[str, str]] = []   # (source, reason) set aside on publish

    def add(self, tables: dict[str, pa.Table], size: int) -> None:
        """Buffer one file's tables; a partition is written once enough are buffered."""
        self._buffer.append(tables)
        self._buffered_bytes += size
        if self._buffered_bytes >= self.partition_bytes:
            self.flush()

    def add_encoded(self, encoded: dict[str, bytes]) -> None:
        """Write a partition a worker encoded (:func:`encode_partition`) as it is."""
        write_partition(self.db, encoded)
        self._written()

    def flush(self) -> None:
        if not self._buffer:
            return
        write_partition(self.db, concat_tables(self._buffer))
        self._buffer, self._buffered_bytes = [], 0
        self._written()

    def _written(self) -> None:
        self.partitions_written += 1
        since = time.monotonic() - self._last_publish
        if self.publish_every <= 0 or since >= max(self.publish_every, 10 * self._last_cost):
            self.publish()

    def publish(self) -> None:
        started = time.monotonic()
        publish(self.db, quarantined=self.quarantined)
        self.publishes += 1
        self._last_publish = time.monotonic()
        self._last_cost = self._last_publish - started

    def close(self) -> None:
        """Write what is buffered and publish everything."""
        self.flush()
        self.publish()

