"""指标走势: one indicator (or a subject stated more than once) over its periods,
one line per area — the areas chosen to compare, as Our World in Data's
grapher does — with targets apart from outcomes and disagreeing sources
marked; below, every statement behind the lines, each linking to its article.

The choices are bound to the URL (``?ind=地区生产总值&m=数值（元）&p=年度&cmp=合肥市``),
so a chart is a shareable link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from dashboard import charts, data, series, widgets
from dashboard.formatting import measure_label, period_kind_label

INDICATOR, MEASURE, PERIOD_KIND, COMPARE = "ind", "m", "p", "cmp"
DEFAULT_AREAS = 5
MAX_AREAS = 12


def main() -> None:
    filters = widgets.page_header("指标走势")
    choices: pd.DataFrame = data.read("indicator_choices", filters)
    if choices.empty:
        widgets.empty_notice(filters, "可比较的指标（带地区和时期的数值）")
        return
    names = list(choices["what"])
    catalogued = dict(zip(choices["what"], choices["catalogued"], strict=True))
    _keep_valid(INDICATOR, names)
    what = st.selectbox(
        "指标", names, key=INDICATOR, bind="query-params", on_change=_forget,
        args=((MEASURE, PERIOD_KIND, COMPARE),),
        help="先列统计目录中的指标，再列在多个时期或地区出现的其他主题。",
    ) or names[0]
    st.caption("统计目录指标" if catalogued[what] else "目录外主题：按原文主语归并，口径以原文为准")

    coverage: pd.DataFrame = data.read("indicator_coverage", filters, what)
    measures = series.choices(coverage, ("measure", "unit"))
    left, right = st.columns(2)
    with left:
        measure, unit = _pick("口径", MEASURE, measures, lambda m: measure_label(*m))
    kinds = series.choices(coverage[(coverage["measure"] == measure) & (coverage["unit"] == unit)],
                           ("period_kind",))
    with right:
        (kind,) = _pick("周期", PERIOD_KIND, kinds, lambda k: period_kind_label(k[0]))

    ranked = series.area_order(coverage, measure, unit, kind)
    still = _keep_valid(COMPARE, ranked, many=True)
    areas = st.multiselect(
        "对比地区", ranked, default=still or ranked[:DEFAULT_AREAS], key=COMPARE, bind="query-params",
        max_selections=MAX_AREAS, select_all=False, placeholder="选择要对比的地区",
        help="按该口径数据最多的地区排列；每个地区一条线，从不跨地区相减。",
    )
    if not areas:
        st.info("请选择至少一个地区。", icon=":material/location_on:")
        return

    statements: pd.DataFrame = data.read(
        "series_statements", filters, series.keys(what, areas, measure, unit, kind))
    observed = series.observations(statements)
    if not statements.empty and all(series.is_ratio(r) for r in statements.to_dict("records")):
        st.caption("这一口径是比例（如 7.1:39.1:53.8），各项不能连成一条线，原文所写见下表。")
    else:
        title = f"{what} · {measure_label(measure, unit)} · {period_kind_label(kind)}"
        fig, _ = charts.area_series(observed, title, unit, kind)
        st.plotly_chart(fig, key="area_series_chart")
        notes = ["实线实心点为实际值，虚线空心点为目标值"]
        conflicts = int((observed["status"] == "conflict").sum()) if not observed.empty else 0
        if conflicts:
            notes.append(f"红圈标出 {conflicts} 个各来源数值不一致的观测值（竖线为各来源给出的范围）")
        st.caption("；".join(notes) + "。")

    st.subheader("观测值与原文")
    table = series.statement_table(statements, link=widgets.claim_url)
    st.caption(f"共 {len(table)} 条报道。点击“打开原文”可阅读文章并定位到该句。")
    st.dataframe(
        table, hide_index=True, key="observations_table",
        column_config={
            "数值": st.column_config.NumberColumn(format="%g"),
            "原文": st.column_config.LinkColumn(display_text="打开原文"),
        },
    )
    widgets.download(table.drop(columns=["原文"]), f"指标走势-{what}", filters,
                     key="dl_area_series")


def _pick(label: str, key: str, options: Sequence[tuple], name: Callable[[tuple], str]) -> tuple:
    """One of ``options`` (tuples), chosen by its name with a URL-bound
    segmented control (the name is what the URL holds); the first by default."""
    by_name = {name(option): option for option in options}
    names = list(by_name)
    _keep_valid(key, names)
    picked = st.segmented_control(
        label, names, key=key, bind="query-params", default=names[0] if names else None,
        required=True,
    )
    return by_name.get(picked or "", options[0] if options else ("", ""))


def _keep_valid(key: str, options: Sequence[object], many: bool = False) -> list:
    """Forget a remembered choice that the current filters no longer offer, so
    the widget starts again from its default instead of failing on it; returns
    what of a several-valued choice is still offered (to pass as that default)."""
    if key not in st.session_state:
        return []
    value = st.session_state[key]
    chosen = list(value or []) if many else [value]
    kept = [v for v in chosen if v in options]
    if kept != chosen:
        del st.session_state[key]
        return kept
    return []


def _forget(keys: Sequence[str]) -> None:
    """Another indicator: its own measures, periods and best-covered areas."""
    for key in keys:
        st.session_state.pop(key, None)


main()
