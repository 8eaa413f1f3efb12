"""The command line, run as a real process: output formats and bad input."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_b7e6b95fe385097e.txt"
GOLD = ROOT / "tests" / "gold" / "seed.jsonl"


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractors", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_extract_jsonl_has_the_gold_fields() -> None:
    result = run("extract", SEED, "--pubdate", "2024-09-10", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    types = {r["type"] for r in rows}
    assert "article" in types
    for row in rows:
        assert {"type", "text", "start", "end", "sentence", "article", "file"} <= row.keys()
        if row["type"] not in ("article", "topic"):
            assert text[row["start"]:row["end"]] == row["text"]
        if row["type"] == "quantity":
            assert {"value", "unit", "qualifier", "subject"} <= row.keys()
        if row["type"] == "date":
            assert {"iso", "granularity", "relative", "event", "actor"} <= row.keys()
    assert sum(r["type"] == "article" for r in rows) == 5


def test_extract_csv_and_table(tmp_path: Path) -> None:
    csv_out = run("extract", SEED, "--format", "csv")
    assert csv_out.returncode == 0
    assert csv_out.stdout.splitlines()[0].startswith("file,type,article")
    table = run("extract", SEED, "--pubdate", "2024-09-10")
    assert table.returncode == 0
    assert "肩并肩走流程，心贴心优服务" in table.stdout


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "image.txt",
        "undecodable": folder / "broken.txt",
        "no-chinese": folder / "english.txt",
        "huge": folder / "huge.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 64)
    files["undecodable"].write_bytes("本报讯".encode()[:-1] + b"\xff\xfe\xfd" * 3 + b"\x81")
    files["no-chinese"].write_text("just some English text\n", encoding="utf-8")
    with files["huge"].open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    return files


def test_bad_files_get_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = _bad_files(tmp_path)
    good = tmp_path / "page_gbk.txt"
    good.write_bytes(SEED.read_text(encoding="utf-8").encode("gbk"))
    missing = tmp_path / "missing.txt"
    result = run("extract", *bad.values(), good, missing, "--format", "jsonl", "--pubdate", "2024-09-10")
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == len(bad) + 1
    reasons = {
        "empty": "empty file", "binary": "binary", "undecodable": "cannot decode",
        "no-chinese": "no Chinese", "huge": "too large",
    }
    for key, path in bad.items():
        line = next(e for e in errors if str(path) in e)
        assert reasons[key] in line, line
    assert any(str(missing) in e and "no such file" in e for e in errors)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["file"] for r in rows} == {"page_gbk.txt"}
    assert sum(r["type"] == "article" for r in rows) == 5


def test_all_good_files_exit_zero() -> None:
    assert run("extract", SEED, "--format", "jsonl").returncode == 0


def test_bad_pubdate_is_a_usage_error() -> None:
    result = run("extract", SEED, "--pubdate", "2024-13-01")
    assert result.returncode == 2
    assert "not a date" in result.stderr
    assert run("extract", SEED, "--pubdate", "2024-13").returncode == 2


def _articles(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [row for row in map(json.loads, result.stdout.splitlines()) if row["type"] == "article"]


def test_pubdate_may_be_a_month_or_a_year(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("　　近日，区行政审批服务局开展活动。\n", encoding="utf-8")
    for given, expected in (("2024-09", ("2024-09-01", "pubdate", "month")),
                            ("2024", ("2024-01-01", "pubdate", "year"))):
        (article,) = _articles(run("extract", page, "--pubdate", given, "--format", "jsonl"))
        assert (article["date"], article["date_source"], article["date_precision"]) == expected


def test_a_date_from_pubdates_csv_says_so(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("　　近日，区行政审批服务局开展活动。\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("　　近日，区政务服务中心开展活动。\n", encoding="utf-8")
    (tmp_path / "pubdates.csv").write_text("file,pubdate\npage.txt,2023-03-03\n", encoding="utf-8")
    found = _articles(run("extract", tmp_path / "page.txt", tmp_path / "other.txt",
                          "--pubdate", "2024-01-02", "--format", "jsonl"))
    assert [(a["file"], a["date"], a["date_source"]) for a in found] == [
        ("page.txt", "2023-03-03", "pubdates.csv"), ("other.txt", "2024-01-02", "pubdate")]


def test_evaluate_prints_figures_per_type() -> None:
    result = run("evaluate", GOLD, "--texts", ROOT / "seeds", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert {"quantity", "quantity_lenient", "date", "qualifier_accuracy", "iso_accuracy", "leaks"} <= figures.keys()
    assert {"precision", "recall", "f1"} <= figures["quantity"].keys()


def test_extract_csv_writes_a_ratio_with_all_its_terms(tmp_path: Path) -> None:
    page = tmp_path / "ratio.txt"
    page.write_text("全市三次产业结构调整为4.1:38.6:57.3。\n", encoding="utf-8")
    result = run("extract", page, "--format", "csv")
    assert result.returncode == 0, result.stderr
    quantities = [r for r in csv.DictReader(result.stdout.splitlines()) if r["type"] == "quantity"]
    assert [(r["text"], r["value"], r["values"]) for r in quantities] == [
        ("4.1:38.6:57.3", "4.1", "4.1、38.6、57.3")]
