"""Topics of an article: multi-label scores from a weighted keyword lexicon.

All keywords of ``lexicon/topics.yaml`` are matched in one pass (longest first,
so 科技金融 counts once, for both 金融 and 科技). A label's weight is the sum of
``weight × (1 + ln(count))`` over its keywords, per 1000 characters of text (a
short text counts as ``min_chars`` long); a keyword in the lead sentence counts
twice, because a news lead says who did what. Labels at or above the threshold and
within ``relative`` of the best one are returned, best first.

>>> [t.label for t in score_topics("区行政审批服务局持续优化审批服务，提升政务服务质效，"
...                                   "助力打造一流营商环境，激发市场主体活力。")]
['政务服务', '营商环境']
>>> score_topics("今天天气晴朗。")
[]
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from .records import Topic
from .segment import word_pattern
from .wordlists import load


def _build() -> tuple[re.Pattern[str], dict[str, list[tuple[str, float]]], dict[str, float], int]:
    lex = load("topics")
    labels_of: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for label, keywords in lex["topics"].items():
        for keyword, weight in keywords.items():
            labels_of[str(keyword)].append((label, float(weight)))
    pattern = re.compile(word_pattern(labels_of, groups=4))   # hundreds of first characters
    scoring = {k: float(v) for k, v in lex["scoring"].items()}
    return pattern, dict(labels_of), scoring, max(map(len, labels_of))


_KEYWORDS, _LABELS_OF, _SCORING, _LONGEST = _build()


def score_topics(text: str) -> list[Topic]:
    """The topics of ``text``, best first; ``text``/``start``/``end`` are left empty
    (the pipeline points them at the article).

    A keyword serving two labels counts for both:

    >>> [(t.label, t.keywords) for t in score_topics("科技金融" * 3)]
    [('金融', ('科技金融',)), ('科技', ('科技金融',))]
    """
    lead, found = _scan(text)
    if not found:
        return []
    counts: Counter[str] = Counter(found)
    extra = _SCORING["lead_weight"] - 1.0
    for keyword in lead:
        counts[keyword] += extra  # type: ignore[assignment]
    raw: dict[str, float] = defaultdict(float)
    fired: dict[str, list[tuple[float, str]]] = defaultdict(list)   # (-score, keyword)
    log = math.log
    for keyword, count in counts.items():
        factor = 1.0 + log(max(count, 1.0))
        for label, weight in _LABELS_OF[keyword]:
            score = weight * factor
            raw[label] += score
            fired[label].append((-score, keyword))
    if not raw or max(raw.values()) <= 0:
        return []
    scale = _SCORING["per_chars"] / max(len(text), _SCORING["min_chars"])
    weights = {label: value * scale for label, value in raw.items()}
    best = max(weights.values())
    chosen = sorted(
        (label for label, w in weights.items()
         if w >= _SCORING["threshold"] and w >= _SCORING["relative"] * best),
        key=lambda label: -weights[label],
    )[: int(_SCORING["max_labels"])]
    return [
        Topic(text="", start=0, end=0, label=label, weight=round(weights[label], 2),
              keywords=tuple(k for _, k in sorted(fired[label])))
        for label in chosen
    ]


def _scan(text: str) -> tuple[list[str], list[str]]:
    """The keywords of the lead, and of the whole text, in one pass over the lead.

    A keyword ending well before the lead does (by more than the longest
    keyword) is found the same way in both scans, so the whole-text scan takes
    those matches over and goes on from the last of them.

    >>> _scan("科技金融。金融")
    (['科技金融'], ['科技金融', '金融'])
    """
    lead_end = _lead_end(text)
    safe = lead_end - _LONGEST
    lead: list[str] = []
    found: list[str] = []
    resume = 0
    for m in _KEYWORDS.finditer(text, 0, lead_end):
        lead.append(m.group())
        if m.end() <= safe:
            found.append(m.group())
            resume = m.end()
    found.extend(_KEYWORDS.findall(text, resume))
    return lead, found


_SENTENCE_END = re.compile("[。！？!?]")


def _lead_end(text: str) -> int:
    limit = int(_SCORING["lead_chars"])
    m = _SENTENCE_END.search(text, 0, limit)
    return m.end() if m else min(len(text), limit)
