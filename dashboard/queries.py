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
* unit kind: claims of that kind; articles and events of articles holding one;
* area (地区): claims whose own area lies in a chosen node of the province →
  city → area tree; articles whose home area lies there or that state a figure
  about a place there, and the events of those articles.

Observations (one figure of one place, indicator, measure, unit, period and
target, however many sentences state it) come from the store's
``observations`` view; a filter keeps an observation when one of its
statements passes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from extractors import store

Connection = duckdb.DuckDBPyConnection


@dataclass(frozen=True, slots=True)
class AreaNode:
    """A node of the 地区 tree: a province, a city in it, or an area (district,
    county, zone, town…) in one. The parts below the node's own level are
    ``None``; a node with no part at all stands for the records whose area is
    unknown. An area with no province (全国, a zone not in the gazetteer) is a
    top-level area node."""

    province: str | None = None
    city: str | None = None
    area: str | None = None

    @property
    def level(self) -> str:
        if self.area:
            return "area"
        if self.city:
            return "city"
        return "province" if self.province else "unknown"

    @property
    def parts(self) -> tuple[str, ...]:
        """The names from the top down (山东省, 青岛市, 崂山区)."""
        return tuple(p for p in (self.province, self.city, self.area) if p)


@dataclass(frozen=True, slots=True)
class Series:
    """One series: an area's indicator (or subject) in one measure and unit, over
    periods of one length, either actual figures or targets — the only values
    a card or a line may compare with each other."""

    what: str
    area: str
    measure: str
    unit: str
    period_kind: str
    target: bool = False


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
    areas: tuple[AreaNode, ...] = ()

    def active(self) -> bool:
        return bool(self.departments or self.topics or self.date_from or self.date_to
                    or self.keyword or self.unit_kinds or self.undated or self.areas)

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
    areas: tuple[AreaNode, ...] = ()  # the 地区 tree, parents before their children
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

# Whether a row ``{t}`` lies in a node of the 地区 tree, by the node's level.
# ``IS NOT DISTINCT FROM`` keeps an area without a province or city apart from
# a namesake that has one.
_NODE_TESTS = {
    "unknown": "{t}.area IS NULL",
    "province": "{t}.province = {p}",
    "city": "{t}.province IS NOT DISTINCT FROM {p} AND {t}.city = {c}",
    "area": ("{t}.area = {a} AND {t}.province IS NOT DISTINCT FROM {p} "
             "AND {t}.city IS NOT DISTINCT FROM {c}"),
}


def _area_clause(table: str, nodes: Sequence[AreaNode], params: dict[str, Any]) -> str:
    """The test that ``x`` of ``table`` lies in any of ``nodes`` (see the module
    docstring for what that means per table); adds the nodes' parameters."""
    tests: list[str] = []
    for i, node in enumerate(nodes):
        test = _NODE_TESTS[node.level]
        names = {"p": node.province, "c": node.city, "a": node.area}
        for part, value in names.items():
            if "{" + part + "}" in test:
                params[f"area_{i}_{part}"] = value
        tests.append("(" + test.format(
            t="{t}", **{part: f"$area_{i}_{part}" for part in names}) + ")")
    any_node = " OR ".join(tests)

    def on(alias: str) -> str:
        return "(" + any_node.replace("{t}", alias) + ")"

    stating = f"SELECT k.article_id FROM quantities k WHERE {on('k')}"
    if table == "quantities":
        return on("x")
    if table == "articles":
        return f"({on('x')} OR x.id IN ({stating}))"
    return (f"(x.article_id IN (SELECT y.id FROM articles y WHERE {on('y')}) "
            f"OR x.article_id IN ({stating}))")


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
    if filters.areas:
        clauses.append(_area_clause(table, filters.areas, params))
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
    table, a few times smaller than the claims. (An area is a claim's own:
    one article's claims can be about several places.)
    """
    return not (filters.keyword.strip() or filters.unit_kinds or filters.areas)


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
    places = con.execute("""
        SELECT province, city, area, min(area_code) FROM (
            SELECT province, city, area, area_code FROM quantities
            UNION ALL SELECT province, city, area, area_code FROM articles)
        GROUP BY ALL""").fetchall()
    return Options(
        departments=tuple(departments["name"]), topics=tuple(topics["name"]),
        unit_kinds=tuple(kinds["name"]), date_min=lo, date_max=hi,
        undated_articles=int(undated or 0), areas=area_tree(places),
    )


def undated_left_out(con: Connection, filters: Filters) -> tuple[int, int]:
    """Articles and claims without a date that the date range of ``filters``
    leaves out (the other filters still apply); ``(0, 0)`` without a range."""
    if not filters.dated_range():
        return 0, 0
    probe = replace(filters, date_from=None, date_to=None, undated=True)
    return article_count(con, probe), claim_count(con, probe)


def area_tree(places: Iterable[tuple[str | None, str | None, str | None, str | None]]
              ) -> tuple[AreaNode, ...]:
    """The nodes of the 地区 filter from the store's (province, city, area, code)
    rows, each parent before its children, in the order of the division codes
    (names without a code last; the unknown area at the very end).

    >>> [n.parts for n in area_tree([("山东省", "青岛市", "崂山区", "370212"),
    ...     ("山东省", "青岛市", "青岛市", "370200"), ("安徽省", "合肥市", "合肥市", "340100"),
    ...     ("山东省", None, "山东省", "370000"), (None, None, "全国", None), (None, None, None, None)])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('安徽省',), ('安徽省', '合肥市'), ('山东省',), ('山东省', '青岛市'),
     ('山东省', '青岛市', '崂山区'), ('全国',), ()]
    """
    keys: dict[AreaNode, tuple[str, ...]] = {}

    def keep(node: AreaNode, key: tuple[str, ...]) -> None:
        keys[node] = min(keys.get(node, key), key)

    for province, city, area, code in places:
        code = code or "~"  # no code: after every coded place
        if area is None and province is None:
            keep(AreaNode(), ("~~",))
            continue
        if province:
            keep(AreaNode(province), (code[:2], "", "", province))
        if province and city:
            keep(AreaNode(province, city), (code[:2], code[:4], "", city))
        if area and area not in (province, city):
            keep(AreaNode(province, city, area),
                 (code[:2], code[:4] if city else "~", code + area, area))
    return tuple(sorted(keys, key=keys.__getitem__))


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

# ---------------------------------------------------------------- observations and series


def _view_what() -> str:
    """The SQL by which the store's ``observations`` view names what a claim
    measures (its indicator, else its subject less a leading 全区/全市…), taken
    from the view itself so that a series ranked here is the view's series.
    (The store keeps it inside the view's text; were it a named constant or a
    column there, this would read that.)"""
    found = re.search(r"(coalesce\(indicator,.*?\))\s+AS what", store.OBSERVATIONS_VIEW, re.S)
    if found is None:
        raise RuntimeError("store.OBSERVATIONS_VIEW no longer names `what` as "
                           "coalesce(indicator, …) AS what; update dashboard/queries.py")
    return found.group(1)


#: What a claim measures, as the observations view computes it (on ``quantities x``).
WHAT = re.sub(r"\b(indicator|subject)\b", r"x.\1", _view_what())

# Levels first, then rates: the measure a reader looks for first.
_MEASURE_RANK = ("CASE measure WHEN 'level' THEN 0 WHEN 'growth' THEN 1 WHEN 'share' THEN 2 "
                 "WHEN 'points' THEN 3 WHEN 'difference' THEN 4 ELSE 5 END")

# A ratio (三次产业结构7.1∶39.1∶53.8) has its first term as its value: a card's
# change or sparkline of first terms would mean nothing, so no card shows one.
_NOT_RATIO = "coalesce(x.unit_kind, '') <> 'ratio'"

# A claim that can be part of a series: the view keeps the claims with a place and a period, and a
# series (a card, a line) only those of a year-on-year growth, never a 环比 or 两年平均 rate.
_OBSERVABLE = ("x.area IS NOT NULL AND x.period IS NOT NULL AND x.measure IS NOT NULL "
               "AND x.period_kind IS NOT NULL AND x.basis IS NULL")


def headline_series(con: Connection, filters: Filters, limit: int = 8) -> pd.DataFrame:
    """The series to show first, as cards: at most ``limit``, one row each with
    its key (:class:`Series` fields), periods, statements and latest period end.

    Catalogue indicators come first, subjects only to fill what they leave.
    Ranked: actual figures before targets; a second series of the same area
    and indicator (another measure) only after each pair's first; then the
    series with most periods, most statements, the most recent.
    """
    sql, params = where(filters, "quantities")
    frames: list[pd.DataFrame] = []
    for catalogued in (True, False):
        room = limit - sum(len(f) for f in frames)
        if room <= 0:
            break
        what = "x.indicator" if catalogued else WHAT
        which = ("x.indicator IS NOT NULL" if catalogued
                 else "x.indicator IS NULL AND coalesce(x.subject, '') <> ''")
        frames.append(_df(con, f"""
            WITH g AS (
                SELECT {what} AS what, x.area, x.measure, x.unit, x.period_kind, x.target,
                       count(DISTINCT x.period) AS n_periods, count(*) AS n_statements,
                       max(x.period_end) AS latest
                FROM quantities x
                WHERE {sql} AND {which} AND {_OBSERVABLE} AND {_NOT_RATIO}
                GROUP BY ALL HAVING what <> ''
            ), r AS (
                SELECT *, row_number() OVER (PARTITION BY what, area, target
                    ORDER BY n_periods DESC, n_statements DESC, {_MEASURE_RANK}, unit,
                             period_kind) AS nth
                FROM g
            )
            SELECT what, area, measure, unit, period_kind, target, n_periods, n_statements, latest
            FROM r
            ORDER BY target, nth, n_periods DESC, n_statements DESC, latest DESC NULLS LAST,
                     what, area, measure, unit, period_kind
            LIMIT $limit
        """, {**params, "limit": room}))
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


SERIES_COLUMNS = (
    "area", "province", "city", "what", "measure", "unit", "period", "period_start",
    "period_end", "period_kind", "target", "obs_value", "value_min", "value_max",
    "n_statements", "n_sources", "status", "value", "statement_value_max", "qualifier",
    "change", "unit_kind", "terms", "text", "sentence", "article_id", "source", "start", "date",
    "date_source", "title", "passes")


def series_statements(con: Connection, filters: Filters, series: Sequence[Series]) -> pd.DataFrame:
    """Every statement of every observation of ``series`` that the filters keep:
    one row per statement (its value as written, sentence and article), with its
    observation's value, range, number of statements and status from the view.

    An observation is kept when one of its statements passes the filters;
    ``passes`` says which do. Oldest period first within each series.
    """
    if not series:
        return pd.DataFrame(columns=list(SERIES_COLUMNS))
    sql, params = where(filters, "quantities")
    # The places first, as a plain IN the scan applies before any key is worked out.
    places = sorted({s.area for s in series})
    params.update({f"place_{j}": place for j, place in enumerate(places)})
    near = ", ".join(f"$place_{j}" for j in range(len(places)))
    keys, kinds = [], []
    for i, s in enumerate(series):
        params.update({f"s{i}_w": s.what, f"s{i}_a": s.area, f"s{i}_m": s.measure,
                       f"s{i}_u": s.unit, f"s{i}_t": bool(s.target), f"s{i}_k": s.period_kind})
        # The view's grouping columns only, so DuckDB filters the claims before grouping.
        key = (f"what = $s{i}_w AND area = $s{i}_a AND measure = $s{i}_m AND unit = $s{i}_u "
               f"AND target = $s{i}_t")
        keys.append(f"({key})")
        kinds.append(f"({key} AND period_kind = $s{i}_k)")
    return _df(con, f"""
        WITH o AS (
            SELECT * FROM observations WHERE area IN ({near}) AND basis IS NULL AND ({" OR ".join(keys)})
        ), s AS (
            SELECT o.* EXCLUDE (statements, value), o.value AS obs_value,
                   unnest(o.statements) AS st
            FROM o WHERE {" OR ".join(kinds)}
        )
        SELECT s.area, s.province, s.city, s.what, s.measure, s.unit, s.period, s.period_start,
               s.period_end, s.period_kind, s.target, s.obs_value, s.value_min, s.value_max,
               s.n_statements, s.n_sources, s.status,
               x.value, x.value_max AS statement_value_max, x.qualifier, x.change, x.unit_kind,
               x."values" AS terms, x.text, x.sentence, x.article_id, x.source, x.start, x.article_date AS date,
               x.article_date_source AS date_source, a.title, ({sql}) AS passes
        FROM s JOIN (SELECT * FROM quantities WHERE area IN ({near})) x
             ON x.source = s.st.source AND x.article_id = s.st.article_id AND x.start = s.st.start
        LEFT JOIN articles a ON a.id = x.article_id AND a.source = x.source
        QUALIFY bool_or(passes) OVER (PARTITION BY s.area, s.what, s.measure, s.unit, s.period, s.target)
        ORDER BY s.area, s.what, s.measure, s.unit, s.target, s.period_start, s.period_end,
                 x.article_date NULLS FIRST, x.source, x.start
    """, params)


def indicator_choices(con: Connection, filters: Filters, limit: int = 300) -> pd.DataFrame:
    """What the indicator page offers: every catalogue indicator under the
    filters, then the subjects stated for two or more periods or areas (the
    ``limit`` most stated), each with its number of statements.
    """
    sql, params = where(filters, "quantities")
    # min < max rather than count(DISTINCT): "more than one" is all a subject needs.
    return _df(con, f"""
        SELECT * FROM (
            SELECT x.indicator AS what, true AS catalogued, count(*) AS n_statements
            FROM quantities x
            WHERE {sql} AND x.indicator IS NOT NULL AND {_OBSERVABLE}
            GROUP BY x.indicator
        )
        UNION ALL
        SELECT * FROM (
            SELECT {WHAT} AS what, false AS catalogued, count(*) AS n_statements
            FROM quantities x
            WHERE {sql} AND x.indicator IS NULL AND coalesce(x.subject, '') <> '' AND {_OBSERVABLE}
            GROUP BY ALL
            HAVING what <> '' AND (min(x.period) < max(x.period) OR min(x.area) < max(x.area))
            ORDER BY n_statements DESC, what LIMIT $limit
        )
        ORDER BY catalogued DESC, n_statements DESC, what
    """, {**params, "limit": limit})


def indicator_coverage(con: Connection, filters: Filters, what: str) -> pd.DataFrame:
    """For one indicator or subject: each area's series under the filters (one
    row per area, measure, unit, period length and target), with their number
    of periods and statements and latest period end."""
    sql, params = where(filters, "quantities")
    # For a catalogue name the indicator column finds its claims; a subject's
    # claims need the view's key, which only strips a prefix: so only subjects
    # ending in the name need it worked out.
    return _df(con, f"""
        SELECT x.area, any_value(x.province) AS province, any_value(x.city) AS city,
               min(x.area_code) AS area_code, x.measure, x.unit, x.period_kind, x.target,
               count(DISTINCT x.period) AS n_periods, count(*) AS n_statements,
               max(x.period_end) AS latest
        FROM quantities x
        WHERE {sql} AND {_OBSERVABLE}
          AND (x.indicator = $what
               OR (x.indicator IS NULL AND ends_with(x.subject, $what) AND {WHAT} = $what))
        GROUP BY x.area, x.measure, x.unit, x.period_kind, x.target
        ORDER BY n_periods DESC, n_statements DESC, area_code NULLS LAST, x.area
    """, {**params, "what": what})


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
