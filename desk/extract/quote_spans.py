"""Finding double-quoted passages in a body: `"…"`, `“…”`, `«…»`, `„…“`, including quotes that run
over several paragraphs.

Each quote mark is read as an opener or a closer from what flanks it (an opener has white space or
an opening bracket before it and text after; a closer the reverse), falling back on the character
(`“ „ «` open, `” »` close, `"` toggles).  Marks are paired paragraph by paragraph:

- a paragraph that ends inside a quote continues into the next paragraph when that one opens with a
  quote mark (the news convention for a quote that runs over several paragraphs);
- otherwise the quote is unterminated and ends at the end of its paragraph — an unbalanced mark never
  swallows the rest of the article;
- a new opener of the same family inside an open quote closes the open one just before it
  (a missing closing mark); quotes in a different family nest (`« … “ … ” … »`) and are part of the
  outer quote;
- a closer with nothing open is ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from desk.extract.sentences import split_paragraphs

QUOTE_MARKS = "\"“”„‟«»＂"
_MARK_RE = re.compile(r"[\"“”„‟«»＂]")
_OPEN_CTX = frozenset("([{—–-/:;,‘'\u00a0") | frozenset(QUOTE_MARKS)
_CLOSE_CTX = frozenset(".,;:!?)]}…—–-/’'%") | frozenset(QUOTE_MARKS)
_TRAILING = frozenset(".,;:!?)]}")
_DEFAULT = {"“": "o", "„": "o", "‟": "o", "«": "o", "”": "c", "»": "c", '"': "a", "＂": "a"}
_FAMILY = {'"': "d", "＂": "d", "“": "d", "”": "d", "‟": "d", "„": "g", "«": "f", "»": "f"}


@dataclass(slots=True)
class QuoteSpan:
    """One quoted passage.

    `open` is the offset of the opening mark, `close` that of the closing mark (None when the quote
    is unterminated and runs to `end`, the end of its last paragraph).  `start`/`end` delimit the
    inner text, trimmed of white space; `paragraphs` counts the paragraphs it runs over.
    """

    open: int
    close: int | None
    start: int
    end: int
    paragraphs: int = 1

    @property
    def after(self) -> int:
        """Offset just after the closing mark (or the end of the text when unterminated)."""
        return self.close + 1 if self.close is not None else self.end


def _role(text: str, i: int, ps: int, pe: int) -> str:
    ch = text[i]
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    left = not nxt.isspace() and nxt not in _TRAILING and (prev.isspace() or prev in _OPEN_CTX)
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CTX)
    if left and not right:
        return "o"
    if right and not left:
        if prev == ":" and ch in "\"＂" and i + 2 < pe and not text[i + 2].isspace():
            return "o"  # `The Minister said:" Syria will …"`: a colon opens a quote, spaced or not
        return "c"
    return _DEFAULT.get(ch, "a")


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Every double-quoted passage in `text`, in order of position."""
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    if not marks:
        return []
    paras = split_paragraphs(text) if paragraphs is None else paragraphs
    starts = [p[0] for p in paras]
    out: list[QuoteSpan] = []
    open_at: int | None = None  # offset of the open quote's opening mark
    n_paras = 0
    nested = 0
    mi, n_marks = 0, len(marks)
    while mi < n_marks:
        k = bisect_right(starts, marks[mi]) - 1
        if k < 0:  # a mark outside any paragraph cannot happen (marks are not white space)
            mi += 1
            continue
        ps, pe = paras[k]
        gj = mi
        while gj < n_marks and marks[gj] < pe:
            gj += 1
        if open_at is not None:
            # We are continuing a quote from the previous paragraph: skip its leading mark.
            n_paras += 1
            mi += 1
        for i in marks[mi:gj]:
            role = _role(text, i, ps, pe)
            if open_at is None:
                if role != "c":
                    open_at, n_paras, nested = i, 1, 0
                continue
            same = _FAMILY.get(text[i]) == _FAMILY.get(text[open_at])
            if role == "o":
                if same:
                    _emit(text, out, open_at, None, i, n_paras)
                    open_at, n_paras, nested = i, 1, 0
                else:
                    nested += 1
            else:
                if nested and not same:
                    nested -= 1
                    continue
                _emit(text, out, open_at, i, i, n_paras)
                open_at, nested = None, 0
        mi = gj
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is not None and text[nxt[0]] in QUOTE_MARKS and _role(text, nxt[0], nxt[0], nxt[1]) != "c":
                continue
            _emit(text, out, open_at, None, pe, n_paras)
            open_at, nested = None, 0
    return out


def _emit(text: str, out: list[QuoteSpan], o: int, c: int | None, stop: int, n_paras: int) -> None:
    a, b = o + 1, stop
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or (text[b - 1] == "," and c is not None)):
        b -= 1
    if a < b:
        out.append(QuoteSpan(o, c, a, b, max(1, n_paras)))
