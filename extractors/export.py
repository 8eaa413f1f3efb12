"""Export a table of the store as CSV (Excel-safe), Parquet or JSON Lines.

Rows stream from DuckDB in Arrow batches, so a table of millions of claims
never sits in memory at once; the output is written to a temporary file and
renamed, so a reader never sees half a file.

CSV is UTF-8 with a byte-order mark (``utf-8-sig``): without it Excel reads
the file as the local ANSI code page and shows mojibake for Chinese. List
columns (topics, departments, reporters) become ``、``-joined text there;
Parquet and JSON keep them as lists.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from . import store

FORMATS = ("csv", "parquet", "jsonl")
#: Tables that can be exported (``meta`` is the store's own bookkeeping).
EXPORTABLE = tuple(t for t in store.TABLES if t != "meta")
LIST_SEPARATOR = "、"


def _select(table: str, fmt: str) -> str:
    if table not in EXPORTABLE:  # the table name is checked, never taken from the user as SQL
        raise ValueError(f"unknown table {table!r}; one of: {', '.join(EXPORTABLE)}")
    columns = []
    for name, kind in store.TABLES[table]:
        col = f'"{name}"'
        if fmt == "csv" and kind.startswith("VARCHAR[]"):
            col = f"array_to_string({col}, '{LIST_SEPARATOR}') AS {col}"
        elif fmt == "csv" and kind.startswith("DOUBLE"):
            col = f"CAST({col} AS VARCHAR) AS {col}"  # 250000000000.0, not 2.5e+11
        columns.append(col)
    order = "source, start" if "start" in dict(store.TABLES[table]) else "source"
    return f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"


def export_table(out: str | os.PathLike[str], fmt: str = "csv", table: str = "quantities",
                 db: str | os.PathLike[str] | None = None) -> int:
    """Write ``table`` of the store at ``db`` to ``out``; returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    db_path = Path(db) if db is not None else store.default_store_path()
    if not db_path.exists():
        raise store.StoreError(f"{db_path}: no store here; run `python -m extractors ingest` first")
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    con = store.open_for_reading(db_path)
    try:
        reader = con.sql(_select(table, fmt)).to_arrow_reader(64 * 1024)
        writer = {"csv": _write_csv, "parquet": _write_parquet, "jsonl": _write_jsonl}[fmt]
        try:
            rows = writer(reader, tmp)
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        con.close()
    return rows


def _batches(reader: pa.RecordBatchReader) -> Iterator[pa.RecordBatch]:
    for batch in reader:
        if batch.num_rows:
            yield batch


def _write_csv(reader: pa.RecordBatchReader, path: Path) -> int:
    rows = 0
    with open(path, "wb") as handle:
        handle.write(codecs.BOM_UTF8)
        options = pacsv.WriteOptions(include_header=True, quoting_style="needed")
        with pacsv.CSVWriter(handle, reader.schema, write_options=options) as writer:
            for batch in _batches(reader):
                writer.write_batch(batch)
                rows += batch.num_rows
    return rows


def _write_parquet(reader: pa.RecordBatchReader, path: Path) -> int:
    rows = 0
    with pq.ParquetWriter(path, reader.schema, compression="zstd") as writer:
        for batch in _batches(reader):
            writer.write_batch(batch)
            rows += batch.num_rows
    return rows


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _write_jsonl(reader: pa.RecordBatchReader, path: Path) -> int:
    rows = 0
    with open(path, "w", encoding="utf-8") as handle:
        for batch in _batches(reader):
            for row in batch.to_pylist():
                handle.write(json.dumps({k: _json_value(v) for k, v in row.items()},
                                        ensure_ascii=False))
                handle.write("\n")
            rows += batch.num_rows
    return rows


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Export a table of the store as CSV (utf-8-sig, for Excel), Parquet or JSON Lines."""
    parser.add_argument("out", type=Path, metavar="OUT", help="file to write")
    parser.add_argument("--format", choices=FORMATS, default="csv")
    parser.add_argument("--table", choices=EXPORTABLE, default="quantities")
    parser.add_argument("--db", type=Path, help="store file (default: $ZHIBIAO_DB or data/zhibiao.duckdb)")


def run(args: argparse.Namespace) -> int:
    """Run ``export``; exit code 2 when the store or the output cannot be used."""
    try:
        rows = export_table(args.out, args.format, args.table, args.db)
    except (store.StoreError, OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"exported {rows} rows of {args.table} → {args.out}", file=sys.stderr)
    return 0
