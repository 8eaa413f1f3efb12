"""The article reader: stored article text → escaped HTML paragraphs with highlights.

Pure, no Streamlit. Newspaper text arrives hard-wrapped every 15 or so
characters (``近万亿`` / ``元``). The text layer (:func:`extractors.text.normalize`)
already decides which line breaks are wraps and maps every position back to
the source; the reader uses that decision on the stored article text — it
parses nothing itself — and keeps the original characters (no width folding),
so what is shown is what the page printed, minus the wraps. Line breaks that
remain are paragraph ends.

Every mark (a claim, a date) is drawn: where marks overlap, each elementary
piece of text shows the mark of highest rank (the focused claim, then claims
before dates, then the shorter, i.e. inner, mark), so a claim nested in
another still shows, and a claim that crosses a wrap is one highlight.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractors.text import NormText, normalize

#: The id of the focused claim's first piece; the page scrolls to it.
FOCUS_ID = "zb-focus"

_KIND_RANK = {"claim": 0, "date": 1}
_BLANK = " \t\u3000\r"

CSS = """
<style>
.zb-article { line-height: 1.9; font-size: 1rem; }
.zb-article p { margin: 0 0 .8em 0; }
.zb-article mark { padding: 0 .1em; border-radius: .2em; }
.zb-article mark.zb-claim { background: #ffe08a; }
.zb-article mark.zb-date { background: #bde0fe; }
.zb-article mark.zb-focus { background: #ffb347; outline: 2px solid #c2413b; }
.zb-article .zb-sentence { background: #fff4d1; box-shadow: 0 2px 0 #d9822b; }
.zb-article #zb-focus { scroll-margin-top: 6rem; }
</style>
"""

#: Brings the focused claim into view once the reader is on the page. Tables
#: above the reader finish drawing after it, moving it down, so the scroll is
#: repeated for a moment — unless the reader has already scrolled by hand.
SCROLL_SCRIPT = (
    "<script>(function(){var n=0,moved=false;"
    "window.addEventListener('wheel',function(){moved=true;},{once:true});"
    "window.addEventListener('touchmove',function(){moved=true;},{once:true});"
    "function go(){var e=document.getElementById('" + FOCUS_ID + "');"
    "if(e&&!moved){e.scrollIntoView({block:'center'});}"
    "if(12>n++&&!moved){setTimeout(go,250);}}go();})();</script>"
)
# No "<" inside the script: Streamlit's sanitiser (DOMPurify) drops a script
# whose text holds "<" before a letter or digit.


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the article text (offsets into the stored text) to highlight.

    ``kind`` is ``claim`` or ``date``; ``key`` names the record (``data-key``
    in the HTML) so the listed records and their highlights can be matched.
    """

    start: int
    end: int
    kind: str
    title: str = ""
    key: str = ""


@dataclass(frozen=True, slots=True)
class _Part:
    source_start: int   # where the part starts in the stored text
    shown_start: int    # where it starts in the shown text
    norm: NormText      # the text layer's result for the part


@dataclass(frozen=True, slots=True)
class Dewrapped:
    """Article text with hard wraps removed, and where each source offset went.

    ``folded`` is the text layer's normalised text (full-width forms folded),
    position for position the same as ``text``: stored sentences, which are
    normalised, are looked up there.
    """

    text: str
    folded: str
    parts: tuple[_Part, ...]

    def position(self, offset: int) -> int:
        """The position in :attr:`text` of source offset ``offset`` (a dropped line
        break maps to the next kept character; the end maps to the end)."""
        offset = max(0, offset)
        k = bisect_right([p.source_start for p in self.parts], offset) - 1
        part = self.parts[max(0, k)]
        local = offset - part.source_start
        if local > len(part.norm.original):  # a kept break between parts
            return part.shown_start + len(part.norm.text)
        return part.shown_start + part.norm.norm_index(local)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A half-open source span in :attr:`text` coordinates."""
        return self.position(start), self.position(end)


def dewrap(text: str, keep: Iterable[int] = ()) -> Dewrapped:
    """``text`` without its hard wraps, original characters kept; the line
    breaks at offsets ``keep`` stay (a headline's end, say).

    >>> d = dewrap("全区投入近万亿\\n元，同比增长１２％。\\n\\n第二段")
    >>> d.text
    '全区投入近万亿元，同比增长１２％。\\n\\n第二段'
    >>> d.text[slice(*d.span(4, 9))]
    '近万亿元'
    >>> dewrap("海洋经济\\n提速发展\\n本报讯 全区", keep=[9]).text
    '海洋经济提速发展\\n本报讯 全区'
    """
    cuts = sorted(k for k in set(keep) if 0 <= k < len(text) and text[k] == "\n")
    bounds = [-1, *cuts, len(text)]
    parts: list[_Part] = []
    shown: list[str] = []
    folded: list[str] = []
    at = 0
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        piece = text[lo + 1:hi]
        norm = normalize(piece)
        # normalize() folds full-width forms one for one; take each kept character
        # from the original instead, so the reader shows the page's own characters.
        shown.append("".join(piece[norm.orig_index(i)] for i in range(len(norm.text))))
        folded.append(norm.text)
        parts.append(_Part(lo + 1, at, norm))
        at += len(norm.text) + 1
    return Dewrapped("\n".join(shown), "\n".join(folded), tuple(parts))


def title_end(text: str, title: str) -> int | None:
    """The offset of the line break that ends ``title`` when the text opens with
    it (a headline printed over one or more lines), else ``None``. Without it
    the text layer would join the headline to the first paragraph, as it joins
    any two lines of running text.

    >>> title_end("金融与科技\\n双向赋能\\n本报讯", "金融与科技双向赋能")
    10
    >>> title_end("本报讯 全区…", "全区…") is None
    True
    """
    want = "".join(title.split())
    if not want:
        return None
    i = matched = 0
    while i < len(text) and matched < len(want):
        if text[i].isspace():
            i += 1
            continue
        if text[i] != want[matched]:
            return None
        i += 1
        matched += 1
    while i < len(text) and text[i] in _BLANK:
        i += 1
    return i if matched == len(want) and i < len(text) and text[i] == "\n" else None


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    mark: Mark | None
    in_sentence: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, their blank edges trimmed.

    >>> t = "　　第一段。\\n\\n  第二段\\n"
    >>> [t[a:b] for a, b in paragraphs(t)]
    ['第一段。', '第二段']
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        while a < b and text[a] in _BLANK:
            a += 1
        while b > a and text[b - 1] in _BLANK:
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def _rank(mark: Mark, focus: str) -> tuple[int, int, int, int]:
    return (0 if focus and mark.key == focus else 1, _KIND_RANK.get(mark.kind, 9),
            mark.end - mark.start, mark.start)


def _pieces(lo: int, hi: int, marks: Sequence[Mark], focus: str,
            sentence: tuple[int, int] | None) -> list[_Piece]:
    """Cut ``[lo, hi)`` where any mark or the sentence starts or ends; each piece
    carries its highest-ranked mark. Neighbours with the same mark merge."""
    cuts = {lo, hi}
    inside = [m for m in marks if m.start < hi and m.end > lo]
    for m in inside:
        cuts.update(p for p in (m.start, m.end) if lo < p < hi)
    if sentence:
        cuts.update(p for p in sentence if lo < p < hi)
    bounds = sorted(cuts)
    pieces: list[_Piece] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        covering = [m for m in inside if m.start <= a and m.end >= b]
        top = min(covering, key=lambda m: _rank(m, focus)) if covering else None
        in_sentence = bool(sentence and sentence[0] <= a and b <= sentence[1])
        last = pieces[-1] if pieces else None
        if last and last.mark is top and last.in_sentence == in_sentence:
            pieces[-1] = _Piece(last.start, b, top, in_sentence)
        else:
            pieces.append(_Piece(a, b, top, in_sentence))
    return pieces


def article_html(text: str, marks: Iterable[Mark], focus: str = "",
                 sentence: str = "", title: str = "") -> str:
    """The article as escaped HTML paragraphs with every mark highlighted.

    ``focus`` is the key of the claim to point at: its highlight is drawn
    stronger and its first piece gets the id :data:`FOCUS_ID`; ``sentence``
    (its sentence, as stored with the claim) is underlaid where it occurs
    around that claim. A ``title`` the text opens with stays a paragraph of
    its own.

    >>> article_html("<b>达242\\n家</b>", [Mark(4, 9, "claim", "242 家", "c0")])
    '<div class="zb-article"><p>&lt;b&gt;达<mark class="zb-claim" data-key="c0" title="242 家">242家</mark>&lt;/b&gt;</p></div>'
    """
    end = title_end(text, title)
    view = dewrap(text, keep=[end] if end is not None else [])
    shown = view.text
    placed: list[Mark] = []
    for m in marks:
        if m.end <= m.start or m.start < 0 or m.end > len(text):
            continue
        a, b = view.span(m.start, m.end)
        if b > a:
            placed.append(Mark(a, b, m.kind, m.title, m.key))
    around = _sentence_span(view, placed, focus, sentence)
    out: list[str] = []
    focus_placed = False
    for lo, hi in paragraphs(shown):
        parts: list[str] = []
        for piece in _pieces(lo, hi, placed, focus, around):
            body = html.escape(shown[piece.start:piece.end])
            mark = piece.mark
            if mark is not None:
                classes = f"zb-{html.escape(mark.kind)}"
                ident = ""
                if focus and mark.key == focus:
                    classes += " zb-focus"
                    if not focus_placed:
                        ident, focus_placed = f' id="{FOCUS_ID}"', True
                body = (f'<mark class="{classes}"{ident} data-key="{html.escape(mark.key)}" '
                        f'title="{html.escape(mark.title)}">{body}</mark>')
            if piece.in_sentence:
                body = f'<span class="zb-sentence">{body}</span>'
            parts.append(body)
        out.append(f"<p>{''.join(parts)}</p>")
    return f'<div class="zb-article">{"".join(out)}</div>'


def _sentence_span(view: Dewrapped, marks: Sequence[Mark], focus: str,
                   sentence: str) -> tuple[int, int] | None:
    """Where the focused claim's stored sentence stands in the shown text.

    The stored sentence is normalised text, so it is looked up in the
    normalised article (same positions as the shown text): the occurrence that
    holds the claim, or none."""
    if not (focus and sentence):
        return None
    target = next((m for m in marks if m.key == focus), None)
    if target is None:
        return None
    norm_text = view.folded
    needle = sentence.strip()
    pos = norm_text.find(needle)
    while pos >= 0:
        if pos <= target.start and target.end <= pos + len(needle):
            return pos, pos + len(needle)
        pos = norm_text.find(needle, pos + 1)
    return None
