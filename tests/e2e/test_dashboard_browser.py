"""The dashboard in a real headless Chromium against a real ``streamlit run``.

The server runs on the hand-made store of tests/dashboard/stores.py (three
articles, seven claims, six dates). The tests run in file order and share the
server; the upload test adds the sample page, so it runs last.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.dashboard.stores import SAMPLE

pytestmark = pytest.mark.e2e


def open_overview(page, server: str, query: str = "") -> None:
    page.goto(f"{server}/{query}")
    page.get_by_text("重点指标").wait_for()
    page.locator('[data-testid="stMetric"]').first.wait_for()


def metric(page, label: str) -> str:
    card = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=label)).first
    return card.locator('[data-testid="stMetricValue"]').inner_text().strip()


def test_overview_screenshot(page, server, artifacts: Path):
    page.set_viewport_size({"width": 1440, "height": 1400})
    open_overview(page, server)
    page.wait_for_timeout(1500)  # let the sparkline and the chart draw
    assert metric(page, "年办件量") == "3万余件"
    assert metric(page, "投入") == "近万亿元"
    shot = artifacts / "overview.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_a_department_filter_goes_into_the_url(page, server):
    open_overview(page, server)
    assert metric(page, "文章") == "3"
    page.get_by_role("combobox", name="部门/机构").click()
    page.get_by_role("option", name="区金融局", exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: "dept=" in url)
    assert parse_qs(urlparse(page.url).query)["dept"] == ["区金融局"]
    page.get_by_text("当前筛选：部门=区金融局").wait_for()
    assert metric(page, "文章") == "1"
    assert metric(page, "指标") == "3"
    # The link alone reproduces the view.
    page.goto(page.url)
    page.get_by_text("当前筛选：部门=区金融局").wait_for()
    assert metric(page, "文章") == "1"
    # Another page keeps the filter, in its URL and in what it shows.
    page.get_by_role("link", name="指标", exact=True).click()
    page.wait_for_url(lambda url: "/indicators?" in url)
    assert parse_qs(urlparse(page.url).query)["dept"] == ["区金融局"]
    page.get_by_text("共 3 条。").wait_for()


def test_a_chart_csv_downloads_its_rows_in_chinese(page, server, tmp_path: Path):
    open_overview(page, server, "?topic=金融&topic=教育")
    with page.expect_download() as download:
        page.get_by_role("button", name="下载 CSV").first.click()
    saved = tmp_path / "topic_mix.csv"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "概览-主题构成_主题-金融-教育.csv"
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [["主题", "文章数", "指标数"], ["金融", "1", "3"], ["教育", "1", "2"]]


def test_clicking_a_timeline_point_filters_the_list(page, server):
    page.goto(f"{server}/timeline")
    page.get_by_text("事件列表（6 条）").wait_for()
    points = page.locator(".js-plotly-plot .scatterlayer .trace .points path")
    points.first.wait_for()
    box = points.first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x - 20, y - 20)
    page.mouse.move(x, y, steps=5)
    page.mouse.click(x, y)
    page.get_by_text("事件列表（已选 1 条）").wait_for()


def test_an_upload_appears_as_articles(page, server, tmp_path: Path):
    upload = tmp_path / "西海岸新区报.txt"
    shutil.copy(SAMPLE, upload)
    page.goto(f"{server}/upload")
    page.get_by_text("选择或拖入文件").wait_for()
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files([str(upload)])
    page.get_by_role("button", name="导入 1 个文件").click()
    page.get_by_text("西海岸新区报.txt：已导入").wait_for(timeout=120_000)
    page.get_by_text("共导入 1 个文件、5 篇文章").wait_for()
    # The grid draws on a canvas; its cells are in the DOM for screen readers.
    cells = page.locator('[data-testid="stDataFrame"] [role=gridcell]')
    cells.first.wait_for(state="attached")
    assert "区第三届人大常委会第三十一次主任会议召开" in cells.all_inner_texts()
    # The articles page shows it too, without a restart.
    page.goto(f"{server}/articles")
    page.get_by_text("共 8 篇").wait_for()


def _choose(page, server: str, files: list[Path]) -> None:
    """The upload page with ``files`` chosen (sent to the server), not yet imported."""
    page.goto(f"{server}/upload")
    page.get_by_text("选择或拖入文件").wait_for()
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(
        [str(f) for f in files])
    page.get_by_role("button", name=f"导入 {len(files)} 个文件").wait_for()


def _upload(page, server: str, files: list[Path]) -> None:
    _choose(page, server, files)
    page.get_by_role("button", name=f"导入 {len(files)} 个文件").click()


def test_two_uploads_whose_names_clean_alike_are_both_imported(page, server, tmp_path: Path):
    """同名?.txt and 同名*.txt both clean to 同名_.txt: neither may overwrite the other."""
    one, two = tmp_path / "a" / "同名?.txt", tmp_path / "b" / "同名*.txt"
    for path, day in ((one, 3), (two, 4)):
        path.parent.mkdir()
        path.write_text(f"本报6月{day}讯 今天，临港区新建学校{day}所，新增学位{day}00个。\n", encoding="utf-8")
    _upload(page, server, [one, two])
    page.get_by_text("同名?.txt：已导入").wait_for(timeout=120_000)
    page.get_by_text("同名*.txt：已导入").wait_for()
    page.get_by_text("共导入 2 个文件").wait_for()


def test_a_docx_bomb_is_refused_quickly_and_the_server_stays_up(page, server, tmp_path: Path):
    import time
    import urllib.request

    from tests.extractors.test_readers import _zip_bomb

    bomb = tmp_path / "炸弹.docx"
    bomb.write_bytes(_zip_bomb(500))          # 500 MB of XML in about half a megabyte
    _choose(page, server, [bomb])
    started = time.monotonic()            # from the click on 导入, as a user counts
    page.get_by_role("button", name="导入 1 个文件").click()
    page.get_by_text("炸弹.docx：.docx 解压后内容过大").wait_for(timeout=30_000)
    assert time.monotonic() - started < 10
    with urllib.request.urlopen(f"{server}/_stcore/health", timeout=5) as response:
        assert response.status == 200
    page.goto(f"{server}/")
    page.get_by_text("重点指标").wait_for()


def test_an_upload_naming_no_place_takes_the_area_typed_for_it(page, server, e2e_store: Path,
                                                                tmp_path: Path):
    """A county's release says only 全县: the 地区 typed beside the upload places its figures."""
    release = tmp_path / "一季度快报.txt"
    release.write_text("一季度，全县实现地区生产总值56.82亿元，增长4.6%。\n", encoding="utf-8")
    _choose(page, server, [release])
    box = page.get_by_role("textbox", name="地区（可选）")
    box.fill("不是地名")
    box.press("Enter")
    page.get_by_text("未找到地区“不是地名”").wait_for()
    assert page.get_by_role("button", name="导入 1 个文件").is_disabled()
    box.fill("酉阳县")
    box.press("Enter")
    page.get_by_text("未找到地区").wait_for(state="detached")
    page.get_by_role("button", name="导入 1 个文件").click()
    page.get_by_text("一季度快报.txt：已导入").wait_for(timeout=120_000)
    from extractors import store

    con = store.open_for_reading(e2e_store)
    try:
        rows = con.execute("SELECT DISTINCT area, area_code FROM quantities WHERE source LIKE ?",
                           ["%一季度快报.txt"]).fetchall()
    finally:
        con.close()
    assert rows == [("酉阳县", "500242")]
