"""zhibiao extractors: Chinese government news text in, typed records out.

>>> from extractors import extract
>>> ex = extract("　　本报9月9日讯 今天上午，会议召开。", pubdate="2024-09-10")
>>> ex.articles[0].date
'2024-09-09'
"""

from typing import TYPE_CHECKING, Any

from .records import (
    Article,
    DateMention,
    Extraction,
    Organization,
    Person,
    Quantity,
    Topic,
)
from .text import InputError

if TYPE_CHECKING:
    from .pipeline import extract


def __getattr__(name: str) -> Any:
    # The pipeline (word lists, patterns, jieba) loads on first use, so readers
    # of the store — the dashboard — do not pay for it at start-up.
    if name == "extract":
        from .pipeline import extract

        return extract
    raise AttributeError(f"module 'extractors' has no attribute {name!r}")


__all__ = [
    "Article", "DateMention", "Extraction", "InputError", "Organization", "Person",
    "Quantity", "Topic", "extract",
]
