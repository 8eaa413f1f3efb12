"""指标看板 — the Streamlit entry point: opens the store, draws the filters, routes the pages.

Run from the project root: ``streamlit run dashboard/app.py``. ``$ZHIBIAO_DB``
selects the store; without it the default store is built from ``seeds/`` on
the first run.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable from a bare clone
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from dashboard import data, filters, widgets  # noqa: E402
from dashboard.formatting import md_escape  # noqa: E402

st.set_page_config(page_title="指标看板 · zhibiao", page_icon=":material/monitoring:", layout="wide")

# Streamlit's own running indicator says "Stop" (and "Running..." to screen readers):
# said in Chinese like every other word of the app.
_CHINESE_CHROME = """
<style>
[data-testid="stStatusWidget"] button[kind="header"] { font-size: 0; }
[data-testid="stStatusWidget"] button[kind="header"]::after { content: "停止"; font-size: 0.875rem; }
</style>
"""


def open_store() -> Path:
    """The store, built from ``seeds/`` with a visible progress message the first time."""
    path = data.store_path()
    if path.exists():
        return path
    with st.status("首次运行：正在用 seeds/ 中的样例新闻建立数据库…", expanded=True) as status:
        data.ensure_store(path, progress=status.write)
        status.update(label="数据库已建立", state="complete", expanded=False)
    return path


def main() -> None:
    st.html(_CHINESE_CHROME)
    try:
        path = open_store()
        options = data.read("filter_options")
    except Exception as err:  # noqa: BLE001 — any failure here is shown, never a traceback
        st.error(f"无法打开数据库：{md_escape(str(err))}", icon=":material/error:")
        st.stop()
    st.session_state[widgets.FILTERS_STATE] = filters.sidebar(options)
    st.sidebar.caption(f"数据库：{path.name}")
    pages = st.navigation([
        st.Page("views/overview.py", title="概览", icon=":material/dashboard:", default=True),
        st.Page("views/series.py", title="指标走势", icon=":material/show_chart:"),
        st.Page("views/timeline.py", title="时间轴", icon=":material/timeline:"),
        st.Page("views/articles.py", title="文章", icon=":material/article:"),
        st.Page("views/indicators.py", title="指标", icon=":material/table_chart:"),
        st.Page("views/upload.py", title="上传", icon=":material/upload_file:"),
    ])
    try:
        pages.run()
    except Exception as err:  # noqa: BLE001 — a failing page says so in words, not a traceback
        logging.getLogger("zhibiao.dashboard").exception("page failed")
        st.error(f"页面出错：{md_escape(str(err))}。请刷新重试；问题持续时请检查数据库。",
                 icon=":material/error:")


main()
