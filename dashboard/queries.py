"""Parameterised reads of the store for the dashboard.

Every function takes a DuckDB connection (or cursor) and a :class:`Filters`
and returns a DataFrame small enough to draw: the aggregation happens in
DuckDB, and lists are cut with ``LIMIT``. SQL text is made only of the
constants below; user values travel as ``$named`` parameters.

What each filter means on each table:

* department, topic: the record's article names the department / has the topic;
* date range: claims and articles by the article's date, events by the span
  their own date covers (a month-level 2024-09 overlaps 2024-09-15..2024-10-01);
  a range leaves out the records of undated articles (:func:`undated_left_out`
  counts them);
* undated ("日期不明"): the records of articles without a date, in place of a
  range;
* keyword: a substring of the sentence, which holds the subject and the event
  (articles: title or text);
* unit kind: claims of that kind; articles and events of articles holding one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import duckdb
import pandas as pd

Connection = duckdb.DuckDBPyConnection


@dataclass(frozen=True, slots=True)
class Filters:
    """The sidebar's filters; empty fields filter nothing. Hashable, so it keys caches."""

    departments: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    keyword: str = ""
    unit_kinds: tuple[str, ...] = ()
    undated: bool = False  # only the records of articles without a date

    def active(self) -> bool:
        return bool(self.departments or self.topics or self.date_from or self.date_to
                    or self.keyword or self.unit_kinds or self.undated)

    def dated_range(self) -> bool:
        """Whether a date range is set (it then leaves out undated records)."""
        return not self.undated and bool(self.date_from or self.date_to)


@dataclass(frozen=True, slots=True)
class Options:
    """What the filters can choose from in this store."""

    departments: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    unit_kinds: tuple[str, ...] = ()
    date_min: date | None = None
    date_max: date | None = None
    undated_articles: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


# One fragment per (filter, table); `x` is the table's alias. A multi-valued
# filter matches when any chosen value does: one test per value, OR-ed, each
# with its own numbered parameter ({p}) — DuckDB checks list_contains with a
# scalar an order of magnitude faster than list_has_any with a list.
_CLAIM_KIND_IN_ARTICLE = (
    "{id} IN (SELECT k.article_id FROM quantities k WHERE list_contains($unit_kinds, k.unit_kind))"
)
_FRAGMENTS: dict[str, dict[str, str]] = {
    "quantities": {
        "departments": "list_contains(x.departments, {p})",
        "topics": "list_contains(x.topics, {p})",
        "date_from": "x.article_date >= $date_from",
        "date_to": "x.article_date <= $date_to",
        # A claim's subject is cut from its sentence, so one scan of the sentence does.
        "keyword": "contains(x.sentence, $keyword)",
        "unit_kinds": "list_contains($unit_kinds, x.unit_kind)",
        "undated": "x.article_date IS NULL",
    },
    "events": {
        "departments": "(list_contains(x.departments, {p}) OR x.actor = {p})",
        "topics": "list_contains(x.topics, {p})",
        "date_from": "x.date_end >= $date_from",
        "date_to": "x.date_start <= $date_to",
        "keyword": "contains(x.sentence, $keyword)",  # the event clause is in the sentence
        "unit_kinds": _CLAIM_KIND_IN_ARTICLE.format(id="x.article_id"),
        # An event keeps its own date; 日期不明 selects the events of undated articles.
        "undated": "x.article_date IS NULL",
    },
    "articles": {
        "departments": "list_contains(x.departments, {p})",
        "topics": "list_contains(x.topics, {p})",
        "date_from": "x.date >= $date_from",
        "date_to": "x.date <= $date_to",
        "keyword": "(contains(x.title, $keyword) OR contains(x.text, $keyword))",
        "unit_kinds": _CLAIM_KIND_IN_ARTICLE.format(id="x.id"),
        "undated": "x.date IS NULL",
    },
}
_ANY_OF = ("departments", "topics")


def where(filters: Filters, table: str) -> tuple[str, dict[str, Any]]:
    """The WHERE condition and parameters for ``table`` aliased ``x``.

    >>> sql, params = where(Filters(topics=("金融", "科技"), keyword="上市"), "quantities")
    >>> sql
    '(list_contains(x.topics, $topics_0) OR list_contains(x.topics, $topics_1)) AND contains(x.sentence, $keyword)'
    >>> params
    {'topics_0': '金融', 'topics_1': '科技', 'keyword': '上市'}
    >>> where(Filters(undated=True, date_from=date(2024, 1, 1)), "articles")
    ('x.date IS NULL', {})
    """
    fragments = _FRAGMENTS[table]
    values: dict[str, Any] = {
        "departments": list(filters.departments),
        "topics": list(filters.topics),
        "date_from": filters.date_from,
        "date_to": filters.date_to,
        "keyword": filters.keyword.strip(),
        "unit_kinds": list(filters.unit_kinds),
        "undated": filters.undated,
    }
    if filters.undated:  # 日期不明 takes the place of a range
        values["date_from"] = values["date_to"] = None
    clauses: list[str] = []
    params: dict[str, Any] = {}
    for name, value in values.items():
        if not value:
            continue
        if name in _ANY_OF:
            tests = []
            for i, item in enumerate(value):
                params[f"{name}_{i}"] = item
                tests.append(fragments[name].format(p=f"${name}_{i}"))
            clauses.append("(" + " OR ".join(tests) + ")")
        elif name == "undated":
            clauses.append(fragments[name])
        else:
            clauses.append(fragments[name])
            params[name] = value
    return (" AND ".join(clauses) or "TRUE"), params


def _df(con: Connection, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    return con.execute(sql, params or {}).df()


def _article_level(filters: Filters) -> bool:
    """Whether only article-level filters are set (department, topic, date).

    Claims carry their article's departments, topics and date, and
    ``articles.n_quantities`` counts an article's claims; so under these
    filters, claim counts per topic or department come from the articles
    table, a few times smaller than the claims.
    """
    return not (filters.keyword.strip() or filters.unit_kinds)


def filter_options(con: Connection) -> Options:
    """Departments and topics by how often they occur; the store's date range."""
    departments = _df(con, """
        SELECT d AS name FROM (SELECT unnest(departments) AS d FROM articles)
        GROUP BY d ORDER BY count(*) DESC, d""")
    topics = _df(con, """
        SELECT t AS name FROM (SELECT unnest(topics) AS t FROM articles)
        GROUP BY t ORDER BY count(*) DESC, t""")
    kinds = _df(con, """
        SELECT unit_kind AS name FROM quantities WHERE unit_kind IS NOT NULL
        GROUP BY unit_kind ORDER BY count(*) DESC""")
    lo, hi, undated = con.execute(
        "SELECT min(date), max(date), count(*) FILTER (WHERE date IS NULL) FROM articles"
    ).fetchone() or (None, None, 0)
    return Options(
        departments=tuple(departments["name"]), topics=tuple(topics["name"]),
        unit_kinds=tuple(kinds["name"]), date_min=lo, date_max=hi,
        undated_articles=int(undated or 0),
    )


def undated_left_out(con: Connection, filters: Filters) -> tuple[int, int]:
    """Articles and claims without a date that the date range of ``filters``
    leaves out (the other filters still apply); ``(0, 0)`` without a range."""
    if not filters.dated_range():
        return 0, 0
    probe = replace(filters, date_from=None, date_to=None, undated=True)
    return article_count(con, probe), claim_count(con, probe)


def totals(con: Connection, filters: Filters) -> dict[str, int]:
    """Counts of articles, claims, events and departments under the filters."""
    a_sql, a_params = where(filters, "articles")
    e_sql, e_params = where(filters, "events")
    q_sql, q_params = where(filters, "quantities")
    # Under article-level filters an article's claims are all in or all out.
    claims = ("(SELECT coalesce(sum(n_quantities), 0) FROM a)" if _article_level(filters)
              else f"(SELECT count(*) FROM quantities x WHERE {q_sql})")
    row = con.execute(f"""
        WITH a AS MATERIALIZED (
            SELECT x.departments, x.n_quantities FROM articles x WHERE {a_sql})
        SELECT (SELECT count(*) FROM a),
               {claims},
               (SELECT count(*) FROM events x WHERE {e_sql}),
               (SELECT count(DISTINCT d) FROM (SELECT unnest(departments) AS d FROM a))
    """, {**a_params, **e_params, **(q_params if not _article_level(filters) else {})}).fetchone()
    articles, n_claims, events, departments = row if row else (0, 0, 0, 0)
    return {"articles": int(articles), "claims": int(n_claims), "events": int(events),
            "departments": int(departments)}


def _claims_scalar(con: Connection, filters: Filters, over_articles: str, over_claims: str) -> Any:
    """One aggregate over the claims under the filters. When every filter is an
    article-level one, the (much smaller) articles table answers it."""
    if _article_level(filters):
        sql, params = where(filters, "articles")
        query = f"SELECT {over_articles} FROM articles x WHERE {sql}"
    else:
        sql, params = where(filters, "quantities")
        query = f"SELECT {over_claims} FROM quantities x WHERE {sql}"
    row = con.execute(query, params).fetchone()
    return row[0] if row else None


def article_count(con: Connection, filters: Filters) -> int:
    """Number of articles under the filters."""
    sql, params = where(filters, "articles")
    row = con.execute(f"SELECT count(*) FROM articles x WHERE {sql}", params).fetchone()
    return int(row[0]) if row else 0


def claim_count(con: Connection, filters: Filters) -> int:
    """Number of claims under the filters."""
    return int(_claims_scalar(con, filters, "coalesce(sum(x.n_quantities), 0)", "count(*)") or 0)


_KIND_RANK = """CASE x.unit_kind WHEN 'money' THEN 0 WHEN 'count' THEN 1 WHEN 'percent' THEN 2
    WHEN 'points' THEN 3 ELSE 4 END"""


def latest_claim_date(con: Connection, filters: Filters) -> date | None:
    """The newest article date among the claims under the filters."""
    return _claims_scalar(con, filters, "max(x.date) FILTER (WHERE x.n_quantities > 0)",
                          "max(x.article_date)")


def _until(sql: str, until: date | None, params: dict[str, Any]) -> str:
    """The CTE ``m(until)``: the given newest date, or found under the filters."""
    if until is not None:
        params["until"] = until
        return "m AS (SELECT CAST($until AS DATE) AS until)"
    return f"m AS (SELECT max(x.article_date) AS until FROM quantities x WHERE {sql})"


def headline_indicators(
    con: Connection, filters: Filters, limit: int = 8, window_days: int = 365,
    until: date | None = None,
) -> pd.DataFrame:
    """The indicators to show first: one row per (subject, unit), its latest claim.

    Only the last ``window_days`` before the newest claim under the filters
    (``until``, found when not given) count, so the cards show what is
    current and stay fast on large stores. Ranked: reported on several dates
    (a tracked indicator) first, then how often it is cited, then money
    before counts before rates, then size.
    """
    sql, params = where(filters, "quantities")
    newest = _until(sql, until, params)
    return _df(con, f"""
        WITH {newest},
        c AS (
            SELECT x.rowid AS r, x.subject, x.unit, x.value, x.article_date,
                   {_KIND_RANK} AS kind_rank
            FROM quantities x, m
            WHERE {sql} AND coalesce(x.subject, '') <> ''
              AND (m.until IS NULL OR x.article_date > m.until - to_days($window_days))
        ), g AS (
            SELECT subject, unit, max(article_date) > min(article_date) AS tracked,
                   count(*) AS n_mentions, min(kind_rank) AS kind_rank, max(value) AS top_value,
                   arg_max(r, (coalesce(article_date, DATE '0001-01-01'), value)) AS r
            FROM c GROUP BY subject, unit
            ORDER BY tracked DESC, n_mentions DESC, kind_rank, top_value DESC, subject
            LIMIT $limit
        )
        SELECT g.subject, g.unit, q.value, q.value_max, q.qualifier, q.change, q.unit_kind,
               q.sentence, q.article_id, q.source, q.start, q.article_date AS date,
               q.article_date_source AS date_source, q.departments, a.title,
               g.tracked, g.n_mentions
        FROM g JOIN quantities q ON q.rowid = g.r LEFT JOIN articles a ON a.id = q.article_id AND a.source = q.source
        ORDER BY g.tracked DESC, g.n_mentions DESC, g.kind_rank, g.top_value DESC, g.subject
    """, {**params, "limit": limit, "window_days": window_days})


def indicator_history(
    con: Connection, filters: Filters, pairs: Sequence[tuple[str, str]], last: int = 30
) -> pd.DataFrame:
    """Value by date of each (subject, unit) in ``pairs`` on its ``last`` dates:
    the sparkline and the delta."""
    if not pairs:
        return pd.DataFrame(columns=["subject", "unit", "date", "value"])
    sql, params = where(filters, "quantities")
    return _df(con, f"""
        SELECT * FROM (
            SELECT x.subject, x.unit, x.article_date AS date, max(x.value) AS value
            FROM quantities x
            WHERE {sql} AND x.article_date IS NOT NULL
              AND list_contains($pairs, {{'s': x.subject, 'u': x.unit}})
            GROUP BY x.subject, x.unit, x.article_date
            QUALIFY row_number() OVER (PARTITION BY subject, unit ORDER BY date DESC) <= $last
        ) ORDER BY subject, unit, date
    """, {**params, "pairs": [{"s": s, "u": u} for s, u in pairs], "last": last})


def topic_mix(con: Connection, filters: Filters) -> pd.DataFrame:
    """Articles and claims per topic."""
    a_sql, a_params = where(filters, "articles")
    if _article_level(filters):
        return _df(con, f"""
            SELECT topic, count(*) AS articles, sum(n)::BIGINT AS claims
            FROM (SELECT unnest(x.topics) AS topic, x.n_quantities AS n
                  FROM articles x WHERE {a_sql})
            GROUP BY topic ORDER BY articles DESC, claims DESC, topic
        """, a_params)
    q_sql, q_params = where(filters, "quantities")
    return _df(con, f"""
        WITH a AS (SELECT topic, count(*) AS articles FROM (
                       SELECT unnest(x.topics) AS topic FROM articles x WHERE {a_sql}) GROUP BY ALL),
             q AS (SELECT topic, count(*) AS claims FROM (
                       SELECT unnest(x.topics) AS topic FROM quantities x WHERE {q_sql}) GROUP BY ALL)
        SELECT coalesce(a.topic, q.topic) AS topic, coalesce(a.articles, 0) AS articles,
               coalesce(q.claims, 0) AS claims
        FROM a FULL JOIN q ON a.topic = q.topic
        ORDER BY articles DESC, claims DESC, topic
    """, {**a_params, **q_params})


def claims_by(con: Connection, filters: Filters, dimension: str, limit: int = 20) -> pd.DataFrame:
    """Number of claims per topic or per department (the largest ``limit``)."""
    column = {"topic": "x.topics", "department": "x.departments"}[dimension]
    if _article_level(filters):
        sql, params = where(filters, "articles")
        return _df(con, f"""
            SELECT name, sum(n)::BIGINT AS claims
            FROM (SELECT unnest({column}) AS name, x.n_quantities AS n FROM articles x
                  WHERE {sql} AND x.n_quantities > 0)
            GROUP BY ALL ORDER BY claims DESC, name LIMIT $limit
        """, {**params, "limit": limit})
    sql, params = where(filters, "quantities")
    return _df(con, f"""
        SELECT name, count(*) AS claims
        FROM (SELECT unnest({column}) AS name FROM quantities x WHERE {sql})
        GROUP BY ALL ORDER BY claims DESC, name LIMIT $limit
    """, {**params, "limit": limit})


def claims(con: Connection, filters: Filters, limit: int | None = 1000) -> pd.DataFrame:
    """The claims themselves, newest first (all of them when ``limit`` is None:
    a download)."""
    sql, params = where(filters, "quantities")
    # The newest rows are found on narrow columns first; only they are read whole.
    return _df(con, f"""
        WITH top AS (
            SELECT x.rowid AS r, x.article_date AS d FROM quantities x WHERE {sql}
            ORDER BY x.article_date DESC NULLS LAST, x.rowid LIMIT $limit
        )
        SELECT x.value, x.value_max, x.unit, x.unit_kind, x.qualifier, x.change, x.subject,
               x.departments, x.topics, x.article_date AS date,
               x.article_date_source AS date_source, x.sentence, x.text,
               x.article_id, x.source, x.start, a.title
        FROM top JOIN quantities x ON x.rowid = top.r LEFT JOIN articles a ON a.id = x.article_id AND a.source = x.source
        ORDER BY top.d DESC NULLS LAST, top.r
    """, {**params, "limit": limit})


def repeated_subjects(
    con: Connection, filters: Filters, limit: int = 200, window_days: int = 365,
    until: date | None = None,
) -> pd.DataFrame:
    """Subjects (with their unit) reported on two or more dates within the last
    ``window_days`` before the newest claim under the filters (``until``),
    most cited first."""
    sql, params = where(filters, "quantities")
    newest = _until(sql, until, params)
    return _df(con, f"""
        WITH {newest}
        SELECT x.subject, x.unit, count(*) AS n
        FROM quantities x, m
        WHERE {sql} AND coalesce(x.subject, '') <> '' AND x.article_date IS NOT NULL
          AND x.article_date > m.until - to_days($window_days)
        GROUP BY ALL HAVING min(x.article_date) < max(x.article_date)
        ORDER BY n DESC, x.subject, x.unit LIMIT $limit
    """, {**params, "limit": limit, "window_days": window_days})


def subject_series(
    con: Connection, filters: Filters, subject: str, unit: str, last: int = 200
) -> pd.DataFrame:
    """One subject and unit by date (its largest claim of each day), the last
    ``last`` dates, oldest first."""
    sql, params = where(filters, "quantities")
    return _df(con, f"""
        WITH d AS (
            SELECT x.article_date AS date,
                   arg_max({{'value': x.value, 'qualifier': x.qualifier, 'sentence': x.sentence,
                             'article_id': x.article_id, 'source': x.source, 'start': x.start,
                             'date_source': x.article_date_source}}, x.value) AS top
            FROM quantities x
            WHERE {sql} AND x.subject = $subject AND x.unit = $unit
              AND x.article_date IS NOT NULL
            GROUP BY x.article_date ORDER BY date DESC LIMIT $last
        )
        SELECT d.date, d.top.value AS value, $unit AS unit, d.top.qualifier AS qualifier,
               d.top.sentence AS sentence, d.top.date_source AS date_source,
               d.top.article_id AS article_id, d.top.source AS source, d.top.start AS start,
               a.title
        FROM d LEFT JOIN articles a ON a.id = d.top.article_id AND a.source = d.top.source
        ORDER BY d.date
    """, {**params, "subject": subject, "unit": unit, "last": last})


def events(con: Connection, filters: Filters, limit: int | None = 1000) -> pd.DataFrame:
    """Dated events (newest first) with their article; ``key`` identifies each one
    (all of them when ``limit`` is None)."""
    sql, params = where(filters, "events")
    # The newest rows are found on narrow columns first; only they are read whole.
    return _df(con, f"""
        WITH top AS (
            SELECT x.rowid AS r, x.date_start FROM events x
            WHERE {sql} AND x.date_start IS NOT NULL
            ORDER BY x.date_start DESC, x.rowid LIMIT $limit
        )
        SELECT x.source || ':' || x.article_id || ':' || x.start AS key, x.text, x.iso, x.date_start, x.date_end,
               x.granularity, x.event, x.actor, x.topics, x.departments, x.article_id,
               x.source, x.start, a.title
        FROM top JOIN events x ON x.rowid = top.r LEFT JOIN articles a ON a.id = x.article_id AND a.source = x.source
        ORDER BY top.date_start DESC, top.r
    """, {**params, "limit": limit})


def undated_events(con: Connection, filters: Filters) -> int:
    """Events under the filters whose date could not be resolved (not drawn)."""
    sql, params = where(filters, "events")
    row = con.execute(
        f"SELECT count(*) FROM events x WHERE {sql} AND x.date_start IS NULL", params
    ).fetchone()
    return int(row[0]) if row else 0


def articles(con: Connection, filters: Filters, limit: int | None = 2000) -> pd.DataFrame:
    """Articles, newest first, with their number of claims (all of them when
    ``limit`` is None)."""
    sql, params = where(filters, "articles")
    return _df(con, f"""
        SELECT x.id, x.title, x.date, x.date_source, x.reporters, x.departments, x.topics,
               x.n_quantities AS claims, x.n_dates AS dates, x.source
        FROM articles x WHERE {sql}
        ORDER BY x.date DESC NULLS LAST, x.source, x.ordinal
        LIMIT $limit
    """, {**params, "limit": limit})


def article(con: Connection, article_id: str, source: str) -> dict[str, Any] | None:
    """One article of one source file, with its text, or ``None``. (The same
    article reprinted in another file has the same id and a row of its own.)"""
    frame = _df(con, """
        SELECT id, title, date, date_source, dateline, reporters, departments, topics, text,
               start, source
        FROM articles WHERE id = $id AND source = $source
    """, {"id": article_id, "source": source})
    return None if frame.empty else {str(k): v for k, v in frame.iloc[0].items()}


def article_claims(con: Connection, article_id: str, source: str) -> pd.DataFrame:
    """The claims of one article, in text order (spans into the source document)."""
    return _df(con, """
        SELECT start, "end", text, value, value_max, unit, unit_kind, qualifier, change,
               subject, sentence
        FROM quantities WHERE article_id = $id AND source = $source ORDER BY start
    """, {"id": article_id, "source": source})


def article_dates(con: Connection, article_id: str, source: str) -> pd.DataFrame:
    """The dates of one article, in text order."""
    return _df(con, """
        SELECT start, "end", text, iso, granularity, event, actor
        FROM events WHERE article_id = $id AND source = $source ORDER BY start
    """, {"id": article_id, "source": source})


def generation(con: Connection) -> tuple[int, str]:
    """Changes whenever an ingest changes the store: (sources, last ingest time)."""
    row = con.execute("SELECT count(*), coalesce(max(ingested_at)::VARCHAR, '') FROM sources").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def articles_of_sources(con: Connection, sources: list[str]) -> pd.DataFrame:
    """The articles stored from these source files (an upload's result)."""
    return _df(con, """
        SELECT x.id, x.title, x.date, x.source, x.n_quantities AS claims, x.n_dates AS dates
        FROM articles x WHERE list_contains($sources, x.source)
        ORDER BY x.source, x.ordinal
    """, {"sources": list(sources)})
