"""Ingest at scale: MB/s and peak memory for one process, 2 local workers and a
2-worker Dask LocalCluster, then the dashboard's queries on the store it built.

The corpus is synthetic but made of the sample page's own sentences: pages of
four to six articles (headline, byline, dateline, hard-wrapped paragraphs),
sentences shuffled, every number, year and date redrawn so no page repeats and
no cache helps. Sentences that carry a quantitative claim (found by running
the extractors on the sample) make up most of each article, so a 200 MB corpus
gives the million claims the query targets are stated for.

Each ingest runs as its own ``python -m extractors ingest`` process; memory is
sampled from it and its worker processes (and the cluster's workers) every
0.2 s, and reported per quarter of the run so growth would show: the ingest
process's RSS, and the sum over all its processes of their PSS (shared pages
split between the processes sharing them, so workers forked from one warm
parent are not counted as if each held a copy).

    .venv/bin/python benchmarks/ingest_scale.py            # 200 MB, all three modes (long)
    .venv/bin/python benchmarks/ingest_scale.py --mb 5     # a quick run
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract, store  # noqa: E402
from extractors.text import normalize, sentence_bounds  # noqa: E402

SAMPLE = ROOT / "seeds" / "000_b7e6b95fe385097e.txt"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "文明华建国平海燕晓东丽娜伟强志刚秀英博涛磊洋静敏"
WRAP = 16  # characters per line, as in the sample's PDF copy
RICH_SHARE = 0.9


# ---------------------------------------------------------------- the corpus


def sample_sentences() -> tuple[list[str], list[str]]:
    """The sample's sentences: those carrying a claim, and the rest."""
    text = SAMPLE.read_text(encoding="utf-8")
    ex = extract(text, pubdate="2024-09-10", source=SAMPLE.name)
    rich = {q.sentence.strip() for q in ex.quantities if q.sentence.strip()}
    norm = normalize(text).text
    plain = []
    for a, b in sentence_bounds(norm):
        s = norm[a:b].strip().replace("\n", "")
        if len(s) >= 8 and s not in rich and not re.search(r"记者|本报|讯|通讯员|□", s):
            plain.append(s)
    return sorted(rich), sorted(set(plain))


_YEAR = re.compile(r"20\d\d(?=年)")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def vary(sentence: str, rng: random.Random) -> str:
    """The same sentence with every year, date and number redrawn."""
    s = _YEAR.sub(lambda m: str(rng.randint(2015, 2025)), sentence)
    s = _MONTH_DAY.sub(lambda m: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", s)

    def number(m: re.Match[str]) -> str:
        whole, _, frac = m.group().partition(".")
        n = str(rng.randint(10 ** (len(whole) - 1) if len(whole) > 1 else 1, 10 ** len(whole) - 1))
        return n + ("." + "".join(str(rng.randint(0, 9)) for _ in frac) if frac else "")

    return _NUMBER.sub(number, s)


def wrap(paragraph: str) -> str:
    return "\n".join(paragraph[i:i + WRAP] for i in range(0, len(paragraph), WRAP))


def page(rng: random.Random, day: date, rich: list[str], plain: list[str]) -> str:
    articles = []
    for _ in range(rng.randint(4, 6)):
        head = re.sub(r"[，。；：！？、“”]", "", rng.choice(plain))[: rng.randint(8, 20)]
        reporter = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        news_day = day - timedelta(days=rng.randint(0, 1))
        sentences = [vary(rng.choice(rich if rng.random() < RICH_SHARE else plain), rng)
                     for _ in range(rng.randint(8, 16))]
        paragraphs, k = [], 0
        while k < len(sentences):
            n = rng.randint(2, 4)
            paragraphs.append("".join(sentences[k:k + n]))
            k += n
        paragraphs[0] = f"本报{news_day.month}月{news_day.day}日讯 " + paragraphs[0]
        body = "\n".join("　　" + wrap(p) for p in paragraphs)
        articles.append(f"{head}\n\n　　□记者 {reporter} 报道\n{body}\n")
    return "\n".join(articles)


def build_corpus(folder: Path, mb: float, seed: int = 7) -> tuple[int, int]:
    """Write pages under ``folder`` until ``mb`` MB; reuse an identical earlier corpus."""
    manifest = folder / "corpus.json"
    wanted = {"mb": mb, "seed": seed, "version": 2}
    if manifest.exists() and json.loads(manifest.read_text())["wanted"] == wanted:
        done = json.loads(manifest.read_text())
        return done["files"], done["bytes"]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rich, plain = sample_sentences()
    rng = random.Random(seed)
    day = date(2019, 1, 1)
    files = size = 0
    while size < mb * 1e6:
        day += timedelta(days=1)
        for section in range(1, rng.randint(2, 5)):
            data = page(rng, day, rich, plain).encode("utf-8")
            sub = folder / f"{day:%Y}"
            sub.mkdir(exist_ok=True)
            (sub / f"xhx_{day:%Y%m%d}_A{section:02d}.txt").write_bytes(data)
            files += 1
            size += len(data)
    manifest.write_text(json.dumps({"wanted": wanted, "files": files, "bytes": size}))
    return files, size


# ---------------------------------------------------------------- ingest runs


@dataclass
class Sampler:
    """Peak resident memory of a process tree (plus extra processes), sampled."""

    pid: int
    extra: list[int] = field(default_factory=list)
    cpu_only: list[int] = field(default_factory=list)  # counted for CPU, not memory
    samples: list[tuple[float, int, int]] = field(default_factory=list)  # (t, main, total)
    cpu: dict[int, float] = field(default_factory=dict)  # pid → CPU seconds, last seen

    def __post_init__(self) -> None:
        self._cpu_before = {pid: self._cpu(pid) for pid in self.extra + self.cpu_only}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _pss(self, pid: int) -> int:
        """Proportional set size: pages a worker shares with the fork server it
        came from count once in the sum, not once per process as RSS would."""
        try:
            return psutil.Process(pid).memory_full_info().pss
        except (psutil.Error, AttributeError):
            return 0

    def _cpu(self, pid: int) -> float:
        try:
            t = psutil.Process(pid).cpu_times()
            return t.user + t.system
        except psutil.Error:
            return self.cpu.get(pid, 0.0)

    def _run(self) -> None:
        start = time.monotonic()
        tick = 0
        total = 0
        while not self._stop.is_set():
            try:
                proc = psutil.Process(self.pid)
                main = proc.memory_info().rss
                kids = [c.pid for c in proc.children(recursive=True)]
            except psutil.Error:
                break
            # PSS costs the kernel a page-table walk (5-10 ms a process): once a
            # second, so the sampling does not slow the very runs it measures.
            if tick % 5 == 0:
                total = sum(self._pss(p) for p in [self.pid, *kids, *self.extra])
            tick += 1
            self.samples.append((time.monotonic() - start, main, total))
            for pid in [self.pid, *kids, *self.extra, *self.cpu_only]:
                self.cpu[pid] = self._cpu(pid)
            self._stop.wait(0.2)

    def cpu_seconds(self) -> float:
        """CPU time of the ingest, its workers and the extra processes during the run."""
        return sum(v - self._cpu_before.get(pid, 0.0) for pid, v in self.cpu.items())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def quarters(self, column: int) -> list[int]:
        if not self.samples:
            return [0, 0, 0, 0]
        end = self.samples[-1][0] or 1
        return [max((s[column] for s in self.samples if q * end / 4 <= s[0] <= (q + 1) * end / 4),
                    default=0) for q in range(4)]


def run_ingest(corpus: Path, db: Path, extra: list[str], extra_pids: list[int],
               cpu_only: list[int] | None = None) -> dict[str, Any]:
    for path in (db, store.work_dir(db)):
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "extractors", "ingest", str(corpus), "--db", str(db),
                             *extra], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(proc.pid, extra_pids, cpu_only or [])
    out, err = proc.communicate()
    seconds = time.monotonic() - started
    sampler.stop()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{err[-2000:]}")
    return {"seconds": seconds, "summary": out.strip(), "cpu": sampler.cpu_seconds(),
            "main_quarters": sampler.quarters(1), "total_quarters": sampler.quarters(2)}


# ---------------------------------------------------------------- queries


def query_calls(con: Any) -> list[tuple[str, Callable[[], Any]]]:
    """Every query of dashboard/queries.py, unfiltered and with a typical filter
    (a topic and a year); a representative set of filtered aggregations when
    the dashboard module is missing."""
    try:
        from dashboard import queries as q
    except ImportError:
        return fallback_calls(con)
    plain = q.Filters()
    options = q.filter_options(con)
    year = options.date_max.year if options.date_max else 2024
    typical = q.Filters(topics=options.topics[:1], date_from=date(year, 1, 1), date_to=date(year, 12, 31))
    keyword = q.Filters(keyword="企业")
    head = q.headline_series(con, plain)
    series = tuple(q.Series(*row) for row in head[
        ["what", "area", "measure", "unit", "period_kind", "target"]].itertuples(index=False))
    what = series[0].what if series else ""
    article_id, source = con.execute("SELECT id, source FROM articles ORDER BY random() LIMIT 1").fetchall()[0]
    sources = [r[0] for r in con.execute("SELECT source FROM sources LIMIT 10").fetchall()]
    calls: list[tuple[str, Callable[[], Any]]] = [("filter_options", lambda: q.filter_options(con))]
    for label, f in (("", plain), (" [topic+year]", typical), (" [keyword]", keyword)):
        calls += [
            ("totals" + label, lambda f=f: q.totals(con, f)),
            ("headline_series" + label, lambda f=f: q.headline_series(con, f)),
            ("series_statements" + label, lambda f=f: q.series_statements(con, f, series)),
            ("topic_mix" + label, lambda f=f: q.topic_mix(con, f)),
            ("claims_by topic" + label, lambda f=f: q.claims_by(con, f, "topic")),
            ("claims_by department" + label, lambda f=f: q.claims_by(con, f, "department")),
            ("claims" + label, lambda f=f: q.claims(con, f)),
            ("indicator_choices" + label, lambda f=f: q.indicator_choices(con, f)),
            ("indicator_coverage" + label, lambda f=f: q.indicator_coverage(con, f, what)),
            ("events" + label, lambda f=f: q.events(con, f)),
            ("undated_events" + label, lambda f=f: q.undated_events(con, f)),
            ("articles" + label, lambda f=f: q.articles(con, f)),
        ]
    calls += [
        ("article", lambda: q.article(con, article_id, source)),
        ("article_claims", lambda: q.article_claims(con, article_id, source)),
        ("article_dates", lambda: q.article_dates(con, article_id, source)),
        ("generation", lambda: q.generation(con)),
        ("articles_of_sources", lambda: q.articles_of_sources(con, sources)),
    ]
    wanted = {name for name in dir(q) if not name.startswith("_") and callable(getattr(q, name))}
    return [(name, call) for name, call in calls if name.split(" ")[0] in wanted]


def fallback_calls(con: Any) -> list[tuple[str, Callable[[], Any]]]:
    def sql(text: str, params: dict[str, Any] | None = None) -> Callable[[], Any]:
        return lambda: con.execute(text, params or {}).fetchall()

    return [
        ("claims per topic", sql("SELECT t, count(*) FROM (SELECT unnest(topics) t FROM quantities) GROUP BY t")),
        ("claims per unit kind in a year", sql(
            "SELECT unit_kind, count(*), sum(value) FROM quantities WHERE article_date BETWEEN $a AND $b GROUP BY 1",
            {"a": date(2020, 1, 1), "b": date(2020, 12, 31)})),
        ("keyword claims", sql("SELECT * FROM quantities WHERE contains(sentence, $k) LIMIT 5000", {"k": "企业"})),
        ("events per month", sql("SELECT date_trunc('month', date_start), count(*) FROM events GROUP BY 1")),
    ]


def bench_queries(db: Path, runs: int) -> list[tuple[str, float]]:
    con = store.open_for_reading(db)
    results = []
    for name, call in query_calls(con):
        call()  # warm: the first run reads the blocks from disk
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            call()
            times.append(time.perf_counter() - t)
        results.append((name, statistics.median(times) * 1000))
    con.close()
    return results


# ---------------------------------------------------------------- main


def mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=200, help="corpus size (default 200)")
    parser.add_argument("--work", type=Path, default=ROOT / "artifacts" / "ingest_scale")
    parser.add_argument("--runs", type=int, default=20, help="runs of each query (median)")
    parser.add_argument("--modes", default="one,two,cluster", help="which ingest modes to run")
    args = parser.parse_args()
    modes = args.modes.split(",")
    load_start = os.getloadavg()

    t = time.monotonic()
    files, size = build_corpus(args.work / "corpus", args.mb)
    print(f"corpus: {files} files, {size / 1e6:.1f} MB (built in {time.monotonic() - t:.0f} s)", flush=True)

    results: dict[str, dict[str, Any]] = {}
    one_db = args.work / "one.duckdb"
    if "one" in modes:
        results["1 process"] = run_ingest(args.work / "corpus", one_db, [], [])
        print("1 process done", flush=True)
    if "two" in modes:
        results["2 local workers"] = run_ingest(args.work / "corpus", args.work / "two.duckdb",
                                                ["--workers", "2"], [])
        print("2 local workers done", flush=True)
    if "cluster" in modes:
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster:
            worker_pids = [c.pid for c in psutil.Process().children(recursive=True)]
            # The scheduler runs in this process: its CPU counts, its memory (this
            # script's, with the corpus builder's extractors) does not.
            results["2-worker LocalCluster"] = run_ingest(
                args.work / "corpus", args.work / "cluster.duckdb",
                ["--scheduler", cluster.scheduler_address], worker_pids, [os.getpid()])
        print("LocalCluster done", flush=True)

    print(f"\n== ingest of {size / 1e6:.1f} MB ({files} files); 2 cores shared with other jobs")
    print(f"load average at start {load_start[0]:.1f}, at end {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores (other jobs share them: compare CPU seconds, not only wall time)")
    print(f"{'mode':<24}{'seconds':>9}{'MB/s':>8}{'speed-up':>10}{'CPU s':>8}{'CPU/1p':>8}   "
          "peak RSS of the ingest process / PSS of all its processes, by quarter of the run")
    base = results.get("1 process", {})
    for name, r in results.items():
        speed = f"{base['seconds'] / r['seconds']:.2f}x" if base else "—"
        cpu_ratio = f"{r['cpu'] / base['cpu']:.2f}" if base else "—"
        quarters = " ".join(f"{q / 1e6:.0f}" for q in r["main_quarters"])
        totals = " ".join(f"{q / 1e6:.0f}" for q in r["total_quarters"])
        print(f"{name:<24}{r['seconds']:>9.1f}{size / 1e6 / r['seconds']:>8.2f}{speed:>10}"
              f"{r['cpu']:>8.0f}{cpu_ratio:>8}   "
              f"{max(r['main_quarters']) / 1e6:.0f} MB [{quarters}] / {max(r['total_quarters']) / 1e6:.0f} MB [{totals}]")
        print(f"{'':<24}{r['summary']}")

    db = one_db if one_db.exists() else next(args.work.glob("*.duckdb"))
    con = store.open_for_reading(db)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
              for t in ("sources", "articles", "quantities", "events", "organizations", "people")}
    con.close()
    print(f"\n== store {db.name}: {db.stat().st_size / 1e6:.0f} MB; " +
          ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    print(f"{'query':<44}{'median ms':>10}  (of {args.runs} runs)")
    for name, ms in bench_queries(db, args.runs):
        flag = "" if ms <= 200 else "  > 200 ms"
        print(f"{name:<44}{ms:>10.1f}{flag}")


if __name__ == "__main__":
    main()
