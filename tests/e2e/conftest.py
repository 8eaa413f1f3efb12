"""A real Streamlit server on a free loopback port and Debian's Chromium driven by
Playwright — never a browser Playwright downloaded itself.

Without Chromium (or Playwright) the browser tests skip; with ``$CI`` set they
fail instead, so CI can never pass by skipping them.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dashboard.stores import build_known_store

PROJECT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = PROJECT / "artifacts"
START_TIMEOUT = 90.0


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: browser tests must run)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} not healthy after {timeout:.0f} s")


@pytest.fixture(scope="module")
def e2e_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("e2e") / "data"
    folder.mkdir()
    return build_known_store(folder / "zhibiao.duckdb")


@contextlib.contextmanager
def streamlit_server(store: Path, log_dir: Path) -> Iterator[str]:
    """``streamlit run dashboard/app.py`` from the project root on ``store``; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (log_dir / "streamlit.log").open("w+")
    env = {**os.environ, "ZHIBIAO_DB": str(store)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
         "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.seek(0)
        output = log.read()
        log.close()
        if "Traceback" in output:
            print(output[-4000:], file=sys.stderr)


@pytest.fixture(scope="module")
def server(e2e_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on the hand-made store of tests/dashboard/stores.py."""
    with streamlit_server(e2e_store, tmp_path_factory.mktemp("e2e-log")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
        )
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser, tmp_path: Path) -> Iterator[object]:
    context = browser.new_context(
        viewport={"width": 1440, "height": 1000}, locale="zh-CN", accept_downloads=True,
    )
    context.set_default_timeout(30_000)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# --------------------------------------------------------------------------- page helpers


def open_page(page, url: str, ready: str, timeout: float | None = None) -> None:
    """Go to ``url`` and wait for the text ``ready`` (up to ``timeout`` ms, else the
    page's default), then a moment for charts and tables to finish drawing."""
    page.goto(url)
    page.get_by_text(ready).first.wait_for(timeout=timeout)
    page.wait_for_timeout(1000)


def traces(page) -> dict:
    """The traces and annotations of the page's first Plotly chart, as drawn."""
    page.locator(".js-plotly-plot .main-svg").first.wait_for()
    return page.evaluate("""() => {
        const el = document.querySelector('.js-plotly-plot');
        return {
            data: el.data.map(t => ({name: t.name, mode: t.mode,
                                     x: Array.from(t.x || []).map(String), y: Array.from(t.y || []),
                                     dash: t.line ? t.line.dash : null,
                                     symbol: t.marker ? t.marker.symbol : null})),
            notes: (el.layout.annotations || []).map(a => a.text),
            title: (el.querySelector('.gtitle') || {}).textContent || "",
            range: el._fullLayout.xaxis.range.map(String),
        };
    }""")


def grid_rows(page, nth: int = 0) -> list[list[str]]:
    """The rows of the page's ``nth`` table as its accessible cells give them (the
    grid draws on a canvas; the DOM holds the rows in view), header first."""
    grid = page.locator('[data-testid="stDataFrame"]').nth(nth)
    grid.locator("[role=row]").first.wait_for(state="attached")
    return [row.locator("[role=columnheader],[role=gridcell]").all_inner_texts()
            for row in grid.locator("[role=row]").all()]

