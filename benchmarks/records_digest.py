"""A digest of every record the extractors find on the benchmark's pages.

A speed change must not change what is found: run this before and after, and
the lines it prints must be the same. It extracts every development page whole
(the ``dev`` corpus of ``extract_throughput.py``, one copy of each page) and
``--sample-mb`` megabytes of the ``sample`` corpus (the sample page's lines,
shuffled), and prints one SHA-256 per page group over every field of every
record, then one over all of them.

    .venv/bin/python benchmarks/records_digest.py [--sample-mb 0.3] [--verbose]

``--verbose`` prints one digest per page, to find which page changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from anywhere, before or without an install
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_throughput import DEV_FOLDERS, build_sample_corpus  # noqa: E402

PUBDATE = "2024-09-10"  # the throughput benchmark's reference date


def page_digest(text: str, source: str, pubdate: str | None) -> tuple[str, int]:
    """SHA-256 over every field of every record of one page, and the record count."""
    from extractors import extract

    ex = extract(text, pubdate=pubdate, source=source)
    records = ex.records()
    digest = hashlib.sha256()
    for record in records:
        line = json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True, default=str)
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest(), len(records)


def groups(sample_mb: float) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group name, [(source, text)]) for every development folder and the shuffled sample."""
    found = []
    for folder in DEV_FOLDERS:
        pages = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
        found.append((folder.relative_to(ROOT).as_posix(), pages))
    sample = build_sample_corpus(sample_mb)
    found.append(("sample-shuffled", [(f"sample-{i:04d}.txt", t) for i, t in enumerate(sample)]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-mb", type=float, default=0.3,
                        help="megabytes of the shuffled sample corpus (default 0.3)")
    parser.add_argument("--verbose", action="store_true", help="one digest per page")
    args = parser.parse_args(argv)
    total = hashlib.sha256()
    for name, pages in groups(args.sample_mb):
        group = hashlib.sha256()
        count = 0
        for source, text in pages:
            # With the reference date and without it: an undated page takes other paths.
            for pubdate in (PUBDATE, None):
                digest, n = page_digest(text, source, pubdate)
                count += n
                group.update(digest.encode("ascii"))
                if args.verbose:
                    print(f"    {source} {pubdate or '-':<10} {n:5d} {digest[:16]}")
        total.update(group.hexdigest().encode("ascii"))
        print(f"{name:<20} {len(pages):4d} pages {count:7d} records {group.hexdigest()[:16]}")
    print(f"{'all':<20} {total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
