"""Ingest: idempotent, replacing changed files, reporting bad ones, surviving SIGKILL.

Real DuckDB files, real processes (``python -m extractors ingest`` under
``subprocess``, killed with SIGKILL), small corpora made in ``tmp_path``.
"""

from __future__ import annotations

import codecs
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extractors import ingest, store
from tests.fixtures import corpus, documents

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractors", "ingest", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, **kwargs)


def popen(*args: str | Path, preexec_fn: Callable[[], object] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "extractors", "ingest", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=preexec_fn)


def _mixed_corpus(folder: Path) -> None:
    corpus.write_pages(folder, 4)
    (folder / "web.html").write_bytes(documents.html("临港区新建学校5所", [documents.page(90)]))
    (folder / "report.docx").write_bytes(documents.docx(documents.page(91).split("\n")))
    (folder / "scan_with_text.pdf").write_bytes(documents.pdf(documents.page(92).split("\n")[:6]))
    (folder / "notes.md").write_text(documents.page(93), encoding="utf-8")
    (folder / ".hidden.txt").write_text(documents.page(94), encoding="utf-8")  # skipped
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a document: skipped in a folder


def test_same_files_twice_add_nothing(tmp_path: Path) -> None:
    _mixed_corpus(tmp_path / "in")
    db = tmp_path / "s.duckdb"
    first = ingest.ingest_paths([tmp_path / "in"], db)
    assert (first.files, first.ingested, first.skipped, first.failed) == (10, 8, 2, 0), first.errors
    assert sorted(why for _, why in first.skips) == ["hidden file", "not a document type zhibiao reads"]
    assert first.articles >= 8
    before, snap = corpus.dump(db), store.snapshot_id(db)
    second = ingest.ingest_paths([tmp_path / "in"], db)
    assert (second.ingested, second.unchanged, second.failed) == (0, 8, 0)
    assert corpus.dump(db) == before
    assert store.snapshot_id(db) == snap  # nothing to publish: the file is not even rewritten


def test_a_changed_file_replaces_its_records(tmp_path: Path) -> None:
    pages = corpus.write_pages(tmp_path / "in", 3)
    db = tmp_path / "s.duckdb"
    ingest.ingest_paths([tmp_path / "in"], db)
    source = ingest.source_name(pages[1])
    old_titles = {r[3] for r in corpus.dump(db, {source})["articles"]}
    others = corpus.dump(db, corpus.sources(db) - {source})

    pages[1].write_text(documents.page(500), encoding="utf-8")
    again = ingest.ingest_paths([tmp_path / "in"], db)
    assert (again.ingested, again.unchanged) == (1, 2)
    new = corpus.dump(db, {source})
    new_titles = {r[3] for r in new["articles"]}
    assert new_titles and not (new_titles & old_titles)
    assert len(new["sources"]) == 1
    assert corpus.dump(db, corpus.sources(db) - {source}) == others


def test_the_same_content_under_another_name_is_not_added_twice(tmp_path: Path) -> None:
    pages = corpus.write_pages(tmp_path / "in", 2)
    db = tmp_path / "s.duckdb"
    ingest.ingest_paths([tmp_path / "in"], db)
    copy = tmp_path / "copy_of_page.txt"
    copy.write_bytes(pages[0].read_bytes())
    summary = ingest.ingest_paths([copy], db)
    assert (summary.ingested, summary.unchanged) == (0, 1)
    assert len(corpus.sources(db)) == 2


def _orphans(db: Path, source: str) -> int:
    """Claims of ``source`` with no article row of their own page."""
    con = store.open_for_reading(db)
    try:
        return con.execute("""
            SELECT count(*) FROM quantities q
            WHERE q.source = ? AND NOT EXISTS (
                SELECT 1 FROM articles a WHERE a.id = q.article_id AND a.source = q.source)
        """, [source]).fetchall()[0][0]
    finally:
        con.close()


def test_an_article_on_two_pages_belongs_to_both_and_outlives_either(tmp_path: Path) -> None:
    def halves(seed: int) -> tuple[str, str]:
        text = documents.page(seed)
        cut = text.rindex("\n", 0, text.index(f"第{seed}-1号报道")) + 1
        return text[:cut], text[cut:]

    reprinted, a_own = halves(1)
    _, b_own = halves(2)
    replacement, _ = halves(3)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(reprinted + a_own, encoding="utf-8")
    (folder / "b.txt").write_text(reprinted + b_own, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest.ingest_paths([folder], db)
    con = store.open_for_reading(db)
    rows = con.execute("SELECT source, id FROM articles ORDER BY source, ordinal").fetchall()
    con.close()
    assert [s.rsplit("/", 1)[-1] for s, _ in rows] == ["a.txt", "a.txt", "b.txt", "b.txt"]
    assert rows[0][1] == rows[2][1]  # the same text: the same id, a row on each page
    b = next(s for s, _ in rows if s.endswith("b.txt"))
    assert _orphans(db, b) == 0

    (folder / "a.txt").write_text(replacement + a_own, encoding="utf-8")  # a drops the reprint
    ingest.ingest_paths([folder], db)
    assert _orphans(db, b) == 0
    assert len(corpus.dump(db, {b})["articles"]) == 2


def test_force_re_extracts_unchanged_files(tmp_path: Path) -> None:
    corpus.write_pages(tmp_path / "in", 2)
    db = tmp_path / "s.duckdb"
    ingest.ingest_paths([tmp_path / "in"], db)
    before = corpus.dump(db)
    assert ingest.ingest_paths([tmp_path / "in"], db, force=True).ingested == 2
    assert corpus.dump(db) == before


def _bad_batch(folder: Path) -> tuple[list[Path | str], dict[str, str]]:
    """Good files, tricky-but-good files, and one of each kind of bad file;
    returns the paths to give and, per bad file name, words its error must hold."""
    good = corpus.write_pages(folder, 2)
    gbk = folder / "gbk.txt"
    gbk.write_bytes(documents.page(20).encode("gbk"))
    utf16 = folder / "utf16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + documents.page(21).encode("utf-16-le"))
    bad: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str) -> Path:
        path = folder / name
        path.write_bytes(data)
        bad[name] = reason
        return path

    put("empty.txt", b"", "empty file")
    put("binary.txt", bytes(range(256)) * 64, "binary file")
    whole = documents.docx(documents.page(22).split("\n") * 10)
    put("cut.docx", whole[: len(whole) // 2], "truncated or corrupt .docx")
    put("scan.pdf", documents.pdf(None), "no text layer")
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 50 MB without writing them
        handle.truncate(50 * 1024 * 1024)
    bad["huge.txt"] = "file too large (50 MB; the limit is 16 MB); raise it with --max-mb"
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    bad["gone.txt"] = "broken symbolic link"
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    bad["loop.txt"] = "symbolic link loop"
    (folder / "cycle").mkdir()
    (folder / "cycle" / "back").symlink_to(folder)   # a folder loop: never followed
    assert good
    return [folder], {"gbk.txt": "", "utf16.txt": "", **bad}


def test_a_batch_with_bad_files_reports_each_and_ingests_the_rest(tmp_path: Path) -> None:
    paths, expected = _bad_batch(tmp_path / "in")
    db = tmp_path / "s.duckdb"
    result = cli(*paths, "--db", db)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    bad = {name: reason for name, reason in expected.items() if reason}
    assert len(lines) == len(bad), result.stderr
    for name, reason in bad.items():
        line = next((ln for ln in lines if name in ln), None)
        assert line is not None and reason in line and line.startswith("error: "), (name, lines)
    assert "ingested 4 of 11 files" in result.stdout  # 2 pages, GBK, UTF-16 — 7 errors
    ingested = {Path(s).name for s in corpus.sources(db)}
    assert ingested == {"page_000.txt", "page_001.txt", "gbk.txt", "utf16.txt"}
    con = store.open_for_reading(db)
    errors = dict(con.execute("SELECT source, reason FROM ingest_errors").fetchall())
    titles = [r[0] for r in con.execute("SELECT title FROM articles WHERE source LIKE '%gbk.txt'").fetchall()]
    con.close()
    assert len(errors) == len(bad)
    assert all(any(name in source for source in errors) for name in bad)
    assert titles and all("报道" in t or "区" in t for t in titles)  # GBK read as Chinese, not mojibake


def test_the_user_s_own_path_and_a_folder_with_a_readme(tmp_path: Path) -> None:
    """Any readable local path works (news/../news/a.txt); a README without Chinese
    in a folder is skipped, not an error, and the summary says so."""
    folder = tmp_path / "news"
    pages = corpus.write_pages(folder, 1)
    (folder / "README.md").write_text("Scans of the paper, one file per page.\n", encoding="utf-8")
    (folder / "notes.txt").write_text("just a list of English notes\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = cli(f"{folder}/../news/{pages[0].name}", "--db", db)
    assert result.returncode == 0, result.stderr
    result = cli(folder, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "2 skipped" in result.stdout and result.stderr == ""


def test_a_bad_file_with_the_bytes_of_another_is_reported_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.pdf").write_bytes(b"")
    summary = ingest.ingest_paths([folder], tmp_path / "s.duckdb")
    assert summary.failed == 2 and summary.unchanged == 0
    assert {Path(s).name for s, _ in summary.errors} == {"a.txt", "b.pdf"}


def test_sigkill_mid_ingest_leaves_whole_files_and_a_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    corpus.write_pages(folder, 30)
    reference = tmp_path / "reference.duckdb"
    ingest.ingest_paths([folder], reference)
    want = corpus.dump(reference)

    db = tmp_path / "killed.duckdb"
    # Publish after every file so the kill lands between, during and after swaps.
    proc = popen(folder, "--db", db, "--publish-every", "0", "--partition-mb", "0.000001", "--quiet")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and len(corpus.sources(db)) >= 3:
            break
        time.sleep(0.02)
    time.sleep(random.uniform(0, 0.3))
    assert proc.poll() is None, "the ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)

    present = corpus.sources(db)  # readable after the kill
    assert 3 <= len(present) < 30
    assert corpus.dump(db, present) == corpus.dump(reference, present)  # each file whole, or absent

    rerun = cli(folder, "--db", db)
    assert rerun.returncode == 0, rerun.stderr
    got = corpus.dump(db)
    assert got == want, corpus.differences(got, want)   # names the rows and files a failure differs by
    assert not list(store.work_dir(db).glob("tmp-*")) and not store.pending_partitions(db)


def test_sigkill_of_an_ingest_with_workers_ends_its_workers_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    corpus.write_pages(folder, 60)
    db = tmp_path / "killed.duckdb"
    proc = popen(folder, "--db", db, "--workers", "2", "--publish-every", "0", "--quiet")
    ingest_process = psutil.Process(proc.pid)
    helpers: list[psutil.Process] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and not store.pending_partitions(db):
        helpers = ingest_process.children(recursive=True)
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed; make the corpus larger"
    helpers = ingest_process.children(recursive=True)
    assert len(helpers) >= 3  # the fork server and two workers (and multiprocessing's tracker)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    gone, alive = psutil.wait_procs(helpers, timeout=15)
    assert not alive, f"left running after the ingest was killed: {[p.cmdline()[-1][:60] for p in alive]}"

    rerun = cli(folder, "--db", db, "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert len(corpus.sources(db)) == 60


def test_reading_while_the_cli_ingests_never_fails(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    corpus.write_pages(folder, 15)
    db = tmp_path / "s.duckdb"
    store.publish(db)
    proc = popen(folder, "--db", db, "--publish-every", "0", "--partition-mb", "0.000001", "--quiet")
    counts = set()
    while proc.poll() is None:
        con = store.open_for_reading(db, timeout=0.5)  # raises on any lock conflict
        counts.add(con.execute("SELECT count(*) FROM sources").fetchall()[0][0])
        con.close()
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    assert len(counts) >= 3  # we really read while it wrote
    assert len(corpus.sources(db)) == 15


def test_two_local_workers_give_the_records_of_one_process(tmp_path: Path) -> None:
    _mixed_corpus(tmp_path / "in")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest.ingest_paths([tmp_path / "in"], one)
    summary = ingest.ingest_paths([tmp_path / "in"], two, workers=2)
    assert summary.ingested == 8
    assert corpus.dump(two) == corpus.dump(one)


def test_a_worker_batch_carries_the_records_of_its_files_as_parquet(tmp_path: Path) -> None:
    corpus.write_pages(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    tasks = ingest.collect([tmp_path / "in"]).tasks
    batch = ingest.extract_batch(tasks)
    assert all(not r.tables for r in batch.results) and batch.encoded is not None
    decoded = {t: pq.read_table(pa.BufferReader(b)) for t, b in batch.encoded.items()}
    one_by_one = store.concat_tables(ingest.extract_file(task).tables for task in tasks)
    assert set(decoded) == set(one_by_one)
    for table, data in one_by_one.items():
        columns = [c for c in data.column_names if c not in ("at", "ingested_at")]  # clock times
        assert decoded[table].select(columns).to_pylist() == data.select(columns).to_pylist()
    assert [r.error for r in batch.results].count(None) == 3


def test_ensure_default_store_builds_from_seeds_once(tmp_path: Path) -> None:
    db = tmp_path / "data" / "zhibiao.duckdb"
    messages: list[str] = []
    assert ingest.ensure_default_store(db, progress=messages.append) == db
    seeds = {ingest.source_name(p) for p in ingest.SEEDS.iterdir() if p.suffix == ".txt"}
    assert corpus.sources(db) == seeds  # the pages only: not pubdates.csv, not SOURCES.md
    assert messages[0].startswith("首次运行") and any(f"{len(seeds)}/{len(seeds)}" in m for m in messages)
    snap = store.snapshot_id(db)
    ingest.ensure_default_store(db, progress=messages.append)
    assert store.snapshot_id(db) == snap


def test_ensure_default_store_honours_zhibiao_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHIBIAO_DB", str(tmp_path / "env.duckdb"))
    assert ingest.ensure_default_store() == tmp_path / "env.duckdb"
    assert corpus.sources(tmp_path / "env.duckdb")


def test_cli_with_no_paths_creates_or_upgrades_the_store(tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "new.duckdb", "--quiet")
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""
    con = store.open_for_reading(tmp_path / "new.duckdb")
    assert store.schema_version(con, "store") == store.SCHEMA_VERSION
    con.close()


def test_cli_refuses_a_store_from_a_newer_zhibiao(tmp_path: Path) -> None:
    db = tmp_path / "future.duckdb"
    con = store.connect(db)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    result = cli(ROOT / "seeds", "--db", db)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "newer zhibiao" in result.stderr


def test_ctrl_c_keeps_the_files_done_and_says_how_to_finish(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    pages = 30
    corpus.write_pages(folder, pages)
    db = tmp_path / "s.duckdb"
    # a shell running the tests in the background (make test &) ignores Ctrl-C, and the
    # ingest would inherit that: it gets the default handling back, as in a terminal
    proc = popen(folder, "--db", db, "--partition-mb", "0.000001", "--publish-every", "3600",
                 preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not store.pending_partitions(db):
        time.sleep(0.02)
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "run the same command again" in err and "Traceback" not in err
    done = corpus.sources(db)
    assert 1 <= len(done) < pages  # what was extracted before Ctrl-C is stored
    rerun = cli(folder, "--db", db)
    assert f"{len(done)} unchanged" in rerun.stdout and len(corpus.sources(db)) == pages


def test_the_default_store_knows_the_sample_page_date(tmp_path: Path) -> None:
    """seeds/pubdates.csv gives the sample page its issue date, so its
    datelines (本报9月9日讯) resolve to 2024-09-09, every other seed page
    gets its own line's date, and a page naming no place gets its line's area."""
    db = ingest.ensure_default_store(tmp_path / "zhibiao.duckdb")
    con = store.open_for_reading(db)
    try:
        dates = {row[0] for row in con.execute(
            "SELECT DISTINCT date FROM articles WHERE source = 'seeds/000_b7e6b95fe385097e.txt'").fetchall()}
        issued = dict(con.execute("SELECT source, CAST(pubdate AS VARCHAR) FROM sources").fetchall())
        placed = {row[0] for row in con.execute(
            "SELECT DISTINCT area FROM quantities WHERE source = 'seeds/005_xihaian_jihua_20190101.txt'").fetchall()}
    finally:
        con.close()
    assert {str(d) for d in dates} == {"2024-09-09"}
    listed = ingest.read_pubdates(ingest.SEEDS)
    assert issued == {f"seeds/{name}": day for name, day in listed.items()}
    # a seed report that says only 全区 is placed by the area column of seeds/pubdates.csv
    assert placed == {"青岛西海岸新区"}


def test_the_store_tells_a_pubdates_csv_date_from_the_batch_date(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("　　近日，区行政审批服务局开展活动。\n", encoding="utf-8")
    (folder / "b.txt").write_text("　　近日，区政务服务中心开展活动。\n", encoding="utf-8")
    (folder / "pubdates.csv").write_text("file,pubdate\na.txt,2023-03\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert ingest.ingest_paths([folder], db, pubdate="2025-03-03").ingested == 2
    con = store.open_for_reading(db)
    try:
        rows = con.execute("SELECT source, CAST(date AS VARCHAR), date_source FROM articles").fetchall()
    finally:
        con.close()
    assert sorted((Path(s).name, d, why) for s, d, why in rows) == [
        ("a.txt", "2023-03-01", "pubdates.csv"), ("b.txt", "2025-03-03", "pubdate")]


def test_pubdates_csv_sets_each_page_date_and_beats_the_batch_date(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    page = "　　□记者 王一 报道\n　　本报3月2日讯 今天，全区金融机构达242家。\n"
    (folder / "a.txt").write_text(page, encoding="utf-8")
    (folder / "b.txt").write_text(page.replace("242", "243"), encoding="utf-8")
    (folder / "pubdates.csv").write_text("file,pubdate\na.txt,2023-03-03\nb.txt,not-a-date\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    summary = ingest.ingest_paths([folder], db, pubdate="2025-03-03")
    assert summary.ingested == 2  # the sidecar itself is not a page
    con = store.open_for_reading(db)
    try:
        rows = dict(con.execute("SELECT source, CAST(date AS VARCHAR) FROM articles").fetchall())
    finally:
        con.close()
    by_name = {Path(k).name: v for k, v in rows.items()}
    assert by_name == {"a.txt": "2023-03-02", "b.txt": "2025-03-02"}


RELEASE = "　　一季度，全县实现地区生产总值56.82亿元，增长4.6%。\n"   # a county release naming no place


def test_an_area_column_and_the_batch_area_place_pages_that_name_none(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(RELEASE.replace("56.82", f"5{ord(name[0])}.1"), encoding="utf-8")
    (folder / "d.txt").write_text("　　一季度，温江区实现地区生产总值126.8亿元。\n", encoding="utf-8")
    (folder / "pubdates.csv").write_text(
        "file,pubdate,area\na.txt,2025-05-22,重庆市涪陵区\nb.txt,2025-05-22,不是地名\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    summary = ingest.ingest_paths([folder], db, pubdate="2025-05-22", area="酉阳县")
    assert summary.ingested == 4 and summary.failed == 0
    assert "ignoring the area of 'b.txt'" in capsys.readouterr().err
    con = store.open_for_reading(db)
    try:
        rows = con.execute("SELECT source, area, area_code FROM quantities").fetchall()
    finally:
        con.close()
    by_name = {Path(source).name: (area, code) for source, area, code in rows}
    assert by_name == {
        "a.txt": ("涪陵区", "500102"),    # its own line in pubdates.csv
        "b.txt": ("酉阳县", "500242"),    # an unknown place there: the batch's
        "c.txt": ("酉阳县", "500242"),    # no line: the batch's
        "d.txt": ("温江区", "510115"),    # a page naming its place keeps it
    }


def test_the_command_line_refuses_an_unknown_area(tmp_path: Path, capsys) -> None:
    from extractors.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "--area", "不是地名"])
    assert stop.value.code == 2
    assert "not a place zhibiao knows: '不是地名'" in capsys.readouterr().err


def _poison_partition(db: Path, source: str) -> Path:
    """A partition the store cannot load (a damaged Parquet file), as a crash or a bad
    disk would leave one: its sources table names ``source``."""
    store.publish(db)
    part = store.write_partition(db, store.arrow_tables(store.error_rows(source, "placeholder")))
    pq.write_table(pa.table({"source": [source], "content_hash": ["x"]}), part / "sources.parquet")
    (part / "quantities.parquet").write_bytes(b"PAR1 not really parquet PAR1")
    return part


def test_a_partition_the_store_cannot_load_is_set_aside_and_never_blocks(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _poison_partition(db, "poison.txt")
    pages = corpus.write_pages(tmp_path / "in", 2)
    summary = ingest.ingest_paths(pages, db=db)
    assert summary.ingested == 2                               # the good files are stored
    assert ("poison.txt", next(r for s, r in summary.errors if s == "poison.txt")) in summary.errors
    assert "set aside" in dict(summary.errors)["poison.txt"]
    assert store.pending_partitions(db) == []                  # never retried again
    assert list((store.work_dir(db) / "quarantine").glob("part-*/reason.txt"))
    assert corpus.sources(db) == {ingest.source_name(p) for p in pages}
    # the next ingest, through the CLI, works and does not meet the poison again
    more = corpus.write_pages(tmp_path / "more", 1, start=5)
    result = cli(*more, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "poison" not in result.stderr
    assert len(corpus.sources(db)) == 3
    con = store.open_for_reading(db)
    try:
        reasons = dict(con.execute("SELECT source, reason FROM ingest_errors").fetchall())
    finally:
        con.close()
    assert "set aside" in reasons["poison.txt"]


def test_running_out_of_memory_is_one_line_exit_2_and_the_store_intact(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    ingest.ingest_paths(corpus.write_pages(tmp_path / "in", 3), db)
    before = corpus.dump(db)
    more = corpus.write_pages(tmp_path / "more", 10, start=20)
    result = cli(*more, "--db", db, env={**os.environ, "ZHIBIAO_PUBLISH_MEMORY": "1MB"})
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "ran out of memory" in result.stderr
    assert "Traceback" not in result.stderr
    assert corpus.dump(db) == before                    # intact
    assert cli(*more, "--db", db).returncode == 0      # and the next normal run finishes the job
    assert len(corpus.sources(db)) == 13


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 12 MB filesystem (tmpfs, mounted by the test as root)."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a small filesystem: {mounted.stderr.strip()}")
        pytest.skip(f"cannot mount a small filesystem: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_full_disk_is_one_line_exit_2_and_the_store_intact(tmp_path: Path, small_disk: Path) -> None:
    db = small_disk / "s.duckdb"
    assert cli(*corpus.write_pages(tmp_path / "in", 2), "--db", db).returncode == 0
    before = corpus.dump(db)
    big = tmp_path / "big"
    big.mkdir()
    for i in range(12):   # about 16 MB of pages: their records cannot fit in 12 MB
        (big / f"big_{i}.txt").write_text(documents.page(40 + i) * 240, encoding="utf-8")
    result = cli(big, "--db", db)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "disk is full" in result.stderr
    assert "Traceback" not in result.stderr
    assert corpus.dump(db) == before
