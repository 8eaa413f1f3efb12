"""Hostile files beside good ones: every case's outcome, time and peak memory.

Builds, in a temporary folder, 20 good pages and one file or path of each
hostile kind: empty, binary, GBK, UTF-16, a 300 MB file, 1 MB on one line with
and without punctuation, a .docx that unpacks to 500 MB of XML, a corrupt .docx,
a scanned PDF (no text layer), a symlink loop, a dangling symlink, an unreadable
folder, and names with spaces, a newline and a leading dash. Each case is then
ingested alone, by the real command line in a fresh process (the time and peak
memory are that process's own), then everything at once, then one more normal
ingest; the checks of issue 11 are printed at the end.

    .venv/bin/python benchmarks/hostile_ingest.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import codecs
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures import corpus, documents  # noqa: E402

LIMIT_SECONDS = 10.0
LIMIT_MB = 1024.0


def build(folder: Path) -> dict[str, Path]:
    """The hostile cases by name (each a file or folder under ``folder``)."""
    cases: dict[str, Path] = {}

    def put(name: str, data: bytes, label: str | None = None) -> None:
        path = folder / name
        path.write_bytes(data)
        cases[label or name] = path

    put("empty.txt", b"")
    put("binary.txt", os.urandom(64 * 1024))
    put("gbk.txt", documents.page(30).encode("gbk"))
    put("utf16.txt", codecs.BOM_UTF16_LE + documents.page(31).encode("utf-16-le"))
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: 300 MB without writing them
    cases["300 MB file"] = folder / "huge.txt"
    sentence = "全区金融机构达242家，同比增长12.5%；"
    put("one_line_punctuated.txt", (sentence * (1024 * 1024 // len(sentence.encode()))).encode(),
        "1 MB, one line, punctuated")
    bare = "全区金融机构达242家同比增长12.5新增项目30项"
    put("one_line_bare.txt", (bare * (1024 * 1024 // len(bare.encode()))).encode(),
        "1 MB, one line, no punctuation")
    cells = "表1 2021年主要指标\n指标\n数值(万人)\n" + "常住人口\n44.84\n" * 40000
    put("table_one_cell_a_line.txt", cells.encode(), "a 40,000-row table, one cell to a line")
    put("bomb.docx", _docx_bomb(500), "docx bomb (500 MB of XML)")
    whole = documents.docx(documents.page(32).split("\n"))
    put("corrupt.docx", whole[: len(whole) // 2])
    put("scan.pdf", documents.pdf(None), "scanned PDF")
    loop = folder / "loop.txt"
    loop.symlink_to(loop)
    cases["symlink loop"] = loop
    dangling = folder / "gone.txt"
    dangling.symlink_to(folder / "deleted.txt")
    cases["dangling symlink"] = dangling
    locked = folder / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(documents.page(33), encoding="utf-8")
    locked.chmod(0)
    cases["unreadable folder"] = locked
    put("with spaces 第1版.txt", documents.page(34).encode())
    put("new\nline.txt", documents.page(35).encode(), "name with a newline")
    put("-dash.txt", documents.page(36).encode(), "name with a leading dash")
    return cases


def _docx_bomb(unpacked_mb: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(chunk)
    return out.getvalue()


#: Runs the command line and reports the process's own peak memory on its last line.
_MEASURED = ("import resource, runpy, sys\n"
             "sys.argv = ['extractors', *sys.argv[1:]]\n"
             "try:\n    runpy.run_module('extractors', run_name='__main__')\n"
             "finally:\n"
             "    print('peak-kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def ingest(paths: list[Path], db: Path) -> tuple[int, str, str, float, float]:
    """One ``ingest`` in a fresh process: exit code, stdout, stderr, seconds and that
    process's own peak memory (MB)."""
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURED, "ingest", "--db", str(db), "--", *map(str, paths)],
        cwd=ROOT, capture_output=True, text=True)
    seconds = time.monotonic() - started
    lines = proc.stderr.rstrip("\n").split("\n")
    peak = float(lines[-1].split()[-1]) / 1024 if lines and lines[-1].startswith("peak-kb") else 0.0
    err = "\n".join(line for line in lines if not line.startswith("peak-kb"))
    return proc.returncode, proc.stdout, err, seconds, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args(argv)
    base = args.keep or Path(tempfile.mkdtemp(prefix="zhibiao-hostile-"))
    base.mkdir(parents=True, exist_ok=True)
    hostile, good = base / "hostile", base / "good"
    hostile.mkdir(exist_ok=True)
    pages = corpus.write_pages(good, 20)
    cases = build(hostile)
    print(f"{'case':<34} {'exit':>4} {'seconds':>8} {'peak MB':>8}  outcome")
    worst_s = worst_mb = 0.0
    for label, path in cases.items():
        code, out, err, seconds, peak = ingest([path], base / f"case-{len(label)}-{abs(hash(label))}.duckdb")
        worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, peak)
        said = (err.strip().splitlines() or out.strip().splitlines() or [""])[-1]
        print(f"{label:<34} {code:>4} {seconds:8.2f} {peak:8.0f}  {said[:110]}")
    db = base / "all.duckdb"
    code, out, err, seconds, peak = ingest([good, hostile], db)
    reported = err.count("error: ")
    print(f"\nall at once: exit {code}, {seconds:.1f} s, peak {peak:.0f} MB; {reported} errors reported")
    print("  " + out.strip())
    stored = corpus.sources(db)
    good_stored = sum(1 for p in pages if any(s.endswith(p.name) for s in stored))
    code2, out2, _, _, _ = ingest(corpus.write_pages(base / "later", 1, start=50), db)
    print(f"\nchecks: good pages stored {good_stored}/20; slowest case {worst_s:.1f} s "
          f"(limit {LIMIT_SECONDS:.0f}); largest {worst_mb:.0f} MB (limit {LIMIT_MB:.0f}); "
          f"a following normal ingest exits {code2}")
    if os.geteuid() == 0:
        print("note: run as root, the 'unreadable folder' is readable (root ignores its mode)")
    ok = good_stored == 20 and worst_s <= LIMIT_SECONDS and worst_mb <= LIMIT_MB and code2 == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
