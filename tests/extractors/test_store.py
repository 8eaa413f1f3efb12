"""The store: schema and migrations, record rows, atomic publishing, reads during writes.

Real DuckDB files in ``tmp_path``; the read-during-write test runs a writer and
a reader as two separate processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from extractors import store
from extractors.hashing import content_hash
from extractors.records import Article, DateMention, Extraction, Organization, Quantity, Topic

ROOT = Path(__file__).resolve().parents[2]


def _extraction(value: float = 242.0, unit: str = "家") -> Extraction:
    text = "　　本报3月2日讯 今天，全区金融机构达242家，区金融局召开会议。"
    a = Article(text="金融", start=0, end=len(text), id="a1", title="金融机构", reporters=("王一",),
                date="2024-03-02", date_source="dateline", dateline="本报3月2日讯", topics=("金融",))
    return Extraction(
        source="p.txt", text=text, pubdate="2024-03-03", articles=[a],
        quantities=[Quantity(text="242家", start=17, end=21, sentence="全区金融机构达242家", article="a1",
                             value=value, unit=unit, subject="金融机构")],
        dates=[DateMention(text="今天", start=12, end=14, article="a1", iso="2024-03", kind="month")],
        organizations=[Organization(text="区金融局", start=22, end=26, article="a1", name="区金融局")],
        topics=[Topic(text="金融", start=0, end=len(text), article="a1", label="金融", weight=2.0)],
    )


def _count(db: Path, table: str) -> int:
    con = store.open_for_reading(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    finally:
        con.close()


def _partition(db: Path, ex: Extraction, source: str, digest: str) -> Path:
    return store.write_partition(db, store.arrow_tables(store.extraction_rows(ex, source, digest)))


# ---------------------------------------------------------------- schema and versions


def test_new_store_has_every_table_and_the_version(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    con = store.open_for_reading(db)  # a missing store is created empty
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(store.TABLES) <= tables
    assert store.schema_version(con, "store") == store.SCHEMA_VERSION
    con.close()


def _v1_store(path: Path) -> None:
    """A store as version 1 wrote it: no ``sources.extractor_version``."""
    con = duckdb.connect(str(path))
    for table, columns in store.TABLES.items():
        cols = [(n, k) for n, k in columns if not (table == "sources" and n == "extractor_version")]
        con.execute(f"CREATE TABLE {table} ({', '.join(f'{chr(34)}{n}{chr(34)} {k}' for n, k in cols)})")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO sources (source, content_hash, n_articles) VALUES ('old.txt', 'abc', 0)")
    con.close()


def test_older_store_is_migrated_on_open_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "v1.duckdb"
    _v1_store(db)
    con = store.open_for_reading(db)
    assert store.schema_version(con, "store") == store.SCHEMA_VERSION
    rows = con.execute("SELECT source, content_hash, extractor_version FROM sources").fetchall()
    assert rows == [("old.txt", "abc", None)]
    con.close()


def test_a_version_2_store_lets_an_article_have_a_row_on_each_page(tmp_path: Path) -> None:
    db = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(db))
    for table, columns in store.TABLES.items():
        cols = [(n, "VARCHAR PRIMARY KEY" if (table, n) == ("articles", "id") else k) for n, k in columns]
        con.execute(f"CREATE TABLE {table} ({', '.join(f'{chr(34)}{n}{chr(34)} {k}' for n, k in cols)})")
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.execute("INSERT INTO articles (id, source, title) VALUES ('abc', 'a.txt', '旧文章')")
    con.close()
    con = store.connect(db)  # the writer's open migrates
    assert store.schema_version(con) == store.SCHEMA_VERSION
    assert con.execute("SELECT id, source, title FROM articles").fetchall() == [("abc", "a.txt", "旧文章")]
    con.execute("INSERT INTO articles (id, source, title) VALUES ('abc', 'b.txt', '旧文章')")  # a reprint
    assert con.execute("SELECT count(*) FROM articles WHERE id = 'abc'").fetchall() == [(2,)]
    con.close()


def test_older_store_opened_directly_read_only_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "v1.duckdb"
    _v1_store(db)
    with pytest.raises(store.StoreError, match=rf"older than {store.SCHEMA_VERSION}; upgrade it with `python -m extractors ingest --db"):
        store.connect(db, read_only=True)


def test_newer_store_is_refused_plainly(tmp_path: Path) -> None:
    db = tmp_path / "future.duckdb"
    con = store.connect(db)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(store.StoreVersionError, match="newer zhibiao .schema version 99"):
        store.open_for_reading(db)


def test_foreign_duckdb_file_is_not_taken_for_a_store(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(store.StoreError, match="not a zhibiao store"):
        store.open_for_reading(db)


# ---------------------------------------------------------------- rows


ISO_BOUNDS = [
    pytest.param("2024-09-09", date(2024, 9, 9), date(2024, 9, 9), id="day"),
    pytest.param("2024-02", date(2024, 2, 1), date(2024, 2, 29), id="month-leap"),
    pytest.param("2024", date(2024, 1, 1), date(2024, 12, 31), id="year"),
    pytest.param("2024-01/2024-10", date(2024, 1, 1), date(2024, 10, 31), id="interval"),
    pytest.param(None, None, None, id="unresolved"),
    pytest.param("2024-13", None, None, id="impossible-month"),
]


@pytest.mark.parametrize(("iso", "first", "last"), ISO_BOUNDS)
def test_iso_bounds(iso: str | None, first: date | None, last: date | None) -> None:
    assert store._iso_bounds(iso) == (first, last)


def test_rows_carry_article_date_topics_and_departments() -> None:
    rows = store.extraction_rows(_extraction(), "p.txt", "h1", 100, version="9.9")
    q = dict(zip([n for n, _ in store.TABLES["quantities"]], rows["quantities"][0], strict=True))
    assert (q["value"], q["unit"], q["article_date"], q["topics"], q["departments"]) == (
        242.0, "家", date(2024, 3, 2), ["金融"], ["区金融局"])
    e = dict(zip([n for n, _ in store.TABLES["events"]], rows["events"][0], strict=True))
    assert (e["date_start"], e["date_end"]) == (date(2024, 3, 1), date(2024, 3, 31))
    assert rows["sources"][0][-1] == "9.9"
    assert rows["articles"][0][10].startswith("　　本报3月2日讯")  # the article's text


def test_arrow_tables_have_the_store_types() -> None:
    tables = store.arrow_tables(store.extraction_rows(_extraction(), "p.txt", "h1"))
    assert set(tables) == {"sources", "articles", "quantities", "events", "organizations", "topics"}
    for name, table in tables.items():
        assert table.schema == store.ARROW_SCHEMAS[name]


def test_write_extraction_replaces_a_source(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "d.duckdb")
    store.write_extraction(con, _extraction(242), "p.txt", "h1")
    store.write_extraction(con, _extraction(300), "p.txt", "h2")
    assert con.execute("SELECT value FROM quantities").fetchall() == [(300.0,)]
    assert con.execute("SELECT content_hash FROM sources").fetchall() == [("h2",)]
    con.close()


# ---------------------------------------------------------------- publishing


def test_publish_loads_partitions_and_a_later_version_wins(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    _partition(db, _extraction(242), "p.txt", "h1")
    _partition(db, _extraction(300), "p.txt", "h2")
    _partition(db, _extraction(7, "所"), "q.txt", "h3")
    assert len(store.pending_partitions(db)) == 3
    assert store.publish(db) == 3
    assert store.pending_partitions(db) == []
    con = store.open_for_reading(db)
    assert sorted(con.execute("SELECT source, value FROM quantities").fetchall()) == [
        ("p.txt", 300.0), ("q.txt", 7.0)]
    # p.txt's two versions leave one row; q.txt has the same article id, on a row of its own
    assert con.execute("SELECT source, id FROM articles ORDER BY source").fetchall() == [
        ("p.txt", "a1"), ("q.txt", "a1")]
    con.close()


def test_partitions_from_parquet_bytes_load_like_partitions_from_tables(tmp_path: Path) -> None:
    tables = store.concat_tables([
        store.arrow_tables(store.extraction_rows(_extraction(242), "a.txt", "h1")),
        store.arrow_tables(store.extraction_rows(_extraction(7, "所"), "b.txt", "h2")),
        store.arrow_tables(store.error_rows("bad.txt", "empty file")),
    ])
    encoded = store.encode_partition(tables)
    assert set(encoded) == set(tables) and all(isinstance(b, bytes) for b in encoded.values())
    from_tables, from_bytes = tmp_path / "t.duckdb", tmp_path / "b.duckdb"
    store.write_partition(from_tables, tables)
    store.write_partition(from_bytes, encoded)
    assert store.publish(from_tables) == store.publish(from_bytes) == 1
    for table in ("sources", "quantities", "ingest_errors"):
        assert _count(from_bytes, table) == _count(from_tables, table) > 0


def test_many_partitions_publish_at_once_and_the_latest_version_of_a_file_wins(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    for n in range(6):  # p.txt comes in partitions 0, 3 and 5: three groups, latest last
        _partition(db, _extraction(100 + n), "p.txt" if n in (0, 3, 5) else f"q{n}.txt", f"h{n}")
    assert store.publish(db) == 6
    con = store.open_for_reading(db)
    assert con.execute("SELECT value FROM quantities WHERE source = 'p.txt'").fetchall() == [(105.0,)]
    assert con.execute("SELECT content_hash FROM sources WHERE source = 'p.txt'").fetchall() == [("h5",)]
    assert con.execute("SELECT count(*) FROM sources").fetchall() == [(4,)]
    con.close()


def test_an_error_is_recorded_once_and_cleared_by_a_success(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    for _ in range(2):
        store.write_partition(db, store.arrow_tables(store.error_rows("bad.txt", "empty file")))
        store.publish(db)
    assert _count(db, "ingest_errors") == 1
    _partition(db, _extraction(), "bad.txt", "h1")
    store.publish(db)
    assert _count(db, "ingest_errors") == 0
    assert _count(db, "quantities") == 1


def test_publish_clears_what_a_killed_writer_left(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    store.publish(db)
    work = store.work_dir(db)
    (work / "tmp-123-dead.duckdb").write_bytes(b"half a database")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    half = work / f"part-{time.time_ns():020d}-{dead}-0000dead.tmp"  # its writer has exited
    half.mkdir()
    (half / "quantities.parquet").write_bytes(b"half a file")
    busy = work / f"part-{time.time_ns():020d}-{os.getpid()}-0000busy.tmp"  # being written
    busy.mkdir()
    _partition(db, _extraction(), "p.txt", "h1")
    store.publish(db)
    assert not (work / "tmp-123-dead.duckdb").exists() and not half.exists()
    assert busy.exists()
    assert _count(db, "quantities") == 1


def test_open_connection_keeps_its_version_and_a_new_one_sees_the_next(tmp_path: Path) -> None:
    db = tmp_path / "v.duckdb"
    _partition(db, _extraction(), "p.txt", "h1")
    store.publish(db)
    before = store.snapshot_id(db)
    old = store.open_for_reading(db)
    _partition(db, _extraction(), "q.txt", "h2")
    store.publish(db)  # the file is replaced while ``old`` is open in this very process
    new = store.open_for_reading(db)
    assert old.execute("SELECT count(*) FROM sources").fetchall() == [(1,)]
    assert new.execute("SELECT count(*) FROM sources").fetchall() == [(2,)]
    assert store.snapshot_id(db) != before
    old.close()
    new.close()


def test_a_read_while_a_write_is_in_progress_succeeds(tmp_path: Path) -> None:
    """A writer process publishes again and again; a reader process opens and
    queries the store as fast as it can meanwhile. The reader never fails."""
    db = tmp_path / "busy.duckdb"
    store.publish(db)
    writer = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from extractors import store
        from tests.extractors.test_store import _extraction, _partition
        db = {str(db)!r}
        for i in range(25):
            _partition(db, _extraction(i), f"p{{i}}.txt", f"h{{i}}")
            store.publish(db)
        print("done")
    """)
    reader = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from extractors import store
        seen, reads = set(), 0
        deadline = time.time() + 60
        while time.time() < deadline:
            con = store.open_for_reading({str(db)!r}, timeout=0.5)
            seen.add(con.execute("SELECT count(*) FROM sources").fetchall()[0][0])
            con.close()
            reads += 1
            if 25 in seen:
                break
        print(reads, len(seen), max(seen))
    """)
    w = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    r = subprocess.Popen([sys.executable, "-c", reader], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    w_out, w_err = w.communicate(timeout=90)
    r_out, r_err = r.communicate(timeout=90)
    assert w.returncode == 0, w_err
    assert r.returncode == 0, r_err  # no "database is locked", no half-written file
    reads, versions, last = map(int, r_out.split())
    assert versions > 2 and last == 25  # it really read while the store was changing


# ---------------------------------------------------------------- v4: observations

_V4_COLUMNS = {"articles": {"area", "area_code", "province", "city", "date_precision"},
               "quantities": {"area", "area_code", "province", "city", "period", "period_start",
                              "period_end", "period_kind", "indicator", "measure", "target",
                              "values", "article_date_source", "basis"}}


def test_a_version_3_store_gains_the_observation_columns(tmp_path: Path) -> None:
    db = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(db))
    for table, columns in store.TABLES.items():
        cols = [(n, k) for n, k in columns if n not in _V4_COLUMNS.get(table, set())]
        con.execute(f"CREATE TABLE {table} ({', '.join(f'{chr(34)}{n}{chr(34)} {k}' for n, k in cols)})")
    con.execute("INSERT INTO meta VALUES ('schema_version', '3')")
    con.execute("INSERT INTO quantities (article_id, source, value, unit) VALUES ('a', 'old.txt', 5, '家')")
    con.close()
    con = store.connect(db)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    assert con.execute("SELECT value, unit, area, measure FROM quantities").fetchall() == [(5.0, "家", None, None)]
    assert con.execute("SELECT count(*) FROM observations").fetchall() == [(0,)]  # no area or period yet
    con.close()


def test_a_version_4_store_gains_the_basis_column(tmp_path: Path) -> None:
    """``basis`` came with version 5: a version-4 store gets the column, NULL (year on year) for
    its rows, and the view groups by it; the dashboard's reader migrates it on opening."""
    db = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(db))
    for table, columns in store.TABLES.items():
        cols = [(n, k) for n, k in columns if not (table == "quantities" and n == "basis")]
        con.execute(f"CREATE TABLE {table} ({', '.join(f'{chr(34)}{n}{chr(34)} {k}' for n, k in cols)})")
    con.execute("INSERT INTO meta VALUES ('schema_version', '4')")
    con.execute("INSERT INTO quantities (article_id, source, value, unit, area, period, measure, indicator) "
                "VALUES ('a', 'old.txt', 5.8, '%', '合肥市', '2023', 'growth', '地区生产总值')")
    con.close()
    con = store.open_for_reading(db)
    assert store.schema_version(con, "store") == store.SCHEMA_VERSION == 5
    assert con.execute("SELECT value, basis FROM quantities").fetchall() == [(5.8, None)]
    assert con.execute("SELECT what, basis, status FROM observations").fetchall() == [
        ("地区生产总值", None, "consistent")]
    con.close()


def _ingest_pages(db: Path, pages: dict[str, tuple[str, str]]) -> None:
    from extractors import extract

    parts = []
    for name, (text, pubdate) in pages.items():
        ex = extract(text, pubdate=pubdate, source=name)
        parts.append(store.arrow_tables(store.extraction_rows(ex, name, content_hash(text))))
    store.write_partition(db, store.concat_tables(parts))
    store.publish(db)


def _query(db: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    """The rows of ``sql`` on the store at ``db``, read as the dashboard reads it."""
    con = store.open_for_reading(db)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _observations(db: Path, what: str) -> list[tuple[object, ...]]:
    return _query(db, "SELECT area, period, measure, value, n_statements, status FROM observations "
                      "WHERE what = ? ORDER BY area, period, measure", [what])


def test_observations_flag_two_pages_that_disagree(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _ingest_pages(db, {
        "a.txt": ("2023年，温江区实现地区生产总值1350.2亿元。", "2024-02-01"),
        "b.txt": ("2023年，温江区实现地区生产总值1290.0亿元。", "2024-02-01"),
        "c.txt": ("2023年，青岛市实现地区生产总值15760.3亿元。", "2024-02-01"),
    })
    rows = _observations(db, "地区生产总值")
    assert rows == [("温江区", "2023", "level", pytest.approx(1.3502e11, rel=0.05), 2, "conflict"),
                    ("青岛市", "2023", "level", pytest.approx(1.57603e12), 1, "consistent")]


def test_a_later_page_with_another_value_is_a_revision(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _ingest_pages(db, {
        "early.txt": ("2023年，温江区实现地区生产总值1350.2亿元。", "2024-01-20"),
        "late.txt": ("2023年，温江区实现地区生产总值1362.8亿元。", "2024-04-20"),
    })
    [row] = _observations(db, "地区生产总值")
    assert row[3:] == (pytest.approx(1.3628e11), 2, "revision")   # the later value is shown


def test_a_rise_and_a_fall_of_one_size_are_a_conflict(tmp_path: Path) -> None:
    """增长3.8% and 下降3.8% of one area, indicator and period disagree: the view compares
    signed values (value_min -3.8, value_max 3.8), not magnitudes."""
    db = tmp_path / "s.duckdb"
    _ingest_pages(db, {
        "a.txt": ("2023年，温江区规模以上工业增加值同比增长3.8%。", "2024-02-01"),
        "b.txt": ("2023年，温江区规模以上工业增加值同比下降3.8%。", "2024-02-01"),
    })
    rows = _query(db, "SELECT measure, value_min, value_max, status FROM observations WHERE what = '规模以上工业增加值'")
    assert rows == [("growth", pytest.approx(-3.8), pytest.approx(3.8), "conflict")]


def test_rates_on_other_bases_are_other_observations(tmp_path: Path) -> None:
    """增长8%, 比2019年同期增长13.4% and 两年平均增长6.5% of one area, indicator and period are
    three figures, measured against three bases: three observations, none a conflict."""
    db = tmp_path / "s.duckdb"
    _ingest_pages(db, {"a.txt": ("前三季度，温江区地区生产总值同比增长8%，比2019年同期增长13.4%，两年平均增长6.5%。",
                                 "2021-10-20")})
    rows = _query(db, "SELECT basis, value, status FROM observations WHERE what = '地区生产总值' ORDER BY value")
    assert rows == [("两年平均", 6.5, "consistent"), (None, 8.0, "consistent"),
                    ("比2019年", 13.4, "consistent")]


def test_a_figure_repeated_in_headline_and_body_is_no_conflict(tmp_path: Path) -> None:
    """The headline rounds the body's figure (1350亿元 for 1350.2亿元): one observation,
    two statements, no conflict."""
    db = tmp_path / "s.duckdb"
    page = ("2023年温江区地区生产总值1350亿元\n\n　　2023年，温江区实现地区生产总值1350.2亿元。",
            "2024-02-01")
    _ingest_pages(db, {"a.txt": page})
    assert _observations(db, "地区生产总值") == [
        ("温江区", "2023", "level", pytest.approx(1.35e11, rel=0.001), 2, "consistent")]


_HOLD_LOCK = """
import sys, time
sys.path.insert(0, {root!r})
from extractors import store
from extractors.hashing import content_hash
with store.writer_lock({db!r}):
    print("held", flush=True)
    time.sleep({hold})
print("released", flush=True)
"""


def _holder(db: Path, hold: float) -> subprocess.Popen[str]:
    """A process that takes the writer lock, says so, and keeps it ``hold`` seconds."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK.format(root=str(ROOT), db=str(db), hold=hold)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held", proc.stderr.read() if proc.stderr else ""
    return proc


def test_writer_lock_makes_a_second_writer_wait(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    holder = _holder(db, hold=1.5)
    began = time.monotonic()
    with store.writer_lock(db):
        waited = time.monotonic() - began
        out, _ = holder.communicate(timeout=30)  # the holder has let go by now
    assert holder.returncode == 0 and out.strip() == "released"
    assert waited >= 1.0  # it got the lock only once the other process let go


def test_writer_lock_is_released_when_its_holder_dies(tmp_path: Path) -> None:
    db = tmp_path / "orphan.duckdb"
    holder = _holder(db, hold=600)
    holder.kill()  # no clean-up code runs
    holder.communicate(timeout=30)
    began = time.monotonic()
    with store.writer_lock(db):
        assert time.monotonic() - began < 10


def test_publish_waits_for_the_writer_lock(tmp_path: Path) -> None:
    db = tmp_path / "queued.duckdb"
    _partition(db, _extraction(), "p.txt", "h1")
    holder = _holder(db, hold=1.5)
    began = time.monotonic()
    assert store.publish(db) == 1
    assert time.monotonic() - began >= 1.0
    holder.communicate(timeout=30)
    assert _count(db, "sources") == 1
