"""Issue 9 in a real Chromium: nothing silently dropped, a timeline that opens
where the events are, a reader that reads, whole downloads, Chinese throughout.

The server runs on the wide store of tests/dashboard/stores.py: 39 articles
from 2008 to 2025 (one undated, one dated from its file name), 599 claims, 17
departments, a lone 1904 event, hard-wrapped text. Screenshots of every page at
1440×900 and 390×844 go to artifacts/ as ``wide-<page>-<width>.png``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest
from playwright.sync_api import expect

from extractors.store import open_for_reading
from tests.dashboard.stores import (
    FILENAME_TITLE,
    FOCUS_TITLE,
    UNDATED_TITLE,
    build_wide_store,
)

from .conftest import open_page, streamlit_server

pytestmark = pytest.mark.e2e

VIEWPORTS = {"desktop": (1440, 900), "phone": (390, 844)}
PAGES = {  # path → text that shows the page has drawn
    "overview": ("", "重点指标"),
    "timeline": ("timeline", "事件列表"),
    "articles": ("articles", "选中一行即可阅读全文"),
    "indicators": ("indicators", "选中一行即可打开原文"),
    "series": ("series", "观测值与原文"),
    "upload": ("upload", "上传新闻稿"),
}


@pytest.fixture(scope="module")
def wide_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wide") / "data"
    folder.mkdir()
    return build_wide_store(folder / "zhibiao.duckdb")


@pytest.fixture(scope="module")
def wide(wide_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with streamlit_server(wide_store, tmp_path_factory.mktemp("wide-log")) as url:
        yield url


def store_value(store: Path, sql: str) -> object:
    con = open_for_reading(store)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def metric(page, label: str) -> str:
    card = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=label)).first
    return card.locator('[data-testid="stMetricValue"]').inner_text().strip()


def metric_becomes(page, label: str, value: str) -> None:
    """Wait for a metric to show ``value``: a rerun replaces the page's elements
    one by one, so the caption of the new filter can show before the counts."""
    card = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=label)).first
    expect(card.locator('[data-testid="stMetricValue"]')).to_have_text(value)


def download_rows(page, button: str, tmp_path: Path) -> tuple[str, list[list[str]]]:
    with page.expect_download() as download:
        page.get_by_role("button", name=button).first.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return download.value.suggested_filename, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def page_text(page) -> str:
    """The text a reader sees: text drawn at a visible size, without icon names
    (a Material icon is drawn from a ligature such as ``download``); screen-reader
    text that is clipped to a pixel or put off screen is not met by the eye."""
    return page.evaluate("""() => {
        const out = [];
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const e = n.parentElement;
            if (!e || !n.textContent.trim()) continue;
            if (e.closest('[data-testid="stIconMaterial"], script, style')) continue;
            const r = e.getBoundingClientRect(), st = getComputedStyle(e);
            if (r.width <= 2 || r.height <= 2 || r.right < 0 || r.bottom < 0) continue;
            if (st.visibility === 'hidden' || st.opacity === '0' || st.fontSize === '0px') continue;
            out.push(n.textContent);
        }
        return out.join(' ');
    }""")


def visible_english(text: str) -> list[str]:
    """Latin words a reader meets, except file names, name endings (.docx) and what
    Chinese software writes in Latin letters: format names (CSV, PDF, Word) and MB."""
    text = re.sub(r"[\w./-]+\.(txt|duckdb|csv|png)", "", text)
    text = re.sub(r"(?<![A-Za-z])\.(txt|text|md|markdown|html?|xhtml|docx|pdf)\b", "", text)
    text = re.sub(r"\b(CSV|PDF|Word|MB)\b", "", text)
    return re.findall(r"[A-Za-z]{2,}", text)


def plot_layout(page, index: int = 0) -> dict:
    """The layout Plotly drew (ranges included) of the ``index``-th chart."""
    page.locator(".js-plotly-plot .main-svg").nth(index).wait_for()
    return page.evaluate(
        """i => { const gd = document.querySelectorAll('.js-plotly-plot')[i];
                  const L = gd._fullLayout;
                  return {x: L.xaxis.range, x2: L.xaxis2 ? L.xaxis2.range : null,
                          y: L.yaxis.categoryarray || [], showlegend: L.showlegend}; }""",
        index)


def boxes_overlap(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


# --------------------------------------------------------------------------- screenshots


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_screenshots_of_every_page(page, wide, artifacts: Path, viewport):
    width, height = VIEWPORTS[viewport]
    page.set_viewport_size({"width": width, "height": height})
    for name, (path, ready) in PAGES.items():
        open_page(page, f"{wide}/{path}", ready)
        page.wait_for_timeout(1200)
        shot = artifacts / f"wide-{name}-{width}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
    # The reader opened at a claim, the way a click on a claim opens it.
    open_focus_article(page, wide)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / f"wide-reader-{width}.png"))


# --------------------------------------------------------------------------- item 4


def test_undated_articles_are_counted_when_a_range_leaves_them_out_and_reachable(page, wide):
    open_page(page, f"{wide}/", "重点指标")
    assert metric(page, "文章") == "39"
    # Moving the end date by one day must not drop the undated article silently.
    open_page(page, f"{wide}/?to=2025-09-14", "重点指标")
    assert metric(page, "文章") == "37"
    page.get_by_text("所选日期范围不含日期不明的 1 篇文章（2 条指标）").wait_for()
    # The 日期不明 option shows exactly the undated article and its claims.
    page.locator('[data-testid="stSidebar"] [data-testid="stButtonGroup"]').get_by_text(
        "日期不明", exact=True).click()
    page.wait_for_url(lambda url: "when=" in url)
    page.get_by_text("当前筛选：日期=日期不明").wait_for()
    metric_becomes(page, "文章", "1")
    metric_becomes(page, "指标", "2")
    page.get_by_role("link", name="文章").click()
    page.wait_for_url(lambda url: "/articles" in url)
    page.get_by_text("共 1 篇。选中一行").wait_for()
    cells = page.locator('[data-testid="stDataFrame"] [role=gridcell]')
    cells.first.wait_for(state="attached")
    texts = cells.all_inner_texts()
    assert UNDATED_TITLE in texts and "日期不明" in texts


def test_the_date_range_reaches_2008_and_2025(page, wide):
    open_page(page, f"{wide}/indicators", "选中一行即可打开原文")
    inputs = page.locator('[data-testid="stDateInput"] input[type=date]')
    # the two inputs are filled one frame apart on a loaded machine: wait for each
    expect(inputs.nth(0)).to_have_value("2008-03-15")
    expect(inputs.nth(1)).to_have_value("2025-09-15")
    open_page(page, f"{wide}/indicators?from=2008-01-01&to=2008-12-31", "选中一行即可打开原文")
    page.get_by_text("共 30 条").wait_for()  # the two articles of 2008, 15 claims each
    open_page(page, f"{wide}/indicators?from=2025-09-01", "选中一行即可打开原文")
    page.get_by_text("共 15 条").wait_for()


def test_a_date_worked_out_from_a_file_name_is_marked(page, wide):
    open_page(page, f"{wide}/articles", "选中一行即可阅读全文")
    cells = page.locator('[data-testid="stDataFrame"] [role=gridcell]')
    cells.first.wait_for(state="attached")
    assert "2023-06-01（据文件名）" in cells.all_inner_texts()
    open_page(page, f"{wide}/indicators?q=农村公路", "共 1 条")
    cells = page.locator('[data-testid="stDataFrame"] [role=gridcell]')
    cells.first.wait_for(state="attached")
    assert "2023-06-01（据文件名）" in cells.all_inner_texts()
    aid = "wide-037"
    open_page(page, f"{wide}/articles?art={aid}&src=wide.txt", "黄色：指标")
    page.get_by_role("heading", name=FILENAME_TITLE).wait_for()
    page.get_by_text(re.compile(r"2023-06-01（据文件名） · ")).wait_for()


# --------------------------------------------------------------------------- item 5


def test_the_timeline_opens_on_the_bulk_of_events_and_zooming_out_reaches_1904(page, wide):
    open_page(page, f"{wide}/timeline", "事件列表")
    page.get_by_text(re.compile("另有 1 条较早（最早 1904 年）")).wait_for()
    start, end = plot_layout(page)["x"]
    assert "2007" <= start[:4] <= "2008" and "2025" <= end[:4] <= "2026"
    # A double-click shows every event; another returns to the opening window.
    plot = page.locator(".js-plotly-plot .nsewdrag").first
    plot.dblclick()
    page.wait_for_timeout(800)
    start, _ = plot_layout(page)["x"]
    assert start[:4] <= "1904"
    plot.dblclick()
    page.wait_for_timeout(800)
    assert plot_layout(page)["x"][0][:4] >= "2007"
    # The range slider under the axis reaches it too: drag its left handle to the start.
    handle = page.locator(".js-plotly-plot .rangeslider-grabber-min").first
    slider = page.locator(".js-plotly-plot .rangeslider-bg").first.bounding_box()
    box = handle.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(slider["x"] + 1, box["y"] + box["height"] / 2, steps=8)
    page.mouse.up()
    page.wait_for_timeout(800)
    assert plot_layout(page)["x"][0][:4] <= "1904"


def test_by_department_shows_the_top_twelve_and_the_rest_as_other(page, wide):
    open_page(page, f"{wide}/timeline?color=按部门", "事件列表")
    rows = plot_layout(page)["y"]
    assert len(rows) == 13 and rows[-1] == "其他"
    # Every row is labelled.
    labels = page.locator(".js-plotly-plot .yaxislayer-above .ytick text").all_text_contents()
    assert sorted(labels) == sorted(rows)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_titles_panels_and_the_mode_bar_never_overlap(page, wide, viewport):
    width, height = VIEWPORTS[viewport]
    page.set_viewport_size({"width": width, "height": height})
    checked = 0
    for path, ready, charts in (("", "重点指标", 1), ("timeline", "事件列表", 1),
                                ("indicators", "选中一行即可打开原文", 2),
                                ("series", "观测值与原文", 1)):
        open_page(page, f"{wide}/{path}", ready)
        plots = page.locator(".js-plotly-plot")
        plots.nth(charts - 1).locator(".main-svg").first.wait_for()
        for i in range(charts):
            plot = plots.nth(i)
            plot.scroll_into_view_if_needed()
            plot.hover()
            bar = plot.locator(".modebar")
            bar.wait_for()
            texts = plot.locator(".gtitle, .g-gtitle text, .annotation-text, .legend")
            bar_box = bar.bounding_box()
            for j in range(texts.count()):
                box = texts.nth(j).bounding_box()
                if box and bar_box:
                    assert not boxes_overlap(bar_box, box), (path, i, texts.nth(j).text_content())
            assert plot_layout(page, i)["showlegend"] is False
            checked += 1
    assert checked >= 5


# --------------------------------------------------------------------------- item 6


def open_focus_article(page, url: str) -> None:
    """The 指标 page filtered to 近万亿元; a click on its row opens the article there."""
    open_page(page, f"{url}/indicators?q={quote('近万亿')}", "共 1 条")
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row's selection box
    page.wait_for_url(lambda u: "/articles?" in u and "at=" in u)
    page.locator("#zb-focus").wait_for()


def test_a_click_on_a_claim_opens_its_article_at_that_sentence(page, wide):
    open_focus_article(page, wide)
    query = parse_qs(urlparse(page.url).query)
    assert query["art"] == ["wide-focus"] and query["q"] == ["近万亿"]
    focus = page.locator("#zb-focus")
    assert focus.inner_text() == "近万亿元"  # one highlight across the printed line break
    page.wait_for_timeout(1500)
    box = focus.bounding_box()
    assert 0 < box["y"] < 900  # scrolled into view
    sentence = "".join(page.locator(".zb-sentence").all_inner_texts())
    assert sentence == "国开行等金融机构将为新区提供近万亿元意向性融资支持。"


def test_the_reader_shows_paragraphs_and_highlights_every_listed_claim(page, wide):
    open_page(page, f"{wide}/articles?art=wide-focus&src=wide.txt", "指标（3）")
    reader = page.locator(".zb-article")
    reader.locator("p").nth(2).wait_for()
    paragraphs = reader.locator("p").all_inner_texts()
    assert paragraphs[0] == FOCUS_TITLE  # the headline stays a paragraph of its own
    assert paragraphs[1] == ("本报讯 区发展和改革局介绍，国开行等金融机构将为新区提供近万亿元"
                             "意向性融资支持。全区海洋企业达242家，新增12家。")
    assert paragraphs[2].startswith("1904年开通胶济铁路后，港口货物吞吐量")
    keys = set(reader.locator("mark.zb-claim").evaluate_all("ms => ms.map(m => m.dataset.key)"))
    assert len(keys) == 3


def test_a_card_source_opens_the_article_at_its_claim(page, wide):
    open_page(page, f"{wide}/", "重点指标")
    link = page.locator('[data-testid="stPageLink"] a').first
    link.click()
    page.wait_for_url(lambda u: "/articles?" in u and "at=" in u)
    at = parse_qs(urlparse(page.url).query)["at"][0]
    focus = page.locator("#zb-focus")
    focus.wait_for()
    assert focus.get_attribute("data-key") == at


# --------------------------------------------------------------------------- item 7


def test_the_claims_csv_holds_every_row_of_the_filter(page, wide, wide_store, tmp_path):
    total = store_value(wide_store, "SELECT count(*) FROM quantities")
    assert total > 500
    open_page(page, f"{wide}/indicators", "选中一行即可打开原文")
    page.get_by_text(f"共 {total} 条，显示最近的 500 条").wait_for()
    name, rows = download_rows(page, "下载 CSV", tmp_path)
    assert name == "指标_全部.csv"
    assert len(rows) - 1 == total
    header = rows[0]
    titles = {r[header.index("来源文章")] for r in rows[1:]}
    stored = {t for (t,) in open_for_reading(wide_store).execute(
        "SELECT DISTINCT title FROM articles").fetchall()}
    assert titles == stored  # whole titles, none cut
    assert not any(r[header.index("部门")].endswith("等") for r in rows[1:])
    # The file name says which filters made it.
    open_page(page, f"{wide}/indicators?topic=经济运行&from=2010-01-01", "选中一行即可打开原文")
    name, rows = download_rows(page, "下载 CSV", tmp_path)
    assert name == "指标_主题-经济运行_日期-2010-01-01至.csv"
    expected = store_value(wide_store, """SELECT count(*) FROM quantities
        WHERE list_contains(topics, '经济运行') AND article_date >= DATE '2010-01-01'""")
    assert len(rows) - 1 == expected > 500


# --------------------------------------------------------------------------- items 8 and 9


def test_no_english_on_the_way(page, wide):
    for path, ready in PAGES.values():
        open_page(page, f"{wide}/{path}", ready)
        assert visible_english(page_text(page)) == [], path
    open_page(page, f"{wide}/", "重点指标")
    # A multiselect opens on its options, and Enter picks the one typed.
    page.get_by_role("combobox", name="主题").click()
    listbox = page.get_by_role("listbox")
    listbox.wait_for()
    assert visible_english(listbox.inner_text()) == []
    page.keyboard.type("统计公报")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: "topic=" in url)
    assert parse_qs(urlparse(page.url).query)["topic"] == ["统计公报"]
    # The date picker speaks Chinese (a range picker would add "Date range / Past week").
    page.locator('[data-testid="stDateInput"]').first.click()
    page.locator('[role="application"]').first.wait_for()
    assert visible_english(page_text(page)) == []


def test_the_topic_mix_gives_articles_and_claims_their_own_scales(page, wide):
    open_page(page, f"{wide}/", "重点指标")
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    layout = plot_layout(page, 0)
    articles_max, claims_max = layout["x"][1], layout["x2"][1]
    # 经济运行 is in 36 articles; 统计公报 has 80 claims in two: each panel fits its own.
    assert 36 <= articles_max < 60
    assert claims_max > 500
    titles = page.locator(".js-plotly-plot").first.locator(".annotation-text").all_text_contents()
    assert titles == ["文章数", "指标数"]
