"""Series compared like with like: pure pandas transforms of the statements
``queries.series_statements`` returns, into observations, cards and tables.

A series is one :class:`~dashboard.queries.Series`: one area's indicator in one
measure and unit, over periods of one length, actual figures or targets. A
card's change and sparkline, and a chart's line, use only the observations of
one series, so two places (or a target and an outcome) are never subtracted.

Values are signed here: the store keeps 下降3.4% as 3.4 with ``change =
decrease``, and a line of growth rates must dip below zero.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from extractors.store import AGREEMENT, LOOSE_AGREEMENT

from .formatting import (
    ACTUAL,
    MEASURES,
    STATUSES,
    TARGET,
    article_day,
    format_claim,
    period_label,
    series_delta,
)
from .queries import Series

#: Measures whose figure is a change, written with its direction (增长/下降).
SIGNED_MEASURES = frozenset({"growth", "points", "difference"})
#: At most this many periods in a card's sparkline.
SPARK_PERIODS = 12

OBSERVATION_COLUMNS = (
    "area", "what", "measure", "unit", "period_kind", "target", "period", "period_start",
    "period_end", "label", "value", "low", "high", "status", "n_statements", "n_sources",
    "written", "sentence", "title", "article_id", "source", "start", "date", "date_source")
_KEY = ["area", "what", "measure", "unit", "period_kind", "target"]


def signed(value: float, change: object, measure: str) -> float:
    """A value with the sign its wording gives it.

    >>> signed(3.4, "decrease", "growth"), signed(3.4, "decrease", "level"), signed(6.1, None, "growth")
    (-3.4, 3.4, 6.1)
    """
    return -value if measure in SIGNED_MEASURES and change == "decrease" else value


def written(row: dict) -> str:
    """A statement's figure as the text wrote it (增长6.1%, 1.35万亿元, 超2500亿元);
    a ratio with every term, not its first only.

    >>> written({"value": 7.1, "unit": "", "qualifier": "exact", "statement_value_max": None,
    ...          "change": None, "unit_kind": "ratio", "terms": [7.1, 39.1, 53.8]})
    '7.1:39.1:53.8'
    """
    if is_ratio(row):
        return RATIO_JOINER.join(format_claim(term, "") for term in row["terms"])
    return format_claim(row["value"], row["unit"], row["qualifier"], row["statement_value_max"],
                        row["change"], row["unit_kind"])


#: Between the terms of a ratio, as statistical bulletins write them (2.9:36.3:60.8).
RATIO_JOINER = ":"


def is_ratio(row: dict) -> bool:
    """Whether a statement is a ratio of several terms (三次产业结构7.1∶39.1∶53.8):
    its ``value`` is only the first term, so it is listed, never drawn or compared."""
    terms = row.get("terms")
    return row.get("unit_kind") == "ratio" and terms is not None and len(terms) > 1


def signed_values(frame: pd.DataFrame) -> pd.Series:
    """:func:`signed` of every statement of a frame (``value``, ``change``, ``measure``)."""
    falls = frame["measure"].isin(SIGNED_MEASURES) & (frame["change"] == "decrease")
    return frame["value"].where(~falls, -frame["value"])


def signed_status(status: str, low: float, high: float, all_exact: bool, n_dates: int) -> str:
    """An observation's status once its statements are signed.

    The store's view compares values as stored, without their direction, so
    增长3.8% and 下降3.8% of one area, indicator and period agree there. Signed,
    they are the view's own rule (store.AGREEMENT, store.LOOSE_AGREEMENT) apart:
    a conflict, or a revision when the statements come from articles of
    different dates. Any other status is the view's.

    >>> signed_status("consistent", -3.8, 3.8, True, 1), signed_status("consistent", -3.8, 3.8, True, 2)
    ('conflict', 'revision')
    >>> signed_status("consistent", 6.1, 6.1, True, 2), signed_status("conflict", 5.0, 5.2, True, 1)
    ('consistent', 'conflict')
    """
    if status != "consistent":
        return status
    tolerance = AGREEMENT if all_exact else LOOSE_AGREEMENT
    if high - low <= max(abs(high), abs(low)) * tolerance:
        return status
    return "revision" if n_dates > 1 else "conflict"


def statuses(statements: pd.DataFrame) -> pd.Series:
    """Each statement's observation status (:func:`signed_status`), for every
    statement of each observation (as ``queries.series_statements`` gives them)."""
    if statements.empty:
        return pd.Series([], dtype=object)
    frame = pd.DataFrame({
        "signed": signed_values(statements), "exact": statements["qualifier"] == "exact",
        "date": statements["date"]})
    groups = frame.groupby([statements[k] for k in [*_KEY, "period"]], sort=False, dropna=False)
    low, high = groups["signed"].transform("min"), groups["signed"].transform("max")
    exact, dates = groups["exact"].transform("all"), groups["date"].transform("nunique")
    return pd.Series([signed_status(*row) for row in zip(
        statements["status"], low, high, exact, dates, strict=True)], index=statements.index)


def observations(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per observation, oldest period first within each series.

    ``value`` is the observation's value in the store's view (the latest
    statement's), signed; ``low`` and ``high`` the signed range its statements
    span; ``written``, ``sentence`` and the article are those of the statement
    that gives ``value``.
    """
    if statements.empty:
        return pd.DataFrame(columns=list(OBSERVATION_COLUMNS))
    frame = statements.reset_index(drop=True).copy()
    frame["target"] = frame["target"].astype(bool)
    frame["_signed"] = signed_values(frame)
    frame["_order"] = range(len(frame))
    # The statement that gives the view's value: the latest of those stating it.
    frame["_gives"] = (frame["value"] - frame["obs_value"]).abs() <= 1e-9 * frame["value"].abs().clip(lower=1)
    group = _KEY + ["period"]
    frame["status"] = statuses(frame)
    spans = frame.groupby(group, sort=False, dropna=False)["_signed"].agg(["min", "max"])
    chosen = (frame.sort_values(["_gives", "_order"], kind="stable")
              .drop_duplicates(group, keep="last")
              .join(spans, on=group))
    records = chosen.to_dict("records")
    out = pd.DataFrame({
        **{k: chosen[k].to_numpy() for k in _KEY},
        "period": chosen["period"].to_numpy(),
        "period_start": chosen["period_start"].to_numpy(),
        "period_end": chosen["period_end"].to_numpy(),
        "label": [period_label(r["period"]) for r in records],
        "value": chosen["_signed"].to_numpy(),
        "low": chosen["min"].to_numpy(), "high": chosen["max"].to_numpy(),
        "status": chosen["status"].to_numpy(),
        "n_statements": chosen["n_statements"].astype(int).to_numpy(),
        "n_sources": chosen["n_sources"].astype(int).to_numpy(),
        "written": [written(r) for r in records],
        "sentence": chosen["sentence"].to_numpy(), "title": chosen["title"].to_numpy(),
        "article_id": chosen["article_id"].to_numpy(), "source": chosen["source"].to_numpy(),
        "start": chosen["start"].astype(int).to_numpy(), "date": chosen["date"].to_numpy(),
        "date_source": chosen["date_source"].to_numpy(),
    }, columns=list(OBSERVATION_COLUMNS))
    return out.sort_values(_KEY + ["period_start", "period_end"], kind="stable").reset_index(drop=True)


def of_series(frame: pd.DataFrame, series: Series) -> pd.DataFrame:
    """The observations (or statements) of one series, in period order."""
    if frame.empty:
        return frame
    chosen = ((frame["area"] == series.area) & (frame["what"] == series.what)
              & (frame["measure"] == series.measure) & (frame["unit"] == series.unit)
              & (frame["period_kind"] == series.period_kind)
              & (frame["target"].astype(bool) == bool(series.target)))
    return frame[chosen]


def series_name(series: Series) -> str:
    """A series by its indicator and, when not the amount itself, its measure.

    >>> series_name(Series("地区生产总值", "合肥市", "growth", "%", "year", target=True))
    '地区生产总值增速（目标）'
    """
    name = series.what if series.measure == "level" else series.what + MEASURES.get(series.measure, series.measure)
    return name + (f"（{TARGET}）" if series.target else "")


@dataclass(frozen=True, slots=True)
class Card:
    """What a card shows: the latest observation of one series, the change from
    the period before in the same series, and the series' recent values."""

    series: Series
    name: str                     # 地区生产总值增速（目标）
    value: str                    # the latest figure as written: 1.35万亿元
    place: str                    # 合肥市 · 2024年 (· 目标)
    delta: str | None             # +6.6%, against the previous period of this series
    against: str | None           # 较2023年
    history: tuple[float, ...]    # signed values, oldest first (the sparkline)
    status: str                   # consistent | conflict | revision
    note: str | None              # what a conflict or a revision means here
    sentence: str
    title: str
    article_id: str
    source: str
    start: int
    date: str                     # the article's date, marked when worked out


def card(observed: pd.DataFrame, series: Series) -> Card | None:
    """The card of ``series`` from the observations of any series (``observations``)."""
    mine = of_series(observed, series)
    if mine.empty:
        return None
    points = mine.to_dict("records")
    latest = points[-1]
    previous = points[-2] if len(points) > 1 else None
    delta = against = None
    if previous is not None:
        delta = series_delta(latest["value"], previous["value"], series.measure, series.unit)
        against = f"较{previous['label']}" + (TARGET if series.target else "")
    place = f"{series.area} · {latest['label']}" + (f" · {TARGET}" if series.target else "")
    return Card(
        series=series, name=series_name(series), value=latest["written"], place=place,
        delta=delta, against=against,
        history=tuple(p["value"] for p in points[-SPARK_PERIODS:]),
        status=latest["status"], note=status_note(latest, series.unit),
        sentence=str(latest["sentence"] or ""), title=str(latest["title"] or ""),
        article_id=str(latest["article_id"]), source=str(latest["source"]),
        start=int(latest["start"]), date=article_day(latest["date"], latest["date_source"]),
    )


def status_note(observation: dict, unit: str) -> str | None:
    """What a reader must know about an observation whose sources differ.

    >>> status_note({"status": "conflict", "low": 1.65e12, "high": 1.67195e12,
    ...              "n_statements": 2}, "元")
    '来源不一致：2 处报道给出 1.65万亿元 至 1.67万亿元'
    >>> status_note({"status": "consistent", "low": 1, "high": 1, "n_statements": 3}, "个") is None
    True

    A range from a fall to a rise says which is which:

    >>> status_note({"status": "conflict", "low": -3.8, "high": 3.8, "n_statements": 2,
    ...              "measure": "growth"}, "%")
    '来源不一致：2 处报道给出 下降3.8% 至 增长3.8%'
    """
    status = observation["status"]
    if status == "consistent":
        return None
    low, high = observation["low"], observation["high"]
    if observation.get("measure") in SIGNED_MEASURES and low < 0 <= high:
        span = (f"{format_claim(-low, unit, change='decrease')} 至 "
                f"{format_claim(high, unit, change='increase')}")
    else:
        span = f"{format_claim(low, unit)} 至 {format_claim(high, unit)}"
    if status == "conflict":
        return f"{STATUSES['conflict']}：{observation['n_statements']} 处报道给出 {span}"
    return f"{STATUSES['revision']}：先后报道为 {span}，取最新"


def statement_table(statements: pd.DataFrame,
                    link: Callable[[str, str, int], str] | None = None) -> pd.DataFrame:
    """The statements the filters keep, as the indicator page lists and downloads
    them: period, area, the figure as written, measure, actual or target, the
    observation's status, the sentence, the article — and, given ``link``
    (article id, source, offset → URL), a link to the claim in its article."""
    if not statements.empty:
        statements = statements.assign(status=statuses(statements))
    kept = statements[statements["passes"].astype(bool)] if not statements.empty else statements
    records = kept.to_dict("records")
    table = pd.DataFrame({
        "时期": [period_label(r["period"]) for r in records],
        "地区": [r["area"] for r in records],
        "表述": [written(r) for r in records],
        "口径": [MEASURES.get(r["measure"], r["measure"]) for r in records],
        "类型": [TARGET if r["target"] else ACTUAL for r in records],
        "状态": [STATUSES.get(r["status"], r["status"]) for r in records],
        "原文句子": [r["sentence"] for r in records],
        "来源文章": [r["title"] or "" for r in records],
        "文章日期": [article_day(r["date"], r["date_source"]) for r in records],
        # A ratio has no one number: its terms are in 表述.
        "数值": [None if is_ratio(r) else v for r, v in zip(
            records, signed_values(kept).tolist() if records else [], strict=True)],
        "单位": [r["unit"] for r in records],
    })
    if link is not None:
        # Beside the status, where a narrow screen still shows it.
        table.insert(6, "原文", [link(r["article_id"], r["source"], r["start"]) for r in records])
    return table


def area_order(coverage: pd.DataFrame, measure: str, unit: str, period_kind: str) -> list[str]:
    """The areas with a series of this measure, unit and period length, those
    with most periods (then statements) first — the order the area chooser
    offers them and the first few it picks."""
    if coverage.empty:
        return []
    mine = coverage[(coverage["measure"] == measure) & (coverage["unit"] == unit)
                    & (coverage["period_kind"] == period_kind)]
    ranked = (mine.groupby("area", sort=False)
              .agg(n_periods=("n_periods", "max"), n_statements=("n_statements", "sum"),
                   code=("area_code", "min"))
              .reset_index()
              .sort_values(["n_periods", "n_statements", "code", "area"],
                           ascending=[False, False, True, True], na_position="last"))
    return list(ranked["area"])


def choices(coverage: pd.DataFrame, columns: Sequence[str]) -> list[tuple]:
    """The distinct values of ``columns`` in ``coverage``: first the one whose
    longest series (one area's) has most periods, then most statements (a level
    before a rate, a year before other lengths on a tie) — a line over the most
    years is what a newcomer should meet first."""
    if coverage.empty:
        return []
    grouped = (coverage.groupby(list(columns), sort=False)
               .agg(n_periods=("n_periods", "max"), n_statements=("n_statements", "sum"))
               .reset_index())
    preference = {"level": 0, "growth": 1, "share": 2, "year": 0, "half": 1, "quarter": 2}
    grouped["_rank"] = [min(preference.get(str(v), 9) for v in row)
                        for row in grouped[list(columns)].itertuples(index=False)]
    grouped = grouped.sort_values(["n_periods", "n_statements", "_rank"], ascending=[False, False, True],
                                  kind="stable")
    return [tuple(row) for row in grouped[list(columns)].itertuples(index=False)]


def keys(what: str, areas: Iterable[str], measure: str, unit: str, period_kind: str) -> tuple[Series, ...]:
    """The actual and the target series of each area, for one query."""
    return tuple(Series(what, area, measure, unit, period_kind, target)
                 for area in areas for target in (False, True))
