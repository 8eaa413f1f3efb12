"""Dask: a 2-worker LocalCluster on loopback gives exactly the records of a local run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractors import ingest
from tests.fixtures import corpus, documents

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as local:
        yield local


def _corpus(folder: Path) -> None:
    corpus.write_pages(folder, 12)
    (folder / "web.html").write_bytes(documents.html("高新区科技企业突破300家", [documents.page(70)]))
    (folder / "report.docx").write_bytes(documents.docx(documents.page(71).split("\n")))
    (folder / "empty.txt").write_bytes(b"")  # an error travels back from the cluster too


def test_cluster_gives_the_records_of_a_single_process_run(tmp_path: Path, cluster: object) -> None:
    _corpus(tmp_path / "in")
    local, remote = tmp_path / "local.duckdb", tmp_path / "cluster.duckdb"
    ingest.ingest_paths([tmp_path / "in"], local)
    summary = ingest.ingest_paths([tmp_path / "in"], remote,
                                  scheduler=cluster.scheduler_address)  # type: ignore[attr-defined]
    assert (summary.ingested, summary.failed) == (14, 1)
    assert summary.errors == [(ingest.source_name(tmp_path / "in" / "empty.txt"), "empty file")]
    want = corpus.dump(local)
    assert len(want["articles"]) >= 14  # at least one per file
    assert corpus.dump(remote) == want


def test_cli_scheduler_option(tmp_path: Path, cluster: object) -> None:
    corpus.write_pages(tmp_path / "in", 3)
    db = tmp_path / "cli.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "extractors", "ingest", str(tmp_path / "in"), "--db", str(db),
         "--scheduler", cluster.scheduler_address],  # type: ignore[attr-defined]
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "ingested 3 of 3 files" in result.stdout
    assert len(corpus.sources(db)) == 3


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "extractors", "ingest", str(ROOT / "seeds"), "--db", str(tmp_path / "x.duckdb"),
         "--scheduler", "tcp://127.0.0.1:9"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},  # Dask's own setting
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr
