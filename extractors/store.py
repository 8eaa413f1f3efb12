"""The corpus store: an embedded DuckDB file.

One row per record, each linked to its article (``article_id``) and its span
(``start``/``end`` into the source document's decoded text). Article date,
topics and departments are copied onto claims and events so the dashboard's
filters are single-table scans.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import duckdb

from .records import Extraction

SCHEMA_VERSION = 1
PROJECT_ROOT = Path(__file__).resolve().parent.parent

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS sources (
    source VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, size_bytes BIGINT,
    pubdate DATE, ingested_at TIMESTAMP DEFAULT current_timestamp, n_articles INTEGER
);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, ordinal INTEGER, title VARCHAR,
    date DATE, date_source VARCHAR, dateline VARCHAR, reporters VARCHAR[], topics VARCHAR[],
    departments VARCHAR[], text VARCHAR, start INTEGER, "end" INTEGER, continued BOOLEAN,
    n_quantities INTEGER, n_dates INTEGER
);
CREATE TABLE IF NOT EXISTS quantities (
    article_id VARCHAR NOT NULL, source VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
    text VARCHAR, sentence VARCHAR, value DOUBLE, value_max DOUBLE, unit VARCHAR,
    unit_kind VARCHAR, qualifier VARCHAR, subject VARCHAR, change VARCHAR,
    article_date DATE, topics VARCHAR[], departments VARCHAR[]
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL, source VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
    text VARCHAR, sentence VARCHAR, iso VARCHAR, date_start DATE, date_end DATE,
    granularity VARCHAR, kind VARCHAR, relative BOOLEAN, event VARCHAR, actor VARCHAR,
    article_date DATE, topics VARCHAR[], departments VARCHAR[]
);
CREATE TABLE IF NOT EXISTS organizations (
    article_id VARCHAR NOT NULL, source VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
    text VARCHAR, sentence VARCHAR, name VARCHAR, kind VARCHAR, article_date DATE
);
CREATE TABLE IF NOT EXISTS people (
    article_id VARCHAR NOT NULL, source VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
    text VARCHAR, sentence VARCHAR, name VARCHAR, titles VARCHAR[], organization VARCHAR,
    role VARCHAR
);
CREATE TABLE IF NOT EXISTS topics (
    article_id VARCHAR NOT NULL, source VARCHAR NOT NULL, label VARCHAR, weight DOUBLE,
    keywords VARCHAR[]
);
CREATE TABLE IF NOT EXISTS ingest_errors (
    source VARCHAR, reason VARCHAR, at TIMESTAMP DEFAULT current_timestamp
);
"""

RECORD_TABLES = ("quantities", "events", "organizations", "people", "topics")


def default_store_path() -> Path:
    """``$ZHIBIAO_DB`` if set, else ``data/zhibiao.duckdb`` in the project."""
    return Path(os.environ.get("ZHIBIAO_DB", PROJECT_ROOT / "data" / "zhibiao.duckdb"))


def content_hash(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:20]


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store; a writable connection creates the schema when missing."""
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(SCHEMA)
    con.execute(
        "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING",
        [str(SCHEMA_VERSION)],
    )
    return con


def _iso_bounds(iso: str | None) -> tuple[date | None, date | None]:
    """First and last day an ISO date or interval covers (``2024-01/2024-10``)."""
    if not iso:
        return None, None
    first, _, last = iso.partition("/")
    last = last or first
    return _day(first, end=False), _day(last, end=True)


def _day(part: str, end: bool) -> date | None:
    import calendar

    try:
        bits = [int(b) for b in part.split("-")]
    except ValueError:
        return None
    if len(bits) == 3:
        return date(*bits)
    if len(bits) == 2:
        return date(bits[0], bits[1], calendar.monthrange(bits[0], bits[1])[1] if end else 1)
    if len(bits) == 1:
        return date(bits[0], 12, 31) if end else date(bits[0], 1, 1)
    return None


def write_extraction(
    con: duckdb.DuckDBPyConnection, ex: Extraction, source: str, digest: str, size: int = 0
) -> None:
    """Replace everything stored for ``source`` by ``ex``, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        delete_source(con, source)
        _insert(con, ex, source, digest, size)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def delete_source(con: duckdb.DuckDBPyConnection, source: str) -> None:
    for table in (*RECORD_TABLES, "articles", "sources"):
        con.execute(f"DELETE FROM {table} WHERE source = ?", [source])


def _insert(con: duckdb.DuckDBPyConnection, ex: Extraction, source: str, digest: str, size: int) -> None:
    by_id = {a.id: a for a in ex.articles}
    departments: dict[str, list[str]] = {a.id: [] for a in ex.articles}
    for org in ex.organizations:
        names = departments.setdefault(org.article, [])
        if org.name not in names:
            names.append(org.name)

    def art(article_id: str) -> tuple[date | None, list[str], list[str]]:
        a = by_id.get(article_id)
        if a is None:
            return None, [], []
        return (date.fromisoformat(a.date) if a.date else None, list(a.topics),
                departments.get(article_id, []))

    n_q: dict[str, int] = {}
    n_d: dict[str, int] = {}
    for q in ex.quantities:
        n_q[q.article] = n_q.get(q.article, 0) + 1
    for d in ex.dates:
        n_d[d.article] = n_d.get(d.article, 0) + 1
    con.execute(
        "INSERT INTO sources (source, content_hash, size_bytes, pubdate, n_articles) VALUES (?, ?, ?, ?, ?)",
        [source, digest, size, ex.pubdate, len(ex.articles)],
    )
    _many(con, "articles", [
        (a.id, source, i, a.title, a.date, a.date_source, a.dateline, list(a.reporters),
         list(a.topics), departments.get(a.id, []), ex.text[a.start:a.end], a.start, a.end,
         a.continued, n_q.get(a.id, 0), n_d.get(a.id, 0))
        for i, a in enumerate(ex.articles)
    ], on_conflict=True)
    _many(con, "quantities", [
        (q.article, source, q.start, q.end, q.text, q.sentence, q.value, q.value_max, q.unit,
         q.unit_kind, q.qualifier, q.subject, q.change, *art(q.article))
        for q in ex.quantities
    ])
    _many(con, "events", [
        (d.article, source, d.start, d.end, d.text, d.sentence, d.iso, *_iso_bounds(d.iso),
         d.granularity, d.kind, d.relative, d.event, d.actor, *art(d.article))
        for d in ex.dates
    ])
    _many(con, "organizations", [
        (o.article, source, o.start, o.end, o.text, o.sentence, o.name, o.kind, art(o.article)[0])
        for o in ex.organizations
    ])
    _many(con, "people", [
        (p.article, source, p.start, p.end, p.text, p.sentence, p.name, list(p.titles),
         p.organization, p.role)
        for p in ex.people
    ])
    _many(con, "topics", [
        (t.article, source, t.label, t.weight, list(t.keywords)) for t in ex.topics
    ])


def _many(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[tuple], on_conflict: bool = False) -> None:
    rows = list(rows)
    if not rows:
        return
    marks = ", ".join("?" * len(rows[0]))
    suffix = " ON CONFLICT DO NOTHING" if on_conflict else ""
    con.executemany(f"INSERT INTO {table} VALUES ({marks}){suffix}", rows)
