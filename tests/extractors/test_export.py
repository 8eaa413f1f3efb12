"""Export: CSV that Excel opens with Chinese intact, Parquet and JSON Lines that keep types."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extractors import export, store
from tests.extractors.test_store import _extraction

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "e.duckdb"
    con = store.connect(path)
    store.write_extraction(con, _extraction(250_000_000_000.0, "元"), "甲.txt", "h1")
    ex = _extraction(0.125, "%")
    ex.articles[0].id = ex.quantities[0].article = ex.dates[0].article = "a2"
    ex.organizations[0].article = ex.topics[0].article = "a2"
    store.write_extraction(con, ex, "乙.txt", "h2")
    con.close()
    return path


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractors", "export", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_csv_is_utf8_sig_with_readable_values(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.csv"
    assert export.export_table(out, "csv", "quantities", db) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["source"] for r in rows] == ["乙.txt", "甲.txt"]
    assert {r["value"] for r in rows} == {"0.125", "250000000000.0"}  # never 2.5e+11
    assert rows[0]["topics"] == "金融" and rows[0]["departments"] == "区金融局"
    assert rows[0]["sentence"] == "全区金融机构达242家"


def test_csv_joins_lists_with_the_chinese_enumeration_comma(tmp_path: Path) -> None:
    path = tmp_path / "l.duckdb"
    con = store.connect(path)
    ex = _extraction()
    ex.articles[0].reporters = ("王一", "李二")
    store.write_extraction(con, ex, "p.txt", "h")
    con.close()
    out = tmp_path / "a.csv"
    export.export_table(out, "csv", "articles", path)
    assert next(csv.DictReader(out.open(encoding="utf-8-sig")))["reporters"] == "王一、李二"


def test_parquet_keeps_types_and_lists(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.parquet"
    export.export_table(out, "parquet", "quantities", db)
    table = pq.read_table(out)
    assert table.schema == store.ARROW_SCHEMAS["quantities"]
    assert sorted(table.column("value").to_pylist()) == [0.125, 250_000_000_000.0]
    assert table.column("topics").to_pylist() == [["金融"], ["金融"]]


def test_jsonl_one_record_per_line(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    export.export_table(out, "jsonl", "events", db)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2
    assert rows[0]["date_start"] == "2024-03-01" and rows[0]["topics"] == ["金融"]
    assert "区金融局" in out.read_text(encoding="utf-8")  # Chinese as text, not \\u escapes


def test_cli_export_and_its_errors(db: Path, tmp_path: Path) -> None:
    ok = run("--format", "csv", "--table", "articles", "--db", db, tmp_path / "a.csv")
    assert ok.returncode == 0, ok.stderr
    assert "exported 2 rows of articles" in ok.stderr
    missing = run("--db", tmp_path / "nowhere.duckdb", tmp_path / "x.csv")
    assert missing.returncode == 2 and "no store here" in missing.stderr
    assert not (tmp_path / "nowhere.duckdb").exists()  # exporting never creates a store
    bad_table = run("--table", "meta", "--db", db, tmp_path / "x.csv")
    assert bad_table.returncode == 2 and "invalid choice" in bad_table.stderr
    unwritable = run("--db", db, tmp_path / "no" / "such" / "folder" / "x.csv")
    assert unwritable.returncode == 2 and unwritable.stderr.startswith("error: ")


def test_unknown_table_never_reaches_sql(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown table"):
        export.export_table(tmp_path / "x.csv", "csv", "quantities; DROP TABLE sources", db)
