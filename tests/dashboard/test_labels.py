"""dashboard/labels.yaml: every code value the extractors write has a Chinese label.

The values are collected from real extraction of the sample page and the
held-out gold pages, so a new kind of figure (``fraction``) or date source
(``inferred``) that reaches the store without a label fails here instead of
showing up raw in a filter, a table or a CSV.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.formatting import DATE_SOURCES, GRANULARITIES, LABELS, QUALIFIERS, UNIT_KINDS
from extractors import extract

PROJECT = Path(__file__).resolve().parents[2]
PAGES = sorted((PROJECT / "tests" / "gold" / "heldout").glob("*.txt")) + sorted(
    (PROJECT / "seeds").glob("*.txt"))
#: Date sources ingest can record (extractors/records.py, Article.date_source; the
#: issue dates of pubdates.csv and the dates inferred from the text included).
KNOWN_DATE_SOURCES = {"dateline", "page_dateline", "signed", "pubdate", "pubdates.csv", "filename", "inferred"}


@pytest.fixture(scope="module")
def extracted() -> dict[str, set[str]]:
    assert PAGES, "no pages to extract"
    seen: dict[str, set[str]] = {"unit_kind": set(), "qualifier": set(), "change": set(),
                                  "granularity": set(), "date_source": set()}
    for path in PAGES:
        ex = extract(path.read_text(encoding="utf-8"), source=path.name)
        seen["unit_kind"] |= {q.unit_kind for q in ex.quantities}
        seen["qualifier"] |= {q.qualifier for q in ex.quantities}
        seen["change"] |= {q.change for q in ex.quantities if q.change}
        seen["granularity"] |= {d.granularity for d in ex.dates if d.granularity}
        seen["date_source"] |= {a.date_source for a in ex.articles if a.date_source}
    return seen


@pytest.mark.parametrize("field, labels", [
    ("unit_kind", UNIT_KINDS), ("qualifier", QUALIFIERS), ("change", LABELS["changes"]),
    ("granularity", GRANULARITIES), ("date_source", DATE_SOURCES),
])
def test_every_extracted_code_has_a_chinese_label(extracted, field, labels):
    assert extracted[field], f"the pages yield no {field} at all"
    missing = extracted[field] - set(labels)
    assert not missing, f"{field} values without a label in dashboard/labels.yaml: {missing}"


def test_every_date_source_ingest_records_is_labelled_and_says_whether_it_was_printed():
    assert KNOWN_DATE_SOURCES <= set(DATE_SOURCES)
    for name, entry in DATE_SOURCES.items():
        assert isinstance(entry["stated"], bool), name
        assert entry["stated"] or entry.get("note"), f"{name}: a worked-out date needs a note"


def test_labels_are_chinese():
    for group in ("unit_kinds", "qualifiers", "granularities", "changes"):
        for code, label in LABELS[group].items():
            assert not any("a" <= ch.lower() <= "z" for ch in str(label)), (group, code, label)
