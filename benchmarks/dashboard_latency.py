"""Dashboard latency on a store of ≥ 1M claims.

Builds the store once (or reuses ``--db``): the sample page goes through the
real ingest, then DuckDB multiplies its records by bulk ``INSERT … SELECT``
into N copies spread over ten years — values scaled per copy, three in four
subjects given one of 500 variants (as if from other districts and firms), day
dates shifted by days, month and year dates by whole months and years so their
granularity stays honest. A claim's period moves by the copy's whole years,
and each copy is one of ``AREA_VARIANTS`` places of its article's area (as if
from other districts of the same city), so the store holds many areas'
series of several years, and a few observations stated twice. Only the
tables the dashboard reads are multiplied (articles, quantities, events,
sources).

Then it measures, with ``streamlit.testing.v1.AppTest``:

* cold start: a fresh Python process, from launch to the overview's first
  render (imports, store open, first queries with empty caches), median of
  ``--cold-runs``;
* per page, the rerun after a filter change (median of ``--runs``): each run
  sets a department and a date range never used before, so every query misses
  the cache; and 指标走势 once more with a 地区 (a district or zone not chosen
  before) as the change;

and, with ``--browser``, the cold start of a real ``streamlit run`` until
Chromium shows the first metric card.

    .venv/bin/python benchmarks/dashboard_latency.py [--claims 1000000] [--db PATH] [--browser]

Targets: ≤ 0.5 s per filtered rerun, ≤ 5 s cold start.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from extractors import store  # noqa: E402
from extractors.ingest import SEEDS, ingest_paths  # noqa: E402

APP = PROJECT / "dashboard" / "app.py"
PAGES = ["views/overview.py", "views/series.py", "views/timeline.py", "views/articles.py",
         "views/indicators.py"]
RERUN_TARGET, COLD_TARGET = 0.5, 5.0
#: The page timed again with the 地区 filter as the change (the indicator page).
AREA_PAGE = "views/series.py"
AREA_VARIANTS = 200

# The place of copy r: its article's own area in one copy in AREA_VARIANTS,
# else a sibling of it in the same city and province.
_AREA = "CASE WHEN (r.i // 10) % {n} = 0 THEN {x} ELSE {x} || '·' || ((r.i // 10) % {n}) END"
# An ISO period (2024, 2024-01/2024-06, 2024-09-09) moved back the copy's k years.
_PERIOD = ("array_to_string(list_transform(string_split({x}, '/'), "
           "lambda p: (left(p, 4)::INT - r.k)::VARCHAR || substr(p, 5)), '/')")

# A date x of copy r moved back k years and d days (k, d derived from r).
_DAY = "(CAST({x} AS DATE) - to_years(r.k) - to_days(r.d))::DATE"
_MONTH = "(CAST({x} AS DATE) - to_years(r.k) - to_months(r.d // 31))::DATE"
_YEAR = "(CAST({x} AS DATE) - to_years(r.k))::DATE"


def _shift(x: str, granularity: str = "granularity") -> str:
    """Move a date by the copy's offset at the coarseness its granularity allows."""
    return (f"CASE WHEN {granularity} = 'month' THEN {_MONTH.format(x=x)} "
            f"WHEN {granularity} IN ('year', 'period') THEN {_YEAR.format(x=x)} "
            f"ELSE {_DAY.format(x=x)} END")


def build_store(db: Path, claims: int) -> dict[str, float]:
    """The sample through the real ingest, then multiplied to ``claims`` claims."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.duckdb"
        ingest_paths([SEEDS], base, pubdate="2024-09-10")
        con = store.connect(db)
        try:
            con.execute("ATTACH ? AS base (READ_ONLY)", [str(base)])
            per_copy = con.execute("SELECT count(*) FROM base.quantities").fetchone()[0]
            if per_copy == 0:
                raise SystemExit("the sample page yields no claims: nothing to multiply")
            copies = math.ceil(claims / per_copy)
            con.execute("""CREATE TEMP TABLE r AS
                SELECT range AS i, (range % 10)::INT AS k, ((range // 10) % 365)::INT AS d
                FROM range(?)""", [copies])
            con.execute("BEGIN TRANSACTION")
            con.execute("""INSERT INTO sources (source, content_hash, size_bytes, pubdate, n_articles)
                SELECT s.source || '#' || r.i, s.content_hash || r.i, s.size_bytes, s.pubdate,
                       s.n_articles FROM base.sources s, r""")
            con.execute(f"""INSERT INTO articles BY NAME
                SELECT a.* REPLACE (
                    a.id || '-' || r.i AS id, a.source || '#' || r.i AS source,
                    {_DAY.format(x="coalesce(a.date, DATE '2024-09-09')")} AS date,
                    {_AREA.format(x="a.area", n=AREA_VARIANTS)} AS area)
                FROM base.articles a, r""")
            subject = ("CASE WHEN r.i % 4 = 0 OR coalesce(q.subject, '') = '' THEN q.subject "
                       "ELSE q.subject || '·' || (hash(r.i, q.start) % 500) END")
            scale = "(0.6 + 0.8 * ((hash(r.i, q.start, 1) % 1000) / 1000.0))"
            con.execute(f"""INSERT INTO quantities BY NAME
                SELECT q.* REPLACE (
                    q.article_id || '-' || r.i AS article_id, q.source || '#' || r.i AS source,
                    round(q.value * {scale}, CASE WHEN q.value >= 100 THEN 0 ELSE 1 END) AS value,
                    {subject} AS subject,
                    {_DAY.format(x="coalesce(q.article_date, DATE '2024-09-09')")} AS article_date,
                    {_AREA.format(x="q.area", n=AREA_VARIANTS)} AS area,
                    {_PERIOD.format(x="q.period")} AS period,
                    (q.period_start - to_years(r.k))::DATE AS period_start,
                    (q.period_end - to_years(r.k))::DATE AS period_end)
                FROM base.quantities q, r""")
            con.execute(f"""INSERT INTO events BY NAME
                WITH moved AS (
                    SELECT e.*, r.i AS copy, {_shift("e.date_start")} AS ds,
                           {_shift("e.date_end")} AS de_raw,
                           {_DAY.format(x="coalesce(e.article_date, DATE '2024-09-09')")} AS ad
                    FROM base.events e, r)
                SELECT moved.* EXCLUDE (copy, ds, de_raw, ad) REPLACE (
                    article_id || '-' || copy AS article_id, source || '#' || copy AS source,
                    ds AS date_start,
                    CASE WHEN granularity = 'month' THEN last_day(ds) ELSE de_raw END AS date_end,
                    CASE WHEN iso IS NULL THEN NULL
                         WHEN granularity = 'day' THEN strftime(ds, '%Y-%m-%d')
                         WHEN granularity = 'month' THEN strftime(ds, '%Y-%m')
                         WHEN ds = de_raw THEN strftime(ds, '%Y-%m-%d')
                         WHEN granularity IN ('year', 'period') AND NOT contains(iso, '/')
                              THEN strftime(ds, '%Y')
                         ELSE strftime(ds, '%Y-%m-%d') || '/' || strftime(de_raw, '%Y-%m-%d') END AS iso,
                    ad AS article_date)
                FROM moved""")
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("articles", "quantities", "events")}
        finally:
            con.close()
    return {**counts, "copies": copies, "seconds": time.perf_counter() - started,
            "mb": db.stat().st_size / 1e6}


COLD_SCRIPT = """
import sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=120).run()
assert not at.exception, [e.value for e in at.exception]
assert any(m.label == "指标" for m in at.metric)
print(time.time())
"""


def cold_start(db: Path) -> float:
    """Seconds from launching a fresh Python to the overview's first render."""
    env = {**os.environ, "ZHIBIAO_DB": str(db)}
    started = time.time()
    out = subprocess.run([sys.executable, "-c", COLD_SCRIPT, str(APP)], env=env, cwd=PROJECT,
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1]) - started


def browser_cold_start(db: Path) -> float | None:
    """Seconds from ``streamlit run`` to the first metric card in Chromium."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM_ARGS, free_port

    port = free_port()
    env = {**os.environ, "ZHIBIAO_DB": str(db)}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        page = browser.new_page()
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1"],
            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    page.goto(f"http://127.0.0.1:{port}/", timeout=1000)
                    break
                except Exception:  # noqa: BLE001 — not listening yet
                    if time.perf_counter() - started > 120:
                        raise
                    time.sleep(0.1)
            page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=120_000)
            return time.perf_counter() - started
        finally:
            proc.terminate()
            proc.wait()
            browser.close()


def reruns(db: Path, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """Per page: wall and CPU seconds of the reruns after a filter change no earlier
    run has seen. CPU time (all threads of this process) shows the work done
    when other processes share the cores and stretch the wall time."""
    from streamlit.testing.v1 import AppTest

    from dashboard import queries

    os.environ["ZHIBIAO_DB"] = str(db)
    con = store.open_for_reading(db)
    options = queries.filter_options(con)
    con.close()
    departments = list(options.departments) or [None]
    lo = options.date_min or date(2015, 1, 1)
    results: dict[str, tuple[list[float], list[float]]] = {}
    step = 0
    for page in PAGES:
        at = AppTest.from_file(str(APP), default_timeout=120).run()
        at.switch_page(page).run()
        times, cpu = [], []
        for _ in range(runs):
            step += 1
            department = departments[step % len(departments)]
            at.multiselect(key="dept").set_value([department] if department else [])
            at.date_input(key="from").set_value(lo + timedelta(days=7 * step))
            started, cpu_started = time.perf_counter(), time.process_time()
            at.run()
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            assert not at.exception, [e.value for e in at.exception]
        results[page] = (times, cpu)
    # The indicator page once more, the change now the 地区 filter: each run a
    # place (a district or zone of the tree) no earlier run chose.
    places = [node for node in options.areas if node.level == "area"]
    if places:
        at = AppTest.from_file(str(APP), default_timeout=120).run()
        at.switch_page(AREA_PAGE).run()
        times, cpu = [], []
        for i in range(runs):
            at.multiselect(key="area").set_value([places[(i * 7) % len(places)]])
            started, cpu_started = time.perf_counter(), time.process_time()
            at.run()
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            assert not at.exception, [e.value for e in at.exception]
        results[f"{AREA_PAGE} [地区]"] = (times, cpu)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse (or build) the store here")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also time a real server in Chromium")
    args = parser.parse_args(argv)

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "latency.duckdb"
    try:
        if not args.db.exists():
            built = build_store(args.db, args.claims)
            print(f"store: {built['quantities']:,} claims, {built['events']:,} events, "
                  f"{built['articles']:,} articles ({built['copies']:,} copies of the sample), "
                  f"{built['mb']:,.0f} MB, built in {built['seconds']:.1f} s")
        colds = [cold_start(args.db) for _ in range(args.cold_runs)]
        cold = statistics.median(colds)
        print(f"cold start to first render (fresh process, AppTest), median of {len(colds)}: "
              f"{cold:.2f} s, min {min(colds):.2f} s (target ≤ {COLD_TARGET:.0f} s)")
        if args.browser:
            seconds = browser_cold_start(args.db)
            if seconds is not None:
                print(f"cold start to first metric (streamlit run + Chromium): {seconds:.2f} s")
        print(f"rerun after a filter change, median of {args.runs} (target ≤ {RERUN_TARGET} s):")
        ok = cold <= COLD_TARGET
        for page, (times, cpu) in reruns(args.db, args.runs).items():
            median = statistics.median(times)
            ok &= median <= RERUN_TARGET
            print(f"  {page:<28} median {median:.3f} s   max {max(times):.3f} s   "
                  f"CPU median {statistics.median(cpu):.3f} s")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print("targets met" if ok else "targets NOT met")
        return 0 if ok else 1
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
