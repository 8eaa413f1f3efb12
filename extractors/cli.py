"""Command line: ``python -m extractors extract|evaluate|ingest|export``."""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .records import Extraction
from .reference import pubdate_arg
from .text import DEFAULT_MAX_BYTES, MB, InputError, with_cli_hint


def _area_arg(value: str) -> str:
    from .pipeline import area_arg

    return area_arg(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extractors",
                                     description="指标看板 extractors: Chinese government news → records")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from text files")
    ex.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ex.add_argument("--pubdate", type=pubdate_arg,
                    help="issue date of the page(s): YYYY-MM-DD, or YYYY-MM / YYYY (its first day)")
    ex.add_argument("--area", type=_area_arg, metavar="PLACE",
                    help="the pages' place, for text that names none (酉阳县, 重庆市涪陵区)")
    ex.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
    ex.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / MB,
                    help="refuse files larger than this (default %(default).0f)")

    ev = sub.add_parser("evaluate", help="score the extractors against a gold JSONL file")
    ev.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    ev.add_argument("--texts", type=Path, required=True, metavar="DIR", help="folder of the annotated texts")
    ev.add_argument("--pubdate", type=pubdate_arg, help="override the gold file's pubdate")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--text-only", action="store_true",
                    help="ignore the area column of the folder's pubdates.csv (score places from the text alone)")

    from . import export, ingest

    for module in (ingest, export):
        name = module.__name__.rpartition(".")[2]
        module.add_arguments(sub.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0]))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    if args.command == "evaluate":
        return _evaluate(args)
    module = importlib.import_module(f"extractors.{args.command}")
    return int(module.run(args))


def read_text(path: Path, max_bytes: int) -> tuple[str, str | None]:
    """Text of one input file and the date its metadata gives, if any (HTML)."""
    from .readers import read_file

    doc = read_file(path, max_bytes=max_bytes)
    return doc.text, doc.date


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import extract

    failed = 0
    writer = None
    for path in args.files:
        try:
            text, file_date = read_text(path, int(args.max_mb * MB))
        except (InputError, OSError) as err:
            failed += 1
            reason = (f"{err.source}: {with_cli_hint(err.reason)}" if isinstance(err, InputError)
                      else f"{path}: {err.strerror or err}")
            print(f"error: {reason}", file=sys.stderr)
            continue
        from .ingest import PageNote, read_sidecar

        note = read_sidecar(path.parent).get(path.name, PageNote())
        ex = extract(text, pubdate=note.pubdate or args.pubdate or file_date, source=path.name,
                     pubdate_source="pubdates.csv" if note.pubdate else "pubdate",
                     area=note.area or args.area)
        if args.format == "jsonl":
            for row in rows(ex, path.name):
                print(json.dumps(row, ensure_ascii=False))
        elif args.format == "csv":
            writer = _write_csv(ex, path.name, writer)
        else:
            print(format_table(ex, path.name))
    return 1 if failed else 0


CSV_FIELDS = ("file", "type", "article", "start", "end", "text", "value", "value_max", "unit",
              "unit_kind", "qualifier", "subject", "change", "values", "area", "area_code", "period",
              "indicator", "measure", "target", "basis", "iso", "granularity", "kind",
              "relative", "event", "actor", "name", "titles", "label", "weight", "sentence")


def rows(ex: Extraction, name: str) -> list[dict[str, Any]]:
    """One dict per record, as written to JSONL."""
    return [{"file": name, **r.to_dict()} for r in ex.records()]


def _write_csv(ex: Extraction, name: str, writer: csv.DictWriter | None) -> csv.DictWriter:
    if writer is None:
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
    for row in rows(ex, name):
        writer.writerow({k: ("、".join(map(str, v)) if isinstance(v, list) else v) for k, v in row.items()})
    return writer


def format_table(ex: Extraction, name: str) -> str:
    """A plain-text summary for a terminal."""
    from .numerals import format_chinese

    out = [f"== {name}: {len(ex.articles)} articles, {len(ex.quantities)} claims, "
           f"{len(ex.dates)} dates, {len(ex.organizations)} organisations"]
    for a in ex.articles:
        out.append(f"# [{a.date or '日期未知'}] {a.title}  ({a.area or '地区未知'}; "
                   f"{'、'.join(a.reporters) or '—'}; {'、'.join(a.topics) or '—'})")
        for q in (q for q in ex.quantities if q.article == a.id):
            shown = format_chinese(q.value, q.unit)
            if q.value_max is not None:
                shown = f"{format_chinese(q.value)}–{format_chinese(q.value_max, q.unit)}"
            where = f"{q.area or '—'} {q.period or '—'} {q.indicator or ''} {q.measure.value}"
            where += " 目标" if q.target else ""
            out.append(f"   数量  {shown:<14} {q.qualifier:<9} {q.subject or '—':<16} "
                       f"«{q.text.replace(chr(10), '')}»  [{where.strip()}]")
        for d in (d for d in ex.dates if d.article == a.id):
            out.append(f"   日期  {d.iso or '—':<14} {d.kind:<9} {d.event or '—'}")
    return "\n".join(out)


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    try:
        report = evaluate(args.gold, args.texts, pubdate=args.pubdate, page_places=not args.text_only)
    except (OSError, InputError, json.JSONDecodeError, KeyError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0
