"""Throughput and peak memory of the full extraction, beside plain ``jieba.lcut``.

Two corpora of at least ``--mb`` megabytes each:

- ``sample``: the sample page's lines, shuffled (so no page repeats and no cache
  helps), cut into page-sized chunks;
- ``dev``: the real-style development pages as they are (statistical bulletins,
  work reports, district news: tests/gold/*/ and seeds/), whole, cycled until the
  size is reached, each copy numbered so no two pages are the same text.

Each measurement runs in a fresh process; the figures are medians over
``--repeats`` runs, and the ratio is computed from the medians. Full extraction
includes every record type and the observation fields.

    .venv/bin/python benchmarks/extract_throughput.py [--mb 5] [--repeats 3] [--corpus sample|dev|both]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from anywhere, before or without an install
SEEDS = ROOT / "seeds"
PAGE_LINES = 160  # about one newspaper page of hard-wrapped text


#: Every folder of annotated pages (heldout, eval3, eval4, …: statistical bulletins, work
#: reports, releases, district news: about 400 pages) and the sample corpus.
DEV_FOLDERS = [*sorted(p for p in (ROOT / "tests" / "gold").iterdir() if p.is_dir() and any(p.glob("*.txt"))),
               SEEDS]


def build_corpus(megabytes: float, kind: str = "sample", seed: int = 7) -> list[str]:
    return build_dev_corpus(megabytes) if kind == "dev" else build_sample_corpus(megabytes, seed)


def build_dev_corpus(megabytes: float) -> list[str]:
    """The development pages, whole, numbered copies until the corpus reaches ``megabytes``."""
    texts = [p.read_text(encoding="utf-8") for folder in DEV_FOLDERS if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    pages: list[str] = []
    size, target = 0, megabytes * 1e6
    while size < target:
        for text in texts:
            page = f"第{len(pages) + 1}期\n{text}"
            pages.append(page)
            size += len(page.encode("utf-8"))
            if size >= target:
                break
    return pages


def build_sample_corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Pages made of the sample's lines, shuffled, until the corpus reaches ``megabytes``."""
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    rng = random.Random(seed)
    pages: list[str] = []
    size = 0
    target = megabytes * 1e6
    while size < target:
        rng.shuffle(lines)
        for start in range(0, len(lines), PAGE_LINES):
            page = "\n".join(lines[start:start + PAGE_LINES])
            pages.append(page)
            size += len(page.encode("utf-8"))
            if size >= target:
                break
    return pages


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1e6


def _run(method: str, megabytes: float, kind: str, queue: mp.Queue) -> None:
    pages = build_corpus(megabytes, kind)
    if method == "jieba":
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        work = jieba.lcut
    else:
        from extractors import extract

        extract(pages[0])  # warm up: word lists, compiled patterns, lazy jieba

        def work(page: str) -> object:
            return extract(page, pubdate="2024-09-10")
    before = _rss_mb()
    sampler = _PeakSampler()
    sampler.start()
    start = time.perf_counter()
    for page in pages:
        work(page)
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    # ru_maxrss covers the whole process (corpus building too); the sampler the run itself.
    peak = max(sampler.peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3)
    during = sampler.peak
    size = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    queue.put({"seconds": seconds, "mb": size, "peak_mb": peak, "run_peak_mb": during,
               "extra_mb": max(0.0, during - before)})


class _PeakSampler(threading.Thread):
    """Samples the process's RSS every 20 ms while the measured loop runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.peak = 0.0

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.peak = max(self.peak, _rss_mb())


def measure(method: str, megabytes: float, kind: str = "sample") -> dict[str, float]:
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(method, megabytes, kind, queue))
    proc.start()
    while True:
        try:
            result = queue.get(timeout=5)
            break
        except Exception:  # queue.Empty: is the child still alive?
            if not proc.is_alive():
                raise RuntimeError(f"{method} run failed (exit code {proc.exitcode})") from None
    proc.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per method (default 3)")
    parser.add_argument("--corpus", choices=("sample", "dev", "both"), default="both",
                        help="which corpus (default both)")
    args = parser.parse_args(argv)
    for kind in ("sample", "dev") if args.corpus == "both" else (args.corpus,):
        report(kind, args.mb, args.repeats)
    return 0


def report(kind: str, megabytes: float, repeats: int) -> float:
    corpus_mb = sum(len(p.encode("utf-8")) for p in build_corpus(megabytes, kind)) / 1e6
    what = (f"pages of {PAGE_LINES} shuffled lines of the sample" if kind == "sample"
            else "the real-style development pages, whole")
    print(f"corpus {kind}: {corpus_mb:.2f} MB in {what}; {repeats} runs each, alternating, "
          f"each in a fresh process")
    runs: dict[str, list[dict[str, float]]] = {"extract": [], "jieba": []}
    for _ in range(repeats):
        for method in runs:  # alternate so machine noise hits both alike
            runs[method].append(measure(method, megabytes, kind))
    medians = {}
    for method, results in runs.items():
        rate = statistics.median(r["mb"] / r["seconds"] for r in results)
        peak = statistics.median(r["run_peak_mb"] for r in results)
        extra = statistics.median(r["extra_mb"] for r in results)
        medians[method] = rate
        label = "full extraction (extractors.extract)" if method == "extract" else "baseline jieba.lcut"
        print(f"  {label:<38} {rate:7.2f} MB/s   peak RSS while running {peak:7.1f} MB "
              f"(+{extra:.1f} MB over the loaded process)")
    ratio = medians["extract"] / medians["jieba"]
    print(f"  speed ratio extract / jieba.lcut on {kind}: {ratio:.2f}x (target >= 1.3x)")
    return ratio


if __name__ == "__main__":
    sys.exit(main())
