"""zhibiao extractors: Chinese government news text in, typed records out.

>>> from extractors import extract
>>> ex = extract("　　本报9月9日讯 今天上午，会议召开。", pubdate="2024-09-10")
>>> ex.articles[0].date
'2024-09-09'
"""

from .pipeline import extract
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

__all__ = [
    "Article", "DateMention", "Extraction", "InputError", "Organization", "Person",
    "Quantity", "Topic", "extract",
]
